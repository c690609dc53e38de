// Words every widget may show: loading, retry, empty and stale notices, and why a feed did not load.
import type { Catalogue } from '../catalogue.js';

const vi = {
  common: {
    loading: 'Đang tải bản tin…',
    retry: 'Thử lại',
    empty: 'Chưa có tin nào.',
    stale: 'Không cập nhật được: đang hiển thị bản tin đã lưu trước đó.',
    untitled: '(Không có tiêu đề)',
  },
  // What readers are told when the news does not load: their situation, never the cause a developer needs
  // (that goes to the console and the bantin-error event, see errors.ts).
  errors: {
    offline: 'Thiết bị của bạn đang mất kết nối mạng. Tin tức sẽ hiện khi có mạng trở lại.',
    slow: 'Tin tức đang tải quá lâu. Bạn hãy thử lại sau ít phút.',
    unknown: 'Hiện chưa tải được tin tức. Bạn hãy thử lại sau.',
  },
};

export const shared: Catalogue<typeof vi> = {
  vi,
  en: (all) => all,
};
