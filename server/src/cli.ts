// bantin-server --config <file.json>: starts the widget server and prints its URL.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { createApp } from './app.js';

const USAGE = 'Usage: bantin-server --config <file.json>';

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  let configFile: string | undefined;
  try {
    const { values } = parseArgs({ args: argv, options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      console.log(USAGE);
      return;
    }
    configFile = values.config;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (!configFile) {
    console.error(USAGE);
    process.exit(2);
  }

  let config;
  try {
    config = loadConfig(configFile);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`bantin-server: bad config ${configFile}: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  const app = await createApp({ config, logger: { level: process.env.BANTIN_LOG_LEVEL ?? 'info' } });
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
    `  comments: ${config.dataDir} (moderation: ${config.moderation})`,
  ];
  if (!config.adminToken) lines.push('  admin API off: set BANTIN_ADMIN_TOKEN (16+ characters) to moderate comments');
  console.log(lines.join('\n'));
}

await main();
