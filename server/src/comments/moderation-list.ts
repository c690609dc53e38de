// The moderation queue with each comment's context: its thread's title, URL and closed flag, the parent of a
// reply, the email, the poster's history (earlier comments of the same email / IP by status), the watched
// words found and whether the poster is blocked. One query a page; the IP itself never leaves this module.
import type { Comment, CommentStatus } from 'bantin/core';
import { blockedKeys, matchKey } from './blocks.js';
import type { IpHasher } from './ip-key.js';
import { COMMENT_STATUSES } from './schemas.js';
import { isoTime, type SqlRunner, type SqlValue } from './sql.js';
import type { WatchedWordMatcher } from './watched-words.js';

export type StatusCounts = Record<CommentStatus, number>;
type History = Record<'approved' | 'rejected' | 'spam', number>;

export interface ModerationComment extends Comment {
  email: string | null;
  moderatedAt: string | null;
  threadTitle: string | null;
  threadUrl: string | null;
  threadClosed: boolean;
  parent: Pick<Comment, 'id' | 'author' | 'body' | 'createdAt' | 'status'> | null;
  history: { email: History | null; ip: History | null };
  watchedWords: string[];
  blocked: boolean;
}

export interface QueueQuery {
  status: CommentStatus;
  thread?: string;
  /** Text looked for in body, author and email (case-insensitive). */
  q?: string;
  order: 'oldest' | 'newest';
  /** Rows after this seq in the order (0: from the start). */
  cursorSeq: number;
  limit: number;
}

export interface ModerationContext {
  sql: SqlRunner;
  hashIp: IpHasher;
  watched: WatchedWordMatcher;
}

const HISTORY = ['approved', 'rejected', 'spam'] as const;

function historyColumns(table: string, by: 'email' | 'ip'): string {
  return HISTORY.map(
    (status) =>
      `(SELECT CAST(count(*) AS integer) FROM ${table} o WHERE o.${by} = c.${by} AND o.seq < c.seq AND o.status = '${status}') AS ${by}_${status}`,
  ).join(', ');
}

type Row = Record<string, SqlValue | Date>;

function select(sql: SqlRunner): string {
  const C = sql.comments;
  return `SELECT c.seq, c.id, c.thread, c.parent_id, c.author, c.body, c.created_at, c.status, c.email, c.ip, c.moderated_at,
      t.title AS thread_title, t.url AS thread_url, t.closed AS thread_closed,
      p.id AS p_id, p.author AS p_author, p.body AS p_body, p.created_at AS p_created_at, p.status AS p_status,
      ${historyColumns(C, 'email')}, ${historyColumns(C, 'ip')}
    FROM ${C} c LEFT JOIN bantin_threads t ON t.thread = c.thread LEFT JOIN ${C} p ON p.id = c.parent_id`;
}

function history(row: Row, by: 'email' | 'ip'): History | null {
  if (row[by] === null) return null;
  return { approved: Number(row[`${by}_approved`]), rejected: Number(row[`${by}_rejected`]), spam: Number(row[`${by}_spam`]) };
}

async function toModeration(context: ModerationContext, rows: Row[]): Promise<ModerationComment[]> {
  const blocked = rows.length > 0 ? await blockedKeys(context.sql) : undefined;
  return rows.map((row) => {
    const email = row.email as string | null;
    const ip = row.ip as string | null;
    const ipKey = ip === null ? undefined : matchKey('ip', ip, context.hashIp);
    return {
      id: row.id as string,
      thread: row.thread as string,
      parentId: row.parent_id as string | null,
      author: row.author as string,
      body: row.body as string,
      createdAt: isoTime(row.created_at as string | Date)!,
      status: row.status as CommentStatus,
      email,
      moderatedAt: isoTime(row.moderated_at as string | Date | null),
      threadTitle: row.thread_title as string | null,
      threadUrl: row.thread_url as string | null,
      threadClosed: Boolean(row.thread_closed),
      parent:
        row.p_id === null
          ? null
          : {
              id: row.p_id as string,
              author: row.p_author as string,
              body: row.p_body as string,
              createdAt: isoTime(row.p_created_at as string | Date)!,
              status: row.p_status as CommentStatus,
            },
      history: { email: history(row, 'email'), ip: history(row, 'ip') },
      watchedWords: context.watched(`${row.author as string}\n${row.body as string}`),
      blocked: (email !== null && blocked!.email.has(matchKey('email', email, context.hashIp)!)) || (ipKey !== undefined && blocked!.ip.has(ipKey)),
    };
  });
}

