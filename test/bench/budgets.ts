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
  toolJsExtraBytes: 20 * KIB,
  /** A content page loads at most this much more CSS (gzip) than the bare Starlight page … */
  contentCssExtraBytes: 1 * KIB,
  /** … and makes at most this many more requests. */
  contentRequestsExtra: 2,
  /** A tool page loads at most this much more CSS (gzip) than the bare Starlight page. */
  toolCssExtraBytes: 3 * KIB,
  /**
   * Lighthouse, median of the runs per page. Performance is judged against bare Starlight
   * measured in the same run (a busy neighbour slows both); the other categories are absolute.
   */
  lighthouse: { performanceRatio: 0.97, accessibility: 1, 'best-practices': 1, seo: 1 },
  /** Interactions, measured by the bench in Chromium: the median must be under the budget (the max is reported). */
  riskScoreChangeMs: 50,
  keystrokeMs: 16,
  import5mbMs: 1000,
  fingerprintMs: 10,
  /** Build time per page at most this many times bare Starlight's (same run). */
  buildMsPerPageRatio: 1.5,
} as const;

/** The absolute Lighthouse category limits (performance is relative, see BUDGETS.lighthouse). */
const ABSOLUTE_LIGHTHOUSE = { accessibility: 1, 'best-practices': 1, seo: 1 } as const;

export type LighthouseCategory = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export const LIGHTHOUSE_CATEGORIES: LighthouseCategory[] = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Lighthouse scores, or why they could not be measured. */
type LighthouseResult = { scores: Record<LighthouseCategory, number | null> } | { error: string };

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

/** An interaction figure: the median (judged) and the max of its runs, or null when not measured. */
export interface InteractionFigure {
  /** Where it was measured (the bench in Chromium, or a file). */
  file: string;
  /** The median, in milliseconds. */
  ms: number;
  maxMs?: number;
  runs?: number;
  /** How the figure was measured. */
  basis: string;
}

interface Interactions {
  risk200: InteractionFigure | null;
  keystroke?: InteractionFigure | null;
  import5mb: InteractionFigure | null;
  fingerprint?: InteractionFigure | null;
}

export interface BenchFigures {
  bare: { content: PageMeasure };
  site: PageMeasure[];
  interactions: Interactions;
  /** Build time per page, milliseconds, of the site and of bare Starlight in the same run. */
  build?: { siteMsPerPage: number; bareMsPerPage: number };
}

/** The median and the max of a list of timings (ms, rounded to 0.1). */
export function summarize(timings: number[], file: string, basis: string): InteractionFigure | null {
  const valid = timings.filter((t) => Number.isFinite(t) && t >= 0);
  if (valid.length === 0) return null;
  const sorted = [...valid].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { file, ms: round(median), maxMs: round(sorted.at(-1)!), runs: sorted.length, basis };
}

/** The median of numbers (the middle one, or the mean of the two middle ones). */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

type BudgetStatus = 'ok' | 'brutt' | 'ikke målt';

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
    return {
      file,
      ms: inPage.readAndPreviewMs + inPage.applyMs,
      basis: `lese og forhåndsvise ${inPage.readAndPreviewMs} ms + importere ${inPage.applyMs} ms, i siden`,
    };
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

