/** Tags that name no language: undetermined, multiple, no linguistic content, uncoded. */
const NOT_A_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

/**
 * The language a page declares (`<html lang>`, a BCP 47 tag such as "en-US", "pt_BR" or "HU"), as its
 * lower-case primary subtag; null when it declares none or nothing usable ("x-default", "und", junk).
 */
export function declaredLanguage(tag: string | null | undefined): string | null {
  const primary = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag?.trim() ?? '')?.[1]?.toLowerCase();
  return primary && !NOT_A_LANGUAGE.has(primary) ? primary : null;
}
