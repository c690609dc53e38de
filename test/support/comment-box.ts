// Helpers for the comment box tests: the real widget servers and the fault proxy of
// test/support/comments-middleware.mjs, seeding through the API, and reading the widget's shadow DOM.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { Comment, PostedComment } from '../../src/core/comments/index.js';
import '../../src/components/comment-box/define.js';
import type { BantinCommentBox } from '../../src/components/comment-box/comment-box.js';

export type Moderation = 'pre' | 'post';

// Threads and fault keys are unique per page load, so test files and reruns never share data.
const run = Math.random().toString(36).slice(2, 8);
let serial = 0;

export function newThread(name = 'bai'): string {
  return `${name}-${run}-${++serial}`;
}

export function apiBase(moderation: Moderation): string {
  return `/__comments/${moderation}/api`;
}

/** An endpoint whose POSTs go through the fault steps (see the middleware); GETs pass untouched. */
export function faultBase(moderation: Moderation, key: string, steps: string): string {
  return `/__comments/${moderation}/f/${key}/${steps}/api`;
}

export interface FaultLog {
  posts: { step: string; clientId?: string; body?: string }[];
  gets: number;
}

export async function faultLog(key: string): Promise<FaultLog> {
  return (await fetch(`/__comments/log/${key}`)).json() as Promise<FaultLog>;
}

/** Ends the faults of `key`: every later POST is forwarded. */
export async function heal(key: string): Promise<void> {
  await fetch(`/__comments/heal/${key}`);
}

let clientSerial = 0;

export async function seed(
  moderation: Moderation,
  thread: string,
  comment: { author: string; body: string; parentId?: string; email?: string },
): Promise<PostedComment> {
  const response = await fetch(`${apiBase(moderation)}/threads/${encodeURIComponent(thread)}/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...comment, clientId: `seed-${run}-${++clientSerial}`, website: '' }),
  });
  if (response.status !== 201) throw new Error(`seed failed: ${response.status} ${await response.text()}`);
  return response.json() as Promise<PostedComment>;
}

/** Seeds comments one after another (so createdAt and order are as given). */
export async function seedAll(
  moderation: Moderation,
  thread: string,
  comments: { author: string; body: string; parentId?: string }[],
): Promise<Comment[]> {
  const out: Comment[] = [];
  for (const comment of comments) out.push((await seed(moderation, thread, comment)).comment);
  return out;
}

async function adminFetch(moderation: Moderation, path: string, init: RequestInit = {}): Promise<Response> {
  const { token } = (await (await fetch(`/__comments/${moderation}/admin-token`)).json()) as { token: string };
  return fetch(`${apiBase(moderation)}/admin/comments${path}`, { ...init, headers: { Authorization: `Bearer ${token}` } });
}

/** The server's stored rows of a thread with one status, through the admin API. */
export async function adminComments(moderation: Moderation, thread: string, status: Comment['status']): Promise<Comment[]> {
  const response = await adminFetch(moderation, `?status=${status}&limit=100&thread=${encodeURIComponent(thread)}`);
  if (!response.ok) throw new Error(`admin list failed: ${response.status}`);
  return ((await response.json()) as { comments: Comment[] }).comments;
}

export async function approve(moderation: Moderation, id: string): Promise<void> {
  const response = await adminFetch(moderation, `/${id}/approve`, { method: 'POST' });
  if (!response.ok) throw new Error(`approve failed: ${response.status}`);
}

export function root(el: BantinCommentBox): ShadowRoot {
  return el.shadowRoot!;
}

export function $<T extends Element = HTMLElement>(el: BantinCommentBox, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the comment box`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: BantinCommentBox, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** True once the list (or its error/empty notice) replaced the loading skeleton. */
export function isSettled(el: BantinCommentBox): boolean {
  return !el.shadowRoot?.querySelector('ol[aria-hidden="true"]');
}

export async function settled(el: BantinCommentBox): Promise<BantinCommentBox> {
  await waitUntil(() => isSettled(el), 'the comment list did not load', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

export interface BoxOptions {
  thread: string;
  endpoint: string;
  lang?: string;
  pageSize?: number;
  maxlength?: number;
  minlength?: number;
  timeout?: number;
  theme?: string;
}

/** A comment box in the page, its first page loaded. */
export async function renderBox(options: BoxOptions): Promise<BantinCommentBox> {
  const el = await fixture<BantinCommentBox>(html`<bantin-comment-box
    thread=${options.thread}
    endpoint=${options.endpoint}
    lang=${options.lang ?? 'vi'}
    page-size=${options.pageSize ?? 20}
    maxlength=${options.maxlength ?? 500}
    minlength=${options.minlength ?? 5}
    timeout=${options.timeout ?? 15}
    theme=${options.theme ?? 'light'}
  ></bantin-comment-box>`);
  return settled(el);
}

/** Sets a field's value as typing would (input event), for long texts that sendKeys would take ages to type. */
export function fill(el: BantinCommentBox, selector: string, value: string): void {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Pastes `value` into a field at its caret, as the browser's paste does (a paste event with clipboard data). */
export function paste(el: BantinCommentBox, selector: string, value: string): void {
  const field = $<HTMLTextAreaElement>(el, selector);
  const data = new DataTransfer();
  data.setData('text/plain', value);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  if (field.dispatchEvent(event)) {
    // Nobody intervened: insert it as the browser would.
    field.setRangeText(value, field.selectionStart ?? 0, field.selectionEnd ?? 0, 'end');
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

export async function submit(el: BantinCommentBox, form = 'main'): Promise<void> {
  $<HTMLButtonElement>(el, `form:has(#${form}-body) [part="submit"]`).click();
  await el.updateComplete;
}

/** Waits until the form is no longer sending. */
export async function sent(el: BantinCommentBox, form = 'main'): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector(`form:has(#${form}-body) [part="submit"][aria-disabled="true"]`) === null, 'still sending', {
    timeout: 9000,
  });
  await el.updateComplete;
}

export function commentTexts(el: BantinCommentBox): string[] {
  return $$(el, '[part="comment-body"]').map((node) => node.textContent ?? '');
}
