// The base of every bantin widget: a registration that tolerates a second copy of the script, typed events,
// the widget's language and theme, and the shared styles.
import { LitElement, isServer, type PropertyDeclarations } from 'lit';
import { emit, type BantinEventMap, type BantinEventName } from './events.js';
import { LocalizeController } from './localize-controller.js';
import type { RenderedState } from './rendered-state.js';
import { baseStyles, tokens } from './styles.js';

export type Theme = 'light' | 'dark' | 'auto';

export class BantinElement extends LitElement {
  static override styles = [tokens, baseStyles];

  /**
   * Registers this class as `tag`. When the tag is already taken (two copies of the bantin script on one
   * page, or a host's own element), it warns and keeps the first definition instead of throwing. When this
   * class is already registered under another tag, a subclass is registered, so a host can give a widget
   * its own tag next to ours.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tag);
    if (existing) {
      if (existing !== this) {
        console.warn(
          `bantin: <${tag}> is already defined by another script, so this copy was not registered and the first ` +
            `definition stays in use. This usually means the bantin script is included twice on the page: keep one <script> tag.`,
        );
      }
      return;
    }
    try {
      registry.define(tag, this);
    } catch (error) {
      if ((error as DOMException)?.name !== 'NotSupportedError') throw error;
      registry.define(tag, class extends this {});
    }
  }

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** light (default), dark, or auto (follows the reader's system setting). */
  theme?: Theme;

  /** The level of the widget's heading, 1 to 6 (default 2). */
  headingLevel = 2;

  protected readonly localize = new LocalizeController(this, (work) => this.beforeFirstUpdate(work));

  /**
   * The data the server rendered this widget from (bantin/ssr): set by the renderer on the server, read from the
   * element's state script when a server-rendered element connects in the browser. Consumed by the first update.
   */
  renderedState?: RenderedState;

  /** On the server: the URL of the page the HTML is for (renderWidget's `baseUrl`); relative links resolve against it. */
  serverPageUrl?: string;

  /** The server rendered this element (its declarative shadow root was there when it first connected). */
  protected serverRendered = false;

  /** What the first update waits for (a server-rendered element's state script, say). */
  private firstUpdateWaits?: Promise<unknown>;

  override connectedCallback(): void {
    // A shadow root before the first render, that lit did not render into, is a declarative one: the server
    // rendered this element, so it hydrates from the same data. (A widget moved in the page reconnects with its own.)
    // The state's reader is a chunk of its own, fetched only on pages with server-rendered widgets.
    if (!isServer && !this.hasUpdated && this.shadowRoot && !('_$litPart$' in this.shadowRoot)) {
      this.serverRendered = true;
      this.beforeFirstUpdate(
        import('./rendered-state.js').then(
          ({ readRenderedState }) => void (this.renderedState = readRenderedState(this)),
          () => {}, // without it, the widget loads its data as a client-rendered one does
        ),
      );
      // Loaded without bantin.js (a per-widget entry alone), lit cannot hydrate and would render after the server's
      // DOM: the widget renders over it instead, from the same state.
      if (!(Symbol.for('bantin.hydrates') in LitElement.prototype))
        for (const node of [...this.shadowRoot.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
    }
    super.connectedCallback();
  }

  /** Holds the first update until `work` settles (called from connectedCallback). */
  protected beforeFirstUpdate(work: Promise<unknown>): void {
    const settled = work.catch(() => {});
    this.firstUpdateWaits = this.firstUpdateWaits ? Promise.all([this.firstUpdateWaits, settled]) : settled;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits = this.firstUpdateWaits;
    if (!waits) return super.scheduleUpdate();
    this.firstUpdateWaits = undefined;
    return waits.then(() => super.scheduleUpdate());
  }

  /** `headingLevel` as given when it is a level (1 to 6), else 2. */
  protected get level(): number {
    const level = Math.floor(Number(this.headingLevel));
    return level >= 1 && level <= 6 ? level : 2;
  }

  /** Dispatches a bubbling, composed bantin event; false when a listener cancelled it. */
  protected emit<K extends BantinEventName>(name: K, detail: BantinEventMap[K], options?: { cancelable?: boolean }): boolean {
    return emit(this, name, detail, options);
  }
}
