/**
 * Report sections for the DPIA parts of format version 3 (issue 18), in the
 * order of art. 35 nr. 7: screening, the systematic description, necessity and
 * proportionality, consultation and the DPO's advice, and the sign-off with the
 * art. 36 status. A part that is not filled in says so in words. Pure.
 */
import type { DpiaAssessment } from '../../dpia/path';
import { ANSWER_LABELS, CRITERIA, RESULT_LABELS, screeningOutcome } from '../../dpia/screening';
import { FEATURES, TWO_FACTOR_LABELS, dataFlow, kindLabel, roleLabel } from '../../dpia/description';
import { ALTERNATIVES, FIELDS, linkedAnswers } from '../../dpia/necessity';
import { PARTIES, missingParties, partyLabel } from '../../dpia/consultation';
import { formatDate, type Block } from '../model';

const NOT_FILLED = 'Ikke fylt ut.';
const filled = (s: string | undefined) => !!s && s.trim() !== '';
const orMissing = (s: string) => (filled(s) ? s.trim() : NOT_FILLED);
const yesNo = (v: boolean | null, unknown = 'Ikke besvart') => (v === null ? unknown : v ? 'Ja' : 'Nei');

/* ---------- 1. Screening ---------- */
export function screeningBlocks(a: DpiaAssessment): Block[] {
  const s = a.screening;
  const answered = Object.values(s.criteria).some((c) => c.answer !== null || filled(c.note)) || s.datatilsynetList.answer !== null;
  if (s.result === null && !filled(s.reasoning) && !answered)
    return [
      {
        kind: 'paragraph',
        strong: true,
        text: 'Mangler: Vurderingen av om det trengs en DPIA er ikke fylt ut. Bruk verktøyet «Trenger vi en DPIA?».',
      },
    ];
  const outcome = screeningOutcome(s);
  const blocks: Block[] = [
    {
      kind: 'facts',
      items: [
        { label: 'Resultat', value: s.result ? RESULT_LABELS[s.result] : 'Mangler: resultatet er ikke registrert' },
        { label: 'Begrunnelse', value: orMissing(s.reasoning) },
        {
          label: 'På Datatilsynets liste over behandlinger som alltid krever DPIA',
          value: s.datatilsynetList.answer ? ANSWER_LABELS[s.datatilsynetList.answer] : 'Ikke besvart',
        },
      ],
    },
    { kind: 'paragraph', text: outcome.text },
    {
      kind: 'table',
      caption: 'Kriteriene i retningslinjene for DPIA (WP248)',
      headers: ['Kriterium', 'Svar', 'Merknad'],
      rows: CRITERIA.map((c) => {
        const answer = s.criteria[c.id];
        return [c.name, answer?.answer ? ANSWER_LABELS[answer.answer] : 'Ikke besvart', answer?.note.trim() || '–'];
      }),
      rowHeaders: true,
    },
  ];
  if (filled(s.datatilsynetList.note))
    blocks.push({ kind: 'paragraph', text: `Om Datatilsynets liste: ${s.datatilsynetList.note.trim()}` });
  if (outcome.problems.length > 0)
    blocks.push({ kind: 'subheading', text: 'Merknader til resultatet' }, { kind: 'list', items: outcome.problems });
  return blocks;
}

/* ---------- 2. Description ---------- */
const DESCRIPTION_PARTS = [
  ['purpose', 'Formål'],
  ['nature', 'Art: hvordan personopplysninger behandles'],
  ['scope', 'Omfang'],
  ['context', 'Sammenheng'],
] as const;

