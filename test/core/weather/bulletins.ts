import type { Bulletin } from '../../../src/core/weather/index.js';

/**
 * Bulletins written for this test set in the official styles of the provincial hydro-meteorological
 * stations and the national centre, each with what a careful reader extracts from it. Every field is
 * listed; a field that is not listed must be absent.
 *
 * Reading conventions (the contract in DESIGN.md, plus the decisions it leaves open):
 * - hazards follow the canonical order of HAZARDS, not the order of the text;
 * - period is lower-cased ("Đêm nay và ngày mai:" → "đêm nay và ngày mai");
 * - a storm or tropical depression that is present, forecast or influencing the weather (even only
 *   by its circulation, "hoàn lưu bão số 12") is the hazard "storm";
 * - strong-gusts: "gió giật mạnh", or gusts of the area at Beaufort 6 or more ("gió mạnh" starts at 6);
 * - ranges are the main range: "cấp 3, có lúc cấp 4" is [3, 3]; "có nơi trên 70mm" is ignored;
 * - rain.text is the rain phrase as written: from the words leading into "mưa" ("đêm và sáng có …")
 *   through the rain clauses that follow; "mưa đá" is hail, not rain;
 * - conditions: after "Thời tiết:", else after a period heading ("Đêm nay và ngày mai: …");
 * - date: the title's day (its year, when missing, from the issue date), else the issue day;
 * - region and issuer prefer a mention in mixed case; a region found only in capitals is title-cased,
 *   an issuer found only in capitals stays as written.
 */
export interface BulletinCase {
  name: string;
  text: string;
  expected: Bulletin;
}

const SEED = `Dự báo thời tiết toàn tỉnh Sơn La ngày 22/9/2025
Theo dự báo của Đài Khí tượng Thủy văn tỉnh Sơn La, trong 24 giờ tới, chịu ảnh hưởng của rìa phía Bắc dải hội tụ nhiệt đới có trục đi qua khu vực Trung Bộ nối với cơn bão RAGASA, kết hợp với gió Đông Nam trên cao, thời tiết khu vực tỉnh Sơn La như sau:
Thời tiết: Nhiều mây, có mưa rào và dông rải rác, cục bộ có mưa to (thời gian mưa tập trung từ chiều tối đến sáng sớm), gió Đông Nam cấp 2. Trong cơn dông có khả năng xảy ra lốc, sét và gió giật mạnh.
Nhiệt độ thấp nhất: 20 - 22 độ C, vùng cao 18-20 độ C.
Nhiệt độ cao nhất: 28 - 30 độ C.
Độ ẩm: 70-95%.`;

