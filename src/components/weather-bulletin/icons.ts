// Inline SVG icons: no requests, coloured by CSS (currentColor per group), decorative (the text says it all).
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

export type ConditionIcon = 'sun' | 'partly-cloudy' | 'cloud' | 'rain' | 'thunderstorm' | 'fog' | 'cold';

const cloud = (d = 'M7 18h10a4 4 0 0 0 .6-7.95A5.5 5.5 0 0 0 7 11.2 3.4 3.4 0 0 0 7 18z') => svg`<path class="cloud" d=${d} />`;
const sunRays = svg`<g class="sun">
  <circle cx="12" cy="12" r="4" />
  <path d="M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4" />
</g>`;

const shapes: Record<ConditionIcon, SVGTemplateResult> = {
  sun: sunRays,
  'partly-cloudy': svg`<g class="sun">
      <circle cx="9" cy="8.5" r="3" />
      <path d="M9 2.5v1.2M3 8.5h1.2M4.8 4.3l.9.9M13.2 4.3l-.9.9" />
    </g>
    ${cloud('M9 20h8.5a3.5 3.5 0 0 0 .5-6.96A4.8 4.8 0 0 0 9 14.2 2.9 2.9 0 0 0 9 20z')}`,
  cloud: cloud(),
  rain: svg`${cloud('M7 15h10a4 4 0 0 0 .6-7.95A5.5 5.5 0 0 0 7 8.2 3.4 3.4 0 0 0 7 15z')}
    <path class="rain" d="M8 18l-1 2.5M12 18l-1 2.5M16 18l-1 2.5" />`,
  thunderstorm: svg`${cloud('M7 15h10a4 4 0 0 0 .6-7.95A5.5 5.5 0 0 0 7 8.2 3.4 3.4 0 0 0 7 15z')}
    <path class="bolt" d="M12.5 14.5l-2.5 4h3l-2 4" />`,
  fog: svg`${cloud('M7 13h10a4 4 0 0 0 .6-7.95A5.5 5.5 0 0 0 7 6.2 3.4 3.4 0 0 0 7 13z')}
    <path class="fog" d="M4 16.5h16M6 19.5h12M8 22h8" />`,
  cold: svg`<g class="cold">
    <path d="M12 2.5v19M3.8 7.25l16.4 9.5M3.8 16.75l16.4-9.5" />
    <path d="M9.5 4l2.5 2 2.5-2M9.5 20l2.5-2 2.5 2M4.3 10.6l3-.6-1-3M19.7 13.4l-3 .6 1 3M4.3 13.4l3 .6-1 3M19.7 10.6l-3-.6 1-3" />
  </g>`,
};

// The <svg> element itself is written with html (lit's rule); its shapes with svg.
function icon(body: SVGTemplateResult, className: string): TemplateResult {
  return html`<svg class=${className} viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor"
    stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;
}

export function conditionIcon(name: ConditionIcon): TemplateResult {
  return icon(shapes[name], `icon icon-${name}`);
}

export const warningIcon = icon(svg`<path d="M12 3.5L2.5 20h19L12 3.5z" /><path d="M12 10v4.5M12 17.3v.2" />`, 'icon icon-warning');

export const chevronIcon = icon(svg`<path d="M8 10l4 4 4-4" />`, 'icon icon-chevron');
