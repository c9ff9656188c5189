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
import { riskBlocks } from './sections/risks';
import { decisionBlocks } from './sections/decisions';

const DESCRIPTION_PARTS = [
  ['purpose', 'Formål'],
  ['nature', 'Art: hvordan personopplysninger behandles'],
  ['scope', 'Omfang'],
  ['context', 'Sammenheng'],
] as const;

function descriptionBlocks(a: Assessment): Block[] {
  const filled = DESCRIPTION_PARTS.filter(([key]) => a.description[key].trim());
  if (filled.length === 0) return [{ kind: 'paragraph', text: 'Den systematiske beskrivelsen er ikke fylt ut ennå.' }];
  return DESCRIPTION_PARTS.flatMap(([key, label]): Block[] => [
    { kind: 'subheading', text: label },
    { kind: 'paragraph', text: a.description[key].trim() || 'Ikke fylt ut.' },
  ]);
}

function ethicsFilled(a: Assessment): boolean {
  return (
    a.ethics.conclusion.trim() !== '' ||
    (a.ethics.choice ?? 'uavklart') !== 'uavklart' ||
    Object.values(a.ethics.themes).some((t) => t.present.trim() || t.absent.trim())
  );
}

/** The ethics reflection (navigation wheel): the notes per dimension for both alternatives, the choice and its reasoning. */
function ethicsBlocks(a: Assessment): Block[] {
  const themes = THEMES.map((t) => ({ t, notes: themeNotes(a.ethics, t.id) })).filter(({ notes }) => notes.present.trim() || notes.absent.trim());
  const blocks: Block[] = [{ kind: 'facts', items: [{ label: 'Valg', value: choiceLabel(a.ethics.choice) }] }];
  if (themes.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Refleksjon per dimensjon i navigasjonshjulet',
      headers: ['Dimensjon', ALTERNATIVES.present, ALTERNATIVES.absent],
      rows: themes.map(({ t, notes }) => [t.name, notes.present || '–', notes.absent || '–']),
      rowHeaders: true,
    });
  if (a.ethics.conclusion.trim()) blocks.push({ kind: 'subheading', text: 'Begrunnelse for valget' }, { kind: 'paragraph', text: a.ethics.conclusion });
  return blocks;
}

export function buildReport(a: Assessment, opts: { today: string; checklists: readonly Checklist[] }): ReportModel {
  const fingerprint = assessmentFingerprint(a);
  const status = decisionStatus(a, fingerprint);
  const version = `Versjon ${formatDate(opts.today)}, fingeravtrykk ${fingerprint}`;
  const sections: ReportSection[] = [
    { id: 'beskrivelse', title: 'Systematisk beskrivelse av behandlingen', blocks: descriptionBlocks(a) },
    { id: 'behandlingsgrunnlag', title: 'Behandlingsgrunnlag', blocks: legalBasisBlocks(a.legalBasis) },
    { id: 'risiko', title: 'Risikovurdering', blocks: riskBlocks(a.risks) },
    { id: 'sjekklister', title: 'Sjekklister', blocks: checklistBlocks(opts.checklists, a.checklists) },
  ];
  if (ethicsFilled(a)) sections.push({ id: 'etikk', title: 'Etisk refleksjon', blocks: ethicsBlocks(a) });
  sections.push({ id: 'beslutninger', title: 'Ledelsens beslutninger', blocks: decisionBlocks(a.decisions, status) });
  return {
    title: `Vurdering av personvernkonsekvenser: ${a.title}`,
    meta: { municipality: '', unit: a.unit, assessmentTitle: a.title, date: opts.today, fingerprint, version },
    cover: [
      { label: 'Plattform', value: a.platform },
      { label: 'Enhet', value: a.unit },
      { label: 'Ansvarlig', value: a.owner || 'Ikke oppgitt' },
      { label: 'Dato for rapporten', value: formatDate(opts.today) },
      { label: 'Sist endret', value: formatDate(a.updatedAt.slice(0, 10)) },
      { label: 'Status', value: status.label },
      { label: 'Behandlet av ledelsen', value: status.times === 0 ? 'Ingen ganger' : status.times === 1 ? '1 gang' : `${status.times} ganger` },
      { label: 'Versjon', value: `${formatDate(opts.today)}, fingeravtrykk ${fingerprint}` },
    ],
    status: status.label,
    sections,
    fileBase: assessmentFileBase(opts.today, a),
    fileName: `${assessmentFileBase(opts.today, a)}.docx`,
  };
}
