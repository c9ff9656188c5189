/**
 * Links a stylesheet into the page once, for a part of an island that is loaded on demand (its
 * CSS travels with it instead of loading with the page). The file is imported with `?url`, so
 * Astro does not link it from every page, as it does with a stylesheet an island imports.
 * Resolves when the stylesheet has loaded (the part then appears styled), and also when it
 * fails: the part still works without its layout, and useLazyModule reports failed code.
 */
export function loadStylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`);
  if (existing) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}
