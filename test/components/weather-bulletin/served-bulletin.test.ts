// An item the widget server already read (FeedItem.bulletin, from a feed with `bulletins: true`) is shown from that
// reading: the widget does not read the text again (nor download its reader for it).
import { expect } from '@open-wc/testing';
import type { FeedItem } from '../../../src/core/feed/model.js';
import { readItemBulletin, type ItemBulletin } from '../../../src/core/weather/index.js';
import { badgeHazards, cardWith, facts, title } from '../../support/weather-widget.js';

const TEXT = 'Dự báo thời tiết tỉnh Sơn La: Trời nắng, không mưa. Nhiệt độ thấp nhất 18-20 độ C, cao nhất 30-32 độ C.';

function item(extra: Partial<FeedItem> = {}): FeedItem {
  return { id: 'tt-1', title: 'Dự báo thời tiết', summary: TEXT, categories: ['Thời tiết'], enclosures: [], ...extra };
}

describe('a bulletin the widget server read', () => {
  it('is shown as served, not as the text reads', async () => {
    // Served: a storm warning the text does not contain, so only the served reading can show it.
    const served: ItemBulletin = { ...readItemBulletin(item()), hazards: ['storm'], stormNumber: 3, text: TEXT, fromContent: false };
    const el = await cardWith({ item: item({ bulletin: served }) });
    expect(title(el)).to.equal('Dự báo thời tiết');
    expect(badgeHazards(el)).to.deep.equal(['storm']);
    expect(readItemBulletin(item()).hazards).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('is read by the widget itself when the served one is malformed', async () => {
    const el = await cardWith({ item: item({ bulletin: { hazards: 'storm' } as unknown as ItemBulletin }) });
    expect(badgeHazards(el)).to.deep.equal([]);
    expect(facts(el)).to.deep.include({ 'Nhiệt độ thấp nhất': '18–20 °C' });
  });

  it('shows the wind of each zone, and leaves out zones it cannot read', async () => {
    const text = `${TEXT} Gió Đông Bắc cấp 2-3, vùng ven biển cấp 4.`;
    const served = { ...readItemBulletin(item({ summary: text })), text, fromContent: false };
    expect(served.wind?.zones?.length, 'the reader found the zone').to.equal(1);
    served.wind!.zones!.push({ zone: 7 } as unknown as { zone: string }, null as unknown as { zone: string });
    const el = await cardWith({ item: item({ summary: text, bulletin: served }) });
    expect(facts(el)['Gió']).to.equal('Đông Bắc, cấp 2–3, vùng ven biển cấp 4');
  });
});
