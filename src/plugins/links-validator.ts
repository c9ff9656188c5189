import starlightLinksValidator from 'starlight-links-validator';

type Options = Parameters<typeof starlightLinksValidator>[0];
type Plugin = ReturnType<typeof starlightLinksValidator>;
type SetupHook = NonNullable<Plugin['hooks']['config:setup']>;

/**
 * starlight-links-validator works out each page's id from its file path relative
 * to `<srcDir>/content/docs`. Our guide lives in `content/docs/` at the project
 * root, so every page got a wrong id, no headings were found, and every
 * root-relative link was reported as invalid. This wrapper hands the validator a
 * copy of the Astro config whose `srcDir` is the project root, so that
 * `<srcDir>/content/docs` is where the pages really are. Nothing else changes.
 */
export function linksValidator(root: URL, options?: Options): Plugin {
  const plugin = starlightLinksValidator(options);
  const setup = plugin.hooks['config:setup'];
  if (!setup) return plugin;
  const wrapped: SetupHook = (args) => setup({ ...args, astroConfig: { ...args.astroConfig, srcDir: root } });
  return { ...plugin, hooks: { ...plugin.hooks, 'config:setup': wrapped } };
}
