// SLOW (about 20-40 s): pmi serve is killed (SIGKILL, as a crash) twice in the middle of a
// campaign of 2,000 messages and started again on the same data; the SMTP server must then
// have received every message exactly once: nothing lost, nothing sent twice.
//
// A second pmi serve on the same database sends beside the first: still each message once.
// And `pmi mail run` sends for a pmi serve that does not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServer, startSmtp, Client, scalar, mailHeader, decodeHeader } from './harness.mjs';

const READERS = 2000;
const DEMO_PASSWORD = 'demo-password-2026';
let smtp, server;

before(async () => {
  smtp = await startSmtp();
  server = await startServer({ env: { PMI_SMTP_URL: smtp.url, PMI_MAILING_POSTAL_ADDRESS: '24 Clarence Street, Ottawa' } });
});

after(async () => {
  await server?.stop();
  await smtp?.stop();
});

// `count` confirmed readers of `topic`, written straight into the database.
async function readers(prefix, topic, count) {
  await scalar(server, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})
    INSERT INTO mailing_subscribers (email, email_normalized, name, language, organisation, status, created_at, confirmed_at, updated_at)
    SELECT '${prefix}' || i || '@crash.example', '${prefix}' || i || '@crash.example', 'Reader ' || i, 'en', '', 'active', 0, 0, 0 FROM n`);
  await scalar(server, `INSERT INTO mailing_subscriptions (subscriber_id, topic, state, since)
    SELECT id, '${topic}', 'active', 0 FROM mailing_subscribers WHERE email LIKE '${prefix}%'`);
}

async function sendCampaign(url, subject, topic) {
  const officer = new Client(url);
  await officer.signIn('officer@pmi.example', DEMO_PASSWORD);
  const created = await officer.postForm('/manage/mailing/campaigns', { csrf_token: await officer.formToken('/manage/mailing/campaigns'), kind: 'message' });
  const address = created.location;
  const saved = await officer.postForm(address, { csrf_token: await officer.formToken(address), subject_en: subject, body_en: `${subject}.`, languages: 'en', topics: topic });
  assert.equal(saved.status, 303, saved.text.slice(0, 500));
  const sent = await officer.postForm(`${address}/send`, { csrf_token: await officer.formToken(address) });
  assert.equal(sent.status, 303, sent.text.slice(0, 500));
  return address.split('/').pop();
}

async function receivedWith(subject) {
  return (await smtp.received()).filter(m => decodeHeader(mailHeader(m.data, 'Subject')) === subject);
}

async function waitForReceived(subject, atLeast, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const count = (await receivedWith(subject)).length;
    if (count >= atLeast) return count;
    if (Date.now() > deadline) throw new Error(`only ${count} of ${atLeast} messages received in ${timeout / 1000} s`);
    await sleep(20);
  }
}

async function settled(id, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const open = await scalar(server, `SELECT COUNT(*) FROM outbox WHERE campaign_id = ${id} AND status IN ('queued', 'sending')`);
    const status = await scalar(server, `SELECT status FROM mailing_campaigns WHERE id = ${id}`);
    if (status === 'sent' && open === '0') return;
    await sleep(200);
  }
  throw new Error(`campaign ${id} did not settle in ${timeout / 1000} s`);
}

function assertEachOnce(messages, prefix, count) {
  const perAddress = new Map();
  for (const message of messages) for (const to of message.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
  const twice = [...perAddress].filter(([, n]) => n > 1);
  const missing = [];
  for (let i = 1; i <= count; i++) if (!perAddress.has(`${prefix}${i}@crash.example`)) missing.push(i);
  assert.deepEqual(twice, [], `${twice.length} addresses received the message more than once`);
  assert.deepEqual(missing, [], `${missing.length} addresses received nothing`);
  assert.equal(messages.length, count);
}

test(`killing the server twice during a campaign of ${READERS} messages neither loses nor duplicates one`, async () => {
  await readers('killed', 'calls', READERS);
  const subject = 'A campaign interrupted twice';
  const started = Date.now();
  const id = await sendCampaign(server.url, subject, 'calls');
  const kills = [];
  for (const share of [0.2, 0.55]) {
    const before = await waitForReceived(subject, Math.round(READERS * share));
    await server.kill();
    kills.push(before);
    await server.restart();
  }
  await settled(id);
  const seconds = (Date.now() - started) / 1000;
  const messages = await receivedWith(subject);
  console.log(`# ${messages.length} messages received in ${seconds.toFixed(1)} s, the server killed after ${kills.join(' and ')}`);
  assertEachOnce(messages, 'killed', READERS);
  assert.equal(await scalar(server, `SELECT COUNT(*) FROM outbox WHERE campaign_id = ${id} AND status = 'sent'`), String(READERS));
  assert.equal(await scalar(server, `SELECT recipients FROM mailing_campaigns WHERE id = ${id}`), String(READERS));
});

test('two servers on one database send each message of a campaign once', async () => {
  await readers('shared', 'news', 600);
  const second = await server.another();
  try {
    const subject = 'A campaign sent by two servers';
    const id = await sendCampaign(second.url, subject, 'news');
    await settled(id);
    // The sink records a message a little after pmi sees it accepted: wait for them all.
    await waitForReceived(subject, 600);
    assertEachOnce(await receivedWith(subject), 'shared', 600);
  } finally {
    await second.stop();
  }
});

test('pmi mail run sends for a pmi serve that does not, and stops cleanly', async () => {
  const quiet = await startServer({ env: { PMI_SMTP_URL: smtp.url, PMI_MAILING_POSTAL_ADDRESS: 'Ottawa', PMI_MAIL_WORKER: 'false' } });
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PMI_')));
  const worker = spawn(path.resolve(process.env.PMI_BIN || 'build/pmi'), ['mail', 'run', '--data', quiet.dataDir, '--database', quiet.databaseUrl],
    { env: { ...env, PMI_LOG_LEVEL: 'warn', PMI_SMTP_URL: smtp.url, PMI_MAILING_POSTAL_ADDRESS: 'Ottawa' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  worker.stdout.on('data', chunk => { output += chunk; });
  worker.stderr.on('data', chunk => { output += chunk; });
  const exited = new Promise(resolve => worker.on('exit', (code, signal) => resolve({ code, signal })));
  try {
    const previous = server;
    server = quiet;  // readers() and settled() read this server's database
    try {
      await readers('apart', 'calls', 20);
      const subject = 'A campaign sent by pmi mail run';
      const id = await sendCampaign(quiet.url, subject, 'calls');
      await settled(id);
      await waitForReceived(subject, 20);
      assertEachOnce(await receivedWith(subject), 'apart', 20);
    } finally {
      server = previous;
    }
    worker.kill('SIGTERM');
    assert.deepEqual(await exited, { code: 0, signal: null }, output);
  } finally {
    worker.kill('SIGKILL');
    await quiet.stop();
  }
});
