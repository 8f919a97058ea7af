/**
 * What the marks' styles mean, and the keyboard shortcuts: open on the first card a reader sees, folded
 * away on later ones (a summary line stays, so the key is always one click or Enter away).
 */
export function CardKey({ open }: { open: boolean }) {
  return (
    <details class="bs-key" open={open}>
      <summary>Key and shortcuts</summary>
      <ul class="bs-legend">
        <li>
          <span class="bs-swatch bs-swatch-person">Person</span>{' '}
          <span class="bs-swatch bs-swatch-org">Organization</span> <span class="bs-swatch bs-swatch-place">Place</span>{' '}
          <span class="bs-swatch bs-swatch-group">Group</span> <span class="bs-swatch bs-swatch-other">Other</span>:
          names; later mentions show their card on hover too
        </li>
        <li>
          <span class="bs-swatch bs-swatch-attribution">dotted</span>: a vague attribution
        </li>
        <li>
          <span class="bs-swatch bs-swatch-saved">yellow</span>: your highlight
        </li>
      </ul>
      <ul class="bs-shortcuts">
        <li>
          <kbd>Tab</kbd> next mark · <kbd>Enter</kbd> into the card · <kbd>Esc</kbd> close it
        </li>
        <li>
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>H</kbd> save the selected text · <kbd>Alt</kbd>+<kbd>Shift</kbd>+
          <kbd>B</kbd> hide or show the marks
        </li>
      </ul>
    </details>
  );
}
