import { ENTITY_TYPES } from '../../analysis/types';
import { ENTITY_TYPE_PLURAL } from '../shared/labels';

/**
 * What each mark's style means. The samples carry the page's own mark classes and the page opening it
 * loads the marks' stylesheet (entrypoints/content/marks.css), so the key always looks like the marks.
 */
export function Legend() {
  return (
    <ul class="legend" data-testid="legend">
      {ENTITY_TYPES.map((type) => (
        <li key={type}>
          <span class={`bs-mark bs-entity bs-${type.toLowerCase()}`}>{ENTITY_TYPE_PLURAL[type]}</span>
        </li>
      ))}
      <li>
        <span class="bs-mark bs-attribution">officials said</span> a vague attribution: who said it is not named
      </li>
      <li>
        <span class="bs-mark bs-attribution" data-bs-category="OUTLET_RELAY">
          the agency reported
        </span>{' '}
        relayed from a named outlet, without its own source
      </li>
      <li>
        <span class="bs-mark bs-saved">your highlight</span> text you saved
      </li>
      <li class="muted">Hover or Tab to a mark for its card.</li>
    </ul>
  );
}
