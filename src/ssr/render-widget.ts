// Server rendering (bantin/ssr): a widget as HTML with its declarative shadow root, rendered by Lit SSR from the
// same templates and styles the browser uses, with the data it was rendered from in a state script so that
// bantin.js hydrates it in place (src/internal/rendered-state.ts).
import { render } from '@lit-labs/ssr';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Feed } from '../core/feed/model.js';
import { renderedStateScript, type RenderedState } from '../internal/rendered-state.js';
import { prepareWidget, type WidgetAttributes, type PrepareOptions } from './prepare.js';
import { WIDGET_TAGS, type WidgetTag } from '../registry.js';
import './define-all.js';

export type { WidgetAttributes } from './prepare.js';

export interface RenderWidgetOptions extends PrepareOptions {
  /** A CSP nonce for every <style> and <script> the output carries. */
  nonce?: string;
}

const NONCE = /^[A-Za-z0-9+/_=-]{1,200}$/;

/** A CSP nonce bantin/ssr accepts: 1 to 200 characters of base64 or base64url. */
export function isValidNonce(nonce: string): boolean {
  return NONCE.test(nonce);
}
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]{0,63}$/;

/** The HTML escapes of an attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function checkNonce(nonce: string | undefined): void {
  if (nonce !== undefined && !isValidNonce(nonce)) throw new TypeError('bantin/ssr: a nonce is base64 or base64url text (1 to 200 characters).');
}

function checkTag(tag: string): asserts tag is WidgetTag {
  if (!(WIDGET_TAGS as readonly string[]).includes(tag)) {
    throw new TypeError(`bantin/ssr: <${tag}> is not a bantin widget (${WIDGET_TAGS.join(', ')}).`);
  }
}

/** The element as a Lit SSR result: the host with its attributes, its shadow root, and its state script. */
function renderElement(
  tag: WidgetTag,
  attributes: Record<string, string>,
  state: RenderedState,
  properties: { feed?: Feed; pageUrl?: string },
  nonce?: string,
): RenderResult {
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => {
      if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`bantin/ssr: "${name}" is not an attribute name.`);
      return ` ${name}="${escapeAttribute(value)}"`;
    })
    .join('');
  const script = renderedStateScript(state, nonce);
  const template = staticHtml`<${unsafeStatic(tag + attributeText)} .renderedState=${state} .serverPageUrl=${properties.pageUrl} .feed=${properties.feed ?? attributes.feed}>${unsafeHTML(script)}</${unsafeStatic(tag)}>`;
  const result = render(template);
  return nonce ? withStyleNonce(result, nonce) : result;
}

/** Lit SSR writes each shadow root's styles as one `<style>` chunk: the nonce goes on it there. */
function* withStyleNonce(result: RenderResult, nonce: string): RenderResult {
  for (const chunk of result) {
    if (chunk === '<style>') yield `<style nonce="${nonce}">`;
    else if (typeof chunk === 'string') yield chunk;
    else yield (chunk as Promise<RenderResult>).then((inner) => withStyleNonce(inner, nonce));
  }
}

/**
 * `tag` rendered as HTML: the element, its declarative shadow root and its state. `attributes` are the
 * widget's attributes (`feed` a URL the server loads, several separated by spaces, or a Feed object).
 */
export async function renderWidget(tag: string, attributes: WidgetAttributes = {}, options: RenderWidgetOptions = {}): Promise<string> {
  return collectResult(await renderWidgetResult(tag, attributes, options));
}

/**
 * A Node Readable of HTML, typed without Node's types (so that a project without @types/node can read bantin/ssr's
 * declarations): pipe it into a response, or iterate it.
 */
export type HtmlStream = AsyncIterable<string | Uint8Array> & { pipe<T>(destination: T, options?: { end?: boolean }): T };

/** As renderWidget, as a stream: the data is loaded first, then the HTML streams as Lit SSR writes it. */
export async function renderWidgetStream(tag: string, attributes: WidgetAttributes = {}, options: RenderWidgetOptions = {}): Promise<HtmlStream> {
  return new RenderResultReadable(await renderWidgetResult(tag, attributes, options)) as unknown as HtmlStream;
}

async function renderWidgetResult(tag: string, attributes: WidgetAttributes, options: RenderWidgetOptions): Promise<RenderResult> {
  checkTag(tag);
  checkNonce(options.nonce);
  const prepared = await prepareWidget(tag, attributes, options);
  return renderElement(tag, prepared.attributes, prepared.state, { feed: prepared.feed, pageUrl: options.baseUrl }, options.nonce);
}
