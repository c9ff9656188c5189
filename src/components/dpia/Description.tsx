import { ListEditor } from './ListEditor';
import {
  ASSET_KINDS,
  DESCRIPTION_TEXTS,
  LIST_TEXTS,
  FEATURES,
  RECIPIENT_ROLES,
  TWO_FACTOR_LABELS,
  dataFlow,
} from '../../lib/dpia/description';
import type { Asset, AssetKind, DataCategory, DataSubject, Recipient, RecipientRole } from '../../lib/dpia/sections';
import type { DpiaParts } from '../../lib/dpia/path';
import { useDpia } from './use-dpia';
import { DpiaFrame, type DpiaView } from './DpiaFrame';
import { RadioGroup } from '../form/Fieldset';
import { SelectField } from '../form/Field';
import { DpiaText } from './DpiaText';
import { DataFlow } from './DataFlow';
import { updateAssessment } from '../../stores/workspace';
import { TOOL_TEXTS } from '../tool-texts';

type Desc = DpiaParts['description'];

const TWO_FACTOR = (Object.entries(TWO_FACTOR_LABELS) as [Asset['twoFactor'], string][]).map(([value, label]) => ({ value, label }));

/** A list item's yes/no property, as a checkbox with its label (the `extra` of a ListEditor). */
type FlagOf<T> = { [F in keyof T]: T[F] extends boolean ? F : never }[keyof T] & string;
function flagExtra<T>(flag: FlagOf<T>, label: string) {
  return (item: T, update: (change: Partial<T>) => boolean, fieldId: string) => (
    <label class="dpia-check">
      <input
        type="checkbox"
        id={`${fieldId}-${flag}`}
        checked={item[flag] as boolean}
        onChange={(e) => update({ [flag]: e.currentTarget.checked } as Partial<T>)}
      />
      {label}
    </label>
  );
}

const IN_USE = [
  { value: true, label: 'I bruk' },
  { value: false, label: 'Ikke i bruk' },
];

/** Saves the municipality's name; false when it was refused (the store reports why). */
function saveMunicipality(id: string, value: string): boolean {
  return updateAssessment(id, (current) => ({ ...current, municipality: value })).ok;
}

/** «Beskrivelse av behandlingen» (art. 35 nr. 7 bokstav a): texts, structured lists, and the generated data flow. */
export function Description() {
  const dpia = useDpia();
  return (
    <DpiaFrame dpia={dpia} empty={TOOL_TEXTS.beskrivelse.empty}>
      {(view) => <DescriptionParts {...view} />}
    </DpiaFrame>
  );
}

