// `npm run bench`: builds SoMe-veilederen and a bare Starlight site (test/bench/bare-starlight,
// same Astro and Starlight from the project's node_modules), serves both on 127.0.0.1,
// measures every page type in Chromium (Playwright: every response counted) and with
// Lighthouse, prints a side-by-side table, writes bench-results/bench.json and exits
// non-zero when a budget (test/bench/budgets.ts) is broken.
//
// Environment: BENCH_PORT (default 4472; the bare site uses BENCH_PORT + 1),
// CHROMIUM_PATH (default /usr/bin/chromium), BENCH_LH_RUNS (Lighthouse runs per page, default 3),
// BENCH_SKIP_LIGHTHOUSE=1 to leave Lighthouse out. Budgets are judged against bare Starlight
// measured in the same run (Lighthouse performance, JS, CSS, requests, build time per page), so a
// busy machine slows both sides; absolute figures are printed for information.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from '../support/serve.mjs';
import { BUDGETS, LIGHTHOUSE_CATEGORIES, budgetsPass, checkBudgets, pageKind, summarize } from './budgets.ts';
import { register } from 'node:module';
import { builtPages } from '../support/built-pages.mjs';

// The site's modules import each other without extensions: let Node try `.ts` (test/support/ts-resolve.mjs).
register('../support/ts-resolve.mjs', import.meta.url);
const { assessmentFingerprint } = await import('../../src/lib/decisions/fingerprint.ts');

