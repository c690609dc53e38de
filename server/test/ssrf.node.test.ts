// SSRF: every refused URL is refused before any connection reaches its target. Proof comes from Node's
// own 'connectionAttempt' events (no client socket in this process tried to connect) and from loopback
// listeners standing where the request would land (they saw no connection).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { safeFetch, type FetchPolicy, type ResolvedAddress } from '../src/feeds/safe-fetch.js';
import { UpstreamError } from '../src/feeds/upstream-error.js';
import { isPublicAddress } from '../src/feeds/address-policy.js';
import { recordConnectionAttempts, rejection, startApp, startUpstream, type Upstream } from './support.js';

const BLOCKED_URLS: string[] = JSON.parse(readFileSync(new URL('../../test/fixtures/corpus/ssrf/blocked-urls.json', import.meta.url), 'utf8'));
const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><item><title>One</title></item></channel></rss>';

// What the corpus's DNS names resolve to out there (no DNS is used in tests).
const PUBLIC_ANSWERS: Record<string, string[]> = {
  localhost: ['127.0.0.1', '::1'],
  'localtest.me': ['127.0.0.1'],
  'customer1.app.localhost.my.company.127.0.0.1.nip.io': ['127.0.0.1'],
  'mail.ebc.apple.com': ['127.0.0.6'],
  'spoofed.burpcollaborator.net': ['127.0.0.1'],
  '169.254.169.254.xip.io': ['169.254.169.254'],
  '1ynrnhl.xip.io': ['169.254.169.254'],
  'www.owasp.org.1ynrnhl.xip.io': ['169.254.169.254'],
  'metadata.nicob.net': ['169.254.169.254'],
};

