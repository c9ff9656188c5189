/**
 * Screening: «Trenger vi en DPIA?». The nine criteria of the guidelines on
 * DPIAs from the Article 29 Working Party (WP248 rev.01, endorsed by the EDPB),
 * in our own words, and the rule of thumb those guidelines give. Pure.
 */
import type { ScreeningAnswer, ScreeningSection } from './sections';

export interface Criterion {
  id: string;
  name: string;
  /** What the criterion means, and what it can mean on social media (our own words). */
  help: string;
}

export const CRITERIA: readonly Criterion[] = [
  {
    id: 'evaluering',
    name: 'Evaluering eller poengsetting',
    help: 'Behandlingen vurderer eller forutsier sider ved personer, for eksempel interesser, atferd eller hvor de befinner seg. Plattformenes algoritmer sorterer brukere etter interesser og reaksjoner.',
  },
  {
    id: 'automatiserte-avgjorelser',
    name: 'Automatiserte avgjørelser med rettsvirkning eller tilsvarende betydning',
    help: 'En maskin tar avgjørelser om personer som får rettslige følger eller påvirker dem på en tilsvarende måte, uten at et menneske vurderer saken.',
  },
  {
    id: 'systematisk-overvaking',
    name: 'Systematisk overvåking',
    help: 'Personer blir fulgt eller registrert systematisk, for eksempel når plattformen sporer hva de gjør på tvers av sider og tjenester.',
  },
  {
    id: 'sensitive-opplysninger',
    name: 'Særlige kategorier eller svært personlige opplysninger',
    help: 'Opplysninger om for eksempel helse, politisk syn eller religion (art. 9), eller andre svært personlige forhold. Kommunen vil ikke samle inn slikt, men innbyggere kan skrive det selv i kommentarer og meldinger.',
  },
  {
    id: 'stor-skala',
    name: 'Behandling i stor skala',
    help: 'Mange personer, mye data, lang tid eller et stort geografisk område. Tenk på hvor mange som følger, ser og kommenterer kommunens innhold.',
  },
  {
    id: 'sammenstilling',
    name: 'Sammenstilling eller kombinasjon av datasett',
    help: 'Opplysninger fra ulike kilder eller formål settes sammen på en måte de registrerte ikke venter, for eksempel når plattformen kobler aktivitet på siden med annen bruk.',
  },
  {
    id: 'sarbare',
    name: 'Sårbare registrerte',
    help: 'Barn og unge, pasienter, brukere av sosiale tjenester, asylsøkere eller andre som står svakt overfor kommunen eller har vansker med å forstå behandlingen.',
  },
  {
    id: 'ny-teknologi',
    name: 'Nyskapende bruk eller ny teknologi',
    help: 'Ny teknologi eller ny bruk av teknologi, for eksempel algoritmer som analyserer brukere eller opplysninger som brukes til å trene kunstig intelligens.',
  },
  {
    id: 'hindrer-rettigheter',
    name: 'Behandlingen hindrer de registrerte i å utøve en rettighet eller bruke en tjeneste',
    help: 'For eksempel når innbyggere må bruke plattformen for å få informasjon eller en tjeneste fra kommunen, eller ikke kan få innsyn i eller slette det plattformen har om dem.',
  },
];

export const ANSWER_LABELS: Record<NonNullable<ScreeningAnswer>, string> = { ja: 'Ja', nei: 'Nei', usikker: 'Usikker' };

export const RESULT_LABELS = {
  pakrevd: 'Påkrevd: vi skal gjennomføre en DPIA',
  anbefalt: 'Ikke sikkert påkrevd, men anbefalt: vi gjennomfører en DPIA',
  'ikke-pakrevd': 'Ikke påkrevd: vi gjennomfører ikke en DPIA',
} as const;
export type ScreeningResult = keyof typeof RESULT_LABELS;

type Indication = 'pakrevd-tommelfinger' | 'vurder' | 'ingen-kriterier' | 'datatilsynets-liste' | 'ubesvart';

