import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  AUTHOR_MAX_LENGTH,
  DEFAULT_COMMENT_LIMITS,
  clampCharacters,
  CommentApiError,
  countCharacters,
  countComments,
  listComments,
  postComment,
  validateComment,
  type Comment,
  type CommentLimits,
  type PostedComment,
} from '../../core/comments/index.js';
import { comments } from '../../i18n/catalogues/comments.js';
import { BantinElement } from '../../internal/bantin-element.js';
import type { BantinEvent } from '../../internal/events.js';
import { baseStyles, sectionHeaderStyles, tokens } from '../../internal/styles.js';
import { sectionHeadingTemplate } from '../../internal/templates.js';
import { commentBoxStyles } from './comment-box.styles.js';
import { clearDraft, readDraft, writeDraft, type CommentDraft } from './drafts.js';
import { defaultThreadId, newClientId, toThreadId } from './ids.js';
import { insertedText, limitInsertion, lowLevel } from './limit-input.js';
import { NO_ENDPOINT, fieldMessage, sendFailure, type ErrorParams, type FieldProblem, type FormField } from './send-failure.js';
import { threadTree, type CommentNode } from './thread-tree.js';

declare module '../../internal/events.js' {
  interface BantinEventMap {
    /** A comment was accepted by the server: shown at once (approved) or awaiting moderation (pending). */
    'bantin-comment-posted': PostedComment;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bantin-comment-posted': BantinEvent<'bantin-comment-posted'>;
  }
}

/** One form: the main one, or the reply form under a comment. */
interface Composer {
  /** null for the main form. */
  parentId: string | null;
  body: string;
  /** Idempotency key: the same until the comment is posted, so a retry never posts twice. */
  clientId: string;
  sending: boolean;
  errors: Partial<Record<FormField, FieldProblem>>;
  /** Why the last send failed (not a field's fault): worded when shown. */
  failure?: { error: unknown; params?: ErrorParams };
  /** What became of the comment just posted. */
  notice?: 'pending' | 'posted';
  /** How low the counter was last announced (see lowLevel). */
  announcedLevel: number;
}

type ListStatus = 'idle' | 'loading' | 'loaded' | 'error';

const COMMENTS_PER_PAGE = 20;
const DEFAULT_TIMEOUT_SECONDS = 15;
const SKELETON_COMMENTS = 3;

function newComposer(parentId: string | null, body = '', clientId = newClientId()): Composer {
  return { parentId, body, clientId, sending: false, errors: {}, announcedLevel: 0 };
}

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
 * @attr minlength - Fewest characters a comment may have (default 5).
 * @attr maxlength - Most characters a comment may have (default 500); typing and pasting stop there.
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
 * @cssprop --bantin-padding - Inner padding of the widget (0 in the light theme, where it sits on the page; 0.75rem in the dark one).
 * @cssprop --bantin-space - Gap between comments.
 * @cssprop --bantin-font-size-small - Dates, counter, hints, buttons.
 * @cssprop --bantin-font-size-heading - The heading.
 * @cssprop --bantin-reply-indent - How far replies are indented (default 1.5rem).
 *
 * @fires bantin-comment-posted - {comment, status} The server accepted a comment (status pending or approved).
 * @fires bantin-error - {error} Loading comments or sending one failed (a CommentApiError).
 */
export class BantinCommentBox extends BantinElement {
  static override styles = [tokens, baseStyles, sectionHeaderStyles, commentBoxStyles];

  @property() thread?: string;
  @property() endpoint?: string;
  @property({ type: Number }) minlength = DEFAULT_COMMENT_LIMITS.minLength;
  @property({ type: Number }) maxlength = DEFAULT_COMMENT_LIMITS.maxLength;
  @property({ type: Number, attribute: 'page-size' }) pageSize = COMMENTS_PER_PAGE;
  @property({ type: Number }) timeout?: number;
  @property() heading?: string;

  @state() private author = '';
  @state() private email = '';
  /** The honeypot: people never see it, so anything in it was typed by a bot. */
  @state() private website = '';
  @state() private main: Composer = newComposer(null);
  @state() private reply?: Composer;

  @state() private listStatus: ListStatus = 'idle';
  @state() private moreStatus: ListStatus = 'idle';
  @state() private loaded: Comment[] = [];
  /** Approved comments posted here that the loaded pages do not hold yet. */
  @state() private mine: Comment[] = [];
  @state() private next: string | null = null;
  @state() private count?: number;
  @state() private announcement = '';

