// The two packages work from their tarballs, the way a user gets them. Run after `npm run build`
// (CI does): `npm run check:packages`.
//
// 1. `npm pack` of bantin and bantin-server; each tarball holds what its users need and nothing else.
// 2. A scratch project with bantin alone: the install runs no install script and pulls no server dependency;
//    `import { parseFeed } from 'bantin/core'` parses a feed in Node; a consumer file importing every
//    `exports` entry type-checks with moduleResolution bundler and node16; a page in Chromium imports
//    `bantin/latest-news` from node_modules (plain files, an import map, no bundler) and renders a feed.
// 3. A scratch project with both tarballs: `npx bantin-server --config <temp config>` answers /api/feeds/<name>.
// Prints the packed and unpacked size and the install time of each.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// What `npm i bantin` must not pull: the server's packages, and bantin/ssr's optional peers (Lit SSR, jsdom).
const SERVER_DEPENDENCIES = [
  'fastify',
  '@fastify/cors',
  '@fastify/rate-limit',
  '@fastify/static',
  'better-sqlite3',
  'rss-parser',
  'jsdom',
  '@lit-labs/ssr',
];
const FEED = readFileSync(join(ROOT, 'demo/feeds/tin-moi.rss'));
const FIRST_TITLE = /<item>\s*<title>(?:<!\[CDATA\[)?([^<\]]+)/.exec(FEED.toString('utf8'))[1].trim();
const ENTRIES = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).exports);

const failures = [];
const check = (condition, message) => {
  if (!condition) failures.push(message);
  console.log(`${condition ? 'ok' : 'FAILED'}  ${message}`);
};
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const sh = (command, args, cwd, env = {}) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });

const work = mkdtempSync(join(tmpdir(), 'bantin-packages-'));
const report = [];

