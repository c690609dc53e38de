// The lazy registry behind bantin.js: defines nothing up front, watches the document (and the shadow roots it
// is given) for the widgets' tags, and imports a widget's code the first time its tag appears — so a page with only
// the news list never downloads the weather reader or the comment box. Server-rendered widgets (bantin/ssr)
// hydrate: lit's hydrate code is loaded before their code (hydration.ts).
import { isServerRendered, loadHydration } from './hydration.js';

const LOADERS = {
  'bantin-latest-news': () => import('./components/latest-news/define.js'),
  'bantin-article-card': () => import('./components/article-card/define.js'),
  'bantin-weather-bulletin': () => import('./components/weather-bulletin/define.js'),
  'bantin-comment-box': () => import('./components/comment-box/define.js'),
  'bantin-comment-count': () => import('./components/comment-count/define.js'),
};

export type WidgetTag = keyof typeof LOADERS;

/** The tags bantin.js watches for. */
export const WIDGET_TAGS = Object.freeze(Object.keys(LOADERS)) as readonly WidgetTag[];

const loading = new Map<WidgetTag, Promise<CustomElementConstructor>>();
const observers = new Set<MutationObserver>();
let hydration: Promise<void> | undefined;

/** Loads lit's hydrate code when `root` holds a server-rendered widget; a failure leaves the widgets to render afresh. */
function hydrationFor(root: ParentNode): Promise<void> {
  const rendered = [...root.querySelectorAll(WIDGET_TAGS.join())].some(isServerRendered) || (root instanceof Element && isServerRendered(root));
  if (!rendered) return hydration ?? Promise.resolve();
  hydration ??= loadHydration().then(
    () => {},
    (error: unknown) => {
      hydration = undefined;
      console.error('bantin: the hydration code could not be loaded, so server-rendered widgets render again.', error);
    },
  );
  return hydration;
}

/** Imports the widget's code (once) and resolves with its class when `tag` is defined. */
export function loadWidget(tag: WidgetTag, root: ParentNode = document): Promise<CustomElementConstructor> {
  let loaded = loading.get(tag);
  if (!loaded) {
    loaded = hydrationFor(root)
      .then((): Promise<unknown> => LOADERS[tag]())
      .then(() => customElements.whenDefined(tag));
    loading.set(tag, loaded);
    // A failed download is tried again the next time the tag is seen.
    loaded.catch((error: unknown) => {
      loading.delete(tag);
      console.error(`bantin: the code of <${tag}> could not be loaded, so the widget stays empty.`, error);
    });
  }
  return loaded;
}

const notLoaded = () => WIDGET_TAGS.filter((tag) => !loading.has(tag));

function loadTagsIn(node: Node): void {
  if (!(node instanceof Element || node instanceof Document || node instanceof DocumentFragment)) return;
  for (const tag of notLoaded()) {
    if ((node as Element).localName === tag || node.querySelector(tag)) void loadWidget(tag, node).catch(() => {});
  }
}

/**
 * Loads each widget the first time its tag appears in `root`: the document (bantin.js watches it by
 * itself) or a shadow root of the host's own components, which the document's watch cannot see into.
 * Returns a function that stops watching.
 */
export function observeWidgets(root: Document | ShadowRoot = document): () => void {
  loadTagsIn(root);
  if (notLoaded().length === 0) return () => {};
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(loadTagsIn);
    if (notLoaded().length === 0) stopAll();
  });
  observer.observe(root, { childList: true, subtree: true });
  observers.add(observer);
  return () => {
    observer.disconnect();
    observers.delete(observer);
  };
}

function stopAll(): void {
  for (const observer of observers) observer.disconnect();
  observers.clear();
}
