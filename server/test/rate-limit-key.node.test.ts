// The per-IP limits count per client (#17): an IPv6 /64 is one client, an IPv4-mapped address is its IPv4
// address, and every spelling of an address is one — on both rate-limit stores, and for IP blocks.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig, ConfigError } from '../src/config.js';
import { clientIpKey } from '../src/comments/ip-key.js';
import { ADMIN_TOKEN, STORE_KINDS, clientId, postJson, startApp, usePostgres, type RunningApp } from './support.js';

const postgres = usePostgres();

describe('clientIpKey', () => {
  it('keys IPv6 by /64 (or the configured prefix), unmaps IPv4-mapped addresses, canonicalises spellings', () => {
    const one64 = ['2001:db8:1:2::1', '2001:DB8:1:2:0:0:0:1', '2001:0db8:0001:0002:abcd::9', '2001:db8:1:2:ffff:ffff:ffff:ffff'];
    assert.deepEqual(new Set(one64.map((a) => clientIpKey(a))), new Set(['2001:db8:1:2::/64']));
    assert.equal(clientIpKey('2001:db8:1:3::1'), '2001:db8:1:3::/64');
    for (const mapped of ['::ffff:1.2.3.4', '::FFFF:102:304', '0:0:0:0:0:ffff:1.2.3.4']) assert.equal(clientIpKey(mapped), '1.2.3.4');
    assert.equal(clientIpKey('1.2.3.4'), '1.2.3.4');
    assert.equal(clientIpKey('2001:db8:1:3::1', 48), '2001:db8:1::/48');
    assert.equal(clientIpKey('2001:DB8:1:3:0::1', 128), '2001:db8:1:3::1');
    assert.equal(clientIpKey('not-an-ip'), undefined);
  });

  it('takes rateLimit.ipv6Prefix from 32 to 128', () => {
    assert.equal(parseConfig({}, '/tmp').rateLimit.ipv6Prefix, 64);
    assert.equal(parseConfig({ rateLimit: { ipv6Prefix: 56 } }, '/tmp').rateLimit.ipv6Prefix, 56);
    assert.throws(() => parseConfig({ rateLimit: { ipv6Prefix: 16 } }, '/tmp'), ConfigError);
  });
});

for (const kind of STORE_KINDS) {
  describe(`per-IP limit keys (${kind})`, () => {
    const servers: RunningApp[] = [];
    after(() => Promise.all(servers.map((server) => server.close())));

    async function budget(addresses: string[]): Promise<number[]> {
      const server = await startApp({
        database: await postgres.database(kind),
        trustedProxies: ['127.0.0.1'],
        rateLimit: { perMinute: 3, perDay: 100 },
      });
      servers.push(server);
      const statuses: number[] = [];
      for (const address of addresses) {
        const response = await postJson(
          `${server.url}/api/threads/bai-ip/comments`,
          { author: 'An', body: 'Bình luận thử giới hạn', clientId: clientId() },
          { 'X-Forwarded-For': address },
        );
        statuses.push(response.status);
      }
      return statuses;
    }

    it('gives six addresses of one IPv6 /64 one budget', async () => {
      const addresses = Array.from({ length: 6 }, (_, i) => `2001:db8:aa:bb::${i + 1}`);
      assert.deepEqual(await budget(addresses), [201, 201, 201, 429, 429, 429]);
    });

    it('gives an IPv4 address and its IPv4-mapped spelling, and four spellings of one IPv6 address, one budget each', async () => {
      assert.deepEqual(await budget(['1.2.3.4', '::ffff:1.2.3.4', '::ffff:102:304', '1.2.3.4']), [201, 201, 201, 429]);
      assert.deepEqual(
        await budget(['2001:db8:cc::1', '2001:DB8:CC::1', '2001:0db8:00cc:0000:0000:0000:0000:0001', '2001:db8:cc:0:0:0:0:1']),
        [201, 201, 201, 429],
      );
    });
  });
}

describe('IP blocks', () => {
  it('block every spelling of an address, and its /64', async () => {
    const server = await startApp({ moderation: 'post', trustedProxies: ['127.0.0.1'], rateLimit: { perMinute: 100, perDay: 100 } });
    try {
      const blocked = await postJson(
        `${server.url}/api/admin/blocks`,
        { kind: 'ip', value: '::ffff:203.0.113.9' },
        { Authorization: `Bearer ${ADMIN_TOKEN}` },
      );
      assert.equal(blocked.status, 201);
      assert.equal(
        (await postJson(`${server.url}/api/admin/blocks`, { kind: 'ip', value: '2001:db8:dd::1' }, { Authorization: `Bearer ${ADMIN_TOKEN}` }))
          .status,
        201,
      );
      for (const address of ['203.0.113.9', '2001:db8:dd:0:1::7']) {
        const response = await postJson(
          `${server.url}/api/threads/bai-block/comments`,
          { author: 'An', body: 'Bình luận từ địa chỉ bị chặn', clientId: clientId() },
          { 'X-Forwarded-For': address },
        );
        // A blocked sender is told "pending" (nothing tells it apart) and its comment is kept as spam.
        assert.equal((await response.json()).status, 'pending', address);
      }
    } finally {
      await server.close();
    }
  });
});