try {
  // 1. Pack (the build already ran; prepack would only build again).
  const pack = (args) => JSON.parse(sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work, ...args], ROOT))[0];
  const widgets = pack([]);
  const server = pack(['--workspace', 'bantin-server']);
  for (const [name, info, allowed] of [
    ['bantin', widgets, /^(?:dist\/.+\.(?:js|js\.map|d\.ts)|docs\/[A-Za-z-]+\.md|custom-elements\.json|README\.md|LICENSE|package\.json)$/],
    [
      'bantin-server',
      server,
      /^(?:dist\/.+\.(?:js|js\.map|d\.ts)|assets\/[a-z-]+\.(?:html|js|css)|bin\/bantin-server\.js|README\.md|LICENSE|package\.json)$/,
    ],
  ]) {
    const stray = info.files.map((f) => f.path).filter((path) => !allowed.test(path) || /(?:^|\/)(?:test|stories|demo|fixtures)\//.test(path));
    check(
      stray.length === 0,
      `${name} tarball holds only what users need (${info.files.length} files)${stray.length ? `; stray: ${stray.slice(0, 5).join(', ')}` : ''}`,
    );
    report.push({ name, packed: info.size, unpacked: info.unpackedSize, files: info.files.length });
  }
  check(
    server.files.some((f) => f.path === 'dist/cli.js'),
    'bantin-server tarball holds the compiled CLI',
  );
  check(
    ['dist/core.js', 'dist/types/core/index.d.ts', 'docs/server-api.md', 'LICENSE'].every((path) => widgets.files.some((f) => f.path === path)),
    'bantin tarball holds core.js, its types, the docs and the licence',
  );

  // 2. bantin alone.
  const app = join(work, 'widgets-app');
  const npmInstall = (dir, tarballs) => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    const started = process.hrtime.bigint();
    const output = sh('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', ...tarballs.map((t) => join(work, t))], dir, {
      npm_config_loglevel: 'info',
    });
    return { seconds: Number(process.hrtime.bigint() - started) / 1e9, output };
  };
  sh('mkdir', ['-p', app], work);
  const widgetsInstall = npmInstall(app, [widgets.filename]);
  report.find((r) => r.name === 'bantin').install = widgetsInstall.seconds;
  const installed = readdirSync(join(app, 'node_modules'), { recursive: true })
    .filter((p) => p.endsWith('package.json'))
    .map((p) => p.slice(0, -'/package.json'.length));
  const serverDeps = SERVER_DEPENDENCIES.filter((dep) => existsSync(join(app, 'node_modules', dep)));
  check(serverDeps.length === 0, `npm i bantin pulls no server dependency${serverDeps.length ? ` (found ${serverDeps.join(', ')})` : ''}`);
  const scripts = /\b(?:install|postinstall|preinstall)\b.*\bnode-gyp|prebuild-install|gyp info/.test(widgetsInstall.output);
  const compiled = installed.some((p) => p.includes(`build${sep}Release`) || p.includes('build/Release'));
  check(!scripts && !compiled, 'npm i bantin compiles nothing (no install script, no native build)');

  const parsed = sh(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `
    import { readFileSync } from 'node:fs';
    import { parseFeed } from 'bantin/core';
    const feed = parseFeed(readFileSync(${JSON.stringify(join(ROOT, 'demo/feeds/tin-moi.rss'))}, 'utf8'));
    console.log(JSON.stringify({ format: feed.format, items: feed.items.length, first: feed.items[0].title }));
  `,
    ],
    app,
  );
  const result = JSON.parse(parsed);
  check(
    result.items > 0 && result.first === FIRST_TITLE,
    `import { parseFeed } from 'bantin/core' parses a feed in Node (${result.format}, ${result.items} items)`,
  );

  writeFileSync(
    join(app, 'consumer.ts'),
    [
      ...ENTRIES.filter((e) => !['./iife', './custom-elements.json', './package.json'].includes(e)).map(
        (entry, i) => `import * as entry${i} from '${entry === '.' ? 'bantin' : `bantin/${entry.slice(2)}`}';`,
      ),
      `import { parseFeed, parseBulletin, FeedError, type Feed } from 'bantin/core';`,
      `import { BantinLatestNews } from 'bantin/latest-news';`,
      `const feed: Feed = parseFeed('<rss version="2.0"><channel><title>t</title></channel></rss>');`,
      `const error: FeedError | undefined = undefined;`,
      `const tag: string = BantinLatestNews.name;`,
      `export const all = [entry0, parseBulletin, feed, error, tag];`,
      ...ENTRIES.filter((e) => !['./iife', './custom-elements.json', './package.json'].includes(e)).map((_, i) => `void entry${i};`),
    ].join('\n'),
  );
  for (const resolution of ['bundler', 'node16']) {
    const module = resolution === 'node16' ? 'node16' : 'esnext';
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module,
        moduleResolution: resolution,
        lib: ['es2022', 'dom', 'dom.iterable'],
        types: [],
        skipLibCheck: false,
      },
      files: ['consumer.ts'],
    };
    writeFileSync(join(app, `tsconfig.${resolution}.json`), JSON.stringify(config));
    let output = '';
    try {
      sh(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${resolution}.json`], app);
    } catch (error) {
      output = `${error.stdout}${error.stderr}`.trim().split('\n').slice(0, 5).join(' | ');
    }
    check(output === '', `tsc --noEmit on a consumer importing every entry, moduleResolution ${resolution}${output ? `: ${output}` : ''}`);
  }

  // A page served as plain files: the import map points the bare specifier at the installed file.
  writeFileSync(join(app, 'tin-moi.rss'), FEED);
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html><html lang="vi"><meta charset="utf-8"><title>scratch</title>
<script type="importmap">{ "imports": { "bantin/latest-news": "/node_modules/bantin/dist/latest-news.js" } }</script>
<script type="module">import 'bantin/latest-news';</script>
<bantin-latest-news feed="/tin-moi.rss" limit="3"></bantin-latest-news>`,
  );
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.rss': 'application/rss+xml', '.map': 'application/json' };
  const files = http.createServer((req, res) => {
    const path = normalize(join(app, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    if (!file.startsWith(app) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => files.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${files.address().port}/`);
    const titles = await page
      .waitForFunction(
        () => {
          const root = document.querySelector('bantin-latest-news')?.shadowRoot;
          const found = [...(root?.querySelectorAll('a') ?? [])].map((a) => a.textContent.trim()).filter(Boolean);
          return found.length ? found : false;
        },
        undefined,
        { timeout: 15_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => []);
    check(
      titles.some((t) => t.includes(FIRST_TITLE)) && errors.length === 0,
      `a page imports bantin/latest-news from node_modules with no bundler and renders the feed (${titles.length} links${errors.length ? `; errors: ${errors.join('; ')}` : ''})`,
    );
  } finally {
    await browser.close();
    files.closeAllConnections();
    files.close();
  }

  // 3. Both packages: the server from its tarball.
  const host = join(work, 'server-app');
  sh('mkdir', ['-p', host], work);
  const serverInstall = npmInstall(host, [widgets.filename, server.filename]);
  report.find((r) => r.name === 'bantin-server').install = serverInstall.seconds;
  cpSync(join(ROOT, 'demo/feeds/tin-moi.rss'), join(host, 'tin-moi.rss'));
  // bantin/ssr in Node, its optional peers installed with the server.
  const rendered = sh(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `
    import { readFileSync } from 'node:fs';
    import { parseFeed } from 'bantin/core';
    import { renderWidget } from 'bantin/ssr';
    const feed = parseFeed(readFileSync('tin-moi.rss', 'utf8'));
    process.stdout.write(await renderWidget('bantin-latest-news', { feed, limit: 3 }));
  `,
    ],
    host,
  );
  check(
    rendered.includes('shadowrootmode="open"') && rendered.includes(FIRST_TITLE) && rendered.includes('data-bantin-state'),
    `import { renderWidget } from 'bantin/ssr' renders a news list in Node (${kB(rendered.length)} of HTML)`,
  );
  writeFileSync(join(host, 'config.json'), JSON.stringify({ port: 0, dataDir: './data', feeds: { 'tin-moi': { url: 'tin-moi.rss' } } }));
  // Its own process group, so that stopping it stops npx and the server npx started.
  const child = spawn('npx', ['--no-install', 'bantin-server', '--config', join(host, 'config.json')], {
    cwd: host,
    detached: true,
    env: { ...process.env, BANTIN_LOG_LEVEL: 'warn' },
  });
  let output = '';
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bantin-server did not start within 30 s:\n${output}`)), 30_000);
      const onData = (chunk) => {
        output += chunk;
        const match = /listening on (http:\/\/\S+?)\/?\s/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => reject(new Error(`bantin-server exited with ${code}:\n${output}`)));
    });
    const response = await fetch(`${url}/api/feeds/tin-moi`);
    const body = await response.json();
    check(
      response.status === 200 && body.items?.[0]?.title === FIRST_TITLE,
      `npx bantin-server --config <temp config> answers /api/feeds/tin-moi (${response.status}, ${body.items?.length} items)`,
    );
    const fragment = await fetch(`${url}/embed/latest-news?feed=tin-moi&limit=3`);
    const fragmentHtml = await fragment.text();
    check(
      fragment.status === 200 && fragmentHtml.includes('shadowrootmode="open"') && fragmentHtml.includes(FIRST_TITLE),
      `bantin-server renders /embed/latest-news with the installed bantin/ssr (${fragment.status}, ${kB(fragmentHtml.length)})`,
    );
    const moderation = await fetch(`${url}/admin`);
    check(
      moderation.status === 200 && (await moderation.text()).includes('admin.js'),
      `bantin-server serves its moderation page at /admin from the tarball (${moderation.status})`,
    );
    const bundle = await fetch(`${url}/bantin/latest-news.js`);
    check(bundle.status === 200, `bantin-server serves the installed bantin bundles at /bantin/ by default (${bundle.status})`);
  } catch (error) {
    check(false, `npx bantin-server starts: ${error.message}`);
  } finally {
    process.kill(-child.pid, 'SIGTERM');
    child.stdout.destroy();
    child.stderr.destroy();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log('\n| package | packed | unpacked | files | install |\n|---|---:|---:|---:|---:|');
for (const r of report)
  console.log(`| ${r.name} | ${kB(r.packed)} | ${kB(r.unpacked)} | ${r.files} | ${r.install === undefined ? '—' : `${r.install.toFixed(1)} s`} |`);
console.log('(bantin-server installed together with bantin; better-sqlite3 compiles from source where no prebuilt binary can be fetched)');

if (failures.length) {
  console.error(`\n${failures.length} package check(s) failed`);
  process.exit(1);
}
console.log(`\n${report.length} packages checked`);
