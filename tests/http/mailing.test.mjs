// The distribution list over HTTP, with a real SMTP server: subscribe from a page's footer,
// confirm from the mail received, receive a campaign (both parts, the identification, the
// List-Unsubscribe headers), unsubscribe from its links without signing in, and nothing more
// arrives. Bad input, CSRF, roles, export and erasure, the JSON API, and two servers on one
// database sending each message once.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  startServer, startSmtp, Client, uniqueEmail, scalar, csrfFromHtml, pathOf, findLink, mailHeader, mailPart, decodeHeader,
} from './harness.mjs';

const DEMO_PASSWORD = 'demo-password-2026';
const POSTAL_ADDRESS = '24 Clarence Street, Ottawa, Ontario K1N 5P3';
let smtp, server;

before(async () => {
  smtp = await startSmtp();
  server = await startServer({ env: { PMI_SMTP_URL: smtp.url, PMI_MAILING_POSTAL_ADDRESS: POSTAL_ADDRESS } });
});

after(async () => {
  if (server) assert.equal((await server.stop()).code, 0);
  await smtp?.stop();
});

async function signedIn(email, on = server) {
  const client = new Client(on.url);
  await client.signIn(email, DEMO_PASSWORD);
  return client;
}

// Subscribes through the footer form of /news; resolves to the confirmation mail received.
async function subscribe(email, { topics = ['calls', 'news'], language = 'fr' } = {}) {
  const reader = new Client(server.url);
  const csrf_token = await reader.formToken('/news');
  const reply = await reader.postForm('/mailing/subscribe', [
    ['csrf_token', csrf_token], ['email', email], ['name', 'Awa Ouédraogo'], ['organisation', 'Commune de Koudougou'],
    ['language', language], ['shown_in', 'en'], ['consent', 'yes'], ...topics.map(t => ['topics', t]),
  ]);
  assert.equal(reply.status, 303, reply.text.slice(0, 400));
  assert.match(reply.location, /notice=subscription-requested/);
  const [mail] = await smtp.waitFor(m => m.to.includes(email), `confirmation to ${email}`);
  return { reader, mail };
}

async function confirm(email, mail) {
  const reader = new Client(server.url);
  const link = findLink(mailPart(mail.data, 'text/plain'), '/mailing/confirm?token=');
  const page = await reader.get(pathOf(link));
  assert.equal(page.status, 200);
  const token = new URL(link).searchParams.get('token');
  const done = await reader.postForm('/mailing/confirm', { csrf_token: csrfFromHtml(page.text), token });
  assert.equal(done.status, 200, done.text.slice(0, 400));
  assert.match(done.text, new RegExp(email.replace(/[.+]/g, '\\$&')));
  return reader;
}

// Waits until the campaign's messages are queued and none is waiting or being sent.
async function settled(id, on = server) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const status = await scalar(on, `SELECT status FROM mailing_campaigns WHERE id = ${id}`);
    const open = await scalar(on, `SELECT COUNT(*) FROM outbox WHERE campaign_id = ${id} AND status IN ('queued', 'sending')`);
    if (status === 'sent' && open === '0') return;
    await sleep(100);
  }
  throw new Error(`campaign ${id} did not settle in 20 s`);
}

// Writes, saves and sends a campaign to `topics`; resolves to its id.
async function sendCampaign(officer, { subject, topics = ['calls'] }) {
  const created = await officer.postForm('/manage/mailing/campaigns', { csrf_token: await officer.formToken('/manage/mailing/campaigns'), kind: 'message' });
  assert.equal(created.status, 303, created.text.slice(0, 400));
  const address = created.location;
  const id = address.split('/').pop();
  const saved = await officer.postForm(address, [
    ['csrf_token', await officer.formToken(address)],
    ['subject_en', subject], ['body_en', `**${subject}**: read it on the site.`],
    ['subject_fr', `${subject} (édition française)`], ['body_fr', `**${subject}** : lisez-le sur le site.`],
    ['languages', 'en'], ['languages', 'fr'], ...topics.map(t => ['topics', t]),
  ]);
  assert.equal(saved.status, 303, saved.text.slice(0, 800));
  const sent = await officer.postForm(`${address}/send`, { csrf_token: await officer.formToken(address) });
  assert.equal(sent.status, 303, sent.text.slice(0, 800));
  return id;
}

