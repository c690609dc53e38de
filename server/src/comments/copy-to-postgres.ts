// Moving a running site from SQLite to PostgreSQL: copies every comment of a SQLite comments database into
// PostgreSQL with its id, thread, reply link, status, clientId, email, IP and times. Idempotent: a comment
// whose clientId PostgreSQL already holds is left as it is, so a second run (say, after the last comments
// posted on the old server) copies only what is new. Each comment keeps its place in posting order (`seq`)
// unless PostgreSQL already gave that number to another comment; then it gets the next free number.
import Database from 'better-sqlite3';
import type pg from 'pg';
import { SQLITE_SCHEMA_VERSION } from './migrations.js';
import { migratePostgres } from './pg-migrations.js';
import { createPool } from './pg-pool.js';

const CHUNK = 500;

export interface CopyReport {
  /** Comments in the SQLite database. */
  read: number;
  /** Copied now, at their own place in posting order. */
  copied: number;
  /** Copied now, with a new place (their seq was taken in PostgreSQL). */
  renumbered: number;
  /** Already in PostgreSQL (same clientId): left untouched. */
  alreadyThere: number;
}

interface SqliteRow {
  seq: number;
  id: string;
  thread: string;
  parent_id: string | null;
  author: string;
  email: string | null;
  body: string;
  created_at: string;
  status: string;
  ack_status: string;
  client_id: string;
  ip: string | null;
  moderated_at: string | null;
}

const FIELDS = [
  'id',
  'thread',
  'parent_id',
  'author',
  'email',
  'body',
  'created_at',
  'status',
  'ack_status',
  'client_id',
  'ip',
  'moderated_at',
] as const;
const TYPES: Record<(typeof FIELDS)[number], string> = {
  id: 'text',
  thread: 'text',
  parent_id: 'text',
  author: 'text',
  email: 'text',
  body: 'text',
  created_at: 'timestamptz',
  status: 'text',
  ack_status: 'text',
  client_id: 'text',
  ip: 'text',
  moderated_at: 'timestamptz',
};

/** INSERT … SELECT FROM unnest($1, $2, …): one statement a chunk, every value a parameter (one array per column). */
function insertStatement(withSeq: boolean): string {
  const columns = withSeq ? ['seq', ...FIELDS] : [...FIELDS];
  const types = columns.map((column, index) => `$${index + 1}::${column === 'seq' ? 'bigint' : TYPES[column as (typeof FIELDS)[number]]}[]`);
  return `INSERT INTO bantin_comments (${columns.join(', ')})
          SELECT * FROM unnest(${types.join(', ')})
          ON CONFLICT DO NOTHING
          RETURNING client_id`;
}

function columnsOf(rows: SqliteRow[], withSeq: boolean): unknown[][] {
  const fields = withSeq ? (['seq', ...FIELDS] as const) : FIELDS;
  return fields.map((field) => rows.map((row) => row[field]));
}

async function insertChunk(pool: pg.Pool, rows: SqliteRow[], withSeq: boolean): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const result = await pool.query<{ client_id: string }>(insertStatement(withSeq), columnsOf(rows, withSeq));
  return new Set(result.rows.map((row) => row.client_id));
}

/** Numbers PostgreSQL hands out from now on are above every seq of the SQLite file and of the table. */
async function raiseSequence(pool: pg.Pool, sqliteMaxSeq: number): Promise<void> {
  await pool.query(
    `SELECT setval(s.name, GREATEST($1::bigint, (SELECT coalesce(max(seq), 0) FROM bantin_comments), coalesce(pg_sequence_last_value(s.name::regclass), 0), 1))
     FROM (SELECT pg_get_serial_sequence('bantin_comments', 'seq') AS name) AS s`,
    [sqliteMaxSeq],
  );
}

export class CopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyError';
  }
}

function openSqlite(file: string): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new CopyError(`cannot open ${file}: ${(error as Error).message}`);
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version < 1 || version > SQLITE_SCHEMA_VERSION) {
    db.close();
    throw new CopyError(`${file} is not a bantin comments database this server knows (schema ${version}, expected 1–${SQLITE_SCHEMA_VERSION})`);
  }
  return db;
}

export async function copySqliteToPostgres(sqliteFile: string, postgresUrl: string): Promise<CopyReport> {
  const db = openSqlite(sqliteFile);
  const pool = createPool(postgresUrl);
  const report: CopyReport = { read: 0, copied: 0, renumbered: 0, alreadyThere: 0 };
  try {
    await migratePostgres(pool);
    const chunk = db.prepare<[number, number], SqliteRow>(`SELECT seq, ${FIELDS.join(', ')} FROM comments WHERE seq > ? ORDER BY seq LIMIT ?`);
    const maxSeq = (db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM comments').get() as { seq: number }).seq;
    await raiseSequence(pool, maxSeq);
    for (let after = 0; ;) {
      const rows = chunk.all(after, CHUNK);
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.seq;
      report.read += rows.length;

      const copied = await insertChunk(pool, rows, true);
      report.copied += copied.size;
      const rest = rows.filter((row) => !copied.has(row.client_id));
      if (rest.length === 0) continue;
      const present = await pool.query<{ client_id: string }>('SELECT client_id FROM bantin_comments WHERE client_id = ANY($1::text[])', [
        rest.map((row) => row.client_id),
      ]);
      const there = new Set(present.rows.map((row) => row.client_id));
      report.alreadyThere += there.size;
      const renumber = rest.filter((row) => !there.has(row.client_id));
      const renumbered = await insertChunk(pool, renumber, false);
      report.renumbered += renumbered.size;
      const clashing = renumber.filter((row) => !renumbered.has(row.client_id));
      if (clashing.length > 0) {
        throw new CopyError(
          `${clashing.length} comment(s) could not be copied: PostgreSQL holds other comments with the same id (${clashing
            .slice(0, 5)
            .map((row) => row.id)
            .join(', ')})`,
        );
      }
    }
    return report;
  } finally {
    db.close();
    await pool.end();
  }
}
