// Numbered SQLite schema migrations (PostgreSQL's are in pg-migrations.ts); PRAGMA user_version holds the number of the last one applied.
import type { Database } from 'better-sqlite3';

const MIGRATIONS: readonly string[] = [
  // 1: comments, with the idempotency key and what the poster was told (ack_status).
  `CREATE TABLE comments (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     thread TEXT NOT NULL,
     parent_id TEXT,
     author TEXT NOT NULL,
     email TEXT,
     body TEXT NOT NULL,
     created_at TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'spam')),
     ack_status TEXT NOT NULL CHECK (ack_status IN ('pending', 'approved')),
     client_id TEXT NOT NULL UNIQUE,
     ip TEXT,
     moderated_at TEXT
   );
   CREATE INDEX comments_by_thread ON comments (thread, status, seq);
   CREATE INDEX comments_by_status ON comments (status, seq);
   CREATE INDEX comments_by_parent ON comments (parent_id);`,
];

export const SQLITE_SCHEMA_VERSION = MIGRATIONS.length;

/** Applies every migration newer than the database, each in its own transaction. */
export function migrate(db: Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`The comments database is at schema ${current}, newer than this server (${MIGRATIONS.length})`);
  }
  for (let version = current + 1; version <= MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version - 1]!);
      db.pragma(`user_version = ${version}`);
    })();
  }
  return MIGRATIONS.length;
}
