// Hydration of server-rendered widgets (bantin/ssr). Importing this module makes every LitElement that already has
// a (declarative) shadow root adopt it — hydrate the server's DOM in place with lit's `hydrate` — instead of
// rendering it again. It patches LitElement's prototype (as lit's own hydrate support does through
// `litElementHydrateSupport`), so it works whether or not lit was loaded before it; only elements that have not
// rendered yet are concerned. Should hydration fail (the page changed the rendered HTML, say), the widget renders
// afresh over it, keeping its styles, rather than staying broken.
import { LitElement } from 'lit';
import { hydrate } from '@lit-labs/ssr-client';

/** Set on LitElement's prototype once it hydrates (BantinElement reads it: Symbol.for needs no shared module). */
const HYDRATES = Symbol.for('bantin.hydrates');

interface HydratingElement extends HTMLElement {
  render(): unknown;
  renderRoot: HTMLElement | DocumentFragment;
  renderOptions: Parameters<typeof hydrate>[2];
  [NEEDS_HYDRATION]?: boolean;
}

type Update = (this: HydratingElement, changed: unknown) => void;

const NEEDS_HYDRATION = Symbol('bantin.needsHydration');
const proto = LitElement.prototype as unknown as {
  createRenderRoot(this: HydratingElement): HTMLElement | DocumentFragment;
  update: Update;
  [HYDRATES]?: true;
};

if (!proto[HYDRATES]) {
  proto[HYDRATES] = true;
  const createRenderRoot = proto.createRenderRoot;
  const litUpdate = proto.update;
  // ReactiveElement's update (reflects attributes), which LitElement's calls before rendering.
  const reactiveUpdate = (Object.getPrototypeOf(proto) as { update: Update }).update;

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
