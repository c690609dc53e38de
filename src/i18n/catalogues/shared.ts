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
  errors: {
    'not-a-feed': 'Địa chỉ này không phải là một bản tin RSS, Atom hay JSON Feed. Hãy kiểm tra đường dẫn trong thuộc tính feed.',
    malformed: 'Bản tin bị lỗi định dạng nên không đọc được. Hãy thử lại sau hoặc báo cho nơi cung cấp bản tin.',
    'too-large': 'Bản tin quá lớn để hiển thị. Hãy dùng một bản tin ngắn hơn.',
    http: (status?: number) =>
      status === 404
        ? 'Không tìm thấy bản tin (lỗi 404). Hãy kiểm tra đường dẫn trong thuộc tính feed.'
        : `Máy chủ bản tin báo lỗi${status ? ` ${status}` : ''}. Hãy thử lại sau ít phút.`,
    network: 'Không kết nối được tới máy chủ bản tin. Hãy kiểm tra kết nối mạng rồi thử lại.',
    timeout: 'Máy chủ bản tin phản hồi quá chậm. Hãy thử lại sau ít phút.',
    cors: 'Trình duyệt không được phép đọc trực tiếp bản tin này. Hãy đặt thuộc tính proxy trỏ tới máy chủ widget.',
    unknown: 'Không tải được bản tin. Hãy thử lại.',
  },
};

export const shared: Catalogue<typeof vi> = {
  vi,
  en: {
    common: {
      loading: 'Loading the news…',
      retry: 'Try again',
      empty: 'No news yet.',
      stale: 'Could not update: showing a copy saved earlier.',
      untitled: '(Untitled)',
    },
    errors: {
      'not-a-feed': 'This address is not an RSS, Atom or JSON feed. Check the URL in the feed attribute.',
      malformed: 'The feed is malformed and cannot be read. Try again later or tell the feed publisher.',
      'too-large': 'The feed is too large to show. Use a shorter feed.',
      http: (status?: number) =>
        status === 404
          ? 'Feed not found (error 404). Check the URL in the feed attribute.'
          : `The feed server answered with an error${status ? ` ${status}` : ''}. Try again in a few minutes.`,
      network: 'Could not reach the feed server. Check your connection and try again.',
      timeout: 'The feed server is too slow to answer. Try again in a few minutes.',
      cors: 'The browser may not read this feed directly. Set the proxy attribute to the widget server.',
      unknown: 'Could not load the feed. Try again.',
    },
  },
};
