import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/core/feed/model.js';
import { developerHint, errorMessage, formatDate, formatRelative, locales, allTextFor, resolveLocale, type AllText } from '../../src/i18n/index.js';

describe('resolveLocale', () => {
  it('maps language tags to vi or en, defaulting to vi', () => {
    expect(resolveLocale('vi')).to.equal('vi');
    expect(resolveLocale('vi-VN')).to.equal('vi');
    expect(resolveLocale('EN-us')).to.equal('en');
    expect(resolveLocale('en_GB')).to.equal('en');
    expect(resolveLocale(' en ')).to.equal('en');
    expect(resolveLocale('fr')).to.equal('vi');
    expect(resolveLocale('')).to.equal('vi');
    expect(resolveLocale(null)).to.equal('vi');
    expect(resolveLocale(undefined, 'en')).to.equal('en');
  });
});

describe('formatDate', () => {
  it('writes "22/09/2025 08:30" in Vietnamese, in Asia/Ho_Chi_Minh', () => {
    expect(formatDate('2025-09-22T01:30:00.000Z', 'vi')).to.equal('22/09/2025 08:30');
    // Past midnight in Việt Nam while it is still the previous day in UTC.
    expect(formatDate('2025-12-31T17:05:00.000Z', 'vi')).to.equal('01/01/2026 00:05');
  });

  it('writes English dates in the same zone with a 24-hour clock', () => {
    expect(formatDate('2025-09-22T01:30:00.000Z', 'en')).to.equal('Sep 22, 2025, 08:30');
  });

  it('honours another time zone', () => {
    expect(formatDate('2025-09-22T01:30:00.000Z', 'vi', 'UTC')).to.equal('22/09/2025 01:30');
  });

  it('gives "" for missing or unreadable dates', () => {
    expect(formatDate(undefined, 'vi')).to.equal('');
    expect(formatDate('', 'vi')).to.equal('');
    expect(formatDate('not a date', 'en')).to.equal('');
  });
});

describe('formatRelative', () => {
  const now = Date.UTC(2025, 8, 22, 3, 30);
  it('uses the largest whole unit, in each language', () => {
    expect(formatRelative('2025-09-22T01:30:00.000Z', 'vi', now)).to.equal('2 giờ trước');
    expect(formatRelative('2025-09-22T01:30:00.000Z', 'en', now)).to.equal('2 hours ago');
    expect(formatRelative('2025-09-22T03:25:00.000Z', 'en', now)).to.equal('5 minutes ago');
    expect(formatRelative('2025-09-19T03:30:00.000Z', 'en', now)).to.equal('3 days ago');
    expect(formatRelative('2025-09-21T03:30:00.000Z', 'vi', now)).to.equal('Hôm qua');
    expect(formatRelative('2025-09-01T03:30:00.000Z', 'en', now)).to.equal('3 weeks ago');
    expect(formatRelative('2024-09-01T03:30:00.000Z', 'en', now)).to.equal('last year');
  });

  it('calls a few seconds either way "now"', () => {
    expect(formatRelative(new Date(now - 10_000), 'en', now)).to.equal('now');
    expect(formatRelative(new Date(now + 20_000), 'vi', now)).to.equal('bây giờ');
  });

  it('gives "" for missing dates', () => {
    expect(formatRelative(undefined, 'vi', now)).to.equal('');
    expect(formatRelative('31/02/2025', 'vi', now)).to.equal('');
  });
});

describe('errorMessage', () => {
  it('tells readers their situation, never a developer’s hint', () => {
    const vi = allTextFor('vi');
    const en = allTextFor('en');
    const codes = ['not-a-feed', 'malformed', 'too-large', 'http', 'network', 'timeout', 'cors'] as const;
    for (const locale of [vi, en]) {
      for (const code of codes) {
        for (const status of [undefined, 403, 404, 500]) {
          const message = errorMessage(new FeedError(code, 'x', { status }), locale, false);
          expect(message).not.to.match(/proxy|feed attribute|thuộc tính|404|403|CORS|RSS|allowHosts/i);
          expect(message).to.equal(code === 'timeout' ? locale.errors.slow : locale.errors.unknown);
          expect(errorMessage(new FeedError(code, 'x', { status }), locale, true)).to.equal(locale.errors.offline);
        }
      }
    }
    expect(vi.errors.offline).to.contain('mất kết nối mạng');
    expect(en.errors.offline).to.contain('offline');
    expect(vi.errors.unknown).to.contain('Hiện chưa tải được tin tức');
    expect(en.errors.unknown).to.contain('cannot be loaded right now');
  });

  it('has a general message for anything else', () => {
    expect(errorMessage(new TypeError('boom'), allTextFor('en'), false)).to.equal(allTextFor('en').errors.unknown);
    expect(errorMessage(null, allTextFor('vi'), false)).to.equal(allTextFor('vi').errors.unknown);
    expect(errorMessage({ code: 'weird' }, allTextFor('vi'), false)).to.equal(allTextFor('vi').errors.unknown);
  });
});

describe('developerHint', () => {
  it('says what the page’s developer can do, in English', () => {
    expect(developerHint(new FeedError('cors', 'x'), { offline: false })).to.contain('proxy');
    expect(developerHint(new FeedError('http', 'x', { status: 404 }), { offline: false })).to.contain('feed attribute');
    expect(developerHint(new FeedError('http', 'x', { status: 403 }), { proxy: '/api/feed?url={url}', offline: false })).to.contain('allowHosts');
    expect(developerHint(new FeedError('network', 'x'), { offline: true })).to.contain('offline');
  });
});

describe('catalogues', () => {
  function leaves(messages: AllText): [string, unknown][] {
    const out: [string, unknown][] = [];
    const walk = (value: unknown, path: string) => {
      if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
      else out.push([path, value]);
    };
    walk(messages, '');
    return out;
  }

  it('fill every key in every language, with distinct non-empty text', () => {
    const vi = leaves(allTextFor('vi'));
    for (const locale of locales) {
      const other = leaves(allTextFor(locale));
      expect(other.map(([path]) => path)).to.deep.equal(vi.map(([path]) => path));
      for (const [path, value] of other) {
        const text = typeof value === 'function' ? value(500) : value;
        expect(text, `${locale} ${path}`).to.be.a('string').that.is.not.empty;
      }
    }
    expect(allTextFor('vi').latestNews.heading).to.equal('Tin mới');
    expect(allTextFor('en').latestNews.heading).to.equal('Latest news');
  });
});