export const BULLETINS: BulletinCase[] = [
  {
    name: 'seed: daily provincial forecast (Sơn La, storm RAGASA influencing)',
    text: SEED,
    expected: {
      date: '2025-09-22',
      region: 'Sơn La',
      issuer: 'Đài Khí tượng Thủy văn tỉnh Sơn La',
      period: '24 giờ tới',
      conditions:
        'Nhiều mây, có mưa rào và dông rải rác, cục bộ có mưa to (thời gian mưa tập trung từ chiều tối đến sáng sớm), gió Đông Nam cấp 2',
      rain: { text: 'có mưa rào và dông rải rác, cục bộ có mưa to (thời gian mưa tập trung từ chiều tối đến sáng sớm)' },
      wind: { direction: 'Đông Nam', level: [2, 2] },
      temperature: { min: [20, 22], max: [28, 30] },
      humidity: [70, 95],
      hazards: ['thunderstorm', 'tornado', 'lightning', 'strong-gusts', 'heavy-rain', 'storm'],
      stormName: 'RAGASA',
    },
  },
  {
    name: 'seed without line breaks (as a feed summary collapses it)',
    text: SEED.replace(/\n/g, ' '),
    expected: {
      date: '2025-09-22',
      region: 'Sơn La',
      issuer: 'Đài Khí tượng Thủy văn tỉnh Sơn La',
      period: '24 giờ tới',
      conditions:
        'Nhiều mây, có mưa rào và dông rải rác, cục bộ có mưa to (thời gian mưa tập trung từ chiều tối đến sáng sớm), gió Đông Nam cấp 2',
      rain: { text: 'có mưa rào và dông rải rác, cục bộ có mưa to (thời gian mưa tập trung từ chiều tối đến sáng sớm)' },
      wind: { direction: 'Đông Nam', level: [2, 2] },
      temperature: { min: [20, 22], max: [28, 30] },
      humidity: [70, 95],
      hazards: ['thunderstorm', 'tornado', 'lightning', 'strong-gusts', 'heavy-rain', 'storm'],
      stormName: 'RAGASA',
    },
  },
  {
    name: '"đêm nay và ngày mai", m/s wind, sub-area temperature ignored',
    text: `DỰ BÁO THỜI TIẾT TỈNH LẠNG SƠN ĐÊM NAY VÀ NGÀY MAI (14/01/2025)
Đêm nay và ngày mai: Nhiều mây, đêm và sáng có mưa nhỏ rải rác, vùng núi cao có nơi có sương muối. Gió Đông Bắc 3 - 4m/s. Đêm và sáng trời rét. Nhiệt độ thấp nhất: 13 - 15 độ C, vùng núi: 11 - 13 độ C. Nhiệt độ cao nhất: 21 - 23 độ C.
Đài Khí tượng Thủy văn tỉnh Lạng Sơn`,
    expected: {
      date: '2025-01-14',
      region: 'Lạng Sơn',
      issuer: 'Đài Khí tượng Thủy văn tỉnh Lạng Sơn',
      period: 'đêm nay và ngày mai (14/01/2025)',
      conditions: 'Nhiều mây, đêm và sáng có mưa nhỏ rải rác, vùng núi cao có nơi có sương muối',
      rain: { text: 'đêm và sáng có mưa nhỏ rải rác' },
      wind: { direction: 'Đông Bắc', speedMs: [3, 4] },
      temperature: { min: [13, 15], max: [21, 23] },
      hazards: ['frost'],
    },
  },
  {
    name: 'national-style forecast for Hà Nội ("từ :" and "có nơi dưới")',
    text: `Dự báo thời tiết khu vực Hà Nội ngày 23/6/2025
Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết, khu vực Hà Nội ngày và đêm nay: Có mây, đêm có mưa rào và dông vài nơi, ngày nắng. Trong cơn dông có khả năng xảy ra lốc, sét, mưa đá và gió giật mạnh. Gió nhẹ. Nhiệt độ thấp nhất từ : 23-26 độ, có nơi dưới 23 độ. Nhiệt độ cao nhất từ : 30-33 độ.`,
    expected: {
      date: '2025-06-23',
      region: 'Hà Nội',
      issuer: 'Trung tâm Dự báo khí tượng thủy văn quốc gia',
      period: 'ngày và đêm nay',
      conditions: 'Có mây, đêm có mưa rào và dông vài nơi, ngày nắng',
      rain: { text: 'đêm có mưa rào và dông vài nơi' },
      temperature: { min: [23, 26], max: [30, 33] },
      hazards: ['thunderstorm', 'tornado', 'lightning', 'hail', 'strong-gusts'],
    },
  },
  {
    name: 'thunderstorm warning with risk level and issue time',
    text: `BẢN TIN CẢNH BÁO DÔNG, LỐC, SÉT, MƯA ĐÁ
Trong 1-3 giờ tới, khu vực các huyện Mộc Châu, Vân Hồ, Yên Châu và Mai Sơn của tỉnh Sơn La có khả năng xảy ra mưa dông, kèm theo lốc, sét, mưa đá và gió giật mạnh cấp 6-7 (10-17m/s).
Cấp độ rủi ro thiên tai do lốc, sét, mưa đá: Cấp 1.
Tin phát lúc: 15h30 ngày 12/5/2025
Đài Khí tượng Thủy văn tỉnh Sơn La`,
    expected: {
      date: '2025-05-12',
      issued: '2025-05-12T08:30:00.000Z',
      region: 'Sơn La',
      issuer: 'Đài Khí tượng Thủy văn tỉnh Sơn La',
      period: '1-3 giờ tới',
      rain: { text: 'có khả năng xảy ra mưa dông' },
      gusts: [6, 7],
      hazards: ['thunderstorm', 'tornado', 'lightning', 'hail', 'strong-gusts'],
      riskLevel: 1,
    },
  },
  {
    name: 'cold wave warning: rét đậm, rét hại, băng giá, sương muối',
    text: `TIN CẢNH BÁO RÉT ĐẬM, RÉT HẠI, BĂNG GIÁ, SƯƠNG MUỐI TRÊN ĐỊA BÀN TỈNH LÀO CAI
Do ảnh hưởng của không khí lạnh tăng cường, từ đêm nay (8/1) đến ngày 11/1/2025, trên địa bàn tỉnh Lào Cai trời rét đậm, vùng núi cao có nơi rét hại. Khu vực vùng núi cao trên 1.500m như Sa Pa, Bát Xát có khả năng xuất hiện băng giá và sương muối.
Nhiệt độ thấp nhất trung bình phổ biến: 8-11 độ C, vùng núi cao 2-4 độ C, có nơi dưới 0 độ C.
Nhiệt độ cao nhất: 14 - 17 độ C.
Gió Đông Bắc cấp 2, có lúc cấp 3.
Cấp độ rủi ro thiên tai do rét hại, sương muối: cấp 1.
Tin phát lúc: 16h00 ngày 8/1/2025
Đài Khí tượng Thủy văn tỉnh Lào Cai`,
    expected: {
      date: '2025-01-08',
      issued: '2025-01-08T09:00:00.000Z',
      region: 'Lào Cai',
      issuer: 'Đài Khí tượng Thủy văn tỉnh Lào Cai',
      period: 'từ đêm nay (8/1) đến ngày 11/1/2025',
      wind: { direction: 'Đông Bắc', level: [2, 2] },
      temperature: { min: [8, 11], max: [14, 17] },
      hazards: ['severe-cold', 'frost'],
      riskLevel: 1,
    },
  },
  {
    name: 'heat warning: past day observed, forecast with humidity',
    text: `TIN CẢNH BÁO NẮNG NÓNG GAY GẮT
Ngày 14/7/2025, khu vực tỉnh Nghệ An đã xảy ra nắng nóng gay gắt, nhiệt độ cao nhất đo được tại Tương Dương 39,5 độ C.
Dự báo ngày mai (15/7) và ngày 16/7, nắng nóng gay gắt tiếp tục duy trì ở các huyện miền núi và đồng bằng, có nơi đặc biệt gay gắt.
Nhiệt độ cao nhất phổ biến: 37-39 độ C, có nơi trên 40 độ C.
Độ ẩm không khí thấp nhất phổ biến: 45-50%.
Cấp độ rủi ro thiên tai do nắng nóng: cấp 1.
Thời gian phát tin: 15 giờ 30 phút, ngày 14/7/2025.
Đài Khí tượng Thủy văn tỉnh Nghệ An`,
    expected: {
      date: '2025-07-14',
      issued: '2025-07-14T08:30:00.000Z',
      region: 'Nghệ An',
      issuer: 'Đài Khí tượng Thủy văn tỉnh Nghệ An',
      period: 'ngày mai (15/7) và ngày 16/7',
      temperature: { max: [37, 39] },
      humidity: [45, 50],
      hazards: ['heat'],
      riskLevel: 1,
    },
  },
  {
    name: 'storm bulletin: number and name, land wind vs storm-centre wind',
    text: `TIN BÃO KHẨN CẤP (CƠN BÃO SỐ 3)
Hồi 13 giờ ngày 06/9/2024, vị trí tâm bão ở vào khoảng 20,2 độ Vĩ Bắc; 110,8 độ Kinh Đông, cách Quảng Ninh khoảng 360km về phía Đông Đông Nam. Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 16 (184-201km/giờ), giật trên cấp 17.
Dự báo trong 24 giờ tới, bão số 3 (Yagi) di chuyển theo hướng Tây Tây Bắc, mỗi giờ đi được 15-20km.
Trên đất liền tỉnh Quảng Ninh có gió mạnh cấp 6-7, giật cấp 8-9; vùng gần tâm bão đi qua cấp 10-12, giật cấp 14.
Từ đêm nay (06/9) đến hết ngày 08/9, tỉnh Quảng Ninh có mưa to đến rất to với lượng mưa phổ biến 150-250mm, có nơi trên 350mm. Cảnh báo nguy cơ cao xảy ra lũ quét, sạt lở đất ở vùng núi.
Cấp độ rủi ro thiên tai do bão: cấp 4.
Tin phát lúc: 14h00 ngày 06/9/2024
Đài Khí tượng Thủy văn tỉnh Quảng Ninh`,
    expected: {
      date: '2024-09-06',
      issued: '2024-09-06T07:00:00.000Z',
      region: 'Quảng Ninh',
      issuer: 'Đài Khí tượng Thủy văn tỉnh Quảng Ninh',
      period: '24 giờ tới',
      rain: { text: 'có mưa to đến rất to với lượng mưa phổ biến 150-250mm, có nơi trên 350mm', amountMm: [150, 250] },
      wind: { level: [6, 7] },
      gusts: [8, 9],
      hazards: ['strong-gusts', 'heavy-rain', 'flash-flood', 'landslide', 'storm'],
      stormName: 'YAGI',
      stormNumber: 3,
      riskLevel: 4,
    },
  },
  {
    name: 'tropical depression: sea wind excluded, land wind kept',
    text: `TIN ÁP THẤP NHIỆT ĐỚI TRÊN BIỂN ĐÔNG
Hồi 07 giờ ngày 18/10/2025, vị trí tâm áp thấp nhiệt đới ở vào khoảng 15,8 độ Vĩ Bắc; 113,5 độ Kinh Đông. Sức gió mạnh nhất vùng gần tâm áp thấp nhiệt đới mạnh cấp 7 (50-61km/giờ), giật cấp 9.
Dự báo trong 24 giờ tới, áp thấp nhiệt đới di chuyển theo hướng Tây, mỗi giờ đi được khoảng 10km và có khả năng mạnh lên thành bão.
Vùng biển ngoài khơi thành phố Đà Nẵng có gió mạnh cấp 6-7, giật cấp 9, biển động mạnh, sóng cao 3-5m.
Trên đất liền thành phố Đà Nẵng có mưa vừa, có nơi mưa to, gió Đông Bắc cấp 3-4.
Tin phát lúc: 09h30 ngày 18/10/2025
Đài Khí tượng Thủy văn khu vực Trung Trung Bộ`,
    expected: {
      date: '2025-10-18',
      issued: '2025-10-18T02:30:00.000Z',
      region: 'Đà Nẵng',
      issuer: 'Đài Khí tượng Thủy văn khu vực Trung Trung Bộ',
      period: '24 giờ tới',
      rain: { text: 'có mưa vừa, có nơi mưa to' },
      wind: { direction: 'Đông Bắc', level: [3, 4] },
      hazards: ['heavy-rain', 'storm'],
    },
  },
  {
    name: 'heavy rain warning with flash flood and landslide risk',
    text: `CẢNH BÁO MƯA LỚN, LŨ QUÉT, SẠT LỞ ĐẤT TRÊN ĐỊA BÀN TỈNH YÊN BÁI
Từ chiều tối nay (22/9) đến hết ngày 24/9, khu vực tỉnh Yên Bái có mưa vừa, mưa to, có nơi mưa rất to với lượng mưa phổ biến 50-100mm, có nơi trên 150mm. Mưa lớn có khả năng gây lũ quét trên các sông suối nhỏ, sạt lở đất tại vùng núi và ngập úng tại vùng trũng thấp.
Cấp độ rủi ro thiên tai do mưa lớn, lũ quét, sạt lở đất: cấp 2.
Tin phát lúc: 10h00 ngày 22/9/2025
Đài Khí tượng Thủy văn tỉnh Yên Bái`,
    expected: {
      date: '2025-09-22',
      issued: '2025-09-22T03:00:00.000Z',
      region: 'Yên Bái',
      issuer: 'Đài Khí tượng Thủy văn tỉnh Yên Bái',
      period: 'từ chiều tối nay (22/9) đến hết ngày 24/9',
      rain: { text: 'có mưa vừa, mưa to, có nơi mưa rất to với lượng mưa phổ biến 50-100mm, có nơi trên 150mm', amountMm: [50, 100] },
      hazards: ['heavy-rain', 'flash-flood', 'landslide'],
      riskLevel: 2,
    },
  },
  {
    name: 'daily forecast written without diacritics',
    text: `DU BAO THOI TIET TINH DIEN BIEN NGAY 5/3/2025
Theo Dai Khi tuong Thuy van tinh Dien Bien, trong 24 gio toi:
Thoi tiet: May thay doi, dem khong mua, ngay nang. Gio Tay Nam cap 2-3.
Nhiet do thap nhat: 16-18 do C. Nhiet do cao nhat: 30-32 do C.
Do am: 45-85%.`,
    expected: {
      date: '2025-03-05',
      region: 'Dien Bien',
      issuer: 'Dai Khi tuong Thuy van tinh Dien Bien',
      period: '24 gio toi',
      conditions: 'May thay doi, dem khong mua, ngay nang',
      rain: { text: 'dem khong mua' },
      wind: { direction: 'Tay Nam', level: [2, 3] },
      temperature: { min: [16, 18], max: [30, 32] },
      humidity: [45, 85],
      hazards: [],
    },
  },
  {
    name: 'NFD text with "-" bullets and a "Gió:" label',
    text: `Dự báo thời tiết tỉnh Hòa Bình ngày 10/8/2025
Đài Khí tượng Thủy văn tỉnh Hòa Bình dự báo thời tiết 24 giờ tới:
- Thời tiết: Có mây, ngày nắng, chiều tối và đêm có mưa rào và dông rải rác, cục bộ có mưa to. Trong cơn dông có khả năng xảy ra lốc, sét và gió giật mạnh.
- Gió: Đông Nam cấp 2.
- Nhiệt độ thấp nhất: 24 - 26°C.
- Nhiệt độ cao nhất: 32 - 34°C.
- Độ ẩm: 60 - 95%.`.normalize('NFD'),
    expected: {
      date: '2025-08-10',
      region: 'Hòa Bình',
      issuer: 'Đài Khí tượng Thủy văn tỉnh Hòa Bình',
      period: '24 giờ tới',
      conditions: 'Có mây, ngày nắng, chiều tối và đêm có mưa rào và dông rải rác, cục bộ có mưa to',
      rain: { text: 'chiều tối và đêm có mưa rào và dông rải rác, cục bộ có mưa to' },
      wind: { direction: 'Đông Nam', level: [2, 2] },
      temperature: { min: [24, 26], max: [32, 34] },
      humidity: [60, 95],
      hazards: ['thunderstorm', 'tornado', 'lightning', 'strong-gusts', 'heavy-rain'],
    },
  },
  {
    name: 'upper-case headings and "+" bullets, issue time in parentheses',
    text: `ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH THANH HÓA
BẢN TIN DỰ BÁO THỜI TIẾT ĐÊM NAY VÀ NGÀY MAI
(Phát lúc 16h00 ngày 03/4/2025)
THỜI TIẾT: Nhiều mây, đêm và sáng có mưa rào rải rác, có nơi có dông; trưa chiều giảm mây, trời nắng.
+ Gió Đông Nam cấp 2 - 3.
+ Nhiệt độ thấp nhất: 22 - 24 độ C.
+ Nhiệt độ cao nhất: 29 - 31 độ C.`,
    expected: {
      date: '2025-04-03',
      issued: '2025-04-03T09:00:00.000Z',
      region: 'Thanh Hóa',
      issuer: 'ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH THANH HÓA',
      period: 'đêm nay và ngày mai',
      conditions: 'Nhiều mây, đêm và sáng có mưa rào rải rác, có nơi có dông; trưa chiều giảm mây, trời nắng',
      rain: { text: 'đêm và sáng có mưa rào rải rác' },
      wind: { direction: 'Đông Nam', level: [2, 3] },
      temperature: { min: [22, 24], max: [29, 31] },
      hazards: ['thunderstorm'],
    },
  },
  {
    name: 'title day without a year takes the year of the issue date',
    text: `Dự báo thời tiết tỉnh Lai Châu ngày 23/9
Thời gian phát tin: 16h30' ngày 22/9/2025
Thời tiết: Có mây, có mưa rào và dông vài nơi. Gió nhẹ.
Nhiệt độ: 19-28°C.
Độ ẩm: 75-95%.`,
    expected: {
      date: '2025-09-23',
      issued: '2025-09-22T09:30:00.000Z',
      region: 'Lai Châu',
      conditions: 'Có mây, có mưa rào và dông vài nơi',
      rain: { text: 'có mưa rào và dông vài nơi' },
      temperature: { min: [19, 19], max: [28, 28] },
      humidity: [75, 95],
      hazards: ['thunderstorm'],
    },
  },
  {
    name: 'no year written anywhere: no date',
    text: `Dự báo thời tiết ngày 5/6
Thời tiết: Ngày nắng nóng, có nơi nắng nóng gay gắt, chiều tối có mưa rào và dông rải rác.
Nhiệt độ cao nhất: 35-37 độ C.`,
    expected: {
      conditions: 'Ngày nắng nóng, có nơi nắng nóng gay gắt, chiều tối có mưa rào và dông rải rác',
      rain: { text: 'chiều tối có mưa rào và dông rải rác' },
      temperature: { max: [35, 37] },
      hazards: ['thunderstorm', 'heat'],
    },
  },
  {
    name: 'past 24 hours section and negations are not hazards',
    text: `Bản tin thời tiết tỉnh Điện Biên ngày 2/10/2025
Tình hình thời tiết 24 giờ qua: Trên địa bàn tỉnh đã xảy ra mưa to đến rất to, dông, lốc và mưa đá cục bộ tại huyện Tủa Chùa. Nhiệt độ cao nhất: 31 độ C.
Dự báo thời tiết 24 giờ tới: Trời nhiều mây, mưa đã ngớt, không có mưa to. Gió Bắc cấp 2.
Nhiệt độ thấp nhất: 19-21 độ C. Nhiệt độ cao nhất: 27-29 độ C.`,
    expected: {
      date: '2025-10-02',
      region: 'Điện Biên',
      period: '24 giờ tới',
      conditions: 'Trời nhiều mây, mưa đã ngớt, không có mưa to',
      rain: { text: 'mưa đã ngớt, không có mưa to' },
      wind: { direction: 'Bắc', level: [2, 2] },
      temperature: { min: [19, 21], max: [27, 29] },
      hazards: [],
    },
  },
  {
    name: '"giông" spelling, several risk levels (highest wins)',
    text: `TIN CẢNH BÁO GIÔNG, LỐC, SÉT, MƯA ĐÁ VÀ GIÓ GIẬT MẠNH
Hiện nay trên radar thời tiết đang quan sát thấy các đám mây đối lưu phát triển mạnh ở phía Tây tỉnh Hà Giang. Trong 3 giờ tới, các huyện Hoàng Su Phì, Xín Mần, Quản Bạ có khả năng xảy ra giông, lốc, sét, mưa đá và gió giật mạnh cấp 7-8.
Cấp độ rủi ro thiên tai do giông, lốc, sét, mưa đá: cấp 1; do gió mạnh: cấp 2.
Tin phát lúc 14 giờ 45 phút ngày 18/4/2025.
Đài Khí tượng Thủy văn tỉnh Hà Giang`,
    expected: {
      date: '2025-04-18',
      issued: '2025-04-18T07:45:00.000Z',
      region: 'Hà Giang',
      issuer: 'Đài Khí tượng Thủy văn tỉnh Hà Giang',
      period: '3 giờ tới',
      gusts: [7, 8],
      hazards: ['thunderstorm', 'tornado', 'lightning', 'hail', 'strong-gusts'],
      riskLevel: 2,
    },
  },
  {
    name: 'hard frost: negative temperature range, issue before midnight UTC',
    text: `TIN CẢNH BÁO RÉT HẠI, BĂNG GIÁ
Do ảnh hưởng của không khí lạnh mạnh, đêm nay và ngày mai (24/12/2025), khu vực vùng cao tỉnh Lào Cai trời rét hại, có băng giá.
Nhiệt độ thấp nhất tại Sa Pa, Y Tý: -2 đến 1 độ.
Nhiệt độ cao nhất: 5 - 8 độ.
Tin phát lúc: 04h30 ngày 23/12/2025`,
    expected: {
      date: '2025-12-23',
      issued: '2025-12-22T21:30:00.000Z',
      region: 'Lào Cai',
      period: 'đêm nay và ngày mai (24/12/2025)',
      temperature: { min: [-2, 1], max: [5, 8] },
      hazards: ['severe-cold', 'frost'],
    },
  },
  {
    name: 'heat ended and negated ("đã kết thúc", "không còn nắng nóng")',
    text: `Dự báo thời tiết tỉnh Quảng Bình ngày 20/6/2025
Đợt nắng nóng đã kết thúc. Trong 24 giờ tới, trời nhiều mây, có mưa rào và dông rải rác, không còn nắng nóng.
Gió Tây Nam cấp 2-3.
Nhiệt độ thấp nhất: 25-27 độ C. Nhiệt độ cao nhất: 31-33 độ C, vùng đồng bằng ven biển có nơi trên 34 độ C.`,
    expected: {
      date: '2025-06-20',
      region: 'Quảng Bình',
      period: '24 giờ tới',
      rain: { text: 'có mưa rào và dông rải rác' },
      wind: { direction: 'Tây Nam', level: [2, 3] },
      temperature: { min: [25, 27], max: [31, 33] },
      hazards: ['thunderstorm'],
    },
  },
  {
    name: 'rain from a storm circulation: storm number and name, total rainfall',
    text: `Dự báo thời tiết tỉnh Thừa Thiên Huế ngày 28/10/2025
Do ảnh hưởng của hoàn lưu bão số 12 (Fengshen) kết hợp với không khí lạnh, trong 24 giờ tới tỉnh Thừa Thiên Huế có mưa to đến rất to, có nơi mưa đặc biệt lớn với tổng lượng mưa phổ biến 200-400mm, có nơi trên 600mm. Nguy cơ cao xảy ra ngập lụt, lũ quét và sạt lở đất.
Gió Bắc đến Tây Bắc cấp 3, vùng ven biển cấp 4-5, giật cấp 6-7.
Nhiệt độ: 21-25 độ C.`,
    expected: {
      date: '2025-10-28',
      region: 'Thừa Thiên Huế',
      period: '24 giờ tới',
      rain: {
        text: 'có mưa to đến rất to, có nơi mưa đặc biệt lớn với tổng lượng mưa phổ biến 200-400mm, có nơi trên 600mm',
        amountMm: [200, 400],
      },
      wind: { direction: 'Bắc đến Tây Bắc', level: [3, 3] },
      gusts: [6, 7],
      temperature: { min: [21, 21], max: [25, 25] },
      hazards: ['strong-gusts', 'heavy-rain', 'flash-flood', 'landslide', 'storm'],
      stormName: 'FENGSHEN',
      stormNumber: 12,
    },
  },
  {
    name: 'fair weather, extra spaces before colons, " %"',
    text: `DỰ BÁO THỜI TIẾT TỈNH CAO BẰNG NGÀY 15/11/2025
Thời tiết : Đêm và sáng sớm có sương mù, ngày nắng. Không mưa.
Gió Đông Bắc cấp 1 - 2.
Nhiệt độ thấp nhất : 12 - 14 độ C; Nhiệt độ cao nhất : 24 - 26 độ C.
Độ ẩm : 55 - 90 %.`,
    expected: {
      date: '2025-11-15',
      region: 'Cao Bằng',
      conditions: 'Đêm và sáng sớm có sương mù, ngày nắng',
      rain: { text: 'Không mưa' },
      wind: { direction: 'Đông Bắc', level: [1, 2] },
      temperature: { min: [12, 14], max: [24, 26] },
      humidity: [55, 90],
      hazards: [],
    },
  },
  {
    name: 'thunderstorm warning written without diacritics',
    text: `TIN CANH BAO DONG, LOC, SET, MUA DA
Trong 2 gio toi, tai cac huyen Muong La, Bac Yen, Phu Yen tinh Son La co kha nang xay ra dong, loc, set, mua da va gio giat manh cap 6-7.
Cap do rui ro thien tai do loc, set, mua da: cap 1.
Tin phat luc: 17h15 ngay 20/4/2025
Dai Khi tuong Thuy van tinh Son La`,
    expected: {
      date: '2025-04-20',
      issued: '2025-04-20T10:15:00.000Z',
      region: 'Son La',
      issuer: 'Dai Khi tuong Thuy van tinh Son La',
      period: '2 gio toi',
      gusts: [6, 7],
      hazards: ['thunderstorm', 'tornado', 'lightning', 'hail', 'strong-gusts'],
      riskLevel: 1,
    },
  },
  {
    name: '"•" bullets, Thủ đô Hà Nội, wind in m/s, "°C" after a space',
    text: `Dự báo thời tiết Thủ đô Hà Nội đêm nay và ngày mai (09/3/2025)
• Thời tiết: Nhiều mây, đêm và sáng có mưa phùn và sương mù rải rác, trưa chiều hửng nắng.
• Gió: Đông Nam 2 - 3 m/s.
• Nhiệt độ: 18 – 25 °C.
• Độ ẩm: 80 – 98%.
Đài Khí tượng Thủy văn khu vực Đồng bằng Bắc Bộ`,
    expected: {
      date: '2025-03-09',
      region: 'Hà Nội',
      issuer: 'Đài Khí tượng Thủy văn khu vực Đồng bằng Bắc Bộ',
      period: 'đêm nay và ngày mai (09/3/2025)',
      conditions: 'Nhiều mây, đêm và sáng có mưa phùn và sương mù rải rác, trưa chiều hửng nắng',
      rain: { text: 'đêm và sáng có mưa phùn và sương mù rải rác' },
      wind: { direction: 'Đông Nam', speedMs: [2, 3] },
      temperature: { min: [18, 18], max: [25, 25] },
      humidity: [80, 98],
      hazards: [],
    },
  },
  {
    name: 'hail warning: "từ chiều tối đến đêm nay", "Đài KTTV", hailstone size is not rain',
    text: `CẢNH BÁO DÔNG, LỐC, SÉT, MƯA ĐÁ, GIÓ GIẬT MẠNH
Đài KTTV tỉnh Lai Châu cảnh báo: từ chiều tối đến đêm nay (30/3), trên địa bàn tỉnh có khả năng xảy ra dông, lốc, sét, mưa đá và gió giật mạnh. Mưa đá có thể có đường kính 1.5-2cm.
Cấp độ rủi ro thiên tai do lốc, sét, mưa đá: Cấp 2.
Tin phát lúc 17h00' ngày 30/3/2025`,
    expected: {
      date: '2025-03-30',
      issued: '2025-03-30T10:00:00.000Z',
      region: 'Lai Châu',
      issuer: 'Đài KTTV tỉnh Lai Châu',
      period: 'từ chiều tối đến đêm nay (30/3)',
      hazards: ['thunderstorm', 'tornado', 'lightning', 'hail', 'strong-gusts'],
      riskLevel: 2,
    },
  },
  {
    name: 'national heat bulletin for the Hà Nội area, relative humidity',
    text: `TIN NẮNG NÓNG (NGÀY 24/5/2025)
Trung tâm Dự báo khí tượng thủy văn quốc gia: Ngày và đêm nay (24/5), khu vực Hà Nội có nắng nóng, nhiệt độ cao nhất phổ biến 35-37 độ, có nơi trên 37 độ. Độ ẩm tương đối thấp nhất phổ biến 50-55%.
Dự báo ngày mai (25/5), nắng nóng tiếp tục, có nơi nắng nóng gay gắt với nhiệt độ cao nhất 36-38 độ.
Cấp độ rủi ro thiên tai do nắng nóng: cấp 1.`,
    expected: {
      date: '2025-05-24',
      region: 'Hà Nội',
      issuer: 'Trung tâm Dự báo khí tượng thủy văn quốc gia',
      period: 'ngày và đêm nay (24/5)',
      temperature: { max: [35, 37] },
      humidity: [50, 55],
      hazards: ['heat'],
      riskLevel: 1,
    },
  },
  {
    name: 'super typhoon at sea: name without number, no area wind',
    text: `Tin về cơn bão Kalmaegi
Hồi 10 giờ ngày 5/11/2025, vị trí tâm siêu bão Kalmaegi ở vào khoảng 11,5 độ Vĩ Bắc; 118,0 độ Kinh Đông, trên vùng biển phía Đông Nam quần đảo Trường Sa. Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 15-16, giật trên cấp 17.
Dự báo trong 24 giờ tới, bão di chuyển theo hướng Tây, mỗi giờ đi được 20-25km, đi vào vùng biển Trường Sa.
Vùng biển phía Nam của khu vực giữa Biển Đông có gió mạnh cấp 8-9, vùng gần tâm bão cấp 12-14, giật cấp 16; sóng biển cao 6-8m, biển động dữ dội.
Tin phát lúc: 11h00 ngày 5/11/2025.
Trung tâm Dự báo khí tượng thủy văn quốc gia`,
    expected: {
      date: '2025-11-05',
      issued: '2025-11-05T04:00:00.000Z',
      issuer: 'Trung tâm Dự báo khí tượng thủy văn quốc gia',
      period: '24 giờ tới',
      hazards: ['storm'],
      stormName: 'KALMAEGI',
    },
  },
  {
    name: 'NFD heavy rain warning with thunderstorms',
    text: `TIN CẢNH BÁO MƯA LỚN DIỆN RỘNG
Từ đêm nay (12/8) đến hết ngày 14/8/2025, khu vực tỉnh Tuyên Quang có mưa vừa, mưa to và dông, cục bộ có mưa rất to với lượng mưa phổ biến 70-150mm, có nơi trên 250mm. Trong cơn dông có khả năng xảy ra lốc, sét và gió giật mạnh.
Cảnh báo nguy cơ xảy ra lũ quét trên các sông, suối nhỏ, sạt lở đất trên sườn dốc.
Cấp độ rủi ro thiên tai do mưa lớn: cấp 1.
Tin phát lúc: 15h00 ngày 12/8/2025
Đài Khí tượng Thủy văn tỉnh Tuyên Quang`.normalize('NFD'),
    expected: {
      date: '2025-08-12',
      issued: '2025-08-12T08:00:00.000Z',
      region: 'Tuyên Quang',
      issuer: 'Đài Khí tượng Thủy văn tỉnh Tuyên Quang',
      period: 'từ đêm nay (12/8) đến hết ngày 14/8/2025',
      rain: {
        text: 'có mưa vừa, mưa to và dông, cục bộ có mưa rất to với lượng mưa phổ biến 70-150mm, có nơi trên 250mm',
        amountMm: [70, 150],
      },
      hazards: ['thunderstorm', 'tornado', 'lightning', 'strong-gusts', 'heavy-rain', 'flash-flood', 'landslide'],
      riskLevel: 1,
    },
  },
  {
    name: 'cold spell in the conditions, "có lúc" wind ignored, humidity',
    text: `DỰ BÁO THỜI TIẾT TỈNH BẮC KẠN NGÀY 20/12/2025
Theo Đài Khí tượng Thủy văn tỉnh Bắc Kạn, trong 24 giờ tới, do ảnh hưởng của không khí lạnh tăng cường:
- Thời tiết: Nhiều mây, đêm và sáng có mưa nhỏ vài nơi, trời rét đậm, vùng núi cao có nơi rét hại.
- Gió Đông Bắc cấp 3, có lúc cấp 4.
- Nhiệt độ thấp nhất: 7 - 9 độ C, vùng núi cao có nơi dưới 5 độ C.
- Nhiệt độ cao nhất: 13 - 15 độ C.
- Độ ẩm: 65-90%.`,
    expected: {
      date: '2025-12-20',
      region: 'Bắc Kạn',
      issuer: 'Đài Khí tượng Thủy văn tỉnh Bắc Kạn',
      period: '24 giờ tới',
      conditions: 'Nhiều mây, đêm và sáng có mưa nhỏ vài nơi, trời rét đậm, vùng núi cao có nơi rét hại',
      rain: { text: 'đêm và sáng có mưa nhỏ vài nơi' },
      wind: { direction: 'Đông Bắc', level: [3, 3] },
      temperature: { min: [7, 9], max: [13, 15] },
      humidity: [65, 90],
      hazards: ['severe-cold'],
    },
  },
  {
    name: 'title day and issue time in capitals; "Nam đến Đông Nam"; one "Nhiệt độ" line with both',
    text: `BẢN TIN DỰ BÁO THỜI TIẾT NGÀY 01/7/2025 TỈNH PHÚ THỌ
(Tin phát lúc 05h00 ngày 01/7/2025)
- Thời tiết: Có mây, ngày nắng, có nơi nắng nóng; chiều tối và đêm có mưa rào và dông vài nơi.
- Gió: Nam đến Đông Nam cấp 2.
- Nhiệt độ: thấp nhất 26-28°C; cao nhất 34-36°C.`,
    expected: {
      date: '2025-07-01',
      issued: '2025-06-30T22:00:00.000Z',
      region: 'Phú Thọ',
      conditions: 'Có mây, ngày nắng, có nơi nắng nóng; chiều tối và đêm có mưa rào và dông vài nơi',
      rain: { text: 'chiều tối và đêm có mưa rào và dông vài nơi' },
      wind: { direction: 'Nam đến Đông Nam', level: [2, 2] },
      temperature: { min: [26, 28], max: [34, 36] },
      hazards: ['thunderstorm', 'heat'],
    },
  },
  {
    name: '"rãnh áp thấp" and "vùng áp thấp" are not storms',
    text: `Dự báo thời tiết tỉnh Kon Tum ngày 3/10/2025
Trong 24 giờ tới, do ảnh hưởng của rãnh áp thấp có trục qua Trung Bộ nối với vùng áp thấp trên khu vực Nam Biển Đông, thời tiết tỉnh Kon Tum như sau:
Thời tiết: Nhiều mây, có mưa rào và dông rải rác, chiều tối và đêm có nơi mưa to. Gió Tây Nam cấp 2.
Nhiệt độ thấp nhất: 19 - 21 độ C. Nhiệt độ cao nhất: 27 - 29 độ C.`,
    expected: {
      date: '2025-10-03',
      region: 'Kon Tum',
      period: '24 giờ tới',
      conditions: 'Nhiều mây, có mưa rào và dông rải rác, chiều tối và đêm có nơi mưa to',
      rain: { text: 'có mưa rào và dông rải rác, chiều tối và đêm có nơi mưa to' },
      wind: { direction: 'Tây Nam', level: [2, 2] },
      temperature: { min: [19, 21], max: [27, 29] },
      hazards: ['thunderstorm', 'heavy-rain'],
    },
  },
  {
    name: 'coastal province: upper-level and sea wind are not the area wind',
    text: `DỰ BÁO THỜI TIẾT TỈNH QUẢNG NGÃI 24 GIỜ TỚI
Chịu ảnh hưởng của gió Tây Nam ở độ cao 5000m, thời tiết tỉnh Quảng Ngãi:
Thời tiết: Mây thay đổi, ngày nắng, chiều tối có mưa rào và dông vài nơi. Gió Tây Nam cấp 2-3.
Vùng biển Quảng Ngãi: gió Tây Nam cấp 4-5, giật cấp 6-7, sóng cao 1,5-2,5m.
Nhiệt độ thấp nhất: 25 - 27 độ C. Nhiệt độ cao nhất: 34 - 36 độ C.
Độ ẩm: 55 - 90%.`,
    expected: {
      region: 'Quảng Ngãi',
      period: '24 giờ tới',
      conditions: 'Mây thay đổi, ngày nắng, chiều tối có mưa rào và dông vài nơi',
      rain: { text: 'chiều tối có mưa rào và dông vài nơi' },
      wind: { direction: 'Tây Nam', level: [2, 3] },
      temperature: { min: [25, 27], max: [34, 36] },
      humidity: [55, 90],
      hazards: ['thunderstorm'],
    },
  },
  {
    name: 'two sections: "Tình hình 24 giờ qua" bullets are the past',
    text: `BẢN TIN DỰ BÁO THỜI TIẾT TỈNH HÀ NAM
a) Tình hình thời tiết 24 giờ qua:
- Có mưa to đến rất to, dông, lốc cục bộ. Lượng mưa đo được tại Phủ Lý 85mm.
- Nhiệt độ cao nhất: 33 độ C.
b) Dự báo thời tiết 24 giờ tới (từ 19h ngày 14/8 đến 19h ngày 15/8/2025):
- Thời tiết: Nhiều mây, có mưa rào rải rác, đêm không mưa.
- Gió Đông Nam cấp 2.
- Nhiệt độ thấp nhất: 26 - 28 độ C.
- Nhiệt độ cao nhất: 32 - 34 độ C.`,
    expected: {
      region: 'Hà Nam',
      period: '24 giờ tới',
      conditions: 'Nhiều mây, có mưa rào rải rác, đêm không mưa',
      rain: { text: 'có mưa rào rải rác, đêm không mưa' },
      wind: { direction: 'Đông Nam', level: [2, 2] },
      temperature: { min: [26, 28], max: [32, 34] },
      hazards: [],
    },
  },
  {
    name: 'storm bulletin without diacritics, name in parentheses',
    text: `TIN BAO SO 9 (RAGASA)
Hoi 04 gio ngay 24/9/2025, vi tri tam bao o vao khoang 21,3 do Vi Bac; 112,8 do Kinh Dong. Suc gio manh nhat vung gan tam bao manh cap 14, giat cap 17.
Du bao trong 24 gio toi, bao di chuyen theo huong Tay, do bo vao khu vuc Quang Ninh - Hai Phong.
Tren dat lien tinh Quang Ninh co gio manh cap 7-8, giat cap 10; co mua to den rat to voi luong mua pho bien 100-200mm.
Tin phat luc: 05h30 ngay 24/9/2025`,
    expected: {
      date: '2025-09-24',
      issued: '2025-09-23T22:30:00.000Z',
      region: 'Quang Ninh',
      period: '24 gio toi',
      rain: { text: 'co mua to den rat to voi luong mua pho bien 100-200mm', amountMm: [100, 200] },
      wind: { level: [7, 8] },
      gusts: [10, 10],
      hazards: ['strong-gusts', 'heavy-rain', 'storm'],
      stormName: 'RAGASA',
      stormNumber: 9,
    },
  },
  {
    name: 'negated list "không có dông, lốc, sét"; sea wind on its own line',
    text: `Dự báo thời tiết thành phố Hải Phòng ngày 12/10/2025
Đài Khí tượng Thủy văn thành phố Hải Phòng dự báo trong 24 giờ tới:
Thời tiết: Ít mây, trời nắng, không có mưa, không có dông, lốc, sét.
Gió Đông Bắc cấp 3, vùng ven biển cấp 4.
Trên biển: gió Đông Bắc cấp 5, giật cấp 7. Biển động.
Nhiệt độ từ 22 đến 30 độ C.
Độ ẩm từ 60 đến 85%.`,
    expected: {
      date: '2025-10-12',
      region: 'Hải Phòng',
      issuer: 'Đài Khí tượng Thủy văn thành phố Hải Phòng',
      period: '24 giờ tới',
      conditions: 'Ít mây, trời nắng, không có mưa, không có dông, lốc, sét',
      rain: { text: 'không có mưa' },
      wind: { direction: 'Đông Bắc', level: [3, 3] },
      temperature: { min: [22, 22], max: [30, 30] },
      humidity: [60, 85],
      hazards: [],
    },
  },
  {
    name: 'monsoon in the synopsis is not the forecast wind',
    text: `DỰ BÁO THỜI TIẾT TỈNH THÁI NGUYÊN ĐÊM NAY VÀ NGÀY MAI (26/11/2025)
Do ảnh hưởng của gió mùa Đông Bắc, đêm nay và ngày mai tỉnh Thái Nguyên có mây, không mưa, trời rét. Gió Bắc cấp 2-3.
Nhiệt độ thấp nhất: 14 - 16 độ C. Nhiệt độ cao nhất: 22 - 24 độ C.
Độ ẩm: 55-80%.`,
    expected: {
      date: '2025-11-26',
      region: 'Thái Nguyên',
      period: 'đêm nay và ngày mai (26/11/2025)',
      rain: { text: 'không mưa' },
      wind: { direction: 'Bắc', level: [2, 3] },
      temperature: { min: [14, 16], max: [22, 24] },
      humidity: [55, 80],
      hazards: [],
    },
  },
  {
    name: 'document date line as issue day, "cấp độ 1", gusts "trên cấp 6" not a range',
    text: `ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH BẮC GIANG
Bắc Giang, ngày 15 tháng 5 năm 2025
CẢNH BÁO DÔNG, LỐC, SÉT, MƯA ĐÁ
Trong 3-6 giờ tới, trên khu vực các huyện Lục Ngạn, Sơn Động, Lục Nam có mưa rào và dông, trong cơn dông có khả năng xảy ra lốc, sét, mưa đá và gió giật mạnh trên cấp 6.
Rủi ro thiên tai do dông, lốc, sét, mưa đá: cấp độ 1.`,
    expected: {
      date: '2025-05-15',
      region: 'Bắc Giang',
      issuer: 'ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH BẮC GIANG',
      period: '3-6 giờ tới',
      rain: { text: 'có mưa rào và dông' },
      hazards: ['thunderstorm', 'tornado', 'lightning', 'hail', 'strong-gusts'],
      riskLevel: 1,
    },
  },
];

