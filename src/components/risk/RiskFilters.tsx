import { SelectField } from '../form/Field';
import type { PrivacyGoal } from '../../lib/model/schema';
import type { RiskMethod } from '../../lib/risk/method';
import { SORT_LABEL, STATUS_FILTER_OPTIONS, levelOptions, type RiskFilter, type SortKey } from '../../lib/risk/risk-filter';
import { GOALS } from '../../lib/risk/scenarios';

const GOAL_FILTER_OPTIONS = [{ value: '', label: 'Alle mål' }, ...GOALS.map((g) => ({ value: g.goal, label: g.label }))];
const SORT_OPTIONS = (Object.keys(SORT_LABEL) as SortKey[]).map((value) => ({ value, label: SORT_LABEL[value] }));

/** The register's filters (goal, level before and after, measure status) and its sort order. */
export function RiskFilters({
  method,
  filter,
  sortKey,
  onFilter,
  onSort,
}: {
  method: RiskMethod;
  filter: RiskFilter;
  sortKey: SortKey;
  onFilter: (f: RiskFilter) => void;
  onSort: (k: SortKey) => void;
}) {
  const levels = levelOptions(method);
  return (
    <div class="risk-filters" role="group" aria-label="Filtrer og sorter">
      <SelectField
        id="filter-goal"
        label="Personvernmål"
        value={filter.goal}
        options={GOAL_FILTER_OPTIONS}
        onChange={(goal) => onFilter({ ...filter, goal: goal as '' | PrivacyGoal })}
      />
      <SelectField
        id="filter-before"
        label="Nivå før tiltak"
        value={filter.levelBefore}
        options={levels}
        onChange={(levelBefore) => onFilter({ ...filter, levelBefore })}
      />
      <SelectField
        id="filter-after"
        label="Nivå etter tiltak"
        value={filter.levelAfter}
        options={levels}
        onChange={(levelAfter) => onFilter({ ...filter, levelAfter })}
      />
      <SelectField
        id="filter-status"
        label="Tiltaksstatus"
        value={filter.status}
        options={STATUS_FILTER_OPTIONS}
        onChange={(status) => onFilter({ ...filter, status: status as RiskFilter['status'] })}
      />
      <SelectField id="risk-sort" label="Sorter etter" value={sortKey} options={SORT_OPTIONS} onChange={(k) => onSort(k as SortKey)} />
    </div>
  );
}
