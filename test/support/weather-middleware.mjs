// Fixture endpoints for the weather bulletin tests (test/components/weather-bulletin):
//   /__weather/seed.rss   the demo's sample weather feed (demo/feeds/thoi-tiet.rss), as it is
//   /__weather/feed/<key>?items=<name>[~<hours ago>],…&steps=&delay=<ms before answering>&language=
//       an RSS feed of the named items below, in the order given; item n is n hours older than
//       22/09/2025 08:30 (+07:00) unless "~<hours>" says otherwise. steps: comma list, one per request, the
//       last one repeats: ok | 404 | 500 | html (a web page, not a feed).
//   /__weather/count/<key>   { requests } seen for that feed key
//   /__weather/bulletins.json   the named items, so the tests compare against the same words
import { readFile } from 'node:fs/promises';
import { escapeXml, rfc822 } from './feed-text.mjs';

const prefix = '/__weather/';
const seedFile = new URL('../../demo/feeds/thoi-tiet.rss', import.meta.url);
const BASE_TIME = Date.UTC(2025, 8, 22, 1, 30);
const MAX_WAIT_MS = 20_000;
const counters = new Map();

/** name → { title, category, text (the description), content? (content:encoded HTML) } */
const BULLETINS = {
  news: {
    title: 'Mộc Châu đón hơn 10.000 lượt khách dịp cuối tuần',
    category: 'Du lịch',
    text: 'Cuối tuần qua, các điểm du lịch trên cao nguyên Mộc Châu đón hơn 10.000 lượt khách.',
  },
  'warning-1': {
    title: 'Cảnh báo dông, lốc, sét, mưa đá trên địa bàn tỉnh Sơn La',
    category: 'Thời tiết',
    text: `BẢN TIN CẢNH BÁO DÔNG, LỐC, SÉT, MƯA ĐÁ TRÊN ĐỊA BÀN TỈNH SƠN LA
Hiện nay trên khu vực huyện Mộc Châu, Vân Hồ đã xuất hiện mây đối lưu phát triển. Trong 1 đến 3 giờ tới, các khu vực trên có khả năng xảy ra dông, lốc, sét, mưa đá và gió giật mạnh.
Cấp độ rủi ro thiên tai do lốc, sét, mưa đá: Cấp 1.
Tin phát lúc: 15h30 ngày 12/5/2025`,
  },
  'warning-2': {
    title: 'Tin cảnh báo mưa lớn',
    category: 'Thời tiết',
    text: `TIN CẢNH BÁO MƯA LỚN TRÊN ĐỊA BÀN TỈNH SƠN LA
Dự báo đêm nay và ngày mai (14/7), khu vực tỉnh Sơn La có mưa vừa, mưa to, cục bộ có nơi mưa rất to với lượng mưa phổ biến 30 - 60 mm, có nơi trên 100 mm.
Cấp độ rủi ro thiên tai do mưa lớn: Cấp 2.
Tin phát lúc: 16h00 ngày 13/7/2025`,
  },
  'warning-3': {
    title: 'Tin cảnh báo lũ quét, sạt lở đất',
    category: 'Thời tiết',
    text: `TIN CẢNH BÁO LŨ QUÉT, SẠT LỞ ĐẤT TRÊN ĐỊA BÀN TỈNH SƠN LA
Trong 6 giờ tới, mưa lớn có nguy cơ gây lũ quét trên các sông, suối nhỏ và sạt lở đất trên sườn dốc tại các huyện Bắc Yên, Phù Yên.
Cấp độ rủi ro thiên tai do lũ quét, sạt lở đất: Cấp 3.
Tin phát lúc: 05h00 ngày 20/8/2025`,
  },
  'warning-4': {
    title: 'Tin bão khẩn cấp (cơn bão số 3)',
    category: 'Thời tiết',
    text: `TIN BÃO KHẨN CẤP (CƠN BÃO SỐ 3)
Hồi 10 giờ ngày 6/9/2025, vị trí tâm bão ở trên vùng biển phía Đông quần đảo Hoàng Sa. Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 14 (150-166km/giờ), giật cấp 17.
Dự báo trong 24 giờ tới, tỉnh Sơn La có mưa to đến rất to, lượng mưa 100 - 200 mm.
Cấp độ rủi ro thiên tai do bão: Cấp 4.
Tin phát lúc: 11h00 ngày 6/9/2025`,
  },
  'warning-5': {
    title: 'Tin bão trên đất liền (cơn bão số 9 - RAGASA)',
    category: 'Thời tiết',
    text: `TIN BÃO TRÊN ĐẤT LIỀN (CƠN BÃO SỐ 9 - RAGASA)
Bão mạnh cấp 16, giật trên cấp 17, dự báo đổ bộ đất liền. Khu vực tỉnh Sơn La có mưa to đến rất to, gió mạnh cấp 8, giật cấp 10.
Cấp độ rủi ro thiên tai do bão: Cấp 5.
Tin phát lúc: 08h00 ngày 24/9/2025`,
  },
  cold: {
    title: 'Dự báo thời tiết tỉnh Sơn La đêm nay và ngày mai (14/1/2026)',
    category: 'Thời tiết',
    text: `Dự báo thời tiết tỉnh Sơn La đêm nay và ngày mai (14/1/2026)
Dự báo đêm nay và ngày mai: Nhiều mây, không mưa. Gió Đông Bắc 3 - 4m/s. Đêm và sáng trời rét đậm, vùng núi cao rét hại, có khả năng xảy ra băng giá, sương muối.
Nhiệt độ thấp nhất: 6 - 8 độ C, vùng núi: 2 - 4 độ C. Nhiệt độ cao nhất: 15 - 17 độ C.`,
  },
  sunny: {
    title: 'Dự báo thời tiết tỉnh Sơn La ngày 10/10/2025',
    category: 'Thời tiết',
    text: 'Dự báo thời tiết tỉnh Sơn La ngày 10/10/2025. Thời tiết: Ít mây, ngày nắng, đêm không mưa. Gió nhẹ. Nhiệt độ thấp nhất: 18 - 20 độ C. Nhiệt độ cao nhất: 29 - 31 độ C.',
  },
  // Says nothing a reader of bulletins can use: the card shows the text itself.
  plain: {
    title: 'Thời tiết: lịch phát sóng chương trình dự báo',
    category: 'Thời tiết',
    text: 'Mời bà con theo dõi chương trình dự báo phát sóng lúc 19 giờ trên sóng truyền hình tỉnh.',
  },
  english: {
    title: 'Son La weather, 22 September',
    category: 'News in English',
    text: 'Son La, 22 September 2025. Cloudy with scattered showers and thunderstorms in the afternoon. Lows 20 to 22 C, highs 28 to 30 C.',
  },
  hydro: {
    title: 'Bản tin dự báo thủy văn sông Đà',
    category: 'Thủy văn',
    text: 'Dự báo thủy văn: Mực nước sông Đà tại Tạ Bú biến đổi chậm. Trong 24 giờ tới, khu vực tỉnh Sơn La có mưa rào và dông rải rác. Nhiệt độ cao nhất: 27 - 29 độ C.',
  },
  // The summary is only the lead; the whole bulletin, with its line breaks, is in the HTML content.
  lead: {
    title: 'Dự báo thời tiết tỉnh Sơn La ngày 23/9/2025',
    category: 'Thời tiết',
    text: 'Sơn La có mưa rào và dông rải rác.',
    content:
      '<p><strong>Dự báo thời tiết tỉnh Sơn La ngày 23/9/2025</strong></p><p>Thời tiết: Có mây, có mưa rào và dông rải rác, gió Đông Nam cấp 2.<br>Nhiệt độ thấp nhất: 21 - 23 độ C.</p><ul><li>Nhiệt độ cao nhất: 29 - 31 độ C.</li><li>Độ ẩm: 75 - 95%.</li></ul>',
  },
};

