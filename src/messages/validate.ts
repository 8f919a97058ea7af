import { LIMITS } from '../limits';

/**
 * Tiny structural validators for messages that cross a trust boundary (content script ↔ background).
 * A validator returns the value typed, or throws with the path of what is wrong.
 */
export type Validator<T> = (value: unknown, path?: string) => T;

export class InvalidMessage extends Error {}

const fail = (path: string, what: string): never => {
  throw new InvalidMessage(`${path || 'message'}: ${what}`);
};

export const str =
  (max = 10_000): Validator<string> =>
  (v, path = '') =>
    typeof v === 'string' && v.length <= max ? v : fail(path, `expected a string of at most ${max} characters`);

export const int =
  (min = 0, max = Number.MAX_SAFE_INTEGER): Validator<number> =>
  (v, path = '') =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? v
      : fail(path, `expected an integer in [${min}, ${max}]`);

export const bool: Validator<boolean> = (v, path = '') =>
  typeof v === 'boolean' ? v : fail(path, 'expected a boolean');

export const oneOf =
  <T extends string>(values: readonly T[]): Validator<T> =>
  (v, path = '') =>
    typeof v === 'string' && (values as readonly string[]).includes(v)
      ? (v as T)
      : fail(path, `expected one of ${values.join(', ')}`);

export const nullable =
  <T>(inner: Validator<T>): Validator<T | null> =>
  (v, path = '') =>
    v === null || v === undefined ? null : inner(v, path);

export const arr =
  <T>(inner: Validator<T>, max: number): Validator<T[]> =>
  (v, path = '') => {
    if (!Array.isArray(v) || v.length > max) return fail(path, `expected an array of at most ${max} items`);
    return v.map((item, i) => inner(item, `${path}[${i}]`));
  };

/** Only the listed keys are kept: unknown keys (and __proto__ tricks) never get through. */
export const obj =
  <S extends Record<string, Validator<unknown>>>(shape: S): Validator<{ [K in keyof S]: ReturnType<S[K]> }> =>
  (v, path = '') => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return fail(path, 'expected an object');
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      out[key] = shape[key]!((v as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    }
    return out as { [K in keyof S]: ReturnType<S[K]> };
  };

export const httpUrl =
  (max: number = LIMITS.url): Validator<string> =>
  (v, path = '') => {
    const s = str(max)(v, path);
    try {
      const u = new URL(s);
      if (u.protocol === 'http:' || u.protocol === 'https:') return s;
    } catch {
      /* falls through to the failure below */
    }
    return fail(path, 'expected an http(s) URL');
  };
