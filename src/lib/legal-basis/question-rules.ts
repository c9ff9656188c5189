/**
 * The structure of the legal-basis helper's questions: ids, option ids, when a
 * question is shown, and which answers need a written justification. This is all
 * the assessment path needs to tell whether the step is done (src/lib/dpia/path.ts),
 * so it is kept apart from the wording (questions.ts), which only the helper, the
 * necessity step and the report load. Pure data: no DOM, no storage.
 */

/** Shown only when the answer to question `q` is one of `in`. All conditions must hold. */
interface Condition {
  q: string;
  in: string[];
}

export interface QuestionRule {
  id: string;
  /** The ids of the options, in the order they are shown. */
  optionIds: readonly string[];
  /** Shown only when every condition holds. */
  when?: Condition[];
  /** In addition to `when`: shown only when every condition of at least one group holds. */
  whenAny?: Condition[][];
  /** Justifications too short to say anything (a bare «ja») do not count for these options. */
  substantiveFor?: string[];
  /** Options whose answer counts only with a written justification. */
  justificationRequiredFor?: string[];
}

const is = (q: string, ...values: string[]): Condition => ({ q, in: values });

const YES_NO = ['ja', 'nei'];
/** Art. 6 nr. 1 bokstav e: the municipality acts as a public authority, or communication is one of its tasks. */
const PUBLIC_TASK = [[is('rolle', 'myndighet')], [is('rolle', 'kommunikasjon'), is('f-oppgave', 'oppgave')]];
/** Art. 6 nr. 1 bokstav f: the municipality as employer, or communication that is not one of its tasks. */
const LEGITIMATE_INTEREST = [[is('rolle', 'arbeidsgiver')], [is('rolle', 'kommunikasjon'), is('f-oppgave', 'ikke-oppgave')]];

export const RULES: readonly QuestionRule[] = [
  { id: 'tjenesteomrade', optionIds: ['nei', 'ja'], justificationRequiredFor: ['ja'] },
  { id: 'bruk', optionIds: ['informasjon', 'saksbehandling', 'debatt'] },
  { id: 'malgruppe', optionIds: YES_NO },
  { id: 'rolle', optionIds: ['myndighet', 'kommunikasjon', 'arbeidsgiver', 'usikker'] },
  {
    id: 'f-oppgave',
    optionIds: ['oppgave', 'ikke-oppgave'],
    when: [is('rolle', 'kommunikasjon')],
    substantiveFor: ['ikke-oppgave'],
    justificationRequiredFor: ['ikke-oppgave'],
  },
  { id: 'e-nodvendig', optionIds: YES_NO, whenAny: PUBLIC_TASK, justificationRequiredFor: ['ja'] },
  { id: 'e-supplerende', optionIds: ['navngitt', 'ikke-funnet'], when: [is('e-nodvendig', 'ja')], whenAny: PUBLIC_TASK },
  { id: 'f-interesse', optionIds: YES_NO, whenAny: LEGITIMATE_INTEREST, justificationRequiredFor: ['ja'] },
  { id: 'f-nodvendig', optionIds: YES_NO, when: [is('f-interesse', 'ja')], whenAny: LEGITIMATE_INTEREST, justificationRequiredFor: ['ja'] },
  {
    id: 'f-avveiing',
    optionIds: YES_NO,
    when: [is('f-interesse', 'ja'), is('f-nodvendig', 'ja')],
    whenAny: LEGITIMATE_INTEREST,
    justificationRequiredFor: ['ja'],
  },
  {
    id: 'f-barn',
    optionIds: ['vurdert', 'veier-ikke'],
    when: [is('malgruppe', 'ja'), is('f-interesse', 'ja'), is('f-nodvendig', 'ja')],
    whenAny: LEGITIMATE_INTEREST,
    substantiveFor: ['vurdert'],
    justificationRequiredFor: ['vurdert'],
  },
  { id: 'arkiv', optionIds: YES_NO },
  { id: 'leverandor', optionIds: ['eos', 'adekvat', 'tredjeland', 'ukjent'] },
  {
    id: 'overforingsgrunnlag',
    optionIds: ['navngitt', 'ikke-funnet'],
    when: [is('leverandor', 'tredjeland')],
    justificationRequiredFor: ['navngitt'],
  },
  { id: 'felles-ansvar', optionIds: ['ja', 'nei', 'usikker'] },
  { id: 'informasjonsplikt', optionIds: ['ja', 'nei'], justificationRequiredFor: ['ja'] },
  { id: 'dpia', optionIds: ['gjennomfort', 'pagar', 'ikke-startet'] },
];

export const RULE_BY_ID: ReadonlyMap<string, QuestionRule> = new Map(RULES.map((q) => [q.id, q]));
