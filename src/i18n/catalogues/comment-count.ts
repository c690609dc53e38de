// <bantin-comment-count>. The count's words follow Intl.PluralRules of the language ("1 comment", "2 comments";
// Vietnamese has one form), 0 has its own sentence.
import type { Catalogue } from '../catalogue.js';

const vi = {
  none: 'Chưa có bình luận',
  /** `n` written for the language, `plural` its Intl.PluralRules category (Vietnamese has only "other"). */
  count: (n: string, _plural: Intl.LDMLPluralRule) => `${n} bình luận`,
  loading: 'Đang tải số bình luận…',
  error: 'Lỗi tải bình luận',
  errorDetail: 'Không tải được số bình luận.',
};

export const commentCount: Catalogue<typeof vi> = {
  vi,
  en: (all) => all.commentCount,
};
