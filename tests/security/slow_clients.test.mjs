// Slow clients (plan 4.3): slowhttptest holds hundreds of connections open with headers
// sent a line at a time (slowloris), then with bodies sent a few bytes at a time, then reads
// answers a few bytes at a time, while a probe asks for /healthz on a new connection every
// second: every probe is answered within 1 s. The server cuts off a request whose headers
// or body stop coming, and at its connection cap it turns new connections away at once
// without crashing.
//   PMI_SLOW_CLIENT_SECONDS  seconds of each slowhttptest run (make check: 60); unset, the
//                            file is skipped: it is part of make check, not make test
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { startServer } from '../http/harness.mjs';

const SECONDS = Number(process.env.PMI_SLOW_CLIENT_SECONDS ?? 0);
const SKIP = !SECONDS && 'the slow-client run is part of make check: set PMI_SLOW_CLIENT_SECONDS=60';
// The limits the server must keep (plan 4.3), with a second for its timer's granularity.
const HEADER_TIMEOUT_MS = 10_000, BODY_IDLE_TIMEOUT_MS = 30_000, TIMER_SLACK_MS = 1_500;
const CAP = 50;

const servers = [];
after(async () => { for (const server of servers) await server.stop(); });

// One GET /healthz on a connection of its own: resolves to {ms, status}, status 0 when it
// failed or took over 5 s.
function probe(url) {
  const started = performance.now();
  return new Promise(resolve => {
    const request = http.get(`${url}/healthz`, { agent: false, timeout: 5_000 }, response => {
      response.resume();
      response.on('end', () => resolve({ ms: performance.now() - started, status: response.statusCode }));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve({ ms: performance.now() - started, status: 0 }));
  });
}

// Probes `url` every second until stop() is called; stop() resolves to the probes.
function probeEverySecond(url) {
  const probes = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const next = sleep(1_000);
      probes.push(await probe(url));
      await next;
    }
  })();
  return { stop: async () => { running = false; await loop; return probes; } };
}

