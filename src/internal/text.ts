// Small text helpers for matching what people type against what feeds say.

/**
 * A form for loose comparison: NFD, combining marks removed, đ → d, lower case, spaces collapsed.
 * "Thời sự", "THOI SU" and "thoi  su" all give "thoi su".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "a, b ,,c" → ['a', 'b', 'c']: a comma list from an attribute, blanks dropped. */
export function commaList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
