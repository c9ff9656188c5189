import type { ComponentChildren } from 'preact';
import { newId } from '../../lib/model/ids';
import { DpiaText } from './DpiaText';

interface Item {
  id: string;
  name: string;
  note: string;
}

/**
 * An editable list of named items (data categories, data subjects, recipients,
 * assets): each with a name, a note and the list's own fields, added and
 * removed by button. Focus moves to the new item's name.
 */
export function ListEditor<T extends Item>({
  assessment,
  idPrefix,
  heading,
  help,
  itemNoun,
  items,
  onChange,
  make,
  extra,
}: {
  /** The assessment's id (where unsaved text is kept). */
  assessment: string;
  idPrefix: string;
  heading: string;
  help: ComponentChildren;
  /** What one item is called, in the indefinite form («kategori»). */
  itemNoun: string;
  items: readonly T[];
  /** Changes the stored list through a recipe (applied to the list as stored, not as last drawn); false when it was refused. */
  onChange: (recipe: (items: T[]) => T[], message?: string) => boolean;
  make: (id: string) => T;
  extra: (item: T, update: (change: Partial<T>) => boolean, fieldId: string) => ComponentChildren;
}) {
  const update = (id: string, change: Partial<T>) => onChange((list) => list.map((x) => (x.id === id ? { ...x, ...change } : x)));
  const add = () => {
    const item = make(newId(idPrefix));
    onChange((list) => [...list, item], `En ny ${itemNoun} er lagt til.`);
    requestAnimationFrame(() => document.getElementById(`${item.id}-name`)?.focus());
  };
  const remove = (item: T, index: number) => {
    onChange((list) => list.filter((x) => x.id !== item.id), `«${item.name || itemNoun}» er fjernet.`);
    requestAnimationFrame(() => {
      const next = items[index + 1] ?? items[index - 1];
      (next ? document.getElementById(`${next.id}-name`) : document.getElementById(`${idPrefix}-add`))?.focus();
    });
  };
  return (
    <section class="dpia-list-editor" aria-labelledby={`${idPrefix}-heading`}>
      <h3 id={`${idPrefix}-heading`}>{heading}</h3>
      <p id={`${idPrefix}-help`} class="dpia-help">
        {help}
      </p>
      {items.length === 0 ? (
        <p>Ingen ført opp ennå.</p>
      ) : (
        <ul class="dpia-list">
          {items.map((item, i) => (
            <li key={item.id}>
              <DpiaText
                assessment={assessment}
                part="description"
                field={`${item.id}.name`}
                id={`${item.id}-name`}
                label={`${heading}: navn ${i + 1}`}
                value={item.name}
                describedBy={`${idPrefix}-help`}
                onCommit={(name) => update(item.id, { name } as Partial<T>)}
              />
              {extra(item, (change) => update(item.id, change), item.id)}
              <DpiaText
                assessment={assessment}
                part="description"
                field={`${item.id}.note`}
                id={`${item.id}-note`}
                label={`Merknad til ${item.name.trim() ? `«${item.name.trim()}»` : `${itemNoun} ${i + 1}`}`}
                value={item.note}
                multiline
                onCommit={(note) => update(item.id, { note } as Partial<T>)}
              />
              <button type="button" class="button secondary" onClick={() => remove(item, i)}>
                Fjern<span class="sr-only"> {item.name.trim() ? `«${item.name.trim()}»` : `${itemNoun} ${i + 1}`}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button id={`${idPrefix}-add`} type="button" class="button secondary" onClick={add}>
        Legg til {itemNoun}
      </button>
    </section>
  );
}
