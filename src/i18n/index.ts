export { locales, defaultLocale, resolveLocale, type Locale } from './locale.js';
export { allTextFor, type Catalogue, type AllText } from './all-text.js';
export { formatDate, formatRelative, DEFAULT_TIME_ZONE } from './date.js';
export { errorMessage } from './errors.js';
export { developerHint } from './developer-hints.js';
