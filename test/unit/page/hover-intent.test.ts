import { describe, expect, it } from 'vitest';
import { DWELL_MS, GRACE_MS, HoverIntent, SHOW_MS } from '../../../src/page/card/hover-intent';

/** A hand-driven clock: the tests move time, nothing waits. */
function clock() {
  let now = 0;
  let id = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    schedule: (fn: () => void, ms: number) => {
      const key = ++id;
      timers.set(key, { at: now + ms, fn });
      return () => void timers.delete(key);
    },
    advance(ms: number) {
      now += ms;
      for (const [k, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now) {
          timers.delete(k);
          t.fn();
        }
      }
    },
  };
}

function setup() {
  const log: string[] = [];
  const c = clock();
  const hover = new HoverIntent<string>(
    { prepare: (t) => log.push(`prepare ${t}`), show: (t) => log.push(`show ${t}`), hide: () => log.push('hide') },
    c.schedule,
  );
  return { log, c, hover };
}

describe('hover intent', () => {
  it('prepares after the dwell and shows at 500 ms', () => {
    const { log, c, hover } = setup();
    hover.enter('a');
    c.advance(DWELL_MS - 1);
    expect(log).toEqual([]);
    c.advance(1);
    expect(log).toEqual(['prepare a']);
    c.advance(SHOW_MS - DWELL_MS);
    expect(log).toEqual(['prepare a', 'show a']);
  });

  it('never flashes a card when the pointer only crosses a name', () => {
    const { log, c, hover } = setup();
    hover.enter('a');
    c.advance(100);
    hover.leave();
    c.advance(1000);
    expect(log).toEqual([]);
  });

  it('gives a grace period to move into the card', () => {
    const { log, c, hover } = setup();
    hover.enter('a');
    c.advance(SHOW_MS);
    hover.leave();
    c.advance(GRACE_MS - 50);
    hover.enterCard();
    c.advance(1000);
    expect(log).toEqual(['prepare a', 'show a']);
    hover.leave();
    c.advance(GRACE_MS);
    expect(log.at(-1)).toBe('hide');
  });

  it('opens at once on keyboard focus and closes on request', () => {
    const { log, hover } = setup();
    hover.focus('b');
    expect(log).toEqual(['prepare b', 'show b']);
    expect(hover.current).toBe('b');
    hover.close();
    expect(log.at(-1)).toBe('hide');
    expect(hover.current).toBeNull();
  });
});
