// Rich HTML sanitised on the server: core/sanitize.ts's DOMPurify config and URL hooks on a jsdom window, so the
// server keeps exactly what the browser would. jsdom (an optional peer dependency) is loaded only when a body
// must be sanitised: a page without a full article card or an HTML bulletin never needs it.
import { sanitizerFor, type Sanitizer } from '../core/sanitize.js';

export interface ServerSanitizer {
  sanitize: Sanitizer;
  /** The jsdom document the fragments belong to (for serialising them). */
  document: Document;
}

let loading: Promise<ServerSanitizer> | undefined;

export function serverSanitizer(): Promise<ServerSanitizer> {
  loading ??= import('jsdom').then(
    async ({ JSDOM }) => {
      const { window } = new JSDOM('<!doctype html>');
      return { sanitize: await sanitizerFor(window as unknown as Window & typeof globalThis), document: window.document };
    },
    (error: unknown) => {
      throw new Error('bantin/ssr: sanitising an article body or a bulletin on the server needs jsdom (npm install jsdom).', { cause: error });
    },
  );
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** A fragment as HTML text. */
export function serialize(fragment: DocumentFragment, document: Document): string {
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}