function lighthouseChecks(page: PageMeasure, label: string, bare: PageMeasure): BudgetCheck[] {
  const lh = page.lighthouse;
  if (!lh || 'error' in lh) {
    return [
      {
        budget: `Lighthouse, ${label}`,
        status: 'ikke målt',
        actual: lh && 'error' in lh ? lh.error : 'ikke kjørt',
        limit: `ytelse ≥ ${BUDGETS.lighthouse.performanceRatio.toFixed(2)} × bar Starlight; tilgjengelighet, beste praksis, SEO = 1,00`,
      },
    ];
  }
  const bareLh = bare.lighthouse && !('error' in bare.lighthouse) ? bare.lighthouse : null;
  const barePerf = bareLh?.scores.performance ?? null;
  const perf = lh.scores.performance;
  const checks: BudgetCheck[] = [];
  if (perf === null || barePerf === null) {
    checks.push({
      budget: `Lighthouse performance, ${label}`,
      status: 'ikke målt',
      actual: perf === null ? 'ingen poengsum' : `${perf.toFixed(2)} (bar Starlight ikke målt)`,
      limit: `≥ ${BUDGETS.lighthouse.performanceRatio.toFixed(2)} × bar Starlight`,
    });
  } else {
    const limit = BUDGETS.lighthouse.performanceRatio * barePerf;
    checks.push({
      budget: `Lighthouse performance, ${label}`,
      // A small tolerance for floating point: 0.97 × 1.00 is 0.97.
      status: perf >= limit - 1e-9 ? 'ok' : 'brutt',
      actual: `${perf.toFixed(2)} (forhold ${(perf / barePerf).toFixed(3)})`,
      limit: `≥ ${limit.toFixed(3)} (${BUDGETS.lighthouse.performanceRatio.toFixed(2)} × bar ${barePerf.toFixed(2)})`,
    });
  }
  for (const category of Object.keys(ABSOLUTE_LIGHTHOUSE) as (keyof typeof ABSOLUTE_LIGHTHOUSE)[]) {
    const score = lh.scores[category];
    const limit = ABSOLUTE_LIGHTHOUSE[category];
    checks.push({
      budget: `Lighthouse ${category}, ${label}`,
      status: score === null ? 'ikke målt' : score >= limit ? 'ok' : 'brutt',
      actual: score === null ? 'ingen poengsum' : score.toFixed(2),
      limit: `= ${limit.toFixed(2)}`,
    });
  }
  return checks;
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
  const bare = figures.bare.content;
  for (const page of figures.site.filter((p) => p.kind === 'innhold' || p.kind === 'register')) {
    const extra = page.cssGzip - bare.cssGzip;
    checks.push({
      budget: `CSS på innholdsside /${page.path}`,
      status: extra <= BUDGETS.contentCssExtraBytes ? 'ok' : 'brutt',
      actual: `${kib(page.cssGzip)} (${extra >= 0 ? '+' : '−'}${kib(Math.abs(extra))})`,
      limit: `≤ ${kib(bare.cssGzip + BUDGETS.contentCssExtraBytes)} (bar + ${kib(BUDGETS.contentCssExtraBytes)})`,
    });
    checks.push({
      budget: `Forespørsler på innholdsside /${page.path}`,
      status: page.requests - bare.requests <= BUDGETS.contentRequestsExtra ? 'ok' : 'brutt',
      actual: `${page.requests}`,
      limit: `≤ ${bare.requests + BUDGETS.contentRequestsExtra} (bar + ${BUDGETS.contentRequestsExtra})`,
    });
  }
  for (const page of figures.site.filter((p) => p.kind === 'verktøy')) {
    const extra = page.cssGzip - bare.cssGzip;
    checks.push({
      budget: `CSS på verktøyside /${page.path}`,
      status: extra <= BUDGETS.toolCssExtraBytes ? 'ok' : 'brutt',
      actual: `${kib(page.cssGzip)} (${extra >= 0 ? '+' : '−'}${kib(Math.abs(extra))})`,
      limit: `≤ ${kib(bare.cssGzip + BUDGETS.toolCssExtraBytes)} (bar + ${kib(BUDGETS.toolCssExtraBytes)})`,
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
    checks.push(...lighthouseChecks(page, `/${page.path}`, bare));
  }

  const interaction = (budget: string, figure: InteractionFigure | null | undefined, limitMs: number): BudgetCheck => ({
    budget,
    status: !figure ? 'ikke målt' : figure.ms < limitMs ? 'ok' : 'brutt',
    actual: !figure
      ? 'ikke målt'
      : `median ${figure.ms.toFixed(1)} ms${figure.maxMs !== undefined ? `, maks ${figure.maxMs.toFixed(1)} ms` : ''}${figure.runs ? ` (${figure.runs} målinger)` : ''}; ${figure.basis}`,
    limit: `median < ${limitMs} ms`,
  });
  checks.push(
    interaction('Risikomatrise med 200 risikoer: per endring av poengsum', figures.interactions.risk200, BUDGETS.riskScoreChangeMs),
  );
  checks.push(
    interaction('Tastetrykk i et tekstfelt i en vurdering med 200 risikoer', figures.interactions.keystroke, BUDGETS.keystrokeMs),
  );
  checks.push(interaction('Import av et arbeidsområde på 5 MB', figures.interactions.import5mb, BUDGETS.import5mbMs));
  checks.push(
    interaction('Beslutningssidens fingeravtrykk av en vurdering på 512 KiB', figures.interactions.fingerprint, BUDGETS.fingerprintMs),
  );

  if (figures.build) {
    const { siteMsPerPage, bareMsPerPage } = figures.build;
    const limit = BUDGETS.buildMsPerPageRatio * bareMsPerPage;
    checks.push({
      budget: 'Byggetid per side mot bar Starlight',
      status: siteMsPerPage <= limit ? 'ok' : 'brutt',
      actual: `${Math.round(siteMsPerPage)} ms (forhold ${(siteMsPerPage / bareMsPerPage).toFixed(2)})`,
      limit: `≤ ${Math.round(limit)} ms (${BUDGETS.buildMsPerPageRatio} × bar ${Math.round(bareMsPerPage)} ms)`,
    });
  }
  return checks;
}

/** The bench fails when any budget is broken. "Ikke målt" is reported, not counted as broken. */
export function budgetsPass(checks: BudgetCheck[]): boolean {
  return checks.every((c) => c.status !== 'brutt');
}

/** The register of GDPR articles, laws and judgments (oppslag/rettskilder). */
const REGISTER_PAGE = 'oppslag/rettskilder/';

/** Classifies a built page: tool pages are pages under verktoy/ with an island; the legal-sources register is "register". */
export function pageKind(path: string, html: string): PageKind | null {
  if (path === '404/' || path === '404.html') return null;
  if (path.startsWith('verktoy/') && html.includes('<astro-island')) return 'verktøy';
  if (path === REGISTER_PAGE) return 'register';
  return 'innhold';
}
