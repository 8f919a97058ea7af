import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * A popup section that folds (a disclosure: a heading whose button shows or hides the body), so the
 * popup fits Chrome's 600 px and the reader keeps open what they use.
 */
export function Section({
  id,
  title,
  count,
  open: initiallyOpen,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  open: boolean;
  children: ComponentChildren;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <section data-testid={id} class="section">
      <h2>
        <button
          type="button"
          class="fold"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          {title}
          {count !== undefined && <span class="count">{count}</span>}
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
