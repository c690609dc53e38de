import { expect } from '@open-wc/testing';
import { FeedError } from '../../../src/core/feed/model.js';

describe('FeedError', () => {
  it('carries its code, status and cause', () => {
    const cause = new TypeError('boom');
    const error = new FeedError('http', 'The feed server answered 404', { status: 404, cause });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('FeedError');
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.cause).to.equal(cause);
  });
});
