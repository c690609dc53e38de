// Which IP addresses the feed proxy may connect to: public unicast only. Everything a request forger
// could aim at inside the network — loopback, private, link-local, CGNAT, cloud metadata, multicast,
// IPv6 loopback/ULA/link-local, IPv4-mapped and tunnelled forms, reserved ranges — is refused.
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();

for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 reaches the local host
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24],
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}

// IPv6: only global unicast 2000::/3 may pass (this excludes ::, ::1, ::ffff:0:0/96, 64:ff9b::/96,
// 100::/64, fc00::/7, fe80::/10, fec0::/10, ff00::/8, 5f00::/16 …), minus special blocks inside it.
const globalUnicast = new BlockList();
globalUnicast.addSubnet('2000::', 3, 'ipv6');

for (const [network, prefix] of [
  ['2001::', 23], // IETF protocol assignments, Teredo 2001::/32
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4 (embeds any IPv4 address)
  ['3fff::', 20], // documentation
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** True when the proxy may connect to `address` (an IPv4 or IPv6 literal, brackets allowed). */
export function isPublicAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(ip);
  if (family === 4) return !blocked.check(ip, 'ipv4');
  if (family === 6) {
    return globalUnicast.check(ip, 'ipv6') && !blocked.check(ip, 'ipv6');
  }
  return false;
}
