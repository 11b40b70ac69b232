// CASL checks (plan §2.1 and 4.17) with a real SMTP server: consent is recorded with its
// source, time, address and the wording shown; campaign mail goes only to confirmed
// readers (never to one who did not confirm or who unsubscribed); a one-click unsubscribe
// (RFC 8058) works with no sign-in and no cookie and takes effect at once; and every
// campaign message, in each language, identifies the sender and carries the unsubscribe
// link and headers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import {
  Client, csrfFromHtml, decodeHeader, findLink, mailHeader, mailPart, pathOf, scalar, signedInClient, startServer, startSmtp, uniqueEmail,
} from '../http/harness.mjs';

const SENDER = {
  PMI_MAILING_SENDER_NAME: 'PMI-LED program office',
  PMI_MAILING_POSTAL_ADDRESS: '24 Clarence Street, Ottawa, Ontario K1N 5P3',
  PMI_MAILING_CONTACT_EMAIL: 'program@pmi.example',
  PMI_MAILING_CONTACT_PHONE: '+1 613 241 5221',
};
let smtp, server, officer;
const readers = { confirmedFr: uniqueEmail('casl-fr'), confirmedEn: uniqueEmail('casl-en'), unconfirmed: uniqueEmail('casl-pending') };

before(async () => {
  smtp = await startSmtp();
  server = await startServer({ env: { PMI_SMTP_URL: smtp.url, ...SENDER } });
  officer = await signedInClient(server.url, 'officer@pmi.example');
});
after(async () => {
  await server?.stop();
  await smtp?.stop();
});

const quoted = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const rows = async sql => (await scalar(server, sql)).split('\n').filter(Boolean).map(line => line.split('|'));

// Subscribes from the footer of a page shown in `shown`, and resolves to the confirmation mail.
async function subscribe(email, language) {
  const reader = new Client(server.url);
  const csrf_token = await reader.formToken(`/news?lang=${language}`);
  const reply = await reader.postForm('/mailing/subscribe', [
    ['csrf_token', csrf_token], ['email', email], ['name', 'Reader'], ['organisation', ''], ['language', language],
    ['shown_in', language], ['consent', 'yes'], ['topics', 'calls'],
  ]);
  assert.equal(reply.status, 303, reply.text.slice(0, 400));
  const [mail] = await smtp.waitFor(m => m.to.includes(email), `the confirmation to ${email}`);
  return mail;
}

async function confirm(mail) {
  const reader = new Client(server.url);
  const link = findLink(mailPart(mail.data, 'text/plain'), '/mailing/confirm?token=');
  const page = await reader.get(pathOf(link));
  assert.equal(page.status, 200);
  const done = await reader.postForm('/mailing/confirm', { csrf_token: csrfFromHtml(page.text), token: new URL(link).searchParams.get('token') });
  assert.equal(done.status, 200, done.text.slice(0, 400));
}

// Sends a campaign in English and French to the "calls" topic and waits until every message
// has left; resolves to the messages the SMTP server received with its subject.
async function campaign(subject) {
  const created = await officer.postForm('/manage/mailing/campaigns', { csrf_token: await officer.formToken('/manage/mailing/campaigns'), kind: 'message' });
  assert.equal(created.status, 303, created.text.slice(0, 400));
  const address = created.location;
  const id = address.split('/').pop();
  const saved = await officer.postForm(address, [
    ['csrf_token', await officer.formToken(address)], ['subject_en', subject], ['body_en', `${subject}: read it on the site.`],
    ['subject_fr', `${subject} (fr)`], ['body_fr', `${subject} : lisez-le sur le site.`], ['languages', 'en'], ['languages', 'fr'], ['topics', 'calls'],
  ]);
  assert.equal(saved.status, 303, saved.text.slice(0, 400));
  assert.equal((await officer.postForm(`${address}/send`, { csrf_token: await officer.formToken(address) })).status, 303);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const open = await scalar(server, `SELECT COUNT(*) FROM outbox WHERE campaign_id = ${id} AND status IN ('queued', 'sending')`);
    if (await scalar(server, `SELECT status FROM mailing_campaigns WHERE id = ${id}`) === 'sent' && open === '0') break;
    assert.ok(Date.now() < deadline, `campaign ${id} did not finish in 30 s`);
    await sleep(100);
  }
  return (await smtp.received()).filter(m => decodeHeader(mailHeader(m.data, 'Subject')).startsWith(subject));
}

