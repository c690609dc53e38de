// <bantin-comment-box>: the wiring of its parts. The thread's comments come from CommentThreadController
// (internal/thread-controller.ts), the forms are data changed by internal/composer.ts, and internal/form-template.ts
// and internal/list-template.ts draw them; this class holds the attributes, the one form state, and what happens
// on input, on send and on the list's buttons.
import { html, isServer, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { CommentApiError, clampCharacters, countCharacters, postComment, type Comment, type PostedComment } from '../../core/comments/index.js';
import { comments } from '../../i18n/catalogues/comments.js';
import { findFirst } from '../../core/builtins.js';
import { BantinElement } from '../../internal/bantin-element.js';
import { baseStyles, sectionHeaderStyles, tokens } from '../../internal/styles.js';
import { sectionHeadingTemplate } from '../../internal/templates.js';
import { commentBoxStyles } from './comment-box.styles.js';
import { clearDraft, readDraft, writeDraft } from './drafts.js';
import { canonicalPageUrl, defaultThreadId, serverThreadId, toThreadId } from './ids.js';
import { insertedText, limitInsertion } from './limit-input.js';
import { NO_ENDPOINT, sendFailure } from './send-failure.js';
import {
  adoptReplyDraft,
  checkForm,
  closeReply,
  composerOf,
  editAuthor,
  editBody,
  editEmail,
  emptyForm,
  formDraft,
  restoreForm,
  sendFailed,
  sent,
  showErrors,
  startSending,
  toggleReply,
  type Composer,
  type FormState,
} from './internal/composer.js';
import { counterText, formTemplate, type FormHandlers } from './internal/form-template.js';
import { listTemplate } from './internal/list-template.js';
import { formLimits, type AuthorLimits, type FormLimits } from './internal/server-rules.js';
import { CommentThreadController } from './internal/thread-controller.js';

declare module '../../internal/events.js' {
  interface BantinEventMap {
    /** A comment was accepted by the server: shown at once (approved) or awaiting moderation (pending). */
    'bantin-comment-posted': PostedComment;
  }
}

const COMMENTS_PER_PAGE = 20;
/** The server refuses a longer page title or URL (docs/server-api.md): a title is cut, such a URL left out. */
const PAGE_TITLE_MAX = 300;
const PAGE_URL_MAX = 2000;

/** What the moderators see of the article a comment was written under: its title and canonical URL. */
function pageContext(doc: Document): { pageTitle?: string; pageUrl?: string } {
  const title = doc.title
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, PAGE_TITLE_MAX)
    .replace(/[\uD800-\uDBFF]$/, '');
  const href = canonicalPageUrl(doc); // '' or an absolute URL
  const usable = /^https?:\/\/[^/@]*(?:\/|$)/.test(href) && href.length <= PAGE_URL_MAX;
  return { ...(title ? { pageTitle: title } : {}), ...(usable ? { pageUrl: href } : {}) };
}
const DEFAULT_TIMEOUT_SECONDS = 15;

