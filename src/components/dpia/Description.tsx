import { ListEditor } from './ListEditor';
import { ASSET_KINDS, FEATURES, RECIPIENT_ROLES, TWO_FACTOR_LABELS, dataFlow } from '../../lib/dpia/description';
import type { Asset, AssetKind, DataCategory, DataSubject, Recipient, RecipientRole } from '../../lib/dpia/sections';
import type { DpiaParts } from '../../lib/dpia/path';
import { useDpia } from './use-dpia';
import { DpiaFrame, type DpiaView } from './DpiaFrame';
import { RadioGroup } from '../form/Fieldset';
import { TextField } from '../form/TextField';
import { updateAssessment } from '../../stores/workspace';

type Desc = DpiaParts['description'];
type TextKey = 'purpose' | 'nature' | 'scope' | 'context' | 'retention';

const TEXTS: { key: Exclude<TextKey, 'retention'>; label: string; help: string }[] = [
  {
    key: 'purpose',
    label: 'Formål',
    help: 'Hva skal kommunen bruke plattformen til? For eksempel å nå innbyggere som ikke bruker nettstedet, å oppfylle plikten til å informere aktivt om virksomheten (kommuneloven § 4-1), eller å gjøre informasjon om tjenestene lett å finne.',
  },
  {
    key: 'nature',
    label: 'Art: hvordan opplysningene behandles',
    help: 'Hvordan samles opplysningene inn, lagres og brukes, hvem får tilgang, og hvem gjelder de? Vær konkret om funksjonene dere bruker på plattformen, for eksempel «liker», kommentarfelt og sidestatistikk.',
  },
  {
    key: 'scope',
    label: 'Omfang',
    help: 'Hvor mange personer gjelder det, hvor mye data, hvor lenge og i hvilket geografisk område? Anslå antall følgere og besøkende ut fra erfaringen til andre kommuner eller statistikk. Det mest synlige er hvem som følger siden, hva de liker og hva de skriver.',
  },
  {
    key: 'context',
    label: 'Sammenheng',
    help: 'Hvilket forhold har kommunen til innbyggerne, og hva forventer de? Hvor kjent er plattformen, hvor åpen er den om behandlingen, og hvor lett er det for en vanlig bruker å forstå den, særlig for barn, unge og andre sårbare grupper? Brukes ny teknologi, for eksempel algoritmer som analyserer brukerne?',
  },
];

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
    <DpiaFrame dpia={dpia} empty="Velg eller opprett en vurdering over for å starte beskrivelsen.">
      {(view) => <DescriptionParts {...view} />}
    </DpiaFrame>
  );
}

