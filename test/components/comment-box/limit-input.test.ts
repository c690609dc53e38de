// The DOM side of src/components/comment-box/limit-input.ts: which editing events insert what, and stepping in on
// a real field (the arithmetic itself is limit-input.node.test.ts).
import { expect } from '@open-wc/testing';
import { countCharacters } from '../../../src/core/comments/index.js';
import { insertedText, limitInsertion } from '../../../src/components/comment-box/limit-input.js';

function beforeInput(inputType: string, init: InputEventInit = {}): InputEvent {
  return new InputEvent('beforeinput', { inputType, cancelable: true, bubbles: true, ...init });
}

function textarea(value: string, start = value.length, end = start): HTMLTextAreaElement {
  const field = document.createElement('textarea');
  document.body.append(field);
  field.value = value;
  field.setSelectionRange(start, end);
  return field;
}

function inputs(field: HTMLElement): string[] {
  const seen: string[] = [];
  field.addEventListener('input', () => seen.push((field as HTMLTextAreaElement).value));
  return seen;
}

describe('limit-input: insertedText', () => {
  it('reads typed, replaced, pasted and dropped text', () => {
    expect(insertedText(beforeInput('insertText', { data: 'ệ' }))).to.equal('ệ');
    expect(insertedText(beforeInput('insertReplacementText', { data: 'Việt' }))).to.equal('Việt');
    expect(insertedText(beforeInput('insertFromPaste', { data: 'dán' }))).to.equal('dán');
    const dropped = new DataTransfer();
    dropped.setData('text/plain', 'kéo thả');
    expect(insertedText(beforeInput('insertFromDrop', { dataTransfer: dropped }))).to.equal('kéo thả');
  });

  it('counts Enter as a line break', () => {
    expect(insertedText(beforeInput('insertLineBreak'))).to.equal('\n');
    expect(insertedText(beforeInput('insertParagraph'))).to.equal('\n');
  });

  it('leaves alone what it cannot measure: deleting, undoing, formatting, composing', () => {
    for (const type of ['deleteContentBackward', 'deleteByCut', 'historyUndo', 'formatBold', 'insertCompositionText']) {
      expect(insertedText(beforeInput(type, { data: 'x' })), type).to.equal(undefined);
    }
  });
});

describe('limit-input: limitInsertion', () => {
  afterEach(() => document.querySelectorAll('textarea, input').forEach((field) => field.remove()));

  it('does nothing when the insertion fits', () => {
    const field = textarea('abc');
    const event = beforeInput('insertText', { data: 'd' });
    expect(limitInsertion(event, field, 'd', 5)).to.equal(false);
    expect(event.defaultPrevented).to.equal(false);
    expect(field.value).to.equal('abc');
  });

  it('inserts the part that fits instead, caret after it, and says so with an input event', () => {
    const field = textarea('abXYZ', 2);
    const seen = inputs(field);
    const event = beforeInput('insertFromPaste', { data: '1234567' });
    expect(limitInsertion(event, field, '1234567', 8)).to.equal(true);
    expect(event.defaultPrevented).to.equal(true);
    expect(field.value).to.equal('ab123XYZ');
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([5, 5]);
    expect(seen).to.deep.equal(['ab123XYZ']);
  });

  it('replaces a selection with what fits, whole characters only', () => {
    const field = textarea('ab123XYZ', 2, 5);
    expect(limitInsertion(beforeInput('insertFromPaste'), field, '🇻🇳🇻🇳🇻🇳🇻🇳', 8)).to.equal(true);
    expect(field.value).to.equal('ab🇻🇳🇻🇳🇻🇳XYZ');
    expect(countCharacters(field.value)).to.equal(8);
  });

  it('refuses typing into a full field without an input event; a selection typed over is still removed', () => {
    const full = textarea('abcdef');
    const seen = inputs(full);
    const typed = beforeInput('insertText', { data: 'g' });
    expect(limitInsertion(typed, full, 'g', 6)).to.equal(true);
    expect(typed.defaultPrevented).to.equal(true);
    expect(full.value).to.equal('abcdef');
    expect(seen).to.deep.equal([]);

    // Nothing of the paste fits (the rest alone is over 3), but the selected "ab" goes, as pasting over it would.
    full.setSelectionRange(0, 2);
    expect(limitInsertion(beforeInput('insertFromPaste'), full, 'xy👍🏽', 3)).to.equal(true);
    expect(full.value).to.equal('cdef');
    expect(seen).to.deep.equal(['cdef']);
  });

  it('cannot step in on an event that cannot be cancelled', () => {
    const field = textarea('abcdef');
    const event = new InputEvent('beforeinput', { inputType: 'insertText', data: 'g', cancelable: false });
    expect(limitInsertion(event, field, 'g', 6)).to.equal(false);
    expect(field.value).to.equal('abcdef');
  });

  it('works on a text input too (the name field)', () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.value = 'Lò Văn';
    field.setSelectionRange(6, 6);
    expect(limitInsertion(beforeInput('insertText'), field, ' Ánh Sáng', 10)).to.equal(true);
    expect(field.value).to.equal('Lò Văn Ánh');
  });
});
