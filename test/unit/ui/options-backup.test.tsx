// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../src/settings/settings';
import { Options, type OptionsApi } from '../../../src/ui/options/Options';

function api(over: Partial<OptionsApi> = {}): OptionsApi {
  return {
    getSettings: async () => defaultSettings(),
    setSettings: async () => defaultSettings(),
    exportHighlights: async () => ({ text: '', count: 0 }),
    importHighlights: async () => ({ imported: 0, rejected: 0, errors: [] }),
    exportBackup: async () => ({ json: '{}', articles: 3, highlights: 1 }),
    importBackup: vi.fn(async () => ({
      ok: true as const,
      imported: { articles: 2, entities: 40, highlights: 1, settings: true, choices: 0 },
    })),
    eraseAll: async () => {},
    download: vi.fn(),
    confirm: () => true,
    ...over,
  };
}

afterEach(() => render(null, document.body));

const status = () => document.querySelector('[role="status"]')!.textContent;

/** Chooses `file` in the backup's file input, as the reader would. */
async function choose(file: Pick<File, 'name' | 'size' | 'text'>) {
  await vi.waitFor(() => expect(document.querySelector('[data-testid="import-backup"]')).not.toBeNull());
  const input = document.querySelector('[data-testid="import-backup"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('options: the whole backup', () => {
  it('exports a backup file and says what it holds', async () => {
    const a = api();
    render(<Options api={a} />, document.body);
    await vi.waitFor(() => expect(document.querySelector('[data-testid="export-backup"]')).not.toBeNull());
    (document.querySelector('[data-testid="export-backup"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(status()).toBe('Exported a backup of 3 articles and 1 highlight.'));
    expect(a.download).toHaveBeenCalledWith(
      expect.stringMatching(/^backstory-backup-.*\.json$/),
      'application/json',
      '{}',
    );
  });

  it('imports a file and reports what was merged', async () => {
    const a = api();
    render(<Options api={a} />, document.body);
    await choose({ name: 'b.json', size: 10, text: async () => '{"x":1}' });
    await vi.waitFor(() => expect(status()).toContain('Imported 2 articles, 40 names, 1 highlight'));
    expect(a.importBackup).toHaveBeenCalledWith('{"x":1}');
  });

  it('refuses a 50 MB file without reading it, and shows a refused file’s message', async () => {
    const a = api({ importBackup: vi.fn(async () => ({ ok: false as const, error: 'The file is not valid JSON.' })) });
    render(<Options api={a} />, document.body);
    const text = vi.fn(async () => '');
    await choose({ name: 'huge.json', size: 50 * 1024 * 1024, text });
    await vi.waitFor(() =>
      expect(status()).toBe('huge.json is 50 MB; a backup can be at most 40 MB. Nothing was imported.'),
    );
    expect(text).not.toHaveBeenCalled();
    expect(a.importBackup).not.toHaveBeenCalled();
    await choose({ name: 'cut.json', size: 10, text: async () => '{"form' });
    await vi.waitFor(() => expect(status()).toBe('The file is not valid JSON.'));
  });
});