/** A stub resolver: the table above, a DNS-rebinding name that alternates, and a log of what was asked. */
function stubResolver(extra: Record<string, string[]> = {}) {
  const asked: string[] = [];
  let rebinds = 0;
  const resolve = async (hostname: string): Promise<ResolvedAddress[]> => {
    asked.push(hostname);
    let answers = extra[hostname] ?? PUBLIC_ANSWERS[hostname];
    if (!answers && hostname.endsWith('.rebind.network')) answers = [rebinds++ % 2 === 0 ? '127.0.0.1' : '10.0.0.1'];
    if (!answers) throw Object.assign(new Error(`stub resolver: no answer for ${hostname}`), { code: 'ENOTFOUND' });
    return answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { resolve, asked };
}

const refusal = (promise: Promise<unknown>) => rejection(promise, UpstreamError);

const IPV6_AND_MAPPED = [
  'http://[::1]/',
  'http://[::]/',
  'http://[0:0:0:0:0:0:0:1]/',
  'http://[fc00::1]/',
  'http://[fd12:3456:789a::1]/',
  'http://[fe80::1]/',
  'http://[febf::ffff]/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::ffff:7f00:1]/',
  'http://[0:0:0:0:0:ffff:127.0.0.1]/',
  'http://[::ffff:10.0.0.1]/',
  'http://[::ffff:169.254.169.254]/',
  'http://[::ffff:8.8.8.8]/',
  'http://[64:ff9b::a00:1]/',
  'http://[2001:db8::1]/',
  'http://100.64.0.1/',
  'http://100.127.255.254/',
  'http://10.1.2.3/',
  'http://172.16.0.1/',
  'http://192.168.1.1/',
  'http://169.254.0.1/',
];

describe('address policy', () => {
  it('refuses every non-public address and passes public ones', () => {
    for (const ip of [
      '127.0.0.1',
      '10.0.0.1',
      '172.31.255.255',
      '192.168.0.1',
      '100.64.0.1',
      '169.254.169.254',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '192.0.0.8',
      '198.18.0.1',
      '::1',
      '::',
      'fc00::1',
      'fe80::1',
      'fec0::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:8.8.8.8',
      '64:ff9b::a00:1',
      '64:ff9b:1::1',
      '2002::1',
      '2001:0:1::1',
      '2001:db8::1',
      '3fff::1',
      '5f00::1',
      '100::1',
    ]) {
      assert.equal(isPublicAddress(ip), false, ip);
    }
    for (const ip of ['8.8.8.8', '1.1.1.1', '203.113.131.1', '2606:4700:4700::1111', '2001:4860:4860::8888', '2405:4800::1']) {
      assert.equal(isPublicAddress(ip), true, ip);
    }
    assert.equal(isPublicAddress('not-an-ip'), false);
  });
});

describe('safeFetch refuses without connecting', () => {
  let recorder: ReturnType<typeof recordConnectionAttempts>;
  before(() => (recorder = recordConnectionAttempts()));
  after(() => recorder.stop());

  it('the recorder does see connections (control)', async () => {
    const upstream = await startUpstream((_, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(RSS));
    try {
      recorder.attempts.length = 0;
      const result = await safeFetch({ url: `${upstream.url}/feed` }, { allowPort: () => true, allowAddresses: ['127.0.0.1'] });
      assert.equal(result.status, 200);
      assert.deepEqual(recorder.attempts, [`127.0.0.1:${upstream.port}`]);
      assert.equal(upstream.connections, 1);
    } finally {
      recorder.attempts.length = 0;
      await upstream.close();
    }
  });

  for (const [label, policy] of [
    ['default ports', {}],
    ['any port allowed', { allowPort: () => true }],
  ] as const) {
    it(`every URL of test/fixtures/corpus/ssrf/blocked-urls.json (${label})`, async () => {
      const dns = stubResolver();
      recorder.attempts.length = 0;
      const codes = new Map<string, string>();
      for (const url of BLOCKED_URLS) {
        const error = await refusal(safeFetch({ url }, { ...policy, resolve: dns.resolve, connectTimeoutMs: 2000, timeoutMs: 3000 }));
        codes.set(url, error.code);
        const expected = 'allowPort' in policy ? ['url-invalid', 'address-blocked'] : ['url-invalid', 'port-not-allowed', 'address-blocked'];
        assert.ok(expected.includes(error.code), `${url}: ${error.code} ${error.message}`);
      }
      assert.deepEqual(recorder.attempts, [], 'no client socket attempted a connection');
      assert.equal(codes.size, BLOCKED_URLS.length);
      if ('allowPort' in policy) {
        // With ports out of the way, the address check itself refused the DNS names.
        assert.equal(codes.get('http://metadata.nicob.net'), 'address-blocked');
        assert.equal(codes.get('http://localtest.me'), 'address-blocked');
        assert.ok(dns.asked.includes('metadata.nicob.net'));
      }
    });
  }

  it('IPv6 loopback/ULA/link-local, IPv4-mapped, NAT64, CGNAT and private forms', async () => {
    recorder.attempts.length = 0;
    for (const url of IPV6_AND_MAPPED) {
      const error = await refusal(safeFetch({ url }, { allowPort: () => true }));
      assert.equal(error.code, 'address-blocked', url);
    }
    assert.deepEqual(recorder.attempts, []);
  });

  it('a DNS name resolving to a private address, or to public and private at once', async () => {
    const dns = stubResolver({
      'feeds.partner.example': ['10.0.0.5'],
      'six.partner.example': ['fd00::5'],
      'mixed.partner.example': ['203.0.113.7', '127.0.0.1'],
      'mapped.partner.example': ['::ffff:192.168.1.1'],
    });
    recorder.attempts.length = 0;
    for (const host of ['feeds.partner.example', 'six.partner.example', 'mixed.partner.example', 'mapped.partner.example']) {
      const error = await refusal(safeFetch({ url: `https://${host}/rss` }, { resolve: dns.resolve }));
      assert.equal(error.code, 'address-blocked', host);
    }
    assert.deepEqual(dns.asked, ['feeds.partner.example', 'six.partner.example', 'mixed.partner.example', 'mapped.partner.example']);
    assert.deepEqual(recorder.attempts, []);
  });

  it('refuses other schemes, credentials and ports', async () => {
    for (const [url, code] of [
      ['file:///etc/passwd', 'url-invalid'],
      ['ftp://ftp.example.vn/rss', 'url-invalid'],
      ['gopher://127.0.0.1:70/', 'url-invalid'],
      ['http://user:pass@news.example.vn/rss', 'url-invalid'],
      ['http://news.example.vn:8080/rss', 'port-not-allowed'],
      ['http://news.example.vn:22/', 'port-not-allowed'],
      ['not a url', 'url-invalid'],
    ]) {
      assert.equal((await refusal(safeFetch({ url: url! }, {}))).code, code, url);
    }
  });
});

describe('loopback listeners where the request would land see nothing', () => {
  let v4: Upstream;
  let v4b: Upstream;
  let v6: Upstream | undefined;
  before(async () => {
    const handler = (_: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(RSS);
    v4 = await startUpstream(handler, '127.0.0.1');
    v4b = await startUpstream(handler, '127.0.0.2');
    try {
      v6 = await startUpstream(handler, '::1');
    } catch {
      v6 = undefined; // no IPv6 loopback on this machine
    }
  });
  after(async () => {
    await v4.close();
    await v4b.close();
    await v6?.close();
  });

  it('corpus URLs aimed at this host, with the port set to a live listener', async () => {
    const dns = stubResolver();
    const aimedHere = BLOCKED_URLS.flatMap((text) => {
      try {
        const url = new URL(text);
        const host = url.hostname.replace(/^\[|\]$/g, '');
        const resolved = PUBLIC_ANSWERS[host] ?? [host];
        const target = resolved.includes('127.0.0.1') || host === '0.0.0.0' ? v4 : resolved.includes('127.0.0.2') ? v4b : undefined;
        if (!target) return [];
        url.port = String(target.port);
        return [url.href];
      } catch {
        return [];
      }
    });
    assert.ok(aimedHere.length >= 15, `only ${aimedHere.length} corpus URLs aim at 127.0.0.1`);
    for (const url of aimedHere) {
      const error = await refusal(safeFetch({ url }, { allowPort: () => true, resolve: dns.resolve }));
      assert.equal(error.code, 'address-blocked', url);
    }
    assert.equal(v4.connections, 0);
    assert.equal(v4b.connections, 0);
  });

  it('[::1], [::] and mapped forms never reach an IPv6 or IPv4 loopback listener', async (t) => {
    if (!v6) return t.skip('no IPv6 loopback');
    for (const url of [
      `http://[::1]:${v6.port}/`,
      `http://[::]:${v6.port}/`,
      `http://[::ffff:127.0.0.1]:${v4.port}/`,
      `http://[::ffff:7f00:1]:${v4.port}/`,
    ]) {
      assert.equal((await refusal(safeFetch({ url }, { allowPort: () => true }))).code, 'address-blocked', url);
    }
    assert.equal(v6.connections, 0);
    assert.equal(v4.connections, 0);
  });
});

describe('redirects are checked hop by hop', () => {
  let target: Upstream; // where the redirects point: must never be reached
  let target6: Upstream | undefined;
  let origin: Upstream; // the allowed local upstream (127.0.0.1 is allowed for it only)
  let location = '';
  const dns = stubResolver({ 'internal.partner.example': ['127.0.0.2'] });

  before(async () => {
    target = await startUpstream((_, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(RSS), '127.0.0.2');
    try {
      target6 = await startUpstream((_, res) => res.end(RSS), '::1');
    } catch {
      target6 = undefined;
    }
    origin = await startUpstream((req, res) => {
      if (req.url === '/ok') return res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(RSS);
      const hops = /^\/hop(\d+)$/.exec(req.url ?? '');
      if (hops) return res.writeHead(302, { Location: Number(hops[1]) > 0 ? `/hop${Number(hops[1]) - 1}` : '/ok' }).end();
      res.writeHead(302, { Location: location }).end();
    });
  });
  after(async () => {
    await target.close();
    await target6?.close();
    await origin.close();
  });

  const policy = (): FetchPolicy => ({ allowPort: () => true, allowAddresses: ['127.0.0.1'], resolve: dns.resolve });

  it('follows up to 3 redirects within the rules, refuses the 4th', async () => {
    assert.equal((await safeFetch({ url: `${origin.url}/hop2` }, policy())).status, 200); // 3 redirects
    assert.equal((await refusal(safeFetch({ url: `${origin.url}/hop3` }, policy()))).code, 'too-many-redirects');
  });

  it('refuses a redirect to a private address, by literal or by name, and never reaches it', async () => {
    const targets = [
      `http://127.0.0.2:${target.port}/feed`,
      `http://internal.partner.example:${target.port}/feed`,
      `http://[::ffff:127.0.0.2]:${target.port}/feed`,
      'http://169.254.169.254/latest/meta-data/',
      ...(target6 ? [`http://[::1]:${target6.port}/feed`] : []),
    ];
    for (const next of targets) {
      location = next;
      const error = await refusal(safeFetch({ url: `${origin.url}/go` }, policy()));
      assert.equal(error.code, 'address-blocked', next);
    }
    location = 'file:///etc/passwd';
    assert.equal((await refusal(safeFetch({ url: `${origin.url}/go` }, policy()))).code, 'url-invalid');
    assert.equal(target.connections, 0);
    assert.equal(target6?.connections ?? 0, 0);
    assert.ok(origin.requests.length >= targets.length);
  });

  it('through the proxy API: a configured feed redirecting inward gets 403 address-blocked', async () => {
    location = `http://127.0.0.2:${target.port}/feed`;
    const server = await startApp(
      { feeds: { local: { url: `${origin.url}/go` } } },
      { fetchPolicy: { allowAddresses: ['127.0.0.1'], allowPort: () => true } },
    );
    try {
      const response = await fetch(`${server.url}/api/feeds/local`);
      assert.equal(response.status, 403);
      const { error } = await response.json();
      assert.equal(error.code, 'address-blocked');
      assert.equal(target.connections, 0);
      // Without the widened ports, the other port alone refuses it.
      const strict = await startApp({ feeds: { local: { url: `${origin.url}/go` } } }, { fetchPolicy: { allowAddresses: ['127.0.0.1'] } });
      try {
        assert.equal((await (await fetch(`${strict.url}/api/feeds/local`)).json()).error.code, 'port-not-allowed');
      } finally {
        await strict.close();
      }
      assert.equal(target.connections, 0);
    } finally {
      await server.close();
    }
  });
});

describe('?url= through the proxy API', () => {
  it('only allowHosts, else 403 before any lookup; a listed name resolving inward is refused', async () => {
    const listener = await startUpstream((_, res) => res.end(RSS));
    const dns = stubResolver({ 'news.partner.example': ['127.0.0.1'] });
    const recorder = recordConnectionAttempts();
    const server = await startApp(
      { allowHosts: [`news.partner.example:${listener.port}`, '*.tinmoi.example'] },
      { fetchPolicy: { resolve: dns.resolve } },
    );
    try {
      const ask = async (url: string) => {
        const response = await fetch(`${server.url}/api/feed?url=${encodeURIComponent(url)}`);
        return { status: response.status, code: (await response.json()).error?.code };
      };
      assert.deepEqual(await ask('http://evil.example/rss'), { status: 403, code: 'url-not-allowed' });
      assert.deepEqual(await ask('http://127.0.0.1/rss'), { status: 403, code: 'url-not-allowed' });
      assert.deepEqual(await ask('http://169.254.169.254/latest/meta-data/'), { status: 403, code: 'url-not-allowed' });
      assert.deepEqual(await ask('file:///etc/passwd'), { status: 400, code: 'url-invalid' });
      assert.deepEqual(await ask('nonsense'), { status: 400, code: 'url-invalid' });
      assert.deepEqual(await ask('http://feeds.tinmoi.example:8443/rss'), { status: 403, code: 'port-not-allowed' });
      assert.equal((await fetch(`${server.url}/api/feed`)).status, 400);
      assert.deepEqual(dns.asked, []);

      assert.deepEqual(await ask(`http://news.partner.example:${listener.port}/rss`), { status: 403, code: 'address-blocked' });
      assert.deepEqual(dns.asked, ['news.partner.example']);
      assert.equal(listener.connections, 0);
      const port = new URL(server.url).port;
      assert.deepEqual(
        recorder.attempts.filter((a) => !a.endsWith(`:${port}`)),
        [],
      );
    } finally {
      recorder.stop();
      await server.close();
      await listener.close();
    }
  });
});
