// The element → field table and the field rules shared by parseFeed and the widget server (src/core/feed/fields.ts):
// each named field maps from the elements, and does to an Entry, what docs/feed-model.md says it does.
import { expect } from '@open-wc/testing';
import * as core from '../../../src/core/feed/index.js';
import { newEntry, type Entry, type FeedFormat } from '../../../src/core/feed/index.js';
import {
  AUTHOR_FIELDS,
  CONTAINERS,
  ENTRY_FIELDS,
  Field,
  IMAGE_PARTS,
  elementBase,
  finishChannelImage,
  opens,
  readField,
  readImagePart,
  readMedia,
  type ChannelImage,
  type FieldReader,
} from '../../../src/core/feed/fields.js';

const FEED_URL = 'https://news.example.vn/rss/feed.xml';

/** A toy reader: an element is its attributes (by name as the specs spell them) and its markup. */
interface El {
  attrs: Record<string, string>;
  markup: string;
}
function reader(format: FeedFormat = 'rss'): FieldReader<El> {
  return { format, timeZone: 'Asia/Ho_Chi_Minh', feed: newEntry(FEED_URL), attr: (e, name) => e.attrs[name], markup: (e) => e.markup };
}

/** Reads one field element into a new item (or the feed) and returns the entry. */
function read(
  field: Field,
  text: string,
  attrs: Record<string, string> = {},
  options: { format?: FeedFormat; feed?: boolean; markup?: string } = {},
): Entry {
  const r = reader(options.format);
  const d = options.feed ? r.feed : newEntry(FEED_URL);
  readField(r, d, field, { attrs, markup: options.markup ?? text }, text, FEED_URL);
  return d;
}

describe('fields: ENTRY_FIELDS, AUTHOR_FIELDS, IMAGE_PARTS', () => {
  // The table as documented (docs/feed-model.md, "Fields"), in the order the server reads it.
  const DOCUMENTED: [string, Field][] = [
    ['title', Field.Title],
    ['dc:title', Field.Title],
    ['description', Field.Summary],
    ['summary', Field.Summary],
    ['dc:description', Field.Summary],
    ['subtitle', Field.Subtitle],
    ['tagline', Field.Subtitle],
    ['content:encoded', Field.Content],
    ['content', Field.Content],
    ['body', Field.Content],
    ['xhtml:body', Field.Content],
    ['fullitem', Field.Content],
    ['link', Field.Link],
    ['atom:link', Field.Link],
    ['guid', Field.Guid],
    ['id', Field.Id],
    ['pubdate', Field.Published],
    ['published', Field.Published],
    ['issued', Field.Published],
    ['dcterms:issued', Field.Published],
    ['dc:date', Field.Date],
    ['updated', Field.Updated],
    ['modified', Field.Updated],
    ['lastbuilddate', Field.Updated],
    ['dcterms:modified', Field.Updated],
    ['language', Field.Language],
    ['dc:language', Field.Language],
    ['dc:creator', Field.Creator],
    ['author', Field.Author],
    ['dc:author', Field.Author],
    ['itunes:author', Field.Author],
    ['category', Field.Category],
    ['dc:subject', Field.Category],
    ['itunes:category', Field.Category],
    ['enclosure', Field.Enclosure],
    ['media:thumbnail', Field.Thumbnail],
    ['itunes:image', Field.ItunesImage],
    ['media:description', Field.MediaDescription],
    ['comments', Field.Comments],
    ['logo', Field.Logo],
    ['icon', Field.Icon],
  ];

  it('maps each element to its documented field, in order', () => {
    expect([...ENTRY_FIELDS]).to.deep.equal(DOCUMENTED);
  });

  it('reads every field from some element, with canonical (lower-case) names', () => {
    const fields = Object.values(Field).filter((value) => typeof value === 'number');
    expect(fields).to.have.length(21);
    expect(new Set(ENTRY_FIELDS.values())).to.deep.equal(new Set(fields));
    for (const name of [...ENTRY_FIELDS.keys(), ...CONTAINERS.keys()]) expect(name).to.equal(name.toLowerCase());
  });

  it('reads an Atom author by its name, and a channel image by its parts', () => {
    expect([...AUTHOR_FIELDS]).to.deep.equal([['name', Field.Author]]);
    expect(IMAGE_PARTS).to.deep.equal(['url', 'width', 'height', 'title']);
  });

  it('matches the tables of docs/feed-model.md', async () => {
    const doc = await (await fetch('/docs/feed-model.md')).text();
    const section = doc.slice(doc.indexOf('## Building blocks for other readers'));
    const rows = (first: RegExp) =>
      section
        .split('\n')
        .filter((line) => first.test(line))
        .map((line) => line.split('|').map((cell) => cell.trim()));
    const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

    const fieldRows = rows(/^\| `[A-Z]\w*` \| `[a-z]/);
    expect(fieldRows.map((row) => names(row[1]!)[0])).to.deep.equal(Object.values(Field).filter((v) => typeof v === 'string'));
    const documented = fieldRows.flatMap((row) => names(row[2]!).map((name) => [name, Field[names(row[1]!)[0] as keyof typeof Field]]));
    expect(documented).to.deep.equal(DOCUMENTED);

    const containerRows = rows(/^\| `'[a-z-]+'` \|/);
    const containers = containerRows.flatMap((row) => names(row[2]!).map((name) => [name, names(row[1]!)[0]!.slice(1, -1)]));
    expect(containers).to.deep.equal([...CONTAINERS]);
  });

  it('are exported from the feed index, each documented in "Building blocks for other readers"', async () => {
    const doc = await (await fetch('/docs/feed-model.md')).text();
    const section = doc.slice(doc.indexOf('## Building blocks for other readers'));
    for (const name of [
      'ENTRY_FIELDS',
      'AUTHOR_FIELDS',
      'CONTAINERS',
      'IMAGE_PARTS',
      'opens',
      'readField',
      'readMedia',
      'readImagePart',
      'finishChannelImage',
      'elementBase',
    ]) {
      expect(core, name).to.have.property(name);
      expect(section, name).to.match(new RegExp(`^\\| \`${name}[\`(]`, 'm'));
    }
  });
});

