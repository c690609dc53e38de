// What the server keeps about a thread besides its comments: the article's title and URL (from the first post
// that sent them; the stores note them as they admit a comment), and whether moderators closed it to new
// comments. Plus the approved counts of many threads.
import type { SqlRunner } from './sql.js';

export interface ThreadInfo {
  id: string;
  title: string | null;
  url: string | null;
  closed: boolean;
}

interface ThreadRow {
  thread: string;
  title: string | null;
  url: string | null;
  closed: number | boolean;
}

export async function getThread(sql: SqlRunner, thread: string): Promise<ThreadInfo> {
  const [row] = await sql.all<ThreadRow>('SELECT thread, title, url, closed FROM bantin_threads WHERE thread = $1', [thread]);
  return { id: thread, title: row?.title ?? null, url: row?.url ?? null, closed: Boolean(row?.closed) };
}

/** Closes or opens a thread; resolves with whether it was closed before. */
export async function setClosed(sql: SqlRunner, thread: string, closed: boolean): Promise<boolean> {
  return sql.transaction(async (tx) => {
    const before = (await getThread(tx, thread)).closed;
    await tx.run(`INSERT INTO bantin_threads (thread, closed) VALUES ($1, $2) ON CONFLICT (thread) DO UPDATE SET closed = excluded.closed`, [
      thread,
      closed,
    ]);
    return before;
  });
}

/** Approved comments of each thread; threads without any are 0. */
export async function countApprovedMany(sql: SqlRunner, threads: readonly string[]): Promise<Record<string, number>> {
  const unique = [...new Set(threads)];
  const counts = new Map(unique.map((thread) => [thread, 0]));
  const list = unique.map((_, index) => `$${index + 1}`).join(', ');
  const rows = await sql.all<{ thread: string; count: number }>(
    `SELECT thread, CAST(count(*) AS integer) AS count FROM ${sql.comments} WHERE status = 'approved' AND thread IN (${list}) GROUP BY thread`,
    unique,
  );
  for (const row of rows) counts.set(row.thread, Number(row.count));
  return Object.fromEntries(counts); // own members only: "__proto__" is a thread like any other
}
