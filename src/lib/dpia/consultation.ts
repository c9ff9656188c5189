/**
 * Consultation during the assessment (art. 35 nr. 2 and nr. 9): who can be
 * consulted, and the list's helpers. Pure.
 */
import type { Consultation, ConsultationSection, ConsultedParty } from './sections';

export const PARTIES: readonly { value: ConsultedParty; label: string; help: string }[] = [
  {
    value: 'personvernombud',
    label: 'Personvernombudet',
    help: 'Kommunen skal be om råd fra personvernombudet når den gjennomfører en DPIA (art. 35 nr. 2).',
  },
  {
    value: 'registrerte',
    label: 'De registrerte eller deres representanter',
    help: 'Der det er hensiktsmessig, skal kommunen be om synspunkter fra de registrerte eller deres representanter (art. 35 nr. 9), for eksempel ungdomsråd, eldreråd eller brukerorganisasjoner.',
  },
  {
    value: 'informasjonssikkerhet',
    label: 'Informasjonssikkerhet',
    help: 'Den som har ansvar for informasjonssikkerhet, for eksempel om kontoer, tilganger og tofaktorautentisering.',
  },
  { value: 'arkiv', label: 'Arkiv', help: 'Arkivtjenesten, om hva som er arkivverdig og hvordan det journalføres før noe slettes.' },
  {
    value: 'tillitsvalgte',
    label: 'Tillitsvalgte',
    help: 'Representanter for de ansatte, særlig når ansatte skal drive kontoene eller blir synlige på plattformen.',
  },
  { value: 'annen', label: 'Andre', help: 'Andre dere har rådført dere med.' },
];

export const partyLabel = (party: ConsultedParty) => PARTIES.find((p) => p.value === party)?.label ?? party;

/** The section with one entry added. */
export function addConsultation(c: ConsultationSection, entry: Consultation): ConsultationSection {
  return { ...c, entries: [...c.entries, entry] };
}

/** The section with one entry changed. */
export function updateConsultation(c: ConsultationSection, id: string, change: Partial<Omit<Consultation, 'id'>>): ConsultationSection {
  return { ...c, entries: c.entries.map((e) => (e.id === id ? { ...e, ...change } : e)) };
}

/** The section without one entry. */
export function removeConsultation(c: ConsultationSection, id: string): ConsultationSection {
  return { ...c, entries: c.entries.filter((e) => e.id !== id) };
}

/** The parties that art. 35 names and that are not in the list yet (a reminder, not a requirement for the others). */
export function missingParties(c: ConsultationSection): ConsultedParty[] {
  const named: ConsultedParty[] = ['personvernombud', 'registrerte'];
  return named.filter((p) => !c.entries.some((e) => e.party === p));
}
