// Helpers for the server-rendering tests (embed, rendered pages): the app on the demo's feeds and pages, the
// demo feed's items, and the text a reader sees in rendered HTML (shadow roots included).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { parseFeed, type Feed } from 'bantin/core';
import { startApp, type RunningApp } from './support.js';
import type { AppOptions } from '../src/app.js';

export const DEMO = fileURLToPath(new URL('../../demo/', import.meta.url));

/** The demo config's feeds, as files. */
export const DEMO_FEEDS = {
  'tin-moi': { url: `${DEMO}feeds/tin-moi.rss`, ttlSeconds: 60 },
  'thoi-tiet': { url: `${DEMO}feeds/thoi-tiet.rss`, ttlSeconds: 60, bulletins: true },
};

/** The widget server with the demo's feeds and pages (index.html rendered), plus `raw` config keys. */
export function startDemoApp(raw: Record<string, unknown> = {}, options: Omit<AppOptions, 'config'> = {}): Promise<RunningApp> {
  return startApp({ staticDir: DEMO, renderPages: ['index.html'], ...raw, feeds: { ...DEMO_FEEDS, ...(raw.feeds as object) } }, options);
}

/** demo/feeds/<name>.rss as parseFeed reads it. */
export function demoFeed(name: 'tin-moi' | 'thoi-tiet'): Feed {
  return parseFeed(readFileSync(`${DEMO}feeds/${name}.rss`, 'utf8'), { url: 'http://127.0.0.1/' });
}

/** The document of `html` with every declarative shadow root (a <template shadowrootmode>) as template content. */
export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Every text a reader could see in `node`: light DOM and the content of declarative shadow roots, whitespace squashed. */
export function visibleText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === 3) parts.push(current.textContent ?? '');
    const element = current as Element;
    if (element.localName === 'script' || element.localName === 'style') return;
    if (element.localName === 'template') walk((element as HTMLTemplateElement).content);
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The declarative shadow root template directly inside `element`, if any. */
export function shadowTemplate(element: Element): HTMLTemplateElement | undefined {
  return [...element.children].find(
    (child): child is HTMLTemplateElement => child.localName === 'template' && child.getAttribute('shadowrootmode') === 'open',
  );
}

/** Every start tag of `name` in `html` (e.g. every `<style …>`), as written. */
export function startTags(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((match) => match[0]);
}
