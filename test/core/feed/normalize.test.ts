import { expect } from '@open-wc/testing';
import {
  absolutizeHtml,
  authorName,
  decodeEntities,
  firstImage,
  htmlToText,
  parseDate,
  plainText,
  resolveUrl,
  stableId,
  uniqueCategories,
} from '../../../src/core/feed/index.js';

describe('decodeEntities', () => {
  it('decodes the XML five, numeric references and undeclared HTML names', () => {
    expect(decodeEntities('&lt;&gt;&amp;&quot;&apos;')).to.equal('<>&"\'');
    expect(decodeEntities('&#65;&#x42;&#X43;&#x1F600;')).to.equal('ABC😀');
    expect(decodeEntities('caf&eacute;&nbsp;ok &hellip; &ndash; &rsquo;')).to.equal('café\u00a0ok … – ’');
  });

  it('knows the Vietnamese letters', () => {
    expect(decodeEntities('&acirc;&ecirc;&ocirc;&agrave;&aacute;&atilde;&abreve;&dstrok;&Dstrok;&itilde;&utilde;&ograve;')).to.equal('âêôàáãăđĐĩũò');
  });

  it('reads references as a browser does', () => {
    expect(decodeEntities('AT&T & co')).to.equal('AT&T & co');
    expect(decodeEntities('&unknown; &lol9;')).to.equal('&unknown; &lol9;');
    expect(decodeEntities('&copy 2025 &amp')).to.equal('© 2025 &');
    expect(decodeEntities('&hellip')).to.equal('&hellip'); // not a legacy name: needs its ';'
    expect(decodeEntities('&#150;&#147;x&#148;')).to.equal('–“x”'); // windows-1252 for the C1 range
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).to.equal('\ufffd\ufffd\ufffd');
    expect(decodeEntities('&#65')).to.equal('A');
  });
});

describe('htmlToText', () => {
  it('removes tags, then decodes entities once', () => {
    expect(htmlToText('<b>Tin</b> m&#7899;i')).to.equal('Tin mới');
    expect(htmlToText('&lt;b&gt;not bold&lt;/b&gt;')).to.equal('<b>not bold</b>');
    expect(htmlToText('&amp;lt;')).to.equal('&lt;');
  });

  it('turns block boundaries into spaces and collapses whitespace', () => {
    expect(htmlToText('<p>One</p><p>Two</p>Three<br>Four<br/>Five<li>Six</li><h2>Seven</h2><div>Eight</div>')).to.equal(
      'One Two Three Four Five Six Seven Eight',
    );
    expect(htmlToText('  a\n\t b&nbsp;&nbsp;c  ')).to.equal('a b c');
    expect(htmlToText('x<span>y</span>z')).to.equal('xyz');
  });

  it('drops comments, script and style contents, even unclosed', () => {
    expect(htmlToText('a<!-- <p>hidden</p> -->b<script>alert("<p>")</script>c<style>p{}</style>d')).to.equal('abcd');
    expect(htmlToText('kept<script>never closed')).to.equal('kept');
    expect(htmlToText('kept<!-- never closed')).to.equal('kept');
  });

  it('reads tag names in any case, as toLowerCase does (the Kelvin sign is a K)', () => {
    expect(htmlToText('<BLOCKQUOTE>a</BLOCKQUOTE>b<P>c<h6>d<h7>e')).to.equal('a b c de');
    expect(htmlToText('a<bloc\u212aquote>b<dİv>c')).to.equal('a bc');
    expect(htmlToText('a<Script>x</SCRIPT >b<STYLE>y')).to.equal('ab');
    expect(htmlToText('a</ p>b<!x>c<?y?>d')).to.equal('abcd');
  });

  it('keeps text that only looks like a tag, and tolerates broken markup', () => {
    expect(htmlToText('1 < 2 and 3 > 2')).to.equal('1 < 2 and 3 > 2');
    expect(htmlToText('<a href="x>y" title=\'1 > 0\'>link</a>')).to.equal('link');
    expect(htmlToText('<p>unclosed <b>bold <i>both</p>')).to.equal('unclosed bold both');
  });

  it('gives NFC text', () => {
    const nfd = 'Tie\u0302\u0301ng Vie\u0323\u0302t';
    expect(htmlToText(`<p>${nfd}</p>`)).to.equal('Tiếng Việt');
    expect(htmlToText(`<p>${nfd}</p>`)).to.equal(htmlToText(`<p>${nfd}</p>`).normalize('NFC'));
  });
});