describe('a reader', () => {
  const email = uniqueEmail('reader');
  let campaignMail;

  test('subscribes from the footer and confirms from the mail received', async () => {
    const { mail } = await subscribe(email);
    assert.equal(decodeHeader(mailHeader(mail.data, 'Subject')), 'Confirmez votre abonnement');
    assert.match(mailPart(mail.data, 'text/plain'), new RegExp(POSTAL_ADDRESS));
    assert.equal(await scalar(server, `SELECT status FROM mailing_subscribers WHERE email = '${email}'`), 'pending');
    await confirm(email, mail);
    assert.equal(await scalar(server, `SELECT status FROM mailing_subscribers WHERE email = '${email}'`), 'active');
    assert.equal(await scalar(server, `SELECT COUNT(*) FROM mailing_consent_events e JOIN mailing_subscribers s ON s.id = e.subscriber_id
      WHERE s.email = '${email}' AND e.action = 'grant' AND e.method = 'confirmed_link' AND e.wording_hash IS NOT NULL`), '2');
  });

  test('receives a campaign with both parts, the sender identified and the unsubscribe headers', async () => {
    const officer = await signedIn('officer@pmi.example');
    await sendCampaign(officer, { subject: 'Un appel est ouvert à Koudougou' });
    [campaignMail] = await smtp.waitFor(m => m.to.includes(email) && /Koudougou/.test(decodeHeader(mailHeader(m.data, 'Subject'))), 'campaign');
    const data = campaignMail.data;
    assert.equal(decodeHeader(mailHeader(data, 'Subject')), 'Un appel est ouvert à Koudougou (édition française)');
    assert.match(mailHeader(data, 'Message-ID'), /^<[A-Za-z0-9_-]+@pmi\.example>$/);
    assert.ok(!Number.isNaN(Date.parse(mailHeader(data, 'Date'))));
    assert.match(mailHeader(data, 'Content-Type'), /^multipart\/alternative;/);
    assert.match(mailHeader(data, 'List-Unsubscribe'), /^<http:\/\/127\.0\.0\.1:\d+\/mailing\/one-click\?token=[^>]+>$/);
    assert.equal(mailHeader(data, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
    for (const line of data.split('\r\n')) assert.ok(line.length <= 998, `a line of ${line.length} characters`);
    const text = mailPart(data, 'text/plain');
    const html = mailPart(data, 'text/html');
    assert.match(html, /<strong>Un appel est ouvert à Koudougou<\/strong>/);
    for (const part of [text, html]) {
      assert.match(part, new RegExp(POSTAL_ADDRESS), 'the mailing address');
      assert.match(part, /\/mailing\/unsubscribe\?token=/);
      assert.match(part, /\/mailing\/preferences\?token=/);
    }
  });

  test('unsubscribes from the link without signing in, and nothing more arrives', async () => {
    const text = mailPart(campaignMail.data, 'text/plain');
    const stranger = new Client(server.url);
    const page = await stranger.get(pathOf(findLink(text, '/mailing/unsubscribe?token=')));
    assert.equal(page.status, 200);
    assert.match(page.text, /Stop everything|Tout arrêter|Detener todo/);
    const preferences = await stranger.get(pathOf(findLink(text, '/mailing/preferences?token=')));
    assert.equal(preferences.status, 200);

    // RFC 8058: the mail program posts to the List-Unsubscribe address, with no cookie.
    const oneClick = mailHeader(campaignMail.data, 'List-Unsubscribe').slice(1, -1);
    const reply = await fetch(oneClick, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(reply.status, 200, await reply.text());
    assert.equal(await scalar(server, `SELECT COUNT(*) FROM mailing_subscriptions t JOIN mailing_subscribers s ON s.id = t.subscriber_id
      WHERE s.email = '${email}' AND t.topic = 'calls'`), '0');

    const officer = await signedIn('officer@pmi.example');
    const id = await sendCampaign(officer, { subject: 'Un second appel' });
    await settled(id);
    assert.equal((await smtp.received()).filter(m => m.to.includes(email) && /second/.test(decodeHeader(mailHeader(m.data, 'Subject')))).length, 0);
    const report = await officer.get(`/manage/mailing/campaigns/${id}/report`);
    assert.equal(report.status, 200);
    assert.match(report.text, /<svg class="chart"/);
  });
});

test('a message already queued is not sent once its reader has unsubscribed: consent is checked as each leaves', async () => {
  // One message a second, so that the third reader unsubscribes while theirs waits its turn.
  const paced = await startServer({ env: { PMI_SMTP_URL: smtp.url, PMI_MAILING_POSTAL_ADDRESS: POSTAL_ADDRESS, PMI_MAIL_RATE: '1' } });
  try {
    const prefix = `paced${process.pid}-`;
    await scalar(paced, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3)
      INSERT INTO mailing_subscribers (email, email_normalized, name, language, organisation, status, created_at, confirmed_at, updated_at)
      SELECT '${prefix}' || i || '@test.example', '${prefix}' || i || '@test.example', 'Reader ' || i, 'en', '', 'active', 0, 0, 0 FROM n`);
    await scalar(paced, `INSERT INTO mailing_subscriptions (subscriber_id, topic, state, since) SELECT id, 'calls', 'active', 0 FROM mailing_subscribers`);
    const id = await sendCampaign(await signedIn('officer@pmi.example', paced), { subject: 'Paced campaign' });
    await smtp.waitFor(m => m.to.includes(`${prefix}1@test.example`), 'the first message');
    const third = `${prefix}3@test.example`;
    assert.match(await scalar(paced, `SELECT status FROM outbox WHERE to_address = '${third}'`), /^(queued|sending)$/,
      'the third message waits for its turn (claimed or not yet)');
    const oneClick = await scalar(paced, `SELECT list_unsubscribe FROM outbox WHERE to_address = '${third}'`);
    const reply = await fetch(oneClick, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(reply.status, 200);
    await settled(id, paced);
    assert.equal((await smtp.received()).filter(m => m.to.includes(third)).length, 0, 'nothing reached the reader who unsubscribed');
    assert.equal(await scalar(paced, `SELECT status FROM outbox WHERE to_address = '${third}'`), 'withheld');
    assert.equal((await smtp.received()).filter(m => m.to.includes(`${prefix}2@test.example`)).length, 1);
  } finally {
    await paced.stop();
  }
});

test('bad input gets a clear message and changes nothing', async () => {
  const reader = new Client(server.url);
  const before = await scalar(server, 'SELECT COUNT(*) FROM mailing_subscribers');
  const cases = [
    [{ email: 'not-an-address', name: 'A', consent: 'yes', topics: 'calls' }, /not an email address|pas une adresse|no es una dirección/i],
    [{ email: 'x@example.org\r\nBcc: all@example.org', name: 'A', consent: 'yes', topics: 'calls' }, /not an email address|pas une adresse|no es una dirección/i],
    [{ email: uniqueEmail('bad'), name: 'Awa\r\nBcc: all@example.org', consent: 'yes', topics: 'calls' }, /one line|une seule ligne|una sola línea/i],
    [{ email: uniqueEmail('bad'), name: 'Awa', topics: 'calls' }, /consent|consentement|consentimiento/i],
    [{ email: uniqueEmail('bad'), name: 'Awa', consent: 'yes', topics: 'everything' }, /topics|sujets|temas/i],
  ];
  for (const [fields, message] of cases) {
    const reply = await reader.postForm('/mailing/subscribe', { csrf_token: await reader.formToken('/mailing/subscribe'), language: 'en', ...fields });
    assert.equal(reply.status, 422, JSON.stringify(fields));
    assert.match(reply.text, message);
    assert.doesNotMatch(reply.text, /id="consent"[^>]*checked/, 'the consent box is never ticked for the reader');
  }
  assert.equal(await scalar(server, 'SELECT COUNT(*) FROM mailing_subscribers'), before);

  const tampered = await reader.get('/mailing/unsubscribe?token=v1.1.all.1800000000.0.forged');
  assert.equal(tampered.status, 422);
  assert.match(tampered.text, /not complete or was changed/);
  const forged = await fetch(`${server.url}/mailing/one-click?token=v1.1.all.1800000000.0.forged`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(forged.status, 422);

  const officer = await signedIn('officer@pmi.example');
  const created = await officer.postForm('/manage/mailing/campaigns', { csrf_token: await officer.formToken('/manage/mailing/campaigns'), kind: 'message' });
  const address = created.location;
  const injected = await officer.postForm(address, { csrf_token: await officer.formToken(address), subject_en: 'News\r\nBcc: all@example.org', body_en: 'Hello', languages: 'en', topics: 'news' });
  assert.equal(injected.status, 422);
  assert.match(injected.text, /on one line|une seule ligne|una sola línea/);
  const oversized = await officer.postForm(address, { csrf_token: await officer.formToken(address), subject_en: 'News', body_en: 'a'.repeat(110 * 1024), languages: 'en', topics: 'news' });
  assert.equal(oversized.status, 413);
  assert.match(oversized.text, /too long|trop long|demasiado largo/);
  const incomplete = await officer.postForm(`${address}/send`, { csrf_token: await officer.formToken(address) });
  assert.equal(incomplete.status, 422);
});

test('only the one-click address takes a POST without a CSRF token', async () => {
  const stranger = new Client(server.url);
  const noToken = await stranger.postForm('/mailing/unsubscribe', { token: 'v1.1.all.0.0.x', scope: 'everything' });
  assert.equal(noToken.status, 403);
  const noBody = await fetch(`${server.url}/mailing/one-click?token=x`, { method: 'POST' });
  assert.equal(noBody.status, 400);
  const preferences = await stranger.postForm('/mailing/preferences', { token: 'x', name: 'A' });
  assert.equal(preferences.status, 403);
});

test('officers run campaigns and read the list; only admins export and erase a subscriber', async () => {
  const email = uniqueEmail('record');
  const { mail } = await subscribe(email, { topics: ['news'], language: 'es' });
  await confirm(email, mail);
  const id = await scalar(server, `SELECT id FROM mailing_subscribers WHERE email = '${email}'`);
  const applicant = await signedIn('applicant@pmi.example');
  for (const page of ['/manage/mailing', '/manage/mailing/campaigns', `/manage/mailing/subscribers/${id}`])
    assert.equal((await applicant.get(page)).status, 403, page);
  const officer = await signedIn('officer@pmi.example');
  assert.equal((await officer.get(`/manage/mailing/subscribers/${id}`)).status, 200);
  assert.equal((await officer.get(`/manage/mailing/subscribers/${id}/export.json`)).status, 403);
  const erasedByOfficer = await officer.postForm(`/manage/mailing/subscribers/${id}/erase`, { csrf_token: await officer.formToken(`/manage/mailing/subscribers/${id}`), confirm: 'yes' });
  assert.equal(erasedByOfficer.status, 403);

  const admin = await signedIn('admin@pmi.example');
  const exported = await admin.get(`/manage/mailing/subscribers/${id}/export.json`);
  assert.equal(exported.status, 200);
  const record = exported.json();
  assert.equal(record.subscriber.email, email);
  assert.deepEqual(record.consent_ledger.map(e => e.action), ['request', 'grant']);
  assert.match(record.consent_ledger[0].wording.text, /withdraw|retirer|retirar/);
  const csv = await admin.get(`/manage/mailing/subscribers/${id}/export.csv`);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  const erased = await admin.postForm(`/manage/mailing/subscribers/${id}/erase`, { csrf_token: await admin.formToken(`/manage/mailing/subscribers/${id}`), confirm: 'yes' });
  assert.equal(erased.status, 303);
  assert.equal(await scalar(server, `SELECT COUNT(*) FROM mailing_subscribers WHERE email = '${email}'`), '0');
  assert.equal(await scalar(server, `SELECT COUNT(*) FROM mailing_consent_events WHERE subscriber_id = ${id}`), '0');
});

test('the JSON API subscribes readers and reports campaigns to officers', async () => {
  const client = new Client(server.url);
  await client.apiCsrf();
  const email = uniqueEmail('api');
  const reply = await client.postJson('/api/v1/mailing/subscriptions', { email, name: 'Inés Quispe', language: 'es', topics: ['news'], consent: true });
  assert.equal(reply.status, 202, reply.text);
  const refused = await client.postJson('/api/v1/mailing/subscriptions', { email, name: 'Inés', language: 'es', topics: ['news'] });
  assert.equal(refused.status, 422);
  assert.equal(refused.json().error.field, 'consent');
  assert.equal((await client.get('/api/v1/mailing/campaigns', { headers: { accept: 'application/json' } })).status, 401);
  const officer = await signedIn('officer@pmi.example');
  const campaigns = await officer.get('/api/v1/mailing/campaigns', { headers: { accept: 'application/json' } });
  assert.equal(campaigns.status, 200);
  assert.ok(campaigns.json().campaigns.length >= 1);
});

test('an admin completes the sender identity; an incomplete one stops campaigns', async () => {
  const admin = await signedIn('admin@pmi.example');
  const form = await admin.get('/manage/mailing/sender');
  assert.equal(form.status, 200);
  assert.match(form.text, new RegExp(POSTAL_ADDRESS));
  const bad = await admin.postForm('/manage/mailing/sender', { csrf_token: csrfFromHtml(form.text), name: 'Office', website: 'javascript:alert(1)' });
  assert.equal(bad.status, 422);
  const saved = await admin.postForm('/manage/mailing/sender', { csrf_token: csrfFromHtml(form.text), name: 'PMI-LED program office', postal_address: POSTAL_ADDRESS, email: 'pmi@pmi.example', website: 'https://pmi.example' });
  assert.equal(saved.status, 303);
  const officer = await signedIn('officer@pmi.example');
  assert.equal((await officer.get('/manage/mailing/sender')).status, 403);
});
