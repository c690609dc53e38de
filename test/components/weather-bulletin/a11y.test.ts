import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { BantinWeatherBulletin } from '../../../src/components/weather-bulletin/weather-bulletin.js';
import { HAZARDS } from '../../../src/core/weather/index.js';
import { deepActiveElement } from '../../support/widget-fixtures.js';
import {
  banner,
  cardFor,
  cardWith,
  fixtureBulletins,
  resetFeeds,
  root,
  settled,
  statusPart,
  textPart,
  toggle,
  weatherUrl,
} from '../../support/weather-widget.js';

describe('<bantin-weather-bulletin> accessibility', () => {
  afterEach(resetFeeds);
  after(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('axe: the seed bulletin, collapsed and expanded, in vi and en', async () => {
    const el = await cardFor('/__weather/seed.rss');
    await expect(el).to.be.accessible();
    toggle(el)!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await waitUntil(() => toggle(el)!.textContent!.trim() === 'Full text');
    await expect(el).to.be.accessible();
  });

  for (const level of [1, 2, 3, 4, 5]) {
    it(`axe: the banner of risk level ${level}, light and dark`, async () => {
      const el = await cardFor(weatherUrl([`warning-${level}`]));
      expect(banner(el)!.dataset.level).to.equal(String(level));
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('axe: a banner without a level, every hazard, light and dark', async () => {
    const el = await cardWith({
      bulletin: {
        hazards: [...HAZARDS],
        stormName: 'RAGASA',
        text: 'x',
      },
    });
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('axe: the fallback (text it cannot read), light and dark', async () => {
    const el = await cardFor(weatherUrl(['plain']));
    expect(textPart(el)).to.exist;
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('axe: loading, error, stale and empty', async () => {
    const loading = await fixture<BantinWeatherBulletin>(
      html`<bantin-weather-bulletin feed=${weatherUrl(['seed-22'], { delay: 3000 })}></bantin-weather-bulletin>`,
    );
    await nextFrame();
    expect(root(loading).querySelector('.skeleton')).to.exist;
    await expect(loading).to.be.accessible();
    loading.remove();

    const failed = await cardFor(weatherUrl(['seed-22'], { steps: '404' }));
    expect(statusPart(failed)!.dataset.kind).to.equal('error');
    await expect(failed).to.be.accessible();
    failed.theme = 'dark';
    await failed.updateComplete;
    await expect(failed).to.be.accessible();

    const stale = await cardFor(weatherUrl(['seed-22'], { steps: 'ok,500' }), { refresh: '1' });
    await waitUntil(() => statusPart(stale)?.dataset.kind === 'stale', 'no stale notice', { timeout: 5000 });
    stale.refresh = 0;
    await expect(stale).to.be.accessible();

    const empty = await cardFor(weatherUrl(['news']));
    expect(statusPart(empty)!.dataset.kind).to.equal('empty');
    await expect(empty).to.be.accessible();
  });

  it('axe: theme="auto" under a dark colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await cardFor('/__weather/seed.rss', { theme: 'auto' });
      expect(getComputedStyle(root(el).querySelector('[part~="base"]')!).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('the full text opens and closes from the keyboard, in place, as a disclosure', async () => {
    const seed = (await fixtureBulletins())['seed-22'];
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <bantin-weather-bulletin feed="/__weather/seed.rss"></bantin-weather-bulletin>
      <button id="after">after</button>
    </div>`);
    const el = wrapper.querySelector('bantin-weather-bulletin')!;
    await settled(el);
    const button = toggle(el)!;
    const text = root(el).querySelector<HTMLElement>('#full-text')!;
    expect(button.getAttribute('aria-controls')).to.equal(text.id);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(text.hidden).to.be.true;
    expect(text.getBoundingClientRect().height).to.equal(0);

    wrapper.querySelector<HTMLElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text.hidden).to.be.false;
    expect(text.getBoundingClientRect().height).to.be.greaterThan(0);
    // The official words, as published (the feed's text: its line breaks were collapsed by the feed reader).
    expect(text.textContent).to.equal(seed.text.replace(/\s+/g, ' ').trim());
    expect(deepActiveElement(), 'focus stays on the button').to.equal(button);

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(text.hidden).to.be.true;

    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(root(el).querySelector('[part~="source"]'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(wrapper.querySelector('#after'));
  });

  it('the source link announces bantin-item-select, which a host can cancel', async () => {
    const el = await cardFor(weatherUrl(['seed-22']));
    let selected: string | undefined;
    el.addEventListener('bantin-item-select', (event) => {
      selected = event.detail.item.id;
      event.preventDefault();
    });
    root(el).querySelector<HTMLAnchorElement>('[part~="source"]')!.click();
    expect(selected).to.equal('seed-22');
  });

  it('reduced motion: no pulsing skeleton, no turning chevron', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const loading = await fixture<BantinWeatherBulletin>(
        html`<bantin-weather-bulletin feed=${weatherUrl(['seed-22'], { delay: 3000 })}></bantin-weather-bulletin>`,
      );
      await nextFrame();
      expect(getComputedStyle(root(loading).querySelector('.skeleton')!).animationName).to.equal('none');
      loading.remove();
      const el = await cardFor('/__weather/seed.rss');
      expect(getComputedStyle(root(el).querySelector('.icon-chevron')!).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const loading = await fixture<BantinWeatherBulletin>(
      html`<bantin-weather-bulletin feed=${weatherUrl(['seed-22'], { delay: 3000 })}></bantin-weather-bulletin>`,
    );
    await nextFrame();
    expect(getComputedStyle(root(loading).querySelector('.skeleton')!).animationName, 'the check can see an animation').to.not.equal('none');
    loading.remove();
  });
});
