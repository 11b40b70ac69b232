// Crash durability (plan 4.12 and 4.14). Two workloads, each while the server is killed
// with SIGKILL at random moments and started again on the same data:
// - saves: applicants save their answers; afterwards every save the server acknowledged is
//   in the application's history with the text sent, none twice;
// - submissions: clients each start an application, attach a letter (a PDF of 1 MiB of random
//   bytes) and submit it, retrying an unanswered step with the same key (the application is
//   one per call and municipality, the file is known by its bytes and name); afterwards every
//   acknowledged submission is submitted once with one file whose bytes on disk have the
//   SHA-256 sent, and no file in the store is an orphan (the server removes at start what a
//   crash left between writing a file and committing the row that names it).
// Both end with the database's integrity checks.
//   PMI_DURABILITY_WORKLOAD     saves, submissions or both (default both)
//   PMI_DURABILITY_WRITES       acknowledged saves to reach (default 100)
//   PMI_DURABILITY_SUBMISSIONS  acknowledged submissions to reach (default 16)
//   PMI_DURABILITY_CLIENTS      clients submitting at once (default 8)
//   PMI_DURABILITY_KILLS        SIGKILLs of the server in each workload (default 3)
//   PMI_DURABILITY_PG_STOPS     immediate stops of PostgreSQL among them as well (default 0;
//                               needs a cluster started with PMI_TEST_POSTGRES_DURABLE=1, whose
//                               PMI_TEST_POSTGRES_CRASH command stops it at once and starts it)
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

import { scalar, signedInClient, startServer } from '../http/harness.mjs';

const run = promisify(execFile);
const WRITES = Number(process.env.PMI_DURABILITY_WRITES ?? 100);
const KILLS = Number(process.env.PMI_DURABILITY_KILLS ?? 3);
const PG_STOPS = Number(process.env.PMI_DURABILITY_PG_STOPS ?? 0);
const WORKLOAD = process.env.PMI_DURABILITY_WORKLOAD ?? 'both';
const SUBMISSIONS = Number(process.env.PMI_DURABILITY_SUBMISSIONS ?? 16);
const CLIENTS = Number(process.env.PMI_DURABILITY_CLIENTS ?? 8);
const FILE_BYTES = 1024 * 1024;
const APPLICANTS = ['applicant@pmi.example', 'applicant.fr@pmi.example'];

let server, up = true, interrupted = 0, swept = 0;

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
  // What the new process removed at start: the orphans of the crash.
  const removed = server.stderr().match(/removed (\d+) unfinished and (\d+) unnamed files/);
  if (removed) swept += Number(removed[1]) + Number(removed[2]);
  up = true;
}

// The SIGKILLs (and PostgreSQL stops) of one workload, spread over it: the next comes after a
// random share of the `total` acknowledged writes, and at least 0.2 s after the last restart.
async function crashesDuring(progress, total) {
  const crashes = [...Array(KILLS).fill('pmi'), ...Array(PG_STOPS).fill('postgres')].sort(() => Math.random() - 0.5);
  for (const kind of crashes) {
    const target = Math.min(total - 1, progress() + Math.ceil(Math.random() * 2 * total / (crashes.length + 1)));
    while (progress() < target) await sleep(10);
    await sleep(200 + Math.random() * 200);
    await crash(kind);
  }
}

const crashCount = () => `${KILLS} SIGKILLs, ${PG_STOPS} PostgreSQL immediate stops`;

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

test(`${WRITES} acknowledged saves survive ${KILLS} SIGKILLs${PG_STOPS ? ` and ${PG_STOPS} PostgreSQL immediate stops` : ''}`, { timeout: 3_600_000, skip: WORKLOAD === 'submissions' }, async () => {
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
  let crashed = false;
  const started = Date.now();
  const killer = crashesDuring(() => acknowledged.length, WRITES).then(() => { crashed = true; });
  const done = () => acknowledged.length >= WRITES && crashed;
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
  console.log(`durability (${server.kind}): ${lost.length} acknowledged writes lost of ${acknowledged.length}; ${crashCount()}, ${interrupted} saves cut off, ${seconds} s`);
  assert.deepEqual(lost, [], `${lost.length} acknowledged saves were lost`);
});

