/** The shape of an entry in the legal-source register (built by register.ts). */
import type { RefKind } from './recognise';
import type { Status } from './register';

export interface SourceLink {
  /** "Lovdata", "EUR-Lex", "CURIA", "Datatilsynet", … */
  label: string;
  href: string;
}

export interface RegisterEntry {
  /** "gdpr/artikkel-35", "lover/arkivlova", "dommer/c-311-18". */
  id: string;
  kind: RefKind;
  /** Root-relative page path with trailing slash: "/gdpr/artikkel-35/". */
  path: string;
  /** Short name: "Art. 35", "Arkivlova", "C-311/18". */
  short: string;
  /** Norwegian title: "Vurdering av personvernkonsekvenser", "Lov om dokumentasjon og arkiv", … */
  title: string;
  /** The page heading: "Art. 35 Vurdering av personvernkonsekvenser", "Arkivlova", "C-311/18 Schrems II". */
  heading: string;
  /** Text for a link's `title` attribute (hover and focus). */
  tooltip: string;
  /** «Kort fortalt»: one to three sentences in our own words. */
  brief: string;
  /** The fuller summary, paragraphs separated by a blank line (required for laws, cases and articles relevant for a municipality). */
  summary?: string;
  /** «Hva det betyr for kommunen». */
  forMunicipality?: string;
  /** Words people search with. */
  aliases: string[];
  status: Status;
  /** «Sist kontrollert», YYYY-MM-DD. */
  checked: string;
  /** Official sources, plain links. */
  sources: SourceLink[];
  /** Articles the issue lists for fuller treatment; laws and cases are always relevant. */
  relevant: boolean;
  /** Related articles and recitals (fortalepunkter), by number. */
  related: number[];
  recitals: number[];
  /** GDPR article number, chapter (roman numeral) and section ("III.1"). */
  article?: number;
  chapter?: string;
  section?: string;
  /** Case or decision: name ("Schrems II"), date (YYYY-MM-DD), body ("EU-domstolen"), and a note such as a pending appeal. */
  caseName?: string;
  date?: string;
  court?: string;
  note?: string;
  /** The file the entry comes from (for error messages). */
  file: string;

  /** Sort key within its kind. */
  order: number;
}

export interface RawRegister {
  /** GDPR articles from one or more files, keyed by file name ("gdpr", "gdpr-44-99"). */
  gdpr: Record<string, unknown>;
  lover: unknown;
  dommer: unknown;
}

/** The articles that get a fuller summary and «Hva det betyr for kommunen» (issue 16). */
