// The one rule for "is this URL allowed": links http(s) or mailto, images http(s), made absolute. Apart from
// sanitize.ts (DOMPurify), so that a widget that only shows links does not carry the HTML sanitiser's setup.

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

/** An absolute http(s) or mailto URL for a link, or undefined for anything else (javascript:, data:, junk). */
export function safeLinkUrl(url: string | null | undefined, baseUrl?: string): string | undefined {
  return checkedUrl(url, baseUrl, LINK_PROTOCOLS);
}

/** An absolute http(s) URL for an image, or undefined. */
export function safeImageUrl(url: string | null | undefined, baseUrl?: string): string | undefined {
  return checkedUrl(url, baseUrl, IMAGE_PROTOCOLS);
}

function checkedUrl(url: string | null | undefined, baseUrl: string | undefined, protocols: Set<string>): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  let parsed: URL;
  try {
    parsed = baseUrl ? new URL(trimmed, baseUrl) : new URL(trimmed);
  } catch {
    return undefined;
  }
  return protocols.has(parsed.protocol) ? parsed.href : undefined;
}
