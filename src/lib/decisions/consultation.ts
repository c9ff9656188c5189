/**
 * The prior-consultation log (art. 36): turning what the user typed into an
 * entry, validation with Norwegian messages per field, and appending. The log
 * is append-only like the decision rounds: Datatilsynet's answer, when it
 * comes, or a correction, is a new entry that names the entry it completes.
 * Pure TypeScript.
 */
import type { Assessment, PriorConsultation } from '../model/schema';
import { formatLongDate as formatDate } from '../dates';

// A type (not an interface), so that it is a record of text fields for the form draft.
export type ConsultationDraft = {
  requestedDate: string;
  reference: string;
  answerDate: string;
  adviceSummary: string;
  /** The id of the entry this one completes or corrects, or '' for a new request. */
  corrects: string;
  correctionReason: string;
};

export const emptyConsultationDraft = (): ConsultationDraft => ({
  requestedDate: '',
  reference: '',
  answerDate: '',
  adviceSummary: '',
  corrects: '',
  correctionReason: '',
});

/** A draft that completes `entry` (the same request, with room for the answer). */
export function draftCompleting(entry: PriorConsultation): ConsultationDraft {
  return {
    requestedDate: entry.requestedDate,
    reference: entry.reference,
    answerDate: entry.answerDate,
    adviceSummary: entry.adviceSummary,
    corrects: entry.id,
    correctionReason: entry.answerDate === '' ? 'Svar fra Datatilsynet.' : '',
  };
}

export type ConsultationErrors = Partial<Record<keyof ConsultationDraft, string>>;

/** The fields in the order the form shows them (the first one in error gets focus). */
export const CONSULTATION_FIELD_ORDER: readonly (keyof ConsultationDraft)[] = [
  'corrects',
  'correctionReason',
  'requestedDate',
  'reference',
  'answerDate',
  'adviceSummary',
];

/** The heading of entry number `index + 1` in the log. */
export function consultationHeading(entry: PriorConsultation, index: number, log: readonly PriorConsultation[]): string {
  const answer = entry.answerDate ? `, svar ${formatDate(entry.answerDate)}` : ', ikke besvart';
  const completes = entry.corrects ? ` (fullfører oppføring ${log.findIndex((x) => x.id === entry.corrects) + 1})` : '';
  return `Oppføring ${index + 1}: bedt om ${formatDate(entry.requestedDate)}${answer}${completes}`;
}

/** What the form says after `entry` was appended. */
export function consultationRecordedMessage(entry: PriorConsultation): string {
  return entry.answerDate
    ? `Svaret fra Datatilsynet (${formatDate(entry.answerDate)}) er registrert i loggen over forhåndsdrøfting.`
    : `Forespørselen om forhåndsdrøfting (${formatDate(entry.requestedDate)}) er registrert.`;
}

const isDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export function validateConsultation(draft: ConsultationDraft, existing: readonly PriorConsultation[]): ConsultationErrors {
  const e: ConsultationErrors = {};
  const requested = draft.requestedDate.trim();
  const answered = draft.answerDate.trim();
  if (!requested) e.requestedDate = 'Skriv datoen da kommunen ba Datatilsynet om forhåndsdrøfting.';
  else if (!isDate(requested)) e.requestedDate = 'Datoen må skrives som ÅÅÅÅ-MM-DD, for eksempel 2026-11-22.';
  if (answered && !isDate(answered)) e.answerDate = 'Datoen må skrives som ÅÅÅÅ-MM-DD, eller stå tom til Datatilsynet har svart.';
  else if (answered && requested && isDate(requested) && answered < requested)
    e.answerDate = 'Svaret kan ikke være datert før forespørselen.';
  if (answered && !draft.adviceSummary.trim()) e.adviceSummary = 'Skriv kort hva Datatilsynet rådet.';
  if (!answered && draft.adviceSummary.trim()) e.answerDate = 'Skriv datoen for Datatilsynets svar når dere oppsummerer rådet.';
  if (draft.corrects) {
    if (!existing.some((c) => c.id === draft.corrects)) e.corrects = 'Oppføringen dere vil fullføre eller rette, finnes ikke i loggen.';
    if (!draft.correctionReason.trim()) e.correctionReason = 'Skriv hva som er nytt eller rettes, for eksempel «Svar fra Datatilsynet».';
  }
  if (!e.reference && draft.reference.length > 500) e.reference = 'Teksten er for lang (over 500 tegn).';
  for (const key of ['adviceSummary', 'correctionReason'] as const)
    if (!e[key] && draft[key].length > 20_000) e[key] = 'Teksten er for lang (over 20 000 tegn).';
  return e;
}

export function buildConsultation(
  draft: ConsultationDraft,
  opts: { now: Date; newId: (prefix: string) => string; roundId: string | null },
): PriorConsultation {
  return {
    id: opts.newId('fd'),
    recordedAt: opts.now.toISOString(),
    requestedDate: draft.requestedDate.trim(),
    reference: draft.reference.trim(),
    answerDate: draft.answerDate.trim(),
    adviceSummary: draft.answerDate.trim() ? draft.adviceSummary.trim() : '',
    roundId: opts.roundId,
    corrects: draft.corrects || null,
    correctionReason: draft.corrects ? draft.correctionReason.trim() : '',
  };
}

/** The assessment with the entry appended (the only way entries are added: never edited, never removed). */
export function appendConsultation(a: Assessment, entry: PriorConsultation): Assessment {
  return { ...a, priorConsultations: [...a.priorConsultations, entry] };
}
