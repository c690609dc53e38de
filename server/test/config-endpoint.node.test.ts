// GET /api/config reports the comment rules, and the configured `comments` limits are the ones POST enforces.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clientId, postJson, startApp } from './support.js';

const post = (api: string, body: string) => postJson(`${api}/threads/bai-limits/comments`, { author: 'An', body, clientId: clientId(), website: '' });

describe('GET /api/config', () => {
  it('answers the default rules, cacheable for five minutes, with CORS', async () => {
    const server = await startApp({ corsOrigins: ['https://partner.example.vn'] });
    try {
      const response = await fetch(`${server.url}/api/config`, { headers: { Origin: 'https://partner.example.vn' } });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
      assert.equal(response.headers.get('access-control-allow-origin'), 'https://partner.example.vn');
      assert.deepEqual(await response.json(), {
        comments: { minLength: 5, maxLength: 500, authorMaxLength: 80, emailMaxLength: 254, pageSize: 50, maxPageSize: 100, moderation: 'pre' },
      });

      const head = await fetch(`${server.url}/api/config`, { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(head.headers.get('cache-control'), 'public, max-age=300');
    } finally {
      await server.close();
    }
  });

  it('reports the configured limits and moderation, and POST enforces those limits', async () => {
    const server = await startApp({ moderation: 'post', comments: { minLength: 2, maxLength: 20 }, rateLimit: { perMinute: 100, perDay: 100 } });
    try {
      const api = `${server.url}/api`;
      const { comments } = await (await fetch(`${api}/config`)).json();
      assert.deepEqual([comments.minLength, comments.maxLength, comments.moderation], [2, 20, 'post']);

      const short = await post(api, 'a');
      assert.equal(short.status, 400);
      assert.deepEqual((await short.json()).error.params, { min: 2 });
      const long = await post(api, 'a'.repeat(21));
      assert.equal(long.status, 400);
      const { error } = await long.json();
      assert.equal(error.code, 'body-too-long');
      assert.deepEqual(error.params, { max: 20 });

      // Under the default 5 characters, but within this server's limits.
      assert.equal((await post(api, 'ok')).status, 201);
      assert.equal((await post(api, 'đủ hai mươi ký tự ạ.')).status, 201);
    } finally {
      await server.close();
    }
  });

  it('takes a body at a raised maxLength even when it is larger than 16 KiB', async () => {
    const server = await startApp({ comments: { maxLength: 10_000 } });
    try {
      const api = `${server.url}/api`;
      // 4000 characters of "ệ" typed as e + two combining marks: 5 bytes each, 20 000 bytes in all.
      const body = 'e\u0323\u0302'.repeat(4000);
      assert.ok(Buffer.byteLength(body) > 16 * 1024);
      assert.equal((await post(api, body)).status, 201);
      const tooLong = await post(api, 'a'.repeat(10_001));
      assert.equal((await tooLong.json()).error.code, 'body-too-long');
    } finally {
      await server.close();
    }
  });
});
