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
  // 2: moderation (issue #16): what is known of each thread (title, URL, closed), the audit log, blocks (IPs
  //    only as keyed hashes), server settings (the generated IP key) and the webhook queue; indexes for the
  //    poster history shown to moderators.
  `CREATE INDEX comments_by_email ON comments (email, seq);
   CREATE INDEX comments_by_ip ON comments (ip, seq);
   CREATE TABLE bantin_threads (
     thread TEXT PRIMARY KEY,
     title TEXT,
     url TEXT,
     closed INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE bantin_audit (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     action TEXT NOT NULL,
     kind TEXT NOT NULL,
     moderator TEXT,
     at TEXT NOT NULL,
     comment_id TEXT,
     thread TEXT,
     status_before TEXT,
     status_after TEXT,
     detail TEXT
   );
   CREATE INDEX bantin_audit_by_action ON bantin_audit (action);
   CREATE INDEX bantin_audit_by_comment ON bantin_audit (comment_id, seq);
   CREATE INDEX bantin_audit_by_moderator ON bantin_audit (moderator, seq);
   CREATE TABLE bantin_blocks (
     id TEXT PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('email', 'ip')),
     value TEXT,
     match_key TEXT NOT NULL,
     reason TEXT,
     created_at TEXT NOT NULL,
     created_by TEXT,
     UNIQUE (kind, match_key)
   );
   CREATE TABLE bantin_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE bantin_notify_queue (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     event TEXT NOT NULL,
     body TEXT NOT NULL,
     attempts INTEGER NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL,
     next_at TEXT NOT NULL,
     locked_until TEXT,
     last_error TEXT
   );
   CREATE INDEX bantin_notify_queue_due ON bantin_notify_queue (next_at);`,
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
