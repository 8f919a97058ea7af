import { useEffect, useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../analysis/types';
import type { RevealTarget } from '../../messages/page-commands';
import type { PageView } from '../../messages/views';
import { CATEGORY_LABEL, ENTITY_TYPE_PLURAL, formatDate } from '../shared/labels';

export interface PopupApi {
  /** The tab the popup is about, its site, and the ids of saved highlights its page no longer contains. */
  tab(): Promise<{ id: number; host: string | null; orphans: string[] } | null>;
  view(tabId: number): Promise<PageView | null>;
  siteEnabled(host: string): Promise<boolean>;
  setSite(host: string, enabled: boolean): Promise<void>;
  reveal(tabId: number, target: RevealTarget): void;
  openOptions(): void;
}

type State =
  | { status: 'loading' }
  | { status: 'ready'; tabId: number; host: string | null; enabled: boolean; view: PageView | null; orphans: string[] };

/** The popup: what Backstory found on this page, read back from the reader's database. */
export function Popup({ api }: { api: PopupApi }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  const load = async () => {
    const tab = await api.tab();
    if (!tab) return setState({ status: 'ready', tabId: -1, host: null, enabled: false, view: null, orphans: [] });
    const [view, enabled] = await Promise.all([
      api.view(tab.id).catch(() => null),
      tab.host ? api.siteEnabled(tab.host) : Promise.resolve(false),
    ]);
    setState({ status: 'ready', tabId: tab.id, host: tab.host, enabled, view, orphans: tab.orphans });
  };
  useEffect(() => {
    void load();
  }, []);

  if (state.status === 'loading')
    return (
      <main class="popup">
        <p class="muted">Loading…</p>
      </main>
    );
  const { view, host, enabled, tabId, orphans } = state;
  const hasAnything =
    !!view && (view.entities.length > 0 || view.attributions.length > 0 || view.highlights.length > 0);

  return (
    <main class="popup">
      <header>
        <h1>Backstory</h1>
        {host && (
          <label class="toggle">
            <input
              type="checkbox"
              data-testid="site-toggle"
              checked={enabled}
              onChange={async (e) => {
                await api.setSite(host, (e.target as HTMLInputElement).checked);
                await load();
              }}
            />
            On for {host}
          </label>
        )}
      </header>
      {view?.article && (
        <p class="article" data-testid="article">
          <strong>{view.article.title}</strong>
          <span class="muted">
            {' '}
            {view.article.site}
            {view.article.published ? `, ${formatDate(view.article.published)}` : ''}
          </span>
        </p>
      )}
      {!hasAnything && (
        <section data-testid="empty" class="empty">
          {!host ? (
            <p>Backstory works on news articles on web pages.</p>
          ) : !enabled ? (
            <p>Backstory is off for {host}. Turn it on above to see who is who in its articles.</p>
          ) : (
            <p>
              Nothing found on this page yet. Open a news article: Backstory marks the people, organizations and places
              in it, flags vague attributions, and remembers what you read for next time.
            </p>
          )}
        </section>
      )}
      {view && view.entities.length > 0 && (
        <section data-testid="entities">
          <h2>Names in this article</h2>
          {ENTITY_TYPES.map((type: EntityType) => {
            const list = view.entities.filter((e) => e.type === type);
            if (!list.length) return null;
            return (
              <div key={type} class="group">
                <h3>{ENTITY_TYPE_PLURAL[type]}</h3>
                <ul>
                  {list.map((e) => (
                    <li key={e.key}>
                      <button
                        type="button"
                        data-testid="entity"
                        class={`entity t-${type.toLowerCase()}`}
                        onClick={() => api.reveal(tabId, { kind: 'entity', key: e.key, start: e.firstStart })}
                      >
                        {e.name}
                        {e.count > 1 && <span class="count">×{e.count}</span>}
                        {e.roles[0] && <span class="muted"> · {e.roles[0]}</span>}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      )}
      {view && view.attributions.length > 0 && (
        <section data-testid="attributions">
          <h2>Vague attributions</h2>
          <ul>
            {view.attributions.map((a) => (
              <li key={a.start}>
                <button
                  type="button"
                  data-testid="attribution"
                  onClick={() => api.reveal(tabId, { kind: 'attribution', key: a.category, start: a.start })}
                >
                  “{a.text}” <span class="muted">{CATEGORY_LABEL[a.category]}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {view && view.timeline.length > 0 && (
        <section data-testid="timeline">
          <h2>Timeline</h2>
          <ol class="timeline">
            {view.timeline.map((t, i) => (
              <li
                key={i}
                data-testid="event"
                data-earlier={t.earlier ? 'true' : 'false'}
                class={t.earlier ? 'earlier' : ''}
              >
                <time>{formatDate(t.date)}</time> {t.text}
                {t.earlier && (
                  <div class="muted">
                    from{' '}
                    <a href={t.articleUrl} target="_blank" rel="noopener noreferrer">
                      {t.articleTitle}
                    </a>
                  </div>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {view && view.highlights.length > 0 && (
        <section data-testid="highlights">
          <h2>Your highlights</h2>
          <ul>
            {view.highlights.map((h) => (
              <li key={h.id} data-testid="highlight" data-orphan={orphans.includes(h.id) ? 'true' : 'false'}>
                <button
                  type="button"
                  onClick={() => api.reveal(tabId, { kind: 'saved', key: h.id, start: h.position.start })}
                >
                  “{h.quote.exact}”
                </button>
                {orphans.includes(h.id) && (
                  <div class="muted">Not found on the page as it is now (the text changed).</div>
                )}
                {h.note && <div class="muted">{h.note}</div>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer>
        <button type="button" class="link" onClick={() => api.openOptions()}>
          Settings, export and import
        </button>
      </footer>
    </main>
  );
}
