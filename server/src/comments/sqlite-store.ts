// Comments in SQLite: WAL, synchronous=FULL, one connection that is the only writer. New comments are
// committed in small groups (everything that arrived while the last commit ran) and each caller's promise
// resolves only after its group's COMMIT returned, so a 201 always means "on disk". The rate-limit counters
// stay in the process (MemoryRateLimits): one SQLite file serves one instance.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Comment, CommentPage, CommentStatus } from 'bantin/core';
import { isBlocked } from './blocks.js';
import { migrate } from './migrations.js';
import { MemoryRateLimits } from './rate-limit.js';
import { sqliteRunner, type SqlRunner } from './sql.js';
import { getThread } from './threads.js';
import {
  admittedStatus,
  newCommentId,
  toAcknowledged,
  toComment,
  toPage,
  type Acknowledged,
  type Admission,
  type Admitted,
  type CommentRow as Row,
  type CommentStore,
  type InsertOutcome,
  type NewCommentRecord,
} from './store.js';

const COLUMNS = 'seq, id, thread, parent_id, author, body, created_at, status, ack_status';

interface Pending {
  record: NewCommentRecord;
  /** The article, noted with its thread in the same transaction when the comment is stored (and not spam). */
  page?: Admission['page'];
  resolve: (outcome: InsertOutcome) => void;
  reject: (error: unknown) => void;
}

export class SqliteCommentStore implements CommentStore {
  readonly kind = 'sqlite';
  readonly db: Database.Database;
  readonly sql: SqlRunner;
  private readonly rateLimits = new MemoryRateLimits();
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
    this.sql = sqliteRunner(this.db);
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
      notePage: db.prepare<[string, string | null, string | null]>(
        `INSERT INTO bantin_threads (thread, title, url) VALUES (?, ?, ?)
         ON CONFLICT (thread) DO UPDATE SET title = COALESCE(bantin_threads.title, excluded.title), url = COALESCE(bantin_threads.url, excluded.url)
         WHERE bantin_threads.title IS NULL OR bantin_threads.url IS NULL`,
      ),
      ping: db.prepare('SELECT 1'),
    };
  }

  async admit(admission: Admission): Promise<Admitted> {
    const replay = this.acknowledged(admission.clientId);
    if (replay) return { kind: 'replay', ...replay };
    if ((await getThread(this.sql, admission.thread)).closed) return { kind: 'closed' };
    const retryAfterMs = this.rateLimits.count(admission.rateLimit);
    if (retryAfterMs !== undefined) return { kind: 'rate-limited', retryAfterMs };
    const { status, ackStatus } = admittedStatus(admission, await isBlocked(this.sql, admission.blockKeys));
    const record = { thread: admission.thread, ...admission.comment, clientId: admission.clientId, ip: admission.ip, status, ackStatus };
    const outcome = await this.enqueue(record, admission.page);
    if (!outcome.ok) return { kind: 'refused', code: outcome.code, field: outcome.field };
    const { comment, status: told } = outcome;
    return outcome.replay ? { kind: 'replay', comment, status: told } : { kind: 'stored', comment, status: told, spam: status === 'spam' };
  }

  /** Queues a new comment; resolves after the COMMIT that stored it (or with the first result for a known clientId). */
  async insert(record: NewCommentRecord): Promise<InsertOutcome> {
    return this.enqueue(record);
  }

  private enqueue(record: NewCommentRecord, page?: Admission['page']): Promise<InsertOutcome> {
    return new Promise<InsertOutcome>((resolve, reject) => {
      this.queue.push({ record, page, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  async findByClientId(clientId: string): Promise<Acknowledged | undefined> {
    return this.acknowledged(clientId);
  }

  private acknowledged(clientId: string): Acknowledged | undefined {
    const row = this.statements.byClientId.get(clientId);
    return row ? toAcknowledged(row) : undefined;
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    let outcomes: InsertOutcome[];
    try {
      outcomes = this.db.transaction(() => batch.map(({ record, page }) => this.insertOne(record, page)))();
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    batch.forEach((pending, index) => pending.resolve(outcomes[index]!));
  }

  private insertOne(record: NewCommentRecord, page?: Admission['page']): InsertOutcome {
    const existing = this.acknowledged(record.clientId);
    if (existing) return { ok: true, ...existing, replay: true };
    if (record.parentId !== undefined) {
      const parent = this.statements.byId.get(record.parentId);
      if (!parent || parent.thread !== record.thread || parent.status !== 'approved') {
        return { ok: false, code: 'parent-not-found', field: 'parentId' };
      }
      if (parent.parent_id !== null) return { ok: false, code: 'reply-too-deep', field: 'parentId' };
    }
    const row = {
      id: newCommentId(),
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
    if (page && record.status !== 'spam' && (page.title !== undefined || page.url !== undefined)) {
      this.statements.notePage.run(record.thread, page.title ?? null, page.url ?? null);
    }
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

  async listApproved(thread: string, afterSeq: number, limit: number): Promise<CommentPage> {
    return toPage(this.statements.approvedInThread.all(thread, afterSeq, limit + 1), limit, this.approvedCount(thread));
  }

  async listByStatus(status: CommentStatus, afterSeq: number, limit: number, thread?: string): Promise<CommentPage> {
    const rows =
      thread === undefined
        ? this.statements.byStatus.all(status, afterSeq, limit + 1)
        : this.statements.byStatusInThread.all(status, thread, afterSeq, limit + 1);
    const count = thread === undefined ? this.statements.countByStatus.get(status) : this.statements.countByStatusInThread.get(status, thread);
    return toPage(rows, limit, count?.count ?? 0);
  }

  async countApproved(thread: string): Promise<number> {
    return this.approvedCount(thread);
  }

  private approvedCount(thread: string): number {
    return this.statements.countApproved.get(thread)?.count ?? 0;
  }

  async get(id: string): Promise<Comment | undefined> {
    return this.byId(id);
  }

  private byId(id: string): Comment | undefined {
    const row = this.statements.byId.get(id);
    return row ? toComment(row) : undefined;
  }

  async setStatus(id: string, status: CommentStatus): Promise<Comment | undefined> {
    const result = this.statements.setStatus.run(status, new Date().toISOString(), id);
    return result.changes === 0 ? undefined : this.byId(id);
  }

  async delete(id: string): Promise<boolean> {
    return this.statements.deleteWithReplies.run(id, id).changes > 0;
  }

  async ping(): Promise<void> {
    this.statements.ping.get();
  }

  /** Waits for queued inserts, then closes the database. */
  async close(): Promise<void> {
    for (let round = 0; round < 100 && (this.queue.length > 0 || this.flushScheduled); round++) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (this.db.open) this.db.close();
  }
}
