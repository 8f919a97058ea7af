import { CATEGORY_LABEL, ENTITY_TYPE_LABEL, formatDate } from '../shared/labels';
import { KnowledgeSection } from '../knowledge';
import { CardKey } from './CardKey';
import type { AttributionCardModel, CardModel, EntityCardModel, SavedCardModel } from './model';

export interface CardActions {
  onNextMention(key: string): void;
  onChooseCandidate(name: string, qid: string): void;
  /** Saves the mark's text as a highlight (the keyboard's way to save). */
  onSaveMark(): void;
  onDisableSite(): void;
  onDeleteHighlight(id: string): void;
}

export interface CardProps {
  model: CardModel;
  actions: CardActions;
  /** Open the key to the marks and the shortcuts (the reader's first card). */
  showKey: boolean;
}

/** The hover card. Every string in it is untrusted (page text, Wikipedia, history) and rendered as text. */
export function Card({ model, actions, showKey }: CardProps) {
  return (
    <div>
      {model.kind === 'entity' && <EntityCard model={model} actions={actions} />}
      {model.kind === 'attribution' && <AttributionCard model={model} />}
      {model.kind === 'saved' && <SavedCard model={model} actions={actions} />}
      <div class="bs-footer">
        <CardKey open={showKey} />
        <div class="bs-actions">
          {model.kind !== 'saved' && (
            <button type="button" onClick={actions.onSaveMark}>
              Save as highlight
            </button>
          )}
          <button type="button" onClick={actions.onDisableSite}>
            Turn off on this site
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * What this article and the reader's own history say come first; Wikipedia's background, which arrives last
 * and may fail, comes after them, so nothing the reader is reading moves when it arrives.
 */
function EntityCard({ model, actions }: { model: EntityCardModel; actions: CardActions }) {
  const history = model.history && model.history !== 'loading' ? model.history : null;
  const otherNames = model.names.filter((n) => n !== model.name);
  const olderRoles = history?.roles.filter((r) => !model.roles.includes(r.role)) ?? [];
  return (
    <>
      <h2 id="bs-card-title">{model.name}</h2>
      <span class="bs-type">{ENTITY_TYPE_LABEL[model.type]}</span>
      <h3>In this article</h3>
      {model.roles.length > 0 && (
        <p>
          {model.roles.map((r) => (
            <span class="bs-chip" key={r}>
              {r}
            </span>
          ))}
        </p>
      )}
      <p class="bs-muted">
        Mentioned {model.mentionCount} {model.mentionCount === 1 ? 'time' : 'times'}
        {otherNames.length > 0 ? `, also as ${otherNames.join(', ')}` : ''}.{' '}
        {model.mentionCount > 1 && (
          <button type="button" class="bs-linkbtn" onClick={() => actions.onNextMention(model.key)}>
            Next mention
          </button>
        )}
      </p>
      {olderRoles.length > 0 && (
        <>
          <h3>Roles in earlier articles</h3>
          <ul>
            {olderRoles.slice(0, 5).map((r) => (
              <li key={r.role}>
                {r.role}{' '}
                <span class="bs-muted">
                  ({formatDate(r.first)}
                  {r.last !== r.first ? ` – ${formatDate(r.last)}` : ''})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Earlier in your reading</h3>
      {model.history === 'loading' && <p class="bs-muted">…</p>}
      {history && history.earlier.length === 0 && <p class="bs-muted">Not in anything you read before.</p>}
      {history && history.earlier.length > 0 && (
        <ul>
          {history.earlier.map((a) => (
            <li key={a.url}>
              <a href={a.url} target="_blank" rel="noopener noreferrer">
                {a.title || a.url}
              </a>{' '}
              <span class="bs-muted">
                {a.site}
                {a.published ? `, ${formatDate(a.published)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {model.knowledge === 'loading' && <p class="bs-muted">Looking up background…</p>}
      {model.knowledge && model.knowledge !== 'loading' && model.knowledge !== 'off' && (
        <KnowledgeSection
          result={model.knowledge}
          published={model.published}
          onChoose={(qid: string) => actions.onChooseCandidate(model.name, qid)}
        />
      )}
    </>
  );
}

function AttributionCard({ model }: { model: AttributionCardModel }) {
  return (
    <>
      <h2 id="bs-card-title">{CATEGORY_LABEL[model.category]}</h2>
      <p class="bs-muted">“{model.text}”</p>
      <p>{model.explanation}</p>
      <p class="bs-question">Ask: {model.question}</p>
    </>
  );
}

function SavedCard({ model, actions }: { model: SavedCardModel; actions: CardActions }) {
  return (
    <>
      <h2 id="bs-card-title">Your highlight</h2>
      <p>“{model.quote}”</p>
      {model.note && <p class="bs-muted">Note: {model.note}</p>}
      <button type="button" class="bs-linkbtn" onClick={() => actions.onDeleteHighlight(model.id)}>
        Delete highlight
      </button>
    </>
  );
}
