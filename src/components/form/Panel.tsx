import type { ComponentChildren } from 'preact';

interface PanelProps {
  /** The heading's id; the section is labelled by it. */
  id: string;
  title: ComponentChildren;
  /** More classes on the section, after `tool-panel`. */
  class?: string;
  /** The heading can take focus from a script (after a removal, a filter from the map). */
  focusable?: boolean;
  children?: ComponentChildren;
}

/** One panel of a tool: a section named by its h2 heading. */
export function Panel({ id, title, class: extra, focusable, children }: PanelProps) {
  return (
    <section class={extra ? `tool-panel ${extra}` : 'tool-panel'} aria-labelledby={id}>
      <h2 id={id} class="tool-panel__title" tabIndex={focusable ? -1 : undefined}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A tool's status line (read out politely) and, when there is one, its error (read out at once). */
export function ToolMessages({ message, error, statusClass }: { message: string; error: string; statusClass?: string }) {
  return (
    <>
      <div role="status" class={statusClass}>
        {message}
      </div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