/**
 * "Bình luận": a comment form and the thread's approved comments, with one level of replies. Nothing written
 * is lost: drafts are kept per thread while typing, a failed send keeps the text and offers a retry, and a
 * retry reuses the comment's clientId so the server never stores it twice.
 *
 * @summary A comment form and the approved comments of one thread, with replies, drafts and safe retries.
 * @tagname bantin-comment-box
 *
 * @attr thread - The thread (article) id; default the page's canonical URL, made a valid thread id.
 * @attr endpoint - The comments API base, e.g. https://widgets.example.vn/api.
 * @attr minlength - Fewest characters a comment may have; default the widget server's minimum (its /config), else 5.
 * @attr maxlength - Most characters a comment may have; default the widget server's maximum, else 500. Typing and pasting stop there.
 * @attr page-size - Comments per page; "Xem thêm bình luận" loads the next (default 20).
 * @attr timeout - Seconds before a request gives up (default 15).
 * @attr heading - The heading text; default "Bình luận" / "Comments"; empty for no heading.
 * @attr heading-level - The heading's level, 1 to 6 (default 2).
 * @attr lang - Language (vi or en); default the nearest [lang], else <html lang>, else vi.
 * @attr theme - light (default), dark or auto (follows the system).
 *
 * @csspart base - The widget's outer box.
 * @csspart header - The heading row.
 * @csspart count - The number of comments in the heading.
 * @csspart form - A comment form (the main one and the reply form).
 * @csspart label - A form field's label.
 * @csspart input - The name and email fields.
 * @csspart textarea - The comment text field.
 * @csspart counter - "Bạn còn n/max ký tự".
 * @csspart field-error - An error shown under its field.
 * @csspart submit - The send button.
 * @csspart retry - The retry button after a failed send.
 * @csspart cancel - The reply form's cancel button.
 * @csspart notice - The message after a send: awaiting moderation, posted, or why it failed.
 * @csspart closed - "Comments are closed", shown instead of the form when the thread is closed.
 * @csspart list - The list of comments.
 * @csspart comment - One comment.
 * @csspart author - A comment's author.
 * @csspart date - A comment's date.
 * @csspart comment-body - A comment's text.
 * @csspart reply - A comment's "Trả lời" (reply) button.
 * @csspart replies - The replies under a comment.
 * @csspart more - The "Xem thêm bình luận" (more comments) button.
 * @csspart status - Loading errors and the empty notice.
 *
 * @cssprop --bantin-comments-min-height - Room kept for the comments while they load and after (default 14em), so nothing below moves.
 * @cssprop --bantin-color-text - Text colour.
 * @cssprop --bantin-color-muted - Secondary text (dates, counter, hints).
 * @cssprop --bantin-color-surface - Background, and the background of fields.
 * @cssprop --bantin-color-border - Borders of fields and between comments.
 * @cssprop --bantin-color-accent - Heading rule, buttons.
 * @cssprop --bantin-color-accent-contrast - Text on the accent colour.
 * @cssprop --bantin-color-skeleton - Loading placeholders.
 * @cssprop --bantin-color-notice - Background of the "awaiting moderation" notice.
 * @cssprop --bantin-color-error - Errors and invalid fields.
 * @cssprop --bantin-color-focus - Focus outline.
 * @cssprop --bantin-radius - Corner radius.
 * @cssprop --bantin-padding - Inner padding of the widget (0 in the light theme, where it sits on the page; 0.75em in the dark one).
 * @cssprop --bantin-space - Gap between comments.
 * @cssprop --bantin-font-size-small - Dates, counter, hints, buttons.
 * @cssprop --bantin-font-size-heading - The heading.
 * @cssprop --bantin-reply-indent - How far replies are indented (default 1.5em).
 *
 * @fires bantin-comment-posted - {comment, status} The server accepted a comment (status pending or approved).
 * @fires bantin-error - {error} Loading comments or sending one failed (a CommentApiError).
 */
export class BantinCommentBox extends BantinElement {
  static override styles = [tokens, baseStyles, sectionHeaderStyles, commentBoxStyles];

  static override properties: PropertyDeclarations = {
    thread: {},
    endpoint: {},
    minlength: { type: Number },
    maxlength: { type: Number },
    pageSize: { type: Number, attribute: 'page-size' },
    timeout: { type: Number },
    heading: {},
    form: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    interactive: { state: true, attribute: false },
  };

  thread?: string;
  endpoint?: string;

  /**
   * Fewest characters a comment may have. Which minimum applies: the one set here (the minlength attribute or
   * this property) when set; else the widget server's own (its /config answer), once it has answered; else 5.
   * Reading it gives the value set, else the minimum in use. The server checks again with its own rules.
   */
  get minlength(): number {
    return this.authorLimits.minLength ?? this.limits.minLength;
  }
  set minlength(value: number | null | undefined) {
    this.authorLimits = { ...this.authorLimits, minLength: value ?? undefined };
  }