/** The seed's items (demo/feeds/thoi-tiet.rss) under the names seed-22 and seed-21. */
async function seedBulletins() {
  const xml = await readFile(seedFile, 'utf8');
  const field = (item, name) => item.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`))?.[1] ?? '';
  const entries = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => ({
    title: field(item, 'title'),
    category: field(item, 'category'),
    text: field(item, 'description'),
  }));
  return { 'seed-22': entries[0], 'seed-21': entries[1] };
}

async function allBulletins() {
  return { ...BULLETINS, ...(await seedBulletins()) };
}

async function weatherFeed(query) {
  const known = await allBulletins();
  const names = String(query.items ?? '')
    .split(',')
    .filter(Boolean)
    .slice(0, 200);
  const items = names.map((spec, n) => {
    const [name, hours] = spec.split('~');
    const entry = known[name];
    if (!entry) throw new Error(`no such weather fixture item: ${name}`);
    const date = new Date(BASE_TIME - Number(hours ?? n) * 3_600_000);
    return (
      `<item><title>${escapeXml(entry.title)}</title><link>https://baosonla.example.vn/thoi-tiet/${escapeXml(name)}.html</link>` +
      `<guid isPermaLink="false">${escapeXml(name)}</guid><category>${escapeXml(entry.category)}</category><pubDate>${rfc822(date)}</pubDate>` +
      `<description>${escapeXml(entry.text)}</description>` +
      (entry.content ? `<content:encoded>${escapeXml(entry.content)}</content:encoded>` : '') +
      '</item>'
    );
  });
  const language = query.language === undefined ? 'vi' : String(query.language);
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>` +
    `<title>Báo Sơn La – Thời tiết</title><link>https://baosonla.example.vn/</link><description>Bản tin thời tiết</description>` +
    (language ? `<language>${escapeXml(language)}</language>` : '') +
    items.join('') +
    '</channel></rss>'
  );
}

