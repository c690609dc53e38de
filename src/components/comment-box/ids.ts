// Thread and client ids for the comment box, within the rules of core/comments (isValidThreadId, isValidClientId).
import { THREAD_ID_MAX_LENGTH, isValidThreadId } from '../../core/comments/index.js';

// Query parameters that only say where a visitor came from: the same article with or without them is one thread.
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|zarsrc|_gl)$/i;
const HASH_LENGTH = 16;

/** Two 32-bit FNV-1a hashes (different offsets) as 16 hex digits: a short stable name for a long id. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x0100019d);
  }
  return ((a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')).slice(0, HASH_LENGTH);
}

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * `value` as a valid thread id: kept as it is when valid; otherwise characters outside the allowed set are
 * percent-encoded (UTF-8), and an id still too long keeps its start plus a hash of the whole, so distinct long
 * URLs stay distinct. '' for blank input.
 */
export function toThreadId(value: string): string {
  const trimmed = value.trim();
  const valid: boolean = isValidThreadId(trimmed);
  if (trimmed === '' || valid) return trimmed;
  const encoded = trimmed.replace(/[^A-Za-z0-9._~:/?#[\]@!$&'()*+,;=%-]+/gu, (part) => encodeURIComponent(part));
  if (encoded.length <= THREAD_ID_MAX_LENGTH) return encoded;
  // Cut where no %XX escape, nor a letter's run of escapes (UTF-8), is split.
  let head = encoded.slice(0, THREAD_ID_MAX_LENGTH - HASH_LENGTH - 1).replace(/%[0-9A-Fa-f]?$/, '');
  for (let i = 0; i < 3 && !decodes(head); i++) head = head.replace(/%[0-9A-Fa-f]{2}$/, '');
  return `${head}~${hash(trimmed)}`;
}

/** `href` without fragment and tracking parameters; '' when it is not a URL. */
function pageUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return '';
  }
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  return url.href;
}

/** The page's canonical URL (else its address), without fragment and tracking parameters. */
export function canonicalPageUrl(doc: Document = document): string {
  const link = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  return pageUrl(link?.href || doc.location?.href || doc.baseURI);
}

/** The default thread: the page's canonical URL as a valid thread id. */
export function defaultThreadId(doc: Document = document): string {
  return toThreadId(canonicalPageUrl(doc));
}

/** On the server (bantin/ssr): the `thread` attribute, else the URL of the page the HTML is for; '' when neither. */
export function serverThreadId(thread: string | undefined, serverPageUrl: string | undefined): string {
  return toThreadId(thread ?? '') || toThreadId(serverPageUrl ? pageUrl(serverPageUrl) : '');
}

/** A fresh idempotency key (it lives with the form state, which has no DOM). */
export { newClientId } from './internal/composer.js';
