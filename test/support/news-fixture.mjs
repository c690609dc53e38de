// The fixture news items' words and times: served by widgets-middleware.mjs, expected by test/internal/widget-fixtures.ts.
export const HEADLINES = [
  'Sơn La: Nông dân Mai Sơn bước vào vụ thu hoạch xoài muộn',
  'Khởi công dự án đường nối các xã biên giới huyện Sốp Cộp',
  'Hỗ trợ người dân vùng lũ ổn định cuộc sống',
  'Giải bóng đá thanh niên tỉnh Sơn La khởi tranh',
  'Mộc Châu đón hơn 10.000 lượt khách dịp cuối tuần',
  'Tăng cường phòng chống sạt lở đất mùa mưa bão',
  'Phát triển cây ăn quả trên đất dốc ở Yên Châu',
  'Lễ hội Hoa Ban thu hút đông đảo du khách',
];
export const CATEGORIES = ['Thời sự', 'Kinh tế', 'Văn hóa - Xã hội', 'Thể thao', 'Nông nghiệp'];
export const AUTHORS = ['Mạnh Hùng', 'Thu Trang', 'Lò Văn Ánh', 'Quàng Thị Hoa'];
/** Item 0's date: 22/09/2025 08:30 in Asia/Ho_Chi_Minh; item i is i hours older. */
export const BASE_TIME = Date.UTC(2025, 8, 22, 1, 30);
