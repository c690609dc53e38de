// Comments in PostgreSQL, shared by any number of server instances. Each new comment is one round trip,
// CALL bantin_admit (pg-migrations.ts): the replay, closed-thread, rate-limit and block checks, then the
// parent is checked and locked (FOR SHARE, so a moderator cannot reject it half-way), the row is inserted
// unless its clientId is known (ON CONFLICT DO NOTHING waits for a concurrent insert of the same clientId to
// commit), and the call commits before the promise resolves: a 201 means "committed".
// Rows are read back in `seq` order. Concurrent posters may commit slightly out of seq order; a reader
// paging at that instant can miss such a comment until it loads the first page again, the same as a comment
// approved after the reader paged past it (docs/comments.md, Pagination).
import type pg from 'pg';
import type { Comment, CommentPage, CommentStatus } from 'bantin/core';
import { migratePostgres } from './pg-migrations.js';
import { createPool, query, type Statement } from './pg-pool.js';
import type { RateWindow } from './rate-limit.js';
import { StoreUnavailableError } from './unavailable.js';
import { sweepRateLimits } from './pg-rate-limit.js';
import { pgRunner, type SqlRunner } from './sql.js';
import {
  newCommentId,
  toAcknowledged,
  toComment,
  toPage,
  type Acknowledged,
  type AckStatus,
  type Admission,
  type Admitted,
  type CommentRow,
  type CommentStore,
  type InsertOutcome,
  type NewCommentRecord,
} from './store.js';

/** Rows as PostgreSQL sends them: seq as text (bigint), created_at as a Date. */
interface PgRow extends Omit<CommentRow, 'seq' | 'created_at'> {
  seq: string;
  created_at: Date;
}

const COLUMNS = 'seq, id, thread, parent_id, author, body, created_at, status, ack_status';

function fromPg(row: PgRow): CommentRow {
  return { ...row, seq: Number(row.seq), created_at: row.created_at.toISOString() };
}

// $1 id, $2 parent id (or null), $3 thread, … The insert happens only when the parent (if any) is an
// approved top-level comment of the same thread; `parent_is_reply` tells the two refusals apart.
const INSERT = `
  WITH parent AS (
    SELECT thread, status, parent_id FROM bantin_comments WHERE id = $2::text FOR SHARE
  ), inserted AS (
    INSERT INTO bantin_comments (id, parent_id, thread, author, email, body, created_at, status, ack_status, client_id, ip)
    SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11
    WHERE $2::text IS NULL
       OR EXISTS (SELECT 1 FROM parent WHERE thread = $3 AND status = 'approved' AND parent_id IS NULL)
    ON CONFLICT (client_id) DO NOTHING
    RETURNING seq
  )
  SELECT EXISTS (SELECT 1 FROM inserted) AS inserted,
         (SELECT parent_id IS NOT NULL FROM parent WHERE thread = $3 AND status = 'approved') AS parent_is_reply`;

// A page ($2: the cursor's seq, $3: how many rows) and the total in one round trip: the count row is always
// there, the page's columns are null when the page is empty.
const pageQuery = (where: string) => `
  WITH page AS (SELECT ${COLUMNS} FROM bantin_comments WHERE ${where} AND seq > $2 ORDER BY seq LIMIT $3)
  SELECT (SELECT count(*) FROM bantin_comments WHERE ${where})::int AS total, page.*
  FROM (SELECT 1) AS one LEFT JOIN page ON true ORDER BY page.seq`;

const ADMIT = `CALL bantin_admit(${Array.from({ length: 18 }, (_, i) => `$${i + 1}`).join(', ')})`;

/**
 * Calls of bantin_admit under way at once per instance (each holds one connection), and the most posts in one.
 * One: the posts arriving meanwhile go together in the next call, so that PostgreSQL's work per post, most of
 * it per call and per commit, falls as the load grows.
 */
export const ADMIT_CALLS = 1;
export const ADMIT_BATCH = 100;

type CallOutcome = 'stored' | 'replay' | 'closed' | 'rate-limited' | 'parent-not-found' | 'reply-too-deep';

/** What CALL bantin_admit answers: one element per post. */
interface AdmitRow {
  outcome: CallOutcome[];
  told: (AckStatus | null)[];
  spam: (boolean | null)[];
  retry_ms: (number | null)[];
}

/** A call's answer for one post; a replay's first answer is read after the call. */
type Called = Exclude<Admitted, { kind: 'replay' }> | { kind: 'replay' };

interface Waiting {
  admission: Admission;
  resolve: (called: Called) => void;
  reject: (error: unknown) => void;
}

const sameWindows = (a: readonly RateWindow[], b: readonly RateWindow[]) =>
  a.length === b.length && a.every((window, i) => window.ms === b[i]!.ms && window.max === b[i]!.max);

