import { useEffect, useState } from 'preact/hooks';
import { Legend } from '../legend/Legend';

export interface OnboardingApi {
  getLookups(): Promise<boolean>;
  setLookups(on: boolean): Promise<boolean>;
  /** Records that the reader has been welcomed. */
  markOnboarded(): Promise<void>;
  /** The keyboard shortcut the browser has for saving a highlight, or null when the reader has none set. */
  saveShortcut(): Promise<string | null>;
  /** Closes the welcome page. */
  close(): void;
}

/**
 * First run: a mark to try, the key of the marks, where the popup, the save shortcut and the context menu
 * are, what stays local and the one thing that can leave the browser, and "Done".
 */
export function Onboarding({ api }: { api: OnboardingApi }) {
  const [lookups, setLookups] = useState<boolean | null>(null);
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  const [example, setExample] = useState(false);
  useEffect(() => {
    void api.getLookups().then(setLookups);
    void api.saveShortcut().then(setShortcut);
    void api.markOnboarded();
  }, []);

  return (
    <main class="onboarding">
      <h1>Welcome to Backstory</h1>
      <p>
        On news articles, Backstory marks people, organizations, places and groups, and underlines attributions that
        hide their source. Hover a mark, or reach it with Tab, for its background card.
      </p>

      <h2>Try it</h2>
      <p class="example">
        Foreign Minister{' '}
        <span
          class="bs-mark bs-entity bs-person"
          tabIndex={0}
          aria-describedby="example-card"
          data-testid="example-mark"
          onMouseEnter={() => setExample(true)}
          onMouseLeave={() => setExample(false)}
          onFocus={() => setExample(true)}
          onBlur={() => setExample(false)}
        >
          Fuad Hussein
        </span>{' '}
        flew to Tehran on Sunday, <span class="bs-mark bs-attribution">officials said</span>.
      </p>
      <div id="example-card" role="tooltip" class="example-card" hidden={!example} data-testid="example-card">
        <strong>Fuad Hussein</strong> · person
        <br />
        On a real page the card says who this is, what this article calls him (here: Foreign Minister), and the earlier
        articles you read that mention him.
      </div>

      <h2>What the marks mean</h2>
      <Legend />

      <h2>Where things are</h2>
      <ul class="bullets">
        <li>
          <strong>The popup</strong> (Backstory's button in the toolbar): the page's names, the earlier events you read
          about, and your highlights.
        </li>
        <li>
          <strong>Save a highlight</strong>: select text and press{' '}
          {shortcut ? <kbd data-testid="save-shortcut">{shortcut}</kbd> : 'the save shortcut'}
          {shortcut === null && " (none is set: choose one in your browser's extension shortcuts)"}, or use "Save
          highlight" on the bar under the selection, or right-click the selection and choose{' '}
          <strong>Save highlight with Backstory</strong>.
        </li>
      </ul>

      <h2>What stays on this computer</h2>
      <ul class="bullets">
        <li>
          Everything it reads and remembers: the articles you read, their names, roles and dated events, your
          highlights.
        </li>
        <li>Nothing is stored in private windows.</li>
      </ul>
      <h2>What can leave it</h2>
      <p>
        When you open a card, the <strong>name</strong> on it (never the page's address) is looked up on Wikipedia and
        Wikidata, and the answer is cached.
      </p>
      {lookups !== null && (
        <label class="toggle">
          <input
            type="checkbox"
            checked={lookups}
            onChange={async (e) => setLookups(await api.setLookups((e.target as HTMLInputElement).checked))}
          />
          Look names up on Wikipedia and Wikidata
        </label>
      )}
      <p>
        <button type="button" class="primary" onClick={() => api.close()}>
          Done
        </button>
      </p>
    </main>
  );
}
