// Vietnamese, the reference catalogue: its shape is the type every other language must fill.
// A widget adds its strings as one section here and the same section in en.ts.

export const vi = {
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
  latestNews: {
    heading: 'Tin mới',
    more: 'Xem thêm',
    loadMore: 'Hiện thêm tin',
    pause: 'Tạm dừng chạy tin',
    play: 'Tiếp tục chạy tin',
  },
  articleCard: {
    author: 'Tác giả',
    published: 'Ngày đăng',
    notFound: 'Không tìm thấy bài viết.',
    source: 'Xem bài gốc',
  },
};
