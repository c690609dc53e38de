// <bantin-article-card>.
import type { Catalogue } from '../catalogue.js';

const vi = {
  author: 'Tác giả',
  published: 'Ngày đăng',
  notFound: 'Không tìm thấy bài viết.',
  source: 'Xem bài gốc',
};

export const articleCard: Catalogue<typeof vi> = {
  vi,
  en: (all) => all.articleCard,
};
