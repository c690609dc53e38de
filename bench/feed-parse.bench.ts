// parseFeed vs rss-parser, feedsmith and @extractus/feed-extractor, in headless Chromium, interleaved rounds,
// on a generated Vietnamese news feed of 1,000 and of 50 items; plus the gzip size of the parser bundle.
// Run: node --import tsx bench/run.ts feed-parse
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../build/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = 40;
const WARMUP = 8;

const WORDS = (
  'Sơn La tỉnh huyện xã người dân mưa lớn lũ quét sạt lở đất đường giao thông UBND chỉ đạo khắc phục hậu quả ' +
  'thiên tai nông nghiệp cà phê xoài mận mùa vụ thu hoạch giá cả thị trường học sinh trường học năm học mới ' +
  'y tế bệnh viện tiêm chủng phòng chống dịch bệnh đồng bào dân tộc Thái Mông văn hóa lễ hội du lịch Mộc Châu ' +
  'đầu tư dự án hạ tầng điện lưới nước sạch kinh tế xã hội phát triển bền vững chính quyền cơ sở cán bộ đảng viên'
).split(' ');

/** Deterministic pseudo-random words (no Math.random, so every run parses the same bytes). */
function words(seed: number, count: number): string {
  let x = seed * 2654435761 + 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(WORDS[(x >>> 8) % WORDS.length]);
  }
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1);
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const DAYS = 'Sun Mon Tue Wed Thu Fri Sat'.split(' ');

export function vietnameseNewsFeed(count: number): string {
  const site = 'https://baosonla.example.vn';
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = 120000 - i;
    const date = new Date(Date.UTC(2025, 8, 22, 8, 30) - i * 3_600_000);
    const local = new Date(date.getTime() + 7 * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const pubDate = `${DAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00 +0700`;
    const title = words(id, 12);
    const link = `${site}/tin-tuc/${id}.html`;
    const img = `${site}/uploads/2025/09/${id}.jpg`;
    const body = [0, 1, 2, 3].map((p) => `<p>${words(id * 7 + p, 25)}</p>`).join('\n');
    items.push(`    <item>
      <title>${title}</title>
      <link>${link}</link>
      <guid isPermaLink="true">${link}</guid>
      <description><![CDATA[<a href="${link}"><img src="${img}" width="240" height="160" alt="${title}" /></a><p>${words(id * 3, 26)}</p>]]></description>
      <content:encoded><![CDATA[<p><img src="${img}" alt="${title}" /></p>\n${body}]]></content:encoded>
      <category>${words(id % 9, 2)}</category>
      <category>${words((id % 5) + 20, 1)}</category>
      <dc:creator>${words((id % 13) + 40, 3)}</dc:creator>
      <pubDate>${pubDate}</pubDate>
      <media:thumbnail url="${img}" width="240" height="160" />
    </item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Báo Sơn La - Tin mới</title>
    <link>${site}/</link>
    <description>Tin tức mới nhất của Báo Sơn La</description>
    <language>vi</language>
    <lastBuildDate>Mon, 22 Sep 2025 08:30:00 +0700</lastBuildDate>
    <atom:link href="${site}/rss/tin-moi.rss" rel="self" type="application/rss+xml" />
${items.join('\n')}
  </channel>
</rss>
`;
}

async function bundle(contents: string, minify = true): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].text;
}

/** The parser code a page downloads for parseFeed: src/core/feed/parse.ts and what it imports, minified ESM;
 * with the minified bytes each module contributes. */
