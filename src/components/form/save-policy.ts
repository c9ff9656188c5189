/**
 * The one save policy for text (CONTRIBUTING.md, «Lagring av tekst»):
 * text is committed to the assessment 400 ms after the last keystroke, when
 * the field is left, and when the page is hidden (reload, navigation, closed
 * tab). Until it is committed it is kept as a draft in storage.
 */
export const COMMIT_DELAY_MS = 400;
