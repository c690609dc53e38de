// rss-parser → feed model: agrees with the browser's parseFeed on crafted feeds (namespaces under other
// prefixes, Atom text constructs, xml:base, media, authors), tolerates what xml2js refuses, and never
// expands entities nor fetches anything.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parseFeed } from 'bantin/core';
import { rssParserToFeed } from '../src/feeds/to-feed.js';
import { recordConnectionAttempts } from './support.js';

const URL_BASE = 'https://news.example.vn/rss/feed.xml';

// xml2js groups an element's children by name, so where different elements feed one list (enclosures from
// <enclosure> and <media:content>) the proxy keeps the order of its field table; these feeds keep that order.
const AGREEMENT: [string, string][] = [
  [
    'RSS 2.0 with media under another prefix, dc, enclosures, comments',
    `<?xml version="1.0"?><rss version="2.0" xmlns:m="http://search.yahoo.com/mrss/" xmlns:d="http://purl.org/dc/elements/1.1/" xmlns:c="http://purl.org/rss/1.0/modules/content/">
     <channel><title>Tin &amp;amp; sự kiện</title><link>/</link><description>&lt;b&gt;Mô tả&lt;/b&gt;</description><lastBuildDate>Mon, 22 Sep 2025 08:30:00 +0700</lastBuildDate>
     <image><url>/logo.png</url><title>Logo báo</title><width>120</width><height>40</height></image>
     <item><title>Bài &lt;i&gt;một&lt;/i&gt;</title><link>bai-1.html</link><guid isPermaLink="false">id-1</guid>
       <d:creator>Mạnh Hùng</d:creator><d:creator>Thu Hà</d:creator><category>Xã hội</category><category> Xã hội </category><d:subject>Thời sự</d:subject>
       <pubDate>22/09/2025 08:30</pubDate><description>Tóm tắt &lt;img src="/px.gif" width="1" height="1"&gt;</description>
       <c:encoded><![CDATA[<p>Nội dung <a href="chi-tiet.html">chi tiết</a><img src="/a.jpg" alt="Ảnh"></p>]]></c:encoded>
       <enclosure url="/audio.mp3" type="audio/mpeg" length="2048"/><comments>bai-1.html#binh-luan</comments>
       <m:content url="/video.mp4" type="video/mp4" fileSize="1000"/><m:content url="/b.jpg" medium="image" width="800" height="600"><m:description>Mô tả ảnh</m:description></m:content></item>
     <item><title>Không có link</title><guid>https://news.example.vn/permalink/2</guid><pubDate>Sun, 21 Sep 2025 23:00:00 GMT</pubDate><author>toa-soan@example.vn (Tòa soạn)</author>
       <m:thumbnail url="/thumb-2.jpg" width="320" height="200"/><enclosure url="/img-2.png" type="image/png" length="1"/></item>
     <item><title>Không id, không link</title><pubDate>31/02/2025</pubDate></item>
     </channel></rss>`,
  ],
  [
    'Atom with xml:base, text/html/xhtml constructs, authors, links by rel',
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example.vn/base/" xml:lang="vi">
     <title type="text">A &lt;blink&gt; stays</title><subtitle type="html">&lt;p&gt;Phụ đề&lt;/p&gt;</subtitle><updated>2025-09-22T01:30:00Z</updated>
     <link rel="self" href="/feed.atom"/><link href="home.html"/><logo>logo.svg</logo><icon>icon.ico</icon><author><name>Ban biên tập</name></author>
     <entry xml:base="entries/"><id>tag:example.vn,2025:1</id><title type="html">Tiêu đề &lt;b&gt;đậm&lt;/b&gt;</title>
       <link rel="alternate" type="text/html" href="one.html"/><link rel="enclosure" type="image/jpeg" href="one.jpg" length="5"/><link rel="replies" type="text/html" href="one.html#c"/>
       <published>2025-09-22T08:00:00+07:00</published><updated>2025-09-22T09:00:00+07:00</updated>
       <category term="kinh-te" label="Kinh tế"/><category term="xa-hoi"/>
       <summary type="text">Tóm tắt thuần</summary><content type="html">&lt;p&gt;Xem &lt;a href="more.html"&gt;thêm&lt;/a&gt;&lt;/p&gt;</content></entry>
     <entry><id>tag:example.vn,2025:2</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Chỉ chữ</div></title><updated>2025-09-20T00:00:00Z</updated>
       <author><name>An</name></author><author><name>Bình</name></author>
       <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Đoạn &amp; văn</p></div></content></entry></feed>`,
  ],
  [
    'RDF (RSS 1.0) with dc:date',
    `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
     <channel rdf:about="https://rdf.example.vn/"><title>RDF</title><link>https://rdf.example.vn/</link><description>Kênh RDF</description><dc:date>2025-09-22T01:00:00Z</dc:date><dc:language>vi</dc:language></channel>
     <item rdf:about="https://rdf.example.vn/1"><title>Một</title><link>https://rdf.example.vn/1</link><dc:date>2025-09-21</dc:date><dc:subject>Chủ đề</dc:subject></item></rdf:RDF>`,
  ],
  [
    // Rules the two readers once spelled apart (fields.ts now holds the only copy).
    'RSS rules that once drifted: isPermaLink case, link with an empty href, media:content and image in the channel, media:description type',
    `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
     <channel><title>Kênh</title><media:content url="/kenh.jpg" medium="image"><dc:date>2025-09-22T01:00:00Z</dc:date><media:thumbnail url="/kenh-t.jpg"/></media:content>
     <itunes:image href="/kenh-cover.jpg"/><image xml:base="/img/"><url>logo.png</url><title>Logo</title><width>1</width></image><image><url>/logo-2.png</url></image>
     <item><title>Một</title><guid isPermaLink=" FALSE">https://news.example.vn/p/1</guid><link href="">bai-1.html</link>
       <media:thumbnail url="/t1.jpg"/><media:description type="plain" xml:base="https://news.example.vn/html/">&lt;b&gt;Ảnh&lt;/b&gt;</media:description></item>
     <item><title>Hai</title><guid isPermaLink="true">p/2</guid><media:group><media:content url="/g.jpg" type="image/jpeg"><media:description type="html">&lt;i&gt;Nhóm&lt;/i&gt;</media:description></media:content></media:group>
       <itunes:image href="/cover-2.jpg"/><author>Tòa soạn</author></item>
     </channel></rss>`,
  ],
  [
    'RSS without a version attribute, NFD text',
    `<rss><channel><title>${'Tiếng Việt'.normalize('NFD')}</title><item><title>${'Bài viết'.normalize('NFD')}</title></item></channel></rss>`,
  ],
];

