// The status region every feed widget shows: loading (for assistive technology), error with retry,
// stale notice with retry, empty.
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedController } from './feed-controller.js';
import type { LocalizeController } from './localize-controller.js';

/** What the status region reads: a feed widget's FeedController, or a widget's own failure shaped like it. */
export type FeedStatusView = Pick<FeedController, 'status' | 'error' | 'stale' | 'retry'>;

export function renderStatus(
  state: FeedStatusView,
  localize: LocalizeController,
  options: { empty?: boolean; emptyText?: string } = {},
): TemplateResult | typeof nothing {
  const t = localize.messages;
  const retry = html`<button class="button" type="button" @click=${() => state.retry()}>${t.common.retry}</button>`;
  if (state.status === 'loading') {
    return html`<p class="visually-hidden" role="status">${t.common.loading}</p>`;
  }
  if (state.status === 'error') {
    return html`<div part="status" class="status" data-kind="error" role="alert">
      <p>${localize.error(state.error)}</p>
      ${retry}
    </div>`;
  }
  if (state.stale) {
    return html`<div part="status" class="status" data-kind="stale" role="status">
      <p>${t.common.stale} ${localize.error(state.error)}</p>
      ${retry}
    </div>`;
  }
  if (state.status === 'empty' || options.empty) {
    return html`<p part="status" class="status" data-kind="empty" role="status">${options.emptyText ?? t.common.empty}</p>`;
  }
  return nothing;
}