async function parserSize(): Promise<{ minified: number; gzip: number; modules: Record<string, number> }> {
  const result = await build({
    entryPoints: [`${root}src/core/feed/parse.ts`],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const modules: Record<string, number> = {};
  for (const output of Object.values(result.metafile.outputs))
    for (const [file, input] of Object.entries(output.inputs)) modules[file.replace(/^.*src\/core\/feed\//, '')] = input.bytesInOutput;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, modules };
}

type Timings = Record<string, { large: number[]; small: number[] }>;

export async function run(): Promise<void> {
  const large = vietnameseNewsFeed(1000);
  const small = vietnameseNewsFeed(50);
  const scripts = [
    await bundle(`import { parseFeed } from './src/core/feed/parse.ts'; (globalThis as any).parseFeed = parseFeed;`),
    await bundle(`import { parseFeed } from 'feedsmith'; (globalThis as any).feedsmith = parseFeed;`),
    await bundle(`import { extractFromXml } from '@extractus/feed-extractor'; (globalThis as any).extractFromXml = extractFromXml;`),
    readFileSync(`${root}node_modules/rss-parser/dist/rss-parser.min.js`, 'utf8'),
  ];
  const browser = await chromium.launch({
    executablePath: requireChromium(),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    // tsx compiles the evaluated function below with esbuild's keepNames, which calls a __name helper.
    await page.addScriptTag({ content: 'globalThis.__name = (f) => f;' });
    for (const content of scripts) await page.addScriptTag({ content });
    const timings: Timings = await page.evaluate(
      async ({ large, small, rounds, warmup }) => {
        const g = globalThis as any;
        const rss = new g.RSSParser();
        const url = 'https://baosonla.example.vn/rss/tin-moi.rss';
        const parsers: Record<string, (xml: string) => unknown> = {
          parseFeed: (xml) => g.parseFeed(xml),
          // as loadFeed calls it: relative links and HTML URLs resolved against the feed's URL
          'parseFeed + url': (xml) => g.parseFeed(xml, { url }),
          feedsmith: (xml) => g.feedsmith(xml),
          'rss-parser': (xml) => rss.parseString(xml),
          'feed-extractor': (xml) => g.extractFromXml(xml),
          'DOMParser alone': (xml) => new DOMParser().parseFromString(xml, 'application/xml'),
        };
        const names = Object.keys(parsers);
        // Same items everywhere? A cheap sanity check that each parser really read the feed.
        for (const name of names.slice(0, 5)) {
          const out: any = await parsers[name](small);
          const count = (out.items ?? out.feed?.items ?? out.entries ?? []).length;
          if (count !== 50) throw new Error(`${name} read ${count} items of 50`);
        }
        const time = async (fn: (xml: string) => unknown, xml: string, reps: number) => {
          const t0 = performance.now();
          for (let i = 0; i < reps; i++) await fn(xml);
          return (performance.now() - t0) / reps;
        };
        const out: Record<string, { large: number[]; small: number[] }> = {};
        for (const name of names) out[name] = { large: [], small: [] };
        for (let round = 0; round < warmup + rounds; round++) {
          // Rotate the order every round so no parser always runs right after the same one.
          for (let k = 0; k < names.length; k++) {
            const name = names[(k + round) % names.length];
            const l = await time(parsers[name], large, 1);
            const s = await time(parsers[name], small, 10);
            if (round >= warmup) {
              out[name].large.push(l);
              out[name].small.push(s);
            }
          }
        }
        return out;
      },
      { large, small, rounds: ROUNDS, warmup: WARMUP },
    );
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    };
    const ours = { large: median(timings.parseFeed.large), small: median(timings.parseFeed.small) };
    console.log(
      `feed: 1,000 items = ${(large.length / 1048576).toFixed(2)} MB, 50 items = ${(small.length / 1024).toFixed(0)} kB; ${ROUNDS} interleaved rounds in Chromium\n`,
    );
    console.log('| parser | 1,000 items: median (ms) | × parseFeed | fastest (ms) | 50 items: median (ms) | × parseFeed |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const [name, t] of Object.entries(timings)) {
      const l = median(t.large),
        s = median(t.small);
      const fastest = Math.min(...t.large);
      console.log(
        `| ${name} | ${l.toFixed(2)} | ${(l / ours.large).toFixed(1)} | ${fastest.toFixed(1)} | ${s.toFixed(3)} | ${(s / ours.small).toFixed(1)} |`,
      );
    }
    const size = await parserSize();
    console.log(`\nparseFeed bundle (src/core/feed/parse.ts + imports, minified): ${size.minified} B, gzip ${size.gzip} B`);
    console.log(
      `  minified bytes by module: ${Object.entries(size.modules)
        .map(([file, bytes]) => `${file} ${bytes}`)
        .join(', ')}`,
    );
    const withUrl = median(timings['parseFeed + url'].large);
    const goals = [
      [`≥ 4× faster than feedsmith`, median(timings.feedsmith.large) / ours.large >= 4],
      [`≥ 6× faster than rss-parser`, median(timings['rss-parser'].large) / ours.large >= 6],
      [`with url: ≥ 4× feedsmith`, median(timings.feedsmith.large) / withUrl >= 4],
      [`with url: ≥ 6× rss-parser`, median(timings['rss-parser'].large) / withUrl >= 6],
      [`≤ 4 kB gzip`, size.gzip <= 4096],
    ] as const;
    console.log('goals: ' + goals.map(([goal, met]) => `${goal} ${met ? 'met' : 'NOT met'}`).join('; '));
  } finally {
    await browser.close();
  }
}
