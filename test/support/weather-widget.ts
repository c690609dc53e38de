// Helpers for the weather bulletin tests: fixture feeds (test/support/weather-middleware.mjs), waiting for
// the card, and reading its parts.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/weather-bulletin/define.js';
import type { BantinWeatherBulletin } from '../../src/components/weather-bulletin/weather-bulletin.js';
import { newKey } from './widget-fixtures.js';

export { newKey, parts, resetFeeds, texts } from './widget-fixtures.js';

export interface FixtureBulletin {
  title: string;
  category: string;
  text: string;
  content?: string;
}

let table: Promise<Record<string, FixtureBulletin>> | undefined;

/** The named items the middleware serves (with the seed's two bulletins, seed-22 and seed-21). */
export function fixtureBulletins(): Promise<Record<string, FixtureBulletin>> {
  table ??= fetch('/__weather/bulletins.json').then((response) => response.json() as Promise<Record<string, FixtureBulletin>>);
  return table;
}

/** A fixture feed of the named items, newest first unless "name~hours" says otherwise. */
export function weatherUrl(items: string[], params: Record<string, string | number> = {}, key = newKey('weather')): string {
  const query = new URLSearchParams({ items: items.join(','), ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
  return `/__weather/feed/${key}?${query}`;
}

export async function requestCount(key: string): Promise<number> {
  const response = await fetch(`/__weather/count/${key}`);
  return ((await response.json()) as { requests: number }).requests;
}

export function root(el: HTMLElement): ShadowRoot {
  return el.shadowRoot!;
}

/** Loaded: a title, or a status message, and no skeleton. */
export function isSettled(shadow: ShadowRoot): boolean {
  return shadow.querySelector('.skeleton, .skeleton-line') === null && shadow.querySelector('#title, [part~="status"]') !== null;
}

export async function settled(el: BantinWeatherBulletin, ready: (shadow: ShadowRoot) => boolean = isSettled): Promise<void> {
  await waitUntil(() => el.shadowRoot !== null && ready(el.shadowRoot), 'the weather card did not settle', { timeout: 8000 });
  await el.updateComplete;
}

/** A card on `feed`, settled. */
export async function cardFor(feed: string, attributes: Record<string, string> = {}): Promise<BantinWeatherBulletin> {
  const el = document.createElement('bantin-weather-bulletin');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('feed', feed);
  await fixture(html`<div style="width: 640px">${el}</div>`);
  await settled(el);
  return el;
}

/** A card given its data through properties, rendered. */
export async function cardWith(
  data: Partial<Pick<BantinWeatherBulletin, 'bulletin' | 'item'>>,
  attributes: Record<string, string> = {},
): Promise<BantinWeatherBulletin> {
  const el = document.createElement('bantin-weather-bulletin');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, data);
  await fixture(html`<div style="width: 640px">${el}</div>`);
  await el.updateComplete;
  // An item the widget reads itself waits for its (lazy) bulletin reader; the card is busy until then.
  await waitUntil(() => !root(el).querySelector('[aria-busy="true"]'), 'the card stayed busy', { timeout: 5000 });
  return el;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export function title(el: HTMLElement): string {
  return squash(root(el).querySelector('#title')?.textContent);
}

/** The key facts as { label: value }. */
export function facts(el: HTMLElement): Record<string, string> {
  const rows = [...root(el).querySelectorAll('[part~="facts"] .fact')];
  return Object.fromEntries(rows.map((row) => [squash(row.querySelector('dt')?.textContent), squash(row.querySelector('dd')?.textContent)]));
}

export function banner(el: HTMLElement): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('[part~="banner"]');
}

export function badges(el: HTMLElement): string[] {
  return [...root(el).querySelectorAll('[part~="hazards"] li')].map((li) => squash(li.textContent));
}

export function badgeHazards(el: HTMLElement): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('[part~="hazards"] li')].map((li) => li.dataset.hazard ?? '');
}

/** The role of the live region the banner is in: alert (assertive) or status (polite). */
export function bannerRole(el: HTMLElement): string | null {
  return banner(el)?.parentElement?.closest('[role]')?.getAttribute('role') ?? null;
}

export function meta(el: HTMLElement): string[] {
  return [...root(el).querySelectorAll('.meta')].map((p) => squash(p.textContent));
}

export function toggle(el: HTMLElement): HTMLButtonElement | null {
  return root(el).querySelector<HTMLButtonElement>('[part~="toggle"]');
}

export function textPart(el: HTMLElement): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('[part~="text"]');
}

export function statusPart(el: HTMLElement): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('[part~="status"]');
}
