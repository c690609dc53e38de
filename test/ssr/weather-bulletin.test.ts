import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/core/index.js';
import type { Feed } from '../../src/core/feed/model.js';
import { readItemBulletin } from '../../src/core/weather/item.js';
import { knownHazards, pickWeatherItem } from '../../src/components/weather-bulletin/reading.js';
import { weather } from '../../src/i18n/catalogues/weather.js';
import { en } from '../../src/i18n/catalogues/en.js';
import { fetched, hydrated, loadedPurify, text, withJavaScript, withoutJavaScript } from './ssr-page.js';

const TAG = 'bantin-weather-bulletin';
const run = Math.random().toString(36).slice(2, 8);

/** The bulletin the card should show, read here by core as the widget reads it. */
async function expected(url: string) {
  const feed: Feed = parseFeed(await (await fetch(url)).text(), { url: new URL(url, location.href).href });
  const item = pickWeatherItem(feed.items)!;
  return { item, bulletin: readItemBulletin(item) };
}

async function requestsOf(key: string): Promise<number> {
  return ((await (await fetch(`/__weather/count/${key}`)).json()) as { requests: number }).requests;
}

describe('<bantin-weather-bulletin> rendered on the server', () => {
  it('is readable without JavaScript: title, date, the hazards banner, the facts and the official text', async () => {
    const { item, bulletin } = await expected('/api/feeds/thoi-tiet');
    const doc = await withoutJavaScript(TAG, 'feed=/api/feeds/thoi-tiet');
    const root = doc.querySelector(TAG)!.shadowRoot!;
    expect(text(root.querySelector('#title'))).to.equal(item.title);
    expect(root.querySelector('.meta time')!.getAttribute('datetime')).to.equal(bulletin.date);
    // The warning is in the page from the start, in its live region, with every hazard named.
    const banner = root.querySelector('[part="banner"]')!;
    expect(banner, 'the hazards banner').to.not.equal(null);
    expect(text(banner.querySelector('.banner-title'))).to.equal(weather.vi.warning);
    const badges = [...root.querySelectorAll('[part="hazards"] li')].map((li) => li.getAttribute('data-hazard'));
    expect(badges).to.deep.equal(knownHazards(bulletin.hazards));
    expect(badges.length).to.be.greaterThan(1);
    expect(text(root.querySelector('[part="hazards"]'))).to.contain(weather.vi.hazards.thunderstorm);
    expect(banner.closest('.live')!.getAttribute('role')).to.be.oneOf(['alert', 'status']);
    expect(text(root.querySelector('.conditions'))).to.equal(bulletin.conditions);
    expect(text(root.querySelector('[part="facts"]'))).to.contain('20–22 °C');
    // The official text is there (behind "Xem toàn văn", which needs JavaScript; a crawler reads it).
    expect(root.querySelector('#full-text')!.textContent).to.equal(bulletin.text);
    expect(root.querySelectorAll('.skeleton, .skeleton-line').length).to.equal(0);
    expect(root.querySelector('.card')!.getAttribute('aria-busy')).to.equal(null);
  });

  it('speaks English when rendered with lang=en (the bulletin’s words stay Vietnamese)', async () => {
    const doc = await withoutJavaScript(TAG, 'feed=/api/feeds/thoi-tiet&lang=en');
    const root = doc.querySelector(TAG)!.shadowRoot!;
    expect(text(root.querySelector('.banner-title'))).to.equal(weather.en(en).warning);
    expect(text(root.querySelector('[part="toggle"]'))).to.equal(weather.en(en).fullText);
    expect(root.querySelector('#title')!.getAttribute('lang')).to.equal('vi');
  });

  it('hydrates in place from an HTML bulletin: its lines from the server, no feed request, no reader, no DOMPurify, no shift', async () => {
    const key = `ssr-${run}-lead`;
    const feedUrl = `/__weather/feed/${key}?items=lead,news`;
    const { page, widget } = await withJavaScript(TAG, `feed=${encodeURIComponent(feedUrl)}`);
    expect(await requestsOf(key), 'the server’s request').to.equal(1);
    const root = widget.shadowRoot!;
    const fullText = root.querySelector('#full-text')!;
    const before = { fullText, title: root.querySelector('#title'), banner: root.querySelector('[part="banner"]') };
    // The text is the content's lines (its paragraphs, line break and list items), as the browser reads them.
    const lines = [
      'Dự báo thời tiết tỉnh Sơn La ngày 23/9/2025',
      'Thời tiết: Có mây, có mưa rào và dông rải rác, gió Đông Nam cấp 2.',
      'Nhiệt độ thấp nhất: 21 - 23 độ C.',
      'Nhiệt độ cao nhất: 29 - 31 độ C.',
      'Độ ẩm: 75 - 95%.',
    ].join('\n');
    expect(fullText.textContent).to.equal(lines);
    expect(before.banner, 'the hazards banner').to.not.equal(null);

    await hydrated(page, widget);
    expect(root.querySelector('#full-text') === before.fullText, 'the server’s text is kept').to.equal(true);
    expect(root.querySelector('#title') === before.title, 'the server’s title is kept').to.equal(true);
    expect(root.querySelector('[part="banner"]') === before.banner, 'the server’s banner is kept').to.equal(true);
    expect(root.querySelector('#full-text')!.textContent).to.equal(lines);
    expect(await requestsOf(key), 'no request from the browser').to.equal(1);
    expect(fetched(page)).to.deep.equal([]);
    expect(loadedPurify(page), 'DOMPurify was not downloaded').to.equal(false);
    const reader = page.frame.contentWindow!.performance.getEntriesByType('resource').some((entry) => entry.name.includes('/core/weather/item'));
    expect(reader, 'the bulletin reader was not downloaded').to.equal(false);
    expect(page.shifts().map((s) => s.value)).to.deep.equal([]);

    // Client behaviour: "Xem toàn văn" opens the official text.
    const toggle = root.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root.querySelector<HTMLElement>('#full-text')!.hidden).to.equal(true);
    toggle.click();
    await widget.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelector<HTMLElement>('#full-text')!.hidden).to.equal(false);
    expect(root.querySelector<HTMLElement>('#full-text')!.getBoundingClientRect().height).to.be.greaterThan(50);
  });
});
