// `npm start`: the demo portal on the widget server, with an admin token so comments can be moderated.
// A real deployment runs `bantin-server --config <file>` with its own BANTIN_ADMIN_TOKEN.
import { randomBytes } from 'node:crypto';

if (!process.env.BANTIN_ADMIN_TOKEN) {
  process.env.BANTIN_ADMIN_TOKEN = `demo-${randomBytes(12).toString('hex')}`;
  const token = process.env.BANTIN_ADMIN_TOKEN;
  console.log(`Demo admin token (this run only): ${token}
  moderate at /admin.html, or:  curl -H 'Authorization: Bearer ${token}' 'http://127.0.0.1:${process.env.BANTIN_PORT ?? 8080}/api/admin/comments?status=pending'`);
}
process.argv = [process.argv[0], 'bantin-server', '--config', new URL('./bantin.config.json', import.meta.url).pathname];
await import('../server/bin/bantin-server.js');
