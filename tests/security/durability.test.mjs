// Crash durability (plan 4.12 and 4.14): applicants save their answers while the server is
// killed with SIGKILL at random moments and started again on the same data; afterwards
// every save the server acknowledged is in the application's history with the text sent,
// none twice, and the database passes its integrity checks.
//   PMI_DURABILITY_WRITES    acknowledged saves to reach (default 100)
//   PMI_DURABILITY_KILLS     SIGKILLs of the server among them (default 3)
//   PMI_DURABILITY_PG_STOPS  immediate stops of PostgreSQL among them as well (default 0;
//                            needs a cluster started with PMI_TEST_POSTGRES_DURABLE=1, whose
//                            PMI_TEST_POSTGRES_CRASH command stops it at once and starts it)
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

import { scalar, signedInClient, startServer } from '../http/harness.mjs';

const run = promisify(execFile);
const WRITES = Number(process.env.PMI_DURABILITY_WRITES ?? 100);
const KILLS = Number(process.env.PMI_DURABILITY_KILLS ?? 3);
const PG_STOPS = Number(process.env.PMI_DURABILITY_PG_STOPS ?? 0);
const APPLICANTS = ['applicant@pmi.example', 'applicant.fr@pmi.example'];

let server, up = true, interrupted = 0;

before(async () => {
  if (PG_STOPS) {
    assert.equal(process.env.PMI_TEST_DATABASE, 'postgres', 'PMI_DURABILITY_PG_STOPS needs PMI_TEST_DATABASE=postgres');
    assert.ok(process.env.PMI_TEST_POSTGRES_CRASH, 'PMI_DURABILITY_PG_STOPS needs a cluster from PMI_TEST_POSTGRES_DURABLE=1 scripts/with-postgres');
  }
  server = await startServer();
});
after(async () => { await server?.stop(); });

function ok(reply, status, what) {
  assert.equal(reply.status, status, `${what}: ${reply.status} ${reply.text.slice(0, 400)}`);
  return reply.json();
}

// Resolves once the server answers again after a crash (each restart has a new address).
async function serverUp() {
  while (!up) await sleep(50);
  return server.url;
}

// One applicant's saves, one after another, until `acknowledged` holds `WRITES` in all.
// A save that gets no answer (the server died under it) is retried with the same text once
// the server is back: it was not acknowledged, so whether it was kept does not count.
async function writer(client, application, label, acknowledged, done) {
  let version = null, pending = null;
  while (!done()) {
    try {
      client.baseUrl = await serverUp();
      if (version === null) version = ok(await client.get(`/api/v1/applications/${application}`), 200, 'the application').version;
      pending ??= `${label} save ${acknowledged.length + 1} ${Math.random().toString(36).slice(2, 8)}`;
      const reply = await client.postJson(`/api/v1/applications/${application}/answers`, { version, answers: { summary: pending } });
      if (reply.status === 409) { version = null; continue; } // an unacknowledged save did land: re-read
      if (reply.status >= 500 && !up) continue; // PostgreSQL stopped under it: not acknowledged
      version = ok(reply, 200, 'saving').version;
      acknowledged.push({ application, version, text: pending });
      pending = null;
    } catch (error) {
      if (error.code === 'ERR_ASSERTION') throw error;
      interrupted++;
      version = null; // no answer: the server was killed; try again when it is back
      await sleep(50);
    }
  }
}

async function crash(kind) {
  up = false;
  if (kind === 'postgres') await run(process.env.PMI_TEST_POSTGRES_CRASH, [], { timeout: 120_000 });
  await server.kill();
  await server.restart();
  up = true;
}

