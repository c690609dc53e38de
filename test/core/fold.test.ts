import { expect } from '@open-wc/testing';
import { foldCharacter, foldText } from '../../src/core/fold.js';

describe('foldText', () => {
  it('ignores case, Vietnamese diacritics (NFC or NFD) and spacing', () => {
    expect(foldText('Thời sự')).to.equal('thoi su');
    expect(foldText('THỜI  SỰ ')).to.equal('thoi su');
    expect(foldText('Thời sự'.normalize('NFD'))).to.equal('thoi su');
    expect(foldText('Đời sống')).to.equal('doi song');
    expect(foldText('Văn hóa - Xã hội')).to.equal(foldText('van hoa - xa hoi'));
    expect(foldText('Kinh tế')).not.to.equal(foldText('Thể thao'));
  });
});

describe('foldCharacter', () => {
  it('folds dashes, odd spaces and line breaks to their plain forms, and may drop a lone mark', () => {
    expect(['\u2013', '\u2212', '\u00a0', '\u2028', '\u0301', 'Ư'].map(foldCharacter)).to.deep.equal(['-', '-', ' ', '\n', '', 'u']);
  });
});
