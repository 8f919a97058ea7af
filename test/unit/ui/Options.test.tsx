// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../../src/limits';
import { defaultSettings, mergeSettings, type Settings } from '../../../src/settings/settings';
import { Options, type OptionsApi } from '../../../src/ui/options/Options';
import { AXE_TIMEOUT, axeViolations } from './axe';

function api(over: Partial<OptionsApi> = {}) {
  let settings: Settings = mergeSettings(defaultSettings(), { disabledSites: ['shop.example'] });
  return {
    getSettings: vi.fn(async () => settings),
    setSettings: vi.fn(async (patch: Partial<Settings>) => (settings = mergeSettings(settings, patch))),
    exportHighlights: vi.fn(async (format: 'markdown' | 'json') => ({ text: `${format} text`, count: 2 })),
    importHighlights: vi.fn(async () => ({
      imported: 3,
      rejected: 1,
      errors: ['Highlight 4: url must be an http(s) URL.'],
    })),
    eraseAll: vi.fn(async () => {}),
    download: vi.fn(),
    confirm: vi.fn(() => true),
    ...over,
  } satisfies OptionsApi;
}

let root: HTMLElement;
async function show(a: OptionsApi) {
  root = document.createElement('div');
  document.body.append(root);
  render(<Options api={a} />, root);
  await vi.waitFor(() => expect(root.querySelector('h1')).not.toBeNull());
}
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
const checkbox = (label: string) =>
  [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)!.querySelector('input')!;
const status = () => root.querySelector('[role="status"]')!.textContent;
/** Chooses a file in the import field: only what the component reads of it. */
function choose(text: string) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', {
    value: [{ name: 'highlights.json', text: async () => text }],
    configurable: true,
  });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the options page', { timeout: AXE_TIMEOUT }, () => {
  it('shows the settings as labelled controls and changes them one at a time', async () => {
    const a = api();
    await show(a);
    expect(await axeViolations(root)).toEqual([]);
    expect(checkbox('People').checked).toBe(true);
    checkbox('Places').click();
    await vi.waitFor(() => expect(checkbox('Places').checked).toBe(false));
    expect(a.setSettings).toHaveBeenCalledWith({
      entityTypes: expect.objectContaining({ PLACE: false, PERSON: true }),
    });
    // How many names are marked: calm by default, one radio button per choice.
    const marking = (start: string) =>
      [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(start))!.querySelector('input')!;
    expect(marking('Calm').checked).toBe(true);
    marking('Focus').click();
    await vi.waitFor(() => expect(marking('Focus').checked).toBe(true));
    expect(a.setSettings).toHaveBeenCalledWith({ marking: 'focus' });
    expect(root.textContent).toContain('shop.example');
    button('Turn back on').click();
    await vi.waitFor(() => expect(root.textContent).not.toContain('shop.example'));
    expect(a.setSettings).toHaveBeenLastCalledWith({ disabledSites: [] });
  });

  it('exports, and imports with a report of what was refused', async () => {
    const a = api();
    await show(a);
    button('Export Markdown').click();
    await vi.waitFor(() => expect(status()).toBe('Exported 2 highlights as Markdown.'));
    expect(a.download).toHaveBeenCalledWith('backstory-highlights.md', 'text/markdown', 'markdown text');
    choose('{"format":"backstory-highlights"}');
    await vi.waitFor(() =>
      expect(status()).toBe('Imported 3 highlights; 1 rejected. Highlight 4: url must be an http(s) URL.'),
    );
    expect(a.importHighlights).toHaveBeenCalledWith('{"format":"backstory-highlights"}');
  });

  it('imports from a real button that opens the file picker, and says while it works and when it fails', async () => {
    let finish: (r: Error) => void = () => {};
    const a = api({ importHighlights: vi.fn(() => new Promise<never>((_, reject) => (finish = reject))) });
    await show(a);
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.hidden).toBe(true);
    const picker = vi.spyOn(input, 'click').mockImplementation(() => {});
    button('Import JSON…').click();
    expect(picker).toHaveBeenCalledOnce();
    choose('{}');
    await vi.waitFor(() => expect(status()).toBe('Importing highlights.json…'));
    expect(button('Importing…').disabled).toBe(true);
    finish(new Error('The file is not JSON.'));
    await vi.waitFor(() => expect(status()).toBe('The import failed: The file is not JSON.'));
    expect(button('Import JSON…').disabled).toBe(false);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('refuses a file over the import limit itself, in words, without sending it', async () => {
    const a = api();
    await show(a);
    choose('x'.repeat(LIMITS.importChars + 1));
    await vi.waitFor(() => expect(status()).toBe('The file is larger than 20 MB.'));
    expect(a.importHighlights).not.toHaveBeenCalled();
  });

  it('erases only once the reader confirms', async () => {
    const confirm = vi.fn(() => false);
    const a = api({ confirm });
    await show(a);
    button('Erase all data').click();
    expect(confirm).toHaveBeenCalledOnce();
    expect(a.eraseAll).not.toHaveBeenCalled();
    confirm.mockReturnValue(true);
    button('Erase all data').click();
    await vi.waitFor(() => expect(status()).toBe('Everything was erased.'));
    expect(a.eraseAll).toHaveBeenCalledOnce();
    expect(await axeViolations(root)).toEqual([]);
  });
});
