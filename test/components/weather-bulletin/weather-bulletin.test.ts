import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { FeedItem } from '../../../src/core/feed/model.js';
import { HAZARDS, parseBulletin, type Hazard } from '../../../src/core/weather/index.js';
import { en } from '../../../src/i18n/catalogues/en.js';
import { vi } from '../../../src/i18n/catalogues/vi.js';
import { BantinWeatherBulletin } from '../../../src/components/weather-bulletin/weather-bulletin.js';
import {
  badgeHazards,
  badges,
  banner,
  bannerRole,
  cardFor,
  cardWith,
  facts,
  fixtureBulletins,
  meta,
  resetFeeds,
  root,
  settled,
  textPart,
  title,
  toggle,
  weatherUrl,
} from '../../support/weather-widget.js';

const SOURCE = (name: string) => `https://baosonla.example.vn/thoi-tiet/${name}.html`;

/** A feed item as a host would hand it over. */
function item(text: string, extra: Partial<FeedItem> = {}): FeedItem {
  return {
    id: 'tt-1',
    title: 'Dự báo thời tiết',
    link: 'https://baosonla.example.vn/tt-1.html',
    summary: text,
    categories: ['Thời tiết'],
    enclosures: [],
    ...extra,
  };
}

describe('<bantin-weather-bulletin> from a feed', () => {
  afterEach(resetFeeds);

  it("shows the seed's bulletin: title, day, region, station, facts, hazards and the source link", async () => {
    const seed = (await fixtureBulletins())['seed-22'];
    const el = await cardFor('/__weather/seed.rss');
    expect(title(el)).to.equal('Dự báo thời tiết toàn tỉnh Sơn La ngày 22/9/2025');
    expect(meta(el)[0]).to.equal('Thứ Hai, 22/09/2025 · 24 giờ tới');
    expect(meta(el)[1]).to.equal('Khu vực: Sơn La · Nơi phát tin: Đài Khí tượng Thủy văn tỉnh Sơn La');
    expect(root(el).querySelector('time')!.getAttribute('datetime')).to.equal('2025-09-22');
    expect(root(el).querySelector('.conditions')!.textContent).to.equal(
      'Nhiều mây, có mưa rào và dông rải rác, cục bộ có mưa to (thời gian mưa tập trung từ chiều tối đến sáng sớm), gió Đông Nam cấp 2',
    );
    expect(facts(el)).to.deep.equal({
      // "…, vùng cao 18-20 độ C": the mountain areas' range is shown beside the main one.
      'Nhiệt độ thấp nhất': '20–22 °C, vùng núi 18–20 °C',
      'Nhiệt độ cao nhất': '28–30 °C',
      Gió: 'Đông Nam, cấp 2',
      'Độ ẩm': '70–95%',
    });
    // Hazards: what core read from the text, each as a badge in the banner, in the canonical order.
    const expected = parseBulletin(seed.text).hazards;
    expect(expected).to.include.members(['thunderstorm', 'tornado', 'lightning', 'strong-gusts', 'heavy-rain']);
    expect(badgeHazards(el)).to.deep.equal(expected);
    expect(badges(el)).to.include.members(['Dông', 'Lốc', 'Sét', 'Gió giật mạnh', 'Mưa to']);
    expect(root(el).querySelector('[part~="icon"] svg')!.classList.contains('icon-thunderstorm')).to.be.true;
    const source = root(el).querySelector<HTMLAnchorElement>('[part~="source"]')!;
    expect(source.textContent!.trim()).to.equal('Xem bài gốc');
    expect(source.href).to.equal(new URL('/?bai=du-bao-thoi-tiet-22-9-2025', location.href).href);
  });

  it('picks the newest weather item by date, whatever the order of the feed', async () => {
    const el = await cardFor(weatherUrl(['seed-21~30', 'news~0', 'seed-22~5', 'warning-1~50']));
    expect(title(el)).to.equal('Dự báo thời tiết toàn tỉnh Sơn La ngày 22/9/2025');
    expect(root(el).querySelector<HTMLAnchorElement>('[part~="source"]')!.href).to.equal(SOURCE('seed-22'));
  });

  it('finds a weather item by its category when the title does not say so', async () => {
    const el = await cardFor(weatherUrl(['news~0', 'warning-2~1']));
    expect(title(el)).to.equal('Tin cảnh báo mưa lớn');
    expect(badgeHazards(el)).to.deep.equal(['heavy-rain']);
    expect(facts(el)).to.have.property('Mưa').that.contains('(30–60 mm)');
  });

  for (const match of ['thủy văn', 'THUY VAN', 'Thuỷ Văn', 'sông đà, không có']) {
    it(`match="${match}" picks the item that mentions it (case and diacritics ignored)`, async () => {
      const el = await cardFor(weatherUrl(['seed-22~0', 'hydro~2']), { match });
      expect(title(el)).to.equal('Bản tin dự báo thủy văn sông Đà');
    });
  }

  it('match replaces the default words: a weather feed without the text shows the empty state', async () => {
    const el = await cardFor(weatherUrl(['seed-22~0']), { match: 'thủy văn' });
    expect(root(el).querySelector('#title')).to.equal(null);
    expect(root(el).querySelector('[part~="status"]')!.textContent!.trim()).to.equal(vi.weather.empty);
  });

  it('reads the HTML content when the summary is only its lead, and keeps its line breaks in the full text', async () => {
    const el = await cardFor(weatherUrl(['lead']));
    expect(facts(el)).to.deep.include({ 'Nhiệt độ thấp nhất': '21–23 °C', 'Nhiệt độ cao nhất': '29–31 °C', 'Độ ẩm': '75–95%' });
    const text = root(el).querySelector<HTMLElement>('#full-text')!;
    await waitUntil(() => text.textContent!.includes('\n'), 'the content lines never came');
    expect(text.textContent!.split('\n')).to.deep.equal([
      'Dự báo thời tiết tỉnh Sơn La ngày 23/9/2025',
      'Thời tiết: Có mây, có mưa rào và dông rải rác, gió Đông Nam cấp 2.',
      'Nhiệt độ thấp nhất: 21 - 23 độ C.',
      'Nhiệt độ cao nhất: 29 - 31 độ C.',
      'Độ ẩm: 75 - 95%.',
    ]);
    expect(getComputedStyle(text).whiteSpace).to.equal('pre-line');
  });

  it('sends bantin-load with the feed', async () => {
    const el = document.createElement('bantin-weather-bulletin');
    el.feed = weatherUrl(['news', 'seed-22']);
    const loaded = oneEvent(el, 'bantin-load');
    await fixture(el);
    const { feed } = (await loaded).detail;
    expect(feed.items.map((i: FeedItem) => i.id)).to.deep.equal(['news', 'seed-22']);
  });

  it('a ready Feed object through .feed is shown without a request', async () => {
    const el = await cardWith({});
    el.feed = {
      format: 'rss',
      title: 'Thời tiết',
      items: [item('Thời tiết: Trời nắng. Nhiệt độ cao nhất: 33 - 35 độ C.', { published: '2025-09-22T00:00:00.000Z' })],
    };
    await settled(el);
    expect(facts(el)).to.deep.equal({ 'Nhiệt độ cao nhất': '33–35 °C' });
    expect(root(el).querySelector('[part~="icon"] svg')!.classList.contains('icon-sun')).to.be.true;
  });
});

