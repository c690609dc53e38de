// The classic-script entry (dist/bantin.iife.js, global `bantin`): one file that registers every widget at once
// and exports the classes and the engine, for CMSs that cannot use type="module". Server-rendered widgets hydrate:
// the hook is installed before lit (first import), and lit's hydrate is handed over before the first update.
import { useHydrate } from './hydration.js';
import { hydrate } from '@lit-labs/ssr-client';

useHydrate(hydrate);
export { BantinLatestNews } from './components/latest-news/define.js';
export { BantinArticleCard } from './components/article-card/define.js';
export { BantinWeatherBulletin } from './components/weather-bulletin/define.js';
export { BantinCommentBox } from './components/comment-box/define.js';
export * from './core/index.js';
