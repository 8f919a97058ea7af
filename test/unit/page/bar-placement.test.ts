import { describe, expect, it } from 'vitest';
import { placeBar } from '../../../src/page/save/bar-placement';

const view = { width: 1000, height: 800 };
const bar = { width: 300, height: 40 };

describe('where the save bar goes', () => {
  it('below the selection, lined up with its last line', () => {
    expect(placeBar({ top: 200, bottom: 256, left: 120, lineHeight: 28 }, bar, view)).toEqual({ x: 120, y: 262 });
  });

  it('with no room below: above the line before the selection, which stays visible', () => {
    const box = { top: 740, bottom: 768, left: 120, lineHeight: 28 };
    const { y } = placeBar(box, bar, view);
    // The line above the selection spans [712, 740): the bar ends before it.
    expect(y + bar.height).toBeLessThanOrEqual(box.top - box.lineHeight);
    expect(y).toBe(740 - 28 - 6 - 40);
  });

  it('never covers the line above the selection while there is room on either side', () => {
    for (let top = 8; top < view.height - 28; top += 7) {
      const box = { top, bottom: top + 28, left: 50, lineHeight: 28 };
      const { y } = placeBar(box, bar, view);
      const coversLineAbove = y < box.top && y + bar.height > box.top - box.lineHeight;
      expect(coversLineAbove, `selection at ${top}`).toBe(false);
    }
  });

  it('stays inside the viewport: clamped at the right edge, at the bottom of a viewport too small for either', () => {
    expect(placeBar({ top: 100, bottom: 128, left: 900, lineHeight: 28 }, bar, view).x).toBe(1000 - 300 - 8);
    expect(placeBar({ top: 20, bottom: 48, left: 10, lineHeight: 28 }, bar, { width: 400, height: 80 })).toEqual({
      x: 10,
      y: 32,
    });
  });
});
