/**
 * Fingerprints per section of an assessment, so that a decision round can show
 * which sections changed since the previous round (not just «endret»). Reuses
 * the fingerprint of ../decisions/fingerprint.ts on each section. Pure.
 */
import { canonicalHash, withoutMethodDefaults } from '../decisions/fingerprint';

interface SectionDef {
  key: string;
  label: string;
  /** The fields of the assessment that make up the section. */
  fields: readonly string[];
}

const SECTIONS: readonly SectionDef[] = [
  { key: 'grunnopplysninger', label: 'Tittel, plattform, enhet og ansvarlig', fields: ['title', 'platform', 'unit', 'owner'] },
  { key: 'screening', label: 'Trenger vi en DPIA?', fields: ['screening'] },
  { key: 'beskrivelse', label: 'Beskrivelse av behandlingen', fields: ['description'] },
  { key: 'behandlingsgrunnlag', label: 'Behandlingsgrunnlag', fields: ['legalBasis'] },
  { key: 'nodvendighet', label: 'Nødvendighet og forholdsmessighet', fields: ['necessity'] },
  { key: 'risiko', label: 'Risikovurdering og tiltak', fields: ['risks', 'method'] },
  { key: 'sjekklister', label: 'Sjekklister', fields: ['checklists'] },
  { key: 'etikk', label: 'Etisk refleksjon', fields: ['ethics'] },
  { key: 'medvirkning', label: 'Medvirkning og råd', fields: ['consultation'] },
];

/** The fingerprint of each section, keyed by section key. */
export function sectionFingerprints(a: object): Record<string, string> {
  const record = a as Record<string, unknown>;
  return Object.fromEntries(
    // The method and the version 5 risk fields count as absent while they are as the upgrade left them.
    SECTIONS.map((s) => [
      s.key,
      `fnv1a64:${canonicalHash(withoutMethodDefaults(Object.fromEntries(s.fields.filter((f) => f in record).map((f) => [f, record[f]]))))}`,
    ]),
  );
}

interface SectionChange {
  key: string;
  label: string;
}

export type SectionDiff = { known: true; changed: SectionChange[]; unchanged: SectionChange[] } | { known: false };

/**
 * Which sections differ between two sets of section fingerprints. Unknown when
 * either side has none (rounds recorded before format version 3 have none).
 */
export function diffSections(before: Record<string, string> | undefined, after: Record<string, string> | undefined): SectionDiff {
  if (!before || !after) return { known: false };
  const changed: SectionChange[] = [];
  const unchanged: SectionChange[] = [];
  for (const s of SECTIONS) {
    (before[s.key] === after[s.key] ? unchanged : changed).push({ key: s.key, label: s.label });
  }
  return { known: true, changed, unchanged };
}

export interface RoundChanges {
  /** The round's position in the log, from 1. */
  number: number;
  id: string;
  date: string;
  /** Changes since the previous round (unknown for the first round, and for rounds recorded without section fingerprints). */
  sincePrevious: SectionDiff | null;
}

/** For each round in the order recorded: which sections changed since the round before it. */
export function roundChanges(
  rounds: readonly { id: string; date: string; recordedAt: string; sections?: Record<string, string> | undefined }[],
): RoundChanges[] {
  const ordered = [...rounds].sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0));
  return ordered.map((r, i) => ({
    number: i + 1,
    id: r.id,
    date: r.date,
    sincePrevious: i === 0 ? null : diffSections(ordered[i - 1].sections, r.sections),
  }));
}
