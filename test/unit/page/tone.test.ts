import { describe, expect, it } from 'vitest';
import { contrast, over, parseColor } from '../../../src/page/color';
import { toneOf } from '../../../src/page/tone';

describe('colours', () => {
  it('reads computed colours (rgb, rgba with commas or slashes, percentages, hex) and refuses the rest', () => {
    expect(parseColor('rgb(18, 18, 18)')).toEqual({ r: 18, g: 18, b: 18, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('rgb(10 20 30 / 40%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.4 });
    expect(parseColor('#1a56b0')).toEqual({ r: 0x1a, g: 0x56, b: 0xb0, a: 1 });
    expect(parseColor('oklch(0.7 0.1 200)')).toBeNull();
  });

  it('computes WCAG contrast, of translucent colours over their background too', () => {
    const black = parseColor('#000000')!;
    const white = parseColor('#ffffff')!;
    expect(contrast(black, white)).toBeCloseTo(21, 5);
    expect(contrast(white, white)).toBe(1);
    expect(over({ r: 0, g: 0, b: 0, a: 0.5 }, white)).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });
});

describe("the page's tone", () => {
  it('dark when most of the article text is light, light otherwise', () => {
    expect(toneOf(['rgb(232, 234, 237)', 'rgb(255, 255, 255)', 'rgb(34, 34, 34)'])).toBe('dark');
    expect(toneOf(['rgb(34, 34, 34)', 'rgb(0, 0, 0)', 'rgb(232, 234, 237)'])).toBe('light');
  });

  it('light when nothing can be read: no text, unknown colour functions or near-transparent text', () => {
    expect(toneOf([])).toBe('light');
    expect(toneOf(['oklch(0.9 0 0)', 'rgba(255, 255, 255, 0.1)'])).toBe('light');
  });
});
