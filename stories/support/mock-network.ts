// A fetch stand-in for stories: requests to MOCK_ORIGIN (a reserved .invalid host, so nothing real can ever
// answer) are served by the routes registered here; every other request goes to the real fetch untouched.
// Stories use it to reach the states only a network gives: loading, HTTP errors, a stale copy, the comments API.

export const MOCK_ORIGIN = 'https://mock.bantin.invalid';

export type MockHandler = (request: Request, params: Record<string, string>) => Response | Promise<Response>;

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: MockHandler;
}

const routes: Route[] = [];
const INSTALLED = Symbol.for('bantin.stories.mockFetch');

/** Serves `METHOD /path/:param` on MOCK_ORIGIN (the last registration of a route wins). */
export function mockRoute(method: string, path: string, handler: MockHandler): void {
  installMockFetch();
  const names: string[] = [];
  const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_match, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  routes.unshift({ method: method.toUpperCase(), pattern: new RegExp(`^${source}$`), names, handler });
}

/** The absolute mock URL of `path`. */
export function mockUrl(path: string): string {
  return new URL(path, MOCK_ORIGIN).href;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** A request that never gets an answer, until the caller aborts it (as a real slow server looks). */
export function never(request: Request): Promise<Response> {
  return new Promise((_resolve, reject) => {
    const { signal } = request;
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

function installMockFetch(): void {
  const scope = globalThis as typeof globalThis & { [INSTALLED]?: boolean };
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== MOCK_ORIGIN) return realFetch(input, init);
    for (const route of routes) {
      const found = route.method === request.method ? route.pattern.exec(url.pathname) : null;
      if (!found) continue;
      const params = Object.fromEntries(route.names.map((name, index) => [name, decodeURIComponent(found[index + 1]!)]));
      return route.handler(request, params);
    }
    return json({ error: { code: 'not-found', message: `No mock for ${request.method} ${url.pathname}` } }, 404);
  };
}
