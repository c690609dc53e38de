// `npm run bench:server`: the widget server under autocannon, each target in its own process.
//   1. a cached feed (GET /api/feeds/tin-moi) vs a bare node:http server sending the same bytes — goal ≥ 0.7×
//   2. comment POSTs on SQLite, one instance, each with its own clientId — goal ≥ 1,000 acknowledged (201)
//      per second, p99 < 50 ms: once flat out (how many per second at most), once at a steady 1,000 per second
//   3. the same on PostgreSQL (a throwaway cluster, fsync on) through two instances, the load split between
//      them as a load balancer would — goal ≥ 2,000 acknowledged per second, p99 < 50 ms at 1,000/s
//   4. PostgreSQL stopped for 10 s under load (two instances, 16 clients): what the clients get, how fast,
//      how soon after PostgreSQL is back the instances store comments again, and whether any acknowledged
//      comment was lost
//   5. the cached feed's latency (200 requests/s) while a 20,000-item, 4.6 MB feed is parsed again and again
//      (in the parse worker) — goal p99 < 50 ms; the feed cache's memory bound
// BENCH_ONLY=feed,sqlite,postgres,outage,large-feed runs only the sections named ("comments": 2-4);
// BENCH_SECONDS sets each load's length (5 s), BENCH_OUTAGE_SECONDS the outage's (10 s).
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startPgCluster, type PgCluster } from '../server/test/pg-cluster.js';
import { bigRss } from '../server/test/big-feed.js';
import { utimesSync } from 'node:fs';
import { DEFAULT_CACHE_BYTES } from '../server/src/feeds/feed-cache.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = 3;
const CONNECTIONS = 50;
const OUTAGE_SECONDS = Number(process.env.BENCH_OUTAGE_SECONDS ?? 10);

type Target = { child: ChildProcess; url: string };

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

/** A POST load of unique comments (autocannon builds each request's body). */
function commentPosts(url: string): autocannon.Options {
  return {
    url: `${url}/api/threads/bench/comments`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request: autocannon.Request) => {
          const n = ++posted;
          return {
            ...request,
            body: JSON.stringify({ author: 'Bench', body: `Bình luận đo tải số ${n}`, clientId: `bench-${process.pid}-${n}`, website: '' }),
          };
        },
      },
    ],
  };
}
let posted = 0;

/** The same load on several instances at once, split evenly (as a load balancer would). */
async function split(targets: Target[], options: Omit<autocannon.Options, 'url'> & { connections: number; overallRate?: number }) {
  return Promise.all(
    targets.map((target) =>
      autocannon({
        ...commentPosts(target.url),
        ...options,
        connections: options.connections / targets.length,
        ...(options.overallRate ? { overallRate: options.overallRate / targets.length } : {}),
      }),
    ),
  );
}

const sum = (results: autocannon.Result[], key: (r: autocannon.Result) => number) => results.reduce((total, r) => total + key(r), 0);

interface Answer {
  at: number;
  ms: number;
  target: number;
  status: number | 'no answer';
  retryAfter: string | null;
}

