// Security headers of the HTML pages this server sends (staticDir pages and rendered pages; the moderation
// page has its own, stricter ones in admin-page.ts). Scripts: this origin's files and the page's own inline
// scripts, allowed one by one by their SHA-256 — never any other inline script, eval or plugin. Styles may be
// inline (the widgets' server-rendered shadow roots carry <style> elements); images, media and feeds may come
// from any http(s) origin, as the widgets show other sites' pictures and read other sites' feeds.
import { createHash } from 'node:crypto';

// An inline script that runs: no src, and no type or a JavaScript one (JSON and JSON-LD blocks never run).
const INLINE_SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([^]*?)<\/script\s*>/gi;
const RUNS = /^\s*(?:module|text\/javascript|application\/javascript)?\s*$/i;

function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', code = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(` ${attributes}`);
    if (type && !RUNS.test(type[1] ?? type[2] ?? type[3] ?? '')) continue;
    hashes.add(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  }
  return [...hashes];
}

/** The headers of one HTML page, its inline scripts allowed by hash. */
export function pageSecurityHeaders(html: string): Record<string, string> {
  const csp = [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes(html)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https: http:",
    "media-src 'self' https: http:",
    "connect-src 'self' https: http:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' };
}
