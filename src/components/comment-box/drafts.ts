// Drafts of the comment box, per thread in localStorage: what someone wrote survives a reload, a crash or a
// failed send, and is removed once the comment is posted. Storage may be missing, full or blocked: then drafts
// simply are not kept.

export interface ReplyDraft {
  parentId: string;
  body: string;
  clientId: string;
}

export interface CommentDraft {
  author: string;
  body: string;
  /** The idempotency key of the comment being written: a send after a reload may be a retry. */
  clientId?: string;
  reply?: ReplyDraft;
}

const PREFIX = 'bantin-comment-draft:';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function readDraft(thread: string): CommentDraft | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + thread);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Record<string, unknown>;
    if (typeof value !== 'object' || value === null) return undefined;
    const draft: CommentDraft = { author: text(value.author), body: text(value.body) };
    if (typeof value.clientId === 'string') draft.clientId = value.clientId;
    const reply = value.reply as Record<string, unknown> | undefined;
    if (reply && typeof reply.parentId === 'string' && typeof reply.clientId === 'string') {
      draft.reply = { parentId: reply.parentId, body: text(reply.body), clientId: reply.clientId };
    }
    return draft;
  } catch {
    return undefined;
  }
}

/** Saves the draft; an empty one (no name, no text) is removed. */
export function writeDraft(thread: string, draft: CommentDraft): void {
  try {
    const empty = !draft.author && !draft.body && !draft.reply?.body;
    if (empty) storage()?.removeItem(PREFIX + thread);
    else storage()?.setItem(PREFIX + thread, JSON.stringify(draft));
  } catch {
    // Full or blocked storage: the draft lives only in the page.
  }
}

export function clearDraft(thread: string): void {
  try {
    storage()?.removeItem(PREFIX + thread);
  } catch {
    // Nothing to clear.
  }
}
