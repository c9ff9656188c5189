import type { Assessment, DecisionRound } from '../../lib/model/schema';
import { correctedIds } from '../../lib/decisions/rules';
import { OUTCOME_LABEL } from '../../lib/model/labels';
import { correctedBy, roundFacts } from '../../lib/decisions/facts';
import { formatLongDate as formatDate } from '../../lib/dates';

/** The append-only log of the rounds in the management. */
export function DecisionLog({ a, times }: { a: Assessment; times: number }) {
  return (
    <section class="tool-panel" aria-labelledby="decision-log-heading">
      <h2 id="decision-log-heading" class="tool-panel__title">
        Beslutningslogg
      </h2>
      <p>
        Registrerte runder kan ikke endres eller slettes. Er noe feil, registrerer dere en rettelse: en ny oppføring som sier hvilken runde
        den retter, og hvorfor.
      </p>
      {a.decisions.length === 0 ? (
        <p>Ingen runder er registrert ennå.</p>
      ) : (
        <ol class="decision-log">
          {a.decisions.map((round, i) => (
            <RoundEntry key={round.id} round={round} index={i} all={a.decisions} />
          ))}
        </ol>
      )}
      {times > 0 && (
        <p>
          Ledelsen har behandlet vurderingen {times === 1 ? '1 gang' : `${times} ganger`}. En rettelse teller ikke som en ny behandling: den
          erstatter runden den retter.
        </p>
      )}
    </section>
  );
}

function RoundEntry({ round, index, all }: { round: DecisionRound; index: number; all: readonly DecisionRound[] }) {
  const corrected = correctedIds(all).has(round.id);
  return (
    <li class={`decision-round decision-round--${round.outcome}${corrected ? ' decision-round--corrected' : ''}`}>
      <h3>
        Runde {index + 1}: {OUTCOME_LABEL[round.outcome]}, {formatDate(round.date)}
        {round.corrects ? ' (rettelse)' : ''}
      </h3>
      {corrected && <p class="decision-tag">Rettet av runde {correctedBy(round, all).join(' og ')}. Rettelsen gjelder.</p>}
      <dl class="decision-facts">
        {roundFacts(round, all).map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}
