import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $accounts, $assessments, $clock, deleteAccountOrThrow as deleteAccount, saveAccountOrThrow as saveAccount } from '../../stores/workspace';
import { newId } from '../../lib/model/ids';
import type { Account, Assessment } from '../../lib/model/schema';
import {
  LOGIN_OPTIONS, NEED_OPTIONS, VERDICT_OPTIONS, NO_FILTER, DELETION_OPTIONS, ARCHIVE_FIRST, deletionLabel, deletionProblem,
  decisionText, emptyAccount, filterAccounts, isOverdue, isoDate, loginLabel, needLabel,
  platformsOf, reviewStatus, sortAccounts, verdictLabel,
  type AccountFilter, type SortDir, type SortKey,
} from '../../lib/accounts/review';
import type { CsvError } from '../../lib/accounts/csv';
import { siteFileName } from '../../lib/workspace/export-file';

/** CSV and JSON files are written and read by code loaded on first use (it is not needed to view or edit the register). */
const files = () => import('../../lib/accounts/csv');
import './accounts.css';

/** A clock icon next to the word «Forfalt», so overdue is never shown by colour alone. */
function ClockIcon() {
  return (
    <svg class="accounts__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2.5" />
      <path d="M12 7v5.5l3.5 2" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
    </svg>
  );
}

const PLATFORMS = ['Facebook', 'Instagram', 'TikTok', 'YouTube', 'LinkedIn', 'Snapchat', 'X (Twitter)', 'Vimeo', 'Workplace'];
const SORT_OPTIONS: { value: SortKey; label: string }[] = [
  { value: 'nextReview', label: 'Neste gjennomgang' },
  { value: 'platform', label: 'Plattform' },
  { value: 'name', label: 'Navn' },
  { value: 'unit', label: 'Enhet' },
  { value: 'owner', label: 'Eier' },
  { value: 'verdict', label: 'Konklusjon' },
  { value: 'lastCleaned', label: 'Sist ryddet' },
];

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The account review ("kontogjennomgang"): every page and account of the
 * municipality on social media, with documented need, cleaning, linked
 * assessment and next review. Sort, filter, export to CSV/JSON, import CSV.
 */