describe('plainText', () => {
  it('keeps markup as written, collapses whitespace and stray control characters, and gives NFC', () => {
    expect(plainText('  <blink>x</blink>  ')).to.equal('<blink>x</blink>');
    expect(plainText('a\u0001b\u0008 \u000b c\r\n\u3000d')).to.equal('a b c d');
    expect(plainText('Ha\u0300 No\u0323\u0302i')).to.equal('Hà Nội');
    expect(plainText('&amp;')).to.equal('&amp;');
  });
});

describe('parseDate', () => {
  const cases: [string, string | undefined, string?][] = [
    // RFC 822, with or without weekday, every zone style
    ['Mon, 22 Sep 2025 08:30:00 +0700', '2025-09-22T01:30:00.000Z'],
    ['22 Sep 2025 08:30:00 +0700', '2025-09-22T01:30:00.000Z'],
    ['Thứ Hai, 22 Sep 2025 08:30 +07:00', '2025-09-22T01:30:00.000Z'],
    ['Mon, 22 Sep 2025 01:30:00 GMT', '2025-09-22T01:30:00.000Z'],
    ['Mon, 22 Sep 2025 01:30:00 UT', '2025-09-22T01:30:00.000Z'],
    ['Mon, 22 Sep 2025 01:30:00 Z', '2025-09-22T01:30:00.000Z'],
    ['Mon, 22 Sep 2025 08:30:00 ICT', '2025-09-22T01:30:00.000Z'],
    ['Mon, 22 Sep 2025 08:30:00 EST', '2025-09-22T13:30:00.000Z'],
    ['Mon, 22 Sep 2025 08:30:00 EDT', '2025-09-22T12:30:00.000Z'],
    ['Mon, 22 Sep 2025 08:30:00 PDT', '2025-09-22T15:30:00.000Z'],
    ['Mon, 22 Sep 2025 08:30:00 G', '2025-09-22T01:30:00.000Z'], // military G = +7
    ['Mon, 22 Sep 2025 08:30:00 N', '2025-09-22T09:30:00.000Z'], // military N = -1
    ['Mon, 22 Sep 2025 08:30:00 GMT+7', '2025-09-22T01:30:00.000Z'],
    ['Mon, 22 September 2025 08:30:00 -0330', '2025-09-22T12:00:00.000Z'],
    ['22 Sep 25 08:30 +0700', '2025-09-22T01:30:00.000Z'],
    // ISO 8601 / RFC 3339
    ['2025-09-22T08:30:00+07:00', '2025-09-22T01:30:00.000Z'],
    ['2025-09-22T01:30:00Z', '2025-09-22T01:30:00.000Z'],
    ['2025-09-22T01:30:00.25Z', '2025-09-22T01:30:00.250Z'],
    ['2025-09-22 08:30', '2025-09-22T01:30:00.000Z'], // no zone: Asia/Ho_Chi_Minh
    ['2025-09-22', '2025-09-21T17:00:00.000Z'],
    // day-first, as Vietnamese sites write
    ['22/09/2025 08:30', '2025-09-22T01:30:00.000Z'],
    ['22/09/2025 08:30:15', '2025-09-22T01:30:15.000Z'],
    ['22/09/2025', '2025-09-21T17:00:00.000Z'],
    ['Thứ hai, 22/9/2025 - 08:30', '2025-09-22T01:30:00.000Z'],
    ['22/09/2025 08:30 (GMT+7)', '2025-09-22T01:30:00.000Z'],
    // zone-less dates in another zone, across daylight saving time
    ['2025-01-15 12:00', '2025-01-15T17:00:00.000Z', 'America/New_York'],
    ['2025-07-15 12:00', '2025-07-15T16:00:00.000Z', 'America/New_York'],
    ['15/07/2025 12:00', '2025-07-15T12:00:00.000Z', 'UTC'],
    // unreadable: never invented
    ['31/02/2025', undefined],
    ['2023-02-29', undefined],
    ['2025-13-01', undefined],
    ['Mon, 22 Sep 2025 25:00:00 GMT', undefined],
    ['Mon, 22 Sep 2025 08:30:00 XYZ', undefined],
    ['Mon, 22 Foo 2025 08:30:00 GMT', undefined],
    ['hôm qua', undefined],
    ['', undefined],
  ];
  for (const [text, expected, zone] of cases) {
    it(`${JSON.stringify(text)}${zone ? ` in ${zone}` : ''} → ${expected}`, () => {
      expect(parseDate(text, zone)).to.equal(expected);
    });
  }

  it('accepts leap days and gives exactly toISOString()', () => {
    expect(parseDate('2024-02-29T00:00:00Z')).to.equal(new Date(Date.UTC(2024, 1, 29)).toISOString());
    expect(parseDate(undefined)).to.equal(undefined);
  });

  it('reads a zone-less date from before standard time, when the zone was local mean time (it threw a RangeError)', () => {
    // Asia/Ho_Chi_Minh was about GMT+07:06:30 until 1906 (Intl writes the seconds; their value depends on the tz data).
    expect(parseDate('29 SEP 1900 23:59:60')).to.match(/^1900-09-29T16:53:[0-5]\d\.000Z$/);
    expect(parseDate('1900-01-01 12:00', 'Asia/Ho_Chi_Minh')).to.match(/^1900-01-01T04:53:[0-5]\d\.000Z$/);
  });
});