export interface ScreeningOutcome {
  /** Criteria answered «ja». */
  met: Criterion[];
  /** Criteria answered «usikker». */
  unsure: Criterion[];
  /** Criteria not answered yet. */
  unanswered: Criterion[];
  indication: Indication;
  /** What the indication means, in Norwegian. */
  text: string;
  /** The result the indication points to, as a suggestion; the user records the result. */
  suggested: ScreeningResult | null;
  /** Problems with the recorded result (empty when it is consistent and justified). */
  problems: string[];
}

const KS_NOTE =
  'KS anbefaler uansett at kommunen gjennomfører en DPIA før den tar i bruk sosiale medier, fordi slike plattformer ofte innebærer høy risiko.';

/**
 * The indication of the screening: on Datatilsynet's list → required; two or
 * more criteria met → required as WP248's rule of thumb; one → consider
 * carefully; none → the law may not require one, but KS recommends one.
 */
export function screeningOutcome(s: ScreeningSection): ScreeningOutcome {
  const answer = (c: Criterion) => s.criteria[c.id]?.answer ?? null;
  const met = CRITERIA.filter((c) => answer(c) === 'ja');
  const unsure = CRITERIA.filter((c) => answer(c) === 'usikker');
  const unanswered = CRITERIA.filter((c) => answer(c) === null);
  let indication: Indication;
  let text: string;
  let suggested: ScreeningResult | null;
  if (s.datatilsynetList.answer === 'ja') {
    indication = 'datatilsynets-liste';
    text = 'Behandlingen står på Datatilsynets liste over behandlinger som alltid krever en DPIA. Da er en DPIA påkrevd.';
    suggested = 'pakrevd';
  } else if (met.length >= 2) {
    indication = 'pakrevd-tommelfinger';
    text = `${met.length} av ${CRITERIA.length} kriterier er oppfylt. Tommelfingerregelen i retningslinjene (WP248) er at en behandling som oppfyller to eller flere kriterier, som regel krever en DPIA.`;
    suggested = 'pakrevd';
  } else if (unanswered.length > 0) {
    indication = 'ubesvart';
    text = `${unanswered.length} av ${CRITERIA.length} kriterier er ikke besvart ennå. Svar på alle før dere konkluderer.`;
    suggested = null;
  } else if (met.length === 1 || unsure.length > 0) {
    indication = 'vurder';
    text = `${met.length === 1 ? 'Ett kriterium er oppfylt' : 'Ingen kriterier er sikkert oppfylt'}${unsure.length ? `, og dere er usikre på ${unsure.length}` : ''}. Vurder nøye om behandlingen likevel kan gi høy risiko (art. 35 nr. 1). Datatilsynet råder til å gjennomføre en DPIA når dere er i tvil. ${KS_NOTE}`;
    suggested = 'anbefalt';
  } else {
    indication = 'ingen-kriterier';
    text = `Ingen av kriteriene er oppfylt. Loven krever da ikke nødvendigvis en DPIA, men dere må begrunne det. ${KS_NOTE}`;
    suggested = 'anbefalt';
  }
  const problems: string[] = [];
  if (s.result !== null && !s.reasoning.trim()) problems.push('Skriv begrunnelsen for resultatet.');
  if (s.result === 'ikke-pakrevd' && suggested === 'pakrevd')
    problems.push(
      'Svarene tilsier at en DPIA er påkrevd. Skal dere likevel konkludere med at den ikke er det, må begrunnelsen forklare hvorfor behandlingen ikke gir høy risiko.',
    );
  return { met, unsure, unanswered, indication, text, suggested, problems };
}

/** The section with one criterion's answer or note changed. */
export function setCriterion(
  s: ScreeningSection,
  criterionId: string,
  change: { answer?: ScreeningAnswer; note?: string },
): ScreeningSection {
  const current = s.criteria[criterionId] ?? { answer: null, note: '' };
  return { ...s, criteria: { ...s.criteria, [criterionId]: { ...current, ...change } } };
}
