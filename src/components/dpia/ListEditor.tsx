import type { ComponentChildren } from 'preact';
import { newId } from '../../lib/model/ids';

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
  idPrefix,
  heading,
  help,
  itemNoun,
  items,
  onChange,
  make,
  extra,
}: {
  idPrefix: string;
  heading: string;
  help: ComponentChildren;
  /** What one item is called, in the indefinite form («kategori»). */
  itemNoun: string;
  items: readonly T[];
  /** Changes the stored list through a recipe (applied to the list as stored, not as last drawn). */
  onChange: (recipe: (items: T[]) => T[], message?: string) => void;
  make: (id: string) => T;
  extra: (item: T, update: (change: Partial<T>) => void, fieldId: string) => ComponentChildren;
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
              <div class="field">
                <label for={`${item.id}-name`}>
                  {heading}: navn {i + 1}
                </label>
                <input
                  id={`${item.id}-name`}
                  value={item.name}
                  maxLength={500}
                  autoComplete="off"
                  aria-describedby={`${idPrefix}-help`}
                  onInput={(e) => update(item.id, { name: e.currentTarget.value } as Partial<T>)}
                />
              </div>
              {extra(item, (change) => update(item.id, change), item.id)}
              <div class="field">
                <label for={`${item.id}-note`}>Merknad til {item.name.trim() ? `«${item.name.trim()}»` : `${itemNoun} ${i + 1}`}</label>
                <textarea
                  id={`${item.id}-note`}
                  maxLength={20000}
                  value={item.note}
                  onInput={(e) => update(item.id, { note: e.currentTarget.value } as Partial<T>)}
                />
              </div>
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