describe('<bantin-weather-bulletin> warnings', () => {
  afterEach(resetFeeds);

  const levels: [number, string, 'alert' | 'status'][] = [
    [1, 'warning-1', 'status'],
    [2, 'warning-2', 'status'],
    [3, 'warning-3', 'alert'],
    [4, 'warning-4', 'alert'],
    [5, 'warning-5', 'alert'],
  ];
  for (const [level, name, role] of levels) {
    it(`risk level ${level}: a banner leads the card, states the level in words, and is a ${role} region`, async () => {
      const text = (await fixtureBulletins())[name].text;
      const el = await cardFor(weatherUrl([name]));
      const card = root(el).querySelector('[part~="base"]')!;
      const first = [...card.children].find((child) => child.getBoundingClientRect().height > 0);
      expect(first!.contains(banner(el)), 'the banner comes first').to.be.true;
      expect(banner(el)!.dataset.level).to.equal(String(level));
      expect(banner(el)!.textContent).to.contain(vi.weather.risk(level, vi.weather.riskNames[level - 1]));
      expect(banner(el)!.querySelector('.risk-chip')!.textContent).to.equal(String(level));
      expect(bannerRole(el)).to.equal(role);
      expect(badgeHazards(el)).to.deep.equal(parseBulletin(text).hazards);
    });
  }

  it('each level has its own colour', async () => {
    const colours = new Set<string>();
    for (let level = 1; level <= 5; level++) {
      const el = await cardWith({ bulletin: { hazards: [], riskLevel: level, text: 'Cấp độ rủi ro thiên tai' } });
      colours.add(getComputedStyle(banner(el)!).borderInlineStartColor);
    }
    const el = await cardWith({ bulletin: { hazards: ['hail'] } });
    colours.add(getComputedStyle(banner(el)!).borderInlineStartColor);
    expect(colours.size).to.equal(6);
  });

  it('colours come from --bantin-* tokens, with literal fallbacks when the page sets none', async () => {
    const plain = await cardWith({ bulletin: { hazards: [], riskLevel: 3 } });
    expect(getComputedStyle(banner(plain)!).borderInlineStartColor).to.equal('rgb(247, 103, 7)');
    const themed = await cardWith({ bulletin: { hazards: [], riskLevel: 3 } });
    themed.style.setProperty('--bantin-weather-risk-3', 'rgb(1, 2, 3)');
    themed.style.setProperty('--bantin-weather-risk-3-bg', 'rgb(250, 250, 250)');
    expect(getComputedStyle(banner(themed)!).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(banner(themed)!).backgroundColor).to.equal('rgb(250, 250, 250)');
    expect(getComputedStyle(themed.shadowRoot!.querySelector('.risk-chip')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('storm number and name, read from the text, label the storm badge', async () => {
    const el = await cardFor(weatherUrl(['warning-5']));
    expect(badges(el)).to.include('Bão số 9 (RAGASA)');
    const en4 = await cardFor(weatherUrl(['warning-4']), { lang: 'en' });
    expect(badges(en4)).to.include('Storm No. 3');
  });

  for (const hazard of HAZARDS) {
    it(`hazard ${hazard}: one badge, labelled in vi and en, in a banner`, async () => {
      const el = await cardWith({ bulletin: { hazards: [hazard] } });
      expect(badgeHazards(el)).to.deep.equal([hazard]);
      expect(badges(el)).to.deep.equal([vi.weather.hazards[hazard]]);
      expect(banner(el)!.dataset.level).to.equal('none');
      expect(banner(el)!.textContent).to.contain(vi.weather.warning);
      el.setAttribute('lang', 'en');
      await waitUntil(() => badges(el)[0] === en.weather.hazards[hazard], 'the labels did not follow lang');
    });
  }

  const politeness: [string, Hazard[], number | undefined, 'alert' | 'status'][] = [
    ['a storm without a level', ['storm'], undefined, 'alert'],
    ['a flash flood without a level', ['flash-flood', 'landslide'], undefined, 'alert'],
    ['thunderstorms without a level', ['thunderstorm', 'lightning'], undefined, 'status'],
    ['cold without a level', ['severe-cold', 'frost'], undefined, 'status'],
    ['a flash flood at level 1 (the stated level decides)', ['flash-flood'], 1, 'status'],
    ['thunderstorms at level 3', ['thunderstorm'], 3, 'alert'],
  ];
  for (const [name, hazards, riskLevel, role] of politeness) {
    it(`live region for ${name}: ${role}`, async () => {
      const el = await cardWith({ bulletin: { hazards, riskLevel } });
      expect(bannerRole(el)).to.equal(role);
      const other = role === 'alert' ? 'status' : 'alert';
      expect(root(el).querySelector(`.live[role="${other}"]`)!.children).to.have.length(0);
    });
  }

  it('no hazard and no level: no banner, both live regions empty', async () => {
    const el = await cardFor(weatherUrl(['seed-21']));
    expect(banner(el)).to.equal(null);
    expect(root(el).querySelectorAll('.live')).to.have.length(2);
    for (const live of root(el).querySelectorAll('.live')) expect(live.children).to.have.length(0);
  });

  it('a host-given bulletin with unknown hazards or an impossible level shows no banner', async () => {
    const el = await cardWith({ bulletin: { hazards: ['meteor', 'storm '] as unknown as Hazard[], riskLevel: 7, text: 'Trời đẹp.' } });
    expect(banner(el)).to.equal(null);
  });
});

describe('<bantin-weather-bulletin> .bulletin and .item', () => {
  it('shows the mountain areas’ temperatures ("…, vùng núi: 18 - 20 độ C") beside the main ones, in either language', async () => {
    const text =
      'Dự báo thời tiết tỉnh Lai Châu. Thời tiết: Nhiều mây, không mưa. Nhiệt độ thấp nhất: 20 - 22 độ C, vùng núi: 18 - 20 độ C. Nhiệt độ cao nhất: 28 - 30 độ C, vùng núi 25 - 27 độ C.';
    const el = await cardWith({ item: item(text, { title: 'Thời tiết Lai Châu' }) });
    expect(facts(el)).to.deep.include({ 'Nhiệt độ thấp nhất': '20–22 °C, vùng núi 18–20 °C', 'Nhiệt độ cao nhất': '28–30 °C, vùng núi 25–27 °C' });
    el.lang = 'en';
    await waitUntil(() => 'Lowest temperature' in facts(el), 'the labels did not switch to English');
    expect(facts(el)).to.deep.include({ 'Lowest temperature': '20–22 °C, mountain areas 18–20 °C' });
    const given = await cardWith({ bulletin: { hazards: [], mountainTemperature: { min: [2, 4] }, text: 'Rét.' } });
    expect(facts(given)).to.deep.equal({ 'Nhiệt độ thấp nhất': 'vùng núi 2–4 °C' });
  });

  it('.item: a FeedItem is read by core and shown without any request', async () => {
    const text =
      'Dự báo thời tiết tỉnh Sơn La đêm nay và ngày mai (14/1/2026). Dự báo đêm nay và ngày mai: Nhiều mây, không mưa. Gió Đông Bắc 3 - 4m/s. Đêm và sáng trời rét đậm, có khả năng xảy ra băng giá, sương muối. Nhiệt độ thấp nhất: 6 - 8 độ C. Nhiệt độ cao nhất: 15 - 17 độ C.';
    const el = await cardWith({ item: item(text, { title: 'Rét đậm' }) });
    expect(title(el)).to.equal('Rét đậm');
    expect(facts(el)).to.deep.equal({
      'Nhiệt độ thấp nhất': '6–8 °C',
      'Nhiệt độ cao nhất': '15–17 °C',
      // "không mưa" is already in the conditions above: no rain row repeats it.
      Gió: 'Đông Bắc, 3–4 m/s',
    });
    expect(root(el).querySelector('.conditions')!.textContent).to.equal('Nhiều mây, không mưa');
    expect(badgeHazards(el)).to.deep.equal(['severe-cold', 'frost']);
    expect(root(el).querySelector('[part~="icon"] svg')!.classList.contains('icon-cold')).to.be.true;
  });

  it('.bulletin: a Bulletin with its text, title and link, shown as given', async () => {
    const el = await cardWith({
      bulletin: {
        title: 'Bản tin thời tiết',
        link: 'https://baosonla.example.vn/tt.html',
        text: 'Dòng thứ nhất.\nDòng thứ hai.',
        date: '2025-12-03',
        issued: '2025-12-03T08:30:00.000Z',
        region: 'Mộc Châu',
        conditions: 'Nhiều mây, có sương mù',
        wind: { direction: 'Bắc', level: [2, 3] },
        gusts: [5, 6],
        temperature: { min: [-2, 1], max: [12.5, 14] },
        humidity: [80, 80],
        rain: { text: 'mưa nhỏ vài nơi', amountMm: [1, 5] },
        hazards: ['frost'],
      },
    });
    expect(title(el)).to.equal('Bản tin thời tiết');
    expect(meta(el)[0]).to.equal('Thứ Tư, 03/12/2025 · Phát lúc 03/12/2025 15:30');
    expect(facts(el)).to.deep.equal({
      'Nhiệt độ thấp nhất': '-2 – 1 °C',
      'Nhiệt độ cao nhất': '12,5–14 °C',
      Gió: 'Bắc, cấp 2–3, giật cấp 5–6',
      'Độ ẩm': '80%',
      Mưa: 'mưa nhỏ vài nơi (1–5 mm)',
    });
    expect(root(el).querySelector('[part~="icon"] svg')!.classList.contains('icon-cold')).to.be.true;
    expect(textPart(el)!.textContent).to.equal('Dòng thứ nhất.\nDòng thứ hai.');
    expect(root(el).querySelector<HTMLAnchorElement>('[part~="source"]')!.href).to.equal('https://baosonla.example.vn/tt.html');
  });

  it('.bulletin wins over .item, .item over feed; clearing them goes back', async () => {
    const el = await cardFor(weatherUrl(['seed-22']));
    el.item = item('Thời tiết: Trời nắng.', { title: 'Từ .item' });
    await el.updateComplete;
    expect(title(el)).to.equal('Từ .item');
    el.bulletin = { title: 'Từ .bulletin', hazards: [], text: 'Trời đẹp.' };
    await el.updateComplete;
    expect(title(el)).to.equal('Từ .bulletin');
    el.bulletin = null;
    el.item = null;
    await el.updateComplete;
    expect(title(el)).to.equal('Dự báo thời tiết toàn tỉnh Sơn La ngày 22/9/2025');
  });

  it('a link that is not http(s) is not shown', async () => {
    const el = await cardWith({ bulletin: { hazards: [], text: 'Trời đẹp.', link: 'javascript:alert(1)' } });
    expect(root(el).querySelector('[part~="source"]')).to.equal(null);
  });

  it('is exported unregistered: a host can define it under its own tag', async () => {
    BantinWeatherBulletin.define('host-weather-card');
    const el = document.createElement('host-weather-card') as BantinWeatherBulletin;
    el.bulletin = { hazards: ['heat'], temperature: { max: [38, 39] } };
    await fixture(el);
    expect(badges(el)).to.deep.equal(['Nắng nóng']);
    expect(customElements.get('bantin-weather-bulletin')).to.exist;
  });
});

describe('<bantin-weather-bulletin> text it cannot read', () => {
  afterEach(resetFeeds);

  it('shows the text itself, cleanly: title, text, source link; no facts, banner or toggle', async () => {
    const plain = (await fixtureBulletins()).plain;
    const el = await cardFor(weatherUrl(['plain']));
    expect(title(el)).to.equal(plain.title);
    expect(textPart(el)!.textContent).to.equal(plain.text);
    expect(textPart(el)!.hidden).to.be.false;
    expect(textPart(el)!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(root(el).querySelector('[part~="facts"]')).to.equal(null);
    expect(banner(el)).to.equal(null);
    expect(toggle(el)).to.equal(null);
    expect(root(el).querySelector<HTMLAnchorElement>('[part~="source"]')!.href).to.equal(SOURCE('plain'));
  });

  it('an English item (picked by "weather" in its title) is shown as written, without a Vietnamese lang', async () => {
    const english = (await fixtureBulletins()).english;
    const el = await cardFor(weatherUrl(['english'], { language: '' }), { lang: 'en' });
    expect(title(el)).to.equal(english.title);
    expect(textPart(el)!.textContent).to.equal(english.text);
    expect(textPart(el)!.hasAttribute('lang')).to.be.false;
  });

  it('an item with neither text nor title is not a card: the empty state says so', async () => {
    const el = await cardWith({ item: item('', { title: '' }) });
    expect(root(el).querySelector('#title')).to.equal(null);
    expect(root(el).querySelector('[part~="status"]')!.textContent!.trim()).to.equal(vi.weather.empty);
  });
});

describe('<bantin-weather-bulletin> languages', () => {
  afterEach(resetFeeds);

  it('English labels; the bulletin’s own words stay as published, marked as Vietnamese', async () => {
    const el = await cardFor('/__weather/seed.rss', { lang: 'en' });
    expect(facts(el)).to.deep.equal({
      'Lowest temperature': '20–22 °C, mountain areas 18–20 °C',
      'Highest temperature': '28–30 °C',
      Wind: 'Đông Nam, force 2',
      Humidity: '70–95%',
    });
    expect(meta(el)[0]).to.equal('Monday, Sep 22, 2025 · 24 giờ tới');
    expect(meta(el)[1]).to.equal('Area: Sơn La · Issued by: Đài Khí tượng Thủy văn tỉnh Sơn La');
    expect(banner(el)!.textContent).to.contain('Hazardous weather warning');
    expect(badges(el)).to.include.members(['Thunderstorms', 'Whirlwinds', 'Lightning']);
    expect(toggle(el)!.textContent!.trim()).to.equal('Full text');
    expect(root(el).querySelector('[part~="source"]')!.textContent!.trim()).to.equal('Read the source article');
    expect(root(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    for (const selector of ['#title', '.conditions', '#full-text']) {
      expect(root(el).querySelector(selector)!.getAttribute('lang'), selector).to.equal('vi');
    }
  });

  it('follows the nearest [lang] and its changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><bantin-weather-bulletin></bantin-weather-bulletin></div>`);
    const el = wrapper.querySelector('bantin-weather-bulletin')!;
    el.bulletin = { hazards: [], riskLevel: 2, text: 'x' };
    await el.updateComplete;
    expect(banner(el)!.textContent).to.contain('Disaster risk level 2 of 5 (moderate)');
    wrapper.setAttribute('lang', 'vi');
    await waitUntil(() => banner(el)!.textContent!.includes('Cấp độ rủi ro thiên tai: cấp 2/5 (rủi ro trung bình)'));
  });
});
