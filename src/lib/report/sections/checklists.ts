/**
 * Report section: checklist status, from the checklists' `checklistSummary`:
 * progress per list, and each question with its answer and comment.
 */
import type { ChecklistsSection } from '../../model/schema';
import { answerLabel, checklistSummary, type Checklist } from '../../checklists';
import type { Block } from '../model';

export function checklistBlocks(lists: readonly Checklist[], section: ChecklistsSection): Block[] {
  const summary = checklistSummary(lists, section);
  if (summary.length === 0) return [{ kind: 'paragraph', text: 'Sjekklistene er ikke tilgjengelige.' }];
  const count = (items: (typeof summary)[number]['items'], v: string | null) => String(items.filter((i) => i.answer === v).length);
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: 'Status per sjekkliste (antall spørsmål)',
      headers: ['Sjekkliste', 'Besvart', 'Ja', 'Delvis', 'Nei', 'Ikke relevant'],
      rows: summary.map((s) => [
        s.title,
        `${s.answered} av ${s.total}`,
        count(s.items, 'ja'),
        count(s.items, 'delvis'),
        count(s.items, 'nei'),
        count(s.items, 'ikke-relevant'),
      ]),
      rowHeaders: true,
    },
  ];
  for (const s of summary) {
    if (s.answered === 0) continue;
    blocks.push({ kind: 'subheading', text: s.title });
    blocks.push({
      kind: 'table',
      caption: `Svar i sjekklisten «${s.title}»`,
      headers: ['Spørsmål', 'Svar', 'Kommentar'],
      rows: s.items.map((i) => [i.question, answerLabel(i.answer), i.comment || '–']),
    });
  }
  return blocks;
}
