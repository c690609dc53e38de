// Reading list-valued attributes ("hide", "category", "match").

/** "a, b ,,c" → ['a', 'b', 'c']: a comma list from an attribute, blanks dropped. */
export function commaList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
