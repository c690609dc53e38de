// Watched words: a comment whose author or body contains one is held for moderation, even under
// moderation "post". Both sides are folded (foldText: no case, no diacritics, đ → d) and a word matches only
// as a whole word (or whole phrase): "ma" is found in "Ma túy" but not in "mạng".
import { foldText } from 'bantin/core';

export type WatchedWordMatcher = (text: string) => string[];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function giving the configured words found in a text (in config order, each once). */
export function watchedWordMatcher(words: readonly string[]): WatchedWordMatcher {
  const patterns = words.map((word) => ({
    word,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(foldText(word))}(?![\\p{L}\\p{N}])`, 'u'),
  }));
  return (text) => {
    if (patterns.length === 0) return [];
    const folded = foldText(text);
    return patterns.filter(({ pattern }) => pattern.test(folded)).map(({ word }) => word);
  };
}
