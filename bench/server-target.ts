// One benchmark target per process (so the load generator does not share its event loop):
//   feed <dataDir>            the widget server with the demo's tin-moi feed (file source)
//   bare <bodyFile> <headers> a bare node:http server answering the same bytes and headers
//   big <dataDir> <feedFile>  the widget server with tin-moi and a large feed "big" (ttl 1 s) read from feedFile
//   comments <dataDir> [database]  the widget server for comment POSTs (rate limit out of the way), on SQLite
//                             in dataDir or on the PostgreSQL database URL given
// Prints "READY <url>" once listening.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../server/src/config.js';
import { createApp } from '../server/src/app.js';

const [mode, arg, extra] = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));

if (mode === 'bare') {
  const body = readFileSync(arg!);
  const headers = JSON.parse(extra!) as Record<string, string>;
  const server = http.createServer((_, res) => {
    res.writeHead(200, { ...headers, 'Content-Length': body.length });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => console.log(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}`));
} else {
  const config = parseConfig(
    {
      host: '127.0.0.1',
      port: 0,
      dataDir: arg,
      database: mode === 'comments' && extra ? extra : 'sqlite',
      moderation: 'pre',
      corsOrigins: ['*'],
      staticDir: null,
      bundleDir: null,
      rateLimit: { perMinute: 1_000_000, perDay: 100_000_000 },
      feeds: {
        'tin-moi': { url: 'demo/feeds/tin-moi.rss', ttlSeconds: 3600 },
        ...(mode === 'big' ? { big: { url: extra!, ttlSeconds: 1 } } : {}),
      },
    },
    root,
    {},
  );
  const app = await createApp({ config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(`READY http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
}
