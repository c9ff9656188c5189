// A Node module-resolution hook for scripts that import the site's TypeScript
// modules directly (the bench): the sources import each other without a file
// extension, as Vite and TypeScript allow, which Node's own resolver refuses.
// An extensionless relative import that Node cannot find is tried again with
// `.ts`. Registered with `module.register` before such an import.
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (!relative || /\.[cm]?[jt]sx?$/.test(specifier) || error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return nextResolve(`${specifier}.ts`, context);
  }
}
