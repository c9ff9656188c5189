import type { DataFlow as Flow } from '../../lib/dpia/description';

/** One list of the data flow (nothing when it is empty). */
function FlowList({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  );
}

/** The generated data flow: what is collected, where it goes, who sees it, and what to look at more closely. */
export function DataFlow({ flow }: { flow: Flow }) {
  return (
    <section class="tool-panel" aria-labelledby="desc-flow-heading">
      <h2 id="desc-flow-heading" class="tool-panel__title">
        Dataflyt: hva samles inn, hvor går det, hvem ser det
      </h2>
      <p class="dpia-help">Laget av listene og funksjonene over. Den oppdateres når dere endrer dem, og kommer med i rapporten.</p>
      <dl class="dpia-flow">
        <dt>Hva samles inn</dt>
        <dd>{flow.collected.length ? <FlowList items={flow.collected} /> : 'Ingenting er ført opp ennå.'}</dd>
        <dt>Hvor går det</dt>
        <dd>
          <FlowList items={flow.goesTo} />
        </dd>
        <dt>Hvem ser det</dt>
        <dd>
          <FlowList items={flow.seenBy} />
        </dd>
        {flow.attention.length > 0 && (
          <>
            <dt>Se nærmere på</dt>
            <dd>
              <FlowList items={flow.attention} />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
