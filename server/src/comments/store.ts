// The one comment store interface the routes talk to, whatever the database (sqlite-store.ts, pg-store.ts),
// and what both implementations share: the row → Comment mapping, pages and their opaque cursors.
import { randomBytes } from 'node:crypto';
import type { Comment, CommentFieldErrorCode, CommentPage, CommentStatus, PostedComment, ValidComment } from 'bantin/core';
import type { RateLimitCount } from './rate-limit.js';
import type { SqlRunner } from './sql.js';

export type AckStatus = PostedComment['status'];

export type StoreKind = 'sqlite' | 'postgres';

export interface NewCommentRecord extends ValidComment {
  thread: string;
  clientId: string;
  ip?: string;
  /** Status stored; 'spam' for honeypot hits. */
  status: CommentStatus;
  /** What the poster is told (never 'spam'). */
  ackStatus: AckStatus;
}

/** The answer a poster got the first time: what a replay of its clientId answers again. */
export interface Acknowledged {
  comment: Comment;
  status: AckStatus;
}

export type InsertOutcome = ({ ok: true; replay: boolean } & Acknowledged) | { ok: false; code: CommentFieldErrorCode; field: 'parentId' };

/**
 * A valid new comment and everything its admission needs, checked in this order (docs/server-api.md, "Order
 * of checks"): a replay of its clientId, a closed thread, the rate limit, a block, the parent; then it is
 * stored, and the page noted with its thread.
 */
export interface Admission {
  thread: string;
  comment: ValidComment;
  clientId: string;
  ip: string;
  /** What the poster is told unless the sender is blocked: 'approved' only under post-moderation, when no watched word held it. */
  ackStatus: AckStatus;
  /** The honeypot was filled in: stored as spam, answered as any other post. */
  honeypot: boolean;
  /** Counted once a post gets past the closed thread (a replay is not counted). */
  rateLimit: RateLimitCount;
  /** The match keys (blocks.ts) of the sender's email and IP. */
  blockKeys: { email?: string; ip?: string };
  /** The article's title and URL, kept with the thread unless it has them already (not from spam). */
  page: { title?: string; url?: string };
}

export type Admitted =
  /** Stored now; `spam` (a block or the honeypot): no notification. */
  | ({ kind: 'stored'; spam: boolean } & Acknowledged)
  /** The clientId was stored before: its first answer. */
  | ({ kind: 'replay' } & Acknowledged)
  | { kind: 'closed' }
  /** Over a window; the ms until it ends. */
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'refused'; code: CommentFieldErrorCode; field: 'parentId' };

/**
 * What an admitted comment is stored as, and what its poster is told: a blocked sender is told "pending", as a
 * held comment is (nothing tells them apart), and both a blocked sender and a honeypot hit are stored as spam.
 * PostgreSQL's bantin_admit (pg-migrations.ts) applies the same rule in SQL.
 */
export function admittedStatus(
  admission: Pick<Admission, 'ackStatus' | 'honeypot'>,
  blocked: boolean,
): { status: CommentStatus; ackStatus: AckStatus } {
  const ackStatus = blocked ? 'pending' : admission.ackStatus;
  return { status: blocked || admission.honeypot ? 'spam' : ackStatus, ackStatus };
}

export interface CommentStore {
  /** Which database this is: for the start-up line and /api/health only; routes never look at it. */
  readonly kind: StoreKind;
  /** The same database for the moderation tables' queries (threads, audit, blocks, settings, notifications). */
  readonly sql: SqlRunner;
  /**
   * Admits a new comment: every check of the Admission, in its order, counting it in the per-IP windows (this
   * process's memory on SQLite, the shared database on PostgreSQL); resolves once a stored comment is durable.
   */
  admit(admission: Admission): Promise<Admitted>;
  /** Stores a new comment as it is, no checks but the parent's; resolves once it is durable (or with the first answer for a known clientId). */
  insert(record: NewCommentRecord): Promise<InsertOutcome>;
  /** The acknowledged answer for a clientId already stored, if any (what a retry gets, even one that is no longer valid). */
  findByClientId(clientId: string): Promise<Acknowledged | undefined>;
  /** Approved comments of a thread, oldest first, with the thread's approved count. */
  listApproved(thread: string, afterSeq: number, limit: number): Promise<CommentPage>;
  /** Comments with a status (all threads, or one), oldest first, with the queue's size: the moderation queue. */
  listByStatus(status: CommentStatus, afterSeq: number, limit: number, thread?: string): Promise<CommentPage>;
  countApproved(thread: string): Promise<number>;
  get(id: string): Promise<Comment | undefined>;
  /** Sets a comment's status; undefined when there is no such comment. */
  setStatus(id: string, status: CommentStatus): Promise<Comment | undefined>;
  /** Deletes a comment and its replies; false when there was no such comment. */
  delete(id: string): Promise<boolean>;
  /** One round trip to the database; rejects when it cannot be reached. */
  ping(): Promise<void>;
  /** Waits for writes under way, then closes the database (or the connection pool). */
  close(): Promise<void>;
}

/** A comment row as both stores read it (PostgreSQL's are converted to this shape). */
export interface CommentRow {
  seq: number;
  id: string;
  thread: string;
  parent_id: string | null;
  author: string;
  body: string;
  created_at: string;
  status: CommentStatus;
  ack_status: AckStatus;
}

export function toComment(row: CommentRow, status: CommentStatus = row.status): Comment {
  return {
    id: row.id,
    thread: row.thread,
    parentId: row.parent_id,
    author: row.author,
    body: row.body,
    createdAt: row.created_at,
    status,
  };
}

/** The first answer for a stored row: the comment with the status the poster was told. */
export function toAcknowledged(row: CommentRow): Acknowledged {
  return { comment: toComment(row, row.ack_status), status: row.ack_status };
}

/** Cursors are opaque to clients: the last row's sequence number, base64url. */
export function encodeCursor(seq: number): string {
  return Buffer.from(`s${seq}`).toString('base64url');
}

export function decodeCursor(cursor: string): number | undefined {
  const match = /^s(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('latin1'));
  return match ? Number(match[1]) : undefined;
}

/** A page from `limit + 1` rows read after the cursor: the extra row only tells that there is a next page. */
export function toPage(rows: CommentRow[], limit: number, count: number): CommentPage {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  return { comments: shown.map((row) => toComment(row)), next: more ? encodeCursor(shown[shown.length - 1]!.seq) : null, count };
}

/** A new comment's id: 12 random base64url characters. */
export function newCommentId(): string {
  return randomBytes(9).toString('base64url');
}