describe('rssParserToFeed', () => {
  for (const [label, xml] of AGREEMENT) {
    it(`agrees with parseFeed: ${label}`, async () => {
      assert.deepEqual(await rssParserToFeed(xml, URL_BASE), parseFeed(xml, { url: URL_BASE }));
    });
  }

  it('tolerates what strict XML refuses: a bare &, undeclared entities, a feed cut off mid-way', async () => {
    const loose = '<rss version="2.0"><channel><title>Cà phê & trà &hellip; &foo;</title><item><title>A &amp; B</title></item></channel></rss>';
    const feed = await rssParserToFeed(loose, URL_BASE);
    assert.equal(feed.title, parseFeed(loose, { url: URL_BASE }).title);
    assert.equal(feed.items[0]!.title, 'A & B');

    const cut = '<rss version="2.0"><channel><title>Cắt</title><item><title>Một</title></item><item><title>Hai</title></item><item><title>Ba, bị cắt';
    const cutFeed = await rssParserToFeed(cut, URL_BASE);
    assert.deepEqual(cutFeed, parseFeed(cut, { url: URL_BASE }));
    assert.deepEqual(
      cutFeed.items.slice(0, 2).map((item) => item.title),
      ['Một', 'Hai'],
    );
  });

  it('refuses non-feeds with FeedError not-a-feed and reads JSON Feeds', async () => {
    for (const text of ['', '   ', '<html><head><title>x</title></head></html>', '<urlset/>', 'plain text', '{"items": 3}']) {
      await assert.rejects(rssParserToFeed(text, URL_BASE), { name: 'FeedError', code: 'not-a-feed' }, JSON.stringify(text));
    }
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: 'x', url: '/x', title: 'X' }] });
    assert.deepEqual(await rssParserToFeed(json, URL_BASE), parseFeed(json, { url: URL_BASE }));
  });

  it('expands no DOCTYPE entity and fetches nothing (test/fixtures/corpus/xml-bombs), each within bounds', async () => {
    const dir = new URL('../../test/fixtures/corpus/xml-bombs/', import.meta.url);
    const recorder = recordConnectionAttempts();
    try {
      for (const name of readdirSync(dir).sort()) {
        const text = readFileSync(new URL(name, dir), 'utf8');
        let result: unknown;
        try {
          result = await rssParserToFeed(text, URL_BASE);
        } catch (error) {
          assert.equal((error as Error).name, 'FeedError', name);
          continue;
        }
        const serialised = JSON.stringify(result);
        assert.ok(serialised.length < 100_000, `${name}: ${serialised.length} characters`);
        assert.doesNotMatch(serialised, /lollollol|root:x:0/, name);
      }
      assert.deepEqual(recorder.attempts, []);
    } finally {
      recorder.stop();
    }
  });

  it('survives 200,000 nested elements in a description', async () => {
    const text = `<rss version="2.0"><channel><title>t</title><item><title>x</title><description>${'<a>'.repeat(200_000)}</description></item></channel></rss>`;
    const feed = await rssParserToFeed(text, URL_BASE);
    assert.equal(feed.items[0]!.title, 'x');
  });
});
