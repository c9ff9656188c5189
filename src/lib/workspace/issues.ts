/**
 * Turns valibot's validation issues into Norwegian messages that say what is
 * wrong and where: the path of the field in the file, and what the field is.
 */
import type * as v from 'valibot';
import { formatPath } from './safe-json';

/** Norwegian names of the fields of the format, for messages. */
const FIELD_NAMES: Record<string, string> = {
  format: 'format',
  version: 'versjon',
  exportedAt: 'eksporttidspunkt',
  appVersion: 'programversjon',
  assessments: 'vurderinger',
  accounts: 'kontoer',
  id: 'id',
  title: 'tittel',
  platform: 'plattform',
  unit: 'enhet',
  owner: 'ansvarlig',
  createdAt: 'opprettet',
  updatedAt: 'sist endret',
  description: 'beskrivelse',
  legalBasis: 'behandlingsgrunnlag',
  answers: 'svar',
  risks: 'risikoer',
  likelihood: 'sannsynlighet',
  consequence: 'konsekvens',
  residualLikelihood: 'restsannsynlighet',
  residualConsequence: 'restkonsekvens',
  measures: 'tiltak',
  checklists: 'sjekklister',
  ethics: 'etisk refleksjon',
  decisions: 'beslutninger',
  conditionStatus: 'status for vilkår',
  justification: 'begrunnelse',
  deadline: 'frist',
  status: 'status',
  goal: 'personvernmål',
  outcome: 'utfall',
  date: 'dato',
  name: 'navn',
  address: 'adresse',
  verdict: 'konklusjon',
  purpose: 'formål',
};

export interface FieldProblem {
  /** Where in the data, e.g. `assessments[2].risks[0].likelihood`. */
  path: string;
  /** The path in words, e.g. `vurdering 3 › risiko 1 › sannsynlighet`. */
  where: string;
  /** What is wrong, in Norwegian. */
  message: string;
}

const SINGULAR: Record<string, string> = {
  assessments: 'vurdering',
  accounts: 'konto',
  risks: 'risiko',
  measures: 'tiltak',
  decisions: 'beslutning',
  conditions: 'vilkår',
};

function describePath(keys: readonly (string | number)[]): string {
  const words: string[] = [];
  keys.forEach((key, i) => {
    if (typeof key === 'number') {
      const parent = keys[i - 1];
      const noun = typeof parent === 'string' ? SINGULAR[parent] : undefined;
      if (noun && words.length > 0) words[words.length - 1] = `${noun} ${key + 1}`;
      else words.push(`nr. ${key + 1}`);
    } else {
      words.push(FIELD_NAMES[key] ?? `«${key}»`);
    }
  });
  return words.join(' › ');
}

/** Norwegian wording of the common valibot issues whose schema has no own message. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.message && !/^Invalid /.test(issue.message)) return issue.message;
  const received = issue.received;
  switch (issue.kind === 'schema' ? issue.type : issue.type) {
    case 'string':
      return `Må være tekst (fant ${received}).`;
    case 'number':
      return `Må være et tall (fant ${received}).`;
    case 'boolean':
      return `Må være sann eller usann (fant ${received}).`;
    case 'object':
      return received === 'undefined' ? 'Feltet mangler.' : `Må være et objekt (fant ${received}).`;
    case 'array':
      return received === 'undefined' ? 'Feltet mangler.' : `Må være en liste (fant ${received}).`;
    case 'literal':
      return `Har feil verdi (fant ${received}, forventet ${issue.expected}).`;
    case 'max_length':
      return `Er for lang (fant ${received}, høyst ${issue.expected}).`;
    default:
      return received === 'undefined' ? 'Feltet mangler.' : `Ugyldig verdi (fant ${received}, forventet ${issue.expected}).`;
  }
}

/** The first (most specific) problem of a failed validation. */
export function firstProblem(issues: readonly v.BaseIssue<unknown>[]): FieldProblem {
  let issue = issues[0]!;
  // A union reports its branches' issues nested; the branch that got furthest says most.
  while (issue.issues && issue.issues.length > 0 && (!issue.message || /^Invalid /.test(issue.message))) {
    issue = issue.issues.reduce((best, next) => ((next.path?.length ?? 0) > (best.path?.length ?? 0) ? next : best));
  }
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  return { path: formatPath(keys), where: describePath(keys), message: issueMessage(issue) };
}

/** One line for the user: where, then what. */
export function problemText(problem: FieldProblem): string {
  if (problem.path === '(roten)') return problem.message;
  return `Feil i ${problem.path} (${problem.where}): ${problem.message}`;
}