  private loadAbort?: AbortController;
  /** The thread whose draft is in the form. */
  private draftThread?: string;
  /** A reply draft waiting for its comment to be loaded. */
  private pendingReplyDraft?: CommentDraft['reply'];

  /** The thread id in use: the `thread` attribute, else the page's canonical URL, made valid. */
  get threadId(): string {
    return toThreadId(this.thread ?? '') || defaultThreadId(this.ownerDocument);
  }

  private get limits(): CommentLimits {
    const whole = (value: number, fallback: number) => (Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback);
    const maxLength = Math.max(1, whole(Number(this.maxlength), DEFAULT_COMMENT_LIMITS.maxLength));
    return { minLength: Math.min(whole(Number(this.minlength), DEFAULT_COMMENT_LIMITS.minLength), maxLength), maxLength };
  }

  private get timeoutMs(): number {
    const seconds = Number(this.timeout ?? DEFAULT_TIMEOUT_SECONDS);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_SECONDS * 1000;
  }

  private get pageLimit(): number {
    const size = Math.floor(Number(this.pageSize));
    return size >= 1 && size <= 100 ? size : COMMENTS_PER_PAGE;
  }

  private get headingText(): string {
    return this.heading ?? this.localize.t(comments).heading;
  }

  private get apiBase(): string {
    return (this.endpoint ?? '').trim();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.listStatus === 'idle' && this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
    this.listStatus = 'idle';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const thread = this.threadId;
    if (thread !== this.draftThread) this.restoreDraft(thread);
    if (this.isConnected && (this.listStatus === 'idle' || changed.has('thread') || changed.has('endpoint') || changed.has('pageSize'))) {
      void this.loadFirstPage();
    }
  }

  // ---- loading ------------------------------------------------------------------------------------------

  /** Loads the first page and the count again (also the status region's retry). */
  async reload(): Promise<void> {
    await this.loadFirstPage();
  }

  private async loadFirstPage(): Promise<void> {
    this.loadAbort?.abort();
    this.loaded = [];
    this.mine = [];
    this.next = null;
    this.count = undefined;
    this.moreStatus = 'idle';
    const endpoint = this.apiBase;
    if (!endpoint) {
      this.listStatus = 'error';
      return;
    }
    const abort = (this.loadAbort = new AbortController());
    const options = { signal: abort.signal, timeoutMs: this.timeoutMs };
    this.listStatus = 'loading';
    const thread = this.threadId;
    const [page, count] = await Promise.allSettled([
      listComments(endpoint, thread, null, { ...options, limit: this.pageLimit }),
      countComments(endpoint, thread, options),
    ]);
    if (abort.signal.aborted) return;
    if (page.status === 'rejected') {
      this.listStatus = 'error';
      this.emit('bantin-error', { error: page.reason });
      return;
    }
    this.loaded = page.value.comments;
    this.next = page.value.next;
    if (count.status === 'fulfilled') this.count = count.value;
    this.listStatus = 'loaded';
    this.openReplyDraft();
  }

  private async loadMore(): Promise<void> {
    if (!this.next || this.moreStatus === 'loading') return;
    const abort = this.loadAbort;
    this.moreStatus = 'loading';
    try {
      const page = await listComments(this.apiBase, this.threadId, this.next, {
        signal: abort?.signal,
        timeoutMs: this.timeoutMs,
        limit: this.pageLimit,
      });
      if (abort?.signal.aborted) return;
      const firstNew = page.comments.find((c) => !this.loaded.some((known) => known.id === c.id));
      this.loaded = [...this.loaded, ...page.comments];
      this.next = page.next;
      this.moreStatus = 'idle';
      this.openReplyDraft();
      await this.updateComplete;
      // Keyboard users continue at the first new comment, not back at the button.
      if (firstNew) this.renderRoot.querySelector<HTMLElement>(`[data-comment-id="${CSS.escape(firstNew.id)}"]`)?.focus();
    } catch (error) {
      if (abort?.signal.aborted) return;
      this.moreStatus = 'error';
      this.emit('bantin-error', { error });
    }
  }

  /** Everything to show, oldest first: the loaded pages, then what was posted here and is not in them yet. */
  private get shown(): Comment[] {
    const known = new Set(this.loaded.map((c) => c.id));
    return [...this.loaded, ...this.mine.filter((c) => !known.has(c.id))];
  }

