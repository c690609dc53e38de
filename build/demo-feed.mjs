// Writes demo/feeds/tin-moi.rss, the demo portal's news feed, from the sample news (demo/feeds/tin-moi.js).
// The file stays tracked (the server tests, build/check-dist.mjs and build/check-packages.mjs read it);
// test/demo/demo-feed.node.test.ts fails when it is not what this script writes.
//   npm run demo-feed            write it
//   node build/demo-feed.mjs --check   exit 1 when it is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IMAGE_SIZE, articleId, articlePath, articles, channel, contentHtml } from '../demo/feeds/tin-moi.js';

export const FEED_FILE = fileURLToPath(new URL('../demo/feeds/tin-moi.rss', import.meta.url));

const escapeXml = (text) => String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const cdata = (html) => `<![CDATA[${html.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
/** Where the demo serves a picture of demo/img/. */
const imageSrc = (file) => `/img/${file}`;

/** An RFC 822 date at +0700, as Vietnamese publishers write it. */
function rfc822(iso) {
  const local = new Date(Date.parse(iso) + 7 * 3_600_000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n) => String(n).padStart(2, '0');
  return `${days[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${months[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} +0700`;
}

function item(article) {
  const src = imageSrc(article.image.file);
  const size = `width="${IMAGE_SIZE.width}" height="${IMAGE_SIZE.height}"`;
  const link = articlePath(article.slug);
  return [
    '<item>',
    `<title>${escapeXml(article.title)}</title>`,
    `<link>${escapeXml(link)}</link>`,
    `<guid isPermaLink="false">${escapeXml(articleId(article))}</guid>`,
    ...article.categories.map((category) => `<category>${escapeXml(category)}</category>`),
    `<dc:creator>${escapeXml(article.author)}</dc:creator>`,
    `<pubDate>${rfc822(article.published)}</pubDate>`,
    `<description>${cdata(`<img src="${escapeXml(src)}" alt="${escapeXml(article.image.alt)}" ${size}/> ${escapeXml(article.summary)}`)}</description>`,
    `<content:encoded>${cdata(contentHtml(article, { imageSrc: src, href: articlePath }))}</content:encoded>`,
    `<media:thumbnail url="${escapeXml(src)}" ${size}/>`,
    `<comments>${escapeXml(`${link}#binh-luan`)}</comments>`,
    '</item>',
  ];
}

/** The text of demo/feeds/tin-moi.rss. */
export function demoFeed() {
  const newest = articles.map((article) => article.published).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    '<link>/</link>',
    `<description>${escapeXml(channel.description)}</description>`,
    `<language>${escapeXml(channel.language)}</language>`,
    `<lastBuildDate>${rfc822(newest)}</lastBuildDate>`,
    ...articles.flatMap(item),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = demoFeed();
  if (process.argv.includes('--check')) {
    if (readFileSync(FEED_FILE, 'utf8') !== text) {
      console.error('demo/feeds/tin-moi.rss is out of date: run `npm run demo-feed`.');
      process.exit(1);
    }
    console.log('demo/feeds/tin-moi.rss is up to date.');
  } else {
    writeFileSync(FEED_FILE, text);
    console.log(`wrote demo/feeds/tin-moi.rss (${articles.length} items)`);
  }
}
