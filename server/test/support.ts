// Shared helpers for the widget server's node tests: temporary configs, a running app on 127.0.0.1,
// local upstream servers, and a recorder of every outgoing connection attempt in this process.
import assert from 'node:assert/strict';
import { after } from 'node:test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import dc from 'node:diagnostics_channel';
import type { AddressInfo, Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { parseConfig, type ServerConfig } from '../src/config.js';
import { createApp, type AppOptions } from '../src/app.js';
import type { StoreKind } from '../src/comments/store.js';
import { startPgCluster, type PgCluster } from './pg-cluster.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'bantin-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface RunningApp {
  app: FastifyInstance;
  config: ServerConfig;
  url: string;
  close(): Promise<void>;
}

/** Starts the real app on 127.0.0.1 with a temporary data folder; `raw` is the config as a file would hold it. */
export async function startApp(
  raw: Record<string, unknown> = {},
  options: Omit<AppOptions, 'config'> & { env?: NodeJS.ProcessEnv; baseDir?: string } = {},
): Promise<RunningApp> {
  const data = tempDir();
  const config = parseConfig(
    { staticDir: null, bundleDir: null, corsOrigins: ['*'], ...raw, dataDir: raw.dataDir ?? data.path },
    options.baseDir ?? data.path,
    { BANTIN_ADMIN_TOKEN: ADMIN_TOKEN, ...options.env },
  );
  const app = await createApp({ ...options, config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    config,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      data.remove();
    },
  };
}

/** The stores every comments test runs against. */
export const STORE_KINDS: readonly StoreKind[] = ['sqlite', 'postgres'];

export interface TestPostgres {
  /** This file's cluster, started on first use (about a second). */
  cluster(): Promise<PgCluster>;
  /** A config `database` for a new app: "sqlite", or a new empty database on this file's cluster. */
  database(kind: StoreKind): Promise<string>;
}

/**
 * One throwaway PostgreSQL cluster for the test file that calls this at its top level, started when a test
 * first needs it and removed after the file's last test. Without PostgreSQL installed, those tests fail and
 * say how to install it.
 */
export function usePostgres(): TestPostgres {
  let started: Promise<PgCluster> | undefined;
  const cluster = () => (started ??= startPgCluster());
  after(async () => {
    if (started) await (await started).destroy();
  });
  return {
    cluster,
    database: async (kind) => (kind === 'sqlite' ? 'sqlite' : (await cluster()).createDatabase()),
  };
}

export interface Upstream {
  url: string;
  port: number;
  /** Requests seen, in order. */
  requests: http.IncomingMessage[];
  /** TCP connections accepted. */
  connections: number;
  server: http.Server;
  close(): Promise<void>;
}

/** A local upstream on `host` (loopback only) answering with `handler`. */
export async function startUpstream(handler: http.RequestListener, host = '127.0.0.1'): Promise<Upstream> {
  const requests: http.IncomingMessage[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    requests.push(request);
    handler(request, response);
  });
  const upstream = { requests, connections: 0, server } as Upstream;
  server.on('connection', (socket) => {
    upstream.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  upstream.port = (server.address() as AddressInfo).port;
  upstream.url = `http://${host.includes(':') ? `[${host}]` : host}:${upstream.port}`;
  upstream.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return upstream;
}

/**
 * Records every address this process tries to connect a client socket to (Node's own
 * 'connectionAttempt', seen through the net.client.socket diagnostics channel).
 */
export function recordConnectionAttempts(): { attempts: string[]; stop(): void } {
  const attempts: string[] = [];
  const onSocket = (message: unknown) => {
    const socket = (message as { socket: Socket }).socket;
    socket.on('connectionAttempt', (address: string, port: number) => attempts.push(`${address}:${port}`));
  };
  dc.subscribe('net.client.socket', onSocket);
  return { attempts, stop: () => dc.unsubscribe('net.client.socket', onSocket) };
}

/** fetch with a JSON body. */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

let clientIds = 0;
/** A fresh, valid clientId. */
export function clientId(): string {
  return `test-client-${process.pid}-${++clientIds}-${Math.random().toString(36).slice(2, 8)}`;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'server/src/cli.ts');

/** Runs the CLI (bantin-server) from source; resolves with its URL once it prints it (at most 30 s). */
export function startCli(configFile: string, env: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--conditions=bantin-source', '--import', 'tsx', CLI, '--config', configFile], {
    cwd: ROOT,
    env: { ...process.env, BANTIN_LOG_LEVEL: 'warn', BANTIN_ADMIN_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+?)\/?\s/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`the server exited with ${code}:\n${output}`), { exitCode: code, output }));
    });
  });
}

export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** The error `promise` rejects with, checked to be a `type`; fails the test when it resolves. */
export async function rejection<E extends Error>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof type, `expected a ${type.name}, got ${error}`);
    return error;
  }
  assert.fail(`no ${type.name}: the promise resolved`);
}
