/** Where a selection sits in the viewport, for placing the save bar by it (viewport coordinates). */
export interface SelectionBox {
  /** Top of the selection's first line. */
  top: number;
  /** Bottom of its last line. */
  bottom: number;
  /** Left of its last line, where the bar lines up. */
  left: number;
  /** The distance between two lines of the selected text. */
  lineHeight: number;
}

const MARGIN = 8;
const GAP = 6;

/**
 * The save bar's top-left corner. Below the selection, where the reader has not read yet; when the viewport
 * has no room there, above the line before the selection, so that line stays visible too (the reader is
 * likely to want it while writing a note). A viewport too small for either gets the bar at its bottom.
 */
export function placeBar(
  box: SelectionBox,
  bar: { width: number; height: number },
  view: { width: number; height: number },
): { x: number; y: number } {
  const below = box.bottom + GAP;
  const above = box.top - box.lineHeight - GAP - bar.height;
  const y =
    below + bar.height <= view.height - MARGIN
      ? below
      : above >= MARGIN
        ? above
        : Math.max(MARGIN, view.height - MARGIN - bar.height);
  const x = Math.max(MARGIN, Math.min(box.left, view.width - bar.width - MARGIN));
  return { x: Math.round(x), y: Math.round(y) };
}
