// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Onboarding, type OnboardingApi } from '../../../src/ui/onboarding/Onboarding';
import { AXE_TIMEOUT, axeViolations } from './axe';

function api(over: Partial<OnboardingApi> = {}) {
  let lookups = true;
  return {
    getLookups: vi.fn(async () => lookups),
    setLookups: vi.fn(async (on: boolean) => (lookups = on)),
    markOnboarded: vi.fn(async () => {}),
    saveShortcut: vi.fn(async (): Promise<string | null> => 'Alt+Shift+H'),
    close: vi.fn(),
    ...over,
  } satisfies OnboardingApi;
}

let root: HTMLElement;
async function show(a: OnboardingApi) {
  root = document.createElement('div');
  document.body.append(root);
  render(<Onboarding api={a} />, root);
  await vi.waitFor(() => expect(root.querySelector('input[type="checkbox"]')).not.toBeNull());
}
const text = () => root.textContent!.replace(/\s+/g, ' ');

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the welcome page', { timeout: AXE_TIMEOUT }, () => {
  it('has a mark to try whose example card opens on hover and on focus', async () => {
    await show(api());
    const mark = root.querySelector<HTMLElement>('[data-testid="example-mark"]')!;
    const card = root.querySelector<HTMLElement>('[data-testid="example-card"]')!;
    expect(mark.className).toBe('bs-mark bs-entity bs-person');
    expect(mark.tabIndex).toBe(0);
    expect(mark.getAttribute('aria-describedby')).toBe(card.id);
    expect(card.hidden).toBe(true);
    mark.dispatchEvent(new MouseEvent('mouseenter'));
    await vi.waitFor(() => expect(card.hidden).toBe(false));
    mark.dispatchEvent(new MouseEvent('mouseleave'));
    await vi.waitFor(() => expect(card.hidden).toBe(true));
    mark.focus();
    await vi.waitFor(() => expect(card.hidden).toBe(false));
    expect(await axeViolations(root)).toEqual([]);
  });

  it('shows the key of the marks and says where the popup, the save shortcut and the context menu are', async () => {
    await show(api());
    expect(root.querySelector('[data-testid="legend"]')).not.toBeNull();
    expect(text()).toContain("The popup (Backstory's button in the toolbar)");
    expect(root.querySelector('[data-testid="save-shortcut"]')!.textContent).toBe('Alt+Shift+H');
    expect(text()).toContain('right-click the selection and choose Save highlight with Backstory');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('says so when the reader has no save shortcut set', async () => {
    await show(api({ saveShortcut: vi.fn(async () => null) }));
    await vi.waitFor(() => expect(text()).toContain('none is set'));
    expect(root.querySelector('[data-testid="save-shortcut"]')).toBeNull();
  });

  it('records the welcome, switches look-ups, and closes on Done', async () => {
    const a = api();
    await show(a);
    expect(a.markOnboarded).toHaveBeenCalledOnce();
    root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await vi.waitFor(() => expect(a.setLookups).toHaveBeenCalledWith(false));
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Done')!.click();
    expect(a.close).toHaveBeenCalledOnce();
  });
});
