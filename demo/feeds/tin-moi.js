// The Vietnamese sample news, written once (rewritten from Báo Sơn La content for the demo). Plain ES module,
// no dependencies, so everything can import it:
//   build/demo-feed.mjs          writes demo/feeds/tin-moi.rss (`npm run demo-feed`; test/demo checks it is current)
//   test/support/news-fixture.mjs  headlines, sections and authors of the widget tests' generated feeds
//   stories/fixtures/news.ts     the stories' Vietnamese feeds (and their variations: long titles, no images, …)
// Types: tin-moi.d.ts. Pictures: demo/img/<image.file>, all IMAGE_SIZE.
//
// Each article's first category is its section (chuyên mục), one of `sections`; the widgets show that one.

/** @type {import('./tin-moi.js').ImageSize} */
export const IMAGE_SIZE = { width: 640, height: 400 };

/**
 * The paper's sections, in the order of its menu. The widget tests' generated feeds give their item i the
 * section i % 5 and count on this list as it is (test/demo/demo-feed.node.test.ts says how, should it change).
 * @type {string[]}
 */
export const sections = ['Thời sự', 'Kinh tế', 'Văn hóa - Xã hội', 'Thể thao', 'Nông nghiệp'];

/** @type {import('./tin-moi.js').NewsChannel} */
export const channel = {
  title: 'Báo Sơn La – Tin mới',
  description: 'Tin tức mới nhất của Báo Sơn La (dữ liệu mẫu cho bản demo)',
  language: 'vi',
  idPrefix: 'baosonla-',
};

/**
 * Newest first.
 * @type {import('./tin-moi.js').NewsArticle[]}
 */
