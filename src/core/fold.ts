// Folding Vietnamese text for loose matching: lower case, diacritics removed, đ → d, every dash "-", every
// space " ", every line break "\n". "Thời sự", "THOI SU" and "thoi  su" all match. One rule for the whole
// library: the weather reader folds bulletins with it, the widgets fold category names and match texts.

const COMBINING_MARKS = /\p{M}+/gu;
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d']);
const LINE_BREAKS = new Set(['\r', '\u0085', '\u2028', '\u2029']);
const foldCache = new Map<string, string>();

/** One character (a code point) folded; may give "" (a lone combining mark) or several characters. */
export function foldCharacter(ch: string): string {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) {
    if (ch === '\r') return '\n';
    return ch === '\t' || ch === '\f' || ch === '\v' ? ' ' : ch.toLowerCase();
  }
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let folded: string;
  if (DASHES.has(ch)) folded = '-';
  else if (LINE_BREAKS.has(ch)) folded = '\n';
  else if (/^\s$/u.test(ch)) folded = ' ';
  else folded = ch.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
  if (foldCache.size < 4096) foldCache.set(ch, folded);
  return folded;
}

/** A whole string folded, with runs of whitespace collapsed to one space and the ends trimmed. */
export function foldText(text: string): string {
  let folded = '';
  for (const ch of text.normalize('NFC')) folded += foldCharacter(ch);
  return folded.replace(/\s+/g, ' ').trim();
}
