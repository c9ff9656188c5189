/**
 * The facts of one recorded round, in the order of the form: shown in the
 * decision log (DecisionRecorder) and in the report. Pure TypeScript.
 */
import type { DecisionRound } from '../model/schema';
import { OUTCOME_LABEL } from '../model/labels';
import { describeResidual } from './residual';
import { formatDate } from '../report/model';

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
  if (round.openConditionsStatement)
    items.push({ label: 'Vilkår fra forrige betingede godkjenning', value: round.openConditionsStatement });
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
    { label: "Fortsatt sterkt ønske om å bruke plattformen? (KS' prosessråd)", value: yesNo(round.strongWish, 'Ja', 'Nei') },
    { label: 'Registrert', value: `${formatDate(round.recordedAt.slice(0, 10))} kl. ${round.recordedAt.slice(11, 16)} UTC` },
    { label: 'Fingeravtrykk av vurderingen', value: round.fingerprint },
  );
  return items;
}

/** The numbers of the rounds that correct `round` (empty when none does). */
export function correctedBy(round: DecisionRound, all: readonly DecisionRound[]): number[] {
  return all.flatMap((r, i) => (r.corrects === round.id ? [i + 1] : []));
}