export const articles = [
  {
    slug: 'son-la-thu-hoach-xoai-2025',
    title: 'Sơn La: Nông dân Mai Sơn bước vào vụ thu hoạch xoài muộn',
    summary:
      'Những ngày này, nông dân các xã vùng cao huyện Mai Sơn tất bật thu hoạch xoài muộn, giá bán tại vườn từ 15.000 đến 18.000 đồng/kg, cao hơn cùng kỳ năm trước.',
    categories: ['Nông nghiệp'],
    author: 'Mạnh Hùng',
    published: '2025-09-22T08:30:00+07:00',
    image: { file: 'tin-01.svg', alt: 'Thu hoạch xoài tại xã Chiềng Mung, huyện Mai Sơn.' },
    content: [
      'Theo báo cáo của địa phương, toàn huyện có hơn 2.300 ha xoài muộn, sản lượng ước đạt 18.000 tấn. Nhiều hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp chế biến.',
      { heading: 'Liên kết tiêu thụ' },
      'Ông Lò Văn Thắng, Giám đốc Hợp tác xã Chiềng Mung, cho biết: “Năm nay xoài đạt chuẩn VietGAP nên thương lái vào tận vườn thu mua.”',
      { list: ['Diện tích: hơn 2.300 ha', 'Sản lượng ước: 18.000 tấn', 'Giá bán tại vườn: 15.000 – 18.000 đồng/kg'] },
    ],
    related: ['trong-rung-phong-ho'],
  },
  {
    slug: 'khoi-cong-duong-noi-vung',
    title: 'Khởi công dự án đường nối các xã biên giới huyện Sốp Cộp',
    summary: 'Dự án có tổng chiều dài 42 km, tổng mức đầu tư hơn 600 tỷ đồng, giúp người dân các bản vùng biên đi lại thuận lợi quanh năm.',
    categories: ['Kinh tế', 'Giao thông'],
    author: 'Thu Trang',
    published: '2025-09-22T07:10:00+07:00',
    image: { file: 'tin-02.svg', alt: 'Lễ khởi công tại xã Mường Lạn.' },
    content: [
      'Tuyến đường được thiết kế theo tiêu chuẩn đường cấp IV miền núi, có nhiều đoạn đi qua vùng địa hình đồi núi dốc, dự kiến hoàn thành trong năm 2027.',
      'Chủ đầu tư cam kết bố trí đủ nhân lực, máy móc, bảo đảm chất lượng công trình và an toàn giao thông trong mùa mưa.',
    ],
  },
  {
    slug: 'ho-tro-nguoi-dan-vung-lu',
    title: 'Hỗ trợ người dân vùng lũ ổn định cuộc sống',
    summary: 'Các đoàn công tác đã trao hơn 300 suất quà, gạo và nhu yếu phẩm cho các hộ bị ảnh hưởng bởi mưa lũ tại huyện Bắc Yên và Phù Yên.',
    categories: ['Văn hóa - Xã hội'],
    author: 'Lò Văn Ánh',
    published: '2025-09-21T17:45:00+07:00',
    image: { file: 'tin-03.svg', alt: 'Trao quà cho hộ gia đình bị ảnh hưởng.' },
    content: [
      'Cùng với quà tặng, chính quyền các xã đã bố trí nơi ở tạm cho các hộ có nhà bị sạt lở, huy động lực lượng giúp dân dọn dẹp bùn đất, khôi phục sản xuất.',
      'Tỉnh trích ngân sách dự phòng hỗ trợ các hộ bị thiệt hại về nhà ở và hoa màu theo quy định.',
    ],
  },
  {
    slug: 'le-hoi-hoa-ban',
    title: 'Lễ hội Hoa Ban sẽ quay trở lại với nhiều hoạt động mới',
    summary: 'Lễ hội năm nay có thêm không gian văn hóa dân tộc Thái, Mông, Dao; du khách được trải nghiệm ẩm thực và nghề dệt thổ cẩm truyền thống.',
    categories: ['Văn hóa - Xã hội', 'Du lịch'],
    author: 'Hà Linh',
    published: '2025-09-21T15:20:00+07:00',
    image: { file: 'tin-04.svg', alt: 'Màn xòe Thái trong lễ hội năm trước.' },
    content: [
      'Bên cạnh các hoạt động truyền thống như trình diễn xòe Thái, thi người đẹp Hoa Ban, lễ hội có thêm chợ phiên giới thiệu sản phẩm OCOP của các dân tộc trong tỉnh.',
      'Ban tổ chức khuyến khích du khách mặc trang phục dân tộc khi tham gia các hoạt động của lễ hội.',
    ],
  },
  {
    slug: 'hoi-nghi-tinh-uy',
    title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12',
    summary: 'Hội nghị đánh giá tình hình kinh tế - xã hội 9 tháng đầu năm và bàn nhiệm vụ, giải pháp trọng tâm những tháng cuối năm 2025.',
    categories: ['Thời sự', 'Chính trị'],
    author: 'Phóng viên',
    published: '2025-09-21T10:00:00+07:00',
    image: { file: 'tin-05.svg', alt: 'Quang cảnh hội nghị.' },
    content: [
      'Các đại biểu tập trung thảo luận kết quả thực hiện các chỉ tiêu phát triển kinh tế - xã hội, công tác xây dựng Đảng và hệ thống chính trị.',
      'Hội nghị thống nhất các giải pháp đẩy nhanh giải ngân vốn đầu tư công, chủ động phòng, chống thiên tai và chăm lo đời sống nhân dân vùng cao.',
    ],
  },
  {
    slug: 'trong-rung-phong-ho',
    title: 'Trồng mới hơn 1.200 ha rừng phòng hộ đầu nguồn',
    summary: 'Từ đầu năm, các địa phương đã trồng mới hơn 1.200 ha rừng, nâng tỷ lệ che phủ rừng toàn tỉnh lên 47,5%.',
    categories: ['Nông nghiệp', 'Môi trường'],
    author: 'Quàng Thị Hoa',
    published: '2025-09-20T16:40:00+07:00',
    image: { file: 'tin-06.svg', alt: 'Rừng phòng hộ đầu nguồn sông Đà.' },
    content: [
      'Cây trồng chủ yếu là các loài cây bản địa như lát, sấu, trám, phù hợp với điều kiện đất đai và khí hậu từng vùng.',
      'Các hộ nhận khoán bảo vệ rừng được hỗ trợ kinh phí hằng năm, góp phần tăng thu nhập và giữ rừng bền vững.',
    ],
  },
  {
    slug: 'khai-giang-truong-ban-tru',
    title: 'Trường phổ thông dân tộc bán trú đón hơn 600 học sinh',
    summary: 'Năm học mới, nhà trường được đầu tư thêm khu nội trú và bếp ăn, bảo đảm chỗ ở cho học sinh ở các bản xa.',
    categories: ['Văn hóa - Xã hội', 'Giáo dục'],
    author: 'Minh Thu',
    published: '2025-09-20T09:15:00+07:00',
    image: { file: 'tin-07.svg', alt: 'Học sinh trong ngày khai giảng.' },
    content: [
      'Học sinh của trường chủ yếu là con em đồng bào Mông, Thái, Khơ Mú ở các bản cách trường từ 10 đến 20 km.',
      'Ngoài giờ học, nhà trường tổ chức các câu lạc bộ văn nghệ, thể thao và lớp kỹ năng sống cho học sinh bán trú.',
    ],
  },
  {
    slug: 'moc-chau-mua-hoa',
    title: 'Mộc Châu vào mùa hoa, lượng khách tăng mạnh',
    summary: 'Cao nguyên Mộc Châu đón hơn 150.000 lượt khách trong tháng, các cơ sở lưu trú được yêu cầu niêm yết giá công khai.',
    categories: ['Kinh tế', 'Du lịch'],
    author: 'Đức Anh',
    published: '2025-09-19T18:05:00+07:00',
    image: { file: 'tin-08.svg', alt: 'Du khách check-in đồi chè trái tim.' },
    content: [
      'Đồi chè trái tim, thác Dải Yếm và rừng thông Bản Áng luôn đông khách vào dịp cuối tuần.',
      'Cơ quan chức năng tăng cường kiểm tra, xử lý các trường hợp tự ý tăng giá dịch vụ, bảo đảm an toàn cho du khách.',
    ],
  },
  {
    slug: 'tiem-chung-mo-rong',
    title: 'Triển khai tiêm chủng mở rộng tại các xã vùng cao',
    summary: 'Ngành y tế tổ chức các điểm tiêm lưu động, phấn đấu tỷ lệ trẻ em được tiêm đủ mũi đạt trên 95%.',
    categories: ['Văn hóa - Xã hội', 'Y tế'],
    author: 'Ngọc Mai',
    published: '2025-09-19T11:30:00+07:00',
    image: { file: 'tin-09.svg', alt: 'Tiêm chủng tại trạm y tế xã.' },
    content: [
      'Nhân viên y tế thôn, bản đến từng hộ gia đình vận động, hướng dẫn người dân đưa trẻ đi tiêm đúng lịch.',
      'Các điểm tiêm được bố trí đủ vắc xin, thuốc và trang thiết bị xử trí phản ứng sau tiêm.',
    ],
  },
  {
    slug: 'giai-bong-chuyen',
    title: 'Khai mạc giải bóng chuyền các dân tộc tỉnh Sơn La',
    summary: 'Giải quy tụ 24 đội nam và 16 đội nữ đến từ 12 huyện, thành phố, thi đấu tại Nhà thi đấu tỉnh.',
    categories: ['Thể thao'],
    author: 'Tuấn Kiệt',
    published: '2025-09-18T20:00:00+07:00',
    image: { file: 'tin-10.svg', alt: 'Trận đấu khai mạc.' },
    content: [
      'Giải diễn ra trong 7 ngày, thi đấu theo thể thức vòng bảng và loại trực tiếp.',
      'Đây là dịp để vận động viên các dân tộc giao lưu, học hỏi và để tỉnh tuyển chọn vận động viên cho đội tuyển.',
    ],
  },
  {
    slug: 'tiep-xuc-cu-tri',
    title: 'Đại biểu Quốc hội tiếp xúc cử tri huyện Thuận Châu',
    summary: 'Cử tri kiến nghị về hạ tầng giao thông, nước sinh hoạt và chính sách hỗ trợ đồng bào vùng cao.',
    categories: ['Thời sự', 'Chính trị'],
    author: 'Phóng viên',
    published: '2025-09-18T14:10:00+07:00',
    image: { file: 'tin-11.svg', alt: 'Cử tri phát biểu ý kiến.' },
    content: [
      'Đoàn đại biểu Quốc hội tỉnh thông tin đến cử tri kết quả kỳ họp gần nhất và chương trình kỳ họp tới.',
      'Các kiến nghị thuộc thẩm quyền địa phương được lãnh đạo huyện tiếp thu, trả lời trực tiếp tại hội nghị.',
    ],
  },
  {
    slug: 'cot-moc-bien-gioi',
    title: 'Tuần tra song phương bảo vệ cột mốc biên giới Việt – Lào',
    summary: 'Lực lượng biên phòng hai nước phối hợp tuần tra, kiểm tra hệ thống mốc giới trên tuyến biên giới dài 250 km.',
    categories: ['Thời sự', 'Biên giới'],
    author: 'Thanh Tùng',
    published: '2025-09-17T08:00:00+07:00',
    image: { file: 'tin-12.svg', alt: 'Tuần tra song phương tại cột mốc.' },
    content: [
      'Qua tuần tra, hệ thống mốc giới được giữ nguyên trạng, không phát hiện hoạt động vi phạm quy chế biên giới.',
      'Hai bên thống nhất tiếp tục trao đổi thông tin, phối hợp phòng, chống tội phạm ma túy và xuất nhập cảnh trái phép.',
    ],
  },
];

