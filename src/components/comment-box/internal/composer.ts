// The comment forms as data, with no DOM and no lit: what is written in the main form and in the reply form, what
// each shows after a check or a send, and the draft that keeps it. Every change returns a new state, which the
// element stores and renders; nothing here is mutated.
import {
  CommentApiError,
  clampCharacters,
  countCharacters,
  validateComment,
  type Comment,
  type CommentErrorCode,
  type CommentFieldError,
  type ValidComment,
} from '../../../core/comments/index.js';
import type { CommentDraft, ReplyDraft } from '../drafts.js';
import type { FormLimits } from './server-rules.js';

export type FormField = 'author' | 'email' | 'body';

/** Limits the server named in its error (`params`), which win over the widget's own. */
export interface ErrorParams {
  min?: number;
  max?: number;
}

/** A problem with one field, kept as a code so it is worded in the language shown at the time. */
export interface FieldProblem {
  code: CommentErrorCode;
  params?: ErrorParams;
}

export type FieldErrors = Partial<Record<FormField, FieldProblem>>;

/** One form: the main one, or the reply form under a comment. */
export interface Composer {
  /** null for the main form. */
  parentId: string | null;
  body: string;
  /** Idempotency key: the same until the comment is posted, so a retry never posts twice. */
  clientId: string;
  sending: boolean;
  errors: FieldErrors;
  /** Why the last send failed (not a field's fault): worded when shown. */
  failure?: { error: unknown; params?: ErrorParams };
  /** What became of the comment just posted. */
  notice?: 'pending' | 'posted';
  /** How low the counter was last announced (see lowLevel). */
  announcedLevel: number;
}

/** Both forms: they share the name and the email, each has its own text. */
export interface FormState {
  author: string;
  /** Never kept in the draft. */
  email: string;
  /** The honeypot: people never see it, so anything in it was typed by a bot. */
  website: string;
  main: Composer;
  reply?: Composer;
  /** A restored reply draft, waiting for its comment to be loaded. */
  pendingReply?: ReplyDraft;
}

export type FormCheck = { ok: true; comment: ValidComment } | { ok: false; errors: FieldErrors };

