// Input limits: a body announced far over the limit is refused before it is read, a form
// over its route's limit gets 413, and a multipart body with too many parts is refused;
// the server stays healthy and small throughout.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import net from 'node:net';
import { after, before, test } from 'node:test';

import { Client, startServer } from '../http/harness.mjs';

let server, admin;

before(async () => {
  server = await startServer();
  admin = new Client(server.url);
  await admin.signIn('admin@pmi.example', 'demo-password-2026');
  await admin.apiCsrf();
});
after(async () => { await server?.stop(); });

async function residentKiB() {
  const status = await readFile(`/proc/${server.pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)[1]);
}

// Sends the head of a request announcing `length` bytes and `sent` bytes of it, and
// resolves to {status, elapsed} once the server answers or closes the connection.
function announce(length, sent) {
  const { hostname, port } = new URL(server.url);
  return new Promise(resolve => {
    const started = Date.now();
    const socket = net.connect(Number(port), hostname);
    let answer = '';
    const done = () => resolve({ status: Number(answer.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0), elapsed: Date.now() - started });
    socket.on('data', chunk => { answer += chunk; });
    socket.on('close', done);
    socket.on('error', () => {});
    socket.setTimeout(10_000, () => socket.destroy());
    socket.write(`POST /sign-in HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${length}\r\n\r\n`);
    socket.write(Buffer.alloc(sent, 'a'));
  });
}

test('a 1 GiB body is refused from its Content-Length, without being read', async () => {
  const before = await residentKiB();
  const { status, elapsed } = await announce(1 << 30, 64 * 1024);
  assert.ok(status === 413 || status === 0, `answered ${status}`);
  assert.ok(elapsed < 5_000, `the connection stayed open ${elapsed} ms waiting for the body`);
  assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
  const grown = (await residentKiB()) - before;
  assert.ok(grown < 5 * 1024, `resident memory grew by ${grown} KiB`);
  console.log(`limits: a 1 GiB Content-Length was refused (${status || 'connection closed'}) in ${elapsed} ms, memory +${grown} KiB`);
});

test('a form over its route limit gets a 413 page', async () => {
  const csrf_token = await admin.formToken('/manage/news/new');
  const reply = await admin.postForm('/manage/news', { csrf_token, title_en: 'x'.repeat(2 * 1024 * 1024) });
  assert.equal(reply.status, 413);
  assert.match(reply.headers.get('content-type') ?? '', /text\/html/);
});

test('a multipart body of more parts than allowed is refused, not a server error', async () => {
  const boundary = 'pmiLimitBoundary';
  let body = '';
  for (let i = 0; i < 60; i++) body += `--${boundary}\r\nContent-Disposition: form-data; name="field${i}"\r\n\r\nx\r\n`;
  body += `--${boundary}--\r\n`;
  const reply = await admin.request('POST', '/api/v1/applications/1/files', {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-csrf-token': admin.csrf, accept: 'application/json' },
    body,
  });
  assert.ok(reply.status >= 400 && reply.status < 500, `answered ${reply.status}`);
  assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
});
