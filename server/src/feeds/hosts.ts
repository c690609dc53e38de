// allowHosts entries: "news.example.vn", "*.example.vn" (subdomains only), each optionally with ":port".

interface HostRule {
  host: string;
  wildcard: boolean;
  port?: number;
}

function parseRule(entry: string): HostRule {
  const [hostPart, port] = entry.toLowerCase().split(':');
  const wildcard = hostPart!.startsWith('*.');
  return { host: wildcard ? hostPart!.slice(2) : hostPart!, wildcard, ...(port ? { port: Number(port) } : {}) };
}

function effectivePort(url: URL): number {
  return url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
}

export interface HostList {
  /** The URL's host is on the list (the port is checked separately). */
  allows(url: URL): boolean;
  /** The URL's host is on the list with exactly the URL's port. */
  allowsPort(url: URL): boolean;
}

export function hostList(entries: readonly string[]): HostList {
  const rules = entries.map(parseRule);
  const matching = (url: URL) => {
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    return rules.filter((rule) => (rule.wildcard ? host.endsWith(`.${rule.host}`) : host === rule.host));
  };
  return {
    allows: (url) => matching(url).length > 0,
    allowsPort: (url) => matching(url).some((rule) => rule.port === effectivePort(url)),
  };
}
