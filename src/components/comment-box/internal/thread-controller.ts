// The thread's comments for the comment box (the comments counterpart of src/internal/feed-controller.ts): the
// first page with the thread's count, the next pages on request, and the server's comment rules. Each request is
// a Task, so the newest wins: a changed endpoint, thread or page size aborts the one in flight, and an aborted or
// superseded answer never lands. Leaving the page aborts; coming back loads the first page again.
import { Task, TaskStatus, initialState } from '@lit/task';
import { attributesSettled } from '../../../internal/attributes-settled.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listComments, type Comment, type CommentPage } from '../../../core/comments/index.js';
import { findFirst } from '../../../core/builtins.js';
import { emit } from '../../../internal/events.js';
import { NO_ENDPOINT } from '../send-failure.js';
import { serverRules, type ServerRules } from './server-rules.js';

/** idle: not asked yet (or interrupted). loading: the first page is on its way. error: it failed (see `error`). */
export type ThreadStatus = 'idle' | 'loading' | 'loaded' | 'error';
export type MoreStatus = 'idle' | 'loading' | 'error';

/** What the host asks for, read at each update. */
export interface ThreadQuery {
  /** The comments API base; '' when none is set (the first page then fails with NO_ENDPOINT). */
  endpoint: string;
  thread: string;
  /** Comments per page as the page author gave it; 1–100, else 20. */
  pageSize: number;
  timeoutMs: number;
}

type Host = ReactiveControllerHost & HTMLElement;
type PageArgs = readonly [endpoint: string, thread: string, limit: number];

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

const queryKey = ({ endpoint, thread, pageSize }: ThreadQuery): string => JSON.stringify([endpoint, thread, pageSize]);
const isAbort = (error: unknown): boolean => (error as { name?: unknown } | null)?.name === 'AbortError';

export class CommentThreadController implements ReactiveController {
  /** The loaded pages, oldest first. */
  comments: readonly Comment[] = [];
  /** The cursor of the next page; null when there is none (or nothing is loaded). */
  next: string | null = null;
  /** All approved comments of the thread, from the first page, plus those posted here since; undefined until known. */
  count?: number;
  /** The thread takes no new comments (the first page said `closed: true`, or a post was refused as closed). */
  closed = false;

  private readonly host: Host;
  private readonly query: () => ThreadQuery;
  /** Approved comments posted here that the loaded pages do not hold yet. */
  private mine: readonly Comment[] = [];
  /** What the first page was asked with: the next pages ask the same. */
  private current?: { endpoint: string; thread: string; limit: number; timeoutMs: number };
  /** The first comment the latest "more" page added. */
  private added?: Comment;
  private interrupted = false;
  private reloadOnUpdate = false;
  /**
   * The query of a first page the server rendered (bantin/ssr), adopted without a request: shown as loaded until
   * the query changes or the list is reloaded.
   */
  private adopted?: string;

  /** The server's rules (its /config), once per endpoint; {} until known or when it cannot tell. */
  private readonly rules: Task<readonly [string], ServerRules>;
  private readonly firstPage: Task<PageArgs, CommentPage>;
  private readonly more: Task<readonly [cursor: string | null], CommentPage>;

  constructor(host: Host, query: () => ThreadQuery) {
    this.host = host;
    this.query = query;
    host.addController(this);
    this.rules = new Task(host, {
      args: () => [this.query().endpoint] as const,
      task: ([endpoint]) => (endpoint ? serverRules(endpoint, { timeoutMs: this.query().timeoutMs }) : {}),
    });
    this.firstPage = new Task(host, {
      args: (): PageArgs => {
        const { endpoint, thread, pageSize } = this.query();
        return [endpoint, thread, this.pageLimit(pageSize)];
      },
      task: async ([endpoint, thread, limit], { signal }) => {
        this.start(endpoint, thread, limit);
        if (!endpoint) throw NO_ENDPOINT;
        // The page's own scripts may still set `thread` (it defaults to the page's URL): ask once, for theirs.
        await attributesSettled();
        signal.throwIfAborted();
        const page = await listComments(endpoint, thread, null, { signal, limit, timeoutMs: this.current!.timeoutMs });
        signal.throwIfAborted();
        return page;
      },
      onComplete: (page) => this.takeFirstPage(page),
      onError: (error) => this.failed(error),
    });
    this.more = new Task(host, {
      autoRun: false,
      task: async ([cursor], { signal }) => {
        const current = this.current;
        if (!cursor || !current) return initialState;
        const { endpoint, thread, limit, timeoutMs } = current;
        const page = await listComments(endpoint, thread, cursor, { signal, limit, timeoutMs });
        signal.throwIfAborted();
        return page;
      },
      onComplete: (page) => {
        const known = new Set(this.comments.map((c) => c.id));
        this.added = findFirst(page.comments, (c) => !known.has(c.id));
        this.comments = [...this.comments, ...page.comments];
        this.next = page.next;
      },
      onError: (error) => this.failed(error),
    });
  }

