import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size } from '@floating-ui/dom';

/** Space kept free at the viewport's edges, and between the mark and the card. */
const MARGIN = 8;
const GAP = 6;
/** The card never gets shorter than this, nor taller than its stylesheet allows. */
const MIN_HEIGHT = 120;

export interface Point {
  x: number;
  y: number;
}

/**
 * Keeps `card` (position: fixed) beside `mark` until the returned function is called, with Floating UI:
 * below the mark's line, or above it when there is more room there, never over the line itself (the card's
 * height is capped to the room on its side and it scrolls; sideways shifts keep it in the viewport). It follows
 * scrolling, resizing and the card's own growth (look-ups arriving), and hides while the mark is out of view.
 * `pointer` picks the line of a mark that wraps: the one the pointer is on.
 */
export function anchorCard(mark: Element, card: HTMLElement, pointer?: Point): () => void {
  const update = () =>
    computePosition(mark, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(pointer),
        offset(GAP),
        flip({ padding: MARGIN, crossAxis: false, fallbackStrategy: 'bestFit' }),
        size({
          padding: MARGIN,
          apply({ availableHeight, elements }) {
            elements.floating.style.maxHeight = `max(${MIN_HEIGHT}px, min(70vh, 520px, ${Math.floor(availableHeight)}px))`;
          },
        }),
        shift({ padding: MARGIN }),
        hide(),
      ],
    }).then(({ x, y, middlewareData }) => {
      Object.assign(card.style, {
        left: `${Math.round(x)}px`,
        top: `${Math.round(y)}px`,
        visibility: middlewareData.hide?.referenceHidden ? 'hidden' : '',
      });
    });
  return autoUpdate(mark, card, () => void update());
}