interface Outage {
  answers: Answer[];
  downAt: number;
  upAt: number;
  /** Per instance: ms from PostgreSQL being back to that instance's first 201. */
  recoveredAfterMs: number[];
  acknowledged: number;
  lost: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** 16 clients post through the instances (about 300/s) while PostgreSQL is stopped for `seconds`. */
async function outage(cluster: PgCluster, database: string, targets: Target[], seconds: number): Promise<Outage> {
  const answers: Answer[] = [];
  const acknowledged = new Map<string, string>();
  let running = true;
  let n = 0;
  const client = async (worker: number) => {
    const target = worker % targets.length;
    while (running) {
      const clientId = `outage-${process.pid}-${++n}`;
      const started = performance.now();
      let answer: Answer = { at: 0, ms: 0, target, status: 'no answer', retryAfter: null };
      try {
        const response = await fetch(`${targets[target]!.url}/api/threads/bench-outage/comments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ author: 'Bench', body: 'Trong lúc PostgreSQL vắng mặt', clientId }),
          signal: AbortSignal.timeout(30_000),
        });
        const body = await response.text();
        answer = { ...answer, status: response.status, retryAfter: response.headers.get('retry-after') };
        if (response.status === 201) acknowledged.set(clientId, JSON.parse(body).comment.id);
      } catch {
        // no answer within 30 s, or the connection failed: counted as 'no answer'
      }
      answers.push({ ...answer, at: Date.now(), ms: performance.now() - started });
      await sleep(50);
    }
  };
  const clients = Array.from({ length: 16 }, (_, worker) => client(worker));
  await sleep(3_000);
  const downAt = Date.now(); // from the shutdown's start: PostgreSQL cuts the connections at once
  await cluster.stopServer();
  await sleep(seconds * 1000);
  await cluster.startServer();
  const upAt = Date.now();
  await sleep(5_000);
  running = false;
  await Promise.all(clients);

  const db = new pg.Client({ connectionString: database });
  await db.connect();
  const { rows } = await db.query<{ client_id: string; id: string }>('SELECT client_id, id FROM bantin_comments WHERE thread = $1', ['bench-outage']);
  await db.end();
  const stored = new Map(rows.map((row) => [row.client_id, row.id]));
  const recoveredAfterMs = targets.map((_, target) => {
    const first = answers.find((answer) => answer.target === target && answer.at >= upAt && answer.status === 201);
    return first ? first.at - upAt : NaN;
  });
  const lost = [...acknowledged].filter(([id, commentId]) => stored.get(id) !== commentId).length;
  return { answers, downAt, upAt, recoveredAfterMs, acknowledged: acknowledged.size, lost };
}

function reportOutage({ answers, downAt, upAt, recoveredAfterMs, acknowledged, lost }: Outage): void {
  const phases = [
    ['before (3 s)', (a: Answer) => a.at < downAt],
    [`PostgreSQL stopped (${Math.round((upAt - downAt) / 1000)} s)`, (a: Answer) => a.at >= downAt && a.at < upAt],
    ['after it is back (5 s)', (a: Answer) => a.at >= upAt],
  ] as const;
  console.log(`| PostgreSQL away under load (16 clients, 2 instances) | answers | 201 | 503 (all with Retry-After?) | other | slowest answer ms |`);
  console.log(`|---|---|---|---|---|---|`);
  for (const [name, within] of phases) {
    const phase = answers.filter(within);
    const count = (status: Answer['status']) => phase.filter((a) => a.status === status).length;
    const unavailable = phase.filter((a) => a.status === 503);
    const withRetryAfter = unavailable.every((a) => a.retryAfter !== null) ? 'yes' : 'no';
    const other = phase.length - count(201) - unavailable.length;
    console.log(
      `| ${name} | ${phase.length} | ${count(201)} | ${unavailable.length} (${withRetryAfter}) | ${other} | ${Math.round(Math.max(0, ...phase.map((a) => a.ms)))} |`,
    );
  }
  console.log(
    `| back to storing comments, ms after PostgreSQL was up (instance A · B) | ${recoveredAfterMs.map((ms) => fmt(ms)).join(' · ')} | | | | |`,
  );
  console.log(`| acknowledged comments lost | ${lost} of ${fmt(acknowledged)} | | | | |`);
}

const rps = (result: autocannon.Result) => result.requests.average;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const medianBy = (results: autocannon.Result[], key: (r: autocannon.Result) => number) =>
  [...results].sort((a, b) => key(a) - key(b))[Math.floor(results.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Latency of the cached feed while the large feed is parsed over and over (and, first, without it). */
async function duringLargeParse(dir: string): Promise<void> {
  const file = join(dir, 'big.rss');
  const text = bigRss(20_000);
  writeFileSync(file, text);
  const target = await startTarget(['big', join(dir, 'big-data'), file]);
  try {
    const small = { url: `${target.url}/api/feeds/tin-moi`, connections: 10, overallRate: 200, duration: DURATION };
    await autocannon({ ...small, duration: 2 }); // warm-up
    const quiet = await autocannon(small);
    let parses = 0;
    let running = true;
    const reparse = (async () => {
      while (running) {
        const at = new Date(Date.now() + ++parses * 1000);
        utimesSync(file, at, at); // a new version: the next request after the TTL reads and parses it again
        await sleep(1_100);
        await (await fetch(`${target.url}/api/feeds/big`)).arrayBuffer();
      }
    })();
    const busy = await autocannon(small);
    running = false;
    await reparse;
    console.log(
      `| cached feed at 200 req/s | alone | while a ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, 20,000-item feed is parsed (${parses}×) | goal |`,
    );
    console.log(`|---|---|---|---|`);
    console.log(
      `| latency p50 / p99 / max ms | ${quiet.latency.p50} / ${quiet.latency.p99} / ${quiet.latency.max} | ${busy.latency.p50} / ${busy.latency.p99} / ${busy.latency.max} | p99 < 50 |`,
    );
    console.log(
      `| feed cache memory bound | ${fmt(DEFAULT_CACHE_BYTES / 1024 / 1024)} MiB of JSON Feed bodies (feedCacheMaxBytes), at most 500 feeds, 500 items each (maxItemsPerFeed) | | |`,
    );
    console.log();
  } finally {
    await stop(target);
  }
}

/** The sections BENCH_ONLY may name (comma-separated; "comments" = sqlite,postgres,outage); all when unset. */
const SECTIONS = ['feed', 'sqlite', 'postgres', 'outage', 'large-feed'] as const;
type Section = (typeof SECTIONS)[number];

function chosenSections(): Set<Section> {
  const named = (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
  if (named.length === 0) return new Set(SECTIONS);
  const chosen = new Set<Section>();
  for (const word of named) {
    if (word === 'comments') ['sqlite', 'postgres', 'outage'].forEach((section) => chosen.add(section as Section));
    else if ((SECTIONS as readonly string[]).includes(word)) chosen.add(word as Section);
    else throw new Error(`BENCH_ONLY: unknown section "${word}" (one of ${SECTIONS.join(', ')}, comments)`);
  }
  return chosen;
}

/** 1. Cached feed vs bare node:http. */
async function cachedFeed(dir: string): Promise<void> {
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
  console.log(`| measure | widget server | bare node:http | ratio / goal |`);
  console.log(`|---|---|---|---|`);
  console.log(
    `| cached feed, req/s (${body.length} B, ${CONNECTIONS} conn; median of ${ROUNDS} alternating ${DURATION} s rounds) | ${fmt(rps(feed))} | ${fmt(rps(bare))} | ${ratio.toFixed(2)}× (goal ≥ 0.70×) |`,
  );
  console.log(
    `| cached feed, req/s per round | ${feedRounds.map((r) => fmt(rps(r))).join(' · ')} | ${bareRounds.map((r) => fmt(rps(r))).join(' · ')} | ${feedRounds.map((r, i) => (rps(r) / rps(bareRounds[i]!)).toFixed(2)).join(' · ')} |`,
  );
  console.log(`| cached feed, latency p50 / p99 ms | ${feed.latency.p50} / ${feed.latency.p99} | ${bare.latency.p50} / ${bare.latency.p99} | |`);
  console.log(`| feed non-2xx / errors | ${feed.non2xx} / ${feed.errors} | ${bare.non2xx} / ${bare.errors} | |`);
  console.log();
}

interface PostLoad {
  /** Flat out (one result per instance). */
  flat: autocannon.Result[];
  /** At a steady 1,000 per second offered (one result per instance). */
  steady: autocannon.Result[];
}

/** 2. Comment POSTs on SQLite, one instance (pre-moderation, unique clientIds, WAL + synchronous=FULL). */
async function sqlitePosts(dir: string): Promise<PostLoad> {
  const server = await startTarget(['comments', join(dir, 'comment-data')]);
  try {
    await autocannon({ ...commentPosts(server.url), duration: 2 }); // warm-up
    const flat = await autocannon({ ...commentPosts(server.url), connections: CONNECTIONS, duration: DURATION });
    const steady = await autocannon({ ...commentPosts(server.url), connections: 10, overallRate: 1000, duration: DURATION });
    return { flat: [flat], steady: [steady] };
  } finally {
    await stop(server);
  }
}

/**
 * 3. The same on PostgreSQL through two instances (fsync on: a 201 is a durable commit, as on SQLite), and
 * 4. PostgreSQL away for OUTAGE_SECONDS under load; each only when chosen.
 */
async function postgresPosts(dir: string, sections: Set<Section>): Promise<{ load?: PostLoad; outage?: Outage }> {
  const cluster = await startPgCluster({ durable: true });
  try {
    const database = await cluster.createDatabase('bantin_bench');
    const instances = await Promise.all([0, 1].map(() => startTarget(['comments', join(dir, 'unused'), database])));
    try {
      let load: PostLoad | undefined;
      if (sections.has('postgres')) {
        await split(instances, { connections: CONNECTIONS, duration: 2 }); // warm-up
        const flat = await split(instances, { connections: CONNECTIONS, duration: DURATION });
        const steady = await split(instances, { connections: 10, overallRate: 1000, duration: DURATION });
        load = { flat, steady };
      }
      return { load, outage: sections.has('outage') ? await outage(cluster, database, instances, OUTAGE_SECONDS) : undefined };
    } finally {
      await Promise.all(instances.map(stop));
    }
  } finally {
    await cluster.destroy();
  }
}

function reportPosts(sqlite: PostLoad | undefined, postgres: PostLoad | undefined): void {
  const perSecond = (results: autocannon.Result[]) => sum(results, (r) => r['2xx'] / r.duration);
  const p99 = (results: autocannon.Result[]) => Math.max(...results.map((r) => r.latency.p99));
  const p50 = (results: autocannon.Result[]) => Math.max(...results.map((r) => r.latency.p50));
  const failures = (results: autocannon.Result[]) =>
    `${sum(results, (r) => r.non2xx)} / ${sum(results, (r) => r.errors)} / ${sum(results, (r) => r.timeouts)}`;
  const cell = (load: PostLoad | undefined, show: (load: PostLoad) => string) => (load ? show(load) : '–');
  const ratio = (show: (a: PostLoad, b: PostLoad) => string) => (sqlite && postgres ? `${show(sqlite, postgres)} · ` : '');
  console.log(`| comment POSTs | SQLite, 1 instance | PostgreSQL, 2 instances | ratio PostgreSQL / SQLite · goal |`);
  console.log(`|---|---|---|---|`);
  console.log(
    `| flat out (${CONNECTIONS} conn): acknowledged (201) per s | ${cell(sqlite, (l) => fmt(perSecond(l.flat)))} | ${cell(postgres, (l) => fmt(perSecond(l.flat)))} | ${ratio((a, b) => `${(perSecond(b.flat) / perSecond(a.flat)).toFixed(2)}×`)}PostgreSQL ≥ 2,000 |`,
  );
  console.log(
    `| flat out: latency p50 / p99 ms | ${cell(sqlite, (l) => `${p50(l.flat)} / ${p99(l.flat)}`)} | ${cell(postgres, (l) => `${p50(l.flat)} / ${p99(l.flat)}`)} | |`,
  );
  console.log(
    `| at 1,000/s (10 conn): acknowledged per s | ${cell(sqlite, (l) => fmt(perSecond(l.steady)))} | ${cell(postgres, (l) => fmt(perSecond(l.steady)))} | |`,
  );
  console.log(
    `| at 1,000/s: latency p50 / p99 ms | ${cell(sqlite, (l) => `${p50(l.steady)} / ${p99(l.steady)}`)} | ${cell(postgres, (l) => `${p50(l.steady)} / ${p99(l.steady)}`)} | ${ratio((a, b) => `${(p99(b.steady) / p99(a.steady)).toFixed(2)}×`)}p99 < 50 |`,
  );
  console.log(
    `| non-2xx / errors / timeouts | ${cell(sqlite, (l) => failures([...l.flat, ...l.steady]))} | ${cell(postgres, (l) => failures([...l.flat, ...l.steady]))} | |`,
  );
  console.log();
}

export async function run(): Promise<void> {
  const sections = chosenSections();
  const dir = mkdtempSync(join(tmpdir(), 'bantin-bench-'));
  try {
    if (sections.has('feed')) await cachedFeed(dir);
    const sqlite = sections.has('sqlite') ? await sqlitePosts(dir) : undefined;
    const postgres = sections.has('postgres') || sections.has('outage') ? await postgresPosts(dir, sections) : {};
    if (sqlite || postgres.load) reportPosts(sqlite, postgres.load);
    if (postgres.outage) {
      reportOutage(postgres.outage);
      console.log();
    }
    if (sections.has('large-feed')) await duringLargeParse(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
