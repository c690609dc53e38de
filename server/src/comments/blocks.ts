// Blocks of an email address or an IP. An email is kept in lower case (and matched so); an IP only as its
// keyed hash (ip-key.ts), so the table never holds one in clear.
import { randomBytes } from 'node:crypto';
import { record, newActionId, type Actor } from './audit.js';
import type { IpHasher } from './ip-key.js';
import { isoTime, type SqlRunner } from './sql.js';

export type BlockKind = 'email' | 'ip';

export interface Block {
  id: string;
  kind: BlockKind;
  /** The email; null for an IP (never readable back). */
  value: string | null;
  reason: string | null;
  createdAt: string;
  createdBy: string | null;
}

interface BlockRow {
  id: string;
  kind: BlockKind;
  value: string | null;
  reason: string | null;
  created_at: string | Date;
  created_by: string | null;
}

const COLUMNS = 'id, kind, value, reason, created_at, created_by';

function toBlock(row: BlockRow): Block {
  return { id: row.id, kind: row.kind, value: row.value, reason: row.reason, createdAt: isoTime(row.created_at)!, createdBy: row.created_by };
}

/** What a block matches on: the lower-case email, or the IP's keyed hash. */
export function matchKey(kind: BlockKind, value: string, hashIp: IpHasher): string | undefined {
  return kind === 'email' ? value.trim().toLowerCase() : hashIp(value);
}

/** Adds a block (audited); `created: false` with the existing block when the value is blocked already. */
export async function addBlock(
  sql: SqlRunner,
  block: { kind: BlockKind; key: string; reason: string | null },
  actor: Actor,
): Promise<{ block: Block; created: boolean }> {
  return sql.transaction(async (tx) => {
    const id = randomBytes(9).toString('base64url');
    const inserted = await tx.run(
      `INSERT INTO bantin_blocks (id, kind, value, match_key, reason, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (kind, match_key) DO NOTHING`,
      [id, block.kind, block.kind === 'email' ? block.key : null, block.key, block.reason, new Date().toISOString(), actor.name],
    );
    const [row] = await tx.all<BlockRow>(`SELECT ${COLUMNS} FROM bantin_blocks WHERE kind = $1 AND match_key = $2`, [block.kind, block.key]);
    const found = toBlock(row!);
    if (inserted > 0) await record(tx, newActionId(), 'block', actor, { detail: describe(found) });
    return { block: found, created: inserted > 0 };
  });
}

function describe(block: Block): string {
  return `${block.id} ${block.kind}${block.value ? ` ${block.value}` : ''}${block.reason ? `: ${block.reason}` : ''}`;
}

export async function listBlocks(sql: SqlRunner): Promise<Block[]> {
  return (await sql.all<BlockRow>(`SELECT ${COLUMNS} FROM bantin_blocks ORDER BY created_at DESC, id`)).map(toBlock);
}

/** Lifts a block (audited); false when there is none with that id. */
export async function removeBlock(sql: SqlRunner, id: string, actor: Actor): Promise<boolean> {
  return sql.transaction(async (tx) => {
    const [row] = await tx.all<BlockRow>(`SELECT ${COLUMNS} FROM bantin_blocks WHERE id = $1`, [id]);
    if (!row) return false;
    await tx.run('DELETE FROM bantin_blocks WHERE id = $1', [id]);
    await record(tx, newActionId(), 'unblock', actor, { detail: describe(toBlock(row)) });
    return true;
  });
}

/** The match keys blocked now, by kind (a handful: read whole). */
export async function blockedKeys(sql: SqlRunner): Promise<{ email: Set<string>; ip: Set<string> }> {
  const rows = await sql.all<{ kind: BlockKind; match_key: string }>('SELECT kind, match_key FROM bantin_blocks');
  const keys = { email: new Set<string>(), ip: new Set<string>() };
  for (const row of rows) keys[row.kind].add(row.match_key);
  return keys;
}

/** Whether a post with this email and IP comes from a blocked sender. */
export async function isBlocked(sql: SqlRunner, keys: { email?: string; ip?: string }): Promise<boolean> {
  const rows = await sql.all(`SELECT 1 FROM bantin_blocks WHERE (kind = 'email' AND match_key = $1) OR (kind = 'ip' AND match_key = $2) LIMIT 1`, [
    keys.email ?? null,
    keys.ip ?? null,
  ]);
  return rows.length > 0;
}