function DescriptionParts({ a, save, setStatus }: DpiaView) {
  const d = a.description;
  const setText = (key: (typeof DESCRIPTION_TEXTS)[number]['key'] | 'retention') => (value: string) =>
    save('description', (x) => ({ ...x, [key]: value }));
  const list =
    <K extends 'dataCategories' | 'dataSubjects' | 'recipients' | 'assets'>(key: K) =>
    (recipe: (items: Desc[K]) => Desc[K], message?: string) => {
      const saved = save('description', (x) => ({ ...x, [key]: recipe(x[key]) }));
      if (saved && message) setStatus(message);
      return saved;
    };
  const listProps = <K extends keyof typeof LIST_TEXTS>(key: K) => ({
    ...LIST_TEXTS[key],
    items: d[key],
    assessment: a.id,
    onChange: list(key),
  });
  const flow = dataFlow({ platform: a.platform, ...d });

  return (
    <>
      <section class="tool-panel" aria-labelledby="desc-controller-heading">
        <h2 id="desc-controller-heading" class="tool-panel__title">
          Behandlingsansvarlig
        </h2>
        <DpiaText
          assessment={a.id}
          part="description"
          field="municipality"
          id="desc-municipality"
          label="Kommune"
          value={a.municipality}
          describedBy="desc-municipality-help"
          onCommit={(value, final) => saveMunicipality(a.id, final ? value.trim() : value)}
        >
          <p id="desc-municipality-help" class="dpia-help">
            Kommunen er behandlingsansvarlig, også når en enhet driver kontoen. Navnet står i toppteksten i rapporten og i Word-filen.
          </p>
        </DpiaText>
      </section>

      <section class="tool-panel" aria-labelledby="desc-text-heading">
        <h2 id="desc-text-heading" class="tool-panel__title">
          Formål, art, omfang og sammenheng
        </h2>
        {DESCRIPTION_TEXTS.map((t) => (
          <DpiaText
            key={t.key}
            assessment={a.id}
            part="description"
            field={t.key}
            id={`desc-${t.key}`}
            label={t.label}
            value={d[t.key]}
            multiline
            describedBy={`desc-${t.key}-help`}
            intro={
              <p id={`desc-${t.key}-help`} class="dpia-help">
                {t.help}
              </p>
            }
            onCommit={setText(t.key)}
          />
        ))}
      </section>

      <section class="tool-panel" aria-labelledby="desc-lists-heading">
        <h2 id="desc-lists-heading" class="tool-panel__title">
          Opplysninger, personer og mottakere
        </h2>
        <ListEditor<DataCategory>
          {...listProps('dataCategories')}
          make={(id) => ({ id, name: '', special: false, note: '' })}
          extra={flagExtra<DataCategory>('special', 'Særlig kategori (art. 9) eller svært personlig')}
        />
        <ListEditor<DataSubject>
          {...listProps('dataSubjects')}
          make={(id) => ({ id, name: '', vulnerable: false, note: '' })}
          extra={flagExtra<DataSubject>('vulnerable', 'Barn eller sårbar gruppe')}
        />
        <ListEditor<Recipient>
          {...listProps('recipients')}
          make={(id) => ({ id, name: '', role: 'plattform', note: '' })}
          extra={(item, update, fid) => (
            <SelectField
              id={`${fid}-role`}
              label="Rolle"
              value={item.role}
              options={RECIPIENT_ROLES}
              onChange={(role) => update({ role: role as RecipientRole })}
            />
          )}
        />
      </section>

      <section class="tool-panel" aria-labelledby="desc-features-heading">
        <h2 id="desc-features-heading" class="tool-panel__title">
          Funksjoner på plattformen
        </h2>
        <p class="dpia-help">
          Svar for hver funksjon om kommunen bruker den. Hver funksjon dere bruker, gir plattformen flere opplysninger.
        </p>
        {FEATURES.map((f) => {
          const use = d.features[f.id] ?? { inUse: null, note: '' };
          const setUse = (change: Partial<typeof use>, message = '') =>
            save(
              'description',
              (x) => ({ ...x, features: { ...x.features, [f.id]: { ...(x.features[f.id] ?? { inUse: null, note: '' }), ...change } } }),
              message,
            );
          return (
            <RadioGroup
              key={f.id}
              class="dpia-fieldset"
              name={`feature-${f.id}`}
              legend={f.name}
              options={IN_USE}
              value={use.inUse ?? undefined}
              onChange={(inUse) => setUse({ inUse }, inUse ? `«${f.name}» er i bruk.` : `«${f.name}» er ikke i bruk.`)}
            >
              <DpiaText
                assessment={a.id}
                part="description"
                field={`feature.${f.id}`}
                id={`feature-${f.id}-note`}
                label={`Merknad: ${f.name.toLowerCase()}`}
                value={use.note}
                maxLength={20000}
                onCommit={(note) => setUse({ note })}
              />
            </RadioGroup>
          );
        })}
      </section>

      <section class="tool-panel" aria-labelledby="desc-retention-heading">
        <h2 id="desc-retention-heading" class="tool-panel__title">
          Lagring, sletting og eiendeler
        </h2>
        <DpiaText
          assessment={a.id}
          part="description"
          field="retention"
          id="desc-retention"
          label="Lagring og sletting, arkivering medregnet"
          value={d.retention}
          multiline
          describedBy="desc-retention-help"
          intro={
            <p id="desc-retention-help" class="dpia-help">
              Hvor lenge innlegg, kommentarer og meldinger blir liggende, når dere skjuler eller sletter, og hvordan innhold som er
              arkivverdig, arkiveres eller journalføres før det slettes.
            </p>
          }
          onCommit={setText('retention')}
        />
        <ListEditor<Asset>
          {...listProps('assets')}
          make={(id) => ({ id, kind: 'konto', name: '', twoFactor: 'ukjent' as const, note: '' })}
          extra={(item, update, fid) => (
            <>
              <SelectField
                id={`${fid}-kind`}
                label="Type"
                value={item.kind}
                options={ASSET_KINDS}
                onChange={(kind) => update({ kind: kind as AssetKind })}
              />
              <SelectField
                id={`${fid}-2fa`}
                label="Tofaktorautentisering"
                value={item.twoFactor}
                options={TWO_FACTOR}
                onChange={(twoFactor) => update({ twoFactor: twoFactor as Asset['twoFactor'] })}
              />
            </>
          )}
        />
      </section>

      <DataFlow flow={flow} />
    </>
  );
}
