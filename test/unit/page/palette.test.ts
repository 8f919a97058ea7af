import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, over, parseColor, type Rgba } from '../../../src/page/color';
import { CARD_CSS } from '../../../src/ui/card/card.css';

/** Each rule's custom properties, by selector. */
function customProperties(css: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  for (const [, selector, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const props = Object.fromEntries([...body!.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, k, v]) => [k!, v!.trim()]));
    if (Object.keys(props).length > 0) rules.set(selector!.replace(/\/\*[\s\S]*?\*\//g, '').trim(), props);
  }
  return rules;
}

const MARKS = customProperties(
  readFileSync(new URL('../../../entrypoints/content/marks.css', import.meta.url), 'utf8'),
);
const CARD = customProperties(CARD_CSS);
const color = (css: string | undefined): Rgba => {
  const c = css === undefined ? null : parseColor(css);
  if (!c) throw new Error(`not a colour: ${css}`);
  return c;
};

const WHITE = color('#ffffff');
/** A typical dark site's background, and its text. */
const DARK_BG = color('#121212');
const DARK_TEXT = color('#e8eaed');
const LIGHT_TEXT = color('#222222');
const TYPES = ['person', 'org', 'place', 'group', 'other'];

describe("the marks' palette", () => {
  it.each(TYPES)('%s: the underline stands out (≥ 3:1) and text on the tint stays ≥ 4.5:1, light and dark', (type) => {
    const light = MARKS.get(`.bs-${type}`)!;
    const dark = MARKS.get(`.bs-on-dark.bs-${type}`)!;
    expect(contrast(color(light['--bs-line']), WHITE)).toBeGreaterThanOrEqual(3);
    expect(contrast(LIGHT_TEXT, over(color(light['--bs-tint']), WHITE))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(color(dark['--bs-line']), DARK_BG)).toBeGreaterThanOrEqual(3);
    expect(contrast(DARK_TEXT, over(color(dark['--bs-tint']), DARK_BG))).toBeGreaterThanOrEqual(4.5);
    // On a dark page the tint must not vanish: it is at least as strong as the light page's, in alpha.
    expect(color(dark['--bs-tint']).a).toBeGreaterThanOrEqual(color(light['--bs-tint']).a);
  });

  it("vague attributions' dotted line stands out on light and dark pages", () => {
    expect(contrast(color(MARKS.get('.bs-attribution')!['--bs-line']), WHITE)).toBeGreaterThanOrEqual(3);
    expect(contrast(color(MARKS.get('.bs-on-dark.bs-attribution')!['--bs-line']), DARK_BG)).toBeGreaterThanOrEqual(3);
  });

  it("Backstory's own pages show the dark palette in a dark colour scheme", () => {
    for (const kind of [...TYPES, 'attribution', 'saved'])
      expect(MARKS.get(`.bs-mark:not([data-bs-kind]).bs-${kind}`)).toEqual(MARKS.get(`.bs-on-dark.bs-${kind}`));
  });

  it("the card's key shows the marks' own colours", () => {
    for (const type of TYPES) {
      const [light, dark] = [CARD.get(`.bs-swatch-${type}`)!, CARD.get(`.bs-dark .bs-swatch-${type}`)!];
      expect([light['--line-c'], light['--tint']]).toEqual([
        MARKS.get(`.bs-${type}`)!['--bs-line'],
        MARKS.get(`.bs-${type}`)!['--bs-tint'],
      ]);
      expect([dark['--line-c'], dark['--tint']]).toEqual([
        MARKS.get(`.bs-on-dark.bs-${type}`)!['--bs-line'],
        MARKS.get(`.bs-on-dark.bs-${type}`)!['--bs-tint'],
      ]);
    }
    expect(CARD.get('.bs-swatch-attribution')!['--line-c']).toBe(MARKS.get('.bs-attribution')!['--bs-line']);
    expect(CARD.get('.bs-swatch-saved')!['--tint']).toBe(MARKS.get('.bs-saved')!['--bs-tint']);
  });
});
