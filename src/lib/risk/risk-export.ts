/**
 * The risk picture of one assessment as a self-describing JSON file: the
 * scales and thresholds used, the summary and every risk with its levels.
 * Loaded when the user downloads it. Pure functions, no DOM.
 */
import { localDate } from '../dates';
import type { Risk } from '../model/schema';
import { scaleDescription, type ScaleDescription } from './scales';
import { ratingOf, riskSummary, type Rating, type RiskSummary } from './register';

export interface RiskExport {
  format: 'some-veilederen/risikobilde';
  assessment: { id: string; title: string; platform: string; unit: string };
  exportedAt: string;
  today: string;
  scales: ScaleDescription;
  summary: RiskSummary;
  risks: (Risk & { before: Rating; after: Rating })[];
}

/** The risk picture of one assessment as a self-describing file: scales, thresholds, summary and every risk. */
export function riskExport(
  assessment: { id: string; title: string; platform: string; unit: string; risks: readonly Risk[] },
  now: Date,
): RiskExport {
  const today = localDate(now);
  return {
    format: 'some-veilederen/risikobilde',
    assessment: { id: assessment.id, title: assessment.title, platform: assessment.platform, unit: assessment.unit },
    exportedAt: now.toISOString(),
    today,
    scales: scaleDescription(),
    summary: riskSummary(assessment.risks, today),
    risks: assessment.risks.map((r) => ({ ...r, before: ratingOf(r, 'before'), after: ratingOf(r, 'after') })),
  };
}