  // ---- drafts -------------------------------------------------------------------------------------------

  private restoreDraft(thread: string): void {
    this.draftThread = thread;
    const draft = readDraft(thread);
    this.author = draft?.author ?? '';
    this.main = newComposer(null, clampCharacters(draft?.body ?? '', this.limits.maxLength), draft?.clientId);
    this.reply = undefined;
    this.pendingReplyDraft = draft?.reply;
  }

  private saveDraft(): void {
    const reply = this.reply;
    const draft: CommentDraft = { author: this.author, body: this.main.body };
    if (this.main.body) draft.clientId = this.main.clientId;
    if (reply?.parentId && reply.body) draft.reply = { parentId: reply.parentId, body: reply.body, clientId: reply.clientId };
    else if (this.pendingReplyDraft) draft.reply = this.pendingReplyDraft;
    writeDraft(this.threadId, draft);
  }

  /** Opens the reply form of a restored reply draft once its comment is on screen. */
  private openReplyDraft(): void {
    const draft = this.pendingReplyDraft;
    if (!draft || !this.loaded.some((c) => c.id === draft.parentId && !c.parentId)) return;
    this.pendingReplyDraft = undefined;
    this.reply = newComposer(draft.parentId, clampCharacters(draft.body, this.limits.maxLength), draft.clientId);
  }

  // ---- editing ------------------------------------------------------------------------------------------

  /** Updates a form's state; `parentId` names the form (null: the main one), which is replaced, never mutated. */
  private patch(parentId: string | null, changes: Partial<Composer>): void {
    if (parentId === null) this.main = { ...this.main, ...changes };
    else if (this.reply?.parentId === parentId) this.reply = { ...this.reply, ...changes };
  }

  private composerFor(parentId: string | null): Composer | undefined {
    return parentId === null ? this.main : this.reply?.parentId === parentId ? this.reply : undefined;
  }

  private onAuthorInput(event: Event, composer: Composer): void {
    const field = event.target as HTMLInputElement;
    const value = clampCharacters(field.value, AUTHOR_MAX_LENGTH);
    if (value !== field.value) field.value = value;
    this.author = value;
    this.clearError(composer.parentId, 'author');
    this.saveDraft();
  }

  private onEmailInput(event: Event, composer: Composer): void {
    this.email = (event.target as HTMLInputElement).value;
    this.clearError(composer.parentId, 'email');
  }

  private clearError(parentId: string | null, field: FormField): void {
    const composer = this.composerFor(parentId);
    if (composer && (composer.errors[field] || composer.notice)) {
      const errors = { ...composer.errors };
      delete errors[field];
      this.patch(parentId, { errors, notice: undefined });
    }
  }

  private onBodyBeforeInput(event: InputEvent): void {
    const inserted = insertedText(event);
    if (inserted !== undefined) limitInsertion(event, event.target as HTMLTextAreaElement, inserted, this.limits.maxLength);
  }

  private onBodyPaste(event: ClipboardEvent): void {
    const pasted = event.clipboardData?.getData('text/plain');
    if (pasted) limitInsertion(event, event.target as HTMLTextAreaElement, pasted, this.limits.maxLength);
  }

  private onBodyInput(event: Event, parentId: string | null): void {
    const composer = this.composerFor(parentId);
    if (!composer) return;
    const field = event.target as HTMLTextAreaElement;
    const { maxLength } = this.limits;
    // What slipped past beforeinput (IME composition, autofill, an old browser) is cut here, at a character boundary.
    if (countCharacters(field.value) > maxLength) field.value = clampCharacters(field.value, maxLength);
    const errors = { ...composer.errors };
    delete errors.body;
    const level = lowLevel(maxLength - countCharacters(field.value), maxLength);
    if (level > composer.announcedLevel) this.announce(this.counterText(field.value));
    this.patch(composer.parentId, { body: field.value, errors, notice: undefined, announcedLevel: level });
    this.saveDraft();
  }

  private counterText(body: string): string {
    const { maxLength } = this.limits;
    return this.localize.t(comments).remaining(Math.max(0, maxLength - countCharacters(body)), maxLength);
  }

  /** Says `text` through the polite live region (cleared first, so the same words are said again). */
  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  // ---- sending ------------------------------------------------------------------------------------------