async function integrity() {
  if (server.kind === 'sqlite') {
    assert.equal(await scalar(server, 'PRAGMA integrity_check'), 'ok');
    assert.equal(await scalar(server, 'PRAGMA foreign_key_check'), '');
  } else {
    assert.equal(await scalar(server, 'SELECT COUNT(*) FROM application_versions v LEFT JOIN applications a ON a.id = v.application_id WHERE a.id IS NULL'), '0');
    // After PostgreSQL crashes, every table and index checked page by page (amcheck exits
    // non-zero on corruption); a SIGKILL of pmi alone cannot touch PostgreSQL's pages.
    if (!PG_STOPS) return;
    const amcheck = `${process.env.PGBIN ?? '/usr/lib/postgresql/15/bin'}/pg_amcheck`;
    await run(amcheck, ['--install-missing', '--heapallindexed', '--no-dependent-toast', server.databaseUrl], { timeout: 300_000 });
  }
}

test(`${WRITES} acknowledged saves survive ${KILLS} SIGKILLs${PG_STOPS ? ` and ${PG_STOPS} PostgreSQL immediate stops` : ''}`, { timeout: 3_600_000 }, async () => {
  const officer = await signedInClient(server.url, 'officer@pmi.example');
  const slug = `durability-${process.pid}`;
  const now = Math.floor(Date.now() / 1000);
  ok(await officer.postJson('/api/v1/calls', {
    slug, title: { en: 'Durability call' }, description: { en: 'A call for the crash tests.' },
    countries: ['BF'], areas: ['inclusive-led'], time_zone: 'UTC',
    opens_at: now - 3600, deadline_at: now + 30 * 86400, review_due_at: now + 60 * 86400, reviews_per_application: 1,
    criteria: [{ name: { en: 'Relevance' }, weight: 100, scale_max: 5 }],
    questions: [{ code: 'summary', kind: 'text', label: { en: 'Summary' }, required: true, word_limit: 200 }],
  }), 201, 'creating the call');
  const writers = [];
  for (const email of APPLICANTS) {
    const client = await signedInClient(server.url, email);
    const me = ok(await client.get('/api/v1/me'), 200, 'GET /api/v1/me');
    const organisation_id = me.roles.find(r => r.role === 'applicant').organisation_id;
    const started = ok(await client.postJson(`/api/v1/calls/${slug}/applications`, { organisation_id }), 201, 'starting an application');
    writers.push({ client, application: started.id, label: email.split('@')[0] });
  }

  const acknowledged = [];
  const crashes = [...Array(KILLS).fill('pmi'), ...Array(PG_STOPS).fill('postgres')].sort(() => Math.random() - 0.5);
  let crashed = 0;
  const started = Date.now();
  // Crashes are spread over the writes: the next one comes after a random share of them.
  const killer = (async () => {
    for (const kind of crashes) {
      const target = Math.min(WRITES - 1, acknowledged.length + Math.ceil(Math.random() * 2 * WRITES / (crashes.length + 1)));
      while (acknowledged.length < target) await sleep(10);
      await sleep(Math.random() * 200);
      await crash(kind);
      crashed++;
    }
  })();
  const done = () => acknowledged.length >= WRITES && crashed === crashes.length;
  await Promise.all([killer, ...writers.map(w => writer(w.client, w.application, w.label, acknowledged, done))]);

  const lost = [];
  for (const { application } of writers) {
    const rows = (await scalar(server, `SELECT version || '|' || answers FROM application_versions WHERE application_id = ${application} ORDER BY version`))
      .split('\n').filter(Boolean).map(line => [Number(line.slice(0, line.indexOf('|'))), line.slice(line.indexOf('|') + 1)]);
    const kept = new Map(rows);
    assert.equal(kept.size, rows.length, 'a version was written twice');
    for (const ack of acknowledged.filter(a => a.application === application))
      if (!(kept.get(ack.version) ?? '').includes(ack.text)) lost.push(`${ack.text} (version ${ack.version})`);
  }
  await integrity();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`durability (${server.kind}): ${lost.length} acknowledged writes lost of ${acknowledged.length}; ${KILLS} SIGKILLs, ${PG_STOPS} PostgreSQL immediate stops, ${interrupted} saves cut off, ${seconds} s`);
  assert.deepEqual(lost, [], `${lost.length} acknowledged saves were lost`);
});
