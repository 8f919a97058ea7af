import type { Validator } from './validate';

/** What travels between the parts of the extension: a message type and its body. */
export interface Envelope {
  type: string;
  body: unknown;
}

/** The request bodies a table of validators accepts, by message type. */
export type RequestsOf<V> = { [K in keyof V]: V[K] extends Validator<infer T> ? T : never };

/** One validator per message type of a request map. */
export type Validators<Req> = { readonly [K in keyof Req]: Validator<Req[K]> };

/**
 * One handler per message type: given the validated body (and who sent it), the answer that message's type
 * promises. Declared with `satisfies`, a handler map that misses a message or answers the wrong shape is a
 * compile error.
 */
export type Handlers<Req, Res extends { [K in keyof Req]: unknown }, Sender> = {
  readonly [K in keyof Req]: (body: Req[K], sender: Sender) => Promise<Res[K]>;
};

function isKey<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/**
 * Validates an incoming message against `validators` and hands it to its handler. Anything that is not a
 * known, well-formed message gets `undefined`: no answer, so another listener (or none) may answer it.
 */
export function route<Req, Res extends { [K in keyof Req]: unknown }, Sender>(
  validators: Validators<Req>,
  handlers: Handlers<Req, Res, Sender>,
  raw: unknown,
  sender: Sender,
): Promise<Res[keyof Req]> | undefined {
  if (!raw || typeof raw !== 'object' || !('type' in raw)) return undefined;
  const { type } = raw;
  const body = 'body' in raw ? raw.body : undefined;
  if (typeof type !== 'string' || !isKey(validators, type)) return undefined;
  const handle = <K extends keyof Req>(key: K): Promise<Res[K]> | undefined => {
    let valid: Req[K];
    try {
      valid = validators[key](body ?? {});
    } catch {
      return undefined;
    }
    // A listener's answer must be a native promise (Chrome ignores others, such as Dexie's).
    return Promise.resolve(handlers[key](valid, sender));
  };
  return handle(type);
}
