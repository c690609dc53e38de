// The comments API's shapes (contract: docs/comments.md, docs/server-api.md), shared by the widget's client and the server.

export type CommentStatus = 'pending' | 'approved' | 'rejected' | 'spam';

export interface Comment {
  id: string;
  thread: string;
  parentId: string | null;
  author: string;
  body: string;
  /** ISO 8601 UTC. */
  createdAt: string;
  status: CommentStatus;
}

export interface CommentPage {
  comments: Comment[];
  /** Cursor for the next page, null on the last one. */
  next: string | null;
  /** How many approved comments the thread has in all (every page), so a box needs no second request. */
  count: number;
  /** The thread takes no new comments (a moderator closed it): its comments are still listed. */
  closed?: boolean;
}

/** `GET /api/config`: the rules this server applies, so that the comment box shows the real ones. */
export interface CommentServerConfig {
  comments: {
    /** Body length in user-perceived characters (countCharacters). */
    minLength: number;
    maxLength: number;
    authorMaxLength: number;
    emailMaxLength: number;
    /** Comments per page when the request names no limit, and the most one request may ask for. */
    pageSize: number;
    maxPageSize: number;
    moderation: 'pre' | 'post';
  };
}

export interface NewComment {
  author: string;
  email?: string;
  body: string;
  parentId?: string;
  /** Idempotency key: a retry with the same clientId never creates a second comment. */
  clientId: string;
  /** Honeypot: people leave it empty. */
  website?: string;
  /** The title of the page the comment was written on, kept with the thread for the moderators. */
  pageTitle?: string;
  /** The canonical URL of that page. */
  pageUrl?: string;
}

export interface PostedComment {
  comment: Comment;
  status: 'pending' | 'approved';
}
