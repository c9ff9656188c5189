/**
 * The structured parts of the systematic description (art. 35 nr. 7 bokstav a,
 * chapter 2): the platform features, the list editors' helpers, and the
 * generated data-flow summary («hva samles inn, hvor går det, hvem ser det»). Pure.
 */
import { FEATURES } from './features';
import type { Asset, AssetKind, DataCategory, DataSubject, FeatureUse, Recipient, RecipientRole } from './sections';

/** The description's free texts, each with its label and help (the order they are asked in). */
export const DESCRIPTION_TEXTS: readonly { key: 'purpose' | 'nature' | 'scope' | 'context'; label: string; help: string }[] = [
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

/** The texts of the description's four lists (what each list editor shows). */
export const LIST_TEXTS: Record<
  'dataCategories' | 'dataSubjects' | 'recipients' | 'assets',
  { idPrefix: string; heading: string; itemNoun: string; help: string }
> = {
  dataCategories: {
    idPrefix: 'kategori',
    heading: 'Kategorier av personopplysninger',
    itemNoun: 'kategori',
    help: 'For eksempel navn og profilbilde, kommentarer og reaksjoner, meldinger, og statistikk om følgerne. Kommunen vil ikke samle inn særlige kategorier (art. 9), men innbyggere kan selv skrive om helse, politisk syn eller tro. Før opp det som kan forekomme, og merk det.',
  },
  dataSubjects: {
    idPrefix: 'registrert',
    heading: 'De registrerte',
    itemNoun: 'gruppe',
    help: 'Hvem opplysningene gjelder: følgere, de som kommenterer eller sender meldinger, personer som vises i bilder og video, og ansatte som driver kontoen. Merk barn og andre sårbare grupper, som pasienter og brukere av sosiale tjenester.',
  },
  recipients: {
    idPrefix: 'mottaker',
    heading: 'Mottakere og databehandlere',
    itemNoun: 'mottaker',
    help: 'Plattformen selv, og verktøy dere bruker ved siden av: for eksempel verktøy for å planlegge og publisere innlegg, eller analyseverktøy.',
  },
  assets: {
    idPrefix: 'eiendel',
    heading: 'Eiendeler',
    itemNoun: 'eiendel',
    help: 'Kontoene og sidene, administratorene og enhetene de logger inn fra. Skriv om tofaktorautentisering er slått på for hver konto og administrator.',
  },
};

export { FEATURES } from './features';

export const RECIPIENT_ROLES: readonly { value: RecipientRole; label: string }[] = [
  { value: 'plattform', label: 'Plattformen selv' },
  { value: 'publisering', label: 'Verktøy for planlegging og publisering' },
  { value: 'analyse', label: 'Analyseverktøy' },
  { value: 'databehandler', label: 'Annen databehandler' },
  { value: 'annen', label: 'Annen mottaker' },
];

export const ASSET_KINDS: readonly { value: AssetKind; label: string }[] = [
  { value: 'konto', label: 'Konto eller side' },
  { value: 'administrator', label: 'Administrator' },
  { value: 'enhet', label: 'Enhet (telefon, nettbrett, PC)' },
  { value: 'annen', label: 'Annet' },
];

export const TWO_FACTOR_LABELS: Record<Asset['twoFactor'], string> = {
  ja: 'Tofaktorautentisering er slått på',
  nei: 'Tofaktorautentisering er ikke slått på',
  ukjent: 'Vet ikke om tofaktorautentisering er slått på',
  'ikke-relevant': 'Tofaktorautentisering er ikke relevant',
};

export const roleLabel = (role: RecipientRole) => RECIPIENT_ROLES.find((r) => r.value === role)?.label ?? role;
export const kindLabel = (kind: AssetKind) => ASSET_KINDS.find((k) => k.value === kind)?.label ?? kind;

export interface FlowInput {
  platform: string;
  dataCategories: readonly DataCategory[];
  dataSubjects: readonly DataSubject[];
  recipients: readonly Recipient[];
  features: Readonly<Record<string, FeatureUse>>;
  assets: readonly Asset[];
}

export interface DataFlow {
  /** Hva samles inn. */
  collected: string[];
  /** Hvor går det. */
  goesTo: string[];
  /** Hvem ser det. */
  seenBy: string[];
  /** Points to look at: special categories, vulnerable data subjects, accounts without two-factor authentication, unanswered features. */
  attention: string[];
}

const named = (s: string) => s.trim();

/** The data-flow summary, generated from the structured lists. */
export function dataFlow(input: FlowInput): DataFlow {
  const platform = named(input.platform) || 'plattformen';
  const inUse = FEATURES.filter((f) => input.features[f.id]?.inUse === true);
  const unanswered = FEATURES.filter((f) => (input.features[f.id]?.inUse ?? null) === null);
  const categories = input.dataCategories.filter((c) => named(c.name));
  const subjects = input.dataSubjects.filter((s) => named(s.name));
  const recipients = input.recipients.filter((r) => named(r.name));

  const collected = [
    ...categories.map((c) => (c.special ? `${named(c.name)} (særlig kategori, art. 9)` : named(c.name))),
    ...inUse.map((f) => f.collects),
  ];
  if (subjects.length) collected.push(`om: ${subjects.map((s) => named(s.name)).join(', ')}`);

  const goesTo = [`${platform}, som driver tjenesten og behandler opplysningene også for egne formål`];
  for (const r of recipients)
    if (r.role !== 'plattform' || named(r.name).toLowerCase() !== platform.toLowerCase())
      goesTo.push(`${named(r.name)} (${roleLabel(r.role).toLowerCase()})`);

  const seenBy: string[] = [];
  if (inUse.some((f) => f.public)) seenBy.push('alle som besøker siden: kommentarer, reaksjoner og direktesendinger er offentlige');
  const admins = input.assets.filter((a) => a.kind === 'administrator' && named(a.name));
  seenBy.push(
    admins.length
      ? `kommunens administratorer av siden: ${admins.map((a) => named(a.name)).join(', ')}`
      : 'kommunens administratorer av siden',
  );
  seenBy.push(platform);
  for (const r of recipients) if (r.role !== 'plattform') seenBy.push(named(r.name));

  const attention: string[] = [];
  const special = categories.filter((c) => c.special);
  if (special.length)
    attention.push(`Særlige kategorier: ${special.map((c) => named(c.name)).join(', ')}. Vurder hvordan dere begrenser og håndterer dem.`);
  const vulnerable = subjects.filter((s) => s.vulnerable);
  if (vulnerable.length)
    attention.push(`Barn eller sårbare grupper: ${vulnerable.map((s) => named(s.name)).join(', ')}. Strengere krav kan gjelde.`);
  const noTwoFactor = input.assets.filter(
    (a) => (a.kind === 'konto' || a.kind === 'administrator') && (a.twoFactor === 'nei' || a.twoFactor === 'ukjent'),
  );
  if (noTwoFactor.length)
    attention.push(`Uten bekreftet tofaktorautentisering: ${noTwoFactor.map((a) => named(a.name) || kindLabel(a.kind)).join(', ')}.`);
  if (unanswered.length) attention.push(`Ikke besvart om funksjonen er i bruk: ${unanswered.map((f) => f.name).join(', ')}.`);
  if (!categories.length) attention.push('Ingen kategorier av personopplysninger er ført opp ennå.');
  return { collected, goesTo, seenBy, attention };
}
