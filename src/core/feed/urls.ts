// URL rules of the feed model: relative links made absolute against the feed's (or the element's) base. Apart
// from normalize.ts so that the widget server's JSON Feed reader (server-json.ts) needs nothing else.

const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;
const URL_NAME = /\s(href|src|poster|srcset)\s*$/i;
const URL_VALUE = /\s*("([^"]*)"|'([^']*)'|[^\s"'>]+)/y;

/** An absolute URL, or undefined when empty or not resolvable. Absolute input is kept as written. */
export function resolveUrl(url: string | undefined, base?: string): string | undefined {
  url = url?.trim();
  if (!url || ABSOLUTE.test(url)) return url || undefined;
  try {
    return base ? new URL(url, base).href : undefined;
  } catch {
    return undefined;
  }
}

/** Relative href/src/poster/srcset values made absolute against base. */
export function absolutizeHtml(html: string, base?: string): string {
  if (!base) return html;
  let out = '',
    from = 0;
  for (let eq = html.indexOf('='); eq >= 0; eq = html.indexOf('=', eq + 1)) {
    const name = URL_NAME.exec(html.slice(eq - 8 < 0 ? 0 : eq - 8, eq));
    URL_VALUE.lastIndex = eq + 1;
    const m = name && URL_VALUE.exec(html);
    if (!m) continue;
    const value = m[2] ?? m[3] ?? m[1];
    const start = URL_VALUE.lastIndex - m[1].length + (value === m[1] ? 0 : 1);
    const url =
      name[1].toLowerCase() === 'srcset'
        ? value.replace(/(^|,)(\s*)([^\s,]+)/g, (_, comma, space, candidate) => comma + space + (resolveUrl(candidate, base) ?? candidate))
        : value[0] === '#'
          ? value
          : (resolveUrl(value, base) ?? value);
    if (url !== value) {
      out += html.slice(from, start) + url;
      from = start + value.length;
    }
  }
  return from ? out + html.slice(from) : html;
}
