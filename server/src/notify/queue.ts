// The notification queue, a table in the comments database (bantin_notify_queue): events wait there until the
// webhook took them, so they survive a restart, and several instances share them (a row is claimed with a
// lease, FOR UPDATE SKIP LOCKED in PostgreSQL, so one instance sends it).
import { isoTime, lockClause, type SqlRunner } from '../comments/sql.js';

export interface QueuedEvent {
  seq: number;
  event: string;
  body: string;
  attempts: number;
  createdAt: string;
}

interface QueueRow {
  seq: number | string;
  event: string;
  body: string;
  attempts: number;
  created_at: string | Date;
}

/** Adds an event; `body` is built from its seq (the delivery id), so it is written in a second statement. */
export async function enqueue(sql: SqlRunner, event: string, build: (id: string) => string): Promise<void> {
  await sql.transaction(async (tx) => {
    const now = new Date().toISOString();
    const [row] = await tx.all<{ seq: number | string }>(
      `INSERT INTO bantin_notify_queue (event, body, created_at, next_at) VALUES ($1, '', $2, $2) RETURNING seq`,
      [event, now],
    );
    await tx.run('UPDATE bantin_notify_queue SET body = $2 WHERE seq = $1', [row!.seq, build(String(row!.seq))]);
  });
}

/** Takes the oldest due event for `leaseMs` (no other instance takes it meanwhile); undefined when none is due. */
export async function claim(sql: SqlRunner, leaseMs: number): Promise<QueuedEvent | undefined> {
  const now = new Date();
  const [row] = await sql.all<QueueRow>(
    `UPDATE bantin_notify_queue SET locked_until = $2
     WHERE seq = (SELECT seq FROM bantin_notify_queue WHERE next_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
                  ORDER BY seq LIMIT 1${lockClause(sql, 'FOR UPDATE SKIP LOCKED')})
     RETURNING seq, event, body, attempts, created_at`,
    [now.toISOString(), new Date(now.getTime() + leaseMs).toISOString()],
  );
  return row && { seq: Number(row.seq), event: row.event, body: row.body, attempts: row.attempts, createdAt: isoTime(row.created_at)! };
}

export async function remove(sql: SqlRunner, seq: number): Promise<void> {
  await sql.run('DELETE FROM bantin_notify_queue WHERE seq = $1', [seq]);
}

/** Puts a claimed event back, due at `nextAt` (now, after a shutdown cut its delivery short). */
export async function reschedule(sql: SqlRunner, event: QueuedEvent, nextAt: Date, failure?: string): Promise<void> {
  await sql.run('UPDATE bantin_notify_queue SET attempts = $2, next_at = $3, locked_until = NULL, last_error = $4 WHERE seq = $1', [
    event.seq,
    failure === undefined ? event.attempts : event.attempts + 1,
    nextAt.toISOString(),
    failure ?? null,
  ]);
}
