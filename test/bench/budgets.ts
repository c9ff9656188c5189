/**
 * The performance and quality budgets of `npm run bench`, as pure functions over
 * measured figures (no browser, no file system), so the rules are unit-tested on
 * their own (test/unit/bench-budgets.test.ts). test/bench/bench.mjs measures and
 * then calls checkBudgets().
 *
 * Plain TypeScript that Node can run by stripping types (no enums, no namespaces).
 */

export const KIB = 1024;

export const BUDGETS = {
  /** A content page loads no more JavaScript (gzip) than the bare Starlight page. */
  contentJsRatio: 1.0,
  /** A tool page loads at most this much more JavaScript (gzip) than the bare Starlight page. */
  toolJsExtraBytes: 25 * KIB,
  /** Lighthouse category scores (0–1) on a content page and each tool page. */
  lighthouse: { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 },
  /** The risk tool's own benchmark: one score change with 200 risks. */
  riskScoreChangeMs: 50,
  /** The workspace tool's own benchmark: importing a 5 MB workspace. */
  import5mbMs: 1000,
} as const;

export type LighthouseCategory = keyof typeof BUDGETS.lighthouse;
export const LIGHTHOUSE_CATEGORIES = Object.keys(BUDGETS.lighthouse) as LighthouseCategory[];

/** Lighthouse scores, or why they could not be measured. */
export type LighthouseResult = { scores: Record<LighthouseCategory, number | null> } | { error: string };

export type PageKind = 'innhold' | 'verktøy' | 'register' | 'søk åpent';

export interface PageMeasure {
  kind: PageKind;
  /** Path relative to the site's base, e.g. "verktoy/risikovurdering/". */
  path: string;
  /** JavaScript loaded, gzip bytes. */
  jsGzip: number;
  /** CSS loaded, gzip bytes. */
  cssGzip: number;
  /** Everything else loaded (HTML, images, search index, WebAssembly), gzip bytes. */
  otherGzip: number;
  requests: number;
  /** Size of the page's HTML, bytes (uncompressed). */
  htmlBytes: number;
  /** Whether any JavaScript loaded contains the Word export library (docx). */
  docxLoaded: boolean;
  lighthouse?: LighthouseResult;
}

/** An interaction figure read from a tool's own benchmark file, or null when it does not exist. */
export interface InteractionFigure {
  file: string;
  ms: number;
  /** Which figure in the file the milliseconds are. */
  basis: string;
}

export interface BenchFigures {
  bare: { content: PageMeasure };
  site: PageMeasure[];
  interactions: { risk200: InteractionFigure | null; import5mb: InteractionFigure | null };
}

export type BudgetStatus = 'ok' | 'brutt' | 'ikke målt';

export interface BudgetCheck {
  budget: string;
  status: BudgetStatus;
  actual: string;
  limit: string;
}

const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;

