// The news list's ticker layout: one line of headlines moving sideways, with a pause button; it holds while a
// headline is hovered or focused, and does not move under reduced motion (the strip scrolls instead). A chunk of
// its own: the list loads it the first time it is shown as a ticker (its styles stay with the list's, so the
// ticker's box is the same before and after).
import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FeedItem } from '../../core/feed/model.js';
import { safeLinkUrl } from '../../core/safe-url.js';

/** Ticker speed in CSS pixels a second. */
const TICKER_SPEED = 60;

/** What the ticker shows, as the news list decides it. */
export interface TickerView {
  classes: string;
  lang: string;
  heading: TemplateResult | typeof nothing;
  /** The section's label when it has no heading. */
  label: string | typeof nothing;
  status: TemplateResult | typeof nothing;
  items: readonly FeedItem[];
  loaded: boolean;
  loading: boolean;
  /** False in the first render (the server's, which is still). */
  motionReady: boolean;
  hidden: ReadonlySet<string>;
  target?: string;
  untitled: string;
  pause: string;
  play: string;
  words(item: FeedItem): string | typeof nothing;
  time(item: FeedItem): TemplateResult | typeof nothing;
  select(event: MouseEvent, item: FeedItem): void;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class Ticker implements ReactiveController {
  private readonly host: Host;
  private paused = false;
  private readonly held = { hover: false, focus: false };
  private animation?: Animation;
  private readonly motionQuery = isServer ? undefined : matchMedia('(prefers-reduced-motion: reduce)');
  private reducedMotion = false;
  /** This update rendered the ticker (the list may have changed layout). */
  private shown = false;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.reducedMotion = this.motionQuery?.matches ?? false;
    this.motionQuery?.addEventListener('change', this.onMotionChange);
  }

  hostDisconnected(): void {
    this.motionQuery?.removeEventListener('change', this.onMotionChange);
    this.stop();
  }

  hostUpdate(): void {
    this.shown = false;
  }

  hostUpdated(): void {
    this.sync();
  }

  render(view: TickerView): TemplateResult {
    this.shown = true;
    const showItems = view.items.length > 0 && view.loaded;
    const moving = showItems && view.motionReady && !this.reducedMotion;
    const list = (copy: boolean) =>
      html`${view.items.map((item) => html`<li part=${copy ? nothing : 'item'} class="ticker-item">${this.renderItem(view, item, copy)}</li>`)}`;
    return html`<section part="base" class=${view.classes} lang=${view.lang} aria-labelledby=${view.label === nothing ? 'heading' : nothing} aria-label=${view.label}>
      ${view.status}
      <div class="ticker">
        ${view.heading}
        <div
          class="ticker-viewport"
          @pointerenter=${() => this.hold('hover', true)}
          @pointerleave=${() => this.hold('hover', false)}
          @focusin=${this.onFocus}
          @focusout=${() => this.hold('focus', false)}
        >
          ${
            showItems
              ? html`<div class="ticker-belt">
                <ul part="list" class="ticker-list" role="list">${list(false)}</ul>
                ${moving ? html`<ul class="ticker-list" role="list" aria-hidden="true">${list(true)}</ul>` : nothing}
              </div>`
              : view.loading
                ? html`<span class="skeleton-line" aria-hidden="true"></span>`
                : nothing
          }
        </div>
        ${
          moving
            ? html`<button part="pause" class="ticker-toggle button" type="button" @click=${this.togglePause}>
              ${this.paused ? view.play : view.pause}
            </button>`
            : nothing
        }
      </div>
    </section>`;
  }

  private renderItem(view: TickerView, item: FeedItem, copy: boolean): TemplateResult {
    const link = safeLinkUrl(item.link);
    const title = item.title || view.untitled;
    const words = item.title ? view.words(item) : nothing;
    return html`${
      view.hidden.has('category') || !item.categories[0]
        ? nothing
        : html`<span part=${copy ? nothing : 'category'} class="category" lang=${view.words(item)}>${item.categories[0]}</span>`
    }
    ${
      link
        ? html`<a
          part=${copy ? nothing : 'title'}
          class="title"
          lang=${words}
          href=${link}
          target=${view.target || nothing}
          rel=${view.target ? 'noopener' : nothing}
          tabindex=${copy ? '-1' : nothing}
          @click=${(event: MouseEvent) => view.select(event, item)}
          >${title}</a
        >`
        : html`<span part=${copy ? nothing : 'title'} class="title" lang=${words}>${title}</span>`
    }
    ${view.hidden.has('date') ? nothing : html`<span part=${copy ? nothing : 'meta'} class="meta">${view.time(item)}</span>`}`;
  }

  private readonly togglePause = (): void => {
    this.paused = !this.paused;
    this.host.requestUpdate();
  };

  private hold(reason: 'hover' | 'focus', held: boolean): void {
    this.held[reason] = held;
    this.sync();
  }

  /** A headline got focus: the ticker stops, and moves so that the headline and its focus ring are fully in view. */
  private readonly onFocus = (event: FocusEvent): void => {
    this.hold('focus', true);
    if (event.target instanceof HTMLElement) this.reveal(event.target);
  };

  private reveal(target: HTMLElement): void {
    const viewport = this.host.renderRoot.querySelector<HTMLElement>('.ticker-viewport');
    const belt = this.host.renderRoot.querySelector<HTMLElement>('.ticker-belt');
    const animation = this.animation;
    if (!viewport || !belt) return;
    if (!animation) {
      // Nothing moves (reduced motion): the strip scrolls, as far as the whole headline needs.
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return;
    }
    // Focusing scrolls the clipped strip as well; only the animation moves it, or the two offsets add up.
    viewport.scrollLeft = 0;
    const room = 6; // the focus ring: 2px outline, 2px offset, and a little air
    const view = viewport.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    let shift = 0;
    if (box.left < view.left + room || box.width > view.width - 2 * room) shift = view.left + room - box.left;
    else if (box.right > view.right - room) shift = view.right - room - box.right;
    if (shift === 0) return;
    const duration = Number(animation.effect?.getTiming().duration) || 0;
    const distance = belt.scrollWidth / 2;
    if (duration <= 0 || distance <= 0) return;
    const now = (Number(animation.currentTime) || 0) % duration;
    // The belt moves left as time passes: moving it right (shift > 0) means going back in time.
    animation.currentTime = Math.min(duration - 1, Math.max(0, now - (shift / distance) * duration));
  }

  private readonly onMotionChange = (): void => {
    this.reducedMotion = this.motionQuery!.matches;
    this.host.requestUpdate();
  };

  /** Starts, pauses or stops the animation to match the state. No animation under reduced motion. */
  private sync(): void {
    const belt = this.shown && !this.reducedMotion ? this.host.renderRoot.querySelector<HTMLElement>('.ticker-belt') : null;
    if (!belt || !belt.querySelector('[aria-hidden="true"]')) return this.stop();
    if (this.animation && (this.animation.effect as KeyframeEffect | null)?.target !== belt) this.stop();
    if (!this.animation) {
      const distance = belt.scrollWidth / 2;
      this.animation = belt.animate([{ transform: 'translateX(0)' }, { transform: 'translateX(-50%)' }], {
        duration: Math.max(5000, (distance / TICKER_SPEED) * 1000),
        iterations: Infinity,
      });
    }
    const hold = this.paused || this.held.hover || this.held.focus;
    if (hold && this.animation.playState === 'running') this.animation.pause();
    else if (!hold && this.animation.playState === 'paused') this.animation.play();
  }

  private stop(): void {
    this.animation?.cancel();
    this.animation = undefined;
  }
}
