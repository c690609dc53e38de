// The snippet builder page: form → choice → live widget + code to copy. The widgets themselves come from
// /bantin/bantin.js (loaded by the page); the model is builder.snippet.js.
import { DEFAULT_WIDTH, WIDGETS, embedCode, reserveStyle, widgetAttributes } from './builder.snippet.js';

const FIXED_FIELDS = new Set(['widget', 'feedSource', 'feedName', 'feedUrl', 'lang', 'theme', 'classic', 'width']);
const TYPING_DELAY_MS = 500;

/** Reads the form: the enabled fields only (the other widgets' options are disabled). */
function readChoice(form) {
  const data = new FormData(form);
  const options = {};
  for (const name of new Set(data.keys())) {
    if (!FIXED_FIELDS.has(name)) options[name] = data.getAll(name).join(', ');
  }
  return {
    widget: String(data.get('widget')),
    feedSource: data.get('feedSource') === 'url' ? 'url' : 'named',
    feedName: String(data.get('feedName') ?? ''),
    feedUrl: String(data.get('feedUrl') ?? ''),
    options,
    lang: String(data.get('lang') ?? ''),
    theme: String(data.get('theme') ?? ''),
    classic: data.get('classic') === 'yes',
    width: Number(data.get('width')) || undefined,
  };
}

/**
 * Wires the builder inside `root` (the page's <main>). `origin` is the widget server the code points at:
 * the page's own origin, since the builder is served by that server.
 */
export function mountBuilder(root, { origin = location.origin } = {}) {
  const form = root.querySelector('form');
  const preview = root.querySelector('[data-preview]');
  const code = root.querySelector('textarea');
  const copyButton = root.querySelector('[data-copy]');
  const status = root.querySelector('[data-status]');
  const feedUrl = form.elements.namedItem('feedUrl');
  const feedUrlError = root.querySelector('#feed-url-error');
  const urlWarning = root.querySelector('[data-url-warning]');
  let shownWidget;
  let typingTimer;
  form.elements.namedItem('width').placeholder = String(DEFAULT_WIDTH);
  root.querySelector('[data-default-width]').textContent = String(DEFAULT_WIDTH);

  /** Only the chosen widget's options count, and the feed choice only for widgets that read a feed. */
  function showFieldsFor(widget) {
    for (const group of form.querySelectorAll('fieldset[data-widgets]')) {
      const applies = group.dataset.widgets.split(' ').includes(widget);
      group.hidden = !applies;
      group.disabled = !applies;
    }
    const feedGroup = form.querySelector('fieldset[data-feed]');
    feedGroup.hidden = feedGroup.disabled = !WIDGETS[widget].feed;
    if (widget !== shownWidget && WIDGETS[widget].feed) {
      form.elements.namedItem('feedName').value = WIDGETS[widget].feed === 'weather' ? 'thoi-tiet' : 'tin-moi';
    }
    shownWidget = widget;
  }

  function setStatus(text) {
    status.textContent = '';
    // A new text in a cleared region is announced even when it is the same words as before.
    requestAnimationFrame(() => (status.textContent = text));
  }

  function render() {
    clearTimeout(typingTimer);
    showFieldsFor(form.elements.namedItem('widget').value);
    const choice = readChoice(form);
    let attributes;
    try {
      attributes = widgetAttributes(choice, origin);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      const badUrl = error.message === 'feedUrl';
      feedUrl.setAttribute('aria-invalid', String(badUrl));
      feedUrlError.hidden = !badUrl;
      urlWarning.hidden = true;
      code.value = '';
      copyButton.disabled = true;
      return;
    }
    feedUrl.setAttribute('aria-invalid', 'false');
    feedUrlError.hidden = true;
    copyButton.disabled = false;
    // A feed URL goes through the server's /api/feed, which refuses (403 url-not-allowed) any host not in its
    // allowHosts: say so before the partner copies a snippet that would only show readers an error.
    const byUrl = Boolean(WIDGETS[choice.widget].feed) && choice.feedSource === 'url';
    urlWarning.hidden = !byUrl;
    if (byUrl) urlWarning.querySelector('[data-url-host]').textContent = hostOf(choice.feedUrl);
    code.value = embedCode(choice, origin);
    // A new element each time: the preview starts as a partner's page would, with exactly these attributes.
    const widget = document.createElement(WIDGETS[choice.widget].tag);
    for (const [name, value] of attributes) widget.setAttribute(name, value);
    widget.setAttribute('style', reserveStyle(choice));
    preview.replaceChildren(widget);
  }

  async function copy() {
    const text = code.value;
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Đã sao chép mã nhúng.');
    } catch {
      // No clipboard access (an http page, a refused permission): select the code for Ctrl+C.
      code.focus();
      code.select();
      let copied = false;
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      setStatus(copied ? 'Đã sao chép mã nhúng.' : 'Mã đã được chọn: nhấn Ctrl+C (⌘C trên máy Mac) để sao chép.');
    }
  }

  form.addEventListener('change', render);
  form.addEventListener('input', (event) => {
    if (event.target.type !== 'text' && event.target.type !== 'url' && event.target.type !== 'number') return;
    // The preview reloads its feed: not on every key.
    clearTimeout(typingTimer);
    typingTimer = setTimeout(render, TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render();
  });
  copyButton.addEventListener('click', copy);
  render();
  return { render };
}

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
