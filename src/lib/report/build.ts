/** Builds the report model of one assessment from every section. Pure. */
import type { Assessment } from '../model/schema';
import type { Checklist } from '../checklists';
import { ALTERNATIVES, THEMES, choiceLabel, themeNotes } from '../ethics';
import { assessmentFingerprint } from '../decisions/fingerprint';
import { decisionStatus } from '../decisions/rules';
import { assessmentFileBase } from '../workspace/export-file';
import { formatDate, type Block, type ReportModel, type ReportSection } from './model';
import { legalBasisBlocks } from './sections/legal-basis';
import { checklistBlocks } from './sections/checklists';
import { methodBlocks, riskBlocks } from './sections/risks';
import { decisionBlocks } from './sections/decisions';
import { consultationBlocks, descriptionBlocks, dpoAdviceBlocks, necessityBlocks, screeningBlocks, signOffBlocks } from './sections/dpia';
import { withParts } from '../dpia/parts';

function ethicsFilled(a: Assessment): boolean {
  return (
    a.ethics.conclusion.trim() !== '' ||
    (a.ethics.choice ?? 'uavklart') !== 'uavklart' ||
    Object.values(a.ethics.themes).some((t) => t.present.trim() || t.absent.trim())
  );
}

/** The ethics reflection (navigation wheel): the notes per dimension for both alternatives, the choice and its reasoning. */
function ethicsBlocks(a: Assessment): Block[] {
  const themes = THEMES.map((t) => ({ t, notes: themeNotes(a.ethics, t.id) })).filter(
    ({ notes }) => notes.present.trim() || notes.absent.trim(),
  );
  const blocks: Block[] = [{ kind: 'facts', items: [{ label: 'Valg', value: choiceLabel(a.ethics.choice) }] }];
  if (themes.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Refleksjon per dimensjon i navigasjonshjulet',
      headers: ['Dimensjon', ALTERNATIVES.present, ALTERNATIVES.absent],
      rows: themes.map(({ t, notes }) => [t.name, notes.present || '–', notes.absent || '–']),
      rowHeaders: true,
    });
  if (a.ethics.conclusion.trim())
    blocks.push({ kind: 'subheading', text: 'Begrunnelse for valget' }, { kind: 'paragraph', text: a.ethics.conclusion });
  return blocks;
}

/**
 * The report in the order of art. 35 nr. 7: screening, the systematic
 * description, necessity and proportionality (with the legal basis),
 * consultation, the DPO's advice, risks and measures, the decision and sign-off
 * (art. 36 status included), and the appendices (checklists, ethics
 * reflection, risk method).
 */
export function buildReport(stored: Assessment, opts: { today: string; checklists: readonly Checklist[] }): ReportModel {
  const a = withParts(stored);
  const fingerprint = assessmentFingerprint(stored);
  const status = decisionStatus(a, fingerprint);
  const version = `Versjon ${formatDate(opts.today)}, fingeravtrykk ${fingerprint}`;
  const sections: ReportSection[] = [
    { id: 'screening', title: 'Trenger vi en DPIA?', blocks: screeningBlocks(a) },
    { id: 'beskrivelse', title: 'Systematisk beskrivelse av behandlingen', blocks: descriptionBlocks(a) },
    {
      id: 'nodvendighet',
      title: 'Nødvendighet og forholdsmessighet',
      blocks: [{ kind: 'subheading', text: 'Behandlingsgrunnlag' }, ...legalBasisBlocks(a.legalBasis), ...necessityBlocks(a)],
    },
    { id: 'medvirkning', title: 'Medvirkning', blocks: consultationBlocks(a) },
    { id: 'personvernombud', title: 'Personvernombudets råd', blocks: dpoAdviceBlocks(a) },
    { id: 'risiko', title: 'Risikoer og tiltak', blocks: riskBlocks(a.risks, a.method, opts.today) },
    {
      id: 'beslutning',
      title: 'Beslutning og godkjenning',
      blocks: [
        ...signOffBlocks(a),
        { kind: 'subheading', text: 'Ledelsens beslutninger' },
        ...decisionBlocks(a.decisions, status, a.priorConsultations),
      ],
    },
    {
      id: 'vedlegg',
      title: 'Vedlegg',
      blocks: [
        { kind: 'subheading', text: 'Vedlegg A: Sjekklister' },
        ...checklistBlocks(opts.checklists, a.checklists),
        { kind: 'subheading', text: 'Vedlegg B: Etisk refleksjon' },
        ...(ethicsFilled(a) ? ethicsBlocks(a) : [{ kind: 'paragraph', text: 'Den etiske refleksjonen er ikke fylt ut.' } as Block]),
        { kind: 'subheading', text: 'Vedlegg C: Risikometoden' },
        ...methodBlocks(a.method),
      ],
    },
  ];
  return {
    title: `Vurdering av personvernkonsekvenser: ${a.title}`,
    meta: { municipality: a.municipality, unit: a.unit, assessmentTitle: a.title, date: opts.today, fingerprint, version },
    cover: [
      { label: 'Kommune', value: a.municipality || 'Ikke oppgitt' },
      { label: 'Plattform', value: a.platform },
      { label: 'Enhet', value: a.unit },
      { label: 'Ansvarlig', value: a.owner || 'Ikke oppgitt' },
      { label: 'Dato for rapporten', value: formatDate(opts.today) },
      { label: 'Sist endret', value: formatDate(a.updatedAt.slice(0, 10)) },
      { label: 'Status', value: status.label },
      { label: 'Forhåndsdrøfting med Datatilsynet (art. 36)', value: status.consultation.label },
      {
        label: 'Behandlet av ledelsen',
        value: status.times === 0 ? 'Ingen ganger' : status.times === 1 ? '1 gang' : `${status.times} ganger`,
      },
      { label: 'Versjon', value: `${formatDate(opts.today)}, fingeravtrykk ${fingerprint}` },
    ],
    status: status.label,
    sections,
    fileBase: assessmentFileBase(opts.today, a),
    fileName: `${assessmentFileBase(opts.today, a)}.docx`,
  };
}
