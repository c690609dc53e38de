// The comments under the form: a skeleton while the first page loads, the load error with a retry, the empty
// notice, or the thread (top-level comments with their replies) and the "Xem thêm bình luận" button.
import { html, nothing, type TemplateResult } from 'lit';
import type { Comment } from '../../../core/comments/index.js';
import type { LocalizeController } from '../../../internal/localize-controller.js';
import type { CommentsText } from '../send-failure.js';
import { threadTree, type CommentNode } from '../thread-tree.js';
import type { Composer } from './composer.js';
import type { MoreStatus, ThreadStatus } from './thread-controller.js';

// Two placeholder comments fit in the room the comments keep (--bantin-comments-min-height), so the box does not
// shrink when the thread turns out empty or short.
const SKELETON_COMMENTS = 2;

export interface ListView {
  status: ThreadStatus;
  moreStatus: MoreStatus;
  /** Everything to show, oldest first (replies in the same list, with parentId). */
  comments: readonly Comment[];
  hasMore: boolean;
  hasEndpoint: boolean;
  /** False in the server's HTML (bantin/ssr): its buttons do nothing without JavaScript, so they are disabled. */
  interactive: boolean;
  /** The reply form's state, under the comment it answers. */
  reply?: Composer;
  /** The thread takes no new comments: no reply buttons. */
  closed: boolean;
  t: CommentsText;
  retryText: string;
  localize: LocalizeController;
  replyForm: (composer: Composer, parent: Comment) => TemplateResult;
  on: { reload(): void; more(): void; reply(comment: Comment): void };
}

export function listTemplate(view: ListView): TemplateResult {
  const { t } = view;
  if (view.status === 'loading' || view.status === 'idle') {
    return html`<p class="visually-hidden">${t.loading}</p>
      <ol part="list" class="list" aria-hidden="true">
        ${Array.from(
          { length: SKELETON_COMMENTS },
          () =>
            html`<li class="comment">
              <div class="comment-main">
                <span class="meta"><span class="skeleton-line"></span></span>
                <p class="comment-body"><span class="skeleton-line"></span><span class="skeleton-line"></span></p>
              </div>
            </li>`,
        )}
      </ol>`;
  }
  if (view.status === 'error') {
    return html`<div part="status" class="status" data-kind="error" role="alert">
      <p>${view.hasEndpoint ? t.errors.load : t.errors.noEndpoint}</p>
      ${view.hasEndpoint ? html`<button class="button" type="button" @click=${() => view.on.reload()}>${view.retryText}</button>` : nothing}
    </div>`;
  }
  const nodes = threadTree(view.comments);
  return html`${
    nodes.length === 0
      ? html`<p part="status" class="status" data-kind="empty">${t.empty}</p>`
      : html`<ol part="list" class="list">
          ${nodes.map((node) => nodeTemplate(view, node))}
        </ol>`
  }
  ${
    view.hasMore
      ? html`<div class="footer">
          ${view.moreStatus === 'error' ? html`<p class="field-error" role="alert">${t.errors.load}</p>` : nothing}
          <button
            part="more"
            class="button"
            type="button"
            ?disabled=${!view.interactive}
            aria-disabled=${view.moreStatus === 'loading' ? 'true' : 'false'}
            @click=${() => view.on.more()}
          >
            ${view.moreStatus === 'error' ? view.retryText : t.more}
          </button>
        </div>`
      : nothing
  }`;
}

function nodeTemplate(view: ListView, node: CommentNode): TemplateResult {
  const { t } = view;
  const { comment } = node;
  const replying = !view.closed && view.reply?.parentId === comment.id ? view.reply : undefined;
  const formOpen = replying !== undefined && replying.notice === undefined;
  return html`<li part="comment" class="comment">
    ${commentTemplate(view.localize, comment)}
    ${
      view.closed
        ? nothing
        : html`<div class="comment-actions">
      <button
        part="reply"
        class="reply-button"
        type="button"
        ?disabled=${!view.interactive}
        data-reply-to=${comment.id}
        aria-expanded=${formOpen ? 'true' : 'false'}
        aria-label=${t.replyTo(comment.author)}
        @click=${() => view.on.reply(comment)}
      >
        ${t.reply}
      </button>
    </div>`
    }
    ${
      node.replies.length > 0
        ? html`<ol part="replies" class="replies" aria-label=${t.replies(comment.author)}>
            ${node.replies.map((reply) => html`<li part="comment" class="comment reply">${commentTemplate(view.localize, reply)}</li>`)}
          </ol>`
        : nothing
    }
    ${
      replying
        ? formOpen
          ? html`<div class="reply-form">${view.replyForm(replying, comment)}</div>`
          : html`<p part="notice" class="notice reply-notice" data-kind="success">${t[replying.notice!]}</p>`
        : nothing
    }
  </li>`;
}

function commentTemplate(localize: LocalizeController, comment: Comment): TemplateResult {
  const relative = localize.date(comment.createdAt, 'relative');
  const exact = localize.date(comment.createdAt);
  return html`<article class="comment-main" tabindex="-1" data-comment-id=${comment.id} aria-label=${comment.author}>
    <p class="meta">
      <span part="author" class="author">${comment.author}</span>
      ${
        relative
          ? html`<time part="date" class="date" datetime=${comment.createdAt} title=${exact} tabindex="0"
              >${relative}<span class="visually-hidden"> (${exact})</span><span class="exact" aria-hidden="true">${exact}</span></time
            >`
          : nothing
      }
    </p>
    <p part="comment-body" class="comment-body">${comment.body}</p>
  </article>`;
}