/**
 * The article with this slug.
 * @param {string} slug
 * @returns {import('./tin-moi.js').NewsArticle}
 */
export function findArticle(slug) {
  const found = articles.find((article) => article.slug === slug);
  if (!found) throw new Error(`no sample article "${slug}"`);
  return found;
}

/**
 * The article's id (the RSS guid): the demo portal shows the article whose id is this for ?bai=<slug>.
 * @param {Pick<import('./tin-moi.js').NewsArticle, 'slug'>} article
 * @returns {string}
 */
export function articleId(article) {
  return `${channel.idPrefix}${article.slug}`;
}

/**
 * The article's page on the demo portal, relative to the site.
 * @param {string} slug
 * @returns {string}
 */
export function articlePath(slug) {
  return `/?bai=${slug}`;
}

const escapeHtml = (/** @type {string} */ text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The full article as HTML, as the portal publishes it: the lead in bold, the picture with its caption, the
 * body, links to the related articles. `imageSrc` is where the picture is served; `href` gives an article's
 * address from its slug.
 * @param {import('./tin-moi.js').NewsArticle} article
 * @param {{ imageSrc: string, href: (slug: string) => string }} where
 * @returns {string}
 */
export function contentHtml(article, { imageSrc, href }) {
  const { alt } = article.image;
  const parts = [
    `<p><strong>${escapeHtml(article.summary)}</strong></p>`,
    `<figure><img src="${escapeHtml(imageSrc)}" alt="${escapeHtml(alt)}" width="${IMAGE_SIZE.width}" height="${IMAGE_SIZE.height}"><figcaption>${escapeHtml(alt)}</figcaption></figure>`,
    ...article.content.map((block) =>
      typeof block === 'string'
        ? `<p>${escapeHtml(block)}</p>`
        : 'heading' in block
          ? `<h2>${escapeHtml(block.heading)}</h2>`
          : `<ul>${block.list.map((entry) => `<li>${escapeHtml(entry)}</li>`).join('')}</ul>`,
    ),
    ...(article.related ?? []).map((slug) => `<p>Xem thêm: <a href="${escapeHtml(href(slug))}">${escapeHtml(findArticle(slug).title)}</a></p>`),
  ];
  return parts.join('');
}
