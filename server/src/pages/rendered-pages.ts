// Pages of staticDir named in `renderPages`, served with their bantin elements rendered on the server
// (docs/server-config.md#rendered-pages). A page's element can take attribute values from the page's query:
//   <bantin-article-card item="…" data-bantin-query-item="baosonla-{bai}">
// sets `item` to "baosonla-" + ?bai= when the query has `bai` (the value checked like an /embed parameter).
// A page whose full article card shows an article gets that article's <title>, meta description, canonical
// link and NewsArticle JSON-LD.
import { stat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { FeedItem } from 'bantin/core';
import { shownArticle } from 'bantin/ssr';
import { ApiError } from '../errors.js';
import { checkAttribute, EMBED_WIDGETS, type EmbedTag } from '../embed/attributes.js';
import type { WidgetRenderer } from '../embed/render.js';
import { addVary, isNotModified, originOf } from '../embed/routes.js';
import { createHash } from 'node:crypto';
import { pageSecurityHeaders } from '../page-headers.js';

export interface RenderedPagesOptions {
  renderer: WidgetRenderer;
  staticDir: string;
  /** Paths of the pages, relative to staticDir. */
  pages: readonly string[];
  publicUrl: string | null;
}

const TAGS: readonly EmbedTag[] = Object.values(EMBED_WIDGETS);
const BINDING_PREFIX = 'data-bantin-query-';
const PLACEHOLDER = /\{([A-Za-z0-9_-]{1,32})\}/g;

interface Range {
  start: number;
  end: number;
}

interface PageElement extends Range {
  tag: EmbedTag;
  attributes: Record<string, string>;
  /** attribute → template with {parameter} placeholders. */
  bindings: Record<string, string>;
}

interface PageTemplate {
  mtimeMs: number;
  html: string;
  elements: PageElement[];
  /** The text of <title>. */
  title?: Range;
  /** The whole <meta name="description"> tag. */
  description?: Range;
  /** Where </head> starts: the metadata goes before it. */
  headEnd?: number;
}

const escapeText = (value: string) => value.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
const escapeAttribute = (value: string) => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside a <script>: nothing in it can close the script or be read as markup. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The page's structure, read once per version of the file (jsdom, with the source offsets of its nodes). */
async function parseTemplate(html: string, mtimeMs: number): Promise<PageTemplate> {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM(html, { includeNodeLocations: true });
  const document = dom.window.document;
  // An element's span in the source, and its start and end tags' (the types give only the common part).
  type Span = { startOffset: number; endOffset: number };
  const location = (node: Element) => dom.nodeLocation(node) as (Span & { startTag?: Span; endTag?: Span }) | null;
  const elements: PageElement[] = [];
  for (const element of document.querySelectorAll(TAGS.join(','))) {
    const where = location(element);
    if (!where) continue;
    const attributes: Record<string, string> = {};
    const bindings: Record<string, string> = {};
    for (const { name, value } of element.attributes) {
      if (name.startsWith(BINDING_PREFIX)) bindings[name.slice(BINDING_PREFIX.length)] = value;
      else attributes[name] = value;
    }
    elements.push({ tag: element.localName as EmbedTag, attributes, bindings, start: where.startOffset, end: where.endOffset });
  }
  const template: PageTemplate = { mtimeMs, html, elements };
  const title = document.querySelector('head > title');
  const titleAt = title && location(title);
  if (titleAt?.startTag && titleAt.endTag) template.title = { start: titleAt.startTag.endOffset, end: titleAt.endTag.startOffset };
  const description = [...document.querySelectorAll('head > meta[name]')].find((meta) => meta.getAttribute('name')!.toLowerCase() === 'description');
  const descriptionAt = description && location(description);
  if (descriptionAt) template.description = { start: descriptionAt.startOffset, end: descriptionAt.endOffset };
  const headEnd = location(document.head)?.endTag?.startOffset;
  if (headEnd !== undefined) template.headEnd = headEnd;
  dom.window.close();
  return template;
}

/** The attributes of `element` for this request: its own, with the bound ones set from the query. */
function boundAttributes(element: PageElement, query: URLSearchParams): { attributes: Record<string, string>; bound: Set<string> } {
  const attributes = { ...element.attributes };
  const bound = new Set<string>();
  for (const [name, template] of Object.entries(element.bindings)) {
    const parameters = [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
    if (parameters.length === 0 || !parameters.every((parameter) => query.get(parameter))) continue;
    const value = template.replace(PLACEHOLDER, (_, parameter: string) => query.get(parameter)!);
    checkAttribute(element.tag, name, value);
    attributes[name] = value;
    bound.add(name);
  }
  return { attributes, bound };
}

function elementHtml(tag: string, attributes: Record<string, string>): string {
  const text = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<${tag}${text}></${tag}>`;
}

/** <title>, description, canonical link and NewsArticle JSON-LD for the article a page shows. */
function articleMetadata(item: FeedItem, pageUrl: string): { title: string; description?: string; head: string } {
  const absolute = (url: string | undefined) => {
    if (!url) return undefined;
    try {
      const resolved = new URL(url, pageUrl);
      return /^https?:$/.test(resolved.protocol) ? resolved.href : undefined;
    } catch {
      return undefined;
    }
  };
  const link = absolute(item.link);
  const image = absolute(item.image?.url);
  const structured = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    ...(item.summary ? { description: item.summary } : {}),
    ...(image ? { image: [image] } : {}),
    ...(item.published ? { datePublished: item.published } : {}),
    ...(item.updated || item.published ? { dateModified: item.updated ?? item.published } : {}),
    ...(item.author ? { author: [{ '@type': 'Person', name: item.author }] } : {}),
    ...(link ? { mainEntityOfPage: link } : {}),
  };
  const head = [
    link ? `<link rel="canonical" href="${escapeAttribute(link)}">` : '',
    `<script type="application/ld+json">${scriptJson(structured)}</script>`,
  ].join('');
  return { title: item.title, ...(item.summary ? { description: item.summary } : {}), head };
}

function badQueryPage(message: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Địa chỉ không hợp lệ</title></head><body><h1>Địa chỉ không hợp lệ (400)</h1><p>${escapeText(message)}</p></body></html>`;
}

export const renderedPages: FastifyPluginAsync<RenderedPagesOptions> = async (app, { renderer, staticDir, pages, publicUrl }) => {
  const templates = new Map<string, Promise<PageTemplate>>();

  async function template(file: string): Promise<PageTemplate | undefined> {
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(file)).mtimeMs;
    } catch {
      return undefined;
    }
    const known = templates.get(file);
    if (known && (await known).mtimeMs === mtimeMs) return known;
    const parsed = readFile(file, 'utf8').then((html) => parseTemplate(html, mtimeMs));
    templates.set(file, parsed);
    parsed.catch(() => templates.delete(file));
    return parsed;
  }

  async function serve(request: FastifyRequest, reply: FastifyReply, file: string) {
    const page = await template(file);
    if (!page) return reply.callNotFound();
    const query = new URLSearchParams(request.url.slice(request.url.indexOf('?') + 1 || request.url.length));
    const origin = originOf(request, publicUrl);
    const pageUrl = `${origin || 'http://bantin.invalid'}${request.url}`;

    let elements;
    try {
      elements = page.elements.map((element) => ({ element, ...boundAttributes(element, query) }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const page = badQueryPage(error.message);
      return reply.code(400).type('text/html; charset=utf-8').headers(pageSecurityHeaders(page)).header('Cache-Control', 'no-cache').send(page);
    }

    let status = 200;
    let metadata: ReturnType<typeof articleMetadata> | undefined;
    const replacements: (Range & { text: string })[] = await Promise.all(
      elements.map(async ({ element, attributes, bound }) => {
        try {
          const rendered = await renderer.render({ tag: element.tag, attributes, origin, rewrite: false });
          if (element.tag === 'bantin-article-card' && attributes.variant === 'full' && !metadata && rendered.feeds.length > 0) {
            const article = shownArticle(
              rendered.feeds.map((loaded) => loaded.feed),
              attributes.item,
              pageUrl,
            );
            if (article) metadata = articleMetadata(article, pageUrl);
            else if (bound.has('item')) status = 404;
          }
          return { start: element.start, end: element.end, text: rendered.html };
        } catch (error) {
          // The browser renders it as usual (it asks the server itself); the rest of the page is rendered.
          request.log.warn({ err: error, tag: element.tag }, 'a page element could not be rendered on the server');
          return { start: element.start, end: element.end, text: elementHtml(element.tag, attributes) };
        }
      }),
    );
    if (metadata) {
      if (page.title) replacements.push({ ...page.title, text: escapeText(metadata.title) });
      const description = metadata.description ? `<meta name="description" content="${escapeAttribute(metadata.description)}">` : '';
      if (page.description) replacements.push({ ...page.description, text: description });
      if (page.headEnd !== undefined) {
        replacements.push({ start: page.headEnd, end: page.headEnd, text: (page.description ? '' : description) + metadata.head });
      }
    }
    replacements.sort((a, b) => a.start - b.start);
    let html = '';
    let at = 0;
    for (const { start, end, text } of replacements) {
      html += page.html.slice(at, start) + text;
      at = end;
    }
    html += page.html.slice(at);

    const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
    // Comments and feeds change under the same URL: every use revalidates (cheaply, with the ETag).
    reply.header('ETag', etag).header('Cache-Control', 'no-cache');
    addVary(reply, 'Accept-Encoding');
    if (status === 200 && isNotModified(request, etag)) return reply.code(304).send();
    return reply.code(status).type('text/html; charset=utf-8').headers(pageSecurityHeaders(html)).send(html);
  }

  for (const page of pages) {
    const file = join(staticDir, page);
    const paths = [`/${page}`];
    if (page === 'index.html' || page.endsWith('/index.html')) paths.push(`/${page.slice(0, -'index.html'.length)}`);
    for (const path of paths) app.get(path, (request, reply) => serve(request, reply, file));
  }
};
