// Types of tin-moi.js (the Vietnamese sample news), for the TypeScript that imports it.

export interface ImageSize {
  width: number;
  height: number;
}

export interface NewsChannel {
  title: string;
  description: string;
  /** BCP 47. */
  language: string;
  /** An article's id is this followed by its slug. */
  idPrefix: string;
}

/** A part of an article's body: a paragraph (plain text), a subheading, or a bulleted list. */
export type ContentBlock = string | { heading: string } | { list: string[] };

export interface NewsArticle {
  /** Names the article: its id, its page `/?bai=<slug>`, its comment thread. */
  slug: string;
  title: string;
  /** The lead (sapo), plain text. */
  summary: string;
  /** The first is the article's section (one of `sections`); then tags. */
  categories: string[];
  author: string;
  /** ISO 8601 with the +07:00 offset. */
  published: string;
  /** A file in demo/img/, IMAGE_SIZE; `alt` is also the caption. */
  image: { file: string; alt: string };
  /** The body after the lead and the picture. */
  content: ContentBlock[];
  /** Slugs of articles linked at the end. */
  related?: string[];
}

export const IMAGE_SIZE: ImageSize;
/** The paper's sections (chuyên mục), in menu order: every article's first category is one of them. */
export const sections: string[];
export const channel: NewsChannel;
/** Newest first. */
export const articles: NewsArticle[];
export function findArticle(slug: string): NewsArticle;
export function articleId(article: Pick<NewsArticle, 'slug'>): string;
export function articlePath(slug: string): string;
/** The full article as HTML: the lead in bold, the picture with its caption, the body, the related links. */
export function contentHtml(article: NewsArticle, where: { imageSrc: string; href: (slug: string) => string }): string;
