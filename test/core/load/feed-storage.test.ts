import { expect } from '@open-wc/testing';
import type { Feed } from '../../../src/core/feed/model.js';
import {
  STORAGE_BUDGET_BYTES,
  STORAGE_ENTRY_MAX_BYTES,
  STORAGE_KEY_PREFIX,
  clearStoredFeeds,
  readStoredFeed,
  writeStoredFeed,
} from '../../../src/core/load/feed-storage.js';

/** A Storage in memory; `quotaChars` makes setItem throw QuotaExceededError past that many characters. */
class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  constructor(private readonly quotaChars = Infinity) {}
  get length(): number {
    return this.map.size;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const others = [...this.map].filter(([k]) => k !== key).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    if (others + key.length + value.length > this.quotaChars) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
  [name: string]: unknown;
}

/** Every method throws, as localStorage does when the user blocks site data. */
class BlockedStorage extends MemoryStorage {
  override get length(): number {
    throw new DOMException('blocked', 'SecurityError');
  }
  override getItem(): string | null {
    throw new DOMException('blocked', 'SecurityError');
  }
  override setItem(): void {
    throw new DOMException('blocked', 'SecurityError');
  }
  override removeItem(): void {
    throw new DOMException('blocked', 'SecurityError');
  }
}

function feedOfChars(title: string, approxChars: number, itemCount = 10): Feed {
  const summary = 'x'.repeat(Math.max(1, Math.round(approxChars / itemCount) - 80));
  return {
    format: 'rss',
    title,
    items: Array.from({ length: itemCount }, (_, i) => ({ id: `${title}-${i}`, title: `item ${i}`, summary, categories: [], enclosures: [] })),
  };
}

function bantinChars(storage: Storage): number {
  let total = 0;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)!;
    if (key.startsWith(STORAGE_KEY_PREFIX)) total += key.length + storage.getItem(key)!.length;
  }
  return total;
}

describe('feed storage', () => {
  afterEach(() => clearStoredFeeds(localStorage));

  it('keeps a feed in localStorage under the bantin prefix and reads it back equal', () => {
    const feed = feedOfChars('round trip', 2000, 3);
    writeStoredFeed(localStorage, 'https://example.vn/a.rss', feed, 1234);
    expect(localStorage.getItem(`${STORAGE_KEY_PREFIX}https://example.vn/a.rss`)).to.be.a('string');
    const stored = readStoredFeed(localStorage, 'https://example.vn/a.rss');
    expect(stored?.fetchedAt).to.equal(1234);
    expect(stored?.feed).to.deep.equal(feed);
  });

  it('evicts the oldest-fetched entries to stay within the budget', () => {
    const storage = new MemoryStorage();
    const perFeed = STORAGE_ENTRY_MAX_BYTES / 2 - 5000; // characters: each entry fits alone
    const count = Math.ceil(STORAGE_BUDGET_BYTES / 2 / perFeed) + 2;
    // Written newest-first, so eviction by insertion order would drop the wrong ones.
    for (let i = 0; i < count; i++) writeStoredFeed(storage, `feed-${i}`, feedOfChars(`f${i}`, perFeed), 10_000 - i);
    expect(bantinChars(storage)).to.be.at.most(STORAGE_BUDGET_BYTES / 2);
    expect(readStoredFeed(storage, 'feed-0'), 'the newest stays').to.not.equal(undefined);
    expect(readStoredFeed(storage, `feed-${count - 2}`), 'an older one goes').to.equal(undefined);
  });

  it('leaves entries that are not bantin feeds alone', () => {
    const storage = new MemoryStorage();
    storage.setItem('partner-data', 'y'.repeat(STORAGE_BUDGET_BYTES));
    writeStoredFeed(storage, 'a', feedOfChars('a', 1000), 1);
    clearStoredFeeds(storage);
    expect(storage.getItem('partner-data')).to.have.length(STORAGE_BUDGET_BYTES);
    expect(readStoredFeed(storage, 'a')).to.equal(undefined);
  });

  it('stores the leading items of a feed too long for one entry', () => {
    const storage = new MemoryStorage();
    const feed = feedOfChars('long', STORAGE_ENTRY_MAX_BYTES * 2, 400);
    writeStoredFeed(storage, 'long', feed, 1);
    const stored = readStoredFeed(storage, 'long')!;
    expect(stored.feed.items.length).to.be.within(1, 399);
    expect(stored.feed.items).to.deep.equal(feed.items.slice(0, stored.feed.items.length));
    expect(bantinChars(storage)).to.be.at.most(STORAGE_ENTRY_MAX_BYTES / 2);
  });

  it('gives up older bantin entries when the browser quota is reached', () => {
    const storage = new MemoryStorage(60_000);
    writeStoredFeed(storage, 'old', feedOfChars('old', 40_000), 1);
    writeStoredFeed(storage, 'new', feedOfChars('new', 40_000), 2);
    expect(readStoredFeed(storage, 'old')).to.equal(undefined);
    expect(readStoredFeed(storage, 'new')?.feed.title).to.equal('new');
  });

  it('does nothing, silently, when the quota leaves no room at all', () => {
    const storage = new MemoryStorage(100);
    expect(() => writeStoredFeed(storage, 'a', feedOfChars('a', 5000), 1)).to.not.throw();
    expect(readStoredFeed(storage, 'a')).to.equal(undefined);
  });

  it('survives storage that throws on every access, and no storage at all', () => {
    const blocked = new BlockedStorage();
    expect(() => writeStoredFeed(blocked, 'a', feedOfChars('a', 100), 1)).to.not.throw();
    expect(readStoredFeed(blocked, 'a')).to.equal(undefined);
    expect(() => clearStoredFeeds(blocked)).to.not.throw();
    writeStoredFeed(null, 'a', feedOfChars('a', 100), 1);
    expect(readStoredFeed(null, 'a')).to.equal(undefined);
  });

  it('ignores and removes values that are not stored feeds', () => {
    const storage = new MemoryStorage();
    const bad = ['not json', '1|5|{"title":"x"}', '1|5|{"format":"rss","title":"x","items":[null]}', '1|5|{bad', '2|5|{}'];
    bad.forEach((value, i) => storage.setItem(`${STORAGE_KEY_PREFIX}bad${i}`, value));
    bad.forEach((_, i) => {
      expect(readStoredFeed(storage, `bad${i}`), bad[i]).to.equal(undefined);
      expect(storage.getItem(`${STORAGE_KEY_PREFIX}bad${i}`), bad[i]).to.equal(null);
    });
  });
});
