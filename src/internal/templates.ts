// Small pieces of markup and attribute parsing that every widget shares.
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedImage } from '../core/feed/model.js';
import { safeImageUrl } from '../core/safe-url.js';
import type { DateFormat, LocalizeController } from './localize-controller.js';

/** The widget's own heading (id "heading", so the section can be labelled by it), with optional trailing markup. */
export function sectionHeadingTemplate(text: string, level: number, after: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div part="header" class="header">
    <span class="heading" id="heading" role="heading" aria-level=${level}>${text}${after}</span>
  </div>`;
}

/** A <time> with the date as the reader reads it; relative dates carry the exact time as a tooltip. */
export function timeTemplate(
  localize: LocalizeController,
  value: string | undefined,
  format: DateFormat | string | undefined,
): TemplateResult | typeof nothing {
  const relative = format === 'relative';
  const text = localize.date(value, relative ? 'relative' : 'absolute');
  if (!text) return nothing;
  return html`<time datetime=${value!} title=${relative ? localize.date(value) : nothing}>${text}</time>`;
}

/**
 * A feed image: http(s) only, lazy, sized by its width/height (no jump when it arrives), no referrer,
 * hidden if it fails to load. `nothing` when the URL is not allowed.
 */
export function imageTemplate(image: FeedImage | undefined, alt = image?.alt ?? ''): TemplateResult | typeof nothing {
  const src = safeImageUrl(image?.url);
  if (!src) return nothing;
  return html`<img
    part="image"
    src=${src}
    alt=${alt}
    width=${image?.width ?? nothing}
    height=${image?.height ?? nothing}
    loading="lazy"
    decoding="async"
    referrerpolicy="no-referrer"
    @error=${hideBrokenImage}
  />`;
}

function hideBrokenImage(event: Event): void {
  (event.target as HTMLImageElement).hidden = true;
}