  /**
   * Most characters a comment may have; typing and pasting stop there. Which maximum applies: the one set here
   * (the maxlength attribute or this property) when set; else the widget server's own (its /config answer), once
   * it has answered; else 500. Reading it gives the value set, else the maximum in use. A maximum above the
   * server's only moves the check to the server, which refuses the comment with its own number.
   */
  get maxlength(): number {
    return this.authorLimits.maxLength ?? this.limits.maxLength;
  }
  set maxlength(value: number | null | undefined) {
    this.authorLimits = { ...this.authorLimits, maxLength: value ?? undefined };
  }

  pageSize = COMMENTS_PER_PAGE;
  timeout?: number;
  heading?: string;

  /** Both forms: the shared name and email, each form's text, errors and notices. */
  private form: FormState = emptyForm();
  /** What the polite live region says. */
  private announcement = '';
  /**
   * Whether the forms work. Not in the server's HTML (bantin/ssr), which readers without JavaScript see (the form
   * says posting needs JavaScript), nor in the first render that hydrates it, which must be the server's: the
   * update after it turns the forms on and restores the draft.
   */
  private interactive = true;

  /** minlength and maxlength as the page author set them (undefined: not set). */
  private authorLimits: AuthorLimits = {};
  /** The thread whose draft is in the form. */
  private draftThread?: string;
  /**
   * When the thread turns out closed after the form was shown (while the list loaded), the closed notice keeps
   * the form's height, so nothing below moves.
   */
  private closedRoom?: number;

  private readonly threadState = new CommentThreadController(this, () => ({
    endpoint: this.apiBase,
    thread: this.threadId,
    pageSize: this.pageSize,
    timeoutMs: this.timeoutMs,
  }));

  /** The thread id in use: the `thread` attribute, else the page's canonical URL, made valid. */
  get threadId(): string {
    if (isServer) return serverThreadId(this.thread, this.serverPageUrl);
    return toThreadId(this.thread ?? '') || defaultThreadId(this.ownerDocument);
  }

  /** Loads the first page (with the thread's count) again; also the retry of the list's error. */
  async reload(): Promise<void> {
    await this.threadState.reload();
  }

  /** The limits in use: the page author's, else the server's, else the defaults (internal/server-rules.ts). */
  private get limits(): FormLimits {
    return formLimits(this.authorLimits, this.threadState?.serverRules);
  }

  private get timeoutMs(): number {
    const seconds = Number(this.timeout ?? DEFAULT_TIMEOUT_SECONDS);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_SECONDS * 1000;
  }

  private get apiBase(): string {
    return (this.endpoint ?? '').trim();
  }

  protected override willUpdate(): void {
    if (!this.hasUpdated && this.renderedState) {
      this.interactive = false;
      const page = this.renderedState.comments;
      this.renderedState.comments = undefined;
      if (page) this.threadState.adopt(page);
    }
    const thread = this.threadId;
    // Drafts live in this browser's storage: never in the server's HTML, nor in the render that hydrates it.
    if (this.interactive && thread !== this.draftThread) {
      this.draftThread = thread;
      this.form = restoreForm(readDraft(thread), this.limits.maxLength, this.form);
    }
    if (this.threadState.closed && this.closedRoom === undefined) {
      this.closedRoom = (this.hasUpdated && this.renderRoot.querySelector<HTMLElement>('form.form')?.getBoundingClientRect().height) || 0;
    } else if (!this.threadState.closed) this.closedRoom = undefined;
    // A restored reply draft opens once its comment is on screen.
    if (this.form.pendingReply) this.form = adoptReplyDraft(this.form, this.threadState.comments, this.limits.maxLength);
  }

  protected override firstUpdated(): void {
    this.interactive = true;
  }

  // ---- the forms ----------------------------------------------------------------------------------------

