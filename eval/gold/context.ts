/** A span with a few words either side, on one line: «…before [span] after…». For the terminal only. */
export function inContext(text: string, start: number, end: number, width = 40): string {
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  const before = flat(text.slice(from, start)).replace(/^\S*\s/, from > 0 ? '' : '$&');
  const after = flat(text.slice(end, to)).replace(/\s\S*$/, to < text.length ? '' : '$&');
  return `«${from > 0 ? '…' : ''}${before}[${flat(text.slice(start, end))}]${after}${to < text.length ? '…' : ''}»`;
}
