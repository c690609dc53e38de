// The moderation page (GET /admin): plain ES modules, no build step, nothing inline (the page's CSP is
// default-src 'self'). Talks to the admin API of docs/server-api.md with the token kept in sessionStorage.
// Keyboard first: j/k move, x selects, a/r/s/d act on the selection (else the current comment), u undoes.
import { text } from './admin-text.js';

const TOKEN_KEY = 'bantin-admin-token';
const STATUSES = ['pending', 'approved', 'rejected', 'spam'];
const ACTIONS = { a: 'approve', r: 'reject', s: 'spam', d: 'delete' };
const PAGE_SIZE = 50;

/** A DOM element: props `on<event>` listen, `.<name>` set a property, anything else is an attribute (skipped when null, undefined or false). */
function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name.startsWith('.')) el[name.slice(1)] = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return el;
}

class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * Starts the page in `root`. Options: `api` (the API base, default /api), `pollMs` (how often new pending comments
 * are asked for, default 15 s), `search` (the query string: lang, comment). Returns { stop }.
 */
export function startAdmin(root, { api = '/api', pollMs = 15_000, search = location.search } = {}) {
  const params = new URLSearchParams(search);
  const lang = params.get('lang') === 'en' ? 'en' : 'vi';
  const t = text[lang];
  const dateFormat = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  const when = (iso) => (iso ? dateFormat.format(new Date(iso)) : '');
  document.documentElement.lang = lang;
  document.title = `${t.title} – bantin`;

  const s = {
    token: sessionStorage.getItem(TOKEN_KEY) ?? '',
    moderator: undefined,
    view: 'queue',
    status: 'pending',
    order: 'newest',
    q: '',
    thread: '',
    comments: [],
    next: null,
    count: 0,
    counts: {},
    selected: new Set(),
    current: null,
    lastAction: null,
    pendingDelete: null,
    since: null,
    audit: { entries: [], next: null },
    blocks: [],
    loading: false,
  };
  let pollTimer;
  let stopped = false;

  async function call(path, { method = 'GET', body } = {}) {
    const response = await fetch(`${api}${path}`, {
      method,
      cache: 'no-store',
      headers: { Authorization: `Bearer ${s.token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (response.status === 204) return {};
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new ApiError(response.status, data?.error?.code, data?.error?.message ?? `HTTP ${response.status}`);
    return data;
  }

  // ---- the frame: heading, language, sign-in, live region ---------------------------------------------------

  const live = h('p', { class: 'live', role: 'status', 'aria-live': 'polite' });
  const alert = h('p', { class: 'alert', role: 'alert' });
  const body = h('div', { class: 'body' });
  root.replaceChildren(
    h(
      'header',
      { class: 'top' },
      h('h1', {}, t.title),
      h('a', { class: 'lang', href: t.switchLangHref, lang: t.switchLangCode, hreflang: t.switchLangCode }, t.switchLang),
    ),
    alert,
    live,
    body,
  );

  function say(message) {
    alert.textContent = '';
    live.textContent = message;
  }
  function fail(error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      signOut(error.code === 'admin-disabled' ? t.adminDisabled : t.badToken);
      return;
    }
    live.textContent = '';
    alert.textContent = t.failed(error.message);
  }

  function signInForm(message = '') {
    clearTimeout(pollTimer);
    const input = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', required: true, 'aria-describedby': 'token-hint' });
    const form = h(
      'form',
      {
        class: 'sign-in',
        onsubmit: (event) => {
          event.preventDefault();
          s.token = input.value.trim();
          if (!s.token) return;
          sessionStorage.setItem(TOKEN_KEY, s.token);
          void signedIn();
        },
      },
      h('label', { for: 'token' }, t.tokenLabel),
      input,
      h('p', { id: 'token-hint', class: 'hint' }, t.tokenHint),
      h('button', { class: 'button primary', type: 'submit' }, t.signIn),
    );
    body.replaceChildren(form);
    alert.textContent = message;
    input.focus();
  }

  function signOut(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    s.token = '';
    signInForm(message);
  }

  // ---- the signed-in page -------------------------------------------------------------------------------------

  const nav = h('nav', { class: 'views', 'aria-label': t.viewsLabel });
  const who = h('p', { class: 'who' });
  const view = h('div', { class: 'view' });

  async function signedIn() {
    try {
      s.moderator = (await call('/admin/me')).moderator;
    } catch (error) {
      return fail(error);
    }
    alert.textContent = '';
    who.replaceChildren(
      t.signedInAs(s.moderator?.name),
      ' ',
      h('button', { class: 'button quiet', type: 'button', onclick: () => signOut('') }, t.signOut),
    );
    body.replaceChildren(h('div', { class: 'bar' }, nav, who), view);
    const focusId = params.get('comment');
    if (focusId) {
      try {
        const { comment } = await call(`/admin/comments/${encodeURIComponent(focusId)}`);
        s.status = comment.status;
        s.current = comment.id;
        await showQueue();
        if (!s.comments.some((c) => c.id === comment.id)) s.comments.unshift(comment);
        renderQueue();
        focusCurrent();
      } catch (error) {
        fail(error);
        await showQueue();
      }
    } else await showQueue();
    void poll();
  }

  function renderNav() {
    nav.replaceChildren(
      ...['queue', 'audit', 'blocks'].map((name) =>
        h(
          'button',
          {
            type: 'button',
            class: 'tab',
            'aria-pressed': String(s.view === name),
            'data-focus': `view:${name}`,
            onclick: () => void switchView(name),
          },
          t.views[name],
        ),
      ),
    );
  }

  async function switchView(name) {
    s.view = name;
    if (name === 'queue') return showQueue();
    if (name === 'audit') return showAudit();
    return showBlocks();
  }

  // ---- the queue ------------------------------------------------------------------------------------------

  const statusTabs = h('div', { class: 'statuses', role: 'group', 'aria-label': t.statusLabel });
  const toolbar = h('div', { class: 'toolbar' });
  const list = h('ol', { class: 'comments', 'aria-labelledby': 'queue-heading' });
  const listHeading = h('h2', { id: 'queue-heading', class: 'visually-hidden' });
  const footer = h('div', { class: 'footer' });
  const searchInput = h('input', { id: 'q', name: 'q', type: 'search', maxlength: '100' });
  const threadInput = h('input', { id: 'thread', name: 'thread', type: 'text', maxlength: '200' });
  const orderSelect = h(
    'select',
    { id: 'order', name: 'order' },
    h('option', { value: 'newest' }, t.newest),
    h('option', { value: 'oldest' }, t.oldest),
  );
  const filters = h(
    'form',
    {
      class: 'filters',
      role: 'search',
      onsubmit: (event) => {
        event.preventDefault();
        s.q = searchInput.value.trim();
        s.thread = threadInput.value.trim();
        s.order = orderSelect.value;
        void loadQueue();
      },
    },
    h('div', { class: 'field' }, h('label', { for: 'q' }, t.search), searchInput),
    h('div', { class: 'field' }, h('label', { for: 'thread' }, t.thread), threadInput),
    h('div', { class: 'field' }, h('label', { for: 'order' }, t.order), orderSelect),
    h('button', { class: 'button', type: 'submit' }, t.filter),
    h(
      'button',
      {
        class: 'button quiet',
        type: 'button',
        onclick: () => {
          searchInput.value = threadInput.value = '';
          filters.requestSubmit();
        },
      },
      t.clearFilters,
    ),
  );
  const shortcuts = h(
    'section',
    { class: 'shortcuts', 'aria-labelledby': 'shortcuts-heading' },
    h('h2', { id: 'shortcuts-heading' }, t.shortcuts),
    h(
      'dl',
      {},
      t.keys.map(([key, what]) => h('div', {}, h('dt', {}, h('kbd', {}, key)), h('dd', {}, what))),
    ),
    h('p', { class: 'hint' }, t.keysNote),
  );

  async function showQueue() {
    s.view = 'queue';
    renderNav();
    orderSelect.value = s.order;
    view.replaceChildren(
      h('div', { class: 'queue' }, h('div', { class: 'main' }, statusTabs, filters, toolbar, listHeading, list, footer), shortcuts),
    );
    await loadQueue();
  }

  async function loadQueue(append = false) {
    const query = new URLSearchParams({ status: s.status, order: s.order, limit: String(PAGE_SIZE) });
    if (s.q) query.set('q', s.q);
    if (s.thread) query.set('thread', s.thread);
    if (append && s.next) query.set('cursor', s.next);
    s.loading = true;
    if (!append) list.setAttribute('aria-busy', 'true');
    try {
      const page = await call(`/admin/comments?${query}`);
      s.comments = append ? [...s.comments, ...page.comments.filter((c) => !s.comments.some((x) => x.id === c.id))] : page.comments;
      s.next = page.next;
      s.count = page.count;
      s.counts = page.counts ?? s.counts;
      if (!append) s.selected.clear();
      if (!s.comments.some((c) => c.id === s.current)) s.current = s.comments[0]?.id ?? null;
    } catch (error) {
      fail(error);
    } finally {
      s.loading = false;
      list.removeAttribute('aria-busy');
    }
    renderQueue();
  }

  /** Re-renders `container` keeping the focus on the same control (data-focus) when it was inside. */
  function keepingFocus(containers, draw) {
    const active = document.activeElement;
    const key = containers.some((c) => c.contains(active)) ? active?.closest('[data-focus]')?.getAttribute('data-focus') : null;
    draw();
    if (key)
      containers
        .map((c) => c.querySelector(`[data-focus="${CSS.escape(key)}"]`))
        .find(Boolean)
        ?.focus();
  }

  function renderQueue() {
    if (s.view !== 'queue') return;
    keepingFocus([statusTabs, toolbar, list, footer], () => {
      statusTabs.replaceChildren(
        ...STATUSES.map((status) =>
          h(
            'button',
            {
              type: 'button',
              class: 'tab',
              'aria-pressed': String(s.status === status),
              'data-focus': `status:${status}`,
              'aria-label': t.queueLabel(t.statuses[status], s.counts[status] ?? 0),
              onclick: () => {
                s.status = status;
                s.current = null;
                void loadQueue();
              },
            },
            t.statuses[status],
            ' ',
            h('span', { class: 'badge', 'aria-hidden': 'true' }, String(s.counts[status] ?? 0)),
          ),
        ),
      );
      listHeading.textContent = t.queueLabel(t.statuses[s.status], s.count);
      const allSelected = s.comments.length > 0 && s.comments.every((c) => s.selected.has(c.id));
      toolbar.replaceChildren(
        h(
          'label',
          { class: 'check' },
          h('input', {
            type: 'checkbox',
            'data-focus': 'select-all',
            '.checked': allSelected,
            onchange: (event) => {
              s.selected = event.target.checked ? new Set(s.comments.map((c) => c.id)) : new Set();
              renderQueue();
            },
          }),
          t.selectAll,
        ),
        h('span', { class: 'selected' }, t.selected(s.selected.size)),
        h(
          'div',
          { class: 'actions', role: 'group', 'aria-label': t.actionsLabel },
          Object.entries(ACTIONS).map(([key, action]) =>
            h(
              'button',
              {
                type: 'button',
                class: `button ${action}`,
                'data-focus': `bulk:${action}`,
                'aria-keyshortcuts': key,
                disabled: s.comments.length === 0,
                onclick: () => void act(action, targets()),
              },
              t.actions[action],
              ' ',
              h('kbd', { 'aria-hidden': 'true' }, key),
            ),
          ),
          h(
            'button',
            { type: 'button', class: 'button quiet', 'data-focus': 'undo', 'aria-keyshortcuts': 'u', onclick: () => void undo() },
            t.undo,
            ' ',
            h('kbd', { 'aria-hidden': 'true' }, 'u'),
          ),
        ),
      );
      list.replaceChildren(...(s.comments.length ? s.comments.map(commentItem) : [h('li', { class: 'empty' }, s.loading ? t.loading : t.empty)]));
      footer.replaceChildren(
        s.next ? h('button', { type: 'button', class: 'button', 'data-focus': 'more', onclick: () => void loadQueue(true) }, t.more) : '',
      );
    });
  }

  function historyLine(c) {
    return h(
      'p',
      { class: 'history' },
      h('span', { class: 'label' }, `${t.history}: `),
      c.email !== null ? t.historyOf(t.historyEmail, c.history?.email) : '',
      c.email !== null && c.history ? ' · ' : '',
      t.historyOf(t.historyIp, c.history?.ip),
    );
  }

  function commentItem(c) {
    const current = c.id === s.current;
    const headingId = `c-${c.id}`;
    return h(
      'li',
      {
        class: 'item',
        tabindex: '-1',
        'data-id': c.id,
        'data-focus': `item:${c.id}`,
        'aria-current': current ? 'true' : false,
        'aria-labelledby': headingId,
        onfocusin: () => {
          if (s.current !== c.id) {
            s.current = c.id;
            for (const li of list.querySelectorAll('.item')) li.toggleAttribute('aria-current', li.dataset.id === c.id);
            list.querySelector(`[data-id="${CSS.escape(c.id)}"]`)?.setAttribute('aria-current', 'true');
          }
        },
      },
      h(
        'div',
        { class: 'item-head' },
        h('input', {
          type: 'checkbox',
          'data-focus': `check:${c.id}`,
          'aria-label': t.select(c.author),
          '.checked': s.selected.has(c.id),
          onchange: () => toggle(c.id),
        }),
        h('h3', { id: headingId, class: 'author' }, c.author),
        h('span', { class: 'email' }, c.email ?? t.noEmail),
        h('time', { datetime: c.createdAt }, when(c.createdAt)),
        c.watchedWords?.length ? h('span', { class: 'flag' }, `${t.watched}: ${c.watchedWords.join(', ')}`) : '',
        c.blocked ? h('span', { class: 'flag' }, t.blocked) : '',
      ),
      h(
        'p',
        { class: 'thread' },
        `${t.article}: `,
        c.threadUrl
          ? h('a', { href: c.threadUrl, target: '_blank', rel: 'noopener noreferrer' }, c.threadTitle || c.threadUrl)
          : c.threadTitle || t.noTitle,
        ' ',
        h('code', {}, c.thread),
        c.threadClosed ? h('span', { class: 'flag' }, t.closedThread) : '',
      ),
      c.parentId
        ? c.parent
          ? h('blockquote', { class: 'parent' }, h('p', { class: 'label' }, t.inReplyTo(c.parent.author)), h('p', {}, c.parent.body))
          : h('p', { class: 'parent' }, t.parentGone)
        : '',
      h('p', { class: 'text' }, c.body),
      historyLine(c),
      h(
        'div',
        { class: 'item-actions' },
        Object.values(ACTIONS).map((action) =>
          h(
            'button',
            { type: 'button', class: `button small ${action}`, 'data-focus': `act:${c.id}:${action}`, onclick: () => void act(action, [c.id]) },
            t.actions[action],
            h('span', { class: 'visually-hidden' }, ` ${c.author}`),
          ),
        ),
        c.email !== null
          ? h(
              'button',
              { type: 'button', class: 'button small quiet', 'data-focus': `block-email:${c.id}`, onclick: () => void block('email', c) },
              t.blockEmail,
            )
          : '',
        h('button', { type: 'button', class: 'button small quiet', 'data-focus': `block-ip:${c.id}`, onclick: () => void block('ip', c) }, t.blockIp),
        h(
          'button',
          {
            type: 'button',
            class: 'button small quiet',
            'data-focus': `thread:${c.id}`,
            onclick: () => void setThreadClosed(c.thread, !c.threadClosed),
          },
          c.threadClosed ? t.threadActions.open : t.threadActions.close,
        ),
      ),
    );
  }

  function toggle(id) {
    if (s.selected.has(id)) s.selected.delete(id);
    else s.selected.add(id);
    renderQueue();
  }

  /** The selected comments, else the current one. */
  function targets() {
    if (s.selected.size) return s.comments.filter((c) => s.selected.has(c.id)).map((c) => c.id);
    return s.current ? [s.current] : [];
  }

  function focusCurrent() {
    list.querySelector(`[data-id="${CSS.escape(s.current ?? '')}"]`)?.focus();
  }

  function move(step) {
    if (!s.comments.length) return;
    // The first j or k from outside the list goes to the current comment.
    if (s.current && !list.contains(document.activeElement)) return focusCurrent();
    const index = s.comments.findIndex((c) => c.id === s.current);
    const next = Math.min(s.comments.length - 1, Math.max(0, index === -1 ? 0 : index + step));
    s.current = s.comments[next].id;
    for (const li of list.querySelectorAll('.item')) li.toggleAttribute('aria-current', li.dataset.id === s.current);
    list.querySelector(`[data-id="${CSS.escape(s.current)}"]`)?.setAttribute('aria-current', 'true');
    focusCurrent();
  }

  async function act(action, ids) {
    if (!ids.length) return;
    if (action === 'delete' && s.pendingDelete?.join() !== ids.join()) {
      s.pendingDelete = ids;
      say(t.confirmDelete(ids.length));
      return;
    }
    s.pendingDelete = null;
    const focusWasInList = list.contains(document.activeElement);
    try {
      const answer = await call('/admin/comments/bulk', { method: 'POST', body: { action, ids } });
      const done = answer.results.filter((r) => r.ok);
      const gone = new Set(done.map((r) => r.id));
      const index = s.comments.findIndex((c) => gone.has(c.id));
      for (const r of done) {
        s.counts[s.status] = Math.max(0, (s.counts[s.status] ?? 0) - 1);
        if (r.status) s.counts[r.status] = (s.counts[r.status] ?? 0) + 1;
      }
      s.count = Math.max(0, s.count - done.length);
      s.comments = s.comments.filter((c) => !gone.has(c.id));
      for (const id of gone) s.selected.delete(id);
      if (gone.has(s.current)) s.current = s.comments[Math.min(index, s.comments.length - 1)]?.id ?? null;
      s.lastAction = action === 'delete' ? s.lastAction : answer.action;
      renderQueue();
      if (focusWasInList || !root.contains(document.activeElement) || document.activeElement === document.body) focusCurrent();
      say(t.doneCount(t.done[action], done.length));
    } catch (error) {
      fail(error);
    }
  }

  async function undo() {
    try {
      const answer = await call('/admin/undo', { method: 'POST', body: s.lastAction ? { action: s.lastAction } : {} });
      s.lastAction = null;
      const restored = answer.results.filter((r) => r.ok);
      if (restored[0]) s.current = restored[0].id;
      await loadQueue();
      focusCurrent();
      say(t.undone(restored.length));
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'cannot-undo' || error.status === 404)) say(t.nothingToUndo);
      else fail(error);
    }
  }

  async function block(kind, comment) {
    try {
      await call('/admin/blocks', { method: 'POST', body: { kind, commentId: comment.id } });
      for (const c of s.comments) if ((kind === 'email' && c.email && c.email === comment.email) || c.id === comment.id) c.blocked = true;
      renderQueue();
      say(t.blockedNow);
    } catch (error) {
      fail(error);
    }
  }

  async function setThreadClosed(thread, closed) {
    try {
      await call(`/admin/threads/${encodeURIComponent(thread)}/${closed ? 'close' : 'open'}`, { method: 'POST' });
      for (const c of s.comments) if (c.thread === thread) c.threadClosed = closed;
      renderQueue();
      say(closed ? t.threadClosedNow : t.threadOpenedNow);
    } catch (error) {
      fail(error);
    }
  }

  // ---- new pending comments, without reloading ------------------------------------------------------------

  async function poll() {
    if (stopped || !s.token) return;
    try {
      const answer = await call(`/admin/updates${s.since ? `?since=${encodeURIComponent(s.since)}` : ''}`);
      const first = s.since === null;
      s.since = answer.since;
      if (answer.counts) s.counts = answer.counts;
      const fresh = first ? [] : answer.comments.filter((c) => c.status === 'pending' && !s.comments.some((x) => x.id === c.id));
      const shown = s.view === 'queue' && s.status === 'pending' && !s.q && !s.thread;
      if (shown && fresh.length) {
        if (s.order === 'newest') s.comments = [...fresh.reverse(), ...s.comments];
        else if (!s.next) s.comments = [...s.comments, ...fresh];
        s.count += fresh.length;
        s.current ??= s.comments[0]?.id ?? null;
      }
      if (s.view === 'queue') renderQueue();
      if (fresh.length) say(t.newComments(fresh.length));
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return fail(error);
    }
    if (!stopped) pollTimer = setTimeout(() => void poll(), pollMs);
  }

  // ---- the audit log --------------------------------------------------------------------------------------

  async function showAudit(append = false) {
    renderNav();
    try {
      const page = await call(`/admin/audit?limit=${PAGE_SIZE}${append && s.audit.next ? `&cursor=${encodeURIComponent(s.audit.next)}` : ''}`);
      s.audit = { entries: append ? [...s.audit.entries, ...page.entries] : page.entries, next: page.next };
    } catch (error) {
      fail(error);
    }
    const a = t.audit;
    const statusName = (status) => (status ? (t.statuses[status] ?? status) : '—');
    view.replaceChildren(
      h('h2', {}, t.views.audit),
      s.audit.entries.length
        ? h(
            'table',
            { class: 'table' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                [a.when, a.who, a.what, a.comment, a.thread, a.change, a.detail].map((name) => h('th', { scope: 'col' }, name)),
              ),
            ),
            h(
              'tbody',
              {},
              s.audit.entries.map((e) =>
                h(
                  'tr',
                  {},
                  h('td', {}, h('time', { datetime: e.at }, when(e.at))),
                  h('td', {}, e.moderator ?? a.admin),
                  h('td', {}, a.kinds[e.kind] ?? e.kind),
                  h('td', {}, e.commentId ? h('code', {}, e.commentId) : '—'),
                  h('td', {}, e.thread ? h('code', {}, e.thread) : '—'),
                  h('td', {}, e.before || e.after ? `${statusName(e.before)} → ${statusName(e.after)}` : '—'),
                  h('td', {}, e.detail ?? ''),
                ),
              ),
            ),
          )
        : h('p', {}, a.empty),
      s.audit.next ? h('button', { type: 'button', class: 'button', onclick: () => void showAudit(true) }, t.more) : '',
    );
  }

  // ---- blocks ---------------------------------------------------------------------------------------------

  async function showBlocks() {
    renderNav();
    try {
      s.blocks = (await call('/admin/blocks')).blocks;
    } catch (error) {
      fail(error);
    }
    const b = t.blocks;
    const kind = h('select', { id: 'block-kind', name: 'kind' }, h('option', { value: 'email' }, t.email), h('option', { value: 'ip' }, 'IP'));
    const value = h('input', { id: 'block-value', name: 'value', type: 'text', required: true, maxlength: '254' });
    const reason = h('input', { id: 'block-reason', name: 'reason', type: 'text', maxlength: '200' });
    const form = h(
      'form',
      {
        class: 'filters',
        'aria-labelledby': 'block-add',
        onsubmit: async (event) => {
          event.preventDefault();
          try {
            await call('/admin/blocks', {
              method: 'POST',
              body: { kind: kind.value, value: value.value.trim(), ...(reason.value.trim() ? { reason: reason.value.trim() } : {}) },
            });
            await showBlocks();
            say(t.blockedNow);
          } catch (error) {
            fail(error);
          }
        },
      },
      h('h3', { id: 'block-add', class: 'visually-hidden' }, b.add),
      h('div', { class: 'field' }, h('label', { for: 'block-kind' }, b.kind), kind),
      h('div', { class: 'field' }, h('label', { for: 'block-value' }, b.value), value),
      h('div', { class: 'field' }, h('label', { for: 'block-reason' }, b.reason), reason),
      h('button', { class: 'button primary', type: 'submit' }, b.submit),
    );
    const shown = (block) => block.value ?? b.hiddenIp;
    view.replaceChildren(
      h('h2', {}, t.views.blocks),
      h('p', { class: 'hint' }, b.explain),
      form,
      s.blocks.length
        ? h(
            'table',
            { class: 'table' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                [b.kind, b.value, b.reason, b.created, b.by, t.actionsLabel].map((name) => h('th', { scope: 'col' }, name)),
              ),
            ),
            h(
              'tbody',
              {},
              s.blocks.map((block) =>
                h(
                  'tr',
                  {},
                  h('td', {}, block.kind === 'ip' ? 'IP' : t.email),
                  h('td', {}, shown(block)),
                  h('td', {}, block.reason ?? ''),
                  h('td', {}, h('time', { datetime: block.createdAt }, when(block.createdAt))),
                  h('td', {}, block.createdBy ?? t.audit.admin),
                  h(
                    'td',
                    {},
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'button small quiet',
                        'aria-label': b.liftLabel(shown(block)),
                        onclick: async () => {
                          try {
                            await call(`/admin/blocks/${encodeURIComponent(block.id)}`, { method: 'DELETE' });
                            await showBlocks();
                            say(b.lifted);
                          } catch (error) {
                            fail(error);
                          }
                        },
                      },
                      b.lift,
                    ),
                  ),
                ),
              ),
            ),
          )
        : h('p', {}, b.empty),
    );
  }

  // ---- the keyboard ---------------------------------------------------------------------------------------

  function onKey(event) {
    if (!s.token || s.view !== 'queue' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const typing =
      target instanceof HTMLElement &&
      (target.isContentEditable || /^(?:TEXTAREA|SELECT)$/.test(target.tagName) || (target.tagName === 'INPUT' && target.type !== 'checkbox'));
    if (event.key === 'Escape') {
      if (typing) return;
      s.pendingDelete = null;
      s.selected.clear();
      renderQueue();
      say('');
      return;
    }
    if (typing) return;
    const key = event.key;
    if (key === 'j' || key === 'k') move(key === 'j' ? 1 : -1);
    else if (key === 'x' && s.current) toggle(s.current);
    else if (ACTIONS[key]) void act(ACTIONS[key], targets());
    else if (key === 'u') void undo();
    else if (key === '/') searchInput.focus();
    else return;
    event.preventDefault();
  }
  document.addEventListener('keydown', onKey);

  if (s.token) void signedIn();
  else signInForm();

  return {
    stop() {
      stopped = true;
      clearTimeout(pollTimer);
      document.removeEventListener('keydown', onKey);
    },
  };
}

const page = document.getElementById('bantin-admin');
if (page) startAdmin(page, { api: page.dataset.api || '/api' });
