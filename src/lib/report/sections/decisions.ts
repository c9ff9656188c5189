/** Report section: management's decisions (chapter 8), every round as recorded. */
import type { DecisionRound } from '../../model/schema';
import { correctedIds, OUTCOME_LABEL, type DecisionStatus } from '../../decisions/rules';
import { describeResidual } from '../../decisions/residual';
import { formatDate, type Block } from '../model';

const yesNo = (v: boolean | null, yes: string, no: string) => (v === null ? 'Ikke oppgitt' : v ? yes : no);

/** The facts of one round, in the order of the form. */
export function roundFacts(round: DecisionRound, all: readonly DecisionRound[]): { label: string; value: string }[] {
  const items: { label: string; value: string }[] = [];
  if (round.corrects) {
    const target = all.findIndex((r) => r.id === round.corrects);
    items.push({ label: 'Retter', value: target >= 0 ? `Runde ${target + 1}` : 'En runde som ikke finnes i loggen' });
    items.push({ label: 'Hva som rettes, og hvorfor', value: round.correctionReason });
  }
  items.push(
    { label: 'Møtedato', value: formatDate(round.date) },
    { label: 'Organ', value: round.body },
    { label: 'Beslutning', value: OUTCOME_LABEL[round.outcome] },
  );
  if (round.outcome === 'betinget') items.push({ label: 'Vilkår', value: round.conditions.map((c, i) => `${i + 1}) ${c.text}`).join(' ') });
  items.push(
    { label: 'Begrunnelse', value: round.justification },
    { label: 'Lagt fram av', value: round.presentedBy },
    { label: 'Restrisiko da', value: describeResidual(round.residualRisk) },
    { label: 'Handlingsplan', value: round.actionPlan || 'Ikke oppgitt' },
    { label: 'Råd fra personvernombudet (art. 35 nr. 2)', value: round.dpoAdvice || 'Ikke oppgitt' },
    { label: 'Fulgte ledelsen rådet?', value: yesNo(round.dpoFollowed, 'Ja', 'Nei') },
  );
  if (round.dpoFollowed === false) items.push({ label: 'Hvorfor rådet ikke ble fulgt', value: round.dpoReason });
  items.push(
    { label: 'Synspunkter fra de registrerte (art. 35 nr. 9)', value: round.dataSubjectViews || 'Ikke innhentet' },
    { label: 'Fortsatt sterkt ønske om å bruke plattformen?', value: yesNo(round.strongWish, 'Ja', 'Nei') },
    { label: 'Registrert', value: `${formatDate(round.recordedAt.slice(0, 10))} kl. ${round.recordedAt.slice(11, 16)} UTC` },
    { label: 'Fingeravtrykk av vurderingen', value: round.fingerprint },
  );
  return items;
}

export function decisionBlocks(decisions: readonly DecisionRound[], status: DecisionStatus): Block[] {
  const blocks: Block[] = [
    { kind: 'paragraph', text: `Status: ${status.label}.`, strong: true },
    { kind: 'paragraph', text: status.meaning },
    { kind: 'paragraph', text: `Neste steg: ${status.nextStep}` },
  ];
  if (status.changedSinceDecision)
    blocks.push({ kind: 'paragraph', strong: true, text: 'Merk: Vurderingen er endret etter siste registrerte beslutning. Ledelsen har ikke behandlet endringene.' });
  if (status.art36) {
    blocks.push({ kind: 'subheading', text: 'Forhåndsdrøftelse med Datatilsynet (art. 36)' });
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
  blocks.push({
    kind: 'table',
    caption: 'Beslutningsrunder',
    headers: ['Runde', 'Møtedato', 'Organ', 'Beslutning', 'Restrisiko da', 'Merknad'],
    rows: decisions.map((r, i) => [
      String(i + 1),
      formatDate(r.date),
      r.body,
      OUTCOME_LABEL[r.outcome],
      r.residualRisk.highest === null ? 'Ikke vurdert' : `Høyeste ${r.residualRisk.highest} (${r.residualRisk.hoy} høy)`,
      [r.corrects ? `Retter runde ${decisions.findIndex((d) => d.id === r.corrects) + 1}` : '', corrected.has(r.id) ? 'Rettet senere' : '']
        .filter(Boolean)
        .join('. ') || '–',
    ]),
  });
  decisions.forEach((r, i) => {
    blocks.push({ kind: 'subheading', text: `Runde ${i + 1}: ${OUTCOME_LABEL[r.outcome]}, ${formatDate(r.date)}${r.corrects ? ' (rettelse)' : ''}${corrected.has(r.id) ? ' (rettet senere)' : ''}` });
    blocks.push({ kind: 'facts', items: roundFacts(r, decisions) });
  });
  return blocks;
}
