// The audit log: every moderation action, who did it, when, and a comment's status before and after. The
// entries of one request (a bulk action) share an action id, which is also what an undo names.
import { randomBytes } from 'node:crypto';
import type { CommentStatus } from 'bantin/core';
import { isoTime, type SqlRunner } from './sql.js';

export type AuditKind = 'approve' | 'reject' | 'spam' | 'delete' | 'undo' | 'block' | 'unblock' | 'close' | 'open';

/** Who acts: a moderator's name, or null for the BANTIN_ADMIN_TOKEN admin. */
export interface Actor {
  name: string | null;
}

export interface AuditEntry {
  id: string;
  action: string;
  kind: AuditKind;
  moderator: string | null;
  at: string;
  commentId: string | null;
  thread: string | null;
  before: CommentStatus | null;
  after: CommentStatus | null;
  detail: string | null;
}

export type NewAuditEntry = Partial<Pick<AuditEntry, 'commentId' | 'thread' | 'before' | 'after' | 'detail'>>;

interface AuditRow {
  seq: number | string;
  action: string;
  kind: AuditKind;
  moderator: string | null;
  at: string | Date;
  comment_id: string | null;
  thread: string | null;
  status_before: CommentStatus | null;
  status_after: CommentStatus | null;
  detail: string | null;
}

/** A new action id: 16 random base64url characters. */
export function newActionId(): string {
  return randomBytes(12).toString('base64url');
}

/** Records one entry of an action (call inside the transaction that made the change). */
export async function record(sql: SqlRunner, action: string, kind: AuditKind, actor: Actor, entry: NewAuditEntry = {}): Promise<void> {
  await sql.run(
    `INSERT INTO bantin_audit (action, kind, moderator, at, comment_id, thread, status_before, status_after, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      action,
      kind,
      actor.name,
      new Date().toISOString(),
      entry.commentId ?? null,
      entry.thread ?? null,
      entry.before ?? null,
      entry.after ?? null,
      entry.detail ?? null,
    ],
  );
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: String(row.seq),
    action: row.action,
    kind: row.kind,
    moderator: row.moderator,
    at: isoTime(row.at)!,
    commentId: row.comment_id,
    thread: row.thread,
    before: row.status_before,
    after: row.status_after,
    detail: row.detail,
  };
}

const COLUMNS = 'seq, action, kind, moderator, at, comment_id, thread, status_before, status_after, detail';

/** Entries newest first, before the entry `beforeSeq` (0: from the newest), optionally of one comment. */
export async function listAudit(
  sql: SqlRunner,
  options: { beforeSeq: number; limit: number; commentId?: string },
): Promise<{ entries: AuditEntry[]; lastSeq: number | null; more: boolean }> {
  const values: (string | number)[] = [options.beforeSeq > 0 ? options.beforeSeq : Number.MAX_SAFE_INTEGER, options.limit + 1];
  let where = 'seq < $1';
  if (options.commentId !== undefined) {
    values.push(options.commentId);
    where += ' AND comment_id = $3';
  }
  const rows = await sql.all<AuditRow>(`SELECT ${COLUMNS} FROM bantin_audit WHERE ${where} ORDER BY seq DESC LIMIT $2`, values);
  const more = rows.length > options.limit;
  const shown = rows.slice(0, options.limit);
  return { entries: shown.map(toEntry), lastSeq: shown.length > 0 ? Number(shown[shown.length - 1]!.seq) : null, more };
}

/** The entries of one action, in order. */
export async function actionEntries(sql: SqlRunner, action: string): Promise<AuditEntry[]> {
  return (await sql.all<AuditRow>(`SELECT ${COLUMNS} FROM bantin_audit WHERE action = $1 ORDER BY seq`, [action])).map(toEntry);
}

/** Whether an undo of `action` is recorded. */
export async function isUndone(sql: SqlRunner, action: string): Promise<boolean> {
  return (await sql.all(`SELECT 1 FROM bantin_audit WHERE kind = 'undo' AND detail = $1 LIMIT 1`, [action])).length > 0;
}

/** The last status action (approve, reject, spam) of this actor that no undo names yet. */
export async function lastUndoable(sql: SqlRunner, actor: Actor): Promise<string | undefined> {
  const [row] = await sql.all<{ action: string }>(
    `SELECT a.action FROM bantin_audit a
     WHERE a.moderator IS NOT DISTINCT FROM $1 AND a.kind IN ('approve', 'reject', 'spam')
       AND NOT EXISTS (SELECT 1 FROM bantin_audit u WHERE u.kind = 'undo' AND u.detail = a.action)
     ORDER BY a.seq DESC LIMIT 1`,
    [actor.name],
  );
  return row?.action;
}