describe('resolveUrl and absolutizeHtml', () => {
  it('resolves relative URLs against a base and keeps absolute ones as written', () => {
    expect(resolveUrl('/a/b.html', 'https://x.vn/rss/feed.xml')).to.equal('https://x.vn/a/b.html');
    expect(resolveUrl('b.html', 'https://x.vn/rss/feed.xml')).to.equal('https://x.vn/rss/b.html');
    expect(resolveUrl(' https://y.vn/p ')).to.equal('https://y.vn/p');
    expect(resolveUrl('/only/relative')).to.equal(undefined);
    expect(resolveUrl('')).to.equal(undefined);
    expect(resolveUrl(undefined, 'https://x.vn/')).to.equal(undefined);
    expect(resolveUrl('http://[bad', 'https://x.vn/')).to.equal('http://[bad'); // absolute: as written
    expect(resolveUrl('//cdn.x.vn/i.jpg', 'https://x.vn/')).to.equal('https://cdn.x.vn/i.jpg');
  });

  it('makes href, src and srcset absolute in HTML', () => {
    const html = '<a href="/tin/1">x</a><img src=\'img/a.jpg\' srcset="a-1x.jpg 1x, /b-2x.jpg 2x"><a href="#top">t</a><a href=https://o.vn/>o</a>';
    expect(absolutizeHtml(html, 'https://x.vn/rss/')).to.equal(
      '<a href="https://x.vn/tin/1">x</a><img src=\'https://x.vn/rss/img/a.jpg\' srcset="https://x.vn/rss/a-1x.jpg 1x, https://x.vn/b-2x.jpg 2x"><a href="#top">t</a><a href=https://o.vn/>o</a>',
    );
    expect(absolutizeHtml(html)).to.equal(html);
  });
});

describe('firstImage', () => {
  it('takes the first <img> with a src, skipping tracking pixels', () => {
    const html = '<img src="/pixel.gif" width="1" height="1"><img alt="no src"><IMG SRC="/a.jpg" ALT="Sơn La &amp; mưa" WIDTH="240" height=160>';
    expect(firstImage(html, 'https://x.vn/')).to.deep.equal({ url: 'https://x.vn/a.jpg', alt: 'Sơn La & mưa', width: 240, height: 160 });
    expect(firstImage('<p>no image</p>')).to.equal(undefined);
    expect(firstImage('<img src="a.gif" height="2">', 'https://x.vn/')).to.equal(undefined);
  });
});

describe('authorName, uniqueCategories, stableId', () => {
  it('reads "email (Name)" as the name', () => {
    expect(authorName('toasoan@baosonla.vn (Báo Sơn La)')).to.equal('Báo Sơn La');
    expect(authorName('  Nguyễn Văn A ')).to.equal('Nguyễn Văn A');
    expect(authorName('someone@example.com')).to.equal('someone@example.com');
  });

  it('trims, drops empty and duplicate categories, keeping order', () => {
    expect(uniqueCategories([' Thời sự ', '', 'Kinh tế', 'Thời sự', '  '])).to.deep.equal(['Thời sự', 'Kinh tế']);
  });

  it('gives the same id for the same input and another for another', () => {
    expect(stableId('Tin mới', '2025-09-22T01:30:00.000Z')).to.equal(stableId('Tin mới', '2025-09-22T01:30:00.000Z'));
    expect(stableId('Tin mới', '2025-09-22T01:30:00.000Z')).to.not.equal(stableId('Tin mới', '2025-09-22T01:31:00.000Z'));
    expect(stableId('Tin mới')).to.not.equal(stableId('Tin cũ'));
    expect(stableId('a')).to.match(/^\S+$/);
  });
});