  private saveDraft(): void {
    writeDraft(this.threadId, formDraft(this.form));
  }

  private readonly handlers: FormHandlers = {
    submit: (event, parentId) => {
      event.preventDefault();
      void this.send(parentId);
    },
    author: (event, parentId) => {
      const field = event.target as HTMLInputElement;
      const value = clampCharacters(field.value, this.limits.authorMaxLength);
      if (value !== field.value) field.value = value;
      this.form = editAuthor(this.form, parentId, value);
      this.saveDraft();
    },
    email: (event, parentId) => {
      this.form = editEmail(this.form, parentId, (event.target as HTMLInputElement).value);
    },
    website: (event) => {
      this.form = { ...this.form, website: (event.target as HTMLInputElement).value };
    },
    bodyBeforeInput: (event) => {
      const inserted = insertedText(event);
      if (inserted !== undefined) limitInsertion(event, event.target as HTMLTextAreaElement, inserted, this.limits.maxLength);
    },
    bodyPaste: (event) => {
      const pasted = event.clipboardData?.getData('text/plain');
      if (pasted) limitInsertion(event, event.target as HTMLTextAreaElement, pasted, this.limits.maxLength);
    },
    body: (event, parentId) => {
      if (!composerOf(this.form, parentId)) return;
      const field = event.target as HTMLTextAreaElement;
      const { maxLength } = this.limits;
      // What slipped past beforeinput (IME composition, autofill, an old browser) is cut here, at a character boundary.
      if (countCharacters(field.value) > maxLength) field.value = clampCharacters(field.value, maxLength);
      const edited = editBody(this.form, parentId, field.value, maxLength);
      if (edited.announce) this.announce(counterText(this.localize.t(comments), field.value, maxLength));
      this.form = edited.state;
      this.saveDraft();
    },
    retry: (parentId) => void this.send(parentId),
    cancel: () => void this.closeReply(),
  };

  /** Says `text` through the polite live region (cleared first, so the same words are said again). */
  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  private async send(parentId: string | null): Promise<void> {
    const composer = composerOf(this.form, parentId);
    if (!composer || composer.sending) return; // a second click while the first is on its way posts nothing
    const limits = this.limits;
    const checked = checkForm(this.form, parentId, limits);
    if (!checked.ok) {
      this.form = showErrors(this.form, parentId, checked.errors);
      await this.focusFirstInvalid(parentId);
      return;
    }
    const endpoint = this.apiBase;
    if (!endpoint) {
      this.form = sendFailed(this.form, parentId, NO_ENDPOINT);
      return;
    }
    this.form = startSending(this.form, parentId);
    const thread = this.threadId;
    try {
      const result = await postComment(
        endpoint,
        thread,
        { ...checked.comment, clientId: composer.clientId, website: this.form.website, ...pageContext(this.ownerDocument) },
        { timeoutMs: this.timeoutMs },
      );
      this.posted(parentId, result, thread);
    } catch (error) {
      if (error instanceof CommentApiError && error.code === 'thread-closed') {
        // Closed since the list was loaded: the text stays in the draft, and the box says why there is no form.
        this.form = sendFailed(this.form, parentId, error);
        this.threadState.markClosed();
        this.announce(this.localize.t(comments).closed);
        this.emit('bantin-error', { error });
        return;
      }
      const params = error instanceof CommentApiError ? error.params : undefined;
      const failure = sendFailure(error, this.localize.t(comments), limits, params);
      this.form = sendFailed(this.form, parentId, error, failure.field);
      this.emit('bantin-error', { error });
      // The form's failure is its role="alert" notice, announced once; the polite status does not repeat it.
      if (failure.field) await this.focusFirstInvalid(parentId);
    }
  }

