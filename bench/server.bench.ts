// `npm run bench:server`: the widget server under autocannon, each target in its own process.
//   1. a cached feed (GET /api/feeds/tin-moi) vs a bare node:http server sending the same bytes — goal ≥ 0.7×
//   2. comment POSTs, each with its own clientId — goal ≥ 1,000 acknowledged (201) per second, p99 < 50 ms:
//      once flat out (how many per second at most), once at a steady 1,000 per second (the latency there)
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = 3;
const CONNECTIONS = 50;

function startTarget(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--conditions=bantin-source', '--import', 'tsx', join(ROOT, 'bench/server-target.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error('target did not start in 30 s'))), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /READY (\S+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    });
    child.once('exit', (code) => reject(new Error(`target exited with ${code}`)));
  });
}

async function stop(target: { child: ChildProcess }): Promise<void> {
  if (target.child.exitCode !== null) return;
  const exited = new Promise((resolve) => target.child.once('exit', resolve));
  target.child.kill('SIGTERM');
  await exited;
}

async function load(options: autocannon.Options): Promise<autocannon.Result> {
  await autocannon({ ...options, duration: 2 }); // warm-up
  return autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
}

const rps = (result: autocannon.Result) => result.requests.average;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const medianBy = (results: autocannon.Result[], key: (r: autocannon.Result) => number) =>
  [...results].sort((a, b) => key(a) - key(b))[Math.floor(results.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bantin-bench-'));
  try {
    // 1. Cached feed vs bare node:http.
    const feedServer = await startTarget(['feed', join(dir, 'feed-data')]);
    const feedUrl = `${feedServer.url}/api/feeds/tin-moi`;
    const sample = await fetch(feedUrl);
    if (sample.status !== 200) throw new Error(`the feed answered ${sample.status}: ${await sample.text()}`);
    const body = Buffer.from(await sample.arrayBuffer());
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'etag', 'last-modified', 'cache-control', 'access-control-allow-origin']) {
      const value = sample.headers.get(name);
      if (value) headers[name] = value;
    }
    writeFileSync(join(dir, 'body.json'), body);
    const bareServer = await startTarget(['bare', join(dir, 'body.json'), JSON.stringify(headers)]);
    // Both targets stay up; rounds alternate between them so drift on a shared 2-core machine hits both.
    await autocannon({ url: feedUrl, duration: 2 });
    await autocannon({ url: bareServer.url, duration: 2 });
    const feedRounds: autocannon.Result[] = [];
    const bareRounds: autocannon.Result[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      feedRounds.push(await autocannon({ url: feedUrl, connections: CONNECTIONS, duration: DURATION }));
      bareRounds.push(await autocannon({ url: bareServer.url, connections: CONNECTIONS, duration: DURATION }));
    }
    await stop(feedServer);
    await stop(bareServer);
    const feed = medianBy(feedRounds, rps);
    const bare = medianBy(bareRounds, rps);
    // The ratio of each round (the two ran back to back), median over the rounds.
    const ratio = median(feedRounds.map((result, i) => rps(result) / rps(bareRounds[i]!)));

    // 2. Comment POSTs (pre-moderation, unique clientIds, WAL + synchronous=FULL).
    const commentServer = await startTarget(['comments', join(dir, 'comment-data')]);
    let n = 0;
    const post = {
      url: `${commentServer.url}/api/threads/bench/comments`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request: autocannon.Request) => ({
            ...request,
            body: JSON.stringify({ author: 'Bench', body: `Bình luận đo tải số ${++n}`, clientId: `bench-${process.pid}-${n}`, website: '' }),
          }),
        },
      ],
    };
    const comments = await load(post);
    const steady = await autocannon({ ...post, connections: 10, overallRate: 1000, duration: DURATION });
    await stop(commentServer);

    const acknowledgedPerSecond = comments['2xx'] / comments.duration;
    console.log(`| measure | widget server | bare node:http | ratio / goal |`);
    console.log(`|---|---|---|---|`);
    console.log(
      `| cached feed, req/s (${body.length} B, ${CONNECTIONS} conn; median of ${ROUNDS} alternating ${DURATION} s rounds) | ${fmt(rps(feed))} | ${fmt(rps(bare))} | ${ratio.toFixed(2)}× (goal ≥ 0.70×) |`,
    );
    console.log(
      `| cached feed, req/s per round | ${feedRounds.map((r) => fmt(rps(r))).join(' · ')} | ${bareRounds.map((r) => fmt(rps(r))).join(' · ')} | ${feedRounds.map((r, i) => (rps(r) / rps(bareRounds[i]!)).toFixed(2)).join(' · ')} |`,
    );
    console.log(`| cached feed, latency p50 / p99 ms | ${feed.latency.p50} / ${feed.latency.p99} | ${bare.latency.p50} / ${bare.latency.p99} | |`);
    console.log(`| comment POSTs flat out (${CONNECTIONS} conn): acknowledged (201) per s | ${fmt(acknowledgedPerSecond)} | | goal ≥ 1,000 |`);
    console.log(`| comment POSTs flat out: latency p50 / p99 ms | ${comments.latency.p50} / ${comments.latency.p99} | | |`);
    console.log(`| comment POSTs at 1,000/s (10 conn): acknowledged per s | ${fmt(steady['2xx'] / steady.duration)} | | |`);
    console.log(`| comment POSTs at 1,000/s: latency p50 / p99 ms | ${steady.latency.p50} / ${steady.latency.p99} | | goal p99 < 50 |`);
    console.log(
      `| comment POST non-2xx / errors / timeouts | ${comments.non2xx + steady.non2xx} / ${comments.errors + steady.errors} / ${comments.timeouts + steady.timeouts} | | |`,
    );
    console.log(`| feed non-2xx / errors | ${feed.non2xx} / ${feed.errors} | ${bare.non2xx} / ${bare.errors} | |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
