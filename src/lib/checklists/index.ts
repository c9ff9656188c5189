/**
 * Checklists: the lists themselves are data (content/sjekklister/*.yaml, loaded
 * at build time); the answers live in an assessment's `checklists` section,
 * keyed by list id and then item id. Pure functions only: progress, summaries
 * for the report, and immutable updates of the section.
 */
import type { ChecklistAnswer, ChecklistsSection } from '../model/schema';

interface ChecklistItem {
  id: string;
  question: string;
  /** Why the question matters, in the site's own words. */
  why: string;
  /** Root-relative link to the chapter section, e.g. "/veileder/3-informasjonssikkerhet/#leverandørens-del". */
  link: string;
  /** The GDPR articles (Norwegian style, "art. 26") or other laws the item concerns. */
  articles: string[];
}

export interface Checklist {
  id: string;
  title: string;
  /** The chapter the list is written from, e.g. "Kapittel 3". */
  chapter: string;
  intro: string;
  items: ChecklistItem[];
}

export type AnswerValue = NonNullable<ChecklistAnswer['answer']>;

/** The answer options, in the order they are shown. */
export const ANSWER_OPTIONS: readonly { value: AnswerValue; label: string }[] = [
  { value: 'ja', label: 'Ja' },
  { value: 'nei', label: 'Nei' },
  { value: 'delvis', label: 'Delvis' },
  { value: 'ikke-relevant', label: 'Ikke relevant' },
];

/** The Norwegian label of an answer, "Ikke besvart" for none. */
export function answerLabel(answer: AnswerValue | null | undefined): string {
  return ANSWER_OPTIONS.find((o) => o.value === answer)?.label ?? 'Ikke besvart';
}

export interface Progress {
  answered: number;
  total: number;
}

/** How many of a list's items have an answer. Answers to items no longer in the list are not counted. */
export function listProgress(list: Checklist, section: ChecklistsSection | undefined): Progress {
  const answers = section?.[list.id] ?? {};
  const answered = list.items.filter((item) => (answers[item.id]?.answer ?? null) !== null).length;
  return { answered, total: list.items.length };
}

/** "7 av 12 besvart". */
export function progressText({ answered, total }: Progress): string {
  return `${answered} av ${total} besvart`;
}

/** The answer to one item (empty when not answered). */
export function getAnswer(section: ChecklistsSection | undefined, listId: string, itemId: string): ChecklistAnswer {
  return section?.[listId]?.[itemId] ?? { answer: null, comment: '' };
}

/** A new section with one item's answer changed; the input is not modified. */
export function setAnswer(section: ChecklistsSection, listId: string, itemId: string, patch: Partial<ChecklistAnswer>): ChecklistsSection {
  const current = getAnswer(section, listId, itemId);
  return {
    ...section,
    [listId]: { ...(section[listId] ?? {}), [itemId]: { ...current, ...patch } },
  };
}

export interface ChecklistSummary {
  id: string;
  title: string;
  answered: number;
  total: number;
  items: { question: string; answer: AnswerValue | null; comment: string }[];
}

/**
 * The checklists of one assessment, for the report and exports: per list its
 * progress and each question with its answer (null when not answered) and comment.
 */
export function checklistSummary(lists: readonly Checklist[], section: ChecklistsSection | undefined): ChecklistSummary[] {
  return lists.map((list) => {
    const { answered, total } = listProgress(list, section);
    return {
      id: list.id,
      title: list.title,
      answered,
      total,
      items: list.items.map((item) => {
        const { answer, comment } = getAnswer(section, list.id, item.id);
        return { question: item.question, answer, comment };
      }),
    };
  });
}
