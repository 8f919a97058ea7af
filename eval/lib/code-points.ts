/**
 * The gold files count offsets in Unicode code points; JavaScript strings in UTF-16 code units.
 * table[i] is the UTF-16 offset of code point i (table[length] is the text's UTF-16 length).
 */
export function codePointToUtf16(text: string): number[] {
  const table: number[] = [];
  let unit = 0;
  for (const ch of text) {
    table.push(unit);
    unit += ch.length;
  }
  table.push(unit);
  return table;
}

/** The inverse: table[u] is the code point index at UTF-16 offset u (a low surrogate maps to its pair's index). */
export function utf16ToCodePoint(text: string): number[] {
  const table: number[] = [];
  let point = 0;
  for (const ch of text) {
    for (let k = 0; k < ch.length; k++) table.push(point);
    point++;
  }
  table.push(point);
  return table;
}
