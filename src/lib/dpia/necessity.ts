/**
 * Necessity and proportionality (art. 35 nr. 7 bokstav b): the reasoning
 * fields, the alternatives, and the answers already given in the legal-basis
 * helper and the checklists that belong to each field (shown read-only, not
 * typed twice). Pure.
 */
import type { ChecklistsSection, LegalBasisSection } from '../model/schema';
import { answerLabel, getAnswer, type Checklist } from '../checklists';
import { optionLabel } from '../legal-basis/answers';
import { answerOf, isVisible } from '../legal-basis/completion';
import { QUESTION_BY_ID } from '../legal-basis/questions';
import type { NecessitySection } from './sections';

type NecessityField = 'minimisation' | 'retention' | 'information' | 'rights' | 'jointControl' | 'transfers';

export interface FieldDef {
  key: NecessityField;
  label: string;
  help: string;
  /** Questions of the legal-basis helper whose answers belong here. */
  legalBasis: readonly string[];
  /** Checklist items whose answers belong here, as «list id/item id» (content/sjekklister/). */
  checklist: readonly string[];
}

export const FIELDS: readonly FieldDef[] = [
  {
    key: 'minimisation',
    label: 'Dataminimering: hvilke funksjoner er slått av, og hvorfor',
    help: 'For eksempel: piksel på kommunens nettsider er ikke tatt i bruk, direktemeldinger er slått av fordi henvendelser om enkeltsaker skal gå til andre kanaler, og annonser brukes ikke.',
    legalBasis: [],
    checklist: ['systematisk-beskrivelse/funksjoner', 'systematisk-beskrivelse/saerlige-kategorier'],
  },
  {
    key: 'retention',
    label: 'Lagringstid',
    help: 'Hvor lenge kommunen beholder innlegg, kommentarer og meldinger, hva plattformen selv lagrer, og hvordan dere arkiverer eller journalfører før noe slettes.',
    legalBasis: ['arkiv'],
    checklist: ['systematisk-beskrivelse/mengde-lagringstid', 'andre-regler/arkivering', 'andre-regler/arkiver-for-sletting'],
  },
  {
    key: 'information',
    label: 'Informasjon til de registrerte (art. 13 og 14)',
    help: 'Hvor personvernerklæringen for siden er publisert (for eksempel på kommunens nettsted med lenke fra profilen), og hva den forteller om plattformens behandling.',
    legalBasis: ['informasjonsplikt'],
    checklist: ['ansvarsforhold/informasjon-innsyn', 'ansvarsforhold/mer-informasjonsplikt'],
  },
  {
    key: 'rights',
    label: 'Innsyn, sletting og protest',
    help: 'Hvordan kommunen svarer på krav om innsyn, sletting og protest når plattformen har mye av dataene, og hva dere gjør med kommentarer som må skjules eller fjernes.',
    legalBasis: [],
    checklist: ['ansvarsforhold/informasjon-innsyn', 'ansvarsforhold/leverandorens-rettigheter'],
  },
  {
    key: 'jointControl',
    label: 'Ordningen med plattformen (art. 26)',
    help: 'Hva ordningen for felles behandlingsansvar sier om ansvarsfordelingen, og hvor den finnes.',
    legalBasis: ['felles-ansvar'],
    checklist: ['ansvarsforhold/felles-ansvar', 'ansvarsforhold/ordning'],
  },
  {
    key: 'transfers',
    label: 'Overføring til land utenfor EU/EØS',
    help: 'Hvor plattformen behandler opplysningene, og hvilket overføringsgrunnlag overføringen bygger på.',
    legalBasis: ['leverandor', 'overforingsgrunnlag'],
    checklist: ['overforing/hvor', 'overforing/godkjent-land', 'overforing/overforingsgrunnlag'],
  },
];

export const ALTERNATIVES: readonly { id: string; name: string }[] = [
  { id: 'nettsted', name: 'Kommunens eget nettsted' },
  { id: 'nyhetsbrev', name: 'Nyhetsbrev på e-post eller SMS' },
  { id: 'annen-plattform', name: 'En annen plattform' },
];

export interface LinkedAnswer {
  question: string;
  answer: string;
  justification: string;
}

/** The legal-basis answers that belong to a field (only questions the helper shows and that are answered). */
export function linkedAnswers(section: Pick<LegalBasisSection, 'answers'>, field: FieldDef): LinkedAnswer[] {
  return field.legalBasis.flatMap((qid) => {
    const q = QUESTION_BY_ID.get(qid);
    const a = answerOf(section.answers, qid);
    if (!q || !a || !isVisible(q, section.answers)) return [];
    return [{ question: q.title, answer: optionLabel(q, a.value), justification: a.justification.trim() }];
  });
}

/** A checklist item the necessity page shows, taken from the lists at build time (so the island gets no more text than it needs). */
export interface ChecklistRef {
  listId: string;
  listTitle: string;
  itemId: string;
  question: string;
}

/** The items FIELDS refers to, found in the site's checklists; a reference to an item that does not exist is left out. */
export function necessityChecklistRefs(lists: readonly Checklist[]): ChecklistRef[] {
  const wanted = new Set(FIELDS.flatMap((f) => f.checklist));
  return lists.flatMap((list) =>
    list.items
      .filter((item) => wanted.has(`${list.id}/${item.id}`))
      .map((item) => ({ listId: list.id, listTitle: list.title, itemId: item.id, question: item.question })),
  );
}

export interface LinkedChecklistAnswer extends ChecklistRef {
  /** «Ja», «Nei», «Delvis», «Ikke relevant» or «Ikke besvart». */
  answer: string;
  answered: boolean;
  comment: string;
}

/** The checklist answers that belong to a field, in the field's order, unanswered items included. */
export function linkedChecklistAnswers(
  section: ChecklistsSection | undefined,
  refs: readonly ChecklistRef[],
  field: FieldDef,
): LinkedChecklistAnswer[] {
  return field.checklist.flatMap((key) => {
    const ref = refs.find((r) => `${r.listId}/${r.itemId}` === key);
    if (!ref) return [];
    const a = getAnswer(section, ref.listId, ref.itemId);
    return [{ ...ref, answer: answerLabel(a.answer), answered: a.answer !== null, comment: a.comment.trim() }];
  });
}

/** The section with one alternative changed. */
export function setAlternative(n: NecessitySection, id: string, change: { chosen?: boolean | null; reason?: string }): NecessitySection {
  const current = n.alternatives[id] ?? { chosen: null, reason: '' };
  return { ...n, alternatives: { ...n.alternatives, [id]: { ...current, ...change } } };
}
