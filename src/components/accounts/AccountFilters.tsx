import { VERDICT_OPTIONS, type AccountFilter, type SortDir, type SortKey } from '../../lib/accounts/review';
import { InputField, SelectField } from '../form/Field';

const SORT_OPTIONS: { value: SortKey; label: string }[] = [
  { value: 'nextReview', label: 'Neste gjennomgang' },
  { value: 'platform', label: 'Plattform' },
  { value: 'name', label: 'Navn' },
  { value: 'unit', label: 'Enhet' },
  { value: 'owner', label: 'Eier' },
  { value: 'verdict', label: 'Konklusjon' },
  { value: 'lastCleaned', label: 'Sist ryddet' },
];
const DIR_OPTIONS: { value: SortDir; label: string }[] = [
  { value: 'asc', label: 'Stigende (A–Å, eldste dato først)' },
  { value: 'desc', label: 'Synkende (Å–A, nyeste dato først)' },
];

/** Search, filters and sort order for the list of accounts. */
export function AccountFilters(props: {
  filter: AccountFilter;
  onFilter: (f: AccountFilter) => void;
  platforms: readonly string[];
  sortKey: SortKey;
  onSortKey: (k: SortKey) => void;
  sortDir: SortDir;
  onSortDir: (d: SortDir) => void;
}) {
  const { filter, onFilter } = props;
  const sortBy = (key: string) => props.onSortKey(key as SortKey);
  const sortIn = (dir: string) => props.onSortDir(dir as SortDir);
  return (
    <div class="accounts__controls">
      <InputField
        id="acc-filter-text"
        label="Søk i registeret"
        type="search"
        value={filter.text}
        onInput={(text) => onFilter({ ...filter, text })}
      />
      <SelectField
        id="acc-filter-platform"
        label="Plattform"
        value={filter.platform}
        options={[{ value: '', label: 'Alle plattformer' }, ...props.platforms.map((p) => ({ value: p, label: p }))]}
        onChange={(platform) => onFilter({ ...filter, platform })}
      />
      <SelectField
        id="acc-filter-verdict"
        label="Konklusjon"
        value={filter.verdict}
        options={[{ value: '', label: 'Alle konklusjoner' }, ...VERDICT_OPTIONS]}
        onChange={(verdict) => onFilter({ ...filter, verdict: verdict as AccountFilter['verdict'] })}
      />
      <label class="tool-choice accounts__check">
        <input
          type="checkbox"
          checked={filter.overdueOnly}
          onChange={(e) => onFilter({ ...filter, overdueOnly: e.currentTarget.checked })}
        />
        Bare forfalte gjennomganger
      </label>
      <SelectField id="acc-sort" label="Sorter etter" value={props.sortKey} options={SORT_OPTIONS} onChange={sortBy} />
      <SelectField id="acc-sort-dir" label="Rekkefølge" value={props.sortDir} options={DIR_OPTIONS} onChange={sortIn} />
    </div>
  );
}