  private onSubmit(event: SubmitEvent, parentId: string | null): void {
    event.preventDefault();
    void this.send(parentId);
  }

  private async send(parentId: string | null): Promise<void> {
    const composer = this.composerFor(parentId);
    if (!composer || composer.sending) return; // a second click while the first is on its way posts nothing
    const t = this.localize.t(comments);
    const limits = this.limits;
    const checked = validateComment(
      { author: this.author, email: this.email, body: composer.body, parentId: composer.parentId ?? undefined },
      limits,
    );
    if (!checked.ok) {
      const errors: Composer['errors'] = {};
      for (const error of checked.errors) {
        const onField = fieldMessage(error.code, t, limits);
        if (onField && !errors[onField.field]) errors[onField.field] = { code: error.code };
      }
      this.patch(composer.parentId, { errors, failure: undefined, notice: undefined });
      await this.focusFirstInvalid(parentId);
      return;
    }
    const endpoint = this.apiBase;
    if (!endpoint) {
      this.patch(composer.parentId, { failure: { error: NO_ENDPOINT }, notice: undefined });
      return;
    }
    this.patch(composer.parentId, { sending: true, errors: {}, failure: undefined, notice: undefined });
    const thread = this.threadId;
    try {
      const result = await postComment(
        endpoint,
        thread,
        { ...checked.value, clientId: composer.clientId, website: this.website },
        { timeoutMs: this.timeoutMs },
      );
      this.posted(composer, result, thread);
    } catch (error) {
      const params = error instanceof CommentApiError ? error.params : undefined;
      const failure = sendFailure(error, this.localize.t(comments), limits, params);
      if (failure.field) {
        const code = (error as { code: FieldProblem['code'] }).code;
        this.patch(parentId, { sending: false, errors: { [failure.field]: { code, params } } });
      } else {
        this.patch(parentId, { sending: false, errors: {}, failure: { error, params } });
      }
      this.emit('bantin-error', { error });
      if (failure.field) await this.focusFirstInvalid(parentId);
      else this.announce(failure.message);
    }
  }

  private posted(composer: Composer, result: PostedComment, thread: string): void {
    const t = this.localize.t(comments);
    const approved = result.status === 'approved';
    if (approved && thread === this.threadId && !this.shown.some((c) => c.id === result.comment.id)) {
      this.mine = [...this.mine, result.comment];
      if (this.count !== undefined) this.count++;
    }
    const notice = approved ? 'posted' : 'pending';
    if (composer.parentId === null) {
      this.main = { ...newComposer(null), notice };
    } else {
      // The reply form closes; its notice stays under the comment it answered.
      this.reply = { ...newComposer(composer.parentId), notice };
    }
    // The posted text leaves the draft; a text still being written in the other form stays.
    clearDraft(thread);
    if (this.main.body || this.reply?.body) this.saveDraft();
    this.announce(t[notice]);
    this.emit('bantin-comment-posted', result);
  }

