/**
 * Small, tested corrections to the HTML that Starlight renders, applied at build
 * time by the middleware (src/middleware.ts). Pure string functions, no DOM.
 */

/**
 * WCAG 2.5.3 (label in name): Starlight's search button shows "Søk" and the
 * shortcut "Ctrl K", but its accessible name is only "Søk". We give the button
 * a name that contains all of its visible text, so speech-input users can say
 * what they see, and axe's label-content-name-mismatch rule passes.
 */
export function fixSearchButtonName(html: string, label: string, ctrlKey: string): string {
  const search = `<button data-open-modal disabled aria-label="${label}"`;
  const replacement = `<button data-open-modal disabled aria-label="${label} ${ctrlKey} K"`;
  return html.includes(search) ? html.replace(search, replacement) : html;
}
