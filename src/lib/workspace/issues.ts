/**
 * Turns a validation problem (src/lib/model/check.ts) into a Norwegian message
 * that says what is wrong and where: the path of the field in the file, and
 * what the field is.
 */
import type { Problem } from '../model/check';
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
      words.push(Object.hasOwn(FIELD_NAMES, key) ? FIELD_NAMES[key] : `«${key}»`);
    }
  });
  return words.join(' › ');
}

/** Where a problem is, as a path and in words, and what it is. */
export function fieldProblem(problem: Problem): FieldProblem {
  return { path: formatPath(problem.path), where: describePath(problem.path), message: problem.message };
}

/** One line for the user: where, then what. */
export function problemText(problem: FieldProblem): string {
  if (problem.path === '(roten)') return problem.message;
  return `Feil i ${problem.path} (${problem.where}): ${problem.message}`;
}
