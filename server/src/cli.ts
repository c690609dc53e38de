// bantin-server --config <file.json>: starts the widget server and prints its URL.
// bantin-server copy-to-postgres …: copies a SQLite comments database into PostgreSQL (see USAGE).
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, redactPassword, type ServerConfig } from './config.js';
import { createApp } from './app.js';
import { CopyError, copySqliteToPostgres } from './comments/copy-to-postgres.js';
import { describeDatabase, StoreOpenError } from './comments/open-store.js';

const USAGE = `Usage: bantin-server --config <file.json>
       bantin-server copy-to-postgres [--config <file.json>] [--from <comments.sqlite>] [--to <postgres://…>]`;

function usageError(message?: string): never {
  console.error(message ? `${message}\n${USAGE}` : USAGE);
  process.exit(2);
}

function readConfig(configFile: string): ServerConfig {
  try {
    return loadConfig(configFile);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`bantin-server: bad config ${configFile}: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

type Options = { config?: string; from?: string; to?: string; help?: boolean };

function parse(argv: string[], withCopyOptions: boolean): Options {
  try {
    const options: ParseArgsConfig['options'] = { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } };
    if (withCopyOptions) Object.assign(options, { from: { type: 'string' }, to: { type: 'string' } });
    const { values } = parseArgs({ args: argv, options });
    return values as Options;
  } catch (error) {
    return usageError((error as Error).message);
  }
}

/** copy-to-postgres: from --from (else the config's dataDir), to --to (else the config's PostgreSQL database). */
async function copyCommand(argv: string[]): Promise<void> {
  const options = parse(argv, true);
  if (options.help) return console.log(USAGE);
  const config = options.config ? readConfig(options.config) : undefined;
  const from = options.from ? resolve(options.from) : config && join(config.dataDir, 'comments.sqlite');
  if (!from) usageError('copy-to-postgres needs --from <comments.sqlite> or --config <file.json>');
  const to = options.to ?? (config?.database.kind === 'postgres' ? config.database.url : undefined);
  if (!to) usageError('copy-to-postgres needs --to <postgres://…>, or a config whose "database" (or BANTIN_DATABASE_URL) is a PostgreSQL URL');
  if (!/^postgres(?:ql)?:\/\//i.test(to)) usageError(`--to must be a postgres:// URL, got ${JSON.stringify(redactPassword(to))}`);

  try {
    const report = await copySqliteToPostgres(from, to);
    console.log(
      `bantin-server: copied ${report.copied + report.renumbered} of ${report.read} comments from ${from} to ${redactPassword(to)}` +
        ` (${report.alreadyThere} already there, ${report.renumbered} given a new place in posting order)`,
    );
  } catch (error) {
    const reason = error instanceof CopyError ? error.message : `${(error as Error).message || error}`;
    console.error(`bantin-server: copy-to-postgres failed: ${reason}`);
    process.exit(1);
  }
}

async function serve(argv: string[]): Promise<void> {
  const options = parse(argv, false);
  if (options.help) return console.log(USAGE);
  if (!options.config) usageError();
  const config = readConfig(options.config);

  let app;
  try {
    app = await createApp({ config, logger: { level: process.env.BANTIN_LOG_LEVEL ?? 'info' } });
  } catch (error) {
    if (error instanceof StoreOpenError) {
      console.error(`bantin-server: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const shutdown = (signal: string) => {
    app.log.info(`${signal}: closing`);
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}/`;
  const lines = [
    `bantin server listening on ${url}`,
    `  feeds: ${
      Object.keys(config.feeds)
        .map((name) => `${url}api/feeds/${name}`)
        .join(', ') || '(none)'
    }`,
    `  comments: ${describeDatabase(config.database, config.dataDir)} (moderation: ${config.moderation})`,
  ];
  if (!config.adminToken) lines.push('  admin API off: set BANTIN_ADMIN_TOKEN (16+ characters) to moderate comments');
  console.log(lines.join('\n'));
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  if (argv[0] === 'copy-to-postgres') return copyCommand(argv.slice(1));
  return serve(argv);
}

await main();
