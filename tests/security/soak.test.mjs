// Soak (plan 4.16): the server pinned to core 0 and wrk on core 1 with tests/security/
// soak_mix.lua (80% public pages, 15% a signed-in partner's pages, 5% saves of her draft
// story with her CSRF token), 32 connections, a 10 s warm-up then the measured run. The
// server's resident memory and open files are read every second. Pass: no socket errors,
// no answer outside 2xx and 3xx, p99 under 250 ms, memory at the end within 5% of memory
// after the warm-up, open files steady within 5.
//   PMI_SOAK_SECONDS      seconds of the measured run (make check: 60 on the release build);
//                         unset, the file is skipped: it is part of make check
//   PMI_SOAK_LEAK_CHECK=1 a sanitizer build under test: what counts is that it stops with
//                         no leak reported; the timing and memory rules do not apply
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';

import { signedInClient, startServer } from '../http/harness.mjs';
import { cpuMs, sampleUsage, waitedForCpuMs } from './process_usage.mjs';

const run = promisify(execFile);
const SECONDS = Number(process.env.PMI_SOAK_SECONDS ?? 0);
const LEAK_CHECK = process.env.PMI_SOAK_LEAK_CHECK === '1';
const SKIP = !SECONDS && 'the soak is part of make check: set PMI_SOAK_SECONDS=60';
const WARM_UP_SECONDS = 10;
const MIX = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'soak_mix.lua');
const PUBLIC = ['/', '/news', '/stories', '/partners', '/countries', '/countries/BF', '/areas', '/calls', '/partnerships',
  '/map', '/events', '/networks', '/results', '/search?q=water', '/stories/a-market-day-that-starts-earlier-in-sonreba'];

let server;
after(async () => { await server?.stop(); });

// The partner's session and a draft story of hers: what soak_mix.lua needs, as environment.
async function signedInMix(url) {
  const partner = await signedInClient(url, 'partner@pmi.example');
  const market = (await partner.get('/api/v1/stories/a-market-day-that-starts-earlier-in-sonreba')).json();
  const draft = await partner.postJson(`/api/v1/partnerships/${market.partnership}/stories`, { title: { en: 'A draft for the soak' } });
  assert.equal(draft.status, 201, `starting a draft story: ${draft.text.slice(0, 300)}`);
  const signedIn = ['/account', `/partnerships/${market.partnership}`, `/stories/${draft.json().slug}/edit`, '/api/v1/me'];
  for (const page of signedIn) assert.equal((await partner.get(page)).status, 200, `GET ${page} as the partner`);
  return {
    PMI_SOAK_PUBLIC: PUBLIC.join(' '), PMI_SOAK_SIGNED_IN: signedIn.join(' '), PMI_SOAK_COOKIE: partner.cookieHeader(),
    PMI_SOAK_CSRF: partner.csrf, PMI_SOAK_DRAFT: `/api/v1/stories/${draft.json().slug}`,
  };
}

// wrk on core 1 for `seconds`: resolves to {requests, p99Ms, socketErrors, outside2xx3xx, statuses}.
async function wrk(url, seconds, mixEnv) {
  // A sanitizer build answers many times slower: wrk then waits longer before it gives up.
  const timeout = LEAK_CHECK ? ['--timeout', '30s'] : [];
  const { stdout } = await run('taskset', ['-c', '1', 'wrk', '-t1', '-c32', `-d${seconds}s`, ...timeout, '--latency', '-s', MIX, url],
    { env: { ...process.env, ...mixEnv }, timeout: (seconds + 60) * 1000, maxBuffer: 1 << 20 });
  const number = (pattern, fallback = 0) => Number(stdout.match(pattern)?.[1] ?? fallback);
  const p99 = stdout.match(/^\s*99%\s+([\d.]+)(us|ms|s)\s*$/m);
  assert.ok(p99, `no p99 in wrk's output:\n${stdout}`);
  const socket = stdout.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  return {
    output: stdout,
    requests: number(/^\s*(\d+) requests in/m),
    p99Ms: Number(p99[1]) * { us: 0.001, ms: 1, s: 1000 }[p99[2]],
    socketErrors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    outside2xx3xx: number(/Non-2xx or 3xx responses: (\d+)/),
    statuses: Object.fromEntries([...stdout.matchAll(/^status (\d+) (\d+)$/gm)].map(m => [m[1], Number(m[2])])),
  };
}

