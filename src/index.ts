// The script-tag entry (dist/bantin.js): a small registry that loads each widget the first time its tag
// appears. The classes live in the per-widget entries (bantin/latest-news, …), the engine in bantin/core.
import { observeWidgets } from './registry.js';

export { loadWidget, observeWidgets, WIDGET_TAGS, type WidgetTag } from './registry.js';
export type { BantinLatestNews } from './components/latest-news/define.js';
export type { BantinArticleCard } from './components/article-card/define.js';
export type { BantinWeatherBulletin } from './components/weather-bulletin/define.js';
export type { BantinCommentBox } from './components/comment-box/define.js';

observeWidgets(document);