// Runs slowhttptest with `args` against `url` for `seconds`; resolves to its CSV report
// [{second, closed, pending, connected, available}] and how it ended.
async function slowhttptest(args, url, seconds) {
  const folder = await mkdtemp(path.join(tmpdir(), 'pmi-slow-'));
  try {
    const report = path.join(folder, 'report');
    const child = spawn('slowhttptest', [...args, '-l', String(seconds), '-u', url, '-g', '-o', report], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', chunk => { output = (output + chunk).slice(-4000); });
    child.stderr.on('data', chunk => { output = (output + chunk).slice(-4000); });
    const code = await new Promise(resolve => child.on('exit', resolve));
    assert.equal(code, 0, `slowhttptest ${args.join(' ')} failed:\n${output}`);
    const rows = (await readFile(`${report}.csv`, 'utf8')).trim().split('\n').slice(1)
      .map(line => line.split(',').map(Number))
      .map(([second, closed, pending, connected, available]) => ({ second, closed, pending, connected, available }));
    return { rows, ending: output.replace(/\x1b\[[0-9;]*m/g, '').match(/Exit status:\s*(.*)/)?.[1] ?? 'no exit status' };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

// slowhttptest with `args` again and again until SECONDS have passed: it stops on its own
// once the server has closed all its connections. Resolves to {runs, connected, closed,
// endings}: the most connections it held open at once and how many the server closed.
async function slowFor(args, url) {
  const until = Date.now() + SECONDS * 1000;
  const result = { runs: 0, connected: 0, closed: 0, endings: new Set() };
  for (let left = SECONDS; left >= 5; left = Math.round((until - Date.now()) / 1000)) {
    const { rows, ending } = await slowhttptest(args, url, left);
    result.runs++;
    result.connected = Math.max(result.connected, ...rows.map(row => row.connected));
    result.closed += rows.at(-1)?.closed ?? 0;
    result.endings.add(ending);
  }
  return result;
}

// Opens a connection, sends `head`, then sends `drip` every `everyMs` (nothing if empty)
// until the server closes the connection: resolves to the milliseconds that took, or
// Infinity after `giveUpMs`.
function timeUntilClosed(url, head, { drip = '', everyMs = 2_000, giveUpMs = 60_000 } = {}) {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  return new Promise(resolve => {
    const socket = net.connect(Number(port), hostname, () => socket.write(head));
    const ticker = drip ? setInterval(() => socket.write(drip), everyMs) : null;
    const giveUp = setTimeout(() => socket.destroy(), giveUpMs);
    let closedByServer = false;
    socket.on('data', () => {});
    socket.on('end', () => { closedByServer = true; });
    socket.on('error', () => { closedByServer = true; });
    socket.on('close', () => {
      clearInterval(ticker);
      clearTimeout(giveUp);
      resolve(closedByServer ? performance.now() - started : Infinity);
    });
  });
}

// Opens a connection and sends half a request: resolves to {socket, refused} once the
// server either keeps it (after 300 ms) or closes it; 503 answers count as refused.
function halfRequest(url) {
  const { hostname, port } = new URL(url);
  return new Promise(resolve => {
    const socket = net.connect(Number(port), hostname, () => socket.write(`GET / HTTP/1.1\r\nHost: ${hostname}\r\n`));
    let answer = '';
    const kept = setTimeout(() => resolve({ socket, refused: false }), 300);
    socket.on('data', chunk => { answer += chunk; });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(kept);
      resolve({ socket, refused: answer === '' || answer.startsWith('HTTP/1.1 503') });
    });
  });
}

test('slow clients never hold the server back, and the connection cap turns clients away', { skip: SKIP, timeout: 3_600_000 }, async () => {
  const server = await startServer();
  servers.push(server);
  const { hostname } = new URL(server.url);

  // The limits themselves, measured: headers that keep trickling in, and a body that stops.
  const headerMs = await timeUntilClosed(server.url, `GET / HTTP/1.1\r\nHost: ${hostname}\r\n`, { drip: 'X-Slow: 1\r\n' });
  const bodyMs = await timeUntilClosed(server.url,
    `POST /sign-in HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nemail=`);

  const runs = [
    ['slowloris', ['-H', '-c', '500', '-i', '10', '-r', '100'], '/'],
    ['slow body', ['-B', '-c', '500', '-i', '10', '-r', '100', '-s', '8192'], '/sign-in'],
    ['slow read', ['-X', '-c', '500', '-r', '100', '-k', '3', '-n', '1', '-w', '10', '-y', '20', '-z', '32'], '/'],
  ];
  const allProbes = [];
  const lines = [];
  for (const [name, args, target] of runs) {
    const probes = probeEverySecond(server.url);
    const { runs, connected, closed, endings } = await slowFor(args, `${server.url}${target}`);
    const seen = await probes.stop();
    allProbes.push(...seen);
    const worst = Math.max(...seen.map(p => p.ms));
    lines.push(`  ${name} (slowhttptest ${args.join(' ')}, ${runs} runs in ${SECONDS} s): ${seen.length} probes, worst ${worst.toFixed(0)} ms, ` +
      `${connected} connections open at most, ${closed} closed by the server; ${[...endings].join(', ')}`);
  }

  // At the cap: a server allowing CAP connections, CAP of them taken by half requests.
  const capped = await startServer({ env: { PMI_MAX_CONNECTIONS: String(CAP) } });
  servers.push(capped);
  // All at once: the server cuts each off after its header timeout.
  const held = await Promise.all(Array.from({ length: CAP }, () => halfRequest(capped.url)));
  const extra = await Promise.all(Array.from({ length: 20 }, () => halfRequest(capped.url)));
  const refusedAtCap = extra.filter(c => c.refused).length;
  const keptBelowCap = held.filter(c => !c.refused).length;
  for (const { socket } of [...held, ...extra]) socket.destroy();
  await sleep(500);
  const afterCap = await probe(capped.url);

  const worst = Math.max(...allProbes.map(p => p.ms));
  const failed = allProbes.filter(p => p.status !== 200 || p.ms >= 1_000).length;
  const crashed = [server, capped].filter(s => /AddressSanitizer|runtime error/.test(s.stderr())).length;
  console.log(`slow clients: ${allProbes.length} probes, worst ${worst.toFixed(0)} ms, ${refusedAtCap}/20 refused at the cap, ` +
    `crash ${crashed ? 'yes' : 'none'}, header cut ${(headerMs / 1000).toFixed(1)} s, body ${(bodyMs / 1000).toFixed(1)} s`);
  console.log(`  ${failed} probes late or failed; the cap: ${CAP} connections, ${keptBelowCap} of them kept`);
  for (const line of lines) console.log(line);

  assert.ok(headerMs <= HEADER_TIMEOUT_MS + TIMER_SLACK_MS, `headers trickling in were let through for ${headerMs.toFixed(0)} ms`);
  assert.ok(bodyMs <= BODY_IDLE_TIMEOUT_MS + TIMER_SLACK_MS, `a stalled body kept its connection for ${bodyMs.toFixed(0)} ms`);
  assert.equal(failed, 0, `${failed} probes failed or took 1 s or more (worst ${worst.toFixed(0)} ms)`);
  // The harness's own health check may still hold one connection open.
  assert.ok(keptBelowCap >= CAP - 1, `only ${keptBelowCap} of ${CAP} connections were kept below the cap`);
  assert.equal(refusedAtCap, 20, `${20 - refusedAtCap} connections over the cap were kept waiting`);
  assert.equal(afterCap.status, 200, 'the capped server did not answer once the connections were gone');
  assert.equal(crashed, 0, server.stderr().slice(-3000) + capped.stderr().slice(-3000));
  for (const s of [server, capped]) assert.equal((await probe(s.url)).status, 200, 'a server stopped answering');
});
