/**
 * Phonetic folding of one name word (from nameWords): common transliteration variants fold alike
 * ("Kadhimi"/"Khadimi", "Qassem"/"Qasem", "Zelensky"/"Zelenskyy", "Ahmadinejad"/"Ahmadinezhad").
 */
export function fold(word: string): string {
  return word
    .replace(/zh/g, 'j')
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'k')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/ou|oo/g, 'u')
    .replace(/y/g, 'i')
    .replace(/([^aeiou])\1+/g, '$1');
}