  get status(): ThreadStatus {
    if (this.adopted !== undefined) return 'loaded';
    switch (this.firstPage.status) {
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.COMPLETE:
        return 'loaded';
      case TaskStatus.ERROR:
        return isAbort(this.firstPage.error) ? 'idle' : 'error';
      default:
        return 'idle';
    }
  }

  /** Why the first page failed: a CommentApiError, or NO_ENDPOINT. */
  get error(): unknown {
    return this.status === 'error' ? this.firstPage.error : undefined;
  }

  get moreStatus(): MoreStatus {
    const { status, error } = this.more;
    return status === TaskStatus.PENDING ? 'loading' : status === TaskStatus.ERROR && !isAbort(error) ? 'error' : 'idle';
  }

  /** The server's comment rules as far as they are known. */
  get serverRules(): ServerRules {
    return this.rules.value ?? {};
  }

  /** Everything to show, oldest first: the loaded pages, then what was posted here and is not in them yet. */
  get shown(): Comment[] {
    const known = new Set(this.comments.map((c) => c.id));
    return [...this.comments, ...this.mine.filter((c) => !known.has(c.id))];
  }

  /** The first page the server rendered the box with: shown as it is, for the current query, without a request. */
  adopt(page: CommentPage): void {
    const query = this.query();
    this.adopted = queryKey(query);
    this.current = { endpoint: query.endpoint, thread: query.thread, limit: this.pageLimit(query.pageSize), timeoutMs: query.timeoutMs };
    this.takeFirstPage(page);
    this.firstPage.autoRun = false;
  }

  private takeFirstPage(page: CommentPage): void {
    this.comments = page.comments;
    this.next = page.next;
    this.count = typeof page.count === 'number' ? page.count : undefined;
    this.closed = page.closed === true;
  }

  hostConnected(): void {
    this.firstPage.autoRun = this.adopted === undefined;
    if (this.interrupted) {
      this.interrupted = false;
      this.reloadOnUpdate = true;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    // Nothing is asked for while the box is not in the page; the first page is loaded again when it comes back.
    this.firstPage.autoRun = false;
    this.firstPage.abort();
    this.more.abort();
    this.interrupted = true;
  }

  hostUpdate(): void {
    // Runs before the tasks' own hostUpdate: a changed query loads its first page in this update.
    if (this.adopted !== undefined && this.adopted !== queryKey(this.query())) {
      this.adopted = undefined;
      this.firstPage.autoRun = this.host.isConnected;
    }
    if (this.reloadOnUpdate) {
      this.reloadOnUpdate = false;
      void this.firstPage.run();
    }
  }

  /** Loads the first page (and with it the count) again; resolves when it has settled. */
  reload(): Promise<void> {
    return this.firstPage.run();
  }

  /**
   * Loads the next page, unless there is none or it is on its way already. Resolves with the first comment it
   * added (for the focus to go to), or undefined when it added none, failed or was overtaken by a reload.
   */
  async loadMore(): Promise<Comment | undefined> {
    if (!this.next || this.more.status === TaskStatus.PENDING) return undefined;
    this.added = undefined;
    await this.more.run([this.next]);
    return this.more.status === TaskStatus.COMPLETE ? this.added : undefined;
  }

  /** The server refused a post because the thread is closed. */
  markClosed(): void {
    this.closed = true;
    this.host.requestUpdate();
  }

  /** A comment posted from this box and approved at once: shown (and counted) until a loaded page holds it. */
  addPosted(comment: Comment): void {
    if (comment.thread !== this.current?.thread || this.shown.some((c) => c.id === comment.id)) return;
    this.mine = [...this.mine, comment];
    if (this.count !== undefined) this.count++;
    this.host.requestUpdate();
  }

  /** Comments per page: the page author's, 1–100 (else 20), and never above what the server allows. */
  private pageLimit(pageSize: number): number {
    const size = Math.floor(Number(pageSize));
    const wanted = size >= 1 && size <= MAX_PAGE_SIZE ? size : DEFAULT_PAGE_SIZE;
    return Math.min(wanted, this.serverRules.maxPageSize ?? MAX_PAGE_SIZE);
  }

  /** A first page is asked for: what was shown goes, and a "more" on its way (or its failure) with it. */
  private start(endpoint: string, thread: string, limit: number): void {
    if (this.adopted !== undefined) {
      this.adopted = undefined;
      this.firstPage.autoRun = this.host.isConnected;
    }
    // Reloading the same thread keeps it closed meanwhile (no form flashing back); another thread starts open.
    if (this.current?.endpoint !== endpoint || this.current.thread !== thread) this.closed = false;
    this.current = { endpoint, thread, limit, timeoutMs: this.query().timeoutMs };
    this.comments = [];
    this.mine = [];
    this.next = null;
    this.count = undefined;
    if (this.more.status !== TaskStatus.INITIAL) void this.more.run([null]);
  }

  private failed(error: unknown): void {
    if (error === NO_ENDPOINT || isAbort(error)) return;
    emit(this.host, 'bantin-error', { error });
  }
}
