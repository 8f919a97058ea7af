import { readFileSync, statSync } from 'node:fs';

export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export class InputError extends Error {}

/** Reads a file or standard input as UTF-8 text, refusing what is missing, empty, binary or huge. */
export function readInput(path: string): string {
  let bytes: Buffer;
  if (path === '-') {
    bytes = readFileSync(0);
  } else {
    let size: number;
    try {
      const st = statSync(path);
      if (!st.isFile()) throw new InputError(`${path} is not a file`);
      size = st.size;
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`cannot read ${path}: no such file`);
    }
    if (size > MAX_INPUT_BYTES)
      throw new InputError(
        `${path} is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`,
      );
    bytes = readFileSync(path);
  }
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`input is over ${MAX_INPUT_BYTES / 1048576} MB`);
  if (bytes.length === 0) throw new InputError(`${path === '-' ? 'standard input' : path} is empty`);
  if (bytes.includes(0)) throw new InputError(`${path === '-' ? 'standard input' : path} looks binary, not text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > 16 && replaced / text.length > 0.01) throw new InputError(`${path} is not UTF-8 text`);
  if (!text.trim()) throw new InputError(`${path === '-' ? 'standard input' : path} has no text`);
  return text.replace(/^\uFEFF/, '');
}