describe('fields: readField applies each field as documented', () => {
  it('Title: RSS text is HTML; an Atom text construct follows its type; the first title wins', () => {
    expect(read(Field.Title, ' Mưa <b>lớn</b> ').title).to.equal('Mưa lớn');
    expect(read(Field.Title, 'A <blink> stays', {}, { format: 'atom' }).title).to.equal('A <blink> stays');
    expect(read(Field.Title, 'A <b>đậm</b>', { type: 'html' }, { format: 'atom' }).title).to.equal('A đậm');
    expect(read(Field.Title, 'A <b>đậm</b>', { type: 'text/html' }, { format: 'atom' }).title).to.equal('A đậm');
    const r = reader(),
      d = newEntry();
    readField(r, d, Field.Title, { attrs: {}, markup: '' }, 'Một', undefined);
    readField(r, d, Field.Title, { attrs: {}, markup: '' }, 'Hai', undefined);
    expect(d.title).to.equal('Một');
  });

  it('Summary: summary, and summaryHtml when it is HTML', () => {
    const rss = read(Field.Summary, '<p>Tóm <b>tắt</b></p>');
    expect([rss.summary, rss.summaryHtml]).to.deep.equal(['Tóm tắt', '<p>Tóm <b>tắt</b></p>']);
    const text = read(Field.Summary, 'a <b> b', {}, { format: 'atom' });
    expect([text.summary, text.summaryHtml]).to.deep.equal(['a <b> b', undefined]);
  });

  it('Subtitle: the feed description only', () => {
    expect(read(Field.Subtitle, 'Phụ đề').summary).to.equal(undefined);
    expect(read(Field.Subtitle, 'Phụ đề', {}, { feed: true }).summary).to.equal('Phụ đề');
  });

  it('Content: html with its base, text when not HTML, Atom xhtml unwrapped, empty content skipped', () => {
    const html = read(Field.Content, '<p>Nội dung</p>', { 'xml:base': '/bai/' });
    expect([html.html, html.htmlBase, html.text]).to.deep.equal(['<p>Nội dung</p>', 'https://news.example.vn/bai/', undefined]);
    const text = read(Field.Content, 'chữ <b>', { type: 'text' }, { format: 'atom' });
    expect([text.html, text.text]).to.deep.equal([undefined, 'chữ <b>']);
    const xhtml = read(
      Field.Content,
      'Đoạn & văn',
      { type: 'xhtml' },
      {
        format: 'atom',
        markup: ' <div xmlns="http://www.w3.org/1999/xhtml"><p xmlns:x="urn:x">Đoạn &amp; văn</p></div> ',
      },
    );
    expect(xhtml.html).to.equal('<p>Đoạn &amp; văn</p>');
    expect(read(Field.Content, '  \n ').html).to.equal(undefined);
  });

  it('Link: by rel — alternate (or none) → link, enclosure → an enclosure, replies (HTML) → comments', () => {
    expect(read(Field.Link, ' bai-1.html ').link).to.equal('https://news.example.vn/rss/bai-1.html');
    expect(read(Field.Link, '', { href: 'a.html', rel: 'alternate', 'xml:base': 'https://other.vn/x/' }).link).to.equal('https://other.vn/x/a.html');
    expect(read(Field.Link, '', { href: '/feed.atom', rel: 'self' }).link).to.equal(undefined);
    const enclosure = read(Field.Link, '', { href: 'a.jpg', rel: 'enclosure', type: 'image/jpeg', length: '5' });
    expect(enclosure.enclosures).to.deep.equal([{ url: 'https://news.example.vn/rss/a.jpg', type: 'image/jpeg', length: 5 }]);
    expect(enclosure.images[2]).to.deep.equal({ url: 'https://news.example.vn/rss/a.jpg' });
    expect(read(Field.Link, '', { href: 'a.html#c', rel: 'replies', type: 'text/html' }).comments).to.equal('https://news.example.vn/rss/a.html#c');
    expect(read(Field.Link, '', { href: 'c.atom', rel: 'replies', type: 'application/atom+xml' }).comments).to.equal(undefined);
    expect(read(Field.Link, '', { href: 'c.atom', rel: 'replies' }).comments).to.equal(undefined);
  });

  it('Guid: id, and permalink unless isPermaLink is false; Id: id only', () => {
    const guid = read(Field.Guid, ' https://news.example.vn/p/1 ');
    expect([guid.id, guid.permalink]).to.deep.equal(['https://news.example.vn/p/1', 'https://news.example.vn/p/1']);
    expect(read(Field.Guid, 'p/2', { isPermaLink: 'true' }).permalink).to.equal('https://news.example.vn/rss/p/2');
    for (const value of ['false', ' FALSE', 'False']) expect(read(Field.Guid, 'id-1', { isPermaLink: value }).permalink, value).to.equal(undefined);
    const id = read(Field.Id, ' tag:example.vn,2025:1 ');
    expect([id.id, id.permalink]).to.deep.equal(['tag:example.vn,2025:1', undefined]);
  });

  it('Published, Date, Updated: dates in the reader’s time zone', () => {
    expect(read(Field.Published, '22/09/2025 08:30').published).to.equal('2025-09-22T01:30:00.000Z');
    expect(read(Field.Date, '2025-09-22').date).to.equal('2025-09-21T17:00:00.000Z');
    expect(read(Field.Updated, 'Mon, 22 Sep 2025 08:30:00 +0700').updated).to.equal('2025-09-22T01:30:00.000Z');
    expect(read(Field.Published, 'hôm qua').published).to.equal(undefined);
  });

  it('Language: trimmed', () => {
    expect(read(Field.Language, ' vi \n').language).to.equal('vi');
  });

  it('Creator, Author, Category: lists', () => {
    expect(read(Field.Creator, ' Thu   Hà ').creators).to.deep.equal(['Thu Hà']);
    expect(read(Field.Author, 'toa-soan@example.vn (Tòa soạn)').authors).to.deep.equal(['Tòa soạn']);
    expect(read(Field.Category, ' Thời sự ').categories).to.deep.equal(['Thời sự']);
    expect(read(Field.Category, '', { term: 'kinh-te', label: 'Kinh tế' }).categories).to.deep.equal(['Kinh tế']);
    expect(read(Field.Category, '', { term: 'xa-hoi' }).categories).to.deep.equal(['xa-hoi']);
  });

  it('Enclosure: an enclosure; an image/* one is image candidate 2', () => {
    const audio = read(Field.Enclosure, '', { url: '/a.mp3', type: 'audio/mpeg', length: '2048' });
    expect(audio.enclosures).to.deep.equal([{ url: 'https://news.example.vn/a.mp3', type: 'audio/mpeg', length: 2048 }]);
    expect(audio.images).to.deep.equal([]);
    expect(read(Field.Enclosure, '', { url: '/a.png', type: 'image/png' }).images[2]).to.deep.equal({ url: 'https://news.example.vn/a.png' });
  });

  it('Thumbnail and ItunesImage: image candidates 0 (items only) and 3 (items and the feed)', () => {
    expect(read(Field.Thumbnail, '', { url: '/t.jpg', width: '320', height: '200' }).images[0]).to.deep.equal({
      url: 'https://news.example.vn/t.jpg',
      width: 320,
      height: 200,
    });
    expect(read(Field.Thumbnail, '', { url: '/px.gif', width: '1', height: '1' }).images[0]).to.equal(undefined);
    expect(read(Field.Thumbnail, '', { url: '/t.jpg' }, { feed: true }).images).to.deep.equal([]);
    expect(read(Field.ItunesImage, '', { href: '/cover.jpg' }).images[3]).to.deep.equal({ url: 'https://news.example.vn/cover.jpg' });
    expect(read(Field.ItunesImage, '', { url: '/cover.jpg' }).images[3]).to.deep.equal({ url: 'https://news.example.vn/cover.jpg' });
    expect(read(Field.ItunesImage, '', { href: '/cover.jpg' }, { feed: true }).images[3]).to.deep.equal({ url: 'https://news.example.vn/cover.jpg' });
  });

  it('MediaDescription: alt, HTML only when its type says so', () => {
    expect(read(Field.MediaDescription, ' Ảnh <b>đẹp</b> ').alt).to.equal('Ảnh <b>đẹp</b>');
    expect(read(Field.MediaDescription, 'Ảnh <b>đẹp</b>', { type: 'html' }).alt).to.equal('Ảnh đẹp');
  });

  it('Comments: an absolute URL', () => {
    expect(read(Field.Comments, ' bai-1.html#binh-luan ').comments).to.equal('https://news.example.vn/rss/bai-1.html#binh-luan');
  });

  it('Logo and Icon: image candidates 0 and 1', () => {
    expect(read(Field.Logo, ' logo.svg ', {}, { feed: true }).images[0]).to.deep.equal({ url: 'https://news.example.vn/rss/logo.svg' });
    expect(read(Field.Icon, 'icon.ico', {}, { feed: true }).images[1]).to.deep.equal({ url: 'https://news.example.vn/rss/icon.ico' });
  });
});

