/** The columns of the account register's CSV file, and its format (UTF-8 with BOM, semicolons, CRLF). */
import type { Account } from '../model/schema';

export const BOM = '\uFEFF';
export const SEPARATOR = ';';
export const EOL = '\r\n';

/** The account's own fields, and the parts of the two nested records (version 2) that get a column each. */
export type Field =
  | Exclude<keyof Account, 'updatedAt' | 'archived' | 'deletion'>
  | 'archivedDate'
  | 'archivedReference'
  | 'deletionScope'
  | 'deletionDate'
  | 'deletionNote';
/** Columns added in format version 2: a file without them (written before) is still read. */
export const OPTIONAL_FIELDS: readonly Field[] = ['archivedDate', 'archivedReference', 'deletionScope', 'deletionDate', 'deletionNote'];

/** The columns, in file order. Columns with `derived` are written for the reader and ignored on import. */
export const CSV_COLUMNS: readonly { header: string; field?: Field; derived?: 'assessmentTitle' | 'decision' | 'updatedAt' }[] = [
  { header: 'ID', field: 'id' },
  { header: 'Plattform', field: 'platform' },
  { header: 'Navn', field: 'name' },
  { header: 'Adresse', field: 'address' },
  { header: 'Enhet', field: 'unit' },
  { header: 'Eier', field: 'owner' },
  { header: 'Antall administratorer', field: 'adminCount' },
  { header: 'Innlogging', field: 'login' },
  { header: 'Formål', field: 'purpose' },
  { header: 'Dokumentert behov', field: 'documentedNeed' },
  { header: 'Hvor behovet er dokumentert', field: 'needDocumentedWhere' },
  { header: 'Sist ryddet for personopplysninger', field: 'lastCleaned' },
  { header: 'Koblet vurdering (id)', field: 'assessmentId' },
  { header: 'Koblet vurdering', derived: 'assessmentTitle' },
  { header: 'Siste beslutning', derived: 'decision' },
  { header: 'Konklusjon', field: 'verdict' },
  { header: 'Neste gjennomgang', field: 'nextReview' },
  { header: 'Arkivert før sletting (dato)', field: 'archivedDate' },
  { header: 'Arkivert før sletting (journalpost eller referanse)', field: 'archivedReference' },
  { header: 'Slettet', field: 'deletionScope' },
  { header: 'Slettet dato', field: 'deletionDate' },
  { header: 'Merknad om slettingen', field: 'deletionNote' },
  { header: 'Sist endret', derived: 'updatedAt' },
];

/** The text of one field of an account, nested records included. */
