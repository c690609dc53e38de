// What bantin.js needs to know of hydration: whether a widget was rendered by the server (bantin/ssr), and how to
// load the code that hydrates it (hydration-support.ts, a lazy chunk fetched only on pages with such widgets,
// before their code; see registry.ts).

/** A widget's shadow root that came from the server (a declarative shadow root, not yet rendered into by lit). */
export function isServerRendered(element: Element): boolean {
  return element.shadowRoot !== null && !('_$litPart$' in element.shadowRoot);
}

/** Loads lit's hydrate and makes LitElement hydrate server-rendered widgets (once). */
export function loadHydration(): Promise<unknown> {
  return import('./hydration-support.js');
}