describe('fields: containers', () => {
  it('CONTAINERS names the elements that hold fields', () => {
    expect([...CONTAINERS]).to.deep.equal([
      ['channel', 'group'],
      ['media:group', 'group'],
      ['media:content', 'media'],
      ['item', 'item'],
      ['entry', 'item'],
      ['image', 'channel-image'],
      ['author', 'person'],
    ]);
  });

  it('opens: items in the feed only, the channel image in RSS/RDF feeds only, the author as a container in Atom only', () => {
    const cases: [Parameters<typeof opens>, boolean][] = [
      [['group', 'rss', false], true],
      [['media', 'atom', true], true],
      [['item', 'rdf', true], true],
      [['item', 'rss', false], false],
      [['channel-image', 'rss', true], true],
      [['channel-image', 'rss', false], false],
      [['channel-image', 'atom', true], false],
      [['person', 'atom', false], true],
      [['person', 'rss', false], false],
    ];
    for (const [args, expected] of cases) expect(opens(...args), args.join(' ')).to.equal(expected);
  });

  it('readMedia: an enclosure marked as media, image candidate 1 when it is an image; nothing for the feed', () => {
    const r = reader();
    const video = newEntry();
    readMedia(r, video, { attrs: { url: 'v.mp4', type: 'video/mp4', fileSize: '1000' }, markup: '' }, FEED_URL);
    expect(video.enclosures).to.deep.equal([{ url: 'https://news.example.vn/rss/v.mp4', type: 'video/mp4', length: 1000 }]);
    expect(video.media.has(video.enclosures[0]!)).to.equal(true);
    expect(video.images).to.deep.equal([]);
    const images: Record<string, string>[] = [{ url: '/b.jpg', medium: 'image' }, { url: '/b', type: 'image/webp' }, { url: '/b.JPEG?w=1' }];
    for (const attrs of images) {
      const d = newEntry();
      readMedia(r, d, { attrs: { ...attrs, width: '800', height: '600' }, markup: '' }, FEED_URL);
      expect(d.images[1], attrs.url).to.deep.equal({ url: `https://news.example.vn${attrs.url}`, width: 800, height: 600 });
    }
    readMedia(r, r.feed, { attrs: { url: '/b.jpg' }, markup: '' }, FEED_URL);
    expect(r.feed.enclosures).to.deep.equal([]);
  });

  it('readImagePart and finishChannelImage: the feed’s image candidate 2, the first of each part', () => {
    const feed = newEntry();
    const img: ChannelImage = {};
    readImagePart(img, 'url', ' logo.png ');
    readImagePart(img, 'url', 'other.png');
    readImagePart(img, 'title', ' Logo   báo ');
    readImagePart(img, 'width', '120');
    readImagePart(img, 'height', '40');
    finishChannelImage(feed, img, 'https://news.example.vn/img/');
    expect(feed.images[2]).to.deep.equal({ url: 'https://news.example.vn/img/logo.png', alt: 'Logo báo', width: 120, height: 40 });
  });

  it('elementBase: the element’s own xml:base against the base it is in', () => {
    const r = reader();
    expect(elementBase(r, { attrs: { 'xml:base': 'sub/' }, markup: '' }, FEED_URL)).to.equal('https://news.example.vn/rss/sub/');
    expect(elementBase(r, { attrs: {}, markup: '' }, FEED_URL)).to.equal(FEED_URL);
    expect(elementBase(r, { attrs: { 'xml:base': 'sub/' }, markup: '' }, undefined)).to.equal(undefined);
  });
});
