import axe from 'axe-core';

/** axe-core's first run in jsdom takes a second or two, more on a loaded machine: tests that use it get this long. */
export const AXE_TIMEOUT = 20_000;

/**
 * axe-core's violations in a rendered component, as "rule: target" lines (empty when there are none).
 * Two rules are page-level and left to the e2e tests: colour contrast (jsdom computes no styles to measure)
 * and "all content in landmarks" (a component is not a page).
 */
export async function axeViolations(node: Element): Promise<string[]> {
  const results = await axe.run(node, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.help})`));
}
