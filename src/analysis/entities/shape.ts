/** Word shape: "Pompeo" -> "Xxxxxx", "U.S." -> "X.X.", "al-Sadr" -> "xx-Xxxx". */
export function wordShape(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) out += charClass(w[i]!);
  return out;
}

/** Shape with runs collapsed ("Xxxxxx" -> "Xx"), so long and short names share a feature. */
export function shortShape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const c = charClass(w[i]!);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function charClass(ch: string): string {
  if (ch >= 'a' && ch <= 'z') return 'x';
  if (ch >= 'A' && ch <= 'Z') return 'X';
  if (ch >= '0' && ch <= '9') return 'd';
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? 'X' : 'x';
  return ch;
}

export function isCapitalized(w: string): boolean {
  const c = w[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}
