// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { AXE_TIMEOUT, axeViolations } from './axe';

describe('the accessibility check the component tests use', { timeout: AXE_TIMEOUT }, () => {
  it('finds what it should: a nameless button, a nameless dialog, an image without alt', async () => {
    document.body.innerHTML =
      '<div id="c"><button></button><div role="dialog" aria-labelledby="missing"></div><img src="x.png"></div>';
    const found = await axeViolations(document.getElementById('c')!);
    expect(found.map((v) => v.split(':')[0]).sort()).toEqual(['aria-dialog-name', 'button-name', 'image-alt']);
  });
});
