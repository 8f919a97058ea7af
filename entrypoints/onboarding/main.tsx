import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createClient } from '../../src/messages/client';
import type { ExtensionPageRequests, ExtensionPageResponses } from '../../src/messages/extension-page';

const send = createClient<ExtensionPageRequests, ExtensionPageResponses>((message) =>
  browser.runtime.sendMessage(message),
);

/** First run: what Backstory does, what stays local, and the one thing that can leave the browser. */
function Onboarding() {
  const [lookups, setLookups] = useState<boolean | null>(null);
  useEffect(() => {
    void send('settings/get', {}).then((r) => setLookups(r.settings.lookups));
    void send('settings/set', { patch: { onboarded: true } });
  }, []);
  return (
    <main>
      <h1>Welcome to Backstory</h1>
      <p>
        On news articles, Backstory marks people, organizations, places and groups, and flags attributions that hide
        their source. Hover or focus a name for its background card. Select text to save a highlight.
      </p>
      <h2>What stays on this computer</h2>
      <ul>
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
            onChange={async (e) => {
              const on = (e.target as HTMLInputElement).checked;
              setLookups((await send('settings/set', { patch: { lookups: on } })).settings.lookups);
            }}
          />
          Look names up on Wikipedia and Wikidata
        </label>
      )}
    </main>
  );
}

render(<Onboarding />, document.getElementById('app')!);