test('consent is recorded with its source, time, address and the wording shown, then confirmed', async () => {
  const before = Math.floor(Date.now() / 1000);
  const mails = {};
  for (const [who, language] of [['confirmedFr', 'fr'], ['confirmedEn', 'en'], ['unconfirmed', 'en']]) mails[who] = await subscribe(readers[who], language);
  const after = Math.ceil(Date.now() / 1000);
  const requests = await rows(`SELECT e.action, e.method, e.source, e.at, e.ip, w.language, length(w.text) FROM mailing_consent_events e
    JOIN mailing_subscribers s ON s.id = e.subscriber_id LEFT JOIN mailing_wordings w ON w.hash = e.wording_hash
    WHERE s.email = '${readers.confirmedFr}' ORDER BY e.id`);
  assert.equal(requests.length, 1, JSON.stringify(requests));
  const [action, method, source, at, ip, language, wordingLength] = requests[0];
  assert.deepEqual([action, method, source, ip, language], ['request', 'web_form', 'POST /mailing/subscribe', '127.0.0.1', 'fr']);
  assert.ok(Number(at) >= before && Number(at) <= after, `recorded at ${at}, not between ${before} and ${after}`);
  assert.ok(Number(wordingLength) > 50, 'the wording shown is kept whole');
  await confirm(mails.confirmedFr);
  await confirm(mails.confirmedEn);
  const grants = await rows(`SELECT e.method, e.wording_hash IS NOT NULL FROM mailing_consent_events e JOIN mailing_subscribers s ON s.id = e.subscriber_id
    WHERE s.email = '${readers.confirmedFr}' AND e.action = 'grant'`);
  assert.deepEqual(grants.map(g => g.join('|')), ['confirmed_link|1'].map(g => server.kind === 'sqlite' ? g : g.replace('|1', '|t')));
  console.log('CASL: consent recorded with source, time, address and wording; confirmed by link');
});

let first;
test('a campaign reaches confirmed readers only, and each message identifies the sender and how to unsubscribe', async () => {
  first = await campaign(`Call open ${process.pid}`);
  const to = first.flatMap(m => m.to).filter(address => Object.values(readers).includes(address)).sort();
  assert.deepEqual(to, [readers.confirmedEn, readers.confirmedFr].sort(), 'only the confirmed readers get the campaign');
  assert.equal(await scalar(server, `SELECT COUNT(*) FROM outbox WHERE to_address = '${readers.unconfirmed}' AND campaign_id IS NOT NULL`), '0');
  let checked = 0;
  for (const message of first) {
    assert.match(mailHeader(message.data, 'List-Unsubscribe'), /^<https?:\/\/[^>]+\/mailing\/one-click\?token=[^>]+>$/);
    assert.equal(mailHeader(message.data, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
    for (const type of ['text/plain', 'text/html']) {
      const part = mailPart(message.data, type).replace(/&amp;/g, '&');
      for (const value of Object.values(SENDER)) assert.match(part, new RegExp(quoted(value)), `${type} to ${message.to} lacks "${value}"`);
      assert.match(part, /\/mailing\/unsubscribe\?token=/, `${type} to ${message.to} has no unsubscribe link`);
      checked++;
    }
  }
  console.log(`CASL: ${first.length} campaign messages, ${checked} parts identify the sender and link to unsubscribe; 0 to the unconfirmed reader`);
});

test('one click unsubscribes without signing in, at once, and the next campaign leaves the reader out', async () => {
  const message = first.find(m => m.to.includes(readers.confirmedEn));
  const oneClick = mailHeader(message.data, 'List-Unsubscribe').slice(1, -1);
  const reply = await fetch(oneClick, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(reply.status, 200, await reply.text());
  // At once: the very next read sees the withdrawal, recorded in the ledger.
  assert.equal(await scalar(server, `SELECT COUNT(*) FROM mailing_subscriptions t JOIN mailing_subscribers s ON s.id = t.subscriber_id
    WHERE s.email = '${readers.confirmedEn}' AND t.state = 'active'`), '0');
  assert.equal(await scalar(server, `SELECT COUNT(*) FROM mailing_consent_events e JOIN mailing_subscribers s ON s.id = e.subscriber_id
    WHERE s.email = '${readers.confirmedEn}' AND e.action = 'withdraw'`), '1');
  const second = await campaign(`Second call ${process.pid}`);
  const to = second.flatMap(m => m.to).filter(address => Object.values(readers).includes(address));
  assert.deepEqual(to, [readers.confirmedFr], 'the reader who unsubscribed got the next campaign');
  console.log('CASL: one-click unsubscribe without sign-in took effect at once; the next campaign left the reader out');
});
