/**
 * The site's example scales for likelihood ("sannsynlighet") and consequence
 * ("konsekvens"), each 1–5, and the description of the three bands that the
 * risk page, the report and the export show. Datatilsynet prescribes no scale,
 * and Digdir's example scales are meant to be adapted, so these are our own
 * example: each municipality reads them against its own acceptance criteria.
 * Pure data and functions, no DOM.
 */
import { BANDS, type Band } from './scoring';

export interface ScaleLevel {
  level: 1 | 2 | 3 | 4 | 5;
  name: string;
  /** What the level means for a municipality's use of social media, in one line. */
  description: string;
}

export const LIKELIHOOD_SCALE: readonly ScaleLevel[] = [
  {
    level: 1,
    name: 'Svært lite sannsynlig',
    description: 'Vi kjenner ikke til at det har skjedd hos oss eller i andre kommuner, og det krever uvanlige omstendigheter.',
  },
  {
    level: 2,
    name: 'Lite sannsynlig',
    description: 'Det kan skje, men vi venter ikke at det skjer på kontoen vår i løpet av et år.',
  },
  {
    level: 3,
    name: 'Moderat sannsynlig',
    description: 'Det har skjedd i andre kommuner og kan skje hos oss omtrent én gang i året.',
  },
  {
    level: 4,
    name: 'Sannsynlig',
    description: 'Det skjer flere ganger i året på kontoer som vår, for eksempel ved innlegg om temaer som engasjerer.',
  },
  {
    level: 5,
    name: 'Svært sannsynlig',
    description: 'Det skjer jevnlig, eller det følger av hvordan plattformen virker, uansett hva kommunen gjør.',
  },
];

export const CONSEQUENCE_SCALE: readonly ScaleLevel[] = [
  {
    level: 1,
    name: 'Ubetydelig',
    description: 'Den registrerte merker lite eller ingenting, og ingen opplysninger om personlige forhold kommer på avveie.',
  },
  {
    level: 2,
    name: 'Liten',
    description: 'Noe ubehag eller irritasjon for den registrerte, som går over og kan rettes opp raskt.',
  },
  {
    level: 3,
    name: 'Moderat',
    description: 'Den registrerte mister kontroll over opplysninger om seg selv, men ikke om helse eller andre særlige kategorier.',
  },
  {
    level: 4,
    name: 'Alvorlig',
    description: 'Opplysninger om helse, barnevern eller andre personlige forhold blir kjent eller profilert, og skaden er vanskelig å rette opp.',
  },
  {
    level: 5,
    name: 'Svært alvorlig',
    description: 'Varig skade for den registrerte, for eksempel for sårbare grupper som barn, og opplysningene kan ikke hentes tilbake.',
  },
];

/** What each band means on the site's example, for the page, the report and the export. */
export const BAND_MEANING: Record<Band, string> = {
  lav: 'Kan normalt godtas. Følg med på risikoen når plattformen eller bruken endrer seg.',
  middels: 'Bør reduseres med tiltak. Ledelsen tar stilling til om restrisikoen kan godtas.',
  hoy: 'Skal reduseres før bruk. Er restrisikoen fortsatt høy, må ledelsen vurdere forhåndsdrøftelse med Datatilsynet (art. 36).',
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

export function likelihoodName(level: number | null): string {
  return LIKELIHOOD_SCALE.find((s) => s.level === level)?.name ?? 'Ikke vurdert';
}
export function consequenceName(level: number | null): string {
  return CONSEQUENCE_SCALE.find((s) => s.level === level)?.name ?? 'Ikke vurdert';
}