export function AccountReview() {
  const accounts = useStore($accounts);
  const assessments = useStore($assessments);
  const now = useStore($clock);
  const today = isoDate(now());
  const [filter, setFilter] = useState<AccountFilter>(NO_FILTER);
  const [sortKey, setSortKey] = useState<SortKey>('nextReview');
  const [sortDir, setSortDir] = useState<SortDir>('asc');
  const [editing, setEditing] = useState<Account | null>(null);
  const [status, setStatus] = useState('');
  const [importErrors, setImportErrors] = useState<CsvError[]>([]);
  const [pending, setPending] = useState<Account[] | null>(null);
  const [confirmDelete, setConfirmDelete] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const byId = useMemo(() => new Map(assessments.map((a) => [a.id, a])), [assessments]);
  const lookup = (id: string) => {
    const a = byId.get(id);
    return a ? { title: a.title, decision: decisionText(a, true) } : null;
  };
  const shown = sortAccounts(filterAccounts(accounts, filter, today), sortKey, sortDir);
  const overdueCount = accounts.filter((a) => isOverdue(a, today)).length;
  const platforms = [...new Set([...platformsOf(accounts)])];

  const startNew = () => { setEditing(emptyAccount(newId('k'), now().toISOString())); setStatus(''); };
  const closeForm = () => { setEditing(null); requestAnimationFrame(() => addButton.current?.focus()); };

  const onSaved = (saved: Account) => {
    setStatus(`Kontoen «${saved.name}» er lagret.`);
    closeForm();
  };

  const exportCsv = async () => {
    const { accountsToCsv } = await files();
    download(siteFileName(today, 'kontogjennomgang', 'csv'), accountsToCsv(accounts, lookup), 'text/csv;charset=utf-8');
    setStatus(`CSV-filen med ${accounts.length} kontoer er lastet ned.`);
  };
  const exportJson = async () => {
    const { accountsToJson } = await files();
    download(siteFileName(today, 'kontogjennomgang', 'json'), accountsToJson(accounts, now().toISOString()), 'application/json');
    setStatus(`JSON-filen med ${accounts.length} kontoer er lastet ned.`);
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPending(null);
    setImportErrors([]);
    if (!file) return;
    const [text, { parseAccountsCsv }] = await Promise.all([file.text(), files()]);
    input.value = '';
    const result = parseAccountsCsv(text, { newId: () => newId('k'), now: now().toISOString() });
    if (!result.ok) {
      setImportErrors(result.errors);
      setStatus('');
      return;
    }
    setPending(result.accounts);
  };

  const confirmImport = () => {
    if (!pending) return;
    const before = $accounts.get();
    try {
      for (const acc of pending) saveAccount(acc);
    } catch (e) {
      // Should not happen (the parser validated every row), but never leave half an import.
      const restore = new Map(before.map((a) => [a.id, a]));
      for (const acc of pending) {
        const old = restore.get(acc.id);
        if (old) saveAccount(old); else deleteAccount(acc.id);
      }
      setImportErrors([{ row: 0, message: e instanceof Error ? e.message : 'Importen ble avbrutt. Ingenting er endret.' }]);
      setPending(null);
      return;
    }
    setStatus(`${pending.length} kontoer er importert.`);
    setPending(null);
  };

  const existingIds = new Set(accounts.map((a) => a.id));
  const updates = pending?.filter((a) => existingIds.has(a.id)).length ?? 0;

  return (
    <div class="accounts">
      <p class="sr-only" role="status" aria-live="polite">{status}</p>

      <section class="tool-panel" aria-labelledby="accounts-register-heading">
        <h2 id="accounts-register-heading" class="tool-panel__title">Kontoregisteret</h2>
        <p>
          {accounts.length === 0
            ? 'Registeret er tomt. Legg til kommunens sider og kontoer én etter én, eller importer en CSV-fil.'
            : `${accounts.length} ${accounts.length === 1 ? 'konto' : 'kontoer'} i registeret. `}
          {overdueCount > 0 && (
            <strong class="accounts__overdue-count">
              <ClockIcon />
              {overdueCount === 1 ? '1 gjennomgang er forfalt.' : `${overdueCount} gjennomganger er forfalt.`}
            </strong>
          )}
        </p>
        {status && <p class="accounts__status" aria-hidden="true">{status}</p>}
        {!editing && (
          <div class="actions">
            <button ref={addButton} type="button" class="button" onClick={startNew}>Legg til konto</button>
          </div>
        )}
        {editing && (
          <AccountForm
            key={editing.id}
            initial={editing}
            isNew={!existingIds.has(editing.id)}
            assessments={assessments}
            platforms={[...new Set([...PLATFORMS, ...platforms])]}
            onSaved={onSaved}
            onCancel={closeForm}
          />
        )}
      </section>

      {accounts.length > 0 && (
        <section class="tool-panel" aria-labelledby="accounts-list-heading">
          <h2 id="accounts-list-heading" class="tool-panel__title">Sider og kontoer</h2>
          <div class="accounts__controls">
            <div class="field">
              <label for="acc-filter-text">Søk i registeret</label>
              <input id="acc-filter-text" type="search" value={filter.text}
                onInput={(e) => setFilter({ ...filter, text: (e.currentTarget).value })} />
            </div>
            <div class="field">
              <label for="acc-filter-platform">Plattform</label>
              <select id="acc-filter-platform" value={filter.platform}
                onChange={(e) => setFilter({ ...filter, platform: (e.currentTarget).value })}>
                <option value="">Alle plattformer</option>
                {platforms.map((p) => <option key={p} value={p}>{p}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="acc-filter-verdict">Konklusjon</label>
              <select id="acc-filter-verdict" value={filter.verdict}
                onChange={(e) => setFilter({ ...filter, verdict: (e.currentTarget).value as AccountFilter['verdict'] })}>
                <option value="">Alle konklusjoner</option>
                {VERDICT_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </div>
            <label class="accounts__check">
              <input type="checkbox" checked={filter.overdueOnly}
                onChange={(e) => setFilter({ ...filter, overdueOnly: (e.currentTarget).checked })} />
              Bare forfalte gjennomganger
            </label>
            <div class="field">
              <label for="acc-sort">Sorter etter</label>
              <select id="acc-sort" value={sortKey} onChange={(e) => setSortKey((e.currentTarget).value as SortKey)}>
                {SORT_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="acc-sort-dir">Rekkefølge</label>
              <select id="acc-sort-dir" value={sortDir} onChange={(e) => setSortDir((e.currentTarget).value as SortDir)}>
                <option value="asc">Stigende (A–Å, eldste dato først)</option>
                <option value="desc">Synkende (Å–A, nyeste dato først)</option>
              </select>
            </div>
          </div>
          <p id="accounts-count" aria-live="polite">Viser {shown.length} av {accounts.length} kontoer.</p>
          <ul class="accounts__list">
            {shown.map((acc) => {
              const linked = acc.assessmentId ? byId.get(acc.assessmentId) : undefined;
              const state = reviewStatus(acc, today);
              return (
                <li key={acc.id} class={`account-card${state === 'forfalt' ? ' account-card--overdue' : ''}`}>
                  <article aria-labelledby={`acc-${acc.id}-name`}>
                    <h3 id={`acc-${acc.id}-name`} class="account-card__title">
                      {acc.name} <span class="account-card__platform">({acc.platform})</span>
                      {state === 'forfalt' && <span class="badge badge--overdue"><ClockIcon />Forfalt</span>}
                    </h3>
                    <dl class="account-card__facts">
                      <div><dt>Adresse</dt><dd>{acc.address || '–'}</dd></div>
                      <div><dt>Enhet</dt><dd>{acc.unit || '–'}</dd></div>
                      <div><dt>Eier</dt><dd>{acc.owner || '–'}</dd></div>
                      <div><dt>Administratorer</dt><dd>{acc.adminCount === null ? 'Ukjent antall' : acc.adminCount}, {loginLabel(acc.login).toLowerCase()}</dd></div>
                      <div class="account-card__wide"><dt>Formål</dt><dd class="account-card__text">{acc.purpose || '–'}</dd></div>
                      <div><dt>Dokumentert behov</dt><dd>{needLabel(acc.documentedNeed)}{acc.needDocumentedWhere ? ` – ${acc.needDocumentedWhere}` : ''}</dd></div>
                      <div><dt>Sist ryddet for personopplysninger</dt><dd>{acc.lastCleaned || 'Ikke registrert'}</dd></div>
                      <div><dt>Koblet vurdering</dt><dd>{acc.assessmentId ? (linked ? linked.title : 'Finnes ikke i denne nettleseren') : 'Ingen'}</dd></div>
                      <div><dt>Siste beslutning</dt><dd>{decisionText(linked, acc.assessmentId !== null)}</dd></div>
                      <div><dt>Konklusjon</dt><dd>{verdictLabel(acc.verdict)}</dd></div>
                      <div><dt>Arkivert før sletting</dt><dd>{acc.archived.date ? `${acc.archived.date}, ${acc.archived.reference || 'uten referanse'}` : 'Ikke registrert'}</dd></div>
                      <div><dt>Slettet</dt><dd>{acc.deletion ? `${deletionLabel(acc.deletion.scope)} (${acc.deletion.date})` : 'Nei'}</dd></div>
                      <div><dt>Neste gjennomgang</dt><dd>
                        {state === 'ikke-satt' ? 'Ikke satt' : acc.nextReview}
                        {state === 'forfalt' && <strong> – forfalt</strong>}
                      </dd></div>
                    </dl>
                    {acc.verdict === 'slett' && !acc.deletion && <p class="accounts__help"><strong>Før sletting:</strong> {ARCHIVE_FIRST}</p>}
                    {confirmDelete === acc.id ? (
                      <div class="actions" role="group" aria-label={`Bekreft sletting av ${acc.name}`}>
                        <span>Slette «{acc.name}» fra registeret?</span>
                        <button type="button" class="button" onClick={() => {
                          deleteAccount(acc.id); setConfirmDelete(''); setStatus(`Kontoen «${acc.name}» er slettet fra registeret.`);
                          requestAnimationFrame(() => addButton.current?.focus());
                        }}>Ja, slett</button>
                        <button type="button" class="button secondary" onClick={() => setConfirmDelete('')}>Avbryt</button>
                      </div>
                    ) : (
                      <div class="actions">
                        <button type="button" class="button secondary" onClick={() => { setEditing(acc); setStatus(''); }}>
                          Rediger <span class="sr-only">{acc.name}</span>
                        </button>
                        <button type="button" class="button secondary" onClick={() => setConfirmDelete(acc.id)}>
                          Slett <span class="sr-only">{acc.name}</span>
                        </button>
                      </div>
                    )}
                  </article>
                </li>
              );
            })}
          </ul>
          {shown.length === 0 && <p>Ingen kontoer passer filteret.</p>}
        </section>
      )}

      <section class="tool-panel" aria-labelledby="accounts-files-heading">
        <h2 id="accounts-files-heading" class="tool-panel__title">Eksport og import</h2>
        <p>
          CSV-filen åpnes i Excel med æ, ø og å i behold. Datoer står som ÅÅÅÅ-MM-DD. Dere kan redigere filen i
          Excel og importere den igjen: kontoer med samme ID oppdateres, rader uten ID blir nye kontoer.
          Kolonnene «Koblet vurdering», «Siste beslutning» og «Sist endret» er bare til lesing og leses ikke inn.
        </p>
        <div class="actions">
          <button type="button" class="button" onClick={() => void exportCsv()} disabled={accounts.length === 0}>Last ned CSV</button>
          <button type="button" class="button secondary" onClick={() => void exportJson()} disabled={accounts.length === 0}>Last ned JSON</button>
        </div>
        <div class="field">
          <label for="acc-import">Importer CSV-fil</label>
          <input ref={fileInput} id="acc-import" type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)}
            aria-describedby={importErrors.length > 0 ? 'acc-import-errors' : 'acc-import-help'} />
          <p id="acc-import-help" class="accounts__help">Importen gjelder hele filen: er én rad feil, blir ingenting importert.</p>
        </div>
        {importErrors.length > 0 && (
          <div id="acc-import-errors" class="form-error accounts__errors" role="alert">
            <p>Filen ble ikke importert. Ingenting er endret. Rett disse feilene og prøv igjen:</p>
            <ul>
              {importErrors.slice(0, 50).map((e, i) => <li key={i}>{e.message}</li>)}
            </ul>
            {importErrors.length > 50 && <p>… og {importErrors.length - 50} feil til.</p>}
          </div>
        )}
        {pending && (
          <div class="accounts__confirm" role="group" aria-labelledby="acc-import-confirm">
            <p id="acc-import-confirm">
              Filen er gyldig: {pending.length} {pending.length === 1 ? 'konto' : 'kontoer'} ({pending.length - updates} nye, {updates} oppdateres). Vil dere importere?
            </p>
            <div class="actions">
              <button type="button" class="button" onClick={confirmImport}>Importer {pending.length} kontoer</button>
              <button type="button" class="button secondary" onClick={() => { setPending(null); setStatus('Importen er avbrutt. Ingenting er endret.'); }}>Avbryt</button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}

type Errors = Partial<Record<'platform' | 'name' | 'adminCount' | 'deletion' | 'form', string>>;

function AccountForm({ initial, isNew, assessments, platforms, onSaved, onCancel }: {
  initial: Account;
  isNew: boolean;
  assessments: Assessment[];
  platforms: string[];
  onSaved: (a: Account) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Account>(initial);
  const [adminText, setAdminText] = useState(initial.adminCount === null ? '' : String(initial.adminCount));
  const [errors, setErrors] = useState<Errors>({});
  // The form replaces the button that opened it: move focus into the form.
  useEffect(() => { document.getElementById('acc-platform')?.focus(); }, []);
  const set = <K extends keyof Account>(key: K, value: Account[K]) => setDraft({ ...draft, [key]: value });
  const linked = draft.assessmentId ? assessments.find((a) => a.id === draft.assessmentId) : undefined;

  const submit = (event: Event) => {
    event.preventDefault();
    const next: Errors = {};
    if (!draft.platform.trim()) next.platform = 'Skriv inn plattformen.';
    if (!draft.name.trim()) next.name = 'Skriv inn navnet på siden eller kontoen.';
    let adminCount: number | null = null;
    if (adminText.trim() !== '') {
      if (!/^\d+$/.test(adminText.trim()) || Number(adminText) > 10_000) next.adminCount = 'Antall administratorer må være et helt tall fra 0 til 10 000, eller tomt.';
      else adminCount = Number(adminText.trim());
    }
    const archiving = deletionProblem(draft);
    if (archiving) next.deletion = archiving;
    else if (draft.deletion && draft.deletion.date === '') next.deletion = 'Skriv datoen da det ble slettet.';
    if (Object.keys(next).length > 0) {
      setErrors(next);
      const first = next.platform ? 'acc-platform' : next.name ? 'acc-name' : next.adminCount ? 'acc-admins' : 'acc-archived-date';
      requestAnimationFrame(() => document.getElementById(first)?.focus());
      return;
    }
    const account = { ...draft, platform: draft.platform.trim(), name: draft.name.trim(), adminCount };
    try {
      saveAccount(account);
      onSaved(account);
    } catch (e) {
      setErrors({ form: e instanceof Error ? e.message : 'Kontoen ble ikke lagret.' });
    }
  };

  const described = (key: keyof Errors) => (errors[key] ? `acc-${key}-error` : undefined);

  return (
    <form class="account-form" onSubmit={submit} noValidate aria-labelledby="acc-form-heading">
      <h3 id="acc-form-heading">{isNew ? 'Ny konto' : `Rediger «${initial.name}»`}</h3>
      {errors.form && <p class="form-error" role="alert">{errors.form}</p>}
      {(errors.platform || errors.name || errors.adminCount || errors.deletion) && (
        <p class="form-error" role="alert">Kontoen er ikke lagret. Rett feilene under.</p>
      )}
      <div class="account-form__grid">
        <div class="field">
          <label for="acc-platform">Plattform (må fylles ut)</label>
          <input id="acc-platform" list="acc-platform-list" value={draft.platform} autoComplete="off"
            aria-invalid={errors.platform ? 'true' : undefined} aria-describedby={described('platform')}
            onInput={(e) => set('platform', (e.currentTarget).value)} />
          <datalist id="acc-platform-list">{platforms.map((p) => <option key={p} value={p} />)}</datalist>
          {errors.platform && <p id="acc-platform-error" class="form-error">{errors.platform}</p>}
        </div>
        <div class="field">
          <label for="acc-name">Navn på siden eller kontoen (må fylles ut)</label>
          <input id="acc-name" value={draft.name} autoComplete="off"
            aria-invalid={errors.name ? 'true' : undefined} aria-describedby={described('name')}
            onInput={(e) => set('name', (e.currentTarget).value)} />
          {errors.name && <p id="acc-name-error" class="form-error">{errors.name}</p>}
        </div>
        <div class="field">
          <label for="acc-address">Adresse (lenke eller brukernavn)</label>
          <input id="acc-address" value={draft.address} autoComplete="off"
            onInput={(e) => set('address', (e.currentTarget).value)} />
        </div>
        <div class="field">
          <label for="acc-unit">Enhet</label>
          <input id="acc-unit" value={draft.unit} autoComplete="off"
            onInput={(e) => set('unit', (e.currentTarget).value)} />
        </div>
        <div class="field">
          <label for="acc-owner">Eier (ansvarlig person eller rolle)</label>
          <input id="acc-owner" value={draft.owner} autoComplete="off"
            onInput={(e) => set('owner', (e.currentTarget).value)} />
        </div>
        <div class="field">
          <label for="acc-admins">Antall administratorer</label>
          <input id="acc-admins" inputMode="numeric" value={adminText} autoComplete="off"
            aria-invalid={errors.adminCount ? 'true' : undefined} aria-describedby={described('adminCount')}
            onInput={(e) => setAdminText((e.currentTarget).value)} />
          {errors.adminCount && <p id="acc-adminCount-error" class="form-error">{errors.adminCount}</p>}
        </div>
        <div class="field">
          <label for="acc-login">Innlogging for administratorene</label>
          <select id="acc-login" value={draft.login} onChange={(e) => set('login', (e.currentTarget).value as Account['login'])}>
            {LOGIN_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
        <div class="field account-form__wide">
          <label for="acc-purpose">Formål med kontoen</label>
          <textarea id="acc-purpose" value={draft.purpose} maxLength={20000}
            onInput={(e) => set('purpose', (e.currentTarget).value)} />
        </div>
        <div class="field">
          <label for="acc-need">Dokumentert behov for kanalen</label>
          <select id="acc-need" value={draft.documentedNeed} onChange={(e) => set('documentedNeed', (e.currentTarget).value as Account['documentedNeed'])}>
            {NEED_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="acc-need-where">Hvor behovet er dokumentert</label>
          <input id="acc-need-where" value={draft.needDocumentedWhere} autoComplete="off"
            onInput={(e) => set('needDocumentedWhere', (e.currentTarget).value)} />
        </div>
        <div class="field">
          <label for="acc-cleaned">Sist ryddet for innhold med personopplysninger</label>
          <input id="acc-cleaned" type="date" value={draft.lastCleaned}
            onInput={(e) => set('lastCleaned', (e.currentTarget).value)} />
        </div>
        <div class="field">
          <label for="acc-assessment">Koblet vurdering</label>
          <select id="acc-assessment" value={draft.assessmentId ?? ''} aria-describedby="acc-decision"
            onChange={(e) => set('assessmentId', (e.currentTarget).value || null)}>
            <option value="">Ingen</option>
            {draft.assessmentId && !linked && <option value={draft.assessmentId}>Vurdering som ikke finnes i denne nettleseren</option>}
            {assessments.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
          </select>
          <p id="acc-decision" class="accounts__help">Siste beslutning: {decisionText(linked, draft.assessmentId !== null)}</p>
        </div>
        <div class="field">
          <label for="acc-verdict">Konklusjon</label>
          <select id="acc-verdict" value={draft.verdict} onChange={(e) => set('verdict', (e.currentTarget).value as Account['verdict'])}>
            {VERDICT_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="acc-next">Neste gjennomgang</label>
          <input id="acc-next" type="date" value={draft.nextReview}
            onInput={(e) => set('nextReview', (e.currentTarget).value)} />
        </div>
        <fieldset class="account-form__wide account-form__archive" aria-describedby="acc-archive-help">
          <legend>Arkivert før sletting</legend>
          <p id="acc-archive-help" class="accounts__help">{ARCHIVE_FIRST} Fyll ut dato og journalpost eller referanse før dere markerer kontoen eller innleggene som slettet.</p>
          <div class="field">
            <label for="acc-archived-date">Dato for arkivering eller journalføring</label>
            <input id="acc-archived-date" type="date" value={draft.archived.date}
              aria-invalid={errors.deletion && !draft.archived.date ? 'true' : undefined} aria-describedby={described('deletion')}
              onInput={(e) => set('archived', { ...draft.archived, date: (e.currentTarget).value })} />
          </div>
          <div class="field">
            <label for="acc-archived-ref">Journalpost eller referanse</label>
            <input id="acc-archived-ref" value={draft.archived.reference} autoComplete="off"
              aria-invalid={errors.deletion && !draft.archived.reference.trim() ? 'true' : undefined} aria-describedby={described('deletion')}
              onInput={(e) => set('archived', { ...draft.archived, reference: (e.currentTarget).value })} />
          </div>
        </fieldset>
        <fieldset class="account-form__wide account-form__archive">
          <legend>Slettet</legend>
          <div class="field">
            <label for="acc-deleted">Hva er slettet?</label>
            <select id="acc-deleted" value={draft.deletion?.scope ?? ''} aria-describedby={described('deletion')}
              onChange={(e) => {
                const scope = (e.currentTarget).value;
                set('deletion', scope === '' ? null : { scope: scope as 'konto' | 'innlegg', date: draft.deletion?.date ?? '', note: draft.deletion?.note ?? '' });
              }}>
              <option value="">Ingenting er slettet</option>
              {DELETION_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </div>
          {draft.deletion && (
            <>
              <div class="field">
                <label for="acc-deleted-date">Dato for slettingen</label>
                <input id="acc-deleted-date" type="date" value={draft.deletion.date}
                  onInput={(e) => set('deletion', { ...draft.deletion!, date: (e.currentTarget).value })} />
              </div>
              <div class="field">
                <label for="acc-deleted-note">Merknad om slettingen</label>
                <input id="acc-deleted-note" value={draft.deletion.note} autoComplete="off"
                  onInput={(e) => set('deletion', { ...draft.deletion!, note: (e.currentTarget).value })} />
              </div>
            </>
          )}
          {errors.deletion && <p id="acc-deletion-error" class="form-error">{errors.deletion}</p>}
        </fieldset>
      </div>
      <div class="actions">
        <button type="submit" class="button">Lagre konto</button>
        <button type="button" class="button secondary" onClick={onCancel}>Avbryt</button>
      </div>
    </form>
  );
}
