import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { safeImageUrl, safeLinkUrl, sanitizeHtml } from '../../src/core/sanitize.js';

async function clean(html: string, baseUrl?: string): Promise<HTMLElement> {
  const holder = document.createElement('div');
  holder.append(await sanitizeHtml(html, { baseUrl }));
  return holder;
}

describe('sanitizeHtml', () => {
  it('returns a fragment by default and a string on request', async () => {
    const fragment = await sanitizeHtml('<p>Xin <b>chào</b></p>');
    expect(fragment).to.be.instanceOf(DocumentFragment);
    expect(await sanitizeHtml('<p>Xin <b>chào</b><script>x()</script></p>', { output: 'string' })).to.equal('<p>Xin <b>chào</b></p>');
  });

  it('keeps ordinary article markup', async () => {
    const holder = await clean(
      '<h2>Tiêu đề</h2><p>Đoạn <em>một</em> <strong>hai</strong></p><ul><li>a</li></ul><figure><img src="https://x.vn/a.jpg" alt="Ảnh"><figcaption>Chú thích</figcaption></figure><blockquote>Trích</blockquote><table><tr><td>1</td></tr></table>',
    );
    for (const tag of ['h2', 'p', 'em', 'strong', 'ul', 'li', 'figure', 'img', 'figcaption', 'blockquote', 'table', 'td']) {
      expect(holder.querySelector(tag), tag).to.exist;
    }
    expect(holder.textContent).to.contain('Chú thích');
  });

  it('drops scripts, styles, forms, frames, objects, SVG and document-level elements', async () => {
    const holder = await clean(
      '<script>alert(1)</script><style>p{}</style><link rel=stylesheet href="https://x/s.css"><meta http-equiv=refresh content="0;url=https://x"><base href="https://evil/">' +
        '<form action="https://x"><input name=a><button>Gửi</button><textarea></textarea><select><option>1</option></select></form>' +
        '<iframe src="https://x"></iframe><object data="https://x"></object><embed src="https://x"><svg><script>alert(1)</script><a href="javascript:alert(1)">s</a></svg>' +
        '<math><mi xlink:href="javascript:alert(1)">m</mi></math><video src="https://x/v.mp4"></video><template><p>t</p></template>',
    );
    const forbidden = 'script,style,link,meta,base,form,input,button,textarea,select,option,iframe,object,embed,svg,math,video,template';
    expect(holder.querySelectorAll(forbidden)).to.have.length(0);
    expect(holder.innerHTML).not.to.contain('javascript:');
  });

  it('removes every event handler and style attribute', async () => {
    const holder = await clean(
      '<p style="color:red" onclick="alert(1)" onmouseover="x()">a</p><img src="https://x.vn/a.jpg" onerror="alert(1)" style="width:1px">',
    );
    for (const element of holder.querySelectorAll('*')) {
      for (const { name } of element.attributes) {
        expect(name).not.to.match(/^on|^style$/);
      }
    }
  });

  it('allows only http(s) and mailto links, each with rel="noopener noreferrer nofollow ugc"', async () => {
    const holder = await clean(
      '<a href="https://a.vn/x" target="_blank">1</a><a href="mailto:toa-soan@baosonla.vn" target="_top">2</a>' +
        '<a href="javascript:alert(1)">3</a><a href="data:text/html,<script>alert(1)</script>">4</a><a href="vbscript:x">5</a><a href=" JaVaScRiPt:alert(1)">6</a>',
    );
    const links = [...holder.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://a.vn/x', 'mailto:toa-soan@baosonla.vn', null, null, null, null]);
    expect(links.every((a) => a.rel === 'noopener noreferrer nofollow ugc')).to.be.true;
    expect(links[0].target).to.equal('_blank');
    expect(links[1].hasAttribute('target')).to.be.false;
  });

  it('resolves relative URLs against baseUrl, and drops them without one', async () => {
    const based = await clean('<a href="/tin/1.html">a</a><img src="anh/1.jpg" alt="">', 'https://baosonla.vn/rss/tin-moi.rss');
    expect(based.querySelector('a')!.getAttribute('href')).to.equal('https://baosonla.vn/tin/1.html');
    expect(based.querySelector('img')!.getAttribute('src')).to.equal('https://baosonla.vn/rss/anh/1.jpg');
    const unbased = await clean('<a href="/tin/1.html">a</a><img src="anh/1.jpg" alt="">');
    expect(unbased.querySelector('a')!.hasAttribute('href')).to.be.false;
    expect(unbased.querySelector('img')).to.be.null;
  });

  it('keeps only http(s) images, lazy and without referrer', async () => {
    const holder = await clean(
      '<img src="https://x.vn/a.jpg" alt="a" srcset="javascript:x 1x"><img src="data:image/png;base64,AAAA" alt="b"><img src="javascript:alert(1)" alt="c"><img src="mailto:a@b.c" alt="d">',
    );
    const images = [...holder.querySelectorAll('img')];
    expect(images).to.have.length(1);
    expect(images[0].getAttribute('src')).to.equal('https://x.vn/a.jpg');
    expect(images[0].getAttribute('loading')).to.equal('lazy');
    expect(images[0].getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(images[0].hasAttribute('srcset')).to.be.false;
  });

  it('uses a private DOMPurify: the page global and the default instance are neither used nor changed', async () => {
    const page = window as unknown as { DOMPurify?: unknown };
    const previous = page.DOMPurify;
    page.DOMPurify = {
      sanitize() {
        throw new Error('the page DOMPurify must not be used');
      },
    };
    try {
      const holder = await clean('<a href="https://a.vn" target="_blank">a</a>');
      expect(holder.querySelector('a')!.rel).to.equal('noopener noreferrer nofollow ugc');
    } finally {
      page.DOMPurify = previous;
    }
    // Our hooks are not installed on the module's default instance.
    const other = DOMPurify.sanitize('<a href="https://a.vn">a</a>');
    expect(other).to.equal('<a href="https://a.vn">a</a>');
  });

  it('never throws on odd input', async () => {
    expect(await sanitizeHtml('', { output: 'string' })).to.equal('');
    expect(await sanitizeHtml(undefined as unknown as string, { output: 'string' })).to.equal('');
    expect(await sanitizeHtml('<p', { output: 'string' })).to.equal('');
    // Parses to a document without a body, where DOMPurify itself answers null.
    const frameset = await sanitizeHtml('<frameset onload=alert(1)><frame src="javascript:alert(1)"></frameset>');
    expect(frameset).to.be.instanceOf(DocumentFragment);
    expect(frameset.childNodes).to.have.length(0);
    expect(await sanitizeHtml('<a href="https://a.vn">x', { baseUrl: 'not a url', output: 'string' })).to.contain('https://a.vn/');
  });
});

describe('safeLinkUrl / safeImageUrl', () => {
  it('accept only absolute http(s) (and mailto for links)', () => {
    expect(safeLinkUrl('https://baosonla.vn/a b')).to.equal('https://baosonla.vn/a%20b');
    expect(safeLinkUrl('mailto:a@b.vn')).to.equal('mailto:a@b.vn');
    expect(safeImageUrl('mailto:a@b.vn')).to.be.undefined;
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '',
      '/relative',
      '<img src=x onerror=alert(1)>',
      null,
      undefined,
    ]) {
      expect(safeLinkUrl(bad), String(bad)).to.be.undefined;
      expect(safeImageUrl(bad), String(bad)).to.be.undefined;
    }
    expect(safeImageUrl('/a.jpg', 'https://x.vn/feed')).to.equal('https://x.vn/a.jpg');
  });
});