  private async focusFirstInvalid(parentId: string | null): Promise<void> {
    await this.updateComplete;
    const composer = this.composerFor(parentId);
    if (!composer) return;
    const field = (['author', 'email', 'body'] as const).find((name) => composer.errors[name]);
    if (field) this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix(composer)}-${field}`)?.focus();
  }

  // ---- replies ------------------------------------------------------------------------------------------

  private async openReply(parent: Comment): Promise<void> {
    if (this.reply?.parentId === parent.id && this.reply.notice === undefined) {
      this.closeReply();
      return;
    }
    const keep = this.reply && this.reply.notice === undefined ? this.reply.body : '';
    this.reply = newComposer(parent.id, keep);
    this.pendingReplyDraft = undefined;
    this.saveDraft();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#reply-body')?.focus();
  }

  private async closeReply(): Promise<void> {
    const parentId = this.reply?.parentId;
    this.reply = undefined;
    this.saveDraft();
    await this.updateComplete;
    if (parentId) this.renderRoot.querySelector<HTMLElement>(`[data-reply-to="${CSS.escape(parentId)}"]`)?.focus();
  }

  private idPrefix(composer: Composer): string {
    return composer.parentId === null ? 'main' : 'reply';
  }

  // ---- rendering ----------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.localize.t(comments);
    const heading = this.headingText;
    return html`<section
      part="base"
      class="base"
      lang=${this.localize.locale}
      aria-labelledby=${heading ? 'heading' : nothing}
      aria-label=${heading ? nothing : t.heading}
    >
      ${heading
        ? sectionHeadingTemplate(
            heading,
            this.level,
            this.count === undefined ? nothing : html` <span part="count" class="count">(${this.count})</span>`,
          )
        : nothing}
      ${this.renderForm(this.main)}
      <div class="comments">${this.renderList()}</div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private renderForm(composer: Composer, parent?: Comment): TemplateResult {
    const t = this.localize.t(comments);
    const id = this.idPrefix(composer);
    const errors: Partial<Record<FormField, string>> = {};
    for (const [field, problem] of Object.entries(composer.errors) as [FormField, FieldProblem][]) {
      errors[field] = fieldMessage(problem.code, this.localize.t(comments), this.limits, problem.params)?.message;
    }
    const failure = composer.failure && sendFailure(composer.failure.error, this.localize.t(comments), this.limits, composer.failure.params);
    const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;
    const errorText = (field: FormField) =>
      errors[field] ? html`<p part="field-error" class="field-error" id="${id}-${field}-error">${errors[field]}</p>` : nothing;
    const label = parent ? t.replyFormLabel(parent.author) : t.formLabel;
    return html`<form
      part="form"
      class="form"
      aria-label=${label}
      novalidate
      @submit=${(event: SubmitEvent) => this.onSubmit(event, composer.parentId)}
      @keydown=${parent ? (event: KeyboardEvent) => event.key === 'Escape' && this.closeReply() : nothing}
    >
      <div class="fields">
        <div class="field">
          <label part="label" for="${id}-author">${t.name}<span class="required" aria-hidden="true"> *</span></label>
          <input
            part="input"
            id="${id}-author"
            name="author"
            type="text"
            autocomplete="name"
            required
            aria-invalid=${errors.author ? 'true' : 'false'}
            aria-describedby=${describedBy(errors.author && `${id}-author-error`)}
            .value=${live(this.author)}
            @input=${(event: Event) => this.onAuthorInput(event, composer)}
          />
          ${errorText('author')}
        </div>
        <div class="field">
          <label part="label" for="${id}-email">${t.email}</label>
          <input
            part="input"
            id="${id}-email"
            name="email"
            type="email"
            autocomplete="email"
            aria-invalid=${errors.email ? 'true' : 'false'}
            aria-describedby=${describedBy(`${id}-email-hint`, errors.email && `${id}-email-error`)}
            .value=${live(this.email)}
            @input=${(event: Event) => this.onEmailInput(event, composer)}
          />
          <p class="hint" id="${id}-email-hint">${t.emailHint}</p>
          ${errorText('email')}
        </div>
      </div>
      <div class="honeypot" aria-hidden="true">
        <label for="${id}-website">${t.honeypot}</label>
        <input
          id="${id}-website"
          name="website"
          type="text"
          tabindex="-1"
          autocomplete="off"
          .value=${live(this.website)}
          @input=${(event: Event) => (this.website = (event.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label part="label" for="${id}-body">${t.body}<span class="required" aria-hidden="true"> *</span></label>
        <textarea
          part="textarea"
          id="${id}-body"
          name="body"
          rows=${parent ? 3 : 4}
          required
          ?readonly=${composer.sending}
          aria-invalid=${errors.body ? 'true' : 'false'}
          aria-describedby=${describedBy(`${id}-counter`, errors.body && `${id}-body-error`)}
          .value=${live(composer.body)}
          @beforeinput=${this.onBodyBeforeInput}
          @paste=${this.onBodyPaste}
          @input=${(event: Event) => this.onBodyInput(event, composer.parentId)}
        ></textarea>
        <p part="counter" class="counter" id="${id}-counter">${this.counterText(composer.body)}</p>
        ${errorText('body')}
      </div>
      ${failure
        ? html`<p part="notice" class="notice" data-kind="error" role="alert">${failure.message}</p>`
        : composer.notice
          ? html`<p part="notice" class="notice" data-kind="success">${t[composer.notice]}</p>`
          : nothing}
      <div class="actions">
        <button
          part="submit"
          class="button submit"
          type="submit"
          aria-disabled=${composer.sending ? 'true' : 'false'}
          ?data-sending=${composer.sending}
        >
          ${composer.sending ? html`<span class="spinner" aria-hidden="true"></span>${t.sending}` : parent ? t.submitReply : t.submit}
        </button>
        ${failure?.retry && !composer.sending
          ? html`<button part="retry" class="button" type="button" @click=${() => this.send(composer.parentId)}>
              ${this.localize.messages.common.retry}
            </button>`
          : nothing}
        ${parent
          ? html`<button part="cancel" class="button quiet" type="button" @click=${this.closeReply}>${t.cancel}</button>`
          : nothing}
      </div>
    </form>`;
  }

