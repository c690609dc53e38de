// Keeping a text field within a maximum of user-perceived characters while people type or paste.
import { clampCharacters, countCharacters } from '../../core/comments/index.js';

/**
 * The part of `inserted` that fits when it replaces value[start, end) and the result may have at most `max`
 * user-perceived characters: all of it when it fits, else its longest start that does, cut between characters.
 */
export function fitInsertion(value: string, start: number, end: number, inserted: string, max: number): string {
  const before = value.slice(0, start);
  const after = value.slice(end);
  if (countCharacters(before + inserted + after) <= max) return inserted;
  const room = max - countCharacters(before + after);
  if (room <= 0) return '';
  let fitted = clampCharacters(inserted, room);
  // A character at the seam can merge with its neighbour; drop one more until it fits (bounded by `room`).
  for (let left = room; left > 0 && countCharacters(before + fitted + after) > max; left--) {
    fitted = clampCharacters(fitted, left - 1);
  }
  return fitted;
}

/** The text an editing event would insert, or undefined when it is not an insertion we can measure. */
export function insertedText(event: InputEvent): string | undefined {
  switch (event.inputType) {
    case 'insertText':
    case 'insertReplacementText':
    case 'insertFromDrop':
    case 'insertFromPaste':
      return event.data ?? event.dataTransfer?.getData('text/plain') ?? undefined;
    case 'insertLineBreak':
    case 'insertParagraph':
      return '\n';
    default:
      return undefined;
  }
}

/**
 * Cancels `event` when what it inserts into `field` would go past `max` characters, and inserts the part that
 * fits instead (then fires `input`, as typing would). Returns true when it stepped in.
 */
export function limitInsertion(event: Event, field: HTMLTextAreaElement | HTMLInputElement, inserted: string, max: number): boolean {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const fitted = fitInsertion(field.value, start, end, inserted, max);
  if (fitted === inserted || !event.cancelable) return false;
  event.preventDefault();
  if (fitted !== '' || start !== end) {
    field.setRangeText(fitted, start, end, 'end');
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  return true;
}
