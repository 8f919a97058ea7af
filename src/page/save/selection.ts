import type { TextMap } from '../../analysis/extract/text-map';
import { offsetOf } from '../../analysis/extract/text-map';
import type { SelectionBox } from './bar-placement';

/** The article-text offsets a DOM range covers, or null when it lies outside the mapped article. */
export function rangeToOffsets(map: TextMap, range: Range): { start: number; end: number } | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < map.nodes.length; i++) {
    if (range.intersectsNode(map.nodes[i]!)) {
      if (first < 0) first = i;
      last = i;
    } else if (first >= 0) break;
  }
  if (first < 0) return null;
  const startNode = map.nodes[first]!;
  const endNode = map.nodes[last]!;
  const start = range.startContainer === startNode ? offsetOf(map, startNode, range.startOffset) : map.starts[first]!;
  const end =
    range.endContainer === endNode ? offsetOf(map, endNode, range.endOffset) : map.starts[last]! + map.lengths[last]!;
  if (start === null || end === null) return null;
  // Trim whitespace so a sloppy drag still saves a clean quote.
  let s = start;
  let e = end;
  while (s < e && /\s/.test(map.text[s]!)) s++;
  while (e > s && /\s/.test(map.text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

/** The selection's first and last lines in the viewport, and its text's line height (see bar-placement.ts). */
export function selectionBox(range: Range, win: Window): SelectionBox {
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  const whole = range.getBoundingClientRect();
  const first = rects[0] ?? whole;
  const last = rects[rects.length - 1] ?? whole;
  const container = range.startContainer;
  const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
  const style = element ? win.getComputedStyle(element) : null;
  const fontSize = parseFloat(style?.fontSize ?? '') || 16;
  // "normal" is about 1.2 times the font size in every browser's default fonts.
  const lineHeight = parseFloat(style?.lineHeight ?? '') || fontSize * 1.2;
  return { top: first.top, bottom: last.bottom, left: last.left, lineHeight: Math.max(lineHeight, first.height) };
}
