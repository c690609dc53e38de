// The article a comment was posted from, as the comment box sends it (`pageTitle`, `pageUrl`): kept with the
// thread for the moderation page. Both optional; a wrong one is refused rather than dropped, so a broken
// client shows up in testing.
import { ApiError } from '../errors.js';

export const PAGE_TITLE_MAX_LENGTH = 300;
export const PAGE_URL_MAX_LENGTH = 2000;

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** `pageTitle` (trimmed, blank as absent) and `pageUrl` (absolute http(s)) of a post body. */
export function readPageContext(input: { pageTitle?: unknown; pageUrl?: unknown }): { title?: string; url?: string } {
  const page: { title?: string; url?: string } = {};
  if (input.pageTitle !== undefined && input.pageTitle !== null) {
    if (typeof input.pageTitle !== 'string' || [...input.pageTitle.trim()].length > PAGE_TITLE_MAX_LENGTH) {
      throw new ApiError(400, 'invalid-request', `pageTitle must be a string of at most ${PAGE_TITLE_MAX_LENGTH} characters`, { field: 'pageTitle' });
    }
    if (input.pageTitle.trim() !== '') page.title = input.pageTitle.trim();
  }
  if (input.pageUrl !== undefined && input.pageUrl !== null && input.pageUrl !== '') {
    if (typeof input.pageUrl !== 'string' || input.pageUrl.length > PAGE_URL_MAX_LENGTH || !isHttpUrl(input.pageUrl.trim())) {
      throw new ApiError(400, 'invalid-request', `pageUrl must be an absolute http(s) URL of at most ${PAGE_URL_MAX_LENGTH} characters`, {
        field: 'pageUrl',
      });
    }
    page.url = new URL(input.pageUrl.trim()).href;
  }
  return page;
}
