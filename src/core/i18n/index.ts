export { locales, defaultLocale, resolveLocale, type Locale } from './locale.js';
export { messagesFor, type Catalogue, type Messages } from './messages.js';
export { formatDate, formatRelative, DEFAULT_TIME_ZONE } from './date.js';
export { errorMessage } from './errors.js';
