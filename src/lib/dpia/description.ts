/**
 * The structured parts of the systematic description (art. 35 nr. 7 bokstav a,
 * chapter 2): the platform features, the list editors' helpers, and the
 * generated data-flow summary («hva samles inn, hvor går det, hvem ser det»). Pure.
 */
import { FEATURES } from './features';
import type { Asset, AssetKind, DataCategory, DataSubject, FeatureUse, Recipient, RecipientRole } from './sections';

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
