// Relative URLs in a widget's attributes (more-href, href, image) resolve against the page. On the server
// (bantin/ssr) the page is the one renderWidget was told about; when it was told none, they resolve against a
// stand-in and are written back relative, so the link works wherever the HTML lands — and the browser, which
// resolves it against the real page, renders the same element.
import { isServer } from 'lit';

type UrlCheck = (url: string | null | undefined, baseUrl?: string) => string | undefined;

const STAND_IN = 'https://page.invalid/';

/** `check(url)` against the page's base URL (see above); undefined when the URL is not allowed. */
export function onPage(check: UrlCheck, url: string | null | undefined, serverPageUrl?: string): string | undefined {
  if (!isServer) return check(url, document.baseURI);
  const resolved = check(url, serverPageUrl ?? STAND_IN);
  return resolved && !serverPageUrl && resolved.startsWith(STAND_IN) ? resolved.slice(STAND_IN.length - 1) : resolved;
}
