// One small SQL interface over both databases, for the moderation tables (threads, audit, blocks, settings,
// the notification queue) whose queries are the same in SQLite and PostgreSQL. Statements are written with
// PostgreSQL's `$1` placeholders; the SQLite runner names them `@p1` and binds booleans as 0/1. Values are
// always parameters; only table names (constants) are put into the text.
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { classify } from './pg-pool.js';
import type { StoreKind } from './store.js';

export type SqlValue = string | number | boolean | null;

export interface SqlRunner {
  readonly kind: StoreKind;
  /** The comments table: `comments` in SQLite, `bantin_comments` in PostgreSQL. */
  readonly comments: string;
  all<Row>(text: string, values?: SqlValue[]): Promise<Row[]>;
  /** Runs a statement; resolves with the number of rows it changed. */
  run(text: string, values?: SqlValue[]): Promise<number>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it rejects. */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
}

/** ` FOR UPDATE` (or another locking clause) where the database has row locks, nothing in SQLite. */
export function lockClause(sql: SqlRunner, clause = 'FOR UPDATE'): string {
  return sql.kind === 'postgres' ? ` ${clause}` : '';
}

/** A time as both databases give it back (ISO text, or a Date) → ISO 8601 UTC. */
export function isoTime(value: string | Date | null): string | null {
  if (value === null) return null;
  return value instanceof Date ? value.toISOString() : value;
}

/** `$1`, `$2` … as better-sqlite3's named parameters `@p1`, `@p2` … (a number may repeat). */
function sqliteParameters(values: SqlValue[]): Record<string, string | number | null> {
  return Object.fromEntries(values.map((value, index) => [`p${index + 1}`, typeof value === 'boolean' ? Number(value) : value]));
}

/** SQLite's runner: better-sqlite3 is synchronous, so a transaction is never interleaved with other statements. */
export function sqliteRunner(db: Database.Database): SqlRunner {
  const cache = new Map<string, Database.Statement>();
  const prepare = (text: string) => {
    let statement = cache.get(text);
    if (!statement) {
      statement = db.prepare(text.replace(/\$(\d+)/g, '@p$1'));
      cache.set(text, statement);
    }
    return statement;
  };
  let queue: Promise<unknown> = Promise.resolve();
  const runner: SqlRunner = {
    kind: 'sqlite',
    comments: 'comments',
    async all<Row>(text: string, values: SqlValue[] = []) {
      return prepare(text).all(sqliteParameters(values)) as Row[];
    },
    async run(text, values = []) {
      return prepare(text).run(sqliteParameters(values)).changes;
    },
    // Transactions take turns; their statements resolve at once, so no other statement runs inside one.
    transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
      const result = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const value = await work(runner);
          db.exec('COMMIT');
          return value;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
      queue = result.catch(() => {});
      return result;
    },
  };
  return runner;
}

function pgClientRunner(client: pg.Pool | pg.PoolClient, transaction: SqlRunner['transaction']): SqlRunner {
  return {
    kind: 'postgres',
    comments: 'bantin_comments',
    async all<Row>(text: string, values: SqlValue[] = []) {
      try {
        return (await client.query(text, values)).rows as Row[];
      } catch (error) {
        throw classify(error);
      }
    },
    async run(text, values = []) {
      try {
        return (await client.query(text, values)).rowCount ?? 0;
      } catch (error) {
        throw classify(error);
      }
    },
    transaction,
  };
}

/** PostgreSQL's runner: statements on the pool; a transaction on one connection of it. */
export function pgRunner(pool: pg.Pool): SqlRunner {
  const transaction = async <T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> => {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw classify(error);
    }
    const tx = pgClientRunner(client, (inner) => inner(tx));
    try {
      await tx.run('BEGIN');
      const value = await work(tx);
      await tx.run('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  return pgClientRunner(pool, transaction);
}
