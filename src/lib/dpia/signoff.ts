/**
 * Sign-off of the assessment (chapter 8; ICO step 7): what is missing or
 * inconsistent, and the legal limit on going ahead. Pure.
 */
import type { SignOffSection } from './sections';

export interface SignOffContext {
  /** Risks whose residual score is in the high band now. */
  highResidual: number;
  /** Whether a decision round is recorded. */
  hasDecision: boolean;
  /** The DPO's advice written under consultation. */
  dpoAdvice: string;
}

/** Problems with the sign-off as filled in (empty when complete and consistent). */
export function signOffProblems(s: SignOffSection, ctx: SignOffContext): string[] {
  const p: string[] = [];
  if (!s.approverName.trim() || !s.approverRole.trim()) p.push('Skriv navn og rolle på den som godkjenner.');
  if (!s.date) p.push('Skriv datoen for godkjenningen.');
  if (!ctx.hasDecision) p.push('Ingen beslutningsrunde er registrert ennå. Registrer ledelsens behandling over.');
  if (!ctx.dpoAdvice.trim()) p.push('Personvernombudets råd er ikke skrevet inn under medvirkning og råd.');
  if (s.dpoAdviceFollowed === null) p.push('Oppgi om personvernombudets råd ble fulgt.');
  if (s.dpoAdviceFollowed === false && !s.dpoAdviceReason.trim()) p.push('Skriv hvorfor personvernombudets råd ikke ble fulgt.');
  if (!s.measuresApprovedBy.trim()) p.push('Skriv hvem som godkjente tiltakene.');
  if (!s.residualRiskAcceptedBy.trim()) p.push('Skriv hvem som godtok restrisikoen.');
  if (!s.reviewOwner.trim()) p.push('Skriv hvem som har ansvar for neste gjennomgang.');
  if (!s.nextReview) p.push('Sett en dato for neste gjennomgang.');
  else if (s.date && s.nextReview <= s.date) p.push('Neste gjennomgang må være etter godkjenningsdatoen.');
  return p;
}

/** The warning that stops a sign-off from reading as «go ahead» when the law says prior consultation comes first. */
export function priorConsultationWarning(ctx: SignOffContext): string | null {
  if (ctx.highResidual === 0) return null;
  return `${ctx.highResidual === 1 ? 'Én risiko har' : `${ctx.highResidual} risikoer har`} fortsatt høy restrisiko. Da skal kommunen rådføre seg med Datatilsynet (forhåndsdrøfting etter art. 36 nr. 1) før behandlingen starter. En godkjenning her betyr ikke at enheten kan ta plattformen i bruk før det er gjort.`;
}
