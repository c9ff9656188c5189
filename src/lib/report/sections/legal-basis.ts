/**
 * Report section: legal basis (chapter 5). Renders the stored answers as they
 * are. When the legal-basis helper's `legalBasisReport(section)` is available,
 * this is the one function to switch over to it.
 */
import type { LegalBasisSection } from '../../model/schema';
import type { Block } from '../model';

export function legalBasisBlocks(section: LegalBasisSection): Block[] {
  const entries = Object.entries(section.answers);
  if (entries.length === 0) return [{ kind: 'paragraph', text: 'Behandlingsgrunnlaget er ikke vurdert i verktøyet ennå.' }];
  return [
    {
      kind: 'table',
      caption: 'Svar og begrunnelser i vurderingen av behandlingsgrunnlaget',
      headers: ['Spørsmål', 'Svar', 'Begrunnelse'],
      rows: entries.map(([question, a]) => [question, a.value, a.justification || '–']),
    },
  ];
}
