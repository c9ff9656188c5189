/**
 * Report section: checklist status. Counts the stored answers per list. When
 * the checklists' `checklistSummary(lists, section)` is available, this is the
 * one function to switch over to it.
 */
import type { ChecklistsSection } from '../../model/schema';
import type { Block } from '../model';

export function checklistBlocks(section: ChecklistsSection): Block[] {
  const lists = Object.entries(section);
  if (lists.length === 0) return [{ kind: 'paragraph', text: 'Ingen sjekklister er besvart ennå.' }];
  const rows = lists.map(([listId, items]) => {
    const answers = Object.values(items);
    const count = (v: string | null) => String(answers.filter((a) => a.answer === v).length);
    return [listId, count('ja'), count('delvis'), count('nei'), count('ikke-relevant'), count(null)];
  });
  const comments = lists.flatMap(([listId, items]) =>
    Object.entries(items)
      .filter(([, a]) => a.comment.trim())
      .map(([itemId, a]) => `${listId} / ${itemId}: ${a.comment}`),
  );
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: 'Svar per sjekkliste (antall punkter)',
      headers: ['Sjekkliste', 'Ja', 'Delvis', 'Nei', 'Ikke relevant', 'Ikke besvart'],
      rows,
      rowHeaders: true,
    },
  ];
  if (comments.length > 0) blocks.push({ kind: 'subheading', text: 'Kommentarer' }, { kind: 'list', items: comments });
  return blocks;
}
