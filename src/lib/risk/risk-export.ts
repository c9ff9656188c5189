/**
 * The risk picture of one assessment as a self-describing JSON file: the
 * assessment's risk method (and the classic thresholds when it uses that method), the summary and every risk with its levels.
 * Loaded when the user downloads it. Pure functions, no DOM.
 */
import { localDate } from '../dates';
import type { Risk } from '../model/schema';
import { scaleDescription, type ScaleDescription } from './scales';
import { ratingOf, type Rating } from './register';
import { riskSummary, type RiskSummary } from './risk-summary';
import type { RiskMethod } from './method';
import { CLASSIC_METHOD_ID } from './method-presets';

export interface RiskExport {
  format: 'some-veilederen/risikobilde';
  assessment: { id: string; title: string; platform: string; unit: string };
  exportedAt: string;
  today: string;
  /** The assessment's risk method: scales, the band of every cell and the acceptance criteria. */
  method: RiskMethod;
  /** The classic method's thresholds (1–4, 5–9, 10–25), only when the assessment uses the classic method. */
  scales?: ScaleDescription;
  summary: RiskSummary;
  risks: (Risk & { before: Rating; after: Rating })[];
}

/** The risk picture of one assessment as a self-describing file: scales, thresholds, summary and every risk. */
export function riskExport(
  assessment: { id: string; title: string; platform: string; unit: string; risks: readonly Risk[]; method: RiskMethod },
  now: Date,
): RiskExport {
  const today = localDate(now);
  return {
    format: 'some-veilederen/risikobilde',
    assessment: { id: assessment.id, title: assessment.title, platform: assessment.platform, unit: assessment.unit },
    exportedAt: now.toISOString(),
    today,
    method: assessment.method,
    ...(assessment.method.id === CLASSIC_METHOD_ID ? { scales: scaleDescription() } : {}),
    summary: riskSummary(assessment.risks, today, assessment.method),
    risks: assessment.risks.map((r) => ({
      ...r,
      before: ratingOf(r, 'before', assessment.method),
      after: ratingOf(r, 'after', assessment.method),
    })),
  };
}
