import type { AttributionTagger } from '../../src/analysis/attributions/learned/tagger';
import { loadAttributionTaggerFromDisk } from '../../src/analysis/attributions/learned/load-from-disk';

/** The committed attribution tagger, or null (and a note saying so) when its weights are not in the tree. */
export function loadTagger(): { tagger: AttributionTagger | null; note: string } {
  const tagger = loadAttributionTaggerFromDisk();
  return {
    tagger,
    note: tagger ? 'learned tagger from assets/public/model' : 'no learned tagger weights: learned rules flag nothing',
  };
}
