/**
 * The two ready-made risk methods: the site's own example, which weights
 * consequence (the default for new assessments), and the classic
 * multiplicative 5 × 5 method the tool used before (likelihood × consequence
 * with the bands lav 1–4, middels 5–9, høy 10–25). Assessments made before the
 * method became data keep the classic method, so no risk changes band.
 *
 * Neither reproduces Digdir's tables: Datatilsynet sets no fixed scales, and
 * Digdir and NSM publish examples that each organisation adapts.
 * Pure data, no DOM.
 */
import type { MethodBand, RiskMethod } from './method';
import { CONSEQUENCE_SCALE, LIKELIHOOD_SCALE } from './scales';

const DEFAULT_METHOD_ID = 'some-eksempel';
export const CLASSIC_METHOD_ID = 'klassisk-5x5';

const steps = (scale: readonly { name: string; description: string }[]) => scale.map((s) => ({ name: s.name, description: s.description }));

const BANDS: readonly MethodBand[] = [
  {
    id: 'lav',
    name: 'Lav',
    colour: '#d7efd0',
    pattern: 'ingen',
    criterion: 'Kan godtas. Følg med på risikoen når plattformen eller bruken endrer seg.',
  },
  {
    id: 'middels',
    name: 'Middels',
    colour: '#fbe9a6',
    pattern: 'prikker',
    criterion: 'Bør reduseres med tiltak. Ledelsen avgjør om restrisikoen kan godtas, og skriver hvorfor.',
  },
  {
    id: 'hoy',
    name: 'Høy',
    colour: '#f7c8c4',
    pattern: 'striper',
    criterion:
      'Kan ikke godtas uten tiltak. Er restrisikoen fortsatt høy etter tiltakene som er på plass, skal kommunen be om ' +
      'forhåndsdrøfting med Datatilsynet før behandlingen starter (art. 36).',
  },
];

const L = 'lav';
const M = 'middels';
const H = 'hoy';

/**
 * The site's example: consequence weighs more than likelihood. The highest
 * consequence is never «lav» and is «høy» from likelihood 2; serious
 * consequence (4) is «høy» from likelihood 2 as well.
 */
export const DEFAULT_METHOD: RiskMethod = {
  id: DEFAULT_METHOD_ID,
  name: 'SoMe-veilederens eksempel (vekt på konsekvens)',
  description:
    'SoMe-veilederens eget eksempel. Datatilsynet foreskriver ingen bestemt skala, og metoden er ikke bundet av loven. ' +
    'Digitaliseringsdirektoratet og Nasjonal sikkerhetsmyndighet publiserer eksempler som er ment å tilpasses. ' +
    'Her veier konsekvensen for den registrerte tyngst: den høyeste konsekvensen er aldri lav, og den er høy fra sannsynlighet 2.',
  likelihood: steps(LIKELIHOOD_SCALE),
  consequence: steps(CONSEQUENCE_SCALE),
  bands: BANDS.map((b) => ({ ...b })),
  // Rows: likelihood 1–5; columns: consequence 1–5.
  matrix: [
    [L, L, L, M, M],
    [L, L, M, H, H],
    [L, M, M, H, H],
    [L, M, H, H, H],
    [L, M, H, H, H],
  ],
  highBand: H,
};

/** The band of a product on the classic method's thresholds. */
function classicBandOfScore(score: number): 'lav' | 'middels' | 'hoy' {
  return score <= 4 ? L : score <= 9 ? M : H;
}

/** The classic multiplicative method: likelihood × consequence, lav 1–4, middels 5–9, høy 10–25. */
export const CLASSIC_METHOD: RiskMethod = {
  id: CLASSIC_METHOD_ID,
  name: 'Klassisk 5 × 5 (sannsynlighet × konsekvens)',
  description:
    'Risikoverdien er sannsynlighet ganget med konsekvens (1–25): lav 1–4, middels 5–9, høy 10–25. ' +
    'Dette er metoden verktøyet brukte før kommunen kunne velge egen metode; eldre vurderinger beholder den.',
  likelihood: steps(LIKELIHOOD_SCALE),
  consequence: steps(CONSEQUENCE_SCALE),
  bands: BANDS.map((b) => ({ ...b })),
  matrix: [1, 2, 3, 4, 5].map((l) => [1, 2, 3, 4, 5].map((c) => classicBandOfScore(l * c))),
  highBand: H,
};

export const READY_METHODS: readonly RiskMethod[] = [DEFAULT_METHOD, CLASSIC_METHOD];

/** A fresh copy of a method (the stores must never share objects with these constants). */
export function copyMethod(method: RiskMethod): RiskMethod {
  return structuredClone(method);
}

/**
 * The method an assessment was made with. Until an assessment records one
 * (format version 4 adds it), it is the classic method the tool always used.
 */
export function methodOf(assessment: object): RiskMethod {
  const method = (assessment as { method?: RiskMethod }).method;
  return method ?? CLASSIC_METHOD;
}

/** A rating in short: «4 × 3 = 12» on the classic method (whose bands follow the product), «S4 K3» on others. */
export function ratingText(method: RiskMethod, likelihood: number, consequence: number): string {
  return method.id === CLASSIC_METHOD_ID
    ? `${likelihood} × ${consequence} = ${likelihood * consequence}`
    : `S${likelihood} K${consequence}`;
}