/** LIKE pattern for a contains-search, its wildcards escaped. */
function containsPattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
}

/** Comments with each status, in one thread or in all. */
export async function statusCounts(sql: SqlRunner, thread?: string): Promise<StatusCounts> {
  const counts = Object.fromEntries(COMMENT_STATUSES.map((status) => [status, 0])) as StatusCounts;
  const rows = await sql.all<{ status: CommentStatus; n: number }>(
    `SELECT status, CAST(count(*) AS integer) AS n FROM ${sql.comments} ${thread === undefined ? '' : 'WHERE thread = $1'} GROUP BY status`,
    thread === undefined ? [] : [thread],
  );
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}

/** A page of the queue, the query's total and the per-status counts. */
export async function listQueue(
  context: ModerationContext,
  query: QueueQuery,
): Promise<{ comments: ModerationComment[]; lastSeq: number | null; more: boolean; count: number; counts: StatusCounts }> {
  const { sql } = context;
  const values: SqlValue[] = [query.status];
  let where = 'c.status = $1';
  if (query.thread !== undefined) {
    values.push(query.thread);
    where += ` AND c.thread = $${values.length}`;
  }
  if (query.q !== undefined) {
    values.push(containsPattern(query.q));
    const n = values.length;
    where += ` AND (lower(c.body) LIKE $${n} ESCAPE '\\' OR lower(c.author) LIKE $${n} ESCAPE '\\' OR lower(c.email) LIKE $${n} ESCAPE '\\')`;
  }
  // Without a search, the count is one of the status counts (asked for anyway).
  const counts = statusCounts(sql, query.thread);
  counts.catch(() => {}); // awaited below; a failure of the queries before it must not leave it unhandled
  const total =
    query.q === undefined
      ? undefined
      : await sql.all<{ n: number }>(`SELECT CAST(count(*) AS integer) AS n FROM ${sql.comments} c WHERE ${where}`, values);
  const newest = query.order === 'newest';
  const cursor = query.cursorSeq > 0 ? query.cursorSeq : newest ? Number.MAX_SAFE_INTEGER : 0;
  const page = [...values, cursor, query.limit + 1];
  const rows = await sql.all<Row>(
    `${select(sql)} WHERE ${where} AND c.seq ${newest ? '<' : '>'} $${page.length - 1} ORDER BY c.seq ${newest ? 'DESC' : 'ASC'} LIMIT $${page.length}`,
    page,
  );
  const more = rows.length > query.limit;
  const shown = rows.slice(0, query.limit);
  return {
    comments: await toModeration(context, shown),
    lastSeq: shown.length > 0 ? Number(shown[shown.length - 1]!.seq) : null,
    more,
    count: total ? Number(total[0]?.n ?? 0) : (await counts)[query.status],
    counts: await counts,
  };
}

/** One comment with its context. */
export async function moderationComment(context: ModerationContext, id: string): Promise<ModerationComment | undefined> {
  const rows = await context.sql.all<Row>(`${select(context.sql)} WHERE c.id = $1`, [id]);
  return (await toModeration(context, rows))[0];
}

/** Pending comments posted after `afterSeq`, oldest first (at most `limit`), and the last seq there is now. */
export async function pendingSince(
  context: ModerationContext,
  afterSeq: number | undefined,
  limit: number,
): Promise<{ comments: ModerationComment[]; lastSeq: number }> {
  const { sql } = context;
  const [top] = await sql.all<{ seq: number | null }>(`SELECT max(seq) AS seq FROM ${sql.comments}`);
  const latest = Number(top?.seq ?? 0);
  if (afterSeq === undefined) return { comments: [], lastSeq: latest };
  const rows = await sql.all<Row>(`${select(sql)} WHERE c.status = 'pending' AND c.seq > $1 ORDER BY c.seq LIMIT $2`, [afterSeq, limit]);
  const comments = await toModeration(context, rows);
  return { comments, lastSeq: rows.length === limit ? Number(rows[rows.length - 1]!.seq) : Math.max(latest, afterSeq) };
}
