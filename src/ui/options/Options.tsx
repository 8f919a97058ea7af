import { useEffect, useRef, useState } from 'preact/hooks';
import { ATTRIBUTION_CATEGORIES, ENTITY_TYPES } from '../../analysis/types';
import { importSizeError } from '../../highlights/import';
import { MARKINGS, type Marking, type Settings } from '../../settings/settings';
import { CATEGORY_LABEL, ENTITY_TYPE_PLURAL } from '../shared/labels';

export interface OptionsApi {
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  exportHighlights(format: 'markdown' | 'json'): Promise<{ text: string; count: number }>;
  importHighlights(json: string): Promise<{ imported: number; rejected: number; errors: string[] }>;
  eraseAll(): Promise<void>;
  download(filename: string, mime: string, text: string): void;
  confirm(question: string): boolean;
}

const MARKING_LABEL: Record<Marking, string> = {
  calm: 'Calm: each name where it first appears (later mentions show their card on hover)',
  focus: "Focus: only the article's main actors (most mentioned, in the headline or lead)",
  every: 'Every mention of every name',
};

/** The options page: sites, what to highlight, look-ups, export/import, erase. */
export function Options({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [importing, setImporting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void api.getSettings().then(setSettings);
  }, []);
  if (!settings) return <main class="options">Loading…</main>;
  const update = async (patch: Partial<Settings>) => setSettings(await api.setSettings(patch));
  const importFile = async (text: string) => {
    // Checked here too: the background would refuse an oversized message without a word.
    const tooLarge = importSizeError(text.length);
    if (tooLarge) return tooLarge;
    const r = await api.importHighlights(text);
    const imported = `Imported ${r.imported} ${r.imported === 1 ? 'highlight' : 'highlights'}`;
    return `${imported}; ${r.rejected} rejected.${r.errors.length ? ' ' + r.errors.slice(0, 3).join(' ') : ''}`;
  };

  return (
    <main class="options">
      <h1>Backstory settings</h1>

      <section>
        <h2>Highlight</h2>
        <fieldset>
          <legend>How many names are marked</legend>
          {MARKINGS.map((m) => (
            <label key={m} class="row">
              <input
                type="radio"
                name="marking"
                checked={settings.marking === m}
                onChange={() => update({ marking: m })}
              />
              {MARKING_LABEL[m]}
            </label>
          ))}
        </fieldset>
        {ENTITY_TYPES.map((t) => (
          <label key={t} class="row">
            <input
              type="checkbox"
              checked={settings.entityTypes[t]}
              onChange={(e) =>
                update({ entityTypes: { ...settings.entityTypes, [t]: (e.target as HTMLInputElement).checked } })
              }
            />
            {ENTITY_TYPE_PLURAL[t]}
          </label>
        ))}
        <h3>Vague attributions</h3>
        {ATTRIBUTION_CATEGORIES.map((c) => (
          <label key={c} class="row">
            <input
              type="checkbox"
              checked={settings.attributionCategories[c]}
              onChange={(e) =>
                update({
                  attributionCategories: {
                    ...settings.attributionCategories,
                    [c]: (e.target as HTMLInputElement).checked,
                  },
                })
              }
            />
            {CATEGORY_LABEL[c]}
          </label>
        ))}
      </section>

      <section>
        <h2>Wikipedia look-ups</h2>
        <label class="row">
          <input
            type="checkbox"
            data-testid="lookups"
            checked={settings.lookups}
            onChange={(e) => update({ lookups: (e.target as HTMLInputElement).checked })}
          />
          Look names up on Wikipedia and Wikidata when I open a card
        </label>
        <p class="muted">
          Only the name on the card is sent, never the page you are reading. With look-ups off, cards show what this
          article and your own reading say.
        </p>
      </section>

      <section>
        <h2>Sites where Backstory is off</h2>
        {settings.disabledSites.length === 0 && <p class="muted">None. Turn a site off from the popup or a card.</p>}
        <ul>
          {settings.disabledSites.map((s) => (
            <li key={s}>
              {s}{' '}
              <button
                type="button"
                onClick={() => update({ disabledSites: settings.disabledSites.filter((x) => x !== s) })}
              >
                Turn back on
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2>Your highlights</h2>
        <button
          type="button"
          onClick={async () => {
            const { text, count } = await api.exportHighlights('markdown');
            api.download('backstory-highlights.md', 'text/markdown', text);
            setStatus(`Exported ${count} highlights as Markdown.`);
          }}
        >
          Export Markdown
        </button>{' '}
        <button
          type="button"
          onClick={async () => {
            const { text, count } = await api.exportHighlights('json');
            api.download('backstory-highlights.json', 'application/json', text);
            setStatus(`Exported ${count} highlights as JSON.`);
          }}
        >
          Export JSON
        </button>{' '}
        <button type="button" data-testid="import" disabled={importing} onClick={() => fileInput.current?.click()}>
          {importing ? 'Importing…' : 'Import JSON…'}
        </button>
        {/* The browser's bare file field stays hidden: the button above opens its picker. */}
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="JSON file of highlights"
          onChange={async (e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (!file) return;
            setImporting(true);
            setStatus(`Importing ${file.name}…`);
            try {
              setStatus(await importFile(await file.text()));
            } catch (error) {
              setStatus(`The import failed: ${error instanceof Error ? error.message : String(error)}`);
            } finally {
              setImporting(false);
              // The same file can be chosen again (after fixing it, say).
              input.value = '';
            }
          }}
        />
      </section>

      <section>
        <h2>Erase</h2>
        <button
          type="button"
          class="danger"
          onClick={async () => {
            if (!api.confirm('Erase everything Backstory stored: reading history, highlights and settings?')) return;
            await api.eraseAll();
            setSettings(await api.getSettings());
            setStatus('Everything was erased.');
          }}
        >
          Erase all data
        </button>
      </section>
      <p role="status" class="status">
        {status}
      </p>
    </main>
  );
}
