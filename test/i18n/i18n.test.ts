import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/core/feed/model.js';
import { errorMessage, formatDate, formatRelative, locales, allTextFor, resolveLocale, type AllText } from '../../src/i18n/index.js';

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
  it('explains each FeedError code in the reader’s language, with what to do', () => {
    const vi = allTextFor('vi');
    const en = allTextFor('en');
    expect(errorMessage(new FeedError('http', 'x', { status: 404 }), vi))
      .to.contain('404')
      .and.contain('thuộc tính feed');
    expect(errorMessage(new FeedError('http', 'x', { status: 503 }), en)).to.contain('503');
    expect(errorMessage(new FeedError('cors', 'x'), en)).to.contain('proxy');
    expect(errorMessage(new FeedError('network', 'x'), vi)).to.contain('kết nối mạng');
    expect(errorMessage(new FeedError('timeout', 'x'), en)).to.contain('too slow');
    expect(errorMessage(new FeedError('not-a-feed', 'x'), vi)).to.contain('không phải là một bản tin');
    const codes = ['not-a-feed', 'malformed', 'too-large', 'http', 'network', 'timeout', 'cors'] as const;
    for (const code of codes) {
      expect(errorMessage(new FeedError(code, 'x'), vi)).not.to.equal(vi.errors.unknown);
      expect(errorMessage(new FeedError(code, 'x'), en)).not.to.equal(errorMessage(new FeedError(code, 'x'), vi));
    }
  });

  it('has a general message for anything else', () => {
    expect(errorMessage(new TypeError('boom'), allTextFor('en'))).to.equal(allTextFor('en').errors.unknown);
    expect(errorMessage(null, allTextFor('vi'))).to.equal(allTextFor('vi').errors.unknown);
    expect(errorMessage({ code: 'weird' }, allTextFor('vi'))).to.equal(allTextFor('vi').errors.unknown);
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