const num = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * bench-results/risk-200.json (written by the risk tool's browser test): 20 score changes
 * with 200 risks; the median change is compared with the budget (the maximum is reported).
 */
export function riskFigure(json: unknown, file: string): InteractionFigure | null {
  const r = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (num(r.medianMs)) {
    const count = num(r.changes) ? `${r.changes} endringer` : 'endringene';
    return { file, ms: r.medianMs, basis: `median av ${count}${num(r.maxMs) ? `, maks ${r.maxMs} ms` : ''}` };
  }
  const ms = interactionMs(json);
  return ms === null ? null : { file, ms, basis: 'oppgitt tid' };
}

/**
 * bench-results/import-5mb.json (written by the workspace tool's browser test): the time
 * inside the page to read and preview the file plus to apply the import.
 */
export function importFigure(json: unknown, file: string): InteractionFigure | null {
  const r = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const inPage = (typeof r.inPage === 'object' && r.inPage !== null ? r.inPage : {}) as Record<string, unknown>;
  if (num(inPage.readAndPreviewMs) && num(inPage.applyMs)) {
    return { file, ms: inPage.readAndPreviewMs + inPage.applyMs, basis: `lese og forhåndsvise ${inPage.readAndPreviewMs} ms + importere ${inPage.applyMs} ms, i siden` };
  }
  const ms = interactionMs(json);
  return ms === null ? null : { file, ms, basis: 'oppgitt tid' };
}

/** Reads a number of milliseconds from a benchmark JSON of another shape (the first of the known field names). */
export function interactionMs(json: unknown): number | null {
  if (typeof json !== 'object' || json === null) return null;
  const record = json as Record<string, unknown>;
  for (const key of ['msPerChange', 'medianMs', 'ms', 'durationMs', 'maxMs']) {
    const value = record[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  }
  return null;
}

function lighthouseChecks(page: PageMeasure, label: string): BudgetCheck[] {
  const lh = page.lighthouse;
  if (!lh || 'error' in lh) {
    return [{
      budget: `Lighthouse, ${label}`,
      status: 'ikke målt',
      actual: lh && 'error' in lh ? lh.error : 'ikke kjørt',
      limit: 'ytelse ≥ 0,95; tilgjengelighet, beste praksis, SEO = 1,00',
    }];
  }
  return LIGHTHOUSE_CATEGORIES.map((category) => {
    const score = lh.scores[category];
    const limit = BUDGETS.lighthouse[category];
    return {
      budget: `Lighthouse ${category}, ${label}`,
      status: score === null ? 'ikke målt' : score >= limit ? 'ok' : 'brutt',
      actual: score === null ? 'ingen poengsum' : score.toFixed(2),
      limit: `${limit === 1 ? '=' : '≥'} ${limit.toFixed(2)}`,
    } satisfies BudgetCheck;
  });
}

/** Checks every budget. A page kind that is absent gives no check; a figure that is absent is "ikke målt". */
export function checkBudgets(figures: BenchFigures): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const bareJs = figures.bare.content.jsGzip;

  // The register of legal sources is a content page too: it must ship no JavaScript of ours.
  for (const page of figures.site.filter((p) => p.kind === 'innhold' || p.kind === 'register')) {
    const ratio = bareJs === 0 ? (page.jsGzip === 0 ? 0 : Infinity) : page.jsGzip / bareJs;
    checks.push({
      budget: `JS på innholdsside /${page.path} mot bar Starlight`,
      status: ratio <= BUDGETS.contentJsRatio ? 'ok' : 'brutt',
      actual: `${kib(page.jsGzip)} (forhold ${Number.isFinite(ratio) ? ratio.toFixed(2) : '∞'})`,
      limit: `≤ ${kib(bareJs)} (forhold ≤ ${BUDGETS.contentJsRatio.toFixed(2)})`,
    });
  }
  for (const page of figures.site.filter((p) => p.kind === 'verktøy')) {
    const extra = page.jsGzip - bareJs;
    checks.push({
      budget: `JS på verktøyside /${page.path}`,
      status: extra <= BUDGETS.toolJsExtraBytes ? 'ok' : 'brutt',
      actual: `${kib(page.jsGzip)} (+${kib(Math.max(0, extra))})`,
      limit: `≤ ${kib(bareJs + BUDGETS.toolJsExtraBytes)} (bar + ${kib(BUDGETS.toolJsExtraBytes)})`,
    });
  }
  for (const page of figures.site.filter((p) => p.kind !== 'søk åpent')) {
    checks.push({
      budget: `Word-eksport (docx) ikke lastet ved sidelasting, /${page.path}`,
      status: page.docxLoaded ? 'brutt' : 'ok',
      actual: page.docxLoaded ? 'lastet' : 'ikke lastet',
      limit: 'ikke lastet',
    });
  }
  for (const page of figures.site.filter((p) => p.kind !== 'søk åpent' && p.lighthouse !== undefined)) {
    checks.push(...lighthouseChecks(page, `/${page.path}`));
  }

  const interaction = (budget: string, figure: InteractionFigure | null, limitMs: number): BudgetCheck => ({
    budget,
    status: figure === null ? 'ikke målt' : figure.ms < limitMs ? 'ok' : 'brutt',
    actual: figure === null ? 'ikke målt' : `${figure.ms.toFixed(1)} ms (${figure.basis})`,
    limit: `< ${limitMs} ms`,
  });
  checks.push(interaction('Risikomatrise med 200 risikoer: per endring av poengsum', figures.interactions.risk200, BUDGETS.riskScoreChangeMs));
  checks.push(interaction('Import av et arbeidsområde på 5 MB', figures.interactions.import5mb, BUDGETS.import5mbMs));
  return checks;
}

/** The bench fails when any budget is broken. "Ikke målt" is reported, not counted as broken. */
export function budgetsPass(checks: BudgetCheck[]): boolean {
  return checks.every((c) => c.status !== 'brutt');
}

/** The register of GDPR articles, laws and judgments (oppslag/rettskilder). */
export const REGISTER_PAGE = 'oppslag/rettskilder/';

/** Classifies a built page: tool pages are pages under verktoy/ with an island; the legal-sources register is "register". */
export function pageKind(path: string, html: string): PageKind | null {
  if (path === '404/' || path === '404.html') return null;
  if (path.startsWith('verktoy/') && html.includes('<astro-island')) return 'verktøy';
  if (path === REGISTER_PAGE) return 'register';
  return 'innhold';
}
