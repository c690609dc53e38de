// The key of a client's address (one per IPv4 address, one per IPv6 /64, whatever the spelling), and keyed
// hashes of those keys (HMAC-SHA256), so that blocks never hold an IP in clear. The key is
// BANTIN_IP_KEY, or one generated on first use and kept in the database (bantin_settings), shared by every
// instance of a PostgreSQL setup and kept across restarts.
import { createHmac, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { SqlRunner } from './sql.js';

/** The prefix a client owns in IPv6: an ISP hands out a /64 (or more), so each address in it is the same client. */
export const DEFAULT_IPV6_PREFIX = 64;

/** The eight 16-bit groups of an IPv6 address, or undefined (URL's parser canonicalises every spelling). */
function ipv6Groups(address: string): number[] | undefined {
  let host: string;
  try {
    host = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
  const [head = '', tail] = host.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right].map((group) => parseInt(group, 16));
  return groups.length === 8 ? groups : undefined;
}

function ipv6Text(groups: number[]): string {
  return new URL(`http://[${groups.map((group) => group.toString(16)).join(':')}]/`).hostname.slice(1, -1);
}

/**
 * The one key of a client address, for the rate limits and IP blocks alike: IPv4 as dotted decimal (IPv4-mapped
 * IPv6 unmapped), IPv6 cut to its first `ipv6Prefix` bits and written canonically ("2001:db8:1:2::/64"), so
 * every spelling and every address of one /64 is one client. Undefined when `address` is not an IP.
 */
export function clientIpKey(address: string, ipv6Prefix = DEFAULT_IPV6_PREFIX): string | undefined {
  const text = address.trim().replace(/%.*$/, ''); // a zone ("fe80::1%eth0") is the host's own business
  if (isIP(text) === 4) return text.split('.').map(Number).join('.');
  if (isIP(text) !== 6) return undefined;
  const groups = ipv6Groups(text);
  if (!groups) return undefined;
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
  }
  if (ipv6Prefix >= 128) return ipv6Text(groups);
  const masked = groups.map((group, index) => {
    const bits = Math.min(16, Math.max(0, ipv6Prefix - index * 16));
    return bits === 0 ? 0 : group & (0xffff << (16 - bits)) & 0xffff;
  });
  return `${ipv6Text(masked)}/${ipv6Prefix}`;
}

export type IpHasher = (address: string) => string | undefined;

async function storedKey(sql: SqlRunner): Promise<string> {
  await sql.run(`INSERT INTO bantin_settings (name, value) VALUES ('ip-key', $1) ON CONFLICT (name) DO NOTHING`, [randomBytes(32).toString('hex')]);
  const [row] = await sql.all<{ value: string }>(`SELECT value FROM bantin_settings WHERE name = 'ip-key'`);
  return row!.value;
}

/**
 * The hasher under `configured` (BANTIN_IP_KEY), else under the database's own key; undefined for a non-IP.
 * It hashes the address's clientIpKey, so a block holds every spelling of an address, and an IPv6 block its /64.
 */
export async function ipHasher(sql: SqlRunner, configured: string | undefined, ipv6Prefix = DEFAULT_IPV6_PREFIX): Promise<IpHasher> {
  const key = configured ?? (await storedKey(sql));
  return (address) => {
    const ip = clientIpKey(address, ipv6Prefix);
    return ip === undefined ? undefined : createHmac('sha256', key).update(ip).digest('hex');
  };
}
