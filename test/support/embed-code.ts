// Reading embed code out of HTML and Markdown: the widgets' start tags, and the builder's choice they stand for.

export interface WidgetTag {
  tag: string;
  attributes: Record<string, string>;
}

/** Every `<bantin-…>` start tag in `html`, with its (double-quoted) attributes. */
export function widgetTags(html: string): WidgetTag[] {
  return [...html.matchAll(/<(bantin-[a-z-]+)(\s[^>]*)?>/g)].map((match) => ({
    tag: match[1]!,
    attributes: Object.fromEntries([...(match[2] ?? '').matchAll(/([^\s=>"']+)="([^"]*)"/g)].map((attribute) => [attribute[1]!, attribute[2]!])),
  }));
}

/** The builder's choice (demo/builder.snippet.js) a tag stands for: its widget and options, language and theme. */
export function choiceOf({ tag, attributes }: WidgetTag): { widget: string; options: Record<string, string>; lang?: string; theme?: string } {
  // Not options: where its data comes from, language and theme, the page's own id and the style itself.
  const options = Object.fromEntries(
    Object.entries(attributes).filter(([name]) => !['id', 'style', 'feed', 'proxy', 'endpoint', 'lang', 'theme'].includes(name)),
  );
  return { widget: tag.replace(/^bantin-/, ''), options, lang: attributes.lang, theme: attributes.theme };
}
