/**
 * The supplementary legal basis for bokstav e (art. 6 nr. 3): named, and
 * tested against the purpose and the demand for clarity. Pure.
 */
import type { LegalBasisSection } from '../model/schema';
import { blank } from './completion';
import { recogniseProvision } from './provision';

/** Where the supplementary legal basis for bokstav e stands (art. 6 nr. 3). */
export interface SupplementaryCheck {
  state: 'ikke-relevant' | 'ikke-avklart' | 'avklart' | 'avvist';
  /** «Ikke avklart: …», «Avklart: kommuneloven § 4-1 …». */
  text: string;
}

export type Supplementary = Partial<Pick<LegalBasisSection, 'supplementaryBasis'>>['supplementaryBasis'];

/** «kommuneloven § 4-1», or '' when nothing is written. */
export function provisionText(b: Supplementary): string {
  return `${b?.act.trim() ?? ''} ${b?.section.trim() ?? ''}`.trim();
}

/**
 * The supplementary legal basis tested, not just named (art. 6 nr. 3): a
 * recognisable act and section, and both checks answered «ja».
 */
export function checkSupplementary(b: Supplementary): SupplementaryCheck {
  const recognised = recogniseProvision(provisionText(b));
  if (!recognised.ok) return { state: 'ikke-avklart', text: `Ikke avklart: ${recognised.reason}` };
  const name = `${recognised.act} ${recognised.section}`;
  if (b!.coversPurpose === 'nei')
    return { state: 'avvist', text: `Dere har svart at ${name} ikke dekker formålet. Da kan den ikke være supplerende rettsgrunnlag.` };
  if (b!.clearAndForeseeable === 'nei')
    return {
      state: 'avvist',
      text: `Dere har svart at ${name} ikke er klar og forutsigbar nok. Da kan den ikke være supplerende rettsgrunnlag.`,
    };
  const open = [
    b!.coversPurpose !== 'ja' ? 'om bestemmelsen dekker formålet' : null,
    b!.clearAndForeseeable !== 'ja' ? 'om den er klar og forutsigbar nok' : null,
  ].filter(Boolean);
  if (open.length > 0) return { state: 'ikke-avklart', text: `Ikke avklart: svar på ${open.join(' og ')} (${name}).` };
  if (blank(b!.reasoning))
    return { state: 'ikke-avklart', text: `Ikke avklart: skriv kort hvorfor ${name} dekker formålet og er klar nok.` };
  return { state: 'avklart', text: `Avklart: ${name} dekker formålet og er klar og forutsigbar nok, etter kommunens egen vurdering.` };
}
