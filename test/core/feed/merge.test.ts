import { expect } from '@open-wc/testing';
import { mergeFeeds, newestFirst, newestItem } from '../../../src/core/feed/merge.js';
import type { Feed, FeedItem } from '../../../src/core/feed/model.js';

const item = (id: string, published?: string, link?: string): FeedItem => ({
  id,
  title: id,
  summary: '',
  categories: [],
  enclosures: [],
  published,
  link,
});
const feed = (title: string, items: FeedItem[]): Feed => ({ format: 'rss', title, items });

describe('mergeFeeds', () => {
  it('returns a single feed unchanged, in document order', () => {
    const one = feed('A', [item('1', '2025-01-01T00:00:00Z'), item('2', '2025-02-01T00:00:00Z')]);
    expect(mergeFeeds([one])).to.equal(one);
    expect(mergeFeeds([])).to.be.undefined;
  });

  it('merges several: duplicates (same id or same link) once, newest first, undated last', () => {
    const a = feed('A', [item('a1', '2025-09-22T01:00:00Z', 'https://x/1'), item('shared', '2025-09-21T01:00:00Z'), item('a-undated')]);
    const b = feed('B', [
      item('b1', '2025-09-22T02:00:00Z'),
      item('shared', '2025-09-21T01:00:00Z'),
      item('other-id-same-link', '2025-09-20T00:00:00Z', 'https://x/1'),
      item('b2', '2025-09-21T12:00:00Z'),
    ]);
    const merged = mergeFeeds([a, b])!;
    expect(merged.items.map((i) => i.id)).to.deep.equal(['b1', 'a1', 'b2', 'shared', 'a-undated']);
    expect(merged.title).to.equal('A · B');
  });

  it('newestFirst keeps ties in order; newestItem picks by date', () => {
    const items = [item('x', '2025-01-01T00:00:00Z'), item('y', '2025-03-01T00:00:00Z'), item('z', '2025-01-01T00:00:00Z')];
    expect(newestFirst(items).map((i) => i.id)).to.deep.equal(['y', 'x', 'z']);
    expect(newestItem(items)!.id).to.equal('y');
    expect(newestItem([item('u'), item('v')])!.id).to.equal('u');
    expect(newestItem([])).to.be.undefined;
  });
});
