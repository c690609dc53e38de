// Every widget defined, for the server renderer (Lit SSR's DOM shim provides customElements in Node).
import '../components/latest-news/define.js';
import '../components/article-card/define.js';
import '../components/weather-bulletin/define.js';
import '../components/comment-box/define.js';
import '../components/comment-count/define.js';
