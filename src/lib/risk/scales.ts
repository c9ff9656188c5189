/**
 * The site's example scales for likelihood ("sannsynlighet") and consequence
 * ("konsekvens"), each 1–5, and the description of the three bands that the
 * risk page, the report and the export show. Datatilsynet prescribes no scale,
 * and Digdir's example scales are meant to be adapted, so these are our own
 * example: each municipality reads them against its own acceptance criteria.
 * Pure data and functions, no DOM.
 */
import { BANDS, type Band } from './scoring';
import { CONSEQUENCE_NAMES, LIKELIHOOD_NAMES } from './scale-names';

export interface ScaleLevel {
  level: 1 | 2 | 3 | 4 | 5;
  name: string;
  /** What the level means for a municipality's use of social media, in one line. */
  description: string;
}

/** What each level means for a municipality's use of social media, in one line (level 1 first). */
const LIKELIHOOD_DESCRIPTIONS = [
  'Vi kjenner ikke til at det har skjedd hos oss eller i andre kommuner, og det krever uvanlige omstendigheter.',
  'Det kan skje, men vi venter ikke at det skjer på kontoen vår i løpet av et år.',
  'Det har skjedd i andre kommuner og kan skje hos oss omtrent én gang i året.',
  'Det skjer flere ganger i året på kontoer som vår, for eksempel ved innlegg om temaer som engasjerer.',
  'Det skjer jevnlig, eller det følger av hvordan plattformen virker, uansett hva kommunen gjør.',
];
const CONSEQUENCE_DESCRIPTIONS = [
  'Den registrerte merker lite eller ingenting, og ingen opplysninger om personlige forhold kommer på avveie.',
  'Noe ubehag eller irritasjon for den registrerte, som går over og kan rettes opp raskt.',
  'Den registrerte mister kontroll over opplysninger om seg selv, men ikke om helse eller andre særlige kategorier.',
  'Opplysninger om helse, barnevern eller andre personlige forhold blir kjent eller profilert, og skaden er vanskelig å rette opp.',
  'Varig skade for den registrerte, for eksempel for sårbare grupper som barn, og opplysningene kan ikke hentes tilbake.',
];

const levels = (names: readonly string[], descriptions: readonly string[]): readonly ScaleLevel[] =>
  names.map((name, i) => ({ level: (i + 1) as ScaleLevel['level'], name, description: descriptions[i] }));

export const LIKELIHOOD_SCALE = levels(LIKELIHOOD_NAMES, LIKELIHOOD_DESCRIPTIONS);
export const CONSEQUENCE_SCALE = levels(CONSEQUENCE_NAMES, CONSEQUENCE_DESCRIPTIONS);

/** What each band means on the site's example, for the page, the report and the export. */
const BAND_MEANING: Record<Band, string> = {
  lav: 'Kan normalt godtas. Følg med på risikoen når plattformen eller bruken endrer seg.',
  middels: 'Bør reduseres med tiltak. Ledelsen tar stilling til om restrisikoen kan godtas.',
  hoy: 'Skal reduseres før bruk. Er restrisikoen fortsatt høy, skal kommunen be om forhåndsdrøfting med Datatilsynet før oppstart (art. 36 nr. 1).',
};

export const SCALE_NOTE =
  'Skalaene er SoMe-veilederens eget eksempel. Datatilsynet foreskriver ingen bestemt skala, og ' +
  'Digitaliseringsdirektoratets eksempelskalaer er ment å tilpasses. Les nivåene opp mot kommunens egne akseptkriterier.';

export interface ScaleDescription {
  formula: string;
  note: string;
  likelihood: readonly ScaleLevel[];
  consequence: readonly ScaleLevel[];
  bands: { band: Band; label: string; min: number; max: number; range: string; meaning: string }[];
}

/**
 * The scales and bands as plain data, for the report and the JSON export, so a
 * reader of an exported file or a printed report sees which thresholds were used.
 */
export function scaleDescription(): ScaleDescription {
  return {
    formula: 'Risiko = sannsynlighet × konsekvens (1–25)',
    note: SCALE_NOTE,
    likelihood: LIKELIHOOD_SCALE,
    consequence: CONSEQUENCE_SCALE,
    bands: BANDS.map((b) => ({ ...b, range: `${b.min}–${b.max}`, meaning: BAND_MEANING[b.band] })),
  };
}

/** The bands in one line each, e.g. "Høy: 10–25 – Skal reduseres …". */
export function bandLines(): string[] {
  return scaleDescription().bands.map((b) => `${b.label}: ${b.range} – ${b.meaning}`);
}
