/**
 * The reasoning of the legal-basis helper: which questions are shown for a set
 * of answers, whether a step may be left, and the outcome the answers point to
 * (basis, conclusion, warnings with the sources they cite, what must still be
 * documented). Pure functions over the assessment's `legalBasis` section.
 */
import { pathWithBase } from '../paths';
import type { LegalBasisSection } from '../model/schema';
import type { SourceRef } from './questions';
import { answerReader, optionLabel } from './answers';
import { justificationOk } from './completion';
import type { SupplementaryCheck } from './supplementary';
import { ALWAYS, type Mark, type Warning } from './warnings';
import { basisFromRole, NONE_YET, type Basis, type Status } from './basis';
import { channelFindings, dutyFindings, withChannelNotes } from './topics';

export interface Evaluation {
  status: Status;
  basis: Basis | null;
  conclusion: string;
  warnings: Warning[];
  todo: string[];
  vulnerableGroups: boolean;
  points: { question: string; answer: string; justification: string }[];
  /** Every shown question has an answer. */
  complete: boolean;
  /** How sure the conclusion is: whose view it rests on, and whether that is contested. */
  marks: Mark[];
  /** The supplementary legal basis for bokstav e and its checks. */
  supplementary: SupplementaryCheck;
}

/** The section as stored; `supplementaryBasis` may be left out (then nothing is filled in). */
export type SectionInput = Pick<LegalBasisSection, 'answers'> & Partial<Pick<LegalBasisSection, 'supplementaryBasis'>>;

/**
 * The outcome the answers point to. Answers to questions that are not shown
 * are ignored. By topic: the channel (topics.ts), the legal basis by role
 * (basis.ts) and the duties that come with the channel (topics.ts).
 */
export function evaluate(section: SectionInput): Evaluation {
  const r = answerReader(section.answers);
  const { visible, get, val, justified } = r;
  const points = visible.flatMap((question) => {
    const a = get(question.id);
    return a ? [{ question: question.title, answer: optionLabel(question, a.value), justification: a.justification.trim() }] : [];
  });
  const complete = visible.every((question) => get(question.id) !== undefined);
  const vulnerableGroups = val('malgruppe') === 'ja';
  const channel = channelFindings(r);

  // The service area: KS advises against; continuing needs a written justification.
  if (val('tjenesteomrade') === 'ja' && !justified('tjenesteomrade')) {
    return {
      status: 'stoppet',
      basis: null,
      conclusion: `KS fraråder sosiale medier i dette tjenesteområdet. Dere kan bare fortsette vurderingen hvis dere skriver en begrunnelse. ${NONE_YET}`,
      warnings: [channel.warnings[0], ...ALWAYS],
      todo: ['Skriv en begrunnelse for å bruke sosiale medier i et tjenesteområde KS fraråder, eller la være å bruke kanalen.'],
      vulnerableGroups,
      points,
      complete: false,
      marks: ["KS' syn"],
      supplementary: { state: 'ikke-relevant', text: '' },
    };
  }

  // Generic gaps: unanswered questions and missing required justifications.
  const gaps: string[] = [];
  for (const question of visible) {
    const a = get(question.id);
    if (!a) gaps.push(`Svar på spørsmålet «${question.short}».`);
    else if (!justificationOk(question, a))
      gaps.push(
        `Skriv begrunnelsen for «${question.short}»${(question.substantiveFor ?? []).includes(a.value) ? ' (et kort «ja» er ikke nok)' : ''}.`,
      );
  }

  const found = basisFromRole(r, section.supplementaryBasis);
  const duties = dutyFindings(r);
  return {
    status: found.status,
    basis: found.basis,
    conclusion: withChannelNotes(r, found.conclusion) + duties.conclusionNote,
    warnings: [...channel.warnings, ...found.warnings, ...duties.warnings, ...ALWAYS],
    todo: [...gaps, ...channel.todo, ...found.todo, ...duties.todo],
    vulnerableGroups,
    points,
    complete,
    marks: found.marks,
    supplementary: found.supplementary,
  };
}

/** Plain data for the report and the exports. */
export interface LegalBasisReport {
  conclusion: string;
  basis: Basis | null;
  points: { question: string; answer: string; justification: string }[];
  warnings: { text: string; articles: string[] }[];
  todo: string[];
  vulnerableGroups: boolean;
  marks: Mark[];
  supplementary: SupplementaryCheck;
}

export function legalBasisReport(section: SectionInput): LegalBasisReport {
  const e = evaluate(section);
  return {
    conclusion: e.conclusion,
    basis: e.basis,
    points: e.points,
    warnings: e.warnings.map((w) => ({ text: w.marks?.length ? `(${w.marks.join(', ')}) ${w.text}` : w.text, articles: [...w.articles] })),
    todo: e.todo,
    vulnerableGroups: e.vulnerableGroups,
    marks: e.marks,
    supplementary: e.supplementary,
  };
}

const LAWS = new Set(['arkivlova', 'offentleglova', 'forvaltningsloven', 'personopplysningsloven', 'kommuneloven']);

/**
 * The register page of a source, relative to the site's base: "art. 6 nr. 3" →
 * "gdpr/artikkel-6/", "art. 44–49" → "gdpr/artikkel-44/", "arkivlova" → "lover/arkivlova/".
 */
export function sourcePath(ref: SourceRef): string | null {
  const article = /^art\.\s*(\d+)/.exec(ref);
  if (article) return `gdpr/artikkel-${article[1]}/`;
  return LAWS.has(ref) ? `lover/${ref}/` : null;
}

/** Joins the site's base (with or without a trailing slash) and a relative path (src/lib/paths.ts). */
export const withBase = (base: string, path: string): string => pathWithBase(path, base);
