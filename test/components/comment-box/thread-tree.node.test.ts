// The list as people read it (src/components/comment-box/thread-tree.ts): top-level comments oldest first, each
// with its replies (one level); nothing approved is hidden, nothing is shown twice.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Comment } from '../../../src/core/comments/index.js';
import { threadTree, type CommentNode } from '../../../src/components/comment-box/thread-tree.js';

let minute = 0;
function comment(id: string, parentId: string | null = null): Comment {
  const createdAt = new Date(Date.UTC(2025, 8, 22, 2, minute++)).toISOString();
  return { id, thread: 'bai-1', parentId, author: `Người ${id}`, body: `Bình luận ${id}`, createdAt, status: 'approved' };
}

/** The tree as ids: [top, [replies…]]. */
const shape = (nodes: CommentNode[]) => nodes.map((node) => [node.comment.id, node.replies.map((reply) => reply.id)]);

describe('threadTree', () => {
  it('is empty for no comments', () => {
    assert.deepEqual(threadTree([]), []);
  });

  it('keeps top-level comments in the given (posting) order, each with its replies in order', () => {
    const list = [comment('a'), comment('b'), comment('a1', 'a'), comment('c'), comment('b1', 'b'), comment('a2', 'a')];
    assert.deepEqual(shape(threadTree(list)), [
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
      ['c', []],
    ]);
  });

  it('hands back the comments themselves, not copies', () => {
    const list = [comment('a'), comment('a1', 'a')];
    const [node] = threadTree(list);
    assert.equal(node!.comment, list[0]);
    assert.equal(node!.replies[0], list[1]);
  });

  it('shows a reply whose parent is not in the list (not approved, removed, not loaded) as a top-level comment', () => {
    const list = [comment('a'), comment('x1', 'gone'), comment('a1', 'a')];
    assert.deepEqual(shape(threadTree(list)), [
      ['a', ['a1']],
      ['x1', []],
    ]);
  });

  it('shows a reply listed before its parent at the top level (only earlier comments can be parents)', () => {
    const list = [comment('early', 'late'), comment('late')];
    assert.deepEqual(shape(threadTree(list)), [
      ['early', []],
      ['late', []],
    ]);
  });

  it('goes one level deep: a reply to a reply is not nested under it', () => {
    const list = [comment('a'), comment('a1', 'a'), comment('a1x', 'a1')];
    assert.deepEqual(shape(threadTree(list)), [
      ['a', ['a1']],
      ['a1x', []],
    ]);
  });

  it('drops duplicates by id (a comment posted here and then loaded with its page), keeping the first', () => {
    const a = comment('a');
    const reply = comment('a1', 'a');
    const list = [a, reply, comment('b'), { ...a, body: 'copy' }, { ...reply, body: 'copy' }];
    const nodes = threadTree(list);
    assert.deepEqual(shape(nodes), [
      ['a', ['a1']],
      ['b', []],
    ]);
    assert.equal(nodes[0]!.comment.body, 'Bình luận a');
    assert.equal(nodes[0]!.replies[0]!.body, 'Bình luận a1');
  });

  it('does not change the list it is given', () => {
    const list = Object.freeze([comment('a'), comment('a1', 'a')]);
    assert.doesNotThrow(() => threadTree(list));
    assert.equal(list.length, 2);
  });
});