const ROOT = new URL('../../', import.meta.url).pathname;
const OUT = join(ROOT, 'bench-results');
const SITE_DIST = join(OUT, 'site-dist');
const BARE_DIST = join(OUT, 'bare-dist');
const PORT = Number(process.env.BENCH_PORT ?? 4472);
const BARE_PORT = PORT + 1;
const SITE_URL = `http://127.0.0.1:${PORT}`;
const BARE_URL = `http://127.0.0.1:${BARE_PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The bare site's content page, the baseline every budget compares with. */
const BARE_CONTENT_PAGE = 'guider/eksempel/';
/** A word the search finds on both sites. */
const SEARCH_QUERY = { site: 'vurdering', bare: 'kommunen' };

const log = (...args) => console.error('[bench]', ...args);

/** Waits until every island on the page has hydrated (as test/browser/tool-helpers.ts does for the tests). */
const islandsHydrated = (page) =>
  page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`${command} ${args.join(' ')} feilet (${code}):\n${output.slice(-4000)}`));
    });
  });
}

function folderBytes(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else {
        bytes += stat.size;
        files += 1;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files };
}

async function build() {
  rmSync(SITE_DIST, { recursive: true, force: true });
  rmSync(BARE_DIST, { recursive: true, force: true });
  log('bygger SoMe-veilederen …');
  const siteMs = await run('npx', ['astro', 'build'], { OUT_DIR: SITE_DIST, SITE_URL });
  log('bygger bar Starlight …');
  const bareMs = await run('npx', ['astro', 'build', '--root', 'test/bench/bare-starlight'], { OUT_DIR: BARE_DIST, SITE_URL: BARE_URL });
  const sitePages = builtPages(SITE_DIST);
  const barePages = builtPages(BARE_DIST);
  return {
    site: {
      ms: siteMs,
      pages: sitePages.length,
      msPerPage: siteMs / sitePages.length,
      pagefind: folderBytes(join(SITE_DIST, 'pagefind')),
      pageList: sitePages,
    },
    bare: {
      ms: bareMs,
      pages: barePages.length,
      msPerPage: bareMs / barePages.length,
      pagefind: folderBytes(join(BARE_DIST, 'pagefind')),
      pageList: barePages,
    },
  };
}

const isJs = (type, url) => /javascript|ecmascript/.test(type) || /\.m?js(\?|$)/.test(url);
const isCss = (type, url) => /text\/css/.test(type) || /\.css(\?|$)/.test(url);
/** The Word export library writes WordprocessingML; its namespace is in its code. */
const DOCX_SIGNATURE = /schemas\.openxmlformats\.org\/wordprocessingml|\bdocx\b.*\bPacker\b/;

/**
 * Loads a page in a fresh context (empty cache) and counts every response. With `search`,
 * measures only what opening the search and running one query loads on top of the page.
 */
async function measure(browser, baseUrl, path, kind, search) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const responses = [];
  let counting = !search;
  page.on('response', async (response) => {
    if (!counting) return;
    const entry = { url: response.url(), type: response.headers()['content-type'] ?? '', body: null };
    responses.push(entry);
    try {
      entry.body = await response.body();
    } catch {
      entry.body = Buffer.alloc(0);
    }
  });
  const response = await page.goto(baseUrl + '/' + path, { waitUntil: 'networkidle' });
  if (!response || response.status() !== 200) throw new Error(`${baseUrl}/${path} svarte ${response?.status()}`);
  const html = await response.body();
  await islandsHydrated(page);
  if (search) {
    counting = true;
    await page.keyboard.press('Control+k');
    await page.locator('dialog[open] input.pagefind-ui__search-input').fill(search);
    await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
  }
  await page.waitForTimeout(300);
  const gz = (b) => (b && b.length ? gzipSync(b).length : 0);
  let jsGzip = 0,
    cssGzip = 0,
    otherGzip = 0,
    docxLoaded = false;
  for (const r of responses) {
    if (isJs(r.type, r.url)) {
      jsGzip += gz(r.body);
      if (/docx/i.test(new URL(r.url).pathname) || DOCX_SIGNATURE.test(r.body?.toString('utf8') ?? '')) docxLoaded = true;
    } else if (isCss(r.type, r.url)) cssGzip += gz(r.body);
    else otherGzip += gz(r.body);
  }
  await context.close();
  return { kind, path, jsGzip, cssGzip, otherGzip, requests: responses.length, htmlBytes: html.length, docxLoaded };
}

/**
 * What the tools load on demand, on top of the page, reported beside the budgets
 * (which count what a page loads by itself): the report («Lag rapporten», for a
 * new assessment made through the assessment bar) and then its Word export; the
 * risk editor (the first «Rediger») and the risk picture as JSON.
 */
async function measureOnDemand(browser, baseUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bodies = [];
  let counting = false;
  page.on('response', async (response) => {
    if (!counting || !isJs(response.headers()['content-type'] ?? '', response.url())) return;
    const entry = { url: response.url(), body: Buffer.alloc(0) };
    bodies.push(entry);
    try {
      entry.body = await response.body();
    } catch {
      /* counted as empty */
    }
  });
  const open = async (path) => {
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    await islandsHydrated(page);
  };
  const step = async (what, action, done) => {
    bodies.length = 0;
    counting = true;
    await action();
    await done();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    counting = false;
    const jsGzip = bodies.reduce((sum, b) => sum + (b.body.length ? gzipSync(b.body).length : 0), 0);
    return { what, jsGzip, files: bodies.length };
  };
  await open('/verktoy/rapport/');
  await page.getByLabel('Plattform').fill('Facebook');
  await page.getByLabel('Enhet').fill('Kulturetaten');
  await page.getByRole('button', { name: 'Opprett vurdering' }).click();
  const report = await step(
    'rapport: «Lag rapporten»',
    () => page.getByRole('button', { name: 'Lag rapporten' }).click(),
    () => page.getByRole('heading', { level: 2, name: /Facebook/ }).waitFor(),
  );
  const word = await step(
    'rapport: «Last ned som Word-fil»',
    () => Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Last ned som Word-fil/ }).click()]),
    () => page.getByText(/er lastet ned/).waitFor(),
  );
  // The same assessment (the workspace is shared), with the scenario bank added to its risks.
  await open('/verktoy/risikovurdering/');
  await page.getByRole('button', { name: 'Velg alle som ikke er lagt til' }).click();
  await page.getByRole('button', { name: /^Legg til valgte/ }).click();
  const editor = await step(
    'risikovurdering: første «Rediger»',
    () => page.locator('.risk-table tbody button').first().click(),
    () => page.locator('.risk-editor h4').waitFor(),
  );
  const riskJson = await step(
    'risikovurdering: «Last ned risikobildet (JSON)»',
    () => Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned risikobildet (JSON)' }).click()]),
    () => page.getByText(/Risikobildet er lastet ned/).waitFor(),
  );
  await context.close();
  return [report, word, editor, riskJson];
}

/**
 * Lighthouse's performance score varies from run to run, more so on a shared machine.
 * As Lighthouse's own documentation advises, each page is run several times
 * (BENCH_LH_RUNS, default 3) and the run with the median performance score is kept;
 * every run's performance score is reported with it. The runs go in rounds over all the
 * pages (see the Lighthouse loop), so a burst of load on the machine slows one run of
 * several pages rather than most runs of one page: on 2.12.2026, with each page's runs
 * back to back, two slow runs in a row (0.79 and 0.82, from total blocking time)
 * failed a page that scored 0.98–1.00 in four runs right after.
 */
const LH_RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 3));

/** The run with the median performance score, with every run's score (or the first error). */
function medianRun(runs) {
  const failed = runs.find((r) => 'error' in r);
  if (failed) return failed;
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return {
    ...median,
    performanceRuns: sorted.map((r) => r.scores.performance),
    totalBlockingTimeRuns: sorted.map((r) => r.totalBlockingTimeMs),
  };
}

let lighthouseUnavailable = null;
/**
 * One Chromium for every Lighthouse run (Lighthouse clears the cache and the storage of the
 * site before each run), so that no Chromium's start-up work shares the two cores with the page
 * being measured, and a short pause before each run, so the last run's report processing in Node
 * is done. Tool-page runs with over 100 ms total blocking time, with one core busy on 2.12.2026
 * (small samples): 1 of 30 with a new Chromium for each run; 4 of 10 the same way with
 * Playwright's Chromium open and idle beside it (as the bench had it); 1 of 10 with one
 * Chromium and the pause, Playwright's still open. The bench now closes Playwright's too.
 */
let lighthouseChrome = null;
const LH_PAUSE_MS = 500;
async function runLighthouseOnce(url) {
  if (process.env.BENCH_SKIP_LIGHTHOUSE === '1') return { error: 'ikke kjørt (BENCH_SKIP_LIGHTHOUSE=1)' };
  if (lighthouseUnavailable) return { error: lighthouseUnavailable };
  try {
    const { default: lighthouse } = await import('lighthouse');
    if (!lighthouseChrome) {
      const chromeLauncher = await import('chrome-launcher');
      lighthouseChrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    }
    await new Promise((resolve) => setTimeout(resolve, LH_PAUSE_MS));
    const result = await lighthouse(url, {
      port: lighthouseChrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: LIGHTHOUSE_CATEGORIES,
    });
    const lhr = result?.lhr;
    if (!lhr) return { error: 'Lighthouse ga ingen rapport' };
    if (lhr.runtimeError) return { error: `Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => `${a.id} (${a.score})`);
    const tbt = lhr.audits['total-blocking-time']?.numericValue;
    return {
      scores,
      failingAudits: failing,
      totalBlockingTimeMs: typeof tbt === 'number' ? Math.round(tbt) : null,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
    };
  } catch (error) {
    const message = `Lighthouse kunne ikke kjøre: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    if (/ECONNREFUSED|launch|spawn|Chrome|executable/i.test(message)) lighthouseUnavailable = message;
    // A Chromium that failed is not used again: the next run starts a new one.
    await closeLighthouseChrome();
    return { error: message };
  }
}

async function closeLighthouseChrome() {
  const chrome = lighthouseChrome;
  lighthouseChrome = null;
  if (chrome) await chrome.kill();
}

/** Creates an assessment through the assessment bar of the page that is open. */
async function createAssessment(page) {
  await page.getByLabel('Plattform').fill('Facebook');
  await page.getByLabel('Enhet').fill('Kulturetaten');
  await page.getByRole('button', { name: 'Opprett vurdering' }).click();
  await page.locator('option:checked', { hasText: 'Facebook – Kulturetaten' }).waitFor({ state: 'attached' });
}

/**
 * The interactions, measured here in Chromium (each as a median with its max):
 * - 200 risks: from a changed score until both risk maps and the summary show it (20 changes);
 * - a keystroke in a text field (the justification) of an assessment with 200 risks: from the
 *   input event until the page has handled it (Preact's render and the store's save policy;
 *   measured up to the next task, 40 keystrokes);
 * - importing a 5 MB workspace on Mine vurderinger: read and preview plus import, in the page
 *   (the page's own performance marks; 3 imports);
 * - the fingerprint the decision page computes of a 512 KiB assessment (the same module,
 *   src/lib/decisions/fingerprint.ts, run here in Node's V8; 20 runs, each after an edit of one risk).
 */
async function measureInteractions(browser, baseUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const open = async (path) => {
    await page.goto(baseUrl + path);
    await islandsHydrated(page);
  };
  const result = {};

  // 200 risks, straight into the stored assessment.
  await open('/verktoy/risikovurdering/');
  await createAssessment(page);
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => /^some-veilederen:v\d+:vurdering:/.test(k));
    const a = JSON.parse(localStorage.getItem(key));
    a.risks = Array.from({ length: 200 }, (_, i) => ({
      id: `r-${String(i).padStart(3, '0')}`,
      scenarioId: null,
      title: `Risiko ${String(i).padStart(3, '0')}`,
      goal: ['medbestemmelse', 'apenhet', 'ansvarlighet'][i % 3],
      description: 'En risiko til målingen.',
      likelihood: (i % 5) + 1,
      consequence: ((i * 3) % 5) + 1,
      justification: 'Begrunnelse.',
      measures: [{ id: `m-${i}`, text: 'Tiltak', owner: 'Eier', deadline: '2030-01-01', status: 'planlagt' }],
      residualLikelihood: i === 0 ? null : (i % 3) + 1,
      residualConsequence: i === 0 ? null : ((i * 7) % 3) + 1,
      nowLikelihood: null,
      nowConsequence: null,
      residualJustification: i === 0 ? '' : 'Tiltaket senker sannsynligheten.',
    }));
    a.risks[0].consequence = 3;
    localStorage.setItem(key, JSON.stringify(a));
  });
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('.risk-table tbody > tr').length >= 200);
  await page.getByLabel('Sorter etter').selectOption('title');
  await page.getByRole('button', { name: 'Rediger «Risiko 000»' }).click();
  await page.getByRole('group', { name: 'Rediger: Risiko 000' }).waitFor();
  const scoreTimings = [];
  for (let round = 0; round < 20; round++) {
    scoreTimings.push(
      await page.evaluate(
        (value) =>
          new Promise((resolve) => {
            const select = document.querySelector('#risk-r-000-l');
            const parts = ['#heatmap-before', '#heatmap-after', '[data-testid="risk-summary"]'].map((s) => document.querySelector(s));
            const old = parts.map((p) => p.textContent);
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (parts.every((p, i) => p.textContent !== old[i])) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(document.querySelector('.risk-tool'), { subtree: true, childList: true, characterData: true });
            select.value = value;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }),
        String(round % 2 === 0 ? 5 : 1),
      ),
    );
  }
  result.risk200 = summarize(
    scoreTimings,
    'målt av npm run bench i Chromium',
    'fra endret sannsynlighet til begge kart og sammendraget er oppdatert',
  );

  // Keystrokes in the justification of the open risk (the same 200-risk assessment).
  const field = page.getByRole('group', { name: 'Rediger: Risiko 000' }).getByLabel('Begrunnelse for vurderingen', { exact: true });
  await field.focus();
  const keyTimings = await page.evaluate(async () => {
    const el = document.activeElement;
    const nextTask = () =>
      new Promise((resolve) => {
        const c = new MessageChannel();
        c.port1.onmessage = () => resolve();
        c.port2.postMessage(0);
      });
    const out = [];
    for (let i = 0; i < 40; i++) {
      const start = performance.now();
      el.value += 'a';
      el.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'a', inputType: 'insertText' }));
      await nextTask();
      out.push(performance.now() - start);
      // Let the browser paint between keystrokes, as between real ones.
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    }
    return out;
  });
  result.keystroke = summarize(
    keyTimings,
    'målt av npm run bench i Chromium',
    'fra input-hendelsen til siden har behandlet den (neste oppgave)',
  );

  // A 5 MB workspace, imported on Mine vurderinger (as the workspace test builds it).
  const valid = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/workspace-valid.json'), 'utf8'));
  const paragraph = 'Vurdert på møtet – «økt åpenhet» og færre åpne kommentarer – tiltak før årsskiftet. ';
  const risk = valid.assessments[0].risks[0];
  const big = JSON.stringify(
    {
      ...valid,
      accounts: [],
      assessments: Array.from({ length: 60 }, (_, i) => ({
        ...valid.assessments[0],
        id: `v-${i}`,
        title: `Vurdering ${i + 1}`,
        // 42 repeats, as in test/browser/workspace.spec.ts: over 5 MB, and under the browser's quota with format v5.
        risks: Array.from({ length: 20 }, (_, j) => ({ ...risk, id: `r-${j}`, description: paragraph.repeat(42) })),
      })),
    },
    null,
    2,
  );
  const importTimings = [];
  for (let run = 0; run < 3; run++) {
    await page.evaluate(() => localStorage.clear());
    await open('/verktoy/mine-vurderinger/');
    await page
      .getByLabel('Velg en fil å importere')
      .setInputFiles({ name: 'stor.json', mimeType: 'application/json', buffer: Buffer.from(big) });
    await page.getByRole('heading', { name: 'Dette inneholder «stor.json»' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('Importert fra «stor.json»: 60 vurderinger og 0 kontoer.').waitFor({ timeout: 60_000 });
    importTimings.push(
      await page.evaluate(() => {
        const at = (name) => performance.getEntriesByName(`some-veilederen:${name}`).at(-1).startTime;
        return at('import-preview') - at('import-start') + (at('import-applied') - at('import-apply-start'));
      }),
    );
  }
  result.import5mb = summarize(
    importTimings,
    'målt av npm run bench i Chromium',
    `${(Buffer.byteLength(big) / 1024 / 1024).toFixed(1)} MiB: lese og forhåndsvise + importere, i siden`,
  );
  await context.close();

  // The fingerprint of a 512 KiB assessment.
  const base = valid.assessments[0];
  const assessment = { ...base, risks: [] };
  for (let i = 0; JSON.stringify(assessment).length < 512 * 1024; i++) {
    assessment.risks.push({ ...risk, id: `r-${i}`, description: paragraph.repeat(8) });
  }
  const fpTimings = [];
  // The fingerprint is memoised per assessment object (one per change), and the text of each
  // unchanged risk is reused. Each run is an edit, as the store makes it: a new assessment
  // object in which one risk is a new object, so the whole text is hashed every time and the
  // edited risk's text is made again.
  assessmentFingerprint({ ...assessment });
  for (let run = 0; run < 20; run++) {
    const risks = assessment.risks.map((r, i) => (i === run ? { ...r, title: `${r.title} (endret ${run})` } : r));
    const changed = { ...assessment, risks };
    const start = performance.now();
    assessmentFingerprint(changed);
    fpTimings.push(performance.now() - start);
  }
  result.fingerprint = summarize(
    fpTimings,
    'målt av npm run bench i Node',
    `${(JSON.stringify(assessment).length / 1024).toFixed(0)} KiB, src/lib/decisions/fingerprint.ts i Node ${process.version}`,
  );
  return result;
}

const kib = (bytes) => (bytes / 1024).toFixed(1);
function table(rows, headers) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  return [line(headers), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const builds = await build();
  const siteServer = await serve(SITE_DIST, PORT, '/');
  const bareServer = await serve(BARE_DIST, BARE_PORT, '/');
  const launch = () => chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.filter((f) => f !== '--headless') });
  let browser = await launch();
  try {
    // Every page of the site is measured; bare Starlight's content page is the baseline.
    log(`måler ${builds.site.pageList.length} sider i Chromium …`);
    // Sizes and requests do not depend on timing, so two pages are measured at once.
    const targets = builds.site.pageList
      .map((path) => ({ path, kind: pageKind(path, readFileSync(join(SITE_DIST, path, 'index.html'), 'utf8')) }))
      .filter((t) => t.kind);
    const site = new Array(targets.length);
    let next = 0;
    const worker = async () => {
      while (next < targets.length) {
        const i = next++;
        site[i] = await measure(browser, SITE_URL, targets[i].path, targets[i].kind);
      }
    };
    await Promise.all([worker(), worker()]);
    const searchSite = await measure(browser, SITE_URL, '', 'søk åpent', SEARCH_QUERY.site);
    const onDemand = await measureOnDemand(browser, SITE_URL);
    const bareContent = await measure(browser, BARE_URL, BARE_CONTENT_PAGE, 'innhold');
    const bareSearch = await measure(browser, BARE_URL, BARE_CONTENT_PAGE, 'søk åpent', SEARCH_QUERY.bare);
    // Only Lighthouse's Chromium runs while Lighthouse measures (see runLighthouseOnce).
    const chromiumVersion = browser.version();
    await browser.close();

    // Lighthouse: a chapter of the guide (else the heaviest content page), the register, every tool page, and the bare page.
    const content = site.filter((p) => p.kind === 'innhold');
    const heaviestContent = content.reduce((a, b) => (b.jsGzip + b.cssGzip > a.jsGzip + a.cssGzip ? b : a), content[0]);
    const representativeContent = content.find((p) => p.path.startsWith('veileder/')) ?? heaviestContent;
    const lhTargets = [representativeContent, ...site.filter((p) => p.kind === 'register' || p.kind === 'verktøy')];
    // Each round runs every page once; bare Starlight is run between the pages, after every
    // third one (and at least LH_RUNS times), so that its median is taken under the same load
    // as theirs, not at one moment.
    const bareRuns = [];
    const runBare = async () => {
      if (bareRuns.length && 'error' in bareRuns[0]) return;
      log('Lighthouse bar Starlight …');
      bareRuns.push(await runLighthouseOnce(`${BARE_URL}/${BARE_CONTENT_PAGE}`));
    };
    const runs = new Map(lhTargets.map((page) => [page, []]));
    let ran = 0;
    for (let round = 1; round <= LH_RUNS; round++) {
      for (const page of lhTargets) {
        const pageRuns = runs.get(page);
        if (pageRuns.some((r) => 'error' in r)) continue;
        log(`Lighthouse /${page.path} (runde ${round} av ${LH_RUNS}) …`);
        pageRuns.push(await runLighthouseOnce(`${SITE_URL}/${page.path}`));
        if (++ran % 3 === 0) await runBare();
      }
    }
    for (const page of lhTargets) page.lighthouse = medianRun(runs.get(page));
    while (bareRuns.length < LH_RUNS && !bareRuns.some((r) => 'error' in r)) await runBare();
    bareContent.lighthouse = medianRun(bareRuns);
    await closeLighthouseChrome();

    browser = await launch();
    log('måler samhandling (200 risikoer, tastetrykk, import av 5 MB, fingeravtrykk) …');
    const interactions = await measureInteractions(browser, SITE_URL);
    const checks = checkBudgets({
      bare: { content: bareContent },
      site: [...site, searchSite],
      interactions,
      build: { siteMsPerPage: builds.site.msPerPage, bareMsPerPage: builds.bare.msPerPage },
    });
    const pass = budgetsPass(checks);

    // The side-by-side table: bare Starlight, the representative content page, every tool page, search.
    const lhCell = (p) =>
      !p.lighthouse
        ? '–'
        : 'error' in p.lighthouse
          ? 'ikke målt'
          : LIGHTHOUSE_CATEGORIES.map((c) => p.lighthouse.scores[c]?.toFixed(2) ?? '–').join('/');
    const row = (site, p, buildMsPerPage) => [
      site,
      p.kind,
      '/' + p.path,
      kib(p.jsGzip),
      kib(p.cssGzip),
      p.requests,
      kib(p.htmlBytes),
      Math.round(buildMsPerPage),
      lhCell(p),
    ];
    const shownContent = [...new Set([representativeContent, heaviestContent])];
    const rows = [
      row('bar Starlight', bareContent, builds.bare.msPerPage),
      ...shownContent.map((p) => row('SoMe-veilederen', p, builds.site.msPerPage)),
      ...site.filter((p) => p.kind !== 'innhold').map((p) => row('SoMe-veilederen', p, builds.site.msPerPage)),
      row('bar Starlight', bareSearch, builds.bare.msPerPage),
      row('SoMe-veilederen', searchSite, builds.site.msPerPage),
    ];
    console.log(
      '\nSide for side (JS og CSS: gzip-byte faktisk lastet i Chromium; søk åpent: det som lastes i tillegg når søket åpnes og ett søk kjøres)\n',
    );
    console.log(
      table(rows, [
        'nettsted',
        'sidetype',
        'side',
        'JS KiB',
        'CSS KiB',
        'forespørsler',
        'HTML KiB',
        'bygg ms/side',
        'Lighthouse ytelse/tilg./beste praksis/SEO',
      ]),
    );
    console.log(
      `\nInnholdssider målt: ${content.length} (JS gzip ${kib(Math.min(...content.map((p) => p.jsGzip)))}–${kib(Math.max(...content.map((p) => p.jsGzip)))} KiB; bar Starlight ${kib(bareContent.jsGzip)} KiB)`,
    );
    for (const d of onDemand) console.log(`Lastes ved behov, ${d.what}: ${kib(d.jsGzip)} KiB JS (gzip) i ${d.files} filer`);
    console.log(
      `Bygg: SoMe-veilederen ${(builds.site.ms / 1000).toFixed(1)} s for ${builds.site.pages} sider; bar Starlight ${(builds.bare.ms / 1000).toFixed(1)} s for ${builds.bare.pages} sider`,
    );
    console.log(
      `Byggetid per side: SoMe-veilederen ${Math.round(builds.site.msPerPage)} ms, bar Starlight ${Math.round(builds.bare.msPerPage)} ms (forhold ${(builds.site.msPerPage / builds.bare.msPerPage).toFixed(2)})`,
    );
    for (const [name, f] of Object.entries(interactions)) {
      console.log(
        `Samhandling ${name}: ${f ? `median ${f.ms} ms, maks ${f.maxMs} ms (${f.runs} målinger; ${f.basis}; ${f.file})` : 'ikke målt'}`,
      );
    }
    console.log(
      `Pagefind-indeks: SoMe-veilederen ${kib(builds.site.pagefind.bytes)} KiB i ${builds.site.pagefind.files} filer; bar Starlight ${kib(builds.bare.pagefind.bytes)} KiB i ${builds.bare.pagefind.files} filer`,
    );
    for (const p of [...lhTargets, bareContent]) {
      if (p.lighthouse && 'error' in p.lighthouse) console.log(`Lighthouse /${p.path}: ${p.lighthouse.error}`);
      else if (p.lighthouse) {
        console.log(
          `Lighthouse /${p.path}: ytelse i ${p.lighthouse.performanceRuns.length} kjøringer: ${p.lighthouse.performanceRuns.join(', ')} (medianen brukes; total blokkeringstid ${p.lighthouse.totalBlockingTimeRuns.join(', ')} ms)`,
        );
        if (p.lighthouse.failingAudits?.length) console.log(`  revisjoner under 1 i medianen: ${p.lighthouse.failingAudits.join(', ')}`);
      }
    }
    console.log('\nBudsjetter\n');
    console.log(
      table(
        checks.map((c) => [c.status === 'ok' ? 'OK' : c.status === 'brutt' ? 'BRUTT' : 'ikke målt', c.budget, c.actual, c.limit]),
        ['status', 'budsjett', 'målt', 'grense'],
      ),
    );

    const result = {
      measuredAt: new Date().toISOString(),
      loadAverage: loadavg(),
      cpus: cpus().length,
      chromium: chromiumVersion,
      budgets: BUDGETS,
      build: { site: { ...builds.site, pageList: undefined }, bare: { ...builds.bare, pageList: undefined } },
      bare: { content: bareContent, search: bareSearch },
      site: { pages: site, search: searchSite, onDemand },
      interactions,
      checks,
      pass,
    };
    writeFileSync(join(OUT, 'bench.json'), JSON.stringify(result, null, 2) + '\n');
    console.log(`\nSkrev bench-results/bench.json. ${pass ? 'Alle målte budsjetter holder.' : 'Minst ett budsjett er brutt.'}`);
    return pass;
  } finally {
    await browser.close();
    await closeLighthouseChrome();
    siteServer.close();
    bareServer.close();
  }
}

main().then(
  (pass) => process.exit(pass ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
