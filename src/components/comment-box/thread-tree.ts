// The comment list as people read it: top-level comments oldest first, each with its replies (one level).
import type { Comment } from '../../core/comments/index.js';

export interface CommentNode {
  comment: Comment;
  replies: Comment[];
}

/**
 * Groups `comments` (oldest first) under their parents. A reply whose parent is not in the list (not approved,
 * or removed) is shown as a top-level comment, so nothing approved is hidden. Duplicates by id are dropped.
 */
export function threadTree(comments: readonly Comment[]): CommentNode[] {
  const nodes: CommentNode[] = [];
  const byId = new Map<string, CommentNode>();
  for (const comment of comments) {
    if (byId.has(comment.id)) continue;
    const parent = comment.parentId ? byId.get(comment.parentId) : undefined;
    if (parent) {
      if (!parent.replies.some((reply) => reply.id === comment.id)) parent.replies.push(comment);
      continue;
    }
    const node = { comment, replies: [] };
    byId.set(comment.id, node);
    nodes.push(node);
  }
  return nodes;
}
