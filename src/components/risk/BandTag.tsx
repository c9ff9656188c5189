import { PATTERN_SYMBOL, type MethodBand } from '../../lib/risk/method';
import { bandStyle } from '../../lib/risk/method-edit';

/** A band as a tag: symbol for its pattern, its name, its colour. */
export function BandTag({ band }: { band: MethodBand | null }) {
  if (!band) return <span class="band-tag band-none">Ikke vurdert</span>;
  return (
    <span class="band-tag method-band" style={bandStyle(band)} data-band={band.id}>
      <span aria-hidden="true">{PATTERN_SYMBOL[band.pattern]} </span>
      {band.name}
    </span>
  );
}
