/**
 * The A/B/C readiness classification of posts (chapter 7 of the guide), which
 * the risk editor offers as a ready-made measure. Pure data, no DOM.
 */
/** The A/B/C readiness categories for posts (chapter 7), offered as a measure. */
export const READINESS_CATEGORIES: readonly { category: 'A' | 'B' | 'C'; name: string; demands: string }[] = [
  {
    category: 'A',
    name: 'Full beredskap',
    demands:
      'Innlegg om temaer som kan få innbyggere til å dele personlige eller sensitive opplysninger. Krever full beredskap og rask respons: noen følger med på kommentarfeltet hele tiden innlegget er aktivt, og kan skjule eller slette kommentarer straks.',
  },
  {
    category: 'B',
    name: 'Normal beredskap',
    demands: 'Innlegg om vanlige temaer. Krever normal beredskap og oppfølging: kommentarer følges opp innen fastsatt tid i arbeidstiden.',
  },
  {
    category: 'C',
    name: 'Ingen oppfølging',
    demands: 'Ren informasjon som ikke inviterer til svar, for eksempel åpningstider. Krever ingen oppfølging utover vanlig publisering.',
  },
];

/** The text of the A/B/C measure as it is stored in the register. */
export function readinessMeasureText(): string {
  return (
    'Klassifiser hvert innlegg før publisering etter hvilken beredskap det krever (kapittel 7). ' +
    READINESS_CATEGORIES.map((c) => `${c.category} – ${c.name}: ${c.demands}`).join(' ')
  );
}
