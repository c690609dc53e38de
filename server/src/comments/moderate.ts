// Moderation actions on comments, each in one transaction with its audit entries: set a status (one comment
// or many), delete (with replies), and undo an earlier status action. Each resolves with what changed, so
// that the caller can notify about it.
import type { Comment, CommentStatus } from 'bantin/core';
import { actionEntries, isUndone, lastUndoable, newActionId, record, type Actor, type AuditKind } from './audit.js';
import { ApiError } from '../errors.js';
import { isoTime, lockClause, type SqlRunner } from './sql.js';
import { toComment, type CommentRow } from './store.js';

export type StatusAction = 'approve' | 'reject' | 'spam';
export type BulkAction = StatusAction | 'delete';

export const STATUS_OF: Record<StatusAction, CommentStatus> = { approve: 'approved', reject: 'rejected', spam: 'spam' };

export type ItemResult = { id: string; ok: true; status?: CommentStatus } | { id: string; ok: false; error: 'not-found' | 'changed' };

export interface ActionOutcome {
  action: string;
  results: ItemResult[];
  /** Comments whose status changed (with the new status), and comments deleted (with their last status). */
  changed: Comment[];
  deleted: Comment[];
  /** Every comment whose status was set, with its new status. */
  acted: Comment[];
}

const COLUMNS = 'seq, id, thread, parent_id, author, body, created_at, status, ack_status';

/** A comments row from either database (PostgreSQL gives created_at as a Date). */
function rowToComment(row: Omit<CommentRow, 'created_at'> & { created_at: string | Date }): Comment {
  return toComment({ ...row, created_at: isoTime(row.created_at)! });
}

async function lockedComment(sql: SqlRunner, id: string): Promise<Comment | undefined> {
  const [row] = await sql.all<CommentRow>(`SELECT ${COLUMNS} FROM ${sql.comments} WHERE id = $1${lockClause(sql)}`, [id]);
  return row ? rowToComment(row) : undefined;
}

/** Sets `status` on each comment (only when it differs: an entry is recorded either way). */
async function setOne(
  sql: SqlRunner,
  id: string,
  status: CommentStatus,
  audit: { action: string; kind: AuditKind; actor: Actor; detail?: string; expect?: CommentStatus },
  outcome: ActionOutcome,
): Promise<void> {
  const comment = await lockedComment(sql, id);
  if (!comment) return void outcome.results.push({ id, ok: false, error: 'not-found' });
  if (audit.expect !== undefined && comment.status !== audit.expect) return void outcome.results.push({ id, ok: false, error: 'changed' });
  await sql.run(`UPDATE ${sql.comments} SET status = $2, moderated_at = $3 WHERE id = $1`, [id, status, new Date().toISOString()]);
  await record(sql, audit.action, audit.kind, audit.actor, {
    commentId: id,
    thread: comment.thread,
    before: comment.status,
    after: status,
    detail: audit.detail,
  });
  outcome.results.push({ id, ok: true, status });
  outcome.acted.push({ ...comment, status });
  if (comment.status !== status) outcome.changed.push({ ...comment, status });
}

async function deleteOne(sql: SqlRunner, id: string, action: string, actor: Actor, outcome: ActionOutcome): Promise<void> {
  const rows = await sql.all<CommentRow>(`SELECT ${COLUMNS} FROM ${sql.comments} WHERE id = $1 OR parent_id = $1 ORDER BY seq${lockClause(sql)}`, [
    id,
  ]);
  if (!rows.some((row) => row.id === id)) return void outcome.results.push({ id, ok: false, error: 'not-found' });
  await sql.run(`DELETE FROM ${sql.comments} WHERE id = $1 OR parent_id = $1`, [id]);
  for (const row of rows) {
    const comment = rowToComment(row);
    await record(sql, action, 'delete', actor, { commentId: comment.id, thread: comment.thread, before: comment.status, after: null });
    outcome.deleted.push(comment);
  }
  outcome.results.push({ id, ok: true });
}

/** One action on a list of comments, in one transaction, audited under one action id. */
export async function applyAction(sql: SqlRunner, action: BulkAction, ids: readonly string[], actor: Actor): Promise<ActionOutcome> {
  const outcome: ActionOutcome = { action: newActionId(), results: [], changed: [], deleted: [], acted: [] };
  await sql.transaction(async (tx) => {
    for (const id of ids) {
      if (action === 'delete') await deleteOne(tx, id, outcome.action, actor, outcome);
      else await setOne(tx, id, STATUS_OF[action], { action: outcome.action, kind: action, actor }, outcome);
    }
  });
  return outcome;
}

const cannotUndo = (why: string) => new ApiError(409, 'cannot-undo', why);

/** Puts back the statuses an approve/reject/spam action set, where nothing changed them since. */
export async function undoAction(sql: SqlRunner, target: string | undefined, actor: Actor): Promise<ActionOutcome & { undid: string }> {
  const outcome: ActionOutcome = { action: newActionId(), results: [], changed: [], deleted: [], acted: [] };
  const undid = await sql.transaction(async (tx) => {
    const action = target ?? (await lastUndoable(tx, actor));
    if (action === undefined) throw cannotUndo('There is no action of yours left to undo');
    const entries = await actionEntries(tx, action);
    if (entries.length === 0) throw new ApiError(404, 'not-found', 'No such action', { field: 'action' });
    if (!entries.every((entry) => entry.kind === 'approve' || entry.kind === 'reject' || entry.kind === 'spam')) {
      throw cannotUndo(`A ${entries[0]!.kind} cannot be undone`);
    }
    if (await isUndone(tx, action)) throw cannotUndo('This action was undone already');
    for (const entry of entries) {
      await setOne(
        tx,
        entry.commentId!,
        entry.before!,
        { action: outcome.action, kind: 'undo', actor, detail: action, expect: entry.after! },
        outcome,
      );
    }
    return action;
  });
  return { ...outcome, undid };
}