// A letter of support: a PDF header, then random bytes, so every file is new to the store.
function letter() {
  const bytes = randomBytes(FILE_BYTES);
  bytes.write('%PDF-1.4\n%', 0, 'latin1');
  bytes.write('\n%%EOF\n', FILE_BYTES - 7, 'latin1');
  return bytes;
}
const sha256 = bytes => createHash('sha256').update(bytes).digest('hex');

// A reply that says nothing was done for sure: the server died under it (no reply at all is
// an exception), or PostgreSQL did.
const unanswered = reply => reply.status >= 500;

// One step of a submission until the server answers it; the same request every time.
async function untilAnswered(client, step) {
  for (let attempt = 1; ; attempt++) {
    assert.ok(attempt < 500, 'a step went unanswered 500 times');
    try {
      client.baseUrl = await serverUp();
      const reply = await step();
      if (!unanswered(reply)) return reply;
      interrupted++;
    } catch (error) {
      if (error.code === 'ERR_ASSERTION') throw error;
      interrupted++;
    }
    await sleep(50);
  }
}

// Start the application of `job` (one per call and municipality), attach its letter, submit.
// Returns the application's id once the server has said it is submitted.
async function submission(client, organisation_id, job) {
  const bytes = letter();
  job.sha256 = sha256(bytes);
  const started = await untilAnswered(client, () => client.postJson(`/api/v1/calls/${job.slug}/applications`, { organisation_id }));
  const id = ok(started, 201, 'starting an application').id;
  const uploaded = await untilAnswered(client, () => {
    const form = new FormData();
    form.append('question', 'letter');
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), `letter-${job.index}.pdf`);
    return client.request('POST', `/api/v1/applications/${id}/files`, { headers: { 'x-csrf-token': client.csrf, accept: 'application/json' }, body: form });
  });
  assert.equal(ok(uploaded, 201, 'attaching the letter').sha256, job.sha256, 'the server read other bytes');
  const submitted = await untilAnswered(client, () => client.postJson(`/api/v1/applications/${id}/submit`, {}));
  // 409: an earlier submit whose reply was lost did land; the application says so.
  if (submitted.status === 409) assert.equal(ok(await client.get(`/api/v1/applications/${id}`), 200, 'the application').status, 'submitted');
  else ok(submitted, 200, 'submitting');
  return id;
}

async function listFiles(root) {
  const found = [];
  for (const folder of await readdir(root, { withFileTypes: true }).catch(() => []))
    if (folder.isDirectory()) for (const name of await readdir(path.join(root, folder.name))) found.push({ folder: folder.name, name });
  return found;
}

// Files in the store that no row names, and temporary files of an unfinished write.
async function orphanFiles() {
  const named = new Set((await scalar(server, ['application_files.sha256', 'expenses.evidence_sha256', 'in_kind_contributions.evidence_sha256',
    'measurement_evidence.sha256', 'library_resources.file_sha256', 'story_photo_sizes.sha256']
    .map(c => `SELECT ${c.split('.')[1]} FROM ${c.split('.')[0]}`).join(' UNION '))).split('\n'));
  return (await listFiles(path.join(server.dataDir, 'files'))).filter(f => !named.has(f.name)).map(f => `${f.folder}/${f.name}`);
}

