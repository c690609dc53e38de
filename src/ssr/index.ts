// `bantin/ssr`: the widgets rendered on the server (Node), for pages that include HTML rather than run scripts.
export { renderWidget, renderWidgetStream, isValidNonce, type RenderWidgetOptions, type HtmlStream, type WidgetAttributes } from './render-widget.js';
export { WIDGET_TAGS, type WidgetTag } from '../registry.js';
export { shownArticle } from './article-content.js';
