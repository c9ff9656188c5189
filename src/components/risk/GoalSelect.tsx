import { SelectField } from '../form/Field';
import type { PrivacyGoal } from '../../lib/model/schema';
import { GOALS } from '../../lib/risk/scenarios';

const OPTIONS = GOALS.map((g) => ({ value: g.goal, label: g.label }));

/** The privacy goal of a risk, chosen from the three goals. */
export function GoalSelect({ id, value, onChange }: { id: string; value: PrivacyGoal; onChange: (goal: PrivacyGoal) => void }) {
  return <SelectField id={id} label="Personvernmål" value={value} options={OPTIONS} onChange={(v) => onChange(v as PrivacyGoal)} />;
}