function DescriptionParts({ a, save, setStatus }: DpiaView) {
  const d = a.description;
  const setText = (key: TextKey) => (e: Event) => {
    const value = (e.currentTarget as HTMLTextAreaElement).value;
    save('description', (x) => ({ ...x, [key]: value }));
  };
  const list =
    <K extends 'dataCategories' | 'dataSubjects' | 'recipients' | 'assets'>(key: K) =>
    (recipe: (items: Desc[K]) => Desc[K], message?: string) => {
      save('description', (x) => ({ ...x, [key]: recipe(x[key]) }));
      if (message) setStatus(message);
    };
  const flow = dataFlow({ platform: a.platform, ...d });

  return (
    <>
      <section class="tool-panel" aria-labelledby="desc-controller-heading">
        <h2 id="desc-controller-heading" class="tool-panel__title">
          Behandlingsansvarlig
        </h2>
        <TextField
          key={a.id}
          id="desc-municipality"
          label="Kommune"
          value={a.municipality}
          maxLength={500}
          describedBy="desc-municipality-help"
          draft={{ form: 'beskrivelse', id: a.id, field: 'municipality', what: 'beskrivelsen' }}
          onCommit={(value, final) => saveMunicipality(a.id, final ? value.trim() : value)}
        >
          <p id="desc-municipality-help" class="dpia-help">
            Kommunen er behandlingsansvarlig, også når en enhet driver kontoen. Navnet står i toppteksten i rapporten og i Word-filen.
          </p>
        </TextField>
      </section>

      <section class="tool-panel" aria-labelledby="desc-text-heading">
        <h2 id="desc-text-heading" class="tool-panel__title">
          Formål, art, omfang og sammenheng
        </h2>
        {TEXTS.map((t) => (
          <div class="field" key={t.key}>
            <label for={`desc-${t.key}`}>{t.label}</label>
            <p id={`desc-${t.key}-help`} class="dpia-help">
              {t.help}
            </p>
            <textarea
              id={`desc-${t.key}`}
              maxLength={20000}
              value={d[t.key]}
              aria-describedby={`desc-${t.key}-help`}
              onInput={setText(t.key)}
            />
          </div>
        ))}
      </section>

      <section class="tool-panel" aria-labelledby="desc-lists-heading">
        <h2 id="desc-lists-heading" class="tool-panel__title">
          Opplysninger, personer og mottakere
        </h2>
        <ListEditor<DataCategory>
          idPrefix="kategori"
          heading="Kategorier av personopplysninger"
          itemNoun="kategori"
          items={d.dataCategories}
          help="For eksempel navn og profilbilde, kommentarer og reaksjoner, meldinger, og statistikk om følgerne. Kommunen vil ikke samle inn særlige kategorier (art. 9), men innbyggere kan selv skrive om helse, politisk syn eller tro. Før opp det som kan forekomme, og merk det."
          onChange={list('dataCategories')}
          make={(id) => ({ id, name: '', special: false, note: '' })}
          extra={(item, update, fid) => (
            <label class="dpia-check">
              <input
                type="checkbox"
                id={`${fid}-special`}
                checked={item.special}
                onChange={(e) => update({ special: e.currentTarget.checked })}
              />
              Særlig kategori (art. 9) eller svært personlig
            </label>
          )}
        />
        <ListEditor<DataSubject>
          idPrefix="registrert"
          heading="De registrerte"
          itemNoun="gruppe"
          items={d.dataSubjects}
          help="Hvem opplysningene gjelder: følgere, de som kommenterer eller sender meldinger, personer som vises i bilder og video, og ansatte som driver kontoen. Merk barn og andre sårbare grupper, som pasienter og brukere av sosiale tjenester."
          onChange={list('dataSubjects')}
          make={(id) => ({ id, name: '', vulnerable: false, note: '' })}
          extra={(item, update, fid) => (
            <label class="dpia-check">
              <input
                type="checkbox"
                id={`${fid}-vulnerable`}
                checked={item.vulnerable}
                onChange={(e) => update({ vulnerable: e.currentTarget.checked })}
              />
              Barn eller sårbar gruppe
            </label>
          )}
        />
        <ListEditor<Recipient>
          idPrefix="mottaker"
          heading="Mottakere og databehandlere"
          itemNoun="mottaker"
          items={d.recipients}
          help="Plattformen selv, og verktøy dere bruker ved siden av: for eksempel verktøy for å planlegge og publisere innlegg, eller analyseverktøy."
          onChange={list('recipients')}
          make={(id) => ({ id, name: '', role: 'plattform', note: '' })}
          extra={(item, update, fid) => (
            <div class="field">
              <label for={`${fid}-role`}>Rolle</label>
              <select id={`${fid}-role`} value={item.role} onChange={(e) => update({ role: e.currentTarget.value as RecipientRole })}>
                {RECIPIENT_ROLES.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
            </div>
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
              <div class="field">
                <label for={`feature-${f.id}-note`}>Merknad: {f.name.toLowerCase()}</label>
                <input
                  id={`feature-${f.id}-note`}
                  maxLength={20000}
                  value={use.note}
                  autoComplete="off"
                  onInput={(e) => setUse({ note: e.currentTarget.value })}
                />
              </div>
            </RadioGroup>
          );
        })}
      </section>

      <section class="tool-panel" aria-labelledby="desc-retention-heading">
        <h2 id="desc-retention-heading" class="tool-panel__title">
          Lagring, sletting og eiendeler
        </h2>
        <div class="field">
          <label for="desc-retention">Lagring og sletting, arkivering medregnet</label>
          <p id="desc-retention-help" class="dpia-help">
            Hvor lenge innlegg, kommentarer og meldinger blir liggende, når dere skjuler eller sletter, og hvordan innhold som er
            arkivverdig, arkiveres eller journalføres før det slettes.
          </p>
          <textarea
            id="desc-retention"
            maxLength={20000}
            value={d.retention}
            aria-describedby="desc-retention-help"
            onInput={setText('retention')}
          />
        </div>
        <ListEditor<Asset>
          idPrefix="eiendel"
          heading="Eiendeler"
          itemNoun="eiendel"
          items={d.assets}
          help="Kontoene og sidene, administratorene og enhetene de logger inn fra. Skriv om tofaktorautentisering er slått på for hver konto og administrator."
          onChange={list('assets')}
          make={(id) => ({ id, kind: 'konto', name: '', twoFactor: 'ukjent' as const, note: '' })}
          extra={(item, update, fid) => (
            <>
              <div class="field">
                <label for={`${fid}-kind`}>Type</label>
                <select id={`${fid}-kind`} value={item.kind} onChange={(e) => update({ kind: e.currentTarget.value as AssetKind })}>
                  {ASSET_KINDS.map((k) => (
                    <option key={k.value} value={k.value}>
                      {k.label}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for={`${fid}-2fa`}>Tofaktorautentisering</label>
                <select
                  id={`${fid}-2fa`}
                  value={item.twoFactor}
                  onChange={(e) => update({ twoFactor: e.currentTarget.value as Asset['twoFactor'] })}
                >
                  {(Object.entries(TWO_FACTOR_LABELS) as [Asset['twoFactor'], string][]).map(([v, label]) => (
                    <option key={v} value={v}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
            </>
          )}
        />
      </section>

      <section class="tool-panel" aria-labelledby="desc-flow-heading">
        <h2 id="desc-flow-heading" class="tool-panel__title">
          Dataflyt: hva samles inn, hvor går det, hvem ser det
        </h2>
        <p class="dpia-help">Laget av listene og funksjonene over. Den oppdateres når dere endrer dem, og kommer med i rapporten.</p>
        <dl class="dpia-flow">
          <dt>Hva samles inn</dt>
          <dd>
            {flow.collected.length ? (
              <ul>
                {flow.collected.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            ) : (
              'Ingenting er ført opp ennå.'
            )}
          </dd>
          <dt>Hvor går det</dt>
          <dd>
            <ul>
              {flow.goesTo.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          </dd>
          <dt>Hvem ser det</dt>
          <dd>
            <ul>
              {flow.seenBy.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          </dd>
          {flow.attention.length > 0 && (
            <>
              <dt>Se nærmere på</dt>
              <dd>
                <ul>
                  {flow.attention.map((x) => (
                    <li key={x}>{x}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      </section>
    </>
  );
}
