export { countCharacters, clampCharacters, cleanCommentText, countContent, MAX_MARKS_PER_CHARACTER, MAX_BYTES_PER_CHARACTER } from './text.js';
export {
  DEFAULT_COMMENT_LIMITS,
  AUTHOR_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  THREAD_ID_MAX_LENGTH,
  CLIENT_ID_MAX_LENGTH,
  COMMENT_ID_MAX_LENGTH,
  type CommentLimits,
  type CommentField,
  type CommentFieldErrorCode,
  type CommentErrorCode,
  type CommentServerErrorCode,
  type CommentClientErrorCode,
} from './limits.js';
export {
  validateComment,
  isValidThreadId,
  isValidClientId,
  isValidCommentId,
  type CommentInput,
  type CommentFieldError,
  type ValidComment,
  type ValidationResult,
} from './validate.js';
export {
  listComments,
  postComment,
  countComments,
  countThreads,
  MAX_COUNT_THREADS,
  getCommentConfig,
  parseRetryAfter,
  CommentApiError,
  type CommentRequestOptions,
  type ListCommentsOptions,
} from './client.js';
export type { Comment, CommentStatus, CommentPage, CommentServerConfig, NewComment, PostedComment } from './types.js';
