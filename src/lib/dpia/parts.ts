/**
 * The DPIA parts of an assessment, with empty parts filled in, and setting one
 * part. Lets the tools read an assessment whatever it holds. Pure.
 */
import type { Assessment } from '../model/schema';
import type { DpiaAssessment, DpiaParts } from './path';
import { emptyConsultation, emptyDescriptionDetails, emptyNecessity, emptyScreening, emptySignOff } from './sections';

/** The assessment with every DPIA part present (empty parts where nothing is stored). */
export function withParts(a: Assessment): DpiaAssessment {
  const p = a as Assessment & Partial<DpiaParts>;
  return {
    ...a,
    description: { ...emptyDescriptionDetails(), ...a.description },
    screening: p.screening ?? emptyScreening(),
    necessity: p.necessity ?? emptyNecessity(),
    consultation: p.consultation ?? emptyConsultation(),
    signOff: p.signOff ?? emptySignOff(),
  };
}

/** The assessment with one DPIA part replaced. */
export function setPart<K extends keyof DpiaParts>(a: Assessment, key: K, value: DpiaParts[K]): Assessment {
  return { ...a, [key]: value };
}