export function descriptionBlocks(a: DpiaAssessment): Block[] {
  const d = a.description;
  const anything =
    DESCRIPTION_PARTS.some(([key]) => filled(d[key])) ||
    filled(d.retention) ||
    d.dataCategories.length + d.dataSubjects.length + d.recipients.length + d.assets.length > 0 ||
    Object.values(d.features).some((f) => f.inUse !== null || filled(f.note));
  if (!anything)
    return [
      {
        kind: 'paragraph',
        strong: true,
        text: 'Mangler: Den systematiske beskrivelsen er ikke fylt ut. Bruk verktøyet «Beskrivelse av behandlingen».',
      },
    ];
  const blocks: Block[] = DESCRIPTION_PARTS.flatMap(([key, label]): Block[] => [
    { kind: 'subheading', text: label },
    { kind: 'paragraph', text: orMissing(d[key]) },
  ]);
  blocks.push({ kind: 'subheading', text: 'Personopplysninger og registrerte' });
  if (d.dataCategories.length === 0)
    blocks.push({ kind: 'paragraph', text: 'Mangler: Ingen kategorier av personopplysninger er ført opp.' });
  else
    blocks.push({
      kind: 'table',
      caption: 'Kategorier av personopplysninger',
      headers: ['Kategori', 'Særlig kategori (art. 9)', 'Merknad'],
      rows: d.dataCategories.map((c) => [c.name || '–', c.special ? 'Ja' : 'Nei', c.note.trim() || '–']),
    });
  if (d.dataSubjects.length === 0) blocks.push({ kind: 'paragraph', text: 'Mangler: Ingen grupper av registrerte er ført opp.' });
  else
    blocks.push({
      kind: 'table',
      caption: 'Registrerte',
      headers: ['Gruppe', 'Barn eller sårbare', 'Merknad'],
      rows: d.dataSubjects.map((s) => [s.name || '–', s.vulnerable ? 'Ja' : 'Nei', s.note.trim() || '–']),
    });
  blocks.push({ kind: 'subheading', text: 'Mottakere, funksjoner og eiendeler' });
  blocks.push(
    d.recipients.length === 0
      ? { kind: 'paragraph', text: 'Ingen mottakere eller databehandlere er ført opp utover plattformen.' }
      : {
          kind: 'table',
          caption: 'Mottakere og databehandlere',
          headers: ['Mottaker', 'Rolle', 'Merknad'],
          rows: d.recipients.map((r) => [r.name || '–', roleLabel(r.role), r.note.trim() || '–']),
        },
  );
  blocks.push({
    kind: 'table',
    caption: 'Funksjoner på plattformen',
    headers: ['Funksjon', 'I bruk', 'Merknad'],
    rows: FEATURES.map((f) => [f.name, yesNo(d.features[f.id]?.inUse ?? null), d.features[f.id]?.note.trim() || '–']),
    rowHeaders: true,
  });
  blocks.push(
    d.assets.length === 0
      ? { kind: 'paragraph', text: 'Mangler: Ingen kontoer, administratorer eller enheter er ført opp.' }
      : {
          kind: 'table',
          caption: 'Eiendeler: kontoer, administratorer og enheter',
          headers: ['Eiendel', 'Type', 'Tofaktorautentisering', 'Merknad'],
          rows: d.assets.map((x) => [x.name || '–', kindLabel(x.kind), TWO_FACTOR_LABELS[x.twoFactor], x.note.trim() || '–']),
        },
  );
  blocks.push({ kind: 'subheading', text: 'Lagring og sletting' }, { kind: 'paragraph', text: orMissing(d.retention) });
  const flow = dataFlow({ platform: a.platform, ...d });
  blocks.push(
    { kind: 'subheading', text: 'Dataflyt: hva samles inn, hvor går det, hvem ser det' },
    {
      kind: 'facts',
      items: [
        { label: 'Hva samles inn', value: flow.collected.length ? flow.collected.join('; ') : 'Ikke ført opp' },
        { label: 'Hvor går det', value: flow.goesTo.join('; ') },
        { label: 'Hvem ser det', value: flow.seenBy.join('; ') },
      ],
    },
  );
  if (flow.attention.length > 0) blocks.push({ kind: 'list', items: flow.attention });
  return blocks;
}

/* ---------- 3. Necessity and proportionality ---------- */
export function necessityBlocks(a: DpiaAssessment): Block[] {
  const n = a.necessity;
  const blocks: Block[] = [];
  const any = FIELDS.some((f) => filled(n[f.key])) || Object.values(n.alternatives).some((x) => x.chosen !== null || filled(x.reason));
  if (!any)
    return [
      { kind: 'subheading', text: 'Nødvendighet og forholdsmessighet' },
      {
        kind: 'paragraph',
        strong: true,
        text: 'Mangler: Vurderingen av nødvendighet og forholdsmessighet er ikke fylt ut. Bruk verktøyet «Nødvendighet og forholdsmessighet».',
      },
    ];
  for (const field of FIELDS) {
    blocks.push({ kind: 'subheading', text: field.label }, { kind: 'paragraph', text: orMissing(n[field.key]) });
    const linked = linkedAnswers(a.legalBasis, field);
    if (linked.length > 0)
      blocks.push({
        kind: 'list',
        items: linked.map(
          (l) => `Fra veiviseren for behandlingsgrunnlag: ${l.question} ${l.answer}${l.justification ? ` (${l.justification})` : ''}`,
        ),
      });
  }
  blocks.push({
    kind: 'table',
    caption: 'Alternativer som er vurdert',
    headers: ['Alternativ', 'Valgt', 'Hvorfor'],
    rows: ALTERNATIVES.map((alt) => {
      const x = n.alternatives[alt.id];
      return [alt.name, x?.chosen === true ? 'Ja' : x?.chosen === false ? 'Nei' : 'Ikke vurdert', x?.reason.trim() || '–'];
    }),
    rowHeaders: true,
  });
  return blocks;
}