  private renderList(): TemplateResult | typeof nothing {
    const t = this.localize.t(comments);
    if (this.listStatus === 'loading' || this.listStatus === 'idle') {
      return html`<p class="visually-hidden">${t.loading}</p>
        <ol part="list" class="list" aria-hidden="true">
          ${Array.from(
            { length: SKELETON_COMMENTS },
            () => html`<li class="comment">
              <div class="comment-main">
                <span class="meta"><span class="skeleton-line"></span></span>
                <p class="comment-body"><span class="skeleton-line"></span><span class="skeleton-line"></span></p>
              </div>
            </li>`,
          )}
        </ol>`;
    }
    if (this.listStatus === 'error') {
      return html`<div part="status" class="status" data-kind="error" role="alert">
        <p>${this.apiBase ? t.errors.load : t.errors.noEndpoint}</p>
        ${this.apiBase
          ? html`<button class="button" type="button" @click=${this.reload}>${this.localize.messages.common.retry}</button>`
          : nothing}
      </div>`;
    }
    const nodes = threadTree(this.shown);
    return html`${nodes.length === 0
        ? html`<p part="status" class="status" data-kind="empty">${t.empty}</p>`
        : html`<ol part="list" class="list">
            ${nodes.map((node) => this.renderNode(node))}
          </ol>`}
      ${this.next
        ? html`<div class="footer">
            ${this.moreStatus === 'error' ? html`<p class="field-error" role="alert">${t.errors.load}</p>` : nothing}
            <button
              part="more"
              class="button"
              type="button"
              aria-disabled=${this.moreStatus === 'loading' ? 'true' : 'false'}
              @click=${this.loadMore}
            >
              ${this.moreStatus === 'error' ? this.localize.messages.common.retry : t.more}
            </button>
          </div>`
        : nothing}`;
  }

  private renderNode(node: CommentNode): TemplateResult {
    const t = this.localize.t(comments);
    const { comment } = node;
    const replying = this.reply?.parentId === comment.id ? this.reply : undefined;
    const formOpen = replying !== undefined && replying.notice === undefined;
    return html`<li part="comment" class="comment">
      ${this.renderComment(comment)}
      <div class="comment-actions">
        <button
          part="reply"
          class="reply-button"
          type="button"
          data-reply-to=${comment.id}
          aria-expanded=${formOpen ? 'true' : 'false'}
          aria-label=${t.replyTo(comment.author)}
          @click=${() => this.openReply(comment)}
        >
          ${t.reply}
        </button>
      </div>
      ${node.replies.length > 0
        ? html`<ol part="replies" class="replies" aria-label=${t.replies(comment.author)}>
            ${node.replies.map((reply) => html`<li part="comment" class="comment reply">${this.renderComment(reply)}</li>`)}
          </ol>`
        : nothing}
      ${replying
        ? formOpen
          ? html`<div class="reply-form">${this.renderForm(replying, comment)}</div>`
          : html`<p part="notice" class="notice reply-notice" data-kind="success">${t[replying.notice!]}</p>`
        : nothing}
    </li>`;
  }

  private renderComment(comment: Comment): TemplateResult {
    const relative = this.localize.date(comment.createdAt, 'relative');
    const exact = this.localize.date(comment.createdAt);
    return html`<article class="comment-main" tabindex="-1" data-comment-id=${comment.id} aria-label=${comment.author}>
      <p class="meta">
        <span part="author" class="author">${comment.author}</span>
        ${relative
          ? html`<time part="date" class="date" datetime=${comment.createdAt} title=${exact} tabindex="0"
              >${relative}<span class="visually-hidden"> (${exact})</span
              ><span class="exact" aria-hidden="true">${exact}</span></time
            >`
          : nothing}
      </p>
      <p part="comment-body" class="comment-body">${comment.body}</p>
    </article>`;
  }
}
