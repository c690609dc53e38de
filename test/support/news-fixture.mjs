// The fixture news items' words and times: served by widgets-middleware.mjs, expected by test/internal/widget-fixtures.ts.
// Taken from the sample news (demo/feeds/tin-moi.js), which also writes the demo feed and the stories' feeds.
import { articles, sections } from '../../demo/feeds/tin-moi.js';

export const HEADLINES = articles.map((article) => article.title);
/** The paper's sections, in menu order: the generated item i has CATEGORIES[i % CATEGORIES.length]. */
export const CATEGORIES = sections;
export const AUTHORS = [...new Set(articles.map((article) => article.author))];
/** Item 0's date: 22/09/2025 08:30 in Asia/Ho_Chi_Minh; item i is i hours older. */
export const BASE_TIME = Date.parse(articles[0].published);
