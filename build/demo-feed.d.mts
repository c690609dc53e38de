/** The path of demo/feeds/tin-moi.rss. */
export const FEED_FILE: string;
/** The text of demo/feeds/tin-moi.rss, written from demo/feeds/tin-moi.js. */
export function demoFeed(): string;