/** PostgreSQL's text cannot hold U+0000: such a page title is not kept (the comment is). */
const storableTitle = (title: string | undefined) => (title === undefined || title.includes('\0') ? null : title);

const APPROVED_IN_THREAD = `thread = $1 AND status = 'approved'`;
const LIST_APPROVED = pageQuery(APPROVED_IN_THREAD);
const LIST_BY_STATUS = pageQuery(`status = $1`);
const LIST_BY_STATUS_IN_THREAD = pageQuery(`status = $1 AND thread = $4`);

export class PostgresCommentStore implements CommentStore {
  readonly kind = 'postgres';
  readonly sql: SqlRunner;
  private readonly stopSweeping: () => void;
  private waiting: Waiting[] = [];
  private admitting = 0;
  private drained?: () => void;

  private constructor(readonly pool: pg.Pool) {
    this.sql = pgRunner(pool);
    this.stopSweeping = sweepRateLimits(pool);
  }

  /** Connects, applies the migrations (under the advisory lock) and returns the store; rejects when unreachable. */
  static async open(url: string): Promise<PostgresCommentStore> {
    const pool = createPool(url);
    try {
      await migratePostgres(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresCommentStore(pool);
  }

  private async rows(statement: Statement): Promise<PgRow[]> {
    return (await query<PgRow>(this.pool, statement)).rows;
  }

  /**
   * Admits a comment in a call of bantin_admit with the posts that arrived while ADMIT_CALLS calls were under
   * way (none waits when there are fewer): one round trip and one commit for all of them.
   */
  async admit(admission: Admission): Promise<Admitted> {
    const called = await new Promise<Called>((resolve, reject) => {
      this.waiting.push({ admission, resolve, reject });
      this.callAdmit();
    });
    if (called.kind !== 'replay') return called;
    const first = await this.findByClientId(admission.clientId);
    // Deleted by a moderator since the call: nothing to answer, and a retry stores the comment anew.
    if (!first) throw new StoreUnavailableError();
    return { kind: 'replay', ...first };
  }

  private callAdmit(): void {
    while (this.waiting.length > 0 && this.admitting < ADMIT_CALLS) {
      this.admitting++;
      void this.admitBatch(this.takeBatch()).finally(() => {
        this.admitting--;
        this.callAdmit();
        if (this.admitting === 0) this.drained?.();
      });
    }
  }

  /**
   * The next call's posts: the first waiting and those after it with the same windows, at most ADMIT_BATCH,
   * whose replies all answer one parent. A call then locks at most one parent, so it cannot deadlock with a
   * moderator's action on several comments (each locks rows in its own order).
   */
  private takeBatch(): Waiting[] {
    const { windows } = this.waiting[0]!.admission.rateLimit;
    let parent = this.waiting[0]!.admission.comment.parentId;
    let size = 1;
    for (; size < Math.min(this.waiting.length, ADMIT_BATCH); size++) {
      const { comment, rateLimit } = this.waiting[size]!.admission;
      if (!sameWindows(rateLimit.windows, windows)) break;
      if (comment.parentId !== undefined) {
        if (parent !== undefined && comment.parentId !== parent) break;
        parent = comment.parentId;
      }
    }
    return this.waiting.splice(0, size);
  }

  private async admitBatch(batch: Waiting[]): Promise<void> {
    let called: Called[];
    try {
      called = await this.callBatch(batch.map((waiting) => waiting.admission));
    } catch (error) {
      if (error instanceof StoreUnavailableError) {
        // The database is away: the posts waiting for the next call are answered now too, not after their own wait.
        for (const waiting of [...batch, ...this.waiting.splice(0)]) waiting.reject(error);
        return;
      }
      if (batch.length === 1) return batch[0]!.reject(error);
      // Not the database away: one post's fault must not fail the others, so each is tried alone.
      for (const waiting of batch) await this.admitBatch([waiting]);
      return;
    }
    batch.forEach((waiting, i) => waiting.resolve(called[i]!));
  }

  private async callBatch(admissions: Admission[]): Promise<Called[]> {
    const createdAt = new Date().toISOString();
    const ids = admissions.map(() => newCommentId());
    const column = <T>(value: (admission: Admission) => T) => admissions.map(value);
    const { windows } = admissions[0]!.rateLimit;
    const { rows } = await query<AdmitRow>(this.pool, {
      name: 'bantin-admit',
      text: ADMIT,
      values: [
        ids,
        column((a) => a.clientId),
        column((a) => a.thread),
        column((a) => a.comment.parentId ?? null),
        column((a) => a.comment.author),
        column((a) => a.comment.email ?? null),
        column((a) => a.comment.body),
        column(() => createdAt),
        column((a) => a.ip),
        column((a) => a.ackStatus),
        column((a) => a.honeypot),
        column((a) => a.rateLimit.key),
        column((a) => a.blockKeys.email ?? null),
        column((a) => a.blockKeys.ip ?? null),
        column((a) => storableTitle(a.page.title)),
        column((a) => a.page.url ?? null),
        windows.map((window) => window.ms),
        windows.map((window) => window.max),
      ],
    });
    const answer = rows[0]!;
    return admissions.map((admission, i): Called => {
      const outcome = answer.outcome[i]!;
      switch (outcome) {
        case 'stored': {
          const status = answer.told[i]!;
          const { author, body, parentId } = admission.comment;
          const comment = { id: ids[i]!, thread: admission.thread, parentId: parentId ?? null, author, body, createdAt, status };
          return { kind: 'stored', comment, status, spam: answer.spam[i]! };
        }
        case 'replay':
        case 'closed':
          return { kind: outcome };
        case 'rate-limited':
          return { kind: 'rate-limited', retryAfterMs: answer.retry_ms[i] ?? 0 };
        default:
          return { kind: 'refused', code: outcome, field: 'parentId' };
      }
    });
  }

  async insert(record: NewCommentRecord): Promise<InsertOutcome> {
    const createdAt = new Date().toISOString();
    const values = [
      newCommentId(),
      record.parentId ?? null,
      record.thread,
      record.author,
      record.email ?? null,
      record.body,
      createdAt,
      record.status,
      record.ackStatus,
      record.clientId,
      record.ip ?? null,
    ];
    const { rows } = await query<{ inserted: boolean; parent_is_reply: boolean | null }>(this.pool, {
      name: 'bantin-insert-comment',
      text: INSERT,
      values,
    });
    const { inserted, parent_is_reply: parentIsReply } = rows[0]!;
    if (inserted) {
      const comment: Comment = {
        id: values[0] as string,
        thread: record.thread,
        parentId: record.parentId ?? null,
        author: record.author,
        body: record.body,
        createdAt,
        status: record.ackStatus,
      };
      return { ok: true, comment, status: record.ackStatus, replay: false };
    }
    const existing = await this.findByClientId(record.clientId);
    if (existing) return { ok: true, ...existing, replay: true };
    return { ok: false, code: parentIsReply ? 'reply-too-deep' : 'parent-not-found', field: 'parentId' };
  }

  async findByClientId(clientId: string): Promise<Acknowledged | undefined> {
    const [row] = await this.rows({
      name: 'bantin-by-client-id',
      text: `SELECT ${COLUMNS} FROM bantin_comments WHERE client_id = $1`,
      values: [clientId],
    });
    return row ? toAcknowledged(fromPg(row)) : undefined;
  }

  async listApproved(thread: string, afterSeq: number, limit: number): Promise<CommentPage> {
    return this.page({ name: 'bantin-list-approved', text: LIST_APPROVED, values: [thread, afterSeq, limit + 1] }, limit);
  }

  async listByStatus(status: CommentStatus, afterSeq: number, limit: number, thread?: string): Promise<CommentPage> {
    const statement =
      thread === undefined
        ? { text: LIST_BY_STATUS, values: [status, afterSeq, limit + 1] }
        : { text: LIST_BY_STATUS_IN_THREAD, values: [status, afterSeq, limit + 1, thread] };
    return this.page(statement, limit);
  }

  private async page(statement: Statement, limit: number): Promise<CommentPage> {
    const rows = (await query<PgRow & { total: number }>(this.pool, statement)).rows;
    const found = rows.filter((row) => row.id !== null);
    return toPage(found.map(fromPg), limit, rows[0]?.total ?? 0);
  }

  async countApproved(thread: string): Promise<number> {
    const { rows } = await query<{ count: number }>(this.pool, {
      name: 'bantin-count-approved',
      text: `SELECT count(*)::int AS count FROM bantin_comments WHERE ${APPROVED_IN_THREAD}`,
      values: [thread],
    });
    return rows[0]?.count ?? 0;
  }

  async get(id: string): Promise<Comment | undefined> {
    const [row] = await this.rows({ text: `SELECT ${COLUMNS} FROM bantin_comments WHERE id = $1`, values: [id] });
    return row ? toComment(fromPg(row)) : undefined;
  }

  async setStatus(id: string, status: CommentStatus): Promise<Comment | undefined> {
    const [row] = await this.rows({
      text: `UPDATE bantin_comments SET status = $2, moderated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
      values: [id, status],
    });
    return row ? toComment(fromPg(row)) : undefined;
  }

  async delete(id: string): Promise<boolean> {
    const result = await query(this.pool, { text: 'DELETE FROM bantin_comments WHERE id = $1 OR parent_id = $1', values: [id] });
    return (result.rowCount ?? 0) > 0;
  }

  async ping(): Promise<void> {
    await query(this.pool, { text: 'SELECT 1' });
  }

  /** Waits for the admissions and statements under way (each one commits or fails on its own), then closes the pool. */
  async close(): Promise<void> {
    this.stopSweeping();
    if (this.admitting > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    await this.pool.end();
  }
}
