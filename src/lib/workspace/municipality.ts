/**
 * The municipality named on a new assessment (format version 4). A workspace
 * nearly always belongs to one municipality, so the form starts from the name
 * written on the assessment changed last. Pure.
 */
export function lastMunicipality(assessments: readonly { municipality: string; updatedAt: string }[]): string {
  let best: { municipality: string; updatedAt: string } | undefined;
  for (const a of assessments) {
    if (a.municipality.trim() === '') continue;
    if (!best || a.updatedAt > best.updatedAt) best = a;
  }
  return best ? best.municipality.trim() : '';
}