/** A fresh idempotency key (8–100 of [A-Za-z0-9_-]), also where crypto.randomUUID is missing (plain http pages). */
export function newClientId(): string {
  const cryptoApi = globalThis.crypto;
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof cryptoApi?.getRandomValues === 'function') cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return `c-${Date.now().toString(36)}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function newComposer(parentId: string | null, body = '', clientId = newClientId()): Composer {
  return { parentId, body, clientId, sending: false, errors: {}, announcedLevel: 0 };
}

/** Both forms empty, before any draft is read. */
export function emptyForm(): FormState {
  return { author: '', email: '', website: '', main: newComposer(null) };
}

/**
 * The forms of a thread as its draft left them: the name, the main text and its clientId (a send after a reload
 * may be a retry), and a reply draft that waits until its comment is loaded. Texts are cut at `maxLength`. The
 * email and the honeypot are not part of a draft: they are taken from `kept` (the forms of the previous thread).
 */
export function restoreForm(draft: CommentDraft | undefined, maxLength: number, kept?: Pick<FormState, 'email' | 'website'>): FormState {
  const state: FormState = {
    author: draft?.author ?? '',
    email: kept?.email ?? '',
    website: kept?.website ?? '',
    main: newComposer(null, clampCharacters(draft?.body ?? '', maxLength), draft?.clientId),
  };
  if (draft?.reply) state.pendingReply = draft.reply;
  return state;
}

/** What to keep of the forms: the name, the main text with its clientId, the open reply (or the one waiting). */
export function formDraft(state: FormState): CommentDraft {
  const { main, reply } = state;
  const draft: CommentDraft = { author: state.author, body: main.body };
  if (main.body) draft.clientId = main.clientId;
  if (reply?.parentId && reply.body) draft.reply = { parentId: reply.parentId, body: reply.body, clientId: reply.clientId };
  else if (state.pendingReply) draft.reply = state.pendingReply;
  return draft;
}

/** The form named by `parentId` (null: the main one); undefined when that reply form is not open. */
export function composerOf(state: FormState, parentId: string | null): Composer | undefined {
  return parentId === null ? state.main : state.reply?.parentId === parentId ? state.reply : undefined;
}

/** Changes the form named by `parentId`; a reply form that is not open is left alone. */
export function patchComposer(state: FormState, parentId: string | null, changes: Partial<Composer>): FormState {
  if (parentId === null) return { ...state, main: { ...state.main, ...changes } };
  if (state.reply?.parentId === parentId) return { ...state, reply: { ...state.reply, ...changes } };
  return state;
}

/** Editing a field takes its error away, and the notice of the last send. */
export function clearFieldError(state: FormState, parentId: string | null, field: FormField): FormState {
  const composer = composerOf(state, parentId);
  if (!composer || (!composer.errors[field] && !composer.notice)) return state;
  const errors = { ...composer.errors };
  delete errors[field];
  return patchComposer(state, parentId, { errors, notice: undefined });
}

export function editAuthor(state: FormState, parentId: string | null, author: string): FormState {
  return clearFieldError({ ...state, author }, parentId, 'author');
}

export function editEmail(state: FormState, parentId: string | null, email: string): FormState {
  return clearFieldError({ ...state, email }, parentId, 'email');
}

/**
 * How low the remaining count is: 0 while plenty is left, then one step more at each threshold reached
 * (50, 20, 10 and none left). The counter is announced when this grows, not on every keystroke.
 */
export function lowLevel(remaining: number, max: number): number {
  const thresholds = [50, 20, 10, 0].filter((t) => t < max);
  return thresholds.filter((t) => remaining <= t).length;
}

/** A form's new text; `announce` is true when the counter has just reached a lower threshold. */
export function editBody(state: FormState, parentId: string | null, body: string, maxLength: number): { state: FormState; announce: boolean } {
  const composer = composerOf(state, parentId);
  if (!composer) return { state, announce: false };
  const errors = { ...composer.errors };
  delete errors.body;
  const level = lowLevel(maxLength - countCharacters(body), maxLength);
  return {
    state: patchComposer(state, parentId, { body, errors, notice: undefined, announcedLevel: level }),
    announce: level > composer.announcedLevel,
  };
}

/** Validation errors as the form shows them: the first error of each form field (not parentId's). */
export function fieldErrors(errors: readonly CommentFieldError[]): FieldErrors {
  const out: FieldErrors = {};
  for (const error of errors) {
    const field = error.field;
    if ((field === 'author' || field === 'email' || field === 'body') && !out[field]) out[field] = { code: error.code };
  }
  return out;
}

/**
 * Checks what the form named by `parentId` would send, with the shared rules (validateComment) and the server's
 * name and email maxima when they are stricter. Not ok when that form is not open.
 */
export function checkForm(state: FormState, parentId: string | null, limits: FormLimits): FormCheck {
  const composer = composerOf(state, parentId);
  if (!composer) return { ok: false, errors: {} };
  const result = validateComment({ author: state.author, email: state.email, body: composer.body, parentId: composer.parentId ?? undefined }, limits);
  const errors = result.ok ? [] : [...result.errors];
  const author = state.author.trim();
  if (author && countCharacters(author) > limits.authorMaxLength && !errors.some((e) => e.field === 'author')) {
    errors.push({ field: 'author', code: 'author-too-long', params: { max: limits.authorMaxLength } });
  }
  const email = state.email.trim();
  if (email.length > limits.emailMaxLength && !errors.some((e) => e.field === 'email')) {
    errors.push({ field: 'email', code: 'email-invalid' });
  }
  if (result.ok && errors.length === 0) return { ok: true, comment: result.value };
  return { ok: false, errors: fieldErrors(errors) };
}

/** The check found problems: shown under their fields, instead of what the last send said. */
export function showErrors(state: FormState, parentId: string | null, errors: FieldErrors): FormState {
  return patchComposer(state, parentId, { errors, failure: undefined, notice: undefined });
}

export function startSending(state: FormState, parentId: string | null): FormState {
  return patchComposer(state, parentId, { sending: true, errors: {}, failure: undefined, notice: undefined });
}

/**
 * The send failed. With `field` (the error is about that field), the error goes under the field with the limit
 * the server named; otherwise it is the form's failure, worded when shown. The text stays for a retry.
 */
export function sendFailed(state: FormState, parentId: string | null, error: unknown, field?: FormField): FormState {
  const params = error instanceof CommentApiError ? error.params : undefined;
  if (field && error instanceof CommentApiError) {
    return patchComposer(state, parentId, { sending: false, errors: { [field]: { code: error.code, params } } });
  }
  return patchComposer(state, parentId, { sending: false, errors: {}, failure: { error, params } });
}

/**
 * The comment was accepted: its form starts afresh (a new clientId) with the notice of what became of it. A reply
 * form closes, its notice staying under the comment it answered; the other form keeps its text.
 */
export function sent(state: FormState, parentId: string | null, status: 'pending' | 'approved'): FormState {
  const notice = status === 'approved' ? 'posted' : 'pending';
  if (parentId === null) return { ...state, main: { ...newComposer(null), notice } };
  return { ...state, reply: { ...newComposer(parentId), notice } };
}

/**
 * "Trả lời" under the comment `parentId`: closes its reply form when it is open, else opens it there, keeping a
 * text being written in another reply form (with a new clientId: it is another reply now).
 */
export function toggleReply(state: FormState, parentId: string): { state: FormState; opened: boolean } {
  const reply = state.reply;
  if (reply?.parentId === parentId && reply.notice === undefined) return { state: closeReply(state), opened: false };
  const keep = reply && reply.notice === undefined ? reply.body : '';
  return { state: { ...state, reply: newComposer(parentId, keep), pendingReply: undefined }, opened: true };
}

export function closeReply(state: FormState): FormState {
  return { ...state, reply: undefined };
}

/** Opens the reply form of a restored reply draft once its comment (a top-level one) is among `loaded`. */
export function adoptReplyDraft(state: FormState, loaded: readonly Comment[], maxLength: number): FormState {
  const draft = state.pendingReply;
  if (!draft || !loaded.some((c) => c.id === draft.parentId && !c.parentId)) return state;
  return { ...state, pendingReply: undefined, reply: newComposer(draft.parentId, clampCharacters(draft.body, maxLength), draft.clientId) };
}
