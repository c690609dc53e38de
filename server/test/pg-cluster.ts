// A throwaway PostgreSQL cluster for tests and benchmarks: the system's initdb and pg_ctl, a data folder
// in a temporary directory, a free port on 127.0.0.1, stopped and removed at the end. As root, PostgreSQL
// refuses to run, so the commands run as the `postgres` user (runuser) and the folder is handed to it.
// The binaries: $PG_BINDIR, else `pg_config --bindir`, else the newest /usr/lib/postgresql/<version>/bin.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export const INSTALL_HINT =
  'PostgreSQL server binaries (initdb, pg_ctl) were not found. Install PostgreSQL (Debian/Ubuntu: apt-get install -y postgresql; ' +
  'macOS: brew install postgresql) or set PG_BINDIR to the folder that holds initdb and pg_ctl.';

function hasServerBinaries(dir: string | undefined): dir is string {
  return !!dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
}

/** The folder of initdb and pg_ctl, or an Error saying how to install them. */
export function findPostgresBinaries(): string {
  if (hasServerBinaries(process.env.PG_BINDIR)) return process.env.PG_BINDIR;
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (hasServerBinaries(dir)) return dir;
  } catch {
    // no pg_config: look in the Debian layout
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const dir = versions.map((version) => join(root, version, 'bin')).find(hasServerBinaries);
  if (dir) return dir;
  throw new Error(INSTALL_HINT);
}

/** The uid and gid of the `postgres` user (the Debian package creates it). */
function postgresUser(): [number, number] {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return [id('-u'), id('-g')];
  } catch {
    throw new Error(`Running as root, PostgreSQL needs a "postgres" user to run as, and there is none. ${INSTALL_HINT}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface PgClusterOptions {
  /** fsync on (a benchmark of durable commits); tests run with fsync off, which only matters on power loss. */
  durable?: boolean;
}

export interface PgCluster {
  port: number;
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url(database?: string): string;
  /** A new, empty database; its URL. */
  createDatabase(prefix?: string): Promise<string>;
  /** Stops the server (fast shutdown: connections are cut), keeping the data: PostgreSQL "goes away". */
  stopServer(): Promise<void>;
  /** Starts it again on the same port, with the same data. */
  startServer(): Promise<void>;
  /** Stops the server and removes every file. */
  destroy(): Promise<void>;
}

export async function startPgCluster(options: PgClusterOptions = {}): Promise<PgCluster> {
  const bin = findPostgresBinaries();
  const asRoot = userInfo().uid === 0;
  // Root cannot run PostgreSQL: the server and its files belong to the `postgres` user.
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
  const dir = mkdtempSync(join(tmpdir(), 'bantin-pg-'));
  if (asRoot) chownSync(dir, ...postgresUser());
  const data = join(dir, 'data');
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    '-c shared_buffers=64MB',
    ...(options.durable ? [] : ['-c fsync=off', '-c full_page_writes=off']),
  ].join(' ');
  const ctl = async (...args: string[]) => {
    const [file, argv] = command('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), ...args]);
    await run(file, argv, { timeout: 60_000 });
  };

  const [initdb, initArgs] = command('initdb', ['-D', data, '--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  await run(initdb, initArgs, { timeout: 60_000 });
  await ctl('-w', '-o', settings, 'start');

  // A test process that dies without its after-hooks still stops its cluster.
  const stopOnExit = () => {
    const [file, argv] = command('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    spawnSync(file, argv, { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);

  let databases = 0;
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async createDatabase(prefix = 'bantin_test') {
      const name = `${prefix}_${process.pid}_${++databases}`;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`); // a name made here, not input: identifiers cannot be parameters
      } finally {
        await client.end();
      }
      return url(name);
    },
    stopServer: () => ctl('-w', '-m', 'fast', 'stop'),
    startServer: () => ctl('-w', '-o', settings, 'start'),
    async destroy() {
      process.removeListener('exit', stopOnExit);
      await ctl('-w', '-m', 'immediate', 'stop').catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
