/**
 * The legal basis the answers point to, by the municipality's role: bokstav e
 * (with a supplementary legal basis, art. 6 nr. 3) or bokstav f (where the
 * law allows it for a public body). One topic of evaluate(). Pure.
 */
import type { AnswerReader } from './answers';
import { isComplete } from './completion';
import { checkSupplementary, provisionText, type SupplementaryCheck, type Supplementary } from './supplementary';
import { W, type Mark, type Warning } from './warnings';

export type Basis = 'e' | 'f';

/**
 * - `stoppet`: the service area is one KS advises against, and no justification is written.
 * - `ufullstendig`: the questions that decide the basis are not all answered.
 * - `e` / `f`: the answers point to that basis.
 * - `ingen`: the answers are given, but no basis is available (yet).
 */
export type Status = 'stoppet' | 'ufullstendig' | 'e' | 'f' | 'ingen';

export const NONE_YET = 'Foreløpig er ikke noe behandlingsgrunnlag på plass.';

export interface BasisFinding {
  status: Status;
  basis: Basis | null;
  conclusion: string;
  marks: Mark[];
  supplementary: SupplementaryCheck;
  warnings: Warning[];
  todo: string[];
}

/** What the role and the conditions of bokstav e or f lead to. */
export function basisFromRole(r: AnswerReader, supplementaryBasis: Supplementary): BasisFinding {
  const { answers, visible, get, val, justified, q } = r;
  const warnings: Warning[] = [];
  const todo: string[] = [];
  let status: Status = 'ufullstendig';
  let basis: Basis | null = null;
  const marks: Mark[] = [];
  let supplementary: SupplementaryCheck = { state: 'ikke-relevant', text: '' };
  let conclusion = `Ikke noe behandlingsgrunnlag er tilgjengelig ennå. Svar på spørsmålene om kommunens rolle og vilkårene for grunnlaget.`;
  const role = val('rolle');
  const task = val('f-oppgave');
  const ePath = role === 'myndighet' || (role === 'kommunikasjon' && task === 'oppgave');
  const fPath = role === 'arbeidsgiver' || (role === 'kommunikasjon' && task === 'ikke-oppgave' && isComplete(q('f-oppgave'), answers));
  if (role === 'kommunikasjon') {
    warnings.push(W.fUnntak, W.eRute);
    if (task === 'ikke-oppgave' && !isComplete(q('f-oppgave'), answers)) {
      status = 'ingen';
      conclusion = `Bokstav f er ikke tilgjengelig før dere har begrunnet skriftlig hvorfor denne kommunikasjonen ikke er en del av kommunens oppgaver (art. 6 nr. 1 andre ledd). ${NONE_YET}`;
      todo.push('Begrunn hvorfor kommunikasjonen ikke er en del av kommunens oppgaver, eller bruk bokstav e-veien.');
    }
  }
  if (role === 'usikker') {
    status = 'ingen';
    conclusion = `Kommunens rolle er ikke avklart, og behandlingsgrunnlaget avhenger av rollen. ${NONE_YET}`;
    todo.push('Avklar i hvilken rolle kommunen bruker kanalen.');
  } else if (ePath) {
    warnings.push(W.eForsiktig);
    const necessary = val('e-nodvendig');
    const found = val('e-supplerende');
    if (necessary === 'nei') {
      status = 'ingen';
      conclusion = `Dere har svart at behandlingen ikke er nødvendig for en oppgave i allmennhetens interesse eller for myndighetsutøvelse. Da kan bokstav e ikke brukes. ${NONE_YET}`;
      todo.push('Avklar kommunens rolle og formålet med kanalen på nytt før dere velger behandlingsgrunnlag.');
    } else if (necessary === 'ja' && !justified('e-nodvendig')) {
      status = 'ingen';
      conclusion = `Bokstav e er ikke tilgjengelig før dere har begrunnet at behandlingen er nødvendig for oppgaven. ${NONE_YET}`;
    } else if (necessary === 'ja' && found === 'ikke-funnet') {
      status = 'ingen';
      supplementary = { state: 'ikke-avklart', text: 'Ikke avklart: dere har ikke funnet et supplerende rettsgrunnlag.' };
      conclusion = `Bokstav e er ikke tilgjengelig uten et supplerende rettsgrunnlag (art. 6 nr. 3). ${NONE_YET}`;
      todo.push('Finn et supplerende rettsgrunnlag i annen lov (art. 6 nr. 3), eller vurder rollen på nytt.');
    } else if (necessary === 'ja' && found === 'navngitt') {
      supplementary = checkSupplementary(supplementaryBasis);
      if (supplementary.state === 'avklart') {
        status = 'e';
        basis = 'e';
        conclusion = `Svarene peker mot art. 6 nr. 1 bokstav e (oppgave i allmennhetens interesse eller utøvelse av offentlig myndighet), sammen med det supplerende rettsgrunnlaget ${provisionText(supplementaryBasis)}, som dere har vurdert at dekker formålet og er klart og forutsigbart nok.`;
      } else {
        status = 'ingen';
        conclusion = `Bokstav e er ikke tilgjengelig ennå. ${supplementary.text} ${NONE_YET}`;
        todo.push(
          'Fyll ut det supplerende rettsgrunnlaget (lov og paragraf) og svar på om det dekker formålet og er klart og forutsigbart nok (art. 6 nr. 3).',
        );
      }
    }
  } else if (fPath) {
    if (role === 'arbeidsgiver') warnings.push(W.arbeidsgiver);
    const conditions = ['f-interesse', 'f-nodvendig', 'f-avveiing', ...(visible.some((x) => x.id === 'f-barn') ? ['f-barn'] : [])];
    const failed = conditions.find((id) => val(id) === 'nei' || val(id) === 'veier-ikke');
    const answeredAll = conditions.every((id) => val(id) !== undefined);
    const okAll = conditions.every((id) => get(id) !== undefined && isComplete(q(id), answers));
    if (failed) {
      status = 'ingen';
      conclusion = `Vilkåret «${q(failed).short}» er ikke oppfylt, og alle vilkårene må være oppfylt. Da kan bokstav f ikke brukes. ${NONE_YET}`;
    } else if (answeredAll && okAll) {
      status = 'f';
      basis = 'f';
      conclusion = 'Svarene peker mot art. 6 nr. 1 bokstav f (berettiget interesse): vilkårene er besvart med ja og begrunnet.';
      if (role === 'kommunikasjon') {
        marks.push("KS' syn", 'omstridt');
        conclusion +=
          " Dette bygger på KS' syn at kommunikasjonen ikke er en del av kommunens oppgaver, og det synet er omstridt. Begrunnelsen dere har skrevet, må holde.";
      }
    } else if (answeredAll || conditions.some((id) => get(id) !== undefined && !isComplete(q(id), answers))) {
      status = 'ingen';
      conclusion = `Bokstav f er ikke tilgjengelig før alle vilkårene er besvart med ja og begrunnet${conditions.includes('f-barn') ? ', også vurderingen av barn og sårbare grupper' : ''}. ${NONE_YET}`;
    }
  }

  return { status, basis, conclusion, marks, supplementary, warnings, todo };
}
