// Keyed hashes of IP addresses (HMAC-SHA256), so that blocks never hold an IP in clear. The key is
// BANTIN_IP_KEY, or one generated on first use and kept in the database (bantin_settings), shared by every
// instance of a PostgreSQL setup and kept across restarts.
import { createHmac, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { SqlRunner } from './sql.js';

/** An address in one spelling: IPv4-mapped IPv6 as IPv4, IPv6 in lower case; undefined when not an IP. */
export function normalizeIp(address: string): string | undefined {
  const text = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  const ip = mapped ? mapped[1]! : text;
  return isIP(ip) === 0 ? undefined : ip;
}

export type IpHasher = (address: string) => string | undefined;

async function storedKey(sql: SqlRunner): Promise<string> {
  await sql.run(`INSERT INTO bantin_settings (name, value) VALUES ('ip-key', $1) ON CONFLICT (name) DO NOTHING`, [randomBytes(32).toString('hex')]);
  const [row] = await sql.all<{ value: string }>(`SELECT value FROM bantin_settings WHERE name = 'ip-key'`);
  return row!.value;
}

/** The hasher under `configured` (BANTIN_IP_KEY), else under the database's own key; undefined for a non-IP. */
export async function ipHasher(sql: SqlRunner, configured: string | undefined): Promise<IpHasher> {
  const key = configured ?? (await storedKey(sql));
  return (address) => {
    const ip = normalizeIp(address);
    return ip === undefined ? undefined : createHmac('sha256', key).update(ip).digest('hex');
  };
}
