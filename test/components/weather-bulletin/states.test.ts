import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { FeedError } from '../../../src/core/feed/model.js';
import { en } from '../../../src/i18n/catalogues/en.js';
import { vi } from '../../../src/i18n/catalogues/vi.js';
import type { BantinWeatherBulletin } from '../../../src/components/weather-bulletin/weather-bulletin.js';
import { cardFor, newKey, requestCount, resetFeeds, root, settled, statusPart, title, weatherUrl } from '../../support/weather-widget.js';

const retryButton = (el: HTMLElement) => statusPart(el)!.querySelector('button')!;

async function failsThenRecovers(steps: string) {
  const key = newKey(`weather-${steps.replaceAll(',', '-')}`);
  const el = document.createElement('bantin-weather-bulletin');
  el.setAttribute('feed', weatherUrl(['seed-22'], { steps }, key));
  const failed = oneEvent(el, 'bantin-error');
  await fixture(el);
  const { error } = (await failed).detail;
  await settled(el);
  const status = statusPart(el)!;
  expect(status.dataset.kind).to.equal('error');
  expect(status.getAttribute('role')).to.equal('alert');
  expect(root(el).querySelector('#title')).to.equal(null);
  expect(root(el).querySelector('.card')!.classList.contains('reserve'), 'no bulletin: the notice keeps the reserved room').to.be.true;
  const message = status.textContent!.replace(/\s+/g, ' ').trim();
  const loaded = oneEvent(el, 'bantin-load');
  retryButton(el).click();
  await loaded;
  await settled(el, (shadow) => shadow.querySelector('#title') !== null);
  expect(statusPart(el)).to.equal(null);
  expect(title(el)).to.equal('Dự báo thời tiết toàn tỉnh Sơn La ngày 22/9/2025');
  expect(root(el).querySelector('.card')!.classList.contains('reserve')).to.be.true;
  expect(await requestCount(key)).to.equal(2);
  return { error: error as FeedError, message };
}

describe('<bantin-weather-bulletin> states', () => {
  afterEach(resetFeeds);

  it('loading: a skeleton, aria-busy, a polite loading message, and the live regions already in place', async () => {
    const el = await fixture<BantinWeatherBulletin>(
      html`<bantin-weather-bulletin feed=${weatherUrl(['seed-22'], { delay: 1500 })}></bantin-weather-bulletin>`,
    );
    await nextFrame();
    const card = root(el).querySelector('[part~="base"]')!;
    expect(card.getAttribute('aria-busy')).to.equal('true');
    expect(root(el).querySelector('.skeleton')).to.exist;
    expect(root(el).querySelector('[role="status"].visually-hidden')!.textContent).to.equal(vi.common.loading);
    expect([...root(el).querySelectorAll('.live')].map((live) => live.getAttribute('role'))).to.deep.equal(['alert', 'status']);
    expect(root(el).querySelector('#title')).to.equal(null);
    await settled(el);
    expect(card.hasAttribute('aria-busy')).to.be.false;
    expect(root(el).querySelector('.skeleton, .skeleton-line')).to.equal(null);
  });

  it('404: tells readers the news cannot be loaded now (no developer hint), and recovers with retry', async () => {
    const { error, message } = await failsThenRecovers('404,ok');
    expect(error).to.be.instanceOf(FeedError);
    expect(error.code).to.equal('http');
    expect(message).to.contain(vi.errors.unknown).and.contain(vi.common.retry);
    expect(message).not.to.match(/404|thuộc tính/);
  });

  it('server error: tells readers the news cannot be loaded now, and recovers with retry', async () => {
    const { error, message } = await failsThenRecovers('500,ok');
    expect(error.code).to.equal('http');
    expect(message).to.contain(vi.errors.unknown);
  });

  it('not a feed: tells readers the news cannot be loaded now, and recovers with retry', async () => {
    const { error, message } = await failsThenRecovers('html,ok');
    expect(error.code).to.equal('not-a-feed');
    expect(message).to.contain(vi.errors.unknown);
  });

  it('a failed update keeps the bulletin, marked as not up to date, and retry brings the new one', async () => {
    const key = newKey('weather-stale');
    const el = await cardFor(weatherUrl(['seed-22'], { steps: 'ok,500,ok' }, key), { refresh: '1' });
    expect(title(el)).to.equal('Dự báo thời tiết toàn tỉnh Sơn La ngày 22/9/2025');
    const { error } = (await oneEvent(el, 'bantin-error')).detail as { error: FeedError };
    expect(error.code).to.equal('http');
    await waitUntil(() => statusPart(el)?.dataset.kind === 'stale', 'no stale notice');
    expect(statusPart(el)!.textContent).to.contain(vi.common.stale);
    expect(title(el), 'the bulletin stays').to.equal('Dự báo thời tiết toàn tỉnh Sơn La ngày 22/9/2025');
    el.refresh = 0;
    const loaded = oneEvent(el, 'bantin-load');
    retryButton(el).click();
    await loaded;
    await waitUntil(() => statusPart(el) === null, 'the stale notice stayed after a good answer');
    expect(await requestCount(key)).to.equal(3);
  });

  it('empty: a feed without any weather item says so, in vi and en', async () => {
    const el = await cardFor(weatherUrl(['news~0', 'english~1']), { match: 'thời tiết' });
    expect(statusPart(el)!.dataset.kind).to.equal('empty');
    expect(statusPart(el)!.textContent!.trim()).to.equal(vi.weather.empty);
    const card = root(el).querySelector<HTMLElement>('.card')!;
    const em = parseFloat(getComputedStyle(card).fontSize);
    expect(card.getBoundingClientRect().height / em, 'the notice keeps the room reserved while loading').to.be.at.least(21.5 - 0.01);
    el.lang = 'en';
    await waitUntil(() => statusPart(el)!.textContent!.trim() === en.weather.empty);
  });

  it('empty: a feed without items says so too', async () => {
    const el = await cardFor(weatherUrl([]));
    expect(statusPart(el)!.dataset.kind).to.equal('empty');
    expect(statusPart(el)!.textContent!.trim()).to.equal(vi.weather.empty);
  });

  it('nothing given: the empty message, never a blank card', async () => {
    const el = await fixture<BantinWeatherBulletin>(html`<bantin-weather-bulletin></bantin-weather-bulletin>`);
    expect(statusPart(el)!.textContent!.trim()).to.equal(vi.weather.empty);
  });

  it('a new feed URL shows its own bulletin', async () => {
    const el = await cardFor(weatherUrl(['seed-22']));
    el.feed = weatherUrl(['warning-2']);
    await settled(el, (shadow) => shadow.querySelector('#title')?.textContent === 'Tin cảnh báo mưa lớn');
  });

  it('a refresh keeps the full text open while the bulletin is the same', async () => {
    const key = newKey('weather-refresh');
    const el = await cardFor(weatherUrl(['seed-22'], {}, key), { refresh: '1' });
    const button = root(el).querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(async () => (await requestCount(key)) >= 2, 'no refresh', { timeout: 5000 });
    await settled(el);
    el.refresh = 0;
    expect(root(el).querySelector('[part~="toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).querySelector<HTMLElement>('#full-text')!.hidden).to.be.false;
  });
});
