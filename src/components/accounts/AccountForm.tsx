import { useEffect, useState } from 'preact/hooks';
import { saveAccountOrThrow as saveAccount } from '../../stores/workspace';
import type { Account, Assessment } from '../../lib/model/schema';
import { ARCHIVE_FIRST, DELETION_OPTIONS, LOGIN_OPTIONS, NEED_OPTIONS, VERDICT_OPTIONS, decisionText } from '../../lib/accounts/review';
import { accountToForm, checkAccountForm, type AccountFormErrors, type AccountFormText } from '../../lib/accounts/form';
import { InputField, SelectField } from '../form/Field';
import { Fieldset } from '../form/Fieldset';
import { useFormDraft } from '../form/useFormDraft';

/** The form's drafts: one per account, under the account's id. */
export const ACCOUNT_DRAFT_FORM = 'konto';

type Errors = AccountFormErrors & { form?: string };
const FOCUS: Record<keyof AccountFormErrors, string> = {
  platform: 'acc-platform',
  name: 'acc-name',
  adminCount: 'acc-admins',
  deletion: 'acc-archived-date',
};

/** Adds or edits one account. What is typed is kept as a draft until it is saved or the form is cancelled. */
export function AccountForm({
  initial,
  isNew,
  assessments,
  platforms,
  onSaved,
  onCancel,
}: {
  initial: Account;
  isNew: boolean;
  assessments: Assessment[];
  platforms: string[];
  onSaved: (a: Account) => void;
  onCancel: () => void;
}) {
  const form = useFormDraft({ form: ACCOUNT_DRAFT_FORM, id: initial.id, what: 'kontoskjemaet' }, accountToForm(initial));
  const f = form.values;
  const [errors, setErrors] = useState<Errors>({});
  // The form replaces the button that opened it: move focus into the form.
  useEffect(() => {
    document.getElementById('acc-platform')?.focus();
  }, []);
  const linked = f.assessmentId ? assessments.find((a) => a.id === f.assessmentId) : undefined;
  const text = (key: keyof AccountFormText, id: string) => ({
    id,
    value: f[key],
    autoComplete: 'off',
    onInput: (v: string) => form.set(key, v),
  });
  const choose = (key: keyof AccountFormText, id: string) => ({ id, value: f[key], onChange: (v: string) => form.set(key, v) });

  const submit = (event: Event) => {
    event.preventDefault();
    const checked = checkAccountForm(f, initial);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = (['platform', 'name', 'adminCount', 'deletion'] as const).find((k) => checked.errors[k]) ?? 'deletion';
      requestAnimationFrame(() => document.getElementById(FOCUS[first])?.focus());
      return;
    }
    try {
      saveAccount(checked.account);
      form.clear();
      onSaved(checked.account);
    } catch (e) {
      setErrors({ form: e instanceof Error ? e.message : 'Kontoen ble ikke lagret.' });
    }
  };
  const cancel = () => {
    form.clear();
    onCancel();
  };

  const deletionError = errors.deletion ? 'acc-deletion-error' : undefined;
  return (
    <form class="account-form" onSubmit={submit} noValidate aria-labelledby="acc-form-heading">
      <h3 id="acc-form-heading">{isNew ? 'Ny konto' : `Rediger «${initial.name}»`}</h3>
      {errors.form && (
        <p class="form-error" role="alert">
          {errors.form}
        </p>
      )}
      {(errors.platform || errors.name || errors.adminCount || errors.deletion) && (
        <p class="form-error" role="alert">
          Kontoen er ikke lagret. Rett feilene under.
        </p>
      )}
      <div class="account-form__grid">
        <InputField {...text('platform', 'acc-platform')} label="Plattform (må fylles ut)" list="acc-platform-list" error={errors.platform}>
          <datalist id="acc-platform-list">
            {platforms.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </InputField>
        <InputField {...text('name', 'acc-name')} label="Navn på siden eller kontoen (må fylles ut)" error={errors.name} />
        <InputField {...text('address', 'acc-address')} label="Adresse (lenke eller brukernavn)" />
        <InputField {...text('unit', 'acc-unit')} label="Enhet" />
        <InputField {...text('owner', 'acc-owner')} label="Eier (ansvarlig person eller rolle)" />
        <InputField {...text('adminCount', 'acc-admins')} label="Antall administratorer" inputMode="numeric" error={errors.adminCount} />
        <SelectField {...choose('login', 'acc-login')} label="Innlogging for administratorene" options={LOGIN_OPTIONS} />
        <InputField {...text('purpose', 'acc-purpose')} label="Formål med kontoen" rows={3} maxLength={20000} class="account-form__wide" />
        <SelectField {...choose('documentedNeed', 'acc-need')} label="Dokumentert behov for kanalen" options={NEED_OPTIONS} />
        <InputField {...text('needDocumentedWhere', 'acc-need-where')} label="Hvor behovet er dokumentert" />
        <InputField {...text('lastCleaned', 'acc-cleaned')} label="Sist ryddet for innhold med personopplysninger" type="date" />
        <SelectField
          {...choose('assessmentId', 'acc-assessment')}
          label="Koblet vurdering"
          describedBy="acc-decision"
          options={[
            { value: '', label: 'Ingen' },
            ...(f.assessmentId && !linked ? [{ value: f.assessmentId, label: 'Vurdering som ikke finnes i denne nettleseren' }] : []),
            ...assessments.map((a) => ({ value: a.id, label: a.title })),
          ]}
        >
          <p id="acc-decision" class="accounts__help">
            Siste beslutning: {decisionText(linked, f.assessmentId !== '')}
          </p>
        </SelectField>
        <SelectField {...choose('verdict', 'acc-verdict')} label="Konklusjon" options={VERDICT_OPTIONS} />
        <InputField {...text('nextReview', 'acc-next')} label="Neste gjennomgang" type="date" />
        <Fieldset
          id="acc-archive"
          legend="Arkivert før sletting"
          hintId="acc-archive-help"
          class="account-form__wide account-form__archive"
        >
          <p id="acc-archive-help" class="accounts__help">
            {ARCHIVE_FIRST} Fyll ut dato og journalpost eller referanse før dere markerer kontoen eller innleggene som slettet.
          </p>
          <InputField
            {...text('archivedDate', 'acc-archived-date')}
            label="Dato for arkivering eller journalføring"
            type="date"
            describedBy={deletionError}
            invalid={Boolean(errors.deletion) && !f.archivedDate}
          />
          <InputField
            {...text('archivedReference', 'acc-archived-ref')}
            label="Journalpost eller referanse"
            describedBy={deletionError}
            invalid={Boolean(errors.deletion) && !f.archivedReference.trim()}
          />
        </Fieldset>
        <Fieldset id="acc-deletion" legend="Slettet" error={errors.deletion} class="account-form__wide account-form__archive">
          <SelectField
            {...choose('deletionScope', 'acc-deleted')}
            label="Hva er slettet?"
            describedBy={deletionError}
            options={[{ value: '', label: 'Ingenting er slettet' }, ...DELETION_OPTIONS]}
          />
          {f.deletionScope !== '' && (
            <>
              <InputField {...text('deletionDate', 'acc-deleted-date')} label="Dato for slettingen" type="date" />
              <InputField {...text('deletionNote', 'acc-deleted-note')} label="Merknad om slettingen" />
            </>
          )}
        </Fieldset>
      </div>
      <div class="actions">
        <button type="submit" class="button">
          Lagre konto
        </button>
        <button type="button" class="button secondary" onClick={cancel}>
          Avbryt
        </button>
      </div>
    </form>
  );
}
