import { ALTERNATIVES, FIELDS, linkedAnswers, linkedChecklistAnswers, setAlternative, type ChecklistRef } from '../../lib/dpia/necessity';
import { pathWithBase as withBase } from '../../lib/paths';
import { useDpia } from './use-dpia';
import { DpiaFrame, type DpiaView } from './DpiaFrame';
import { RadioGroup } from '../form/Fieldset';
import { DpiaText } from './DpiaText';

/**
 * Necessity and proportionality (art. 35 nr. 7 bokstav b), with the answers
 * from the legal-basis helper and the checklists shown read-only where they
 * belong. `checklistItems`: the checklist items the fields refer to (from the page).
 */
export function Necessity({ checklistItems }: { checklistItems: readonly ChecklistRef[] }) {
  const dpia = useDpia();
  return <DpiaFrame dpia={dpia}>{(view) => <NecessityParts {...view} checklistItems={checklistItems} />}</DpiaFrame>;
}

function NecessityParts({ a, save, checklistItems }: DpiaView & { checklistItems: readonly ChecklistRef[] }) {
  const n = a.necessity;
  const helper = withBase('/verktoy/behandlingsgrunnlag/');
  const checklistPage = withBase('/verktoy/sjekklister/');
  return (
    <>
      <section class="tool-panel" aria-labelledby="necessity-heading">
        <h2 id="necessity-heading" class="tool-panel__title">
          Begrunnelse for «{a.title}»
        </h2>
        {FIELDS.map((f) => {
          const linked = linkedAnswers(a.legalBasis, f);
          const fromLists = linkedChecklistAnswers(a.checklists, checklistItems, f);
          return (
            <div key={f.key} class="dpia-necessity-field">
              <DpiaText
                assessment={a.id}
                part="necessity"
                field={f.key}
                id={`necessity-${f.key}`}
                label={f.label}
                value={n[f.key]}
                multiline
                describedBy={`necessity-${f.key}-help`}
                intro={
                  <p id={`necessity-${f.key}-help`} class="dpia-help">
                    {f.help}
                  </p>
                }
                onCommit={(text) => save('necessity', (x) => ({ ...x, [f.key]: text }))}
              />
              {f.legalBasis.length > 0 && (
                <div class="dpia-linked">
                  {linked.length ? (
                    <>
                      <p>
                        <strong>Svart i veiviseren for behandlingsgrunnlag</strong> (endres <a href={helper}>der</a>):
                      </p>
                      <ul>
                        {linked.map((l) => (
                          <li key={l.question}>
                            {l.question} <strong>{l.answer}</strong>
                            {l.justification ? `. ${l.justification}` : ''}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <p>
                      Ikke besvart i <a href={helper}>veiviseren for behandlingsgrunnlag</a> ennå.
                    </p>
                  )}
                </div>
              )}
              {fromLists.length > 0 && (
                <div class="dpia-linked">
                  <p>
                    <strong>Svar i sjekklistene</strong> (endres i <a href={checklistPage}>sjekklistene</a>):
                  </p>
                  <ul>
                    {fromLists.map((c) => (
                      <li key={`${c.listId}/${c.itemId}`}>
                        {c.question} <strong>{c.answer}</strong>
                        {c.comment ? `. ${c.comment}` : ''} <a href={`${checklistPage}#${c.listId}`}>({c.listTitle})</a>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          );
        })}
      </section>

      <section class="tool-panel" aria-labelledby="alternatives-heading">
        <h2 id="alternatives-heading" class="tool-panel__title">
          Alternativer dere har vurdert
        </h2>
        <p class="dpia-help">
          Kan formålet nås med mindre inngripende midler? Skriv for hvert alternativ om dere valgte det, og hvorfor eller hvorfor ikke.
        </p>
        {ALTERNATIVES.map((alt) => {
          const x = n.alternatives[alt.id] ?? { chosen: null, reason: '' };
          return (
            <RadioGroup
              key={alt.id}
              class="dpia-fieldset"
              name={`alt-${alt.id}`}
              legend={alt.name}
              value={x.chosen ?? undefined}
              options={[
                { value: true, label: 'Valgt, brukes også' },
                { value: false, label: 'Ikke valgt' },
              ]}
              onChange={(chosen) =>
                save(
                  'necessity',
                  (s) => setAlternative(s, alt.id, { chosen }),
                  chosen ? `«${alt.name}» er valgt.` : `«${alt.name}» er ikke valgt.`,
                )
              }
            >
              <DpiaText
                assessment={a.id}
                part="necessity"
                field={`alt.${alt.id}`}
                id={`alt-${alt.id}-reason`}
                label={`Hvorfor: ${alt.name.toLowerCase()}`}
                value={x.reason}
                multiline
                onCommit={(reason) => save('necessity', (s) => setAlternative(s, alt.id, { reason }))}
              />
            </RadioGroup>
          );
        })}
      </section>
    </>
  );
}
