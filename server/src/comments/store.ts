// Comments in SQLite: WAL, synchronous=FULL, one connection that is the only writer. New comments are
// committed in small groups (everything that arrived while the last commit ran) and each caller's promise
// resolves only after its group's COMMIT returned, so a 201 always means "on disk".
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Comment, CommentFieldErrorCode, CommentPage, CommentStatus, PostedComment, ValidComment } from 'bantin/core';
import { migrate } from './migrations.js';

export type AckStatus = PostedComment['status'];

export interface NewCommentRecord extends ValidComment {
  thread: string;
  clientId: string;
  ip?: string;
  /** Status stored; 'spam' for honeypot hits. */
  status: CommentStatus;
  /** What the poster is told (never 'spam'). */
  ackStatus: AckStatus;
}

export type InsertOutcome =
  { ok: true; comment: Comment; status: AckStatus; replay: boolean } | { ok: false; code: CommentFieldErrorCode; field: 'parentId' };

interface Row {
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

const COLUMNS = 'seq, id, thread, parent_id, author, body, created_at, status, ack_status';

function toComment(row: Row, status: CommentStatus = row.status): Comment {
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

/** Cursors are opaque to clients: the last row's sequence number, base64url. */
function encodeCursor(seq: number): string {
  return Buffer.from(`s${seq}`).toString('base64url');
}

export function decodeCursor(cursor: string): number | undefined {
  const match = /^s(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('latin1'));
  return match ? Number(match[1]) : undefined;
}

interface Pending {
  record: NewCommentRecord;
  resolve: (outcome: InsertOutcome) => void;
  reject: (error: unknown) => void;
}

export class CommentStore {
  readonly db: Database.Database;
  private queue: Pending[] = [];
  private flushScheduled = false;
  private readonly statements;

  constructor(dataDir: string, fileName = 'comments.sqlite') {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, fileName));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    const db = this.db;
    this.statements = {
      byClientId: db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM comments WHERE client_id = ?`),
      byId: db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM comments WHERE id = ?`),
      insert: db.prepare(
        `INSERT INTO comments (id, thread, parent_id, author, email, body, created_at, status, ack_status, client_id, ip)
         VALUES (@id, @thread, @parentId, @author, @email, @body, @createdAt, @status, @ackStatus, @clientId, @ip)`,
      ),
      approvedInThread: db.prepare<[string, number, number], Row>(
        `SELECT ${COLUMNS} FROM comments WHERE thread = ? AND status = 'approved' AND seq > ? ORDER BY seq LIMIT ?`,
      ),
      byStatus: db.prepare<[string, number, number], Row>(`SELECT ${COLUMNS} FROM comments WHERE status = ? AND seq > ? ORDER BY seq LIMIT ?`),
      byStatusInThread: db.prepare<[string, string, number, number], Row>(
        `SELECT ${COLUMNS} FROM comments WHERE status = ? AND thread = ? AND seq > ? ORDER BY seq LIMIT ?`,
      ),
      countApproved: db.prepare<[string], { count: number }>(`SELECT COUNT(*) AS count FROM comments WHERE thread = ? AND status = 'approved'`),
      countByStatus: db.prepare<[string], { count: number }>(`SELECT COUNT(*) AS count FROM comments WHERE status = ?`),
      countByStatusInThread: db.prepare<[string, string], { count: number }>(
        `SELECT COUNT(*) AS count FROM comments WHERE status = ? AND thread = ?`,
      ),
      setStatus: db.prepare<[CommentStatus, string, string]>(`UPDATE comments SET status = ?, moderated_at = ? WHERE id = ?`),
      deleteWithReplies: db.prepare<[string, string]>(`DELETE FROM comments WHERE id = ? OR parent_id = ?`),
    };
  }

  /** Queues a new comment; resolves after the COMMIT that stored it (or with the first result for a known clientId). */
  insert(record: NewCommentRecord): Promise<InsertOutcome> {
    return new Promise<InsertOutcome>((resolve, reject) => {
      this.queue.push({ record, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** The acknowledged answer for a clientId already stored, if any (a cheap read before validation). */
  findByClientId(clientId: string): { comment: Comment; status: AckStatus } | undefined {
    const row = this.statements.byClientId.get(clientId);
    return row ? { comment: toComment(row, row.ack_status), status: row.ack_status } : undefined;
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    let outcomes: InsertOutcome[];
    try {
      outcomes = this.db.transaction(() => batch.map(({ record }) => this.insertOne(record)))();
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    batch.forEach((pending, index) => pending.resolve(outcomes[index]!));
  }

  private insertOne(record: NewCommentRecord): InsertOutcome {
    const existing = this.findByClientId(record.clientId);
    if (existing) return { ok: true, ...existing, replay: true };
    if (record.parentId !== undefined) {
      const parent = this.statements.byId.get(record.parentId);
      if (!parent || parent.thread !== record.thread || parent.status !== 'approved') {
        return { ok: false, code: 'parent-not-found', field: 'parentId' };
      }
      if (parent.parent_id !== null) return { ok: false, code: 'reply-too-deep', field: 'parentId' };
    }
    const row = {
      id: randomBytes(9).toString('base64url'),
      thread: record.thread,
      parentId: record.parentId ?? null,
      author: record.author,
      email: record.email ?? null,
      body: record.body,
      createdAt: new Date().toISOString(),
      status: record.status,
      ackStatus: record.ackStatus,
      clientId: record.clientId,
      ip: record.ip ?? null,
    };
    this.statements.insert.run(row);
    const comment: Comment = {
      id: row.id,
      thread: row.thread,
      parentId: row.parentId,
      author: row.author,
      body: row.body,
      createdAt: row.createdAt,
      status: row.ackStatus,
    };
    return { ok: true, comment, status: row.ackStatus, replay: false };
  }

  /** Approved comments of a thread, oldest first. */
  listApproved(thread: string, afterSeq: number, limit: number): CommentPage {
    return this.page(this.statements.approvedInThread.all(thread, afterSeq, limit + 1), limit, this.countApproved(thread));
  }

  /** Comments with a status (all threads, or one), oldest first: the moderation queue. */
  listByStatus(status: CommentStatus, afterSeq: number, limit: number, thread?: string): CommentPage {
    const rows =
      thread === undefined
        ? this.statements.byStatus.all(status, afterSeq, limit + 1)
        : this.statements.byStatusInThread.all(status, thread, afterSeq, limit + 1);
    return this.page(rows, limit, this.countByStatus(status, thread));
  }

  private page(rows: Row[], limit: number, count: number): CommentPage {
    const more = rows.length > limit;
    const shown = more ? rows.slice(0, limit) : rows;
    return { comments: shown.map((row) => toComment(row)), next: more ? encodeCursor(shown[shown.length - 1]!.seq) : null, count };
  }

  /** How many comments have a status (all threads, or one): the size of a moderation queue. */
  countByStatus(status: CommentStatus, thread?: string): number {
    const row = thread === undefined ? this.statements.countByStatus.get(status) : this.statements.countByStatusInThread.get(status, thread);
    return row?.count ?? 0;
  }

  countApproved(thread: string): number {
    return this.statements.countApproved.get(thread)?.count ?? 0;
  }

  get(id: string): Comment | undefined {
    const row = this.statements.byId.get(id);
    return row ? toComment(row) : undefined;
  }

  /** Sets a comment's status; undefined when there is no such comment. */
  setStatus(id: string, status: CommentStatus): Comment | undefined {
    const result = this.statements.setStatus.run(status, new Date().toISOString(), id);
    return result.changes === 0 ? undefined : this.get(id);
  }

  /** Deletes a comment and its replies; false when there was no such comment. */
  delete(id: string): boolean {
    return this.statements.deleteWithReplies.run(id, id).changes > 0;
  }

  /** Waits for queued inserts, then closes the database. */
  async close(): Promise<void> {
    for (let round = 0; round < 100 && (this.queue.length > 0 || this.flushScheduled); round++) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (this.db.open) this.db.close();
  }
}
