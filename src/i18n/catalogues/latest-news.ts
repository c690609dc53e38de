// <bantin-latest-news>.
import type { Catalogue } from '../catalogue.js';

const vi = {
  heading: 'Tin mới',
  more: 'Xem thêm',
  loadMore: 'Hiện thêm tin',
  pause: 'Tạm dừng chạy tin',
  play: 'Tiếp tục chạy tin',
};

export const latestNews: Catalogue<typeof vi> = {
  vi,
  en: (all) => all.latestNews,
};
