import { useEffect, useRef, useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../analysis/types';
import type { RevealTarget } from '../../messages/page-commands';
import type { PageStatus, PageView } from '../../messages/views';
import { Legend } from '../legend/Legend';
import { CATEGORY_LABEL, ENTITY_TYPE_PLURAL, formatDate } from '../shared/labels';
import { Section } from './Section';
import { statusNote } from './status-note';
import { timelineView } from './timeline-view';

/** The tab the popup is about: its site, the ids of saved highlights its page no longer contains, what Backstory made of it. */
export interface PopupTab {
  id: number;
  /** Null when the tab's page does not answer (not a web page, or loaded before Backstory was). */
  host: string | null;
  orphans: string[];
  status: PageStatus | null;
}

export interface PopupApi {
  /** The tab, or null when there is none; rejects when the tab it names is gone. */
  tab(): Promise<PopupTab | null>;
  view(tabId: number): Promise<PageView | null>;
  siteEnabled(host: string): Promise<boolean>;
  setSite(host: string, enabled: boolean): Promise<void>;
  reveal(tabId: number, target: RevealTarget): void;
  openOptions(): void;
}

/** Past this, the popup says Backstory did not answer instead of "Loading…". */
export const LOAD_TIMEOUT_MS = 8000;
/** While the page is still being read, the popup asks again this often, this many times. */
export const READING_POLL_MS = 1000;
const READING_POLLS = 30;

type State =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; tab: PopupTab | null; enabled: boolean; view: PageView | null };

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** The popup: what Backstory found on this page, read back from the reader's database. */
export function Popup({ api }: { api: PopupApi }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const polls = useRef(0);
  const poll = useRef<ReturnType<typeof setTimeout> | null>(null);

  const fetchState = async (): Promise<State> => {
    const tab = await api.tab();
    if (!tab?.host) return { status: 'ready', tab, enabled: false, view: null };
    const [view, enabled] = await Promise.all([api.view(tab.id).catch(() => null), api.siteEnabled(tab.host)]);
    return { status: 'ready', tab, enabled, view };
  };
  const load = async (): Promise<void> => {
    if (poll.current) clearTimeout(poll.current);
    let next: State;
    try {
      next = await withTimeout(fetchState(), LOAD_TIMEOUT_MS);
    } catch {
      next = { status: 'error' };
    }
    setState(next);
    if (next.status === 'ready' && next.tab?.status?.state === 'reading' && polls.current++ < READING_POLLS) {
      poll.current = setTimeout(() => void load(), READING_POLL_MS);
    }
  };
  const retry = () => {
    polls.current = 0;
    setState({ status: 'loading' });
    void load();
  };
  useEffect(() => {
    void load();
    return () => {
      if (poll.current) clearTimeout(poll.current);
    };
  }, []);

  if (state.status === 'loading')
    return (
      <main class="popup">
        <p class="muted" role="status">
          Loading…
        </p>
      </main>
    );
  if (state.status === 'error')
    return (
      <main class="popup">
        <h1>Backstory</h1>
        <div data-testid="error" role="alert" class="notice">
          <p>Backstory could not reach this tab. It may have been closed, or the extension was just updated.</p>
          <button type="button" class="primary" data-testid="retry" onClick={retry}>
            Try again
          </button>
        </div>
      </main>
    );

  const { tab, enabled, view } = state;
  const host = tab?.host ?? null;
  const tabId = tab?.id ?? -1;
  const orphans = tab?.orphans ?? [];
  const hasAnything =
    !!view && (view.entities.length > 0 || view.attributions.length > 0 || view.highlights.length > 0);
  const note = hasAnything ? null : statusNote(tab, enabled);
  const timeline = view ? timelineView(view.timeline, view.article?.title ?? null) : null;

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
      {note && (
        <div data-testid="empty" data-reason={note.reason} class="notice">
          <p>{note.text}</p>
          {note.retry && (
            <button type="button" class="primary" data-testid="retry" onClick={retry}>
              Try again
            </button>
          )}
        </div>
      )}
      {view && view.highlights.length > 0 && (
        <Section id="highlights" title="Your highlights" count={view.highlights.length} open>
          <ul class="highlights">
            {view.highlights.map((h) => (
              <li key={h.id} data-testid="highlight" data-orphan={orphans.includes(h.id) ? 'true' : 'false'}>
                <button
                  type="button"
                  onClick={() => api.reveal(tabId, { kind: 'saved', key: h.id, start: h.position.start })}
                >
                  <span class="clamp">“{h.quote.exact}”</span>
                </button>
                {h.note && (
                  <p class="note" data-testid="highlight-note">
                    {h.note}
                  </p>
                )}
                {orphans.includes(h.id) && <p class="muted">Not found on the page as it is now (the text changed).</p>}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {timeline && timeline.earlier.length > 0 && (
        <Section id="timeline" title="From your earlier reading" count={timeline.earlier.length} open>
          <ol class="timeline">
            {timeline.earlier.map((t) => (
              <li key={`${t.date} ${t.text}`} data-testid="event" data-earlier="true">
                <p class="clamp">
                  <time dateTime={t.date}>{formatDate(t.date)}</time> {t.text}
                </p>
                <p class="muted">
                  from{' '}
                  <a href={t.articleUrl} target="_blank" rel="noopener noreferrer">
                    {t.articleTitle}
                  </a>
                  {t.alsoIn > 0 && ` and ${t.alsoIn} more`}
                </p>
              </li>
            ))}
          </ol>
        </Section>
      )}
      {view && view.entities.length > 0 && (
        <Section id="entities" title="Names in this article" count={view.entities.length} open>
          {ENTITY_TYPES.map((type: EntityType) => {
            const list = view.entities.filter((e) => e.type === type);
            if (!list.length) return null;
            return (
              <div key={type} class="group">
                <h3>{ENTITY_TYPE_PLURAL[type]}</h3>
                <ul class="chips">
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
        </Section>
      )}
      {view && view.attributions.length > 0 && (
        <Section id="attributions" title="Vague attributions" count={view.attributions.length} open>
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
        </Section>
      )}
      {timeline && timeline.here.length > 0 && (
        <Section id="dates-here" title="Dates in this article" count={timeline.here.length} open={false}>
          <ol class="timeline here">
            {timeline.here.map((t) => (
              <li key={`${t.date} ${t.text}`} data-testid="event" data-earlier="false">
                <p class="clamp">
                  <time dateTime={t.date}>{formatDate(t.date)}</time> {t.text}
                </p>
              </li>
            ))}
          </ol>
        </Section>
      )}
      <Section id="legend" title="What the marks mean" open={!hasAnything}>
        <Legend />
      </Section>
      <footer>
        <button type="button" class="link" onClick={() => api.openOptions()}>
          Settings, export and import
        </button>
      </footer>
    </main>
  );
}
