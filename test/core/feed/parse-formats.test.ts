import { expect } from '@open-wc/testing';
import { FeedError, parseFeed, stableId, type Feed } from '../../../src/core/feed/index.js';

const rss = (items: string, channel = '', attrs = '') => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
  xmlns:atom="http://www.w3.org/2005/Atom" ${attrs}>
<channel><title>Báo Sơn La</title><link>https://baosonla.example.vn/</link>${channel}
${items}
</channel></rss>`;

const atom = (entries: string, head = '', attrs = '') => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" ${attrs}>
<title>Atom feed</title>${head}
${entries}
</feed>`;

function error(fn: () => unknown): FeedError {
  try {
    fn();
  } catch (e) {
    return e as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('parseFeed: RSS 2.0', () => {
  const feed = parseFeed(
    rss(
      `<item>
        <title>Mưa lớn &amp; lũ quét ở &lt;b&gt;Mường La&lt;/b&gt;</title>
        <link>https://baosonla.example.vn/tin/1.html</link>
        <guid isPermaLink="false">tin-1</guid>
        <description><![CDATA[<p>Sáng <b>22/9</b>, mưa lớn&nbsp;gây lũ.</p><p>Đoạn hai.</p>]]></description>
        <content:encoded><![CDATA[<p><img src="/uploads/1.jpg" alt="Lũ"></p><p>Toàn văn <a href="/tin/2.html">liên quan</a>.</p>]]></content:encoded>
        <dc:creator>Thu Hà</dc:creator>
        <category>Thời sự</category><category> Thời sự </category><category>Thiên tai</category>
        <pubDate>Mon, 22 Sep 2025 08:30:00 +0700</pubDate>
        <comments>https://baosonla.example.vn/tin/1.html#binh-luan</comments>
        <enclosure url="https://baosonla.example.vn/audio/1.mp3" type="audio/mpeg" length="12345"/>
      </item>`,
      `<description>Tin tức &amp; sự kiện</description><language>vi</language>
       <lastBuildDate>Mon, 22 Sep 2025 09:00:00 +0700</lastBuildDate>
       <image><url>/logo.png</url><title>Logo Báo Sơn La</title><width>144</width><height>40</height><link>https://baosonla.example.vn/</link></image>
       <atom:link href="https://baosonla.example.vn/rss" rel="self" type="application/rss+xml"/>`,
    ),
    { url: 'https://baosonla.example.vn/rss/tin-moi.rss' },
  );
  const [item] = feed.items;

  it('reads the channel', () => {
    expect(feed.format).to.equal('rss');
    expect(feed.title).to.equal('Báo Sơn La');
    expect(feed.link).to.equal('https://baosonla.example.vn/');
    expect(feed.description).to.equal('Tin tức & sự kiện');
    expect(feed.language).to.equal('vi');
    expect(feed.updated).to.equal('2025-09-22T02:00:00.000Z');
    expect(feed.image).to.deep.equal({ url: 'https://baosonla.example.vn/logo.png', alt: 'Logo Báo Sơn La', width: 144, height: 40 });
  });

  it('reads an item, every field normalised', () => {
    expect(item.id).to.equal('tin-1');
    expect(item.title).to.equal('Mưa lớn & lũ quét ở Mường La');
    expect(item.link).to.equal('https://baosonla.example.vn/tin/1.html');
    expect(item.summary).to.equal('Sáng 22/9, mưa lớn gây lũ. Đoạn hai.');
    expect(item.contentHtml).to.equal(
      '<p><img src="https://baosonla.example.vn/uploads/1.jpg" alt="Lũ"></p><p>Toàn văn <a href="https://baosonla.example.vn/tin/2.html">liên quan</a>.</p>',
    );
    expect(item.author).to.equal('Thu Hà');
    expect(item.categories).to.deep.equal(['Thời sự', 'Thiên tai']);
    expect(item.published).to.equal('2025-09-22T01:30:00.000Z');
    expect(item.commentsUrl).to.equal('https://baosonla.example.vn/tin/1.html#binh-luan');
    expect(item.enclosures).to.deep.equal([{ url: 'https://baosonla.example.vn/audio/1.mp3', type: 'audio/mpeg', length: 12345 }]);
    expect(item.image).to.deep.equal({ url: 'https://baosonla.example.vn/uploads/1.jpg', alt: 'Lũ' });
  });

  it('decodes escaped markup in a title once: the text of "&lt;b&gt;" is "<b>" removed as a tag', () => {
    const f = parseFeed(rss('<item><title>AT&amp;T &amp;lt;3</title></item>'));
    expect(f.items[0].title).to.equal('AT&T <3');
  });

  it('uses a permalink guid as the link, and keeps guids as written', () => {
    const f = parseFeed(
      rss('<item><title>x</title><guid>https://x.vn/p/1</guid></item><item><title>y</title><guid isPermaLink="false">https://x.vn/p/2</guid></item>'),
    );
    expect(f.items[0]).to.include({ id: 'https://x.vn/p/1', link: 'https://x.vn/p/1' });
    expect(f.items[1].id).to.equal('https://x.vn/p/2');
    expect(f.items[1].link).to.equal(undefined);
  });

  it('falls back to the link, then to a stable hash, for the id', () => {
    const f = parseFeed(
      rss('<item><title>a</title><link>https://x.vn/a</link></item><item><title>b</title><pubDate>22 Sep 2025 08:30 +0700</pubDate></item>'),
    );
    expect(f.items[0].id).to.equal('https://x.vn/a');
    expect(f.items[1].id).to.equal(stableId('b', '2025-09-22T01:30:00.000Z'));
    expect(parseFeed(rss('<item><title>b</title><pubDate>22 Sep 2025 08:30 +0700</pubDate></item>')).items[0].id).to.equal(f.items[1].id);
  });

  it('reads RSS authors as names and joins several', () => {
    const f = parseFeed(
      rss(`
      <item><title>a</title><author>toasoan@baosonla.vn (Tòa soạn)</author></item>
      <item><title>b</title><dc:creator>Thu Hà</dc:creator><dc:creator>Minh Anh</dc:creator><author>x@y.vn (X)</author></item>`),
    );
    expect(f.items[0].author).to.equal('Tòa soạn');
    expect(f.items[1].author).to.equal('Thu Hà, Minh Anh');
  });

  it('reads dc:subject and dc:date', () => {
    const f = parseFeed(
      rss(
        '<item><title>a</title><dc:subject>Kinh tế</dc:subject><category>Kinh tế</category><dc:date>2025-09-22T08:30:00+07:00</dc:date></item>',
        '<dc:date>2025-09-22T09:00:00+07:00</dc:date>',
      ),
    );
    expect(f.items[0].categories).to.deep.equal(['Kinh tế']);
    expect(f.items[0].published).to.equal('2025-09-22T01:30:00.000Z');
    expect(f.updated).to.equal('2025-09-22T02:00:00.000Z');
  });

  it('leaves out what is absent or unreadable', () => {
    const f = parseFeed(rss('<item><title></title><pubDate>hôm qua</pubDate></item>'));
    const [i] = f.items;
    expect(i.title).to.equal('');
    expect(i.summary).to.equal('');
    expect(i).to.not.have.any.keys('published', 'link', 'contentHtml', 'author', 'image', 'updated', 'commentsUrl');
    expect(i.categories).to.deep.equal([]);
    expect(i.enclosures).to.deep.equal([]);
  });

  it('takes the summary from the content when there is no description', () => {
    const f = parseFeed(rss('<item><title>a</title><content:encoded><![CDATA[<p>Only <i>content</i></p>]]></content:encoded></item>'));
    expect(f.items[0].summary).to.equal('Only content');
    expect(f.items[0].contentHtml).to.equal('<p>Only <i>content</i></p>');
  });

  it('reads RSS 0.91 and 0.92, and an <rss> without version', () => {
    for (const version of ['0.91', '0.92', '']) {
      const f =
        parseFeed(`<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss ${version ? `version="${version}"` : ''}><channel><title>Old</title><link>http://old.example/</link><description>d</description>
        <item><title>One</title><link>http://old.example/1</link><description>First &amp;amp; best</description></item></channel></rss>`);
      expect(f.format).to.equal('rss');
      expect(f.items).to.have.length(1);
      expect(f.items[0]).to.include({ title: 'One', link: 'http://old.example/1', summary: 'First & best' });
    }
  });
});

describe('parseFeed: image precedence', () => {
  const items = `
    <item><title>1 thumbnail first</title>
      <description><![CDATA[<img src="/desc.jpg">]]></description>
      <enclosure url="https://x.vn/enc.jpg" type="image/jpeg" length="1"/>
      <media:content url="https://x.vn/media.jpg" medium="image" width="800" height="600"/>
      <media:thumbnail url="https://x.vn/thumb.jpg" width="120" height="90"/>
      <itunes:image href="https://x.vn/itunes.jpg"/></item>
    <item><title>2 media:content that is an image</title>
      <media:content url="https://x.vn/video.mp4" type="video/mp4" fileSize="99"/>
      <media:content url="https://x.vn/media.jpg" type="image/jpeg" width="800" height="600"><media:description>Ảnh minh họa</media:description></media:content>
      <enclosure url="https://x.vn/enc.jpg" type="image/jpeg"/></item>
    <item><title>3 image enclosure</title><enclosure url="/enc.png" type="image/png" length="10"/><itunes:image href="https://x.vn/itunes.jpg"/></item>
    <item><title>4 itunes:image</title><itunes:image href="https://x.vn/itunes.jpg"/><description><![CDATA[<img src="/desc.jpg">]]></description></item>
    <item><title>5 description, skipping a tracking pixel</title>
      <description><![CDATA[<img src="/pixel.gif" width="1" height="1"><img src="/desc.jpg" alt="Mô tả" width="300">]]></description>
      <content:encoded><![CDATA[<img src="/content.jpg">]]></content:encoded></item>
    <item><title>6 content</title><description>text only</description><content:encoded><![CDATA[<img src="/content.jpg">]]></content:encoded></item>
    <item><title>7 inside media:group</title><media:group><media:content url="https://x.vn/g-large.jpg" medium="image" width="1200"/><media:content url="https://x.vn/g-small.jpg" medium="image" width="300"/><media:description type="html">&lt;b&gt;Nhóm&lt;/b&gt; ảnh</media:description></media:group></item>
    <item><title>8 media thumbnail pixel skipped</title><media:thumbnail url="https://x.vn/px.gif" width="1" height="1"/><itunes:image href="https://x.vn/itunes.jpg"/></item>`;
  const feed = parseFeed(rss(items), { url: 'https://x.vn/rss' });
  const image = (i: number) => feed.items[i].image;

  it('prefers media:thumbnail, with its size', () => {
    expect(image(0)).to.deep.equal({ url: 'https://x.vn/thumb.jpg', width: 120, height: 90 });
  });
  it('then media:content that is an image, with alt from media:description; other media:content are enclosures', () => {
    expect(image(1)).to.deep.equal({ url: 'https://x.vn/media.jpg', alt: 'Ảnh minh họa', width: 800, height: 600 });
    expect(feed.items[1].enclosures).to.deep.equal([
      { url: 'https://x.vn/video.mp4', type: 'video/mp4', length: 99 },
      { url: 'https://x.vn/enc.jpg', type: 'image/jpeg' },
    ]);
  });
  it('keeps an unchosen media:content image as an enclosure', () => {
    expect(feed.items[0].enclosures.map((e) => e.url)).to.deep.equal(['https://x.vn/enc.jpg', 'https://x.vn/media.jpg']);
  });
  it('then an image enclosure, then itunes:image', () => {
    expect(image(2)).to.deep.equal({ url: 'https://x.vn/enc.png' });
    expect(image(3)).to.deep.equal({ url: 'https://x.vn/itunes.jpg' });
  });
  it('then the first <img> of the description, then of the content', () => {
    expect(image(4)).to.deep.equal({ url: 'https://x.vn/desc.jpg', alt: 'Mô tả', width: 300 });
    expect(image(5)).to.deep.equal({ url: 'https://x.vn/content.jpg' });
  });
  it('reads media:group', () => {
    expect(image(6)).to.deep.equal({ url: 'https://x.vn/g-large.jpg', alt: 'Nhóm ảnh', width: 1200 });
    expect(feed.items[6].enclosures.map((e) => e.url)).to.deep.equal(['https://x.vn/g-small.jpg']);
  });
  it('skips tracking pixels anywhere', () => {
    expect(image(7)).to.deep.equal({ url: 'https://x.vn/itunes.jpg' });
  });
});

describe('parseFeed: namespaces', () => {
  it('matches prefixes by the declared namespace URI', () => {
    const f =
      parseFeed(`<rss version="2.0" xmlns:c="http://purl.org/rss/1.0/modules/content/" xmlns:m="http://search.yahoo.com/mrss/" xmlns:d="http://purl.org/dc/elements/1.1/">
      <channel><title>t</title><item><title>x</title><c:encoded>&lt;p&gt;Body&lt;/p&gt;</c:encoded><m:thumbnail url="https://x.vn/t.jpg"/><d:creator>Ai</d:creator></item></channel></rss>`);
    expect(f.items[0]).to.include({ contentHtml: '<p>Body</p>', author: 'Ai', summary: 'Body' });
    expect(f.items[0].image).to.deep.equal({ url: 'https://x.vn/t.jpg' });
  });

  it('reads the usual prefixes even undeclared, and ignores unknown namespaces', () => {
    const f = parseFeed(`<rss version="2.0"><channel><title>t</title><item><title>x</title><media:thumbnail url="https://x.vn/t.jpg"/>
      <foo:title>not the title</foo:title><foo:bar><title>nor this</title></foo:bar><dc:creator>Ai</dc:creator></item></channel></rss>`);
    expect(f.items[0]).to.include({ title: 'x', author: 'Ai' });
    expect(f.items[0].image!.url).to.equal('https://x.vn/t.jpg');
  });

  it('reads atom:link in RSS: alternate as the link, self ignored', () => {
    const f = parseFeed(rss('<item><title>x</title><atom:link rel="self" href="https://x.vn/self"/><atom:link href="https://x.vn/alt"/></item>'));
    expect(f.items[0].link).to.equal('https://x.vn/alt');
  });

  it('takes the feed image from the channel <image>, else the channel <itunes:image>, never from <media:thumbnail>', () => {
    const f = parseFeed(
      rss('', '<media:thumbnail url="https://x.vn/t.jpg"/><itunes:image href="https://x.vn/i.jpg"/><image><url>https://x.vn/logo.png</url></image>'),
    );
    expect(f.image).to.deep.equal({ url: 'https://x.vn/logo.png' });
    expect(parseFeed(rss('', '<itunes:image href="https://x.vn/i.jpg"/>')).image).to.deep.equal({ url: 'https://x.vn/i.jpg' });
    expect(parseFeed(rss('', '<media:thumbnail url="https://x.vn/t.jpg"/>'))).to.not.have.property('image');
  });

  it('resolves RSS links against xml:base on the channel and the item', () => {
    const f = parseFeed(
      rss(
        '<item xml:base="/tin/"><title>x</title><link>1.html</link></item><item><title>y</title><link>/2.html</link></item>',
        '',
        'xml:base="https://b.vn/rss/"',
      ),
    );
    expect(f.items.map((i) => i.link)).to.deep.equal(['https://b.vn/tin/1.html', 'https://b.vn/2.html']);
  });

  it('does not take the channel image title, nor an item source, for a title', () => {
    const f = parseFeed(`<rss version="2.0"><channel><image><title>Logo</title><url>https://x.vn/l.png</url></image><title>Real</title>
      <item><source url="https://other.vn/rss">Other</source><title>Item</title></item></channel></rss>`);
    expect(f.title).to.equal('Real');
    expect(f.items[0].title).to.equal('Item');
  });
});

describe('parseFeed: RDF (RSS 1.0)', () => {
  const feed = parseFeed(`<?xml version="1.0"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://x.vn/"><title>RDF feed</title><link>https://x.vn/</link><description>About</description>
        <items><rdf:Seq><rdf:li rdf:resource="https://x.vn/1"/></rdf:Seq></items><image rdf:resource="https://x.vn/logo.png"/>
        <dc:date>2025-09-22T09:00:00+07:00</dc:date></channel>
      <image rdf:about="https://x.vn/logo.png"><title>Logo</title><url>https://x.vn/logo.png</url><link>https://x.vn/</link></image>
      <item rdf:about="https://x.vn/1"><title>One &amp; only</title><link>https://x.vn/1</link><description>First</description>
        <dc:creator>Ai</dc:creator><dc:subject>Tin</dc:subject><dc:date>2025-09-22T08:30:00+07:00</dc:date></item>
    </rdf:RDF>`);

  it('reads the channel and items', () => {
    expect(feed).to.deep.include({
      format: 'rdf',
      title: 'RDF feed',
      link: 'https://x.vn/',
      description: 'About',
      updated: '2025-09-22T02:00:00.000Z',
    });
    expect(feed.image).to.deep.equal({ url: 'https://x.vn/logo.png', alt: 'Logo' });
    expect(feed.items).to.deep.equal([
      {
        id: 'https://x.vn/1',
        title: 'One & only',
        link: 'https://x.vn/1',
        summary: 'First',
        author: 'Ai',
        categories: ['Tin'],
        published: '2025-09-22T01:30:00.000Z',
        enclosures: [],
      },
    ]);
  });
});

describe('parseFeed: Atom 1.0', () => {
  const feed = parseFeed(
    atom(
      `<entry xml:base="/news/">
        <id>tag:x.vn,2025:1</id>
        <title type="text">&lt;blink&gt; stays text</title>
        <link rel="alternate" type="text/html" href="1.html"/>
        <link rel="enclosure" type="image/jpeg" href="https://x.vn/e.jpg" length="500"/>
        <link rel="replies" type="text/html" href="1.html#comments"/>
        <link rel="replies" type="application/atom+xml" href="1/comments.atom"/>
        <published>2025-09-22T08:30:00+07:00</published>
        <updated>2025-09-22T10:00:00+07:00</updated>
        <summary type="html">&lt;p&gt;Tóm &lt;b&gt;tắt&lt;/b&gt;&lt;/p&gt;</summary>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Nội dung <a href="2.html">tiếp</a> &amp; hết</p></div></content>
        <author><name>Lan</name><email>lan@x.vn</email></author><author><name>Mai</name></author>
        <category term="thoi-su" label="Thời sự"/><category term="kinh-te"/>
        <source><title>Not the title</title><id>other</id></source>
      </entry>
      <entry><id>tag:x.vn,2025:2</id><title type="html">&lt;em&gt;Html&lt;/em&gt; title</title><link href="https://x.vn/2"/>
        <content type="text">Plain &lt;content&gt;</content><updated>2025-09-22T00:00:00Z</updated></entry>`,
      `<subtitle type="html">Sub &lt;i&gt;title&lt;/i&gt;</subtitle><link rel="self" href="https://x.vn/atom.xml"/><link rel="alternate" href="https://x.vn/"/>
       <updated>2025-09-22T03:00:00Z</updated><logo>/logo.png</logo><icon>/favicon.ico</icon><author><name>Tòa soạn</name></author>`,
      'xml:base="https://x.vn/" xml:lang="vi"',
    ),
  );
  const [first, second] = feed.items;

  it('reads the feed', () => {
    expect(feed).to.deep.include({
      format: 'atom',
      title: 'Atom feed',
      description: 'Sub title',
      link: 'https://x.vn/',
      language: 'vi',
      updated: '2025-09-22T03:00:00.000Z',
    });
    expect(feed.image).to.deep.equal({ url: 'https://x.vn/logo.png' });
  });

  it('reads an entry, links resolved against xml:base', () => {
    expect(first.id).to.equal('tag:x.vn,2025:1');
    expect(first.title).to.equal('<blink> stays text');
    expect(first.link).to.equal('https://x.vn/news/1.html');
    expect(first.commentsUrl).to.equal('https://x.vn/news/1.html#comments');
    expect(first.enclosures).to.deep.equal([{ url: 'https://x.vn/e.jpg', type: 'image/jpeg', length: 500 }]);
    expect(first.image).to.deep.equal({ url: 'https://x.vn/e.jpg' });
    expect(first.published).to.equal('2025-09-22T01:30:00.000Z');
    expect(first.updated).to.equal('2025-09-22T03:00:00.000Z');
    expect(first.summary).to.equal('Tóm tắt');
    expect(first.contentHtml).to.equal('<p>Nội dung <a href="https://x.vn/news/2.html">tiếp</a> &amp; hết</p>');
    expect(first.author).to.equal('Lan, Mai');
    expect(first.categories).to.deep.equal(['Thời sự', 'kinh-te']);
  });

  it('reads type="html" as markup and type="text" as text (escaped in contentHtml), with the feed author as fallback', () => {
    expect(second.title).to.equal('Html title');
    expect(second.summary).to.equal('Plain <content>');
    expect(second.contentHtml).to.equal('Plain &lt;content&gt;');
    expect(second.author).to.equal('Tòa soạn');
    expect(second.updated).to.equal('2025-09-22T00:00:00.000Z');
    expect(second).to.not.have.property('published');
  });

  it('resolves relative links against the url option when there is no xml:base', () => {
    const f = parseFeed(atom('<entry><id>1</id><title>x</title><link href="/a"/><content type="html">&lt;img src="i.jpg"&gt;</content></entry>'), {
      url: 'https://y.vn/feeds/atom.xml',
    });
    expect(f.items[0].link).to.equal('https://y.vn/a');
    expect(f.items[0].contentHtml).to.equal('<img src="https://y.vn/feeds/i.jpg">');
    expect(f.items[0].image).to.deep.equal({ url: 'https://y.vn/feeds/i.jpg' });
  });
});

describe('parseFeed: Atom 0.3', () => {
  it('is read tolerantly', () => {
    const f = parseFeed(`<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#">
      <title>Old atom</title><tagline>Tag line</tagline><link rel="alternate" type="text/html" href="https://o.vn/"/><modified>2005-01-01T00:00:00Z</modified>
      <entry><title>E</title><link rel="alternate" type="text/html" href="https://o.vn/e"/><id>tag:o.vn,2005:e</id>
        <issued>2004-12-31T12:00:00Z</issued><modified>2005-01-01T00:00:00Z</modified>
        <content type="text/html" mode="escaped">&lt;p&gt;Escaped &lt;b&gt;html&lt;/b&gt;&lt;/p&gt;</content></entry></feed>`);
    expect(f).to.deep.include({
      format: 'atom',
      title: 'Old atom',
      description: 'Tag line',
      link: 'https://o.vn/',
      updated: '2005-01-01T00:00:00.000Z',
    });
    expect(f.items[0]).to.deep.include({
      id: 'tag:o.vn,2005:e',
      title: 'E',
      link: 'https://o.vn/e',
      published: '2004-12-31T12:00:00.000Z',
      contentHtml: '<p>Escaped <b>html</b></p>',
      summary: 'Escaped html',
    });
  });
});

describe('parseFeed: JSON Feed', () => {
  const json = (o: object) => JSON.stringify(o);

  it('reads JSON Feed 1.1', () => {
    const f = parseFeed(
      '\ufeff  ' +
        json({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'JSON  feed',
          home_page_url: 'https://j.vn/',
          feed_url: 'https://j.vn/feed.json',
          description: 'Mô tả',
          language: 'vi',
          icon: 'https://j.vn/icon.png',
          favicon: 'https://j.vn/favicon.ico',
          items: [
            {
              id: 1,
              url: '/p/1',
              title: '<b>not markup</b>',
              content_html: '<p>Hello <img src="/i.jpg" alt="I"></p>',
              date_published: '2025-09-22T08:30:00+07:00',
              date_modified: '2025-09-22T09:30:00+07:00',
              tags: ['a', 'a', ' b ', ''],
              authors: [{ name: 'Lan' }, { name: 'Mai' }],
              attachments: [{ url: 'https://j.vn/a.mp3', mime_type: 'audio/mpeg', size_in_bytes: 42 }],
            },
            { id: 'two', content_text: 'Just  text', summary: '', image: 'https://j.vn/2.jpg', author: { name: 'Old style' } },
            { title: 'no id', url: 'https://j.vn/3', attachments: [{ url: 'https://j.vn/3.png', mime_type: 'image/png' }] },
          ],
        }),
    );
    expect(f).to.deep.include({ format: 'json', title: 'JSON feed', link: 'https://j.vn/', description: 'Mô tả', language: 'vi' });
    expect(f.image).to.deep.equal({ url: 'https://j.vn/icon.png' });
    expect(f.items[0]).to.deep.equal({
      id: '1',
      title: '<b>not markup</b>',
      link: 'https://j.vn/p/1',
      summary: 'Hello',
      contentHtml: '<p>Hello <img src="https://j.vn/i.jpg" alt="I"></p>',
      author: 'Lan, Mai',
      categories: ['a', 'b'],
      published: '2025-09-22T01:30:00.000Z',
      updated: '2025-09-22T02:30:00.000Z',
      image: { url: 'https://j.vn/i.jpg', alt: 'I' },
      enclosures: [{ url: 'https://j.vn/a.mp3', type: 'audio/mpeg', length: 42 }],
    });
    expect(f.items[1]).to.deep.include({ id: 'two', summary: 'Just text', author: 'Old style', image: { url: 'https://j.vn/2.jpg' } });
    expect(f.items[1]).to.not.have.property('contentHtml');
    expect(f.items[2]).to.deep.include({ id: 'https://j.vn/3', image: { url: 'https://j.vn/3.png' } });
  });

  it('reads the _bantin extension the widget server writes', () => {
    const f = parseFeed(
      json({
        version: 'https://jsonfeed.org/version/1.1',
        title: 't',
        icon: 'https://j.vn/icon.png',
        _bantin: { updated: '2025-09-22T02:00:00.000Z', image: { url: 'https://j.vn/logo.png', alt: 'Logo', width: 144, height: 40 } },
        items: [
          {
            id: 'x',
            image: 'https://j.vn/plain.jpg',
            _bantin: { image: { url: 'https://j.vn/full.jpg', alt: 'Ảnh', width: 640, height: 360 }, commentsUrl: 'https://j.vn/x#c' },
          },
        ],
      }),
    );
    expect(f.updated).to.equal('2025-09-22T02:00:00.000Z');
    expect(f.image).to.deep.equal({ url: 'https://j.vn/logo.png', alt: 'Logo', width: 144, height: 40 });
    expect(f.items[0].image).to.deep.equal({ url: 'https://j.vn/full.jpg', alt: 'Ảnh', width: 640, height: 360 });
    expect(f.items[0].commentsUrl).to.equal('https://j.vn/x#c');
  });

  it('reads JSON Feed 1.0 and tolerates wrong types', () => {
    const f = parseFeed(
      json({ version: 'https://jsonfeed.org/version/1', title: 5, items: [null, { id: 'a', title: ['x'], tags: 'no', authors: 'no' }] }),
    );
    expect(f.title).to.equal('');
    expect(f.items[1]).to.deep.include({ id: 'a', title: '', categories: [] });
    expect(f.items[0].id).to.match(/\S/);
  });

  it('refuses JSON that is not a feed, and broken JSON', () => {
    expect(error(() => parseFeed('{"hello": "world"}'))).to.include({ code: 'not-a-feed' });
    expect(error(() => parseFeed('{"version": "1", "items": []}'))).to.include({ code: 'not-a-feed' });
    // An object with an items array but no JSON Feed version is some other JSON, not an empty feed.
    expect(error(() => parseFeed('{"items": []}'))).to.include({ code: 'not-a-feed' });
    expect(error(() => parseFeed('{"title": "x", "items": [{"id": 1}]}'))).to.include({ code: 'not-a-feed' });
    const broken = error(() => parseFeed('{"version": "https://jsonfeed.org/version/1.1", "items": [{'));
    expect(broken.code).to.equal('malformed');
    expect(broken.message).to.match(/JSON/);
  });
});

describe('parseFeed: tolerance', () => {
  it('skips a BOM, whitespace, comments and processing instructions before the root', () => {
    const f = parseFeed(
      '\ufeff\n  <?xml version="1.0"?>\n<!-- generated -->\n<?xml-stylesheet href="s.xsl"?>' +
        rss('<item><title>x</title></item>').replace(/^<\?xml[^>]*>/, ''),
    );
    expect(f.items[0].title).to.equal('x');
  });

  it('reads undeclared HTML entities and bare ampersands as a browser does', () => {
    const f = parseFeed(
      rss('<item><title>Caf&eacute;&nbsp;&amp; tr&agrave; &hellip; R&D &copy 2025</title><link>https://x.vn/?a=1&b=2</link></item>'),
    );
    expect(f.items[0].title).to.equal('Café & trà … R&D © 2025');
    expect(f.items[0].link).to.equal('https://x.vn/?a=1&b=2');
  });

  it('gives NFC text everywhere from decomposed (NFD) input', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const f = parseFeed(
      rss(`<item><title>${nfd('Thời tiết Sơn La')}</title><description>${nfd('Mưa rào')}</description>
      <content:encoded>${nfd('&lt;p&gt;Nhiệt độ thấp nhất&lt;/p&gt;')}</content:encoded><category>${nfd('Thời sự')}</category><dc:creator>${nfd('Lê Văn Đức')}</dc:creator></item>`),
    );
    const [i] = f.items;
    expect([i.title, i.summary, i.contentHtml, i.categories[0], i.author]).to.deep.equal([
      'Thời tiết Sơn La',
      'Mưa rào',
      '<p>Nhiệt độ thấp nhất</p>',
      'Thời sự',
      'Lê Văn Đức',
    ]);
    for (const s of [i.title, i.summary, i.contentHtml!, i.categories[0], i.author!]) expect(s).to.equal(s.normalize('NFC'));
  });

  it('tolerates stray control characters', () => {
    const f = parseFeed(rss('<item><title>Tin\u0001 m\u0008ới\u000b</title><description>a\u0000b</description></item>'));
    expect(f.items[0].title).to.equal('Tin m ới');
    expect(f.items[0].summary).to.equal('a b');
  });

  it('reads unescaped, mismatched and unclosed markup inside a description', () => {
    const f = parseFeed(
      rss(`<item><title>x</title><description><p>Open <b>bold <i>both</p> <br> end</description><link>https://x.vn/1</link></item>
      <item><title>y</title><description>a < b && c > d</description></item>`),
    );
    expect(f.items[0].summary).to.equal('Open bold both end');
    expect(f.items[0].link).to.equal('https://x.vn/1');
    expect(f.items[1].summary).to.equal('a < b && c > d');
  });

  it('keeps a CDATA section whole, whatever it holds', () => {
    const f = parseFeed(
      rss('<item><title><![CDATA[A </title> & <b>B</b>]]></title><description><![CDATA[</item><p>still</p>]]></description></item>'),
    );
    expect(f.items).to.have.length(1);
    expect(f.items[0].title).to.equal('A & B');
    expect(f.items[0].summary).to.equal('still');
  });

  it('recovers from a field left unclosed', () => {
    const f = parseFeed(rss('<item><title>one</title><guid>id-1</item><item><title>two</title><guid>id-2</guid></item>'));
    expect(f.items.map((i) => [i.title, i.id])).to.deep.equal([
      ['one', 'id-1'],
      ['two', 'id-2'],
    ]);
  });

  it('reads items whose tags come in a varying order, with attributes, lists and names that extend others', () => {
    // The scanner tries the tag that followed the last one first: each of these breaks that guess once.
    const f = parseFeed(
      rss(`<item><title>a</title><guid isPermaLink="false">g1</guid><category>x</category><category>y</category><media:thumbnail url="https://x.vn/1.jpg" width="20" height="10"/></item>
      <item><title>b</title><titles>not a title</titles><guid>https://x.vn/2</guid><category>z</category><category	term="t">w</category><media:thumbnail url="https://x.vn/2.jpg"/></item>
      <item><guid isPermaLink="false">g3</guid><title>c</title><category>u</category><title>second</title></item>`),
    );
    expect(f.items.map((i) => [i.id, i.title, i.link, i.categories, i.image?.url])).to.deep.equal([
      ['g1', 'a', undefined, ['x', 'y'], 'https://x.vn/1.jpg'],
      ['https://x.vn/2', 'b', 'https://x.vn/2', ['z', 'w'], 'https://x.vn/2.jpg'],
      ['g3', 'c', undefined, ['u'], undefined],
    ]);
  });

  it('ends on a field left open at the very end, whatever came before it', () => {
    const f = parseFeed('<rss><channel><title>a</title><description>x]]></description><description>  ');
    expect(f.description).to.equal('x]]>');
  });

  it('matches close tags case-insensitively and tolerates extra ones', () => {
    const f = parseFeed('<RSS version="2.0"><Channel><title>T</title></b><Item><title>x</title></ITEM></CHANNEL></RSS>');
    expect(f.title).to.equal('T');
    expect(f.items).to.have.length(1);
  });

  it('returns the items complete before a cut', () => {
    const full = rss('<item><title>1</title></item><item><title>2</title></item><item><title>3</title><description>cut he');
    const f = parseFeed(full.slice(0, full.indexOf('cut he') + 6));
    expect(f.items.map((i) => i.title)).to.deep.equal(['1', '2']);
    const atomCut = atom('<entry><id>1</id><title>a</title></entry><entry><id>2</id><title>b').replace(/<\/feed>\s*$/, '');
    expect(parseFeed(atomCut).items.map((i) => i.id)).to.deep.equal(['1']);
  });

  it('never expands a DOCTYPE entity', () => {
    const f = parseFeed(
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "AAAA"><!ENTITY b "&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title></channel></rss>',
    );
    expect(f.title).to.equal('&b;');
  });
});

describe('parseFeed: errors', () => {
  const cases: [string, string, RegExp][] = [
    ['', 'not-a-feed', /empty/],
    ['   \n ', 'not-a-feed', /empty/],
    ['<!DOCTYPE html><html><head><title>Trang chủ</title></head><body><p>Xin chào</p></body></html>', 'not-a-feed', /HTML page, not a feed/],
    ['<head><title>Document Moved</title></head><body>moved</body>', 'not-a-feed', /HTML page, not a feed/],
    [
      '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.vn/</loc></url></urlset>',
      'not-a-feed',
      /urlset.*not an RSS, Atom or RDF feed/,
    ],
    ['Service Unavailable', 'not-a-feed', /neither XML nor JSON/],
    ['<?xml version="1.0"?>', 'malformed', /cut off/],
    ['<?xml version="1.0"?><rss version="2.0"><chan', 'malformed', /cut off/],
  ];
  for (const [input, code, message] of cases) {
    it(`${JSON.stringify(input.slice(0, 40))} → ${code}`, () => {
      const e = error(() => parseFeed(input));
      expect(e).to.be.instanceOf(FeedError);
      expect(e.code).to.equal(code);
      expect(e.message).to.match(message);
    });
  }

  it('refuses input over the size cap, 5 MB by default or maxLength', () => {
    const small = rss('<item><title>x</title></item>');
    expect(error(() => parseFeed(small, { maxLength: 100 }))).to.include({ code: 'too-large' });
    expect(error(() => parseFeed(small, { maxLength: 100 })).message).to.match(/too large.*100/);
    expect(parseFeed(small, { maxLength: small.length }).items).to.have.length(1);
    expect(error(() => parseFeed(' '.repeat(5 * 1024 * 1024 + 1)))).to.include({ code: 'too-large' });
  });

  it('throws a RangeError for an unknown time zone', () => {
    expect(() => parseFeed(rss(''), { timeZone: 'Mars/Olympus_Mons' })).to.throw(RangeError);
  });

  it('reads zone-less dates in the timeZone option', () => {
    const f: Feed = parseFeed(rss('<item><title>x</title><pubDate>22/09/2025 08:30</pubDate></item>'), { timeZone: 'Europe/Paris' });
    expect(f.items[0].published).to.equal('2025-09-22T06:30:00.000Z');
  });
});