test(`${SUBMISSIONS} acknowledged submissions with a 1 MiB file survive ${KILLS} SIGKILLs${PG_STOPS ? ` and ${PG_STOPS} PostgreSQL immediate stops` : ''}`, { timeout: 3_600_000, skip: WORKLOAD === 'saves' }, async () => {
  interrupted = 0;
  swept = 0;
  const officer = await signedInClient(server.url, 'officer@pmi.example');
  const now = Math.floor(Date.now() / 1000);
  // Each call takes one application from each of the two municipalities.
  const slugs = Array.from({ length: Math.ceil(SUBMISSIONS / APPLICANTS.length) }, (_, i) => `uploads-${process.pid}-${i}`);
  for (const slug of slugs) ok(await officer.postJson('/api/v1/calls', {
    slug, title: { en: 'Durability call with letters' }, description: { en: 'A call for the crash tests.' },
    countries: ['BF'], areas: ['inclusive-led'], time_zone: 'UTC',
    opens_at: now - 3600, deadline_at: now + 30 * 86400, review_due_at: now + 60 * 86400, reviews_per_application: 1,
    criteria: [{ name: { en: 'Relevance' }, weight: 100, scale_max: 5 }],
    questions: [{ code: 'letter', kind: 'file', label: { en: 'Letter of council support' }, required: true }],
  }), 201, 'creating a call');
  const jobs = Array.from({ length: SUBMISSIONS }, (_, index) => ({ index, slug: slugs[Math.floor(index / APPLICANTS.length)] }));
  const clients = [];
  for (let c = 0; c < CLIENTS; c++) {
    const email = APPLICANTS[c % APPLICANTS.length];
    const client = await signedInClient(server.url, email);
    const me = ok(await client.get('/api/v1/me'), 200, 'GET /api/v1/me');
    // A client submits for its own municipality: the jobs of the same index modulo the two.
    const own = jobs.filter(job => job.index % APPLICANTS.length === c % APPLICANTS.length);
    const share = own.filter((_, i) => i % Math.ceil(CLIENTS / APPLICANTS.length) === Math.floor(c / APPLICANTS.length));
    clients.push({ client, organisation_id: me.roles.find(r => r.role === 'applicant').organisation_id, share });
  }

  // What a crash between writing a file and committing its row leaves, planted: the next
  // start must remove both (and the count below shows the sweep at work).
  const planted = path.join(server.dataDir, 'files', 'ab');
  await mkdir(planted, { recursive: true });
  await writeFile(path.join(planted, `ab${'0'.repeat(62)}`), 'written, never named');
  await writeFile(path.join(planted, `ab${'1'.repeat(62)}.tmp-planted`), 'half written');

  const acknowledged = [];
  const started = Date.now();
  const killer = crashesDuring(() => acknowledged.length, SUBMISSIONS);
  await Promise.all([killer, ...clients.map(async ({ client, organisation_id, share }) => {
    for (const job of share) {
      job.application = await submission(client, organisation_id, job);
      acknowledged.push(job);
    }
  })]);

  const ids = acknowledged.map(job => job.application).join(',');
  const rows = new Map((await scalar(server, `SELECT a.id || '|' || a.status || '|' || COUNT(f.id) || '|' || COALESCE(MIN(f.sha256), '')
    || '|' || (SELECT COUNT(*) FROM application_versions v WHERE v.application_id = a.id AND v.event = 'submit')
    FROM applications a LEFT JOIN application_files f ON f.application_id = a.id WHERE a.id IN (${ids}) GROUP BY a.id, a.status`))
    .split('\n').filter(Boolean).map(line => line.split('|')).map(([id, ...rest]) => [Number(id), rest]));
  const lost = [], duplicates = [], mismatched = [];
  for (const job of acknowledged) {
    const [status, files, stored, submissions] = rows.get(job.application) ?? [];
    if (status !== 'submitted' || stored !== job.sha256) lost.push(`application ${job.application}: ${status} ${stored}`);
    if (Number(files) > 1 || Number(submissions) > 1) duplicates.push(`application ${job.application}: ${files} files, ${submissions} submissions`);
    const bytes = await readFile(path.join(server.dataDir, 'files', job.sha256.slice(0, 2), job.sha256)).catch(() => Buffer.alloc(0));
    if (sha256(bytes) !== job.sha256) mismatched.push(`application ${job.application}: ${job.sha256}`);
  }
  const orphans = await orphanFiles();
  await integrity();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`durability uploads (${server.kind}): ${lost.length} of ${acknowledged.length} acknowledged lost, ${duplicates.length} duplicates, ${mismatched.length} SHA-256 mismatches, ${orphans.length} orphan files; ${swept} orphans removed at restarts, ${crashCount()}, ${interrupted} requests cut off, ${seconds} s`);
  assert.deepEqual(lost, [], `${lost.length} acknowledged submissions were lost`);
  assert.deepEqual(duplicates, [], 'a submission or a file was kept twice');
  assert.deepEqual(mismatched, [], 'a stored file differs from the one sent');
  assert.deepEqual(orphans, [], 'files no row names are left in the store');
  if (KILLS + PG_STOPS) assert.ok(swept >= 2, `the restarts removed ${swept} orphans, not the 2 planted`);
});
