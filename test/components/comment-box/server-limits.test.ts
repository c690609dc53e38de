// The server's own limits (GET {endpoint}/config): read once per endpoint, applied unless the page author set
// minlength/maxlength, and a server that cannot tell changes nothing. Against the real widget server, with
// /config answers stubbed where a test needs limits other than the server's defaults.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CommentServerConfig } from '../../../src/core/comments/index.js';
import { readServerRules } from '../../../src/components/comment-box/internal/server-rules.js';
import type { BantinCommentBox } from '../../../src/components/comment-box/comment-box.js';
import { $, apiBase, faultBase, faultLog, fill, newThread, seedAll, sent, settled, submit, text } from '../../support/comment-box.js';

const STRICT: CommentServerConfig['comments'] = {
  minLength: 12,
  maxLength: 40,
  authorMaxLength: 20,
  emailMaxLength: 254,
  pageSize: 50,
  maxPageSize: 100,
  moderation: 'post',
};

const counter = (el: BantinCommentBox) => text($(el, '#main-counter'));

/** Answers GET <endpoint>/config with `answer` (everything else goes to the real server) while `run` runs. */
async function withConfig<T>(endpoint: string, answer: () => Response | Promise<Response>, run: () => Promise<T>): Promise<T> {
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    return url.pathname === new URL(`${endpoint}/config`, location.href).pathname ? Promise.resolve(answer()) : realFetch(input, init);
  };
  try {
    return await run();
  } finally {
    window.fetch = realFetch;
  }
}

const strictConfig = () => new Response(JSON.stringify({ comments: STRICT }), { headers: { 'Content-Type': 'application/json' } });

async function box(endpoint: string, attributes: { minlength?: string; maxlength?: string; lang?: string } = {}): Promise<BantinCommentBox> {
  const el = await fixture<BantinCommentBox>(
    html`<bantin-comment-box thread=${newThread()} endpoint=${endpoint} lang=${attributes.lang ?? 'vi'}></bantin-comment-box>`,
  );
  if (attributes.minlength !== undefined) el.setAttribute('minlength', attributes.minlength);
  if (attributes.maxlength !== undefined) el.setAttribute('maxlength', attributes.maxlength);
  return settled(el);
}

describe("<bantin-comment-box> and the server's limits", () => {
  it('the real server states its rules at /config, and the box can read them', async () => {
    const response = await fetch(`${apiBase('post')}/config`);
    expect(response.status, 'GET /config on the widget server').to.equal(200);
    const rules = readServerRules(await response.json());
    expect(rules).to.include({ minLength: 5, maxLength: 500, authorMaxLength: 80, emailMaxLength: 254, moderation: 'post' });
    expect(rules.maxPageSize).to.be.at.least(rules.pageSize ?? 1);
  });

  it('one request per box for its list and count, and /config once per endpoint', async () => {
    const thread = newThread();
    await seedAll('post', thread, [
      { author: 'An', body: 'Bình luận thứ nhất' },
      { author: 'Bình', body: 'Bình luận thứ hai' },
    ]);
    const key = newThread('gets');
    const endpoint = faultBase('post', key, 'ok');
    const first = await fixture<BantinCommentBox>(html`<bantin-comment-box thread=${thread} endpoint=${endpoint} lang="vi"></bantin-comment-box>`);
    await settled(first);
    expect(text($(first, '#heading'))).to.equal('Bình luận (2)');
    await waitUntil(async () => (await faultLog(key)).gets >= 2, 'the first box asked for the list and the config');
    expect((await faultLog(key)).gets, 'the list (with its count) and the config: no /count').to.equal(2);
    const second = await fixture<BantinCommentBox>(html`<bantin-comment-box thread=${thread} endpoint=${endpoint} lang="vi"></bantin-comment-box>`);
    await settled(second);
    expect(text($(second, '#heading'))).to.equal('Bình luận (2)');
    expect((await faultLog(key)).gets, 'the second box asks for its list only').to.equal(3);
  });

  it("without minlength/maxlength, the server's limits apply once it has answered", async () => {
    const endpoint = faultBase('post', newThread('strict'), 'ok');
    await withConfig(endpoint, strictConfig, async () => {
      const el = await box(endpoint);
      await waitUntil(() => counter(el) === 'Bạn còn 40/40 ký tự', `counter says "${counter(el)}"`);
      expect([el.minlength, el.maxlength]).to.deep.equal([12, 40]);
      fill(el, '#main-author', 'Một cái tên rất là dài dài dài');
      expect($<HTMLInputElement>(el, '#main-author').value).to.equal('Một cái tên rất là d');
      fill(el, '#main-body', 'x'.repeat(55));
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#main-body').value).to.equal('x'.repeat(40));
      fill(el, '#main-body', 'Mười một kt');
      await submit(el);
      expect(text($(el, '#main-body-error'))).to.equal('Bạn vui lòng nhập từ 12 ký tự trở lên !!!');
      await expect(el).to.be.accessible();
    });
  });

  it("the page author's minlength/maxlength win over the server's, each on its own, and removing one gives it back", async () => {
    const endpoint = faultBase('post', newThread('author'), 'ok');
    await withConfig(endpoint, strictConfig, async () => {
      const el = await box(endpoint, { maxlength: '100', lang: 'en' });
      await waitUntil(() => el.minlength === 12, "the server's minimum arrived");
      expect(counter(el)).to.equal('100/100 characters left');
      expect(el.maxlength).to.equal(100);
      el.removeAttribute('maxlength');
      await el.updateComplete;
      expect(counter(el)).to.equal('40/40 characters left');
      el.minlength = 3;
      await el.updateComplete;
      fill(el, '#main-author', 'Ann');
      fill(el, '#main-body', 'Ten chars!');
      await submit(el);
      expect(el.shadowRoot!.querySelector('#main-body-error'), "the author's minimum (3) lets 10 characters pass").to.equal(null);
      await sent(el);
    });
  });

  it("a server that cannot tell (no /config, an error, offline) leaves the widget's own limits, silently", async () => {
    for (const [name, answer] of [
      ['older', () => new Response(JSON.stringify({ error: { code: 'not-found', message: 'Nothing here' } }), { status: 404 })],
      ['broken', () => new Response('<h1>502</h1>', { status: 502 })],
      ['offline', () => Promise.reject(new TypeError('Failed to fetch'))],
    ] as const) {
      const endpoint = faultBase('post', newThread(name), 'ok');
      await withConfig(endpoint, answer as () => Promise<Response>, async () => {
        const errors: unknown[] = [];
        const el = await fixture<BantinCommentBox>(
          html`<bantin-comment-box
            thread=${newThread()}
            endpoint=${endpoint}
            lang="vi"
            @bantin-error=${(event: CustomEvent) => errors.push(event.detail.error)}
          ></bantin-comment-box>`,
        );
        await settled(el);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(counter(el), name).to.equal('Bạn còn 500/500 ký tự');
        expect([el.minlength, el.maxlength], name).to.deep.equal([5, 500]);
        expect(text($(el, '[part="status"]')), name).to.match(/Chưa có bình luận nào/);
        expect(errors, name).to.deep.equal([]);
      });
    }
  });
});
