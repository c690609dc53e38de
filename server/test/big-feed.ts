// A large RSS feed for the tests and the server bench (#17: 20,000 items are about 4.6 MB).
/** An RSS feed of `count` items, each about `itemBytes` long. */
export function bigRss(count: number, itemBytes = 240): string {
  const filler = 'Nội dung tin tức dài '.repeat(Math.max(1, Math.ceil((itemBytes - 160) / 24)));
  const items = Array.from(
    { length: count },
    (_, i) =>
      `<item><title>Tin số ${i}</title><link>https://news.example.vn/${i}</link><guid>g${i}</guid><description>${filler}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Lớn</title><link>https://news.example.vn/</link>${items.join('')}</channel></rss>`;
}
