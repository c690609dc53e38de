// <bantin-weather-bulletin>.
import type { Catalogue } from '../catalogue.js';

const vi = {
  label: 'Bản tin thời tiết',
  heading: 'Dự báo thời tiết',
  empty: 'Chưa có bản tin thời tiết nào trong nguồn tin này.',
  region: 'Khu vực',
  issuer: 'Nơi phát tin',
  issued: (time: string) => `Phát lúc ${time}`,
  facts: 'Số liệu chính',
  low: 'Nhiệt độ thấp nhất',
  high: 'Nhiệt độ cao nhất',
  mountain: (range: string) => `vùng núi ${range} °C`,
  wind: 'Gió',
  rain: 'Mưa',
  humidity: 'Độ ẩm',
  level: (range: string) => `cấp ${range}`,
  gusts: (range: string) => `giật cấp ${range}`,
  warning: 'Cảnh báo thời tiết nguy hiểm',
  riskWarning: 'Cảnh báo rủi ro thiên tai',
  risk: (level: number, name: string) => `Cấp độ rủi ro thiên tai: cấp ${level}/5 (${name})`,
  riskNames: ['rủi ro nhỏ', 'rủi ro trung bình', 'rủi ro lớn', 'rủi ro rất lớn', 'thảm họa'],
  hazardList: 'Hiện tượng nguy hiểm',
  hazards: {
    thunderstorm: 'Dông',
    tornado: 'Lốc',
    lightning: 'Sét',
    hail: 'Mưa đá',
    'strong-gusts': 'Gió giật mạnh',
    'heavy-rain': 'Mưa to',
    'flash-flood': 'Lũ quét',
    landslide: 'Sạt lở đất',
    'severe-cold': 'Rét đậm, rét hại',
    frost: 'Sương muối, băng giá',
    heat: 'Nắng nóng',
    storm: 'Bão, áp thấp nhiệt đới',
  },
  stormNamed: (name: string) => `Bão ${name}`,
  stormNumbered: (number: number) => `Bão số ${number}`,
  fullText: 'Xem toàn văn',
  source: 'Xem bài gốc',
};

export const weather: Catalogue<typeof vi> = {
  vi,
  en: (all) => all.weather,
};