/* ---------- 4. Consultation and the DPO's advice ---------- */
export function consultationBlocks(a: DpiaAssessment): Block[] {
  const c = a.consultation;
  const blocks: Block[] = [];
  if (c.entries.length === 0)
    blocks.push({
      kind: 'paragraph',
      strong: true,
      text: 'Mangler: Ingen medvirkning er registrert. Bruk verktøyet «Medvirkning og råd».',
    });
  else
    blocks.push({
      kind: 'table',
      caption: 'Hvem som er rådført',
      headers: ['Part', 'Hvem', 'Dato', 'Sammendrag', 'Oppfølging'],
      rows: c.entries.map((e) => [
        partyLabel(e.party),
        e.who.trim() || '–',
        e.date ? formatDate(e.date) : '–',
        e.summary.trim() || 'Ikke fylt ut',
        e.followUp.trim() || '–',
      ]),
    });
  const missing = missingParties(c);
  if (missing.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: `Ikke registrert: ${missing.map((p) => PARTIES.find((x) => x.value === p)?.label.toLowerCase() ?? p).join(' og ')} (art. 35 nr. 2 og nr. 9).`,
    });
  return blocks;
}

export function dpoAdviceBlocks(a: DpiaAssessment): Block[] {
  const c = a.consultation;
  if (!filled(c.dpoAdvice))
    return [{ kind: 'paragraph', strong: true, text: 'Mangler: Personvernombudets råd er ikke skrevet inn (art. 35 nr. 2).' }];
  return [
    { kind: 'facts', items: [{ label: 'Dato for rådet', value: c.dpoAdviceDate ? formatDate(c.dpoAdviceDate) : 'Ikke oppgitt' }] },
    { kind: 'paragraph', text: c.dpoAdvice.trim() },
  ];
}

/* ---------- 6. Sign-off and review (the art. 36 status is in the decision blocks) ---------- */

export function signOffBlocks(a: DpiaAssessment): Block[] {
  const s = a.signOff;
  const blocks: Block[] = [];
  const any = Object.values(s).some((v) => (typeof v === 'string' ? filled(v) : v !== null));
  blocks.push({ kind: 'subheading', text: 'Godkjenning' });
  if (!any)
    blocks.push({
      kind: 'paragraph',
      strong: true,
      text: 'Mangler: Godkjenningen er ikke fylt ut. Fyll den ut på siden for ledelsens beslutning.',
    });
  else
    blocks.push({
      kind: 'facts',
      items: [
        { label: 'Organ', value: orMissing(s.body) },
        { label: 'Godkjent av', value: [s.approverName.trim(), s.approverRole.trim()].filter(Boolean).join(', ') || NOT_FILLED },
        { label: 'Dato', value: s.date ? formatDate(s.date) : NOT_FILLED },
        { label: 'Personvernombudets råd fulgt', value: yesNo(s.dpoAdviceFollowed) },
        ...(s.dpoAdviceFollowed === false ? [{ label: 'Hvorfor rådet ikke ble fulgt', value: orMissing(s.dpoAdviceReason) }] : []),
        { label: 'Tiltakene godkjent av', value: orMissing(s.measuresApprovedBy) },
        { label: 'Restrisikoen godtatt av', value: orMissing(s.residualRiskAcceptedBy) },
      ],
    });
  blocks.push({ kind: 'subheading', text: 'Gjennomgang' });
  blocks.push({
    kind: 'facts',
    items: [
      { label: 'Ansvarlig for gjennomgangen', value: orMissing(s.reviewOwner) },
      { label: 'Neste gjennomgang', value: s.nextReview ? formatDate(s.nextReview) : NOT_FILLED },
      { label: 'Gjennomgås tidligere når', value: orMissing(s.reviewTriggers) },
    ],
  });
  return blocks;
}
