import type {
  KnowledgeCandidate,
  KnowledgeFact,
  KnowledgeResult,
  LinkedEntity,
  OfflineReason,
} from '../../knowledge/types';
import { formatDate, parseIsoDate } from '../../knowledge/wikidate';

export interface KnowledgeSectionProps {
  result: KnowledgeResult;
  /** The article's publication date, to say which moment "which one?" is about. */
  published: string | null;
  /** The reader picked a candidate; the caller remembers it and looks the name up again. */
  onChoose(qid: string): void;
}

// Results cross extension messaging: links and images are checked again here, not trusted.
const SAFE_LINK =
  /^https:\/\/(?:[a-z]{2,3}\.(?:m\.)?wikipedia\.org\/wiki\/|www\.wikidata\.org\/wiki\/Q\d+$|creativecommons\.org\/)/;
const SAFE_IMAGE = /^https:\/\/(?:upload\.wikimedia\.org\/|commons\.wikimedia\.org\/wiki\/Special:FilePath\/)/;

const OFFLINE_TEXT: Record<OfflineReason, string> = {
  offline: 'Wikipedia could not be reached (offline?).',
  timeout: 'Wikipedia did not answer in time.',
  'rate-limited': 'Wikipedia asked us to slow down; try again in a minute.',
  'bad-response': 'Wikipedia sent an answer we could not read.',
};

function ExternalLink({ href, children }: { href: string; children: string }) {
  return SAFE_LINK.test(href) ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <span>{children}</span>
  );
}

function Fact({ fact }: { fact: KnowledgeFact }) {
  return (
    <>
      <dt>{fact.label}</dt>
      <dd>
        {fact.value}
        {fact.value && fact.when ? <span class="bs-k-when"> ({fact.when})</span> : fact.when}
      </dd>
    </>
  );
}

function Picker({ candidates, onChoose }: { candidates: KnowledgeCandidate[]; onChoose(qid: string): void }) {
  return (
    <ul class="bs-k-candidates">
      {candidates.map((c) => (
        <li key={c.qid}>
          <button type="button" class="bs-k-pick" data-qid={c.qid} onClick={() => onChoose(c.qid)}>
            <span class="bs-k-pick-label">{c.label}</span>
            {c.description && <span class="bs-k-pick-desc">{c.description}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Linked({
  entity,
  alternatives,
  chosenByReader,
  onChoose,
}: {
  entity: LinkedEntity;
  alternatives: KnowledgeCandidate[];
  chosenByReader: boolean;
  onChoose(qid: string): void;
}) {
  const thumb = entity.thumbnail && SAFE_IMAGE.test(entity.thumbnail.url) ? entity.thumbnail : null;
  const source = entity.source;
  return (
    <>
      <div class="bs-k-head">
        {thumb && (
          <img
            class="bs-k-thumb"
            src={thumb.url}
            alt=""
            referrerpolicy="no-referrer"
            loading="lazy"
            decoding="async"
            width={64}
            height={64}
          />
        )}
        <div>
          <p class="bs-k-name">{entity.name}</p>
          {entity.description && <p class="bs-k-desc">{entity.description}</p>}
        </div>
      </div>
      {entity.thenAndNow && <p class="bs-k-then">{entity.thenAndNow}</p>}
      {entity.extract && <p class="bs-k-extract">{entity.extract}</p>}
      {entity.facts.length > 0 && (
        <dl class="bs-k-facts">
          {entity.facts.map((f, i) => (
            <Fact fact={f} key={`${f.kind}${i}`} />
          ))}
        </dl>
      )}
      <p class="bs-k-source">
        <ExternalLink
          href={source.url}
        >{`${source.licence === 'CC0' ? 'Wikidata' : 'Wikipedia'}: ${source.title}`}</ExternalLink>
        {' · '}
        <ExternalLink href={source.licenceUrl}>{source.licence}</ExternalLink>
      </p>
      {!chosenByReader && alternatives.length > 0 && (
        <details class="bs-k-alts">
          <summary>Not the right one?</summary>
          <Picker candidates={alternatives} onChoose={onChoose} />
        </details>
      )}
    </>
  );
}

/** The knowledge part of an entity card. Every string is untrusted and rendered as text. */
export function KnowledgeSection({ result, published, onChoose }: KnowledgeSectionProps) {
  const when = parseIsoDate(published);
  return (
    <section class={`bs-k bs-k-${result.status}`} aria-label="Background">
      <h3 class="bs-k-heading">Background</h3>
      {result.status === 'linked' && (
        <Linked
          entity={result.entity}
          alternatives={result.alternatives}
          chosenByReader={result.chosenByReader}
          onChoose={onChoose}
        />
      )}
      {result.status === 'uncertain' && (
        <>
          <p class="bs-k-note">
            {`Not sure which “${result.query}” ${when ? `this article (${formatDate(when, 'month')})` : 'this article'} means — which one?`}
          </p>
          <Picker candidates={result.candidates} onChoose={onChoose} />
        </>
      )}
      {result.status === 'none' && <p class="bs-k-note">{`No Wikipedia entry found for “${result.query}”.`}</p>}
      {result.status === 'offline-error' && (
        <p class="bs-k-note">{OFFLINE_TEXT[result.reason] ?? OFFLINE_TEXT['bad-response']}</p>
      )}
    </section>
  );
}
