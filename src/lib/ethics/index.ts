/**
 * The ethics reflection: the six dimensions of the navigation wheel
 * ("Navigasjonshjulet", Øverenget and Kvalnes) applied to one choice – being
 * present on the platform or not – and Kvalnes's five kinds of social-media
 * dilemma as aids. The dimension names are as checked against public sources;
 * the guiding questions are the site's own wording. Pure functions only.
 */
import type { EthicsSection } from '../model/schema';

export interface EthicsTheme {
  id: string;
  name: string;
  /** What the dimension is about, in short. */
  about: string;
  /** The site's own guiding question. */
  question: string;
}

export const THEMES: readonly EthicsTheme[] = [
  {
    id: 'lov',
    name: 'Lov',
    about: 'Lover og regler.',
    question:
      'Hva sier regelverket om hvert alternativ? Kan kommunen oppfylle kravene i personvernforordningen på plattformen – og finnes det plikter, som å informere innbyggerne aktivt, som blir vanskeligere å oppfylle uten den?',
  },
  {
    id: 'identitet',
    name: 'Identitet',
    about: 'Verdiene våre og hvem vi vil være.',
    question: 'Hvem vil vi være som kommune? Passer alternativet med verdiene våre og med rollen vi har overfor innbyggerne?',
  },
  {
    id: 'moral',
    name: 'Moral',
    about: 'Den moralske intuisjonen – magefølelsen.',
    question: 'Hva sier magefølelsen? Er det noe ved alternativet som føles galt, selv om det kan forsvares på papiret?',
  },
  {
    id: 'omdomme',
    name: 'Omdømme',
    about: 'Hvordan valget ser ut for andre.',
    question: 'Hvordan vil innbyggerne, mediene og andre offentlige organer se på alternativet? Hva betyr det for tilliten til kommunen?',
  },
  {
    id: 'okonomi',
    name: 'Økonomi',
    about: 'Kostnader og ressurser.',
    question:
      'Hva koster alternativet i penger, tid og folk – også til moderering, opplæring og oppfølging? Hva koster det å nå innbyggerne på andre måter?',
  },
  {
    id: 'etikk',
    name: 'Etikk',
    about: 'Plikter, konsekvenser, rettferdighet og offentlighet.',
    question:
      'Hvilke plikter har vi? Hvilke konsekvenser får alternativet for dem som berøres, særlig de sårbare? Er det rettferdig, og kunne vi forsvart det åpent for alle?',
  },
];

export interface Dilemma {
  id: string;
  name: string;
  about: string;
  question: string;
}

/** Kvalnes (2020): five kinds of social-media dilemma. Descriptions and questions are the site's own wording. */
export const DILEMMAS: readonly Dilemma[] = [
  {
    id: 'rolle',
    name: 'Rolle',
    about: 'Flere roller samtidig kan skape forvirring.',
    question: 'Er det tydelig om den som skriver, opptrer som kommunen, som fagperson eller som privatperson?',
  },
  {
    id: 'tempo',
    name: 'Tempo',
    about: 'Høyt tempo kan føre til feil.',
    question: 'Har vi rutiner som hindrer at vi publiserer eller svarer for raskt?',
  },
  {
    id: 'integritet',
    name: 'Integritet',
    about: 'Press om å handle mot egne verdier.',
    question: 'Kan vi bli presset til å gjøre noe vi ikke står for, for eksempel for å få mer rekkevidde?',
  },
  {
    id: 'ytring',
    name: 'Ytring',
    about: 'Grensene for hva det er rimelig å publisere.',
    question: 'Hvor går grensen for hva vi publiserer, og for hva vi lar stå i kommentarfeltet?',
  },
  {
    id: 'kompetanse',
    name: 'Kompetanse',
    about: 'Kunnskapshull som kan utnyttes.',
    question: 'Finnes det kunnskapshull hos oss eller hos innbyggerne som andre kan utnytte?',
  },
];

export const ALTERNATIVES = {
  present: 'Være til stede på plattformen',
  absent: 'Ikke være til stede',
} as const;
export type Alternative = keyof typeof ALTERNATIVES;

export type Choice = NonNullable<EthicsSection['choice']>;
export const CHOICE_OPTIONS: readonly { value: Choice; label: string }[] = [
  { value: 'til-stede', label: 'Være til stede på plattformen' },
  { value: 'ikke-til-stede', label: 'Ikke være til stede' },
  { value: 'uavklart', label: 'Ikke avgjort ennå' },
];
export const choiceLabel = (choice: EthicsSection['choice']) => CHOICE_OPTIONS.find((o) => o.value === (choice ?? 'uavklart'))!.label;

/** The notes for one theme (empty when none). */
export function themeNotes(section: EthicsSection, themeId: string): { present: string; absent: string } {
  return section.themes[themeId] ?? { present: '', absent: '' };
}

/** A new section with one note changed; the input is not modified. */
export function setThemeNote(section: EthicsSection, themeId: string, alternative: Alternative, text: string): EthicsSection {
  return { ...section, themes: { ...section.themes, [themeId]: { ...themeNotes(section, themeId), [alternative]: text } } };
}

export interface EthicsProgress {
  /** Themes with notes for both alternatives. */
  complete: number;
  /** Themes with a note for at least one alternative. */
  started: number;
  total: number;
  /** A choice is made and the reasoning written. */
  concluded: boolean;
}

export function ethicsProgress(section: EthicsSection): EthicsProgress {
  let complete = 0;
  let started = 0;
  for (const theme of THEMES) {
    const { present, absent } = themeNotes(section, theme.id);
    const p = present.trim() !== '';
    const a = absent.trim() !== '';
    if (p && a) complete += 1;
    if (p || a) started += 1;
  }
  const concluded = (section.choice ?? 'uavklart') !== 'uavklart' && section.conclusion.trim() !== '';
  return { complete, started, total: THEMES.length, concluded };
}

export interface EthicsSummary {
  themes: { id: string; name: string; question: string; present: string; absent: string }[];
  choice: string;
  conclusion: string;
}

/** The reflection of one assessment, for the report and exports. */
export function ethicsSummary(section: EthicsSection): EthicsSummary {
  return {
    themes: THEMES.map((t) => ({ id: t.id, name: t.name, question: t.question, ...themeNotes(section, t.id) })),
    choice: choiceLabel(section.choice),
    conclusion: section.conclusion,
  };
}
