import type { TextMap } from '../../analysis/extract/text-map';
import { offsetOf } from '../../analysis/extract/text-map';

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
