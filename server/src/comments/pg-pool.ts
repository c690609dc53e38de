// The PostgreSQL connection pool of one server instance, and the line between "the database is away"
// (StoreUnavailableError: 503 + Retry-After) and a real fault (500, logged). Every query goes through
// `query`, with its values as parameters: no SQL is ever built from input.
import pg from 'pg';
import { StoreUnavailableError } from './unavailable.js';

/**
 * Connections per instance. Each instance holds at most this many; PostgreSQL's max_connections (100 by
 * default) must cover every instance's pool plus the administrators' sessions: 2 instances → 20.
 */
export const POOL_SIZE = 10;

/** How long a request waits for a connection (a new one, or a free one when all 10 are busy). */
export const CONNECT_TIMEOUT_MS = 3_000;

/** The longest one statement may take, checked by the server (statement_timeout) and by the client. */
export const STATEMENT_TIMEOUT_MS = 5_000;

export function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    // The client-side bound holds when the server cannot even answer (a network partition, a frozen host).
    query_timeout: STATEMENT_TIMEOUT_MS + 1_000,
    keepAlive: true,
    application_name: 'bantin-server',
  });
  // An idle connection that dies (PostgreSQL restarted) is dropped by the pool; without a listener Node
  // would treat the event as an uncaught error and stop the process.
  pool.on('error', () => {});
  return pool;
}

const DRIVER_CONNECTION_ERROR = /connect|terminat|timeout|not queryable|ended/i;

/** SQLSTATE classes and codes that mean "not now" rather than "wrong": connection, shutdown, overload. */
function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // No code: the driver's own words when a connection failed, ended or timed out.
  if (typeof code !== 'string') return error instanceof Error && DRIVER_CONNECTION_ERROR.test(error.message);
  if (/^E[A-Z_]+$/.test(code)) return true; // Node's network errors: ECONNREFUSED, ECONNRESET, ETIMEDOUT, ENOTFOUND…
  return (
    code.startsWith('08') || // connection exception
    code.startsWith('53') || // insufficient resources: too many connections, disk full, out of memory
    code.startsWith('57P') || // admin/crash shutdown, cannot connect now (starting up), database dropped
    code === '57014' || // statement timeout (query_canceled)
    code === '40001' || // serialization failure
    code === '40P01' || // deadlock detected
    code === '55P03' // lock not available
  );
}

/** Turns a driver error into StoreUnavailableError when the database is away; other errors pass unchanged. */
export function classify(error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  return isUnavailable(error) ? new StoreUnavailableError(undefined, { cause: error }) : error;
}

export interface Statement {
  /** Named statements are prepared once per connection (the hot paths). */
  name?: string;
  text: string;
  values?: unknown[];
}

/** Runs one parameterised statement on the pool. */
export async function query<Row extends pg.QueryResultRow>(pool: pg.Pool, statement: Statement): Promise<pg.QueryResult<Row>> {
  try {
    return await pool.query<Row>(statement);
  } catch (error) {
    throw classify(error);
  }
}
