/** Report section: management's decisions (chapter 8), every round as recorded. */
import type { DecisionRound, PriorConsultation } from '../../model/schema';
import { correctedIds, type DecisionStatus } from '../../decisions/rules';
import { OUTCOME_LABEL } from '../../model/labels';
import { roundFacts } from '../../decisions/facts';
import { formatDate, type Block } from '../model';

/** A table whose first column numbers the entries (from 1). */
function numberedTable<T>(caption: string, headers: string[], entries: readonly T[], row: (entry: T) => string[]): Block {
  return { kind: 'table', caption, headers, rows: entries.map((entry, i) => [String(i + 1), ...row(entry)]) };
}

/** The number (from 1) of the entry with this id. */
const numberOf = (entries: readonly { id: string }[], id: string) => entries.findIndex((x) => x.id === id) + 1;

export function decisionBlocks(
  decisions: readonly DecisionRound[],
  status: DecisionStatus,
  consultations: readonly PriorConsultation[] = [],
): Block[] {
  const blocks: Block[] = [
    { kind: 'paragraph', text: `Status: ${status.label}.`, strong: true },
    { kind: 'paragraph', text: status.meaning },
    { kind: 'paragraph', text: `Neste steg: ${status.nextStep}` },
  ];
  if (status.changedSinceDecision)
    blocks.push({
      kind: 'paragraph',
      strong: true,
      text: 'Merk: Vurderingen er endret etter siste registrerte beslutning. Ledelsen har ikke behandlet endringene.',
    });
  blocks.push({ kind: 'subheading', text: 'Forhåndsdrøfting med Datatilsynet (art. 36)' });
  blocks.push({ kind: 'paragraph', strong: true, text: `${status.consultation.label}.` });
  blocks.push(...status.consultation.paragraphs.map((text): Block => ({ kind: 'paragraph', text })));
  if (consultations.length > 0) {
    const headers = ['Oppføring', 'Bedt om', 'Referanse', 'Svar', 'Datatilsynets råd', 'Merknad'];
    blocks.push(
      numberedTable('Logg over forhåndsdrøfting', headers, consultations, (c) => [
        formatDate(c.requestedDate),
        c.reference || '–',
        c.answerDate ? formatDate(c.answerDate) : 'Ikke besvart',
        c.adviceSummary || '–',
        c.corrects ? `Fullfører oppføring ${numberOf(consultations, c.corrects)}: ${c.correctionReason}` : '–',
      ]),
    );
  }
  if (status.art36) {
    blocks.push({ kind: 'subheading', text: "KS' prosessråd om forhåndsdrøfting" });
    blocks.push(...status.art36.paragraphs.map((text): Block => ({ kind: 'paragraph', text })));
  }
  if (status.conditions.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Vilkår i siste betingede godkjenning',
      headers: ['Vilkår', 'Oppfylt', 'Merknad'],
      rows: status.conditions.map((c) => [c.text, c.met ? 'Ja' : 'Nei', c.note || '–']),
    });
  }
  if (decisions.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'Ingen beslutninger er registrert.' });
    return blocks;
  }
  const corrected = correctedIds(decisions);
  const headers = ['Runde', 'Møtedato', 'Organ', 'Beslutning', 'Restrisiko da', 'Merknad'];
  blocks.push(
    numberedTable('Beslutningsrunder', headers, decisions, (r) => [
      formatDate(r.date),
      r.body,
      OUTCOME_LABEL[r.outcome],
      r.residualRisk.highest === null ? 'Ikke vurdert' : `Høyeste ${r.residualRisk.highest} (${r.residualRisk.hoy} høy)`,
      [r.corrects ? `Retter runde ${numberOf(decisions, r.corrects)}` : '', corrected.has(r.id) ? 'Rettet senere' : '']
        .filter(Boolean)
        .join('. ') || '–',
    ]),
  );
  decisions.forEach((r, i) => {
    blocks.push({
      kind: 'subheading',
      text: `Runde ${i + 1}: ${OUTCOME_LABEL[r.outcome]}, ${formatDate(r.date)}${r.corrects ? ' (rettelse)' : ''}${corrected.has(r.id) ? ' (rettet senere)' : ''}`,
    });
    blocks.push({ kind: 'facts', items: roundFacts(r, decisions) });
  });
  return blocks;
}
