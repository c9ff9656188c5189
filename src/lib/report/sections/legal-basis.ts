/**
 * Report section: legal basis (chapter 5), from the legal-basis helper's
 * `legalBasisReport`: the conclusion, each answered question with its answer
 * and justification, warnings with their articles, and what remains.
 */
import type { LegalBasisSection } from '../../model/schema';
import { legalBasisReport } from '../../legal-basis';
import type { Block } from '../model';

const BASIS_LABEL = { e: 'art. 6 nr. 1 bokstav e', f: 'art. 6 nr. 1 bokstav f' } as const;

export function legalBasisBlocks(section: LegalBasisSection): Block[] {
  const r = legalBasisReport(section);
  const blocks: Block[] = [
    { kind: 'paragraph', text: r.conclusion, strong: true },
    {
      kind: 'facts',
      items: [
        { label: 'Behandlingsgrunnlag', value: r.basis ? BASIS_LABEL[r.basis] : 'Ikke avklart' },
        { label: 'Målgruppen kan omfatte sårbare grupper', value: r.vulnerableGroups ? 'Ja' : 'Nei eller ikke besvart' },
      ],
    },
  ];
  if (r.points.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Spørsmål, svar og begrunnelser',
      headers: ['Spørsmål', 'Svar', 'Begrunnelse'],
      rows: r.points.map((p) => [p.question, p.answer, p.justification || '–']),
    });
  if (r.warnings.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Advarsler' });
    blocks.push({ kind: 'list', items: r.warnings.map((w) => (w.articles.length ? `${w.text} (${w.articles.join(', ')})` : w.text)) });
  }
  if (r.todo.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Dette gjenstår' });
    blocks.push({ kind: 'list', items: r.todo });
  }
  return blocks;
}
