/** The custom highlight's name; the page's stylesheet (marks.css) styles it with `::highlight()`. */
export const PENDING_HIGHLIGHT = 'backstory-pending';

/**
 * Keeps the text being saved visible as selected while the save bar is open: focusing the note field takes
 * the browser's selection away from the page. A custom highlight (CSS Custom Highlight API, Chrome 105 and
 * Firefox 140) paints the range without touching the page's DOM. Returns what removes it.
 */
export function showPendingHighlight(win: Window & typeof globalThis, range: Range): () => void {
  const registry = win.CSS?.highlights;
  if (!registry || typeof win.Highlight !== 'function') return () => {};
  registry.set(PENDING_HIGHLIGHT, new win.Highlight(range));
  return () => void registry.delete(PENDING_HIGHLIGHT);
}
