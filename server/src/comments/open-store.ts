// The comment store the config names: SQLite in dataDir (the default), or PostgreSQL at `database`.
import { redactPassword, type DatabaseConfig } from '../config.js';
import { PostgresCommentStore } from './pg-store.js';
import { SqliteCommentStore } from './sqlite-store.js';
import type { CommentStore } from './store.js';

/** The store could not be opened at start: the message names the database (never its password) and why. */
export class StoreOpenError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}

export async function openCommentStore(database: DatabaseConfig, dataDir: string): Promise<CommentStore> {
  if (database.kind === 'sqlite') return new SqliteCommentStore(dataDir);
  try {
    return await PostgresCommentStore.open(database.url);
  } catch (error) {
    const reason = error instanceof AggregateError ? error.errors.map(String).join('; ') : (error as Error).message;
    throw new StoreOpenError(`cannot open the comments database ${redactPassword(database.url)}: ${reason}`, { cause: error });
  }
}

/** How the start-up line names the comments database. */
export function describeDatabase(database: DatabaseConfig, dataDir: string): string {
  return database.kind === 'sqlite' ? `SQLite in ${dataDir}` : `PostgreSQL ${redactPassword(database.url)}`;
}
