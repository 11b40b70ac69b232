// Malformed HTTP (plan 4.2): raw requests of many broken kinds (bad request lines, bare
// LF, NUL, folded, huge or too many headers, conflicting or invalid lengths, Content-Length
// with Transfer-Encoding, broken chunks, truncated bodies, pipelined bursts, bad encodings,
// bad multipart boundaries). The server never answers with a server error (501 aside),
// never dies, refuses ambiguous framing and closes the connection, and afterwards answers
// /healthz promptly with no more open files or memory than before.
//   PMI_MALFORMED_ROUNDS    rounds of every kind, for the short run (default 20)
//   PMI_MALFORMED_REQUESTS  requests to send in all instead, for the full-length run
//                           (make check: 50000)
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, test } from 'node:test';

import { startServer } from '../http/harness.mjs';
import { processUsage, settledUsage } from './process_usage.mjs';

let server, host, port;

// A sanitizer build holds up to 256 MiB of freed memory back to catch uses after free: that
// would read as growth here, so this server holds 4 MiB.
const ASAN_OPTIONS = [process.env.ASAN_OPTIONS, 'quarantine_size_mb=4'].filter(Boolean).join(':');

before(async () => {
  server = await startServer({ env: { ASAN_OPTIONS } });
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
  'non-numeric Content-Length': () => `POST /sign-in HTTP/1.1\r\n${H()}Content-Length: 12abc\r\n\r\nabc`,
  'Content-Length list': () => `POST /sign-in HTTP/1.1\r\n${H()}Content-Length: 3, 3\r\n\r\nabc`,
  'negative Content-Length': () => `POST /sign-in HTTP/1.1\r\n${H()}Content-Length: -5\r\n\r\n`,
  'huge Content-Length': () => `POST /sign-in HTTP/1.1\r\n${H()}Content-Length: 99999999999999999999\r\n\r\n`,
  'Transfer-Encoding not ending in chunked': () => `POST /sign-in HTTP/1.1\r\n${H()}Transfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n`,
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

// Framing that must be refused with a 400, and the connection closed (RFC 9112 sections
// 3.2, 5.1, 6.1, 6.3).
const REFUSED = {
  'no Host': [400],
  'space before colon': [400],
  'Content-Length with Transfer-Encoding': [400],
  'conflicting Content-Length': [400],
  'non-numeric Content-Length': [400],
  'negative Content-Length': [400],
  'huge Content-Length': [400],
  'Transfer-Encoding not ending in chunked': [400],
};
const KINDS = Object.keys(MUTATIONS);
const FULL_LENGTH = process.env.PMI_MALFORMED_REQUESTS !== undefined;
const REQUESTS = Number(process.env.PMI_MALFORMED_REQUESTS ?? Number(process.env.PMI_MALFORMED_ROUNDS ?? 20) * KINDS.length);

// Sends `raw` and resolves to {statuses, lines, closed}: the status of each answer, each
// answer's first line, and whether the server closed the connection within 3 s. A refused
// request is sent without closing our side, so that only the server's close counts; the
// others half-close at once, so the server is not left waiting for more.
function exchange(raw, { waitForClose = false } = {}) {
  return new Promise(resolve => {
    const socket = net.connect(Number(port), host);
    let answer = '', closed = false;
    const finish = () => {
      const lines = [...answer.matchAll(/HTTP\/1\.[01] \d{3}[^\r\n]*/g)].map(m => m[0]);
      resolve({ statuses: lines.map(line => Number(line.slice(9, 12))), lines, startsWell: answer === '' || /^HTTP\/1\.[01] [1-5]\d\d /.test(answer), closed });
    };
    socket.on('data', chunk => { answer += chunk.toString('latin1'); });
    socket.on('end', () => { closed = true; });
    socket.on('close', finish);
    socket.on('error', () => { closed = true; });
    socket.setTimeout(3_000, () => socket.destroy());
    if (waitForClose) socket.write(Buffer.from(raw, 'latin1'));
    else socket.end(Buffer.from(raw, 'latin1'));
  });
}

// What went wrong with one exchange of `kind`, if anything.
function problems(kind, { statuses, startsWell, closed }) {
  const found = [];
  if (!startsWell) found.push(`${kind}: an answer that is not an HTTP status line`);
  for (const status of statuses) if (status >= 500 && status !== 501) found.push(`${kind}: ${status}`);
  const expected = REFUSED[kind];
  if (!expected) return found;
  if (!expected.includes(statuses[0] ?? 0)) found.push(`${kind}: ${statuses[0] ?? 'closed with no answer'}, not ${expected.join(' or ')}`);
  if (statuses.length > 1) found.push(`${kind}: the connection was kept (${statuses.join(', ')})`);
  if (!closed) found.push(`${kind}: the connection was left open`);
  return found;
}

test(`${REQUESTS} malformed requests never get a server error and never stop the server`, { timeout: 3_600_000 }, async () => {
  // One round of every kind first, so that the memory and files counted as the baseline
  // are those of a server that has already met every kind once.
  await Promise.all(KINDS.map(kind => exchange(MUTATIONS[kind](), { waitForClose: kind in REFUSED })));
  const baseline = await settledUsage(server.pid, 0, 1000);
  const wrong = [];
  const seen = Object.fromEntries(KINDS.map(kind => [kind, { sent: 0, statuses: new Set(), fiveHundreds: 0 }]));
  let next = 0;
  const started = Date.now();
  // As many connections at once as there are kinds, each taking the next request to send.
  await Promise.all(KINDS.map(async () => {
    for (let i = next++; i < REQUESTS; i = next++) {
      const kind = KINDS[i % KINDS.length];
      const reply = await exchange(MUTATIONS[kind](), { waitForClose: kind in REFUSED });
      const tally = seen[kind];
      tally.sent++;
      tally.statuses.add(reply.statuses[0] ?? 'closed');
      tally.fiveHundreds += reply.statuses.filter(status => status >= 500).length;
      wrong.push(...problems(kind, reply));
    }
  }));
  const seconds = (Date.now() - started) / 1000;
  const probe = performance.now();
  assert.equal((await fetch(`${server.url}/healthz`)).status, 200, 'the server stopped answering');
  const health = performance.now() - probe;
  const usage = await settledUsage(server.pid, baseline.fds + 5);
  const serverErrors = Object.values(seen).reduce((sum, tally) => sum + tally.fiveHundreds, 0);
  const growthMiB = (usage.rssKiB - baseline.rssKiB) / 1024;
  console.log(`malformed HTTP: ${REQUESTS} requests of ${KINDS.length} kinds in ${seconds.toFixed(1)} s, 5xx seen ${serverErrors}, ` +
    `/healthz ${health.toFixed(0)} ms, fds ${baseline.fds}→${usage.fds}, RSS +${growthMiB.toFixed(1)} MiB`);
  for (const [kind, tally] of Object.entries(seen)) console.log(`  ${kind}: ${tally.sent} sent, answered ${[...tally.statuses].join(', ')}`);
  assert.deepEqual([...new Set(wrong)], []);
  assert.ok(health < (FULL_LENGTH ? 100 : 1_000), `/healthz took ${health.toFixed(0)} ms`);
  assert.ok(usage.fds <= baseline.fds + 5, `the server holds ${usage.fds} files, ${baseline.fds} before`);
  assert.ok(growthMiB < 20, `the server's memory grew by ${growthMiB.toFixed(1)} MiB`);
  assert.equal(server.stderr().match(/AddressSanitizer|runtime error/g), null, server.stderr().slice(-3000));
});