/**
 * Written after the parser was complete and run against it once, to measure how it does on text it was
 * not developed on (the first run is quoted in the accuracy log of the tests' history); kept as tests.
 */
export const LATER_BULLETINS: BulletinCase[] = [
  {
    name: 'heat with foehn wind, "oC", labelled 24-hour forecast',
    text: `DỰ BÁO THỜI TIẾT TỈNH HÀ TĨNH NGÀY 02/6/2025
Dự báo thời tiết 24 giờ tới: Ngày nắng nóng gay gắt, có nơi đặc biệt gay gắt, chiều tối có mưa rào và dông vài nơi. Gió Tây Nam cấp 2-3, có lúc có gió Tây khô nóng.
Nhiệt độ thấp nhất từ 27 - 29oC. Nhiệt độ cao nhất từ 37 - 39oC, có nơi trên 40oC.
Độ ẩm không khí thấp nhất: 40 - 45%.`,
    expected: {
      date: '2025-06-02',
      region: 'Hà Tĩnh',
      period: '24 giờ tới',
      conditions: 'Ngày nắng nóng gay gắt, có nơi đặc biệt gay gắt, chiều tối có mưa rào và dông vài nơi',
      rain: { text: 'chiều tối có mưa rào và dông vài nơi' },
      wind: { direction: 'Tây Nam', level: [2, 3] },
      temperature: { min: [27, 29], max: [37, 39] },
      humidity: [40, 45],
      hazards: ['thunderstorm', 'heat'],
    },
  },
  {
    name: 'forecast day named with the period, not in the title',
    text: `Bản tin dự báo thời tiết tỉnh Đắk Lắk
Đài KTTV khu vực Tây Nguyên dự báo thời tiết ngày và đêm nay (18/8/2025):
Thời tiết: Có mây, ngày có mưa rào và dông rải rác, đêm có mưa vừa, có nơi mưa to. Gió Tây Nam cấp 3, giật cấp 5.
Nhiệt độ thấp nhất: 21 - 23°C. Nhiệt độ cao nhất: 28 - 30°C.
Độ ẩm: 75 - 95%.`,
    expected: {
      date: '2025-08-18',
      region: 'Đắk Lắk',
      issuer: 'Đài KTTV khu vực Tây Nguyên',
      period: 'ngày và đêm nay (18/8/2025)',
      conditions: 'Có mây, ngày có mưa rào và dông rải rác, đêm có mưa vừa, có nơi mưa to',
      rain: { text: 'ngày có mưa rào và dông rải rác, đêm có mưa vừa, có nơi mưa to' },
      wind: { direction: 'Tây Nam', level: [3, 3] },
      gusts: [5, 5],
      temperature: { min: [21, 23], max: [28, 30] },
      humidity: [75, 95],
      hazards: ['thunderstorm', 'heavy-rain'],
    },
  },
  {
    name: 'frost forecast, black ice unlikely ("ít khả năng xảy ra băng giá")',
    text: `DỰ BÁO THỜI TIẾT TỈNH LAI CHÂU ĐÊM NAY VÀ NGÀY MAI
Đêm nay và ngày mai: Mây thay đổi, không mưa. Đêm và sáng trời rét, vùng núi cao rét đậm, có nơi có sương muối; ít khả năng xảy ra băng giá. Gió Đông Bắc cấp 2.
Nhiệt độ thấp nhất: 9 - 11 độ C, vùng núi cao 4 - 6 độ C. Nhiệt độ cao nhất: 20 - 22 độ C.
Tin phát lúc: 15h45 ngày 10/12/2025`,
    expected: {
      date: '2025-12-10',
      issued: '2025-12-10T08:45:00.000Z',
      region: 'Lai Châu',
      period: 'đêm nay và ngày mai',
      conditions: 'Mây thay đổi, không mưa',
      rain: { text: 'không mưa' },
      wind: { direction: 'Đông Bắc', level: [2, 2] },
      temperature: { min: [9, 11], max: [20, 22] },
      hazards: ['severe-cold', 'frost'],
    },
  },
  {
    name: 'tropical depression "ATNĐ" making landfall',
    text: `Tin áp thấp nhiệt đới khẩn cấp
Hồi 16 giờ ngày 19/8/2025, vị trí tâm ATNĐ ở vào khoảng 18,9 độ Vĩ Bắc; 107,1 độ Kinh Đông. Sức gió mạnh nhất vùng gần tâm ATNĐ mạnh cấp 7, giật cấp 9.
Dự báo: Trong 12 giờ tới, ATNĐ di chuyển theo hướng Tây Tây Bắc, đi vào đất liền các tỉnh Thanh Hóa - Nghệ An và suy yếu thành vùng áp thấp.
Tác động đến tỉnh Thanh Hóa: Từ chiều nay, trên đất liền tỉnh Thanh Hóa có gió mạnh cấp 6, giật cấp 8. Từ chiều nay (19/8) đến hết ngày 20/8, tỉnh Thanh Hóa có mưa to đến rất to và dông với lượng mưa phổ biến 100-150mm, có nơi trên 200mm.
Tin phát lúc 16h30 ngày 19/8/2025.`,
    expected: {
      date: '2025-08-19',
      issued: '2025-08-19T09:30:00.000Z',
      region: 'Thanh Hóa',
      period: '12 giờ tới',
      rain: { text: 'có mưa to đến rất to và dông với lượng mưa phổ biến 100-150mm, có nơi trên 200mm', amountMm: [100, 150] },
      wind: { level: [6, 6] },
      gusts: [8, 8],
      hazards: ['thunderstorm', 'strong-gusts', 'heavy-rain', 'storm'],
    },
  },
  {
    name: 'forecast without diacritics, "giong" spelling',
    text: `Du bao thoi tiet tinh Lam Dong dem nay va ngay mai (5/9/2025)
Dem nay va ngay mai: Co may, chieu va toi co mua rao va giong rai rac, cuc bo co mua to. Trong con giong co kha nang xay ra loc, set va gio giat manh. Gio Tay cap 2-3.
Nhiet do thap nhat: 16-18 do C. Nhiet do cao nhat: 25-27 do C.`,
    expected: {
      date: '2025-09-05',
      region: 'Lam Dong',
      period: 'dem nay va ngay mai (5/9/2025)',
      conditions: 'Co may, chieu va toi co mua rao va giong rai rac, cuc bo co mua to',
      rain: { text: 'chieu va toi co mua rao va giong rai rac, cuc bo co mua to' },
      wind: { direction: 'Tay', level: [2, 3] },
      temperature: { min: [16, 18], max: [25, 27] },
      hazards: ['thunderstorm', 'tornado', 'lightning', 'strong-gusts', 'heavy-rain'],
    },
  },
  {
    name: 'flash flood warning ("dòng chảy" is not a thunderstorm)',
    text: `CẢNH BÁO LŨ QUÉT, SẠT LỞ ĐẤT, SỤT LÚN ĐẤT DO MƯA LŨ HOẶC DÒNG CHẢY
Trong 6 giờ tới, tại các xã thuộc huyện Nam Trà My, Bắc Trà My, Phước Sơn của tỉnh Quảng Nam tiếp tục có mưa, tổng lượng mưa phổ biến 40-80mm, có nơi trên 120mm. Nguy cơ rất cao xảy ra lũ quét trên các sông, suối nhỏ, sạt lở đất trên sườn dốc.
Cấp độ rủi ro thiên tai do lũ quét, sạt lở đất, sụt lún đất do mưa lũ hoặc dòng chảy: cấp 1.
Tin phát lúc: 09h00 ngày 27/10/2025
Đài Khí tượng Thủy văn tỉnh Quảng Nam`,
    expected: {
      date: '2025-10-27',
      issued: '2025-10-27T02:00:00.000Z',
      region: 'Quảng Nam',
      issuer: 'Đài Khí tượng Thủy văn tỉnh Quảng Nam',
      period: '6 giờ tới',
      rain: { text: 'tiếp tục có mưa, tổng lượng mưa phổ biến 40-80mm, có nơi trên 120mm', amountMm: [40, 80] },
      hazards: ['flash-flood', 'landslide'],
      riskLevel: 1,
    },
  },
  {
    name: 'southern province: the sea area\'s wind after a semicolon is still the sea\'s',
    text: `Dự báo thời tiết tỉnh Kiên Giang ngày 14/9/2025
Thời tiết: Có mây, có mưa rào và dông rải rác, cục bộ có mưa to. Gió Tây Nam cấp 3, giật cấp 5.
Vùng biển vịnh Thái Lan: có mưa rào và dông rải rác; gió Tây Nam cấp 5, có lúc cấp 6, giật cấp 7-8; sóng cao 2-3m. Trong cơn dông có khả năng xảy ra lốc xoáy và gió giật mạnh.
Nhiệt độ: 25-32°C.`,
    expected: {
      date: '2025-09-14',
      region: 'Kiên Giang',
      conditions: 'Có mây, có mưa rào và dông rải rác, cục bộ có mưa to',
      rain: { text: 'có mưa rào và dông rải rác, cục bộ có mưa to' },
      wind: { direction: 'Tây Nam', level: [3, 3] },
      gusts: [5, 5],
      temperature: { min: [25, 25], max: [32, 32] },
      hazards: ['thunderstorm', 'tornado', 'strong-gusts', 'heavy-rain'],
    },
  },
  {
    name: 'issuer in capitals, "Thời gian ban hành"',
    text: `TRUNG TÂM KHÍ TƯỢNG THỦY VĂN TỈNH SÓC TRĂNG
BẢN TIN DỰ BÁO THỜI TIẾT 24 GIỜ TỚI
Thời gian ban hành: 15 giờ 00, ngày 05/10/2025.
Thời tiết: Mây thay đổi, chiều tối có mưa rào và dông vài nơi, cục bộ có mưa to. Gió Tây Nam cấp 2-3.
Nhiệt độ thấp nhất: 24 - 25 độ C. Nhiệt độ cao nhất: 31 - 33 độ C.`,
    expected: {
      date: '2025-10-05',
      issued: '2025-10-05T08:00:00.000Z',
      region: 'Sóc Trăng',
      issuer: 'TRUNG TÂM KHÍ TƯỢNG THỦY VĂN TỈNH SÓC TRĂNG',
      period: '24 giờ tới',
      conditions: 'Mây thay đổi, chiều tối có mưa rào và dông vài nơi, cục bộ có mưa to',
      rain: { text: 'chiều tối có mưa rào và dông vài nơi, cục bộ có mưa to' },
      wind: { direction: 'Tây Nam', level: [2, 3] },
      temperature: { min: [24, 25], max: [31, 33] },
      hazards: ['thunderstorm', 'heavy-rain'],
    },
  },
  {
    name: 'title day is the day after the issue day',
    text: `Dự báo thời tiết tỉnh Ninh Bình ngày 30/4/2025
Tin phát lúc 16h00 ngày 29/4/2025
Thời tiết: Nắng nóng, có nơi nắng nóng gay gắt; đêm không mưa. Gió Đông Nam cấp 2-3.
Nhiệt độ thấp nhất: 26-28 độ C. Nhiệt độ cao nhất: 36-38 độ C.
Độ ẩm thấp nhất: 50-55%.
Cấp độ rủi ro thiên tai do nắng nóng: cấp 1.`,
    expected: {
      date: '2025-04-30',
      issued: '2025-04-29T09:00:00.000Z',
      region: 'Ninh Bình',
      conditions: 'Nắng nóng, có nơi nắng nóng gay gắt; đêm không mưa',
      rain: { text: 'đêm không mưa' },
      wind: { direction: 'Đông Nam', level: [2, 3] },
      temperature: { min: [26, 28], max: [36, 38] },
      humidity: [50, 55],
      hazards: ['heat'],
      riskLevel: 1,
    },
  },
  {
    name: 'rain amount under its own "Lượng mưa:" label',
    text: `Dự báo thời tiết tỉnh Cà Mau 24h tới
- Thời tiết: Nhiều mây, có mưa rải rác.
- Lượng mưa: phổ biến 5-15mm.
- Gió: Tây Nam cấp 3.
- Nhiệt độ: 25 - 31 độ C.
Đài Khí tượng Thủy văn tỉnh Cà Mau`,
    expected: {
      region: 'Cà Mau',
      issuer: 'Đài Khí tượng Thủy văn tỉnh Cà Mau',
      period: '24h tới',
      conditions: 'Nhiều mây, có mưa rải rác',
      rain: { text: 'có mưa rải rác', amountMm: [5, 15] },
      wind: { direction: 'Tây Nam', level: [3, 3] },
      temperature: { min: [25, 25], max: [31, 31] },
      hazards: [],
    },
  },
];