  private posted(parentId: string | null, result: PostedComment, thread: string): void {
    // The server answered: a list that failed to load before (the network was down) is loaded again, so its old
    // "could not load" alert goes.
    if (this.threadState.status === 'error' || this.threadState.moreStatus === 'error') void this.threadState.reload();
    else if (result.status === 'approved') this.threadState.addPosted(result.comment);
    this.form = sent(this.form, parentId, result.status);
    // The posted text leaves the draft; a text still being written in the other form stays.
    clearDraft(thread);
    if (this.form.main.body || this.form.reply?.body) this.saveDraft();
    this.announce(this.localize.t(comments)[result.status === 'approved' ? 'posted' : 'pending']);
    this.emit('bantin-comment-posted', result);
  }

  private async focusFirstInvalid(parentId: string | null): Promise<void> {
    await this.updateComplete;
    const composer = composerOf(this.form, parentId);
    if (!composer) return;
    const field = findFirst(['author', 'email', 'body'] as const, (name) => composer.errors[name]);
    if (field) this.renderRoot.querySelector<HTMLElement>(`#${composer.parentId === null ? 'main' : 'reply'}-${field}`)?.focus();
  }

  // ---- replies and pages --------------------------------------------------------------------------------

  private async toggleReply(parent: Comment): Promise<void> {
    const { state: form, opened } = toggleReply(this.form, parent.id);
    if (!opened) return this.closeReply();
    this.form = form;
    this.saveDraft();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#reply-body')?.focus();
  }

  private async closeReply(): Promise<void> {
    const parentId = this.form.reply?.parentId;
    this.form = closeReply(this.form);
    this.saveDraft();
    await this.updateComplete;
    if (parentId) this.renderRoot.querySelector<HTMLElement>(`[data-reply-to="${CSS.escape(parentId)}"]`)?.focus();
  }

  private async loadMore(): Promise<void> {
    const first = await this.threadState.loadMore();
    if (!first) return;
    await this.updateComplete;
    // Keyboard users continue at the first new comment, not back at the button.
    this.renderRoot.querySelector<HTMLElement>(`[data-comment-id="${CSS.escape(first.id)}"]`)?.focus();
  }

  // ---- rendering ----------------------------------------------------------------------------------------

  private formFor(composer: Composer, parent?: Comment): TemplateResult {
    const { author, email, website } = this.form;
    return formTemplate({
      composer,
      parent,
      author,
      email,
      website,
      limits: this.limits,
      interactive: this.interactive,
      t: this.localize.t(comments),
      retryText: this.localize.messages.common.retry,
      on: this.handlers,
    });
  }

  protected override render(): TemplateResult {
    const t = this.localize.t(comments);
    const heading = this.heading ?? t.heading;
    const { count } = this.threadState;
    return html`<section
      part="base"
      class="base"
      lang=${this.localize.locale}
      aria-labelledby=${heading ? 'heading' : nothing}
      aria-label=${heading ? nothing : t.heading}
    >
      ${
        heading
          ? sectionHeadingTemplate(heading, this.level, count === undefined ? nothing : html` <span part="count" class="count">(${count})</span>`)
          : nothing
      }
      ${
        this.threadState.closed
          ? html`<p part="closed" class="closed" style=${styleMap({ minBlockSize: this.closedRoom ? `${this.closedRoom}px` : undefined })}>${t.closed}</p>`
          : this.formFor(this.form.main)
      }
      <div class="comments">
        ${listTemplate({
          status: this.threadState.status,
          moreStatus: this.threadState.moreStatus,
          comments: this.threadState.shown,
          hasMore: this.threadState.next !== null,
          hasEndpoint: this.apiBase !== '',
          interactive: this.interactive,
          reply: this.form.reply,
          closed: this.threadState.closed,
          t,
          retryText: this.localize.messages.common.retry,
          localize: this.localize,
          replyForm: (composer, parent) => this.formFor(composer, parent),
          on: { reload: () => void this.reload(), more: () => void this.loadMore(), reply: (comment) => void this.toggleReply(comment) },
        })}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }
}
