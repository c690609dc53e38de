// Bytes → text for feeds: the charset is taken from a BOM, else the HTTP Content-Type, else the XML
// declaration, else UTF-8. Labels TextDecoder does not know fall back to UTF-8.

const XML_DECLARATION = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
const CHARSET_PARAMETER = /;\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/i;
/** How far into the document the XML declaration is looked for (it must be first, after optional whitespace). */
const DECLARATION_WINDOW = 1024;

/**
 * The charset to decode `bytes` with, as a TextDecoder label.
 *
 * A byte order mark wins over the HTTP header (as in the WHATWG Encoding Standard: a server that
 * says `charset=iso-8859-1` over a UTF-8 file with a BOM is wrong, the BOM never is); then the
 * `charset` of `contentType`; then `<?xml … encoding="…"?>`; else `utf-8`.
 */
export function sniffCharset(bytes: Uint8Array, contentType?: string | null): string {
  const fromBom = charsetFromBom(bytes);
  if (fromBom) return fromBom;
  const fromHeader = knownLabel(charsetFromContentType(contentType));
  if (fromHeader) return fromHeader;
  const fromDeclaration = knownLabel(charsetFromXmlDeclaration(bytes));
  // The declaration was readable as ASCII, so a "UTF-16" in it is false (HTML's rule does the same).
  if (fromDeclaration && !fromDeclaration.startsWith('utf-16')) return fromDeclaration;
  return 'utf-8';
}

/** Decodes feed bytes to text (BOM removed, invalid sequences as U+FFFD; never throws). windows-1258 writes
 * Vietnamese tone marks as combining characters after the letter: its text is made NFC (ệ as one character). */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): string {
  const charset = sniffCharset(bytes, contentType);
  const text = new TextDecoder(charset).decode(bytes);
  return charset === 'windows-1258' ? text.normalize('NFC') : text;
}

function charsetFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  const match = contentType ? CHARSET_PARAMETER.exec(contentType) : null;
  return match ? (match[1] ?? match[2]) : undefined;
}

function charsetFromXmlDeclaration(bytes: Uint8Array): string | undefined {
  // Every charset a declaration can name is ASCII-compatible for the declaration itself.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, DECLARATION_WINDOW));
  return XML_DECLARATION.exec(head)?.[1];
}

/** The canonical name TextDecoder gives `label`, or undefined when it does not support it. */
function knownLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}
