/**
 * Small, tested corrections to the HTML that Starlight renders, applied at build
 * time by the middleware (src/middleware.ts). Pure string functions, no DOM.
 */

/**
 * WCAG 2.5.3 (label in name): Starlight's search button shows "Søk" and the
 * shortcut keys "Ctrl" "K" (adjacent elements without spaces, which read as "SøkCtrlK"),
 * but its accessible name is only "Søk". We separate label and keys with spaces and
 * give the button a name that contains all of its visible text ("Søk Ctrl K"),
 * so speech-input users can say what they see, and axe's
 * label-content-name-mismatch rule passes.
 */
export function fixSearchButtonName(html: string, label: string, ctrlKey: string): string {
  const button = /<button data-open-modal disabled aria-label="([^"]*)"([^>]*)>([\s\S]*?)<\/button>/;
  return html.replace(button, (_match, name: string, attrs: string, inner: string) => {
    if (name !== label) return _match;
    // Spaces between the label, the shortcut and its keys, so the visible text is "Søk Ctrl K".
    const spaced = inner
      .replace(/(<\/span>)(<kbd)/, '$1 $2')
      .replace(new RegExp(`(<kbd[^>]*>${ctrlKey}</kbd>)(<kbd[^>]*>K</kbd>)`), '$1 $2');
    return `<button data-open-modal disabled aria-label="${label} ${ctrlKey} K"${attrs}>${spaced}</button>`;
  });
}
