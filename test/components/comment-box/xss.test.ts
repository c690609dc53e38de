// Every vector of test/fixtures/corpus/xss/, posted as a comment's body and as its author's name (through the real
// post-moderation server, so it comes back from the API as stored), renders as inert text.
import { expect, waitUntil } from '@open-wc/testing';
import { clampCharacters, cleanCommentText, countCharacters } from '../../../src/core/comments/index.js';
import type { BantinCommentBox } from '../../../src/components/comment-box/comment-box.js';
import { $$, apiBase, newThread, renderBox, seed } from '../../support/comment-box.js';

const SETS = ['dompurify-vectors.json', 'h5sc-vectors.json'];
const BODY_MAX = 500;
const NAME_MAX = 80;
const CONCURRENCY = 8;

/** `text` in consecutive pieces of at most `size` user-perceived characters, so long vectors are posted whole. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  let rest = text;
  for (let guard = 0; rest && guard < 1000; guard++) {
    const piece = clampCharacters(rest, size);
    out.push(piece);
    rest = rest.slice(piece.length);
  }
  return out;
}

/** What the server stores: trimmed text; a piece too short for a body gets a plain tail. */
function asBody(piece: string): string {
  const trimmed = piece.trim();
  return countCharacters(trimmed) >= 5 ? trimmed : `${trimmed} (đoạn ngắn)`.trim();
}

async function inBatches<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** Loads every page of the list. */
async function loadAll(el: BantinCommentBox): Promise<void> {
  for (let guard = 0; guard < 50; guard++) {
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]');
    if (!more) return;
    const before = $$(el, '[part="comment"]').length;
    more.click();
    await waitUntil(() => $$(el, '[part="comment"]').length > before || !el.shadowRoot!.querySelector('[part="more"]'), 'next page', {
      timeout: 8000,
    });
  }
}

const trapped: string[] = [];
const traps = ['alert', 'confirm', 'prompt', 'print', 'open'] as const;
const saved = new Map<string, unknown>();

/** The widget's own elements: nothing else may appear in its shadow root. */
const OWN_TAGS = new Set(['SECTION', 'DIV', 'SPAN', 'P', 'FORM', 'LABEL', 'INPUT', 'TEXTAREA', 'BUTTON', 'OL', 'LI', 'ARTICLE', 'TIME']);

function assertInert(el: BantinCommentBox): void {
  const all = [...el.shadowRoot!.querySelectorAll('*')];
  const foreign = all.filter((node) => !OWN_TAGS.has(node.tagName)).map((node) => node.tagName);
  expect(foreign, 'elements made from comment text').to.deep.equal([]);
  const handlers = all.flatMap((node) => [...node.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${node.tagName} ${a.name}`));
  expect(handlers, 'event handler attributes').to.deep.equal([]);
  for (const part of $$(el, '[part="comment-body"], [part="author"]')) {
    expect(part.children.length, 'a comment field with element children').to.equal(0);
  }
}

describe('<bantin-comment-box> XSS corpus', function () {
  this.timeout(240_000);

  before(() => {
    for (const name of traps) {
      saved.set(name, (window as unknown as Record<string, unknown>)[name]);
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        trapped.push(`${name}(${args.map(String).join(', ')})`);
      };
    }
  });

  after(() => {
    for (const name of traps) (window as unknown as Record<string, unknown>)[name] = saved.get(name);
  });

  for (const set of SETS) {
    it(`${set}: every vector as a body and as a name is shown as the text that was posted`, async () => {
      const vectors = (await (await fetch(`/__corpus/xss/${set}`)).json()) as { payload: string }[];
      expect(vectors.length).to.be.greaterThan(100);
      const bodyThread = newThread('xss-body');
      const nameThread = newThread('xss-name');
      const bodies = vectors.flatMap((v) => pieces(v.payload, BODY_MAX).map(asBody));
      const names = vectors.flatMap((v, i) =>
        pieces(v.payload, NAME_MAX)
          .map((piece) => piece.trim())
          .filter((piece) => piece !== '')
          .map((author, k) => ({ author, body: `Tên thử ${i}.${k}` })),
      );
      await inBatches(bodies, (body) => seed('post', bodyThread, { author: 'Kiểm thử', body }));
      await inBatches(names, (comment) => seed('post', nameThread, comment));

      const bodyBox = await renderBox({ thread: bodyThread, endpoint: apiBase('post'), pageSize: 100 });
      await loadAll(bodyBox);
      const shownBodies = $$(bodyBox, '[part="comment-body"]').map((node) => node.textContent ?? '');
      expect(shownBodies.length).to.equal(bodies.length);
      // As posted, once cleaned by the shared rules (controls and bidi overrides removed): what the server stored.
      expect([...shownBodies].sort()).to.deep.equal(bodies.map((body) => cleanCommentText(body)).sort());
      assertInert(bodyBox);

      const nameBox = await renderBox({ thread: nameThread, endpoint: apiBase('post'), pageSize: 100 });
      await loadAll(nameBox);
      const shownNames = $$(nameBox, '[part="author"]').map((node) => node.textContent ?? '');
      expect(shownNames.length).to.equal(names.length);
      expect([...shownNames].sort()).to.deep.equal(names.map((n) => cleanCommentText(n.author, { singleLine: true })).sort());
      // The name is also the reply button's label and the comment's accessible name: attributes, never markup.
      assertInert(nameBox);

      // Give anything asynchronous (an image error, a timer, a navigation) the chance to fire.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(trapped).to.deep.equal([]);
      expect(location.pathname).to.not.match(/javascript/i);
    });
  }
});
