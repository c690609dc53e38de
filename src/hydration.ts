// Hydration of server-rendered widgets (bantin/ssr), installed by bantin.js before any widget code runs.
// Lit calls `globalThis.litElementHydrateSupport` when LitElement is defined; this hook makes an element that
// already has a (declarative) shadow root adopt it — hydrate the server's DOM in place — instead of rendering
// it again. It imports nothing, so bantin.js stays small: lit's `hydrate` is a lazy chunk that bantin.js loads
// before a server-rendered widget's code (see registry.ts). Should hydration fail (the page changed the
// rendered HTML, say), the widget renders afresh over it, keeping its styles, rather than staying broken.

type Hydrate = typeof import('@lit-labs/ssr-client').hydrate;

interface LitElementLike {
  prototype: {
    createRenderRoot(this: HydratingElement): HTMLElement | DocumentFragment;
    update(this: HydratingElement, changed: unknown): void;
  };
}

interface HydratingElement extends HTMLElement {
  render(): unknown;
  renderRoot: HTMLElement | DocumentFragment;
  renderOptions: Parameters<Hydrate>[2];
  [NEEDS_HYDRATION]?: boolean;
}

const NEEDS_HYDRATION = Symbol('bantin.needsHydration');
let hydrate: Hydrate | undefined;

/** Loads lit's hydrate (once); server-rendered widgets hydrate after it resolved. */
export function loadHydration(): Promise<void> {
  return import('@lit-labs/ssr-client').then((module) => useHydrate(module.hydrate));
}

/** Hydrates with `fn` from now on (bantin.iife.js, which has no lazy chunks, hands it over at once). */
export function useHydrate(fn: Hydrate): void {
  hydrate = fn;
}

/** A widget's shadow root that came from the server (a declarative shadow root, not yet rendered into by lit). */
export function isServerRendered(element: Element): boolean {
  return element.shadowRoot !== null && !('_$litPart$' in element.shadowRoot);
}

function installHook({ LitElement }: { LitElement: LitElementLike }): void {
  const proto = LitElement.prototype;
  const createRenderRoot = proto.createRenderRoot;
  const litUpdate = proto.update;
  // ReactiveElement's update (reflects attributes), which LitElement's calls before rendering.
  const reactiveUpdate = (Object.getPrototypeOf(proto) as LitElementLike['prototype']).update;

  proto.createRenderRoot = function () {
    if (!this.shadowRoot) return createRenderRoot.call(this);
    this[NEEDS_HYDRATION] = true;
    return this.shadowRoot;
  };

  proto.update = function (changed) {
    if (!this[NEEDS_HYDRATION]) return litUpdate.call(this, changed);
    this[NEEDS_HYDRATION] = false;
    const value = this.render();
    reactiveUpdate.call(this, changed);
    try {
      if (!hydrate) throw new Error('the hydration code is not loaded');
      hydrate(value, this.renderRoot, this.renderOptions);
    } catch (error) {
      console.warn(`bantin: <${this.localName}> could not hydrate its server-rendered HTML, so it rendered it again.`, error);
      const root = this.renderRoot;
      delete (root as { _$litPart$?: unknown })._$litPart$;
      for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
      litUpdate.call(this, changed);
    }
  };
}

(globalThis as { litElementHydrateSupport?: typeof installHook }).litElementHydrateSupport ??= installHook;
