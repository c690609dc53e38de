// XSS test support: the corpus vectors, traps that record any script that runs, and a scan of a
// rendered shadow root for anything active.
import type { FeedItem } from '../../src/core/feed/model.js';

export interface Vector {
  name: string;
  payload: string;
  trigger?: string | null;
}

export async function loadVectors(): Promise<{ dompurify: Vector[]; h5sc: Vector[] }> {
  const read = async (file: string) => (await (await fetch(`/__corpus/xss/${file}`)).json()) as Record<string, unknown>[];
  const dompurify = (await read('dompurify-vectors.json')).map((v, i) => ({
    name: `dompurify #${i} ${String(v.title ?? '')}`,
    payload: String(v.payload),
  }));
  const h5sc = (await read('h5sc-vectors.json')).map((v) => ({
    name: `h5sc #${String(v.id)} ${String(v.name)}`,
    payload: String(v.payload),
    trigger: (v.trigger as string | null) ?? null,
  }));
  return { dompurify, h5sc };
}

/** One item whose every field is the payload. */
export function poisonedItem(vector: Vector, index: number): FeedItem {
  const p = vector.payload;
  return {
    id: `xss-${index}`,
    title: p,
    link: p,
    summary: p,
    contentHtml: p,
    author: p,
    categories: [p],
    published: '2025-09-22T01:30:00.000Z',
    image: { url: p, alt: p },
    enclosures: [{ url: p }],
    commentsUrl: p,
  };
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const TRAPPED = ['alert', 'confirm', 'prompt', 'print', 'open'] as const;

/** Replaces alert & co. with recorders, and offers window.__xss(); `fired` lists what ran. */
export function installTraps(): { fired: string[]; restore: () => void } {
  const fired: string[] = [];
  const target = window as unknown as Record<string, unknown>;
  const saved = new Map<string, unknown>(TRAPPED.map((name) => [name, target[name]]));
  for (const name of TRAPPED) target[name] = (...args: unknown[]) => void fired.push(`${name}(${args.map(String).join(',')})`);
  target.__xss = (...args: unknown[]) => void fired.push(`__xss(${args.map(String).join(',')})`);
  return {
    fired,
    restore() {
      for (const [name, value] of saved) target[name] = value;
      delete target.__xss;
    },
  };
}

const FORBIDDEN_ELEMENTS =
  'script, iframe, frame, frameset, object, embed, applet, form, input, button:not([data-own]), textarea, select, base, meta, link, style, svg, math, template, portal';
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'longdesc',
  'ping',
  'codebase',
  'dynsrc',
  'lowsrc',
  'srcdoc',
]);
const ACTIVE_URL = /^(?:javascript|vbscript|data|livescript|mocha):/i;

/**
 * Everything active in `root`: forbidden elements, on* and style attributes, script/data URLs.
 * `ownButtons` are the widget's own controls (retry, load more), which are allowed.
 */
export function activeContent(root: ShadowRoot | Element, ownButtons: Element[] = []): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll(FORBIDDEN_ELEMENTS)) {
    if (!ownButtons.includes(element)) problems.push(`<${element.localName}> element`);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) problems.push(`${lower} attribute on <${element.localName}>`);
      if (lower === 'style') problems.push(`style attribute on <${element.localName}>`);
      // Browsers ignore control characters and spaces inside a scheme: so does this check.
      if (URL_ATTRIBUTES.has(lower) && ACTIVE_URL.test(value.replace(/[\u0000-\u0020]/g, ''))) {
        problems.push(`${lower}="${value.slice(0, 60)}" on <${element.localName}>`);
      }
    }
  }
  return problems;
}

/**
 * Does what a reader (or an H5SC trigger) might do to the rendered content: hover, focus, click every
 * element (navigation stopped), then each vector's own trigger with `document` meaning the content.
 */
export function provoke(container: Element, triggers: string[]): void {
  // Links may go anywhere http(s): the test page must stay where it is.
  const stopNavigation = (event: Event) => event.preventDefault();
  container.addEventListener('click', stopNavigation, true);
  try {
    for (const element of container.querySelectorAll<HTMLElement>('*')) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'animationstart', 'toggle']) element.dispatchEvent(new Event(type));
      element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    }
    runTriggers(container, triggers);
  } finally {
    container.removeEventListener('click', stopNavigation, true);
  }
}

function runTriggers(container: Element, triggers: string[]): void {
  const fakeDocument = {
    getElementsByTagName: (tag: string) => container.querySelectorAll(tag),
    getElementById: (id: string) => container.querySelector(`#${CSS.escape(id)}`),
    links: container.querySelectorAll('a[href]'),
    forms: container.querySelectorAll('form'),
    body: container,
    documentElement: container,
  };
  const fakeLocation = { href: '' };
  for (const trigger of triggers) {
    try {
      new Function('document', 'location', 'frames', 'pass', 'fuzz', trigger)(
        fakeDocument,
        fakeLocation,
        [],
        () => {},
        () => {},
      );
    } catch {
      // Triggers written for other browsers or for pages we never render: nothing to do.
    }
    if (ACTIVE_URL.test(String(fakeLocation.href).trim()))
      (window as unknown as { __xss: (s: string) => void }).__xss(`navigate ${fakeLocation.href}`);
  }
}
