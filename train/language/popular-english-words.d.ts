/** popular-english-words ships no types: the one method the generator uses. */
declare module 'popular-english-words' {
  export const words: { getMostPopular(count: number): string[] };
}
