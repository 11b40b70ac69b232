// A short malformed-HTTP run: raw requests of many broken kinds (bad request lines, bare
// LF, NUL, folded, huge or too many headers, conflicting lengths, Content-Length with
// Transfer-Encoding, broken chunks, truncated bodies, pipelined bursts, bad encodings).
// The server never answers with a server error (501 aside), never dies, and answers
// /healthz promptly afterwards. PMI_MALFORMED_ROUNDS sets the rounds (default 20).
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, test } from 'node:test';

import { startServer } from '../http/harness.mjs';

let server, host, port;

before(async () => {
  server = await startServer();
  ({ hostname: host, port } = new URL(server.url));
});
after(async () => { await server?.stop(); });

const H = () => `Host: ${host}\r\n`;
const MUTATIONS = {
  'bad method': () => `G=T / HTTP/1.1\r\n${H()}\r\n`,
  'unknown method': () => `BREW / HTTP/1.1\r\n${H()}\r\n`,
  'bad version': () => `GET / HTTP/9.7\r\n${H()}\r\n`,
  'no version': () => `GET /\r\n${H()}\r\n`,
  'bare LF': () => `GET / HTTP/1.1\n${H().replace('\r', '')}\n`,
  'bare CR': () => `GET / HTTP/1.1\r${H()}\r\n`,
  'NUL in header': () => `GET / HTTP/1.1\r\n${H()}X-A: a\0b\r\n\r\n`,
  'NUL in path': () => `GET /ne\0ws HTTP/1.1\r\n${H()}\r\n`,
  'obs-fold': () => `GET / HTTP/1.1\r\n${H()}X-A: a\r\n b\r\n\r\n`,
  '64 KiB URI': () => `GET /${'a'.repeat(64 * 1024)} HTTP/1.1\r\n${H()}\r\n`,
  '200 headers': () => `GET / HTTP/1.1\r\n${H()}${Array.from({ length: 200 }, (_, i) => `X-${i}: ${i}\r\n`).join('')}\r\n`,
  '16 KiB header': () => `GET / HTTP/1.1\r\n${H()}X-Big: ${'b'.repeat(16 * 1024)}\r\n\r\n`,
  'header without colon': () => `GET / HTTP/1.1\r\n${H()}Broken header\r\n\r\n`,
  'space before colon': () => `GET / HTTP/1.1\r\n${H()}X-A : a\r\n\r\n`,
  'conflicting Content-Length': () => `POST /sign-in HTTP/1.1\r\n${H()}Content-Length: 5\r\nContent-Length: 7\r\n\r\nabcdefg`,
  'negative Content-Length': () => `POST /sign-in HTTP/1.1\r\n${H()}Content-Length: -5\r\n\r\n`,
  'huge Content-Length': () => `POST /sign-in HTTP/1.1\r\n${H()}Content-Length: 99999999999999999999\r\n\r\n`,
  'Content-Length with Transfer-Encoding': () => `POST /sign-in HTTP/1.1\r\n${H()}Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
  'bad chunk size': () => `POST /sign-in HTTP/1.1\r\n${H()}Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n`,
  'overflowing chunk size': () => `POST /sign-in HTTP/1.1\r\n${H()}Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\nabc\r\n0\r\n\r\n`,
  'truncated body': () => `POST /sign-in HTTP/1.1\r\n${H()}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nemail=a`,
  'pipelined burst': () => `GET /healthz HTTP/1.1\r\n${H()}\r\n`.repeat(50),
  'bad percent-encoding': () => `GET /news/%zz%%41%C3 HTTP/1.1\r\n${H()}\r\n`,
  'bad UTF-8': () => `GET /news/\xff\xfe\xc0\xaf HTTP/1.1\r\n${H()}\r\n`,
  'bad UTF-8 in a query': () => `GET /partners?q=%FF%FE&country=%C0%AF HTTP/1.1\r\n${H()}\r\n`,
  'bad UTF-8 in a form': () => `POST /mailing/subscribe HTTP/1.1\r\n${H()}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 27\r\n\r\nemail=%FF%40x.example&name=`,
  'bad multipart boundary': () => {
    const body = '--nope\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n';
    return `POST /api/v1/applications/1/files HTTP/1.1\r\n${H()}Content-Type: multipart/form-data; boundary=\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
  },
  'no Host': () => 'GET / HTTP/1.1\r\n\r\n',
  'absolute-form target': () => `GET http://evil.example/admin HTTP/1.1\r\n${H()}\r\n`,
};

// Framing that must be refused (RFC 9112), not served: the statuses allowed (0: closed).
const REFUSED = {
  'no Host': [400],
  'space before colon': [400, 0],
  'Content-Length with Transfer-Encoding': [400, 0],
  'conflicting Content-Length': [400, 0],
};

// Sends `raw` and resolves to the statuses of the answers read before the server closes
// or 3 s pass.
function exchange(raw) {
  return new Promise(resolve => {
    const socket = net.connect(Number(port), host);
    let answer = '';
    const finish = () => resolve([...answer.matchAll(/HTTP\/1\.[01] (\d{3})/g)].map(m => Number(m[1])));
    socket.on('data', chunk => { answer += chunk.toString('latin1'); });
    socket.on('close', finish);
    socket.on('error', () => {});
    socket.setTimeout(3_000, () => socket.destroy());
    socket.end(Buffer.from(raw, 'latin1'));
  });
}

test('malformed requests never get a server error and never stop the server', { timeout: 300_000 }, async () => {
  const rounds = Number(process.env.PMI_MALFORMED_ROUNDS ?? 20);
  const wrong = [];
  const seen = {};
  let requests = 0;
  const started = Date.now();
  for (let round = 0; round < rounds; round++) {
    await Promise.all(Object.entries(MUTATIONS).map(async ([kind, make]) => {
      const statuses = await exchange(make());
      requests++;
      (seen[kind] ??= new Set()).add(statuses[0] ?? 'closed');
      for (const status of statuses) if (status >= 500 && status !== 501) wrong.push(`${kind}: ${status}`);
      if (kind === 'Content-Length with Transfer-Encoding' && statuses.length > 1) wrong.push(`${kind}: the connection was kept (${statuses.join(', ')})`);
      const expected = REFUSED[kind];
      if (expected && !expected.includes(statuses[0] ?? 0)) wrong.push(`${kind}: ${statuses[0] ?? 'closed'}, not ${expected.join(' or ')}`);
    }));
  }
  const probe = Date.now();
  assert.equal((await fetch(`${server.url}/healthz`)).status, 200, 'the server stopped answering');
  const health = Date.now() - probe;
  console.log(`malformed HTTP: ${requests} requests of ${Object.keys(MUTATIONS).length} kinds in ${((Date.now() - started) / 1000).toFixed(1)} s, ${wrong.length} server errors, /healthz then in ${health} ms`);
  for (const [kind, statuses] of Object.entries(seen)) console.log(`  ${kind}: ${[...statuses].join(', ')}`);
  assert.deepEqual([...new Set(wrong)], []);
  assert.ok(health < 1_000, `/healthz took ${health} ms`);
  assert.equal(server.stderr().match(/AddressSanitizer|runtime error/g), null, server.stderr().slice(-3000));
});
