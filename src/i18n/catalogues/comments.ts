// <bantin-comment-box>.
import type { Catalogue } from '../catalogue.js';

const vi = {
  heading: 'Bình luận',
  count: (n: number) => `${n} bình luận`,
  loading: 'Đang tải bình luận…',
  empty: 'Chưa có bình luận nào. Hãy là người đầu tiên bình luận.',
  more: 'Xem thêm bình luận',
  reply: 'Trả lời',
  replyTo: (author: string) => `Trả lời ${author}`,
  replies: (author: string) => `Các trả lời cho ${author}`,
  cancel: 'Hủy',
  formLabel: 'Gửi bình luận',
  replyFormLabel: (author: string) => `Trả lời bình luận của ${author}`,
  name: 'Họ và tên',
  email: 'Email',
  emailHint: 'Không bắt buộc, không bao giờ được hiển thị.',
  body: 'Nội dung bình luận',
  honeypot: 'Để trống ô này',
  required: 'bắt buộc',
  submit: 'Gửi bình luận',
  submitReply: 'Gửi trả lời',
  sending: 'Đang gửi…',
  remaining: (n: number, max: number) => `Bạn còn ${n}/${max} ký tự`,
  needsScript: 'Cần bật JavaScript để gửi bình luận.',
  closed: 'Bài viết này đã đóng bình luận. Bạn vẫn có thể đọc các bình luận đã đăng.',
  pending: 'Bình luận của bạn đang chờ duyệt',
  posted: 'Bình luận của bạn đã được đăng.',
  wait: (seconds: number) => (seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`),
  fields: {
    authorRequired: 'Bạn vui lòng nhập họ và tên.',
    authorTooLong: (max: number) => `Họ và tên chỉ được dài tối đa ${max} ký tự.`,
    emailInvalid: 'Địa chỉ email không hợp lệ. Bạn có thể để trống ô này.',
    bodyTooShort: (min: number) => `Bạn vui lòng nhập từ ${min} ký tự trở lên !!!`,
    bodyTooLong: (max: number) => `Bình luận chỉ được dài tối đa ${max} ký tự.`,
    parentGone: 'Bình luận bạn trả lời không còn nữa hoặc không nhận trả lời.',
  },
  errors: {
    network: 'Không gửi được vì không kết nối được tới máy chủ. Bình luận của bạn vẫn được giữ lại: hãy kiểm tra mạng rồi thử lại.',
    timeout: 'Máy chủ phản hồi quá chậm. Bình luận của bạn vẫn được giữ lại: hãy thử lại.',
    unavailable: 'Máy chủ bình luận đang gặp sự cố. Bình luận của bạn vẫn được giữ lại: hãy thử lại sau ít phút.',
    rateLimited: (wait: string) => `Bạn đã gửi quá nhiều bình luận. Bình luận của bạn vẫn được giữ lại: hãy thử lại sau ${wait}.`,
    rejected: 'Máy chủ không nhận bình luận này. Hãy kiểm tra lại nội dung rồi gửi lại.',
    load: 'Không tải được bình luận. Hãy kiểm tra kết nối mạng rồi thử lại.',
    noEndpoint: 'Chưa cấu hình máy chủ bình luận: hãy đặt thuộc tính endpoint.',
  },
};

export const comments: Catalogue<typeof vi> = {
  vi,
  en: (all) => all.comments,
};
