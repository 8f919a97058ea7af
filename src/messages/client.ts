import type { Envelope } from './route';

/** How a message leaves: `browser.runtime.sendMessage`, or `browser.tabs.sendMessage` to one tab. */
export type Transport = <Reply>(message: Envelope) => Promise<Reply | undefined>;

/** Sends one typed request and resolves with its typed answer. */
export type Client<Req, Res extends { [K in keyof Req]: unknown }> = <K extends keyof Req & string>(
  type: K,
  body: Req[K],
) => Promise<Res[K]>;

/** The receiver refused the message (it failed validation) or nobody answered it. */
export class MessageRefused extends Error {
  constructor(readonly type: string) {
    super(`${type}: no answer (the message was refused or nobody listens)`);
  }
}

/** The one way every part of the extension sends a message: typed both ways, and never silent. */
export function createClient<Req, Res extends { [K in keyof Req]: unknown }>(transport: Transport): Client<Req, Res> {
  return async (type, body) => {
    const reply = await transport<Res[typeof type]>({ type, body });
    if (reply === undefined) throw new MessageRefused(type);
    return reply;
  };
}
