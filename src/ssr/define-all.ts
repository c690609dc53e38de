// Every widget defined, for the server renderer (Lit SSR's DOM shim provides customElements in Node), with the
// code the browser loads lazily at hand (the server renders synchronously).
import '../components/latest-news/define.js';
import '../components/article-card/define.js';
import '../components/weather-bulletin/define.js';
import '../components/comment-box/define.js';
import '../components/comment-count/define.js';
import { provideTicker } from '../components/latest-news/latest-news.js';
import * as ticker from '../components/latest-news/ticker.js';
import { provideEnglish } from '../internal/localize-controller.js';
import { en } from '../i18n/catalogues/en.js';

provideTicker(ticker);
provideEnglish(en);
