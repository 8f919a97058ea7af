/** Name matching, one module for the analysis (resolution, entity keys) and the knowledge client (linking). */
export { textWords, nameWords } from './normalize';
export { fold } from './fold';
export { sameNameWord, sameFoldedWord, nameKey, nameSimilarity } from './compare';
