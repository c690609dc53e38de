import { expect } from '@open-wc/testing';
import { commaList } from '../../src/internal/text.js';
import { feedUrls } from '../../src/internal/feed-controller.js';

describe('commaList / feedUrls', () => {
  it('split attribute lists and drop blanks', () => {
    expect(commaList(' a, b ,,c ')).to.deep.equal(['a', 'b', 'c']);
    expect(commaList(undefined)).to.deep.equal([]);
    expect(feedUrls('  /a.rss\n\t/b.rss /a.rss ')).to.deep.equal(['/a.rss', '/b.rss']);
    expect(feedUrls('')).to.deep.equal([]);
  });
});