function send(ctx, status, type, body) {
  ctx.respond = false;
  ctx.res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  ctx.res.end(body);
}

function wait(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.min(ms, MAX_WAIT_MS));
    ctx.res.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function weatherMiddleware(ctx, next) {
  if (!ctx.path.startsWith(prefix)) return next();
  const [route, ...rest] = ctx.path.slice(prefix.length).split('/');
  const key = decodeURIComponent(rest.join('/'));
  const query = ctx.query;

  if (route === 'seed.rss') return send(ctx, 200, 'application/rss+xml; charset=utf-8', await readFile(seedFile));
  if (route === 'bulletins.json') return send(ctx, 200, 'application/json', JSON.stringify(await allBulletins()));
  if (route === 'count') return send(ctx, 200, 'application/json', JSON.stringify({ requests: counters.get(key) ?? 0 }));
  if (route !== 'feed') return send(ctx, 404, 'text/plain', 'no such fixture');

  if (counters.size > 10_000) counters.clear();
  const requests = (counters.get(key) ?? 0) + 1;
  counters.set(key, requests);
  if (query.delay) await wait(ctx, Number(query.delay));
  if (ctx.res.destroyed) {
    ctx.respond = false; // the client gave up: nothing to answer
    return;
  }
  const steps = String(query.steps ?? 'ok').split(',');
  const step = steps[Math.min(requests, steps.length) - 1];
  if (step === 'ok') {
    try {
      return send(ctx, 200, 'application/rss+xml; charset=utf-8', await weatherFeed(query));
    } catch (error) {
      return send(ctx, 400, 'text/plain', String(error.message));
    }
  }
  if (step === 'html') {
    return send(
      ctx,
      200,
      'text/html; charset=utf-8',
      '<!doctype html><html lang="vi"><head><title>Trang chủ</title></head><body><h1>Xin chào</h1></body></html>',
    );
  }
  const status = Number(step);
  return send(ctx, status >= 400 && status < 600 ? status : 500, 'text/plain', `fixture status ${step}`);
}