test(`soak: ${SECONDS} s of wrk after a ${WARM_UP_SECONDS} s warm-up${LEAK_CHECK ? ', then no leak at shutdown' : ''}`, { skip: SKIP, timeout: 3_600_000 }, async () => {
  server = await startServer();
  // Every thread of the server on core 0 (threads started later inherit it); wrk on core 1.
  await run('taskset', ['-a', '-p', '-c', '0', String(server.pid)]);
  const mixEnv = await signedInMix(server.url);

  const usage = sampleUsage(server.pid);
  const started = Date.now();
  const warmUp = await wrk(server.url, WARM_UP_SECONDS, mixEnv);
  const soakFrom = Date.now() - started;
  const [waitedBefore, cpuBefore] = [await waitedForCpuMs(server.pid), await cpuMs(server.pid)];
  const soak = await wrk(server.url, SECONDS, mixEnv);
  const soakTo = Date.now() - started;
  const waitedS = (await waitedForCpuMs(server.pid) - waitedBefore) / 1000;
  const cpuPerRequestMs = (await cpuMs(server.pid) - cpuBefore) / Math.max(1, soak.requests);
  const samples = await usage.stop();

  // Memory and files from the end of the warm-up to the end of the soak (not the moment
  // after, when wrk's connections close).
  const measured = samples.filter(s => s.atMs >= soakFrom - 500 && s.atMs <= soakTo - 500);
  const first = measured[0], last = measured.at(-1);
  const growth = (last.rssKiB - first.rssKiB) / first.rssKiB * 100;
  const fds = measured.map(s => s.fds);
  const [fdsMin, fdsMax] = [Math.min(...fds), Math.max(...fds)];
  const mib = kiB => (kiB / 1024).toFixed(1);
  const statuses = Object.entries(soak.statuses).map(([status, count]) => `${status}: ${count}`).join(', ');
  let leaks = '';
  if (LEAK_CHECK) {
    const { code, signal } = await server.stop();
    const reports = (server.stderr().match(/LeakSanitizer: detected memory leaks|ERROR: AddressSanitizer/g) ?? []).length;
    leaks = `leaks ${reports}`;
    assert.equal(reports, 0, server.stderr().slice(-6000));
    assert.equal(code, 0, `the server stopped with ${code ?? signal}:\n${server.stderr().slice(-3000)}`);
  }
  const at = sample => `${(sample.atMs / 1000).toFixed(0)} s ${mib(sample.rssKiB)}`;
  console.log(`soak (${server.kind}${LEAK_CHECK ? ', LSan' : ''}): ${soak.requests} requests, p99 ${soak.p99Ms.toFixed(1)} ms, ` +
    `RSS ${at(first)}, ${at(last)} MiB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%), fds ${fdsMin}-${fdsMax}` +
    (LEAK_CHECK ? `, ${leaks}` : ''));
  console.log(`  ${soak.socketErrors} socket errors, ${soak.outside2xx3xx} answers not 2xx or 3xx; statuses ${statuses}; ` +
    `warm-up ${warmUp.requests} requests, p99 ${warmUp.p99Ms.toFixed(1)} ms`);
  console.log(`  the server used ${cpuPerRequestMs.toFixed(2)} ms of CPU a request; its threads waited ${waitedS.toFixed(1)} s ` +
    `for a core in the ${SECONDS} s, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);

  for (const [name, result] of [['warm-up', warmUp], ['soak', soak]]) {
    assert.equal(result.socketErrors, 0, `${name}: socket errors\n${result.output}`);
    assert.equal(result.outside2xx3xx, 0, `${name}: answers outside 2xx and 3xx (${statuses})\n${result.output}`);
  }
  assert.ok(soak.requests > 0, soak.output);
  if (LEAK_CHECK) return;
  assert.ok(soak.p99Ms < 250, `p99 ${soak.p99Ms} ms\n${soak.output}`);
  assert.ok(growth < 5, `memory grew ${growth.toFixed(1)}% from ${mib(first.rssKiB)} to ${mib(last.rssKiB)} MiB`);
  assert.ok(Math.max(...fds.map(n => Math.abs(n - first.fds))) <= 5, `open files moved from ${first.fds} to between ${fdsMin} and ${fdsMax}`);
});
