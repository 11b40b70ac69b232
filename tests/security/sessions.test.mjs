// Sessions and brute force, as an attacker meets them: the session id changes at sign-in
// (no fixation), a cookie replayed after sign-out is worthless, repeated wrong passwords
// lock the account (even against the right password) with 429 and Retry-After, and the
// answers do not tell a known account from an unknown one; one address spraying
// passwords over many accounts is held for a minute.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { Client, startServer } from '../http/harness.mjs';
import { PASSWORD } from './support.mjs';

let server;

before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

const sessionOf = client => client.cookies.get('pmi_session');

async function signInForm(client, email, password) {
  const csrf_token = await client.formToken('/sign-in');
  return client.postForm('/sign-in', { csrf_token, email, password });
}

test('signing in issues a new session id, whatever cookie the visitor brought', async () => {
  const client = new Client(server.url);
  client.cookies.set('pmi_session', 'planted-by-an-attacker-0123456789abcdef');
  const reply = await signInForm(client, 'reviewer@pmi.example', PASSWORD);
  assert.equal(reply.status, 303);
  assert.ok(sessionOf(client) && sessionOf(client) !== 'planted-by-an-attacker-0123456789abcdef', 'the planted session id was kept');
  assert.ok(sessionOf(client).length >= 22, `a session id of ${sessionOf(client).length} characters is too short for 128 bits`);
  assert.equal((await client.get('/account')).status, 200);
});

test('a session cookie replayed after sign-out is refused', async () => {
  const client = new Client(server.url);
  await client.signIn('applicant@pmi.example', PASSWORD);
  const stolen = sessionOf(client);
  const csrf_token = await client.formToken('/account');
  assert.equal((await client.postForm('/sign-out', { csrf_token })).status, 303);
  const replay = new Client(server.url);
  replay.cookies.set('pmi_session', stolen);
  const reply = await replay.get('/account');
  assert.equal(reply.status, 303);
  assert.match(reply.location ?? '', /^\/sign-in/);
});

test('wrong passwords lock the account after at most 10 tries, against the right one too, with Retry-After', async () => {
  const client = new Client(server.url);
  let evaluated = 0;
  let locked = null;
  for (let attempt = 1; attempt <= 15 && !locked; attempt++) {
    const reply = await signInForm(client, 'partner.es@pmi.example', `wrong-password-${attempt}`);
    if (reply.status === 429) locked = reply;
    else { assert.equal(reply.status, 401, `attempt ${attempt}`); evaluated++; }
  }
  assert.ok(locked, 'no lockout after 15 wrong passwords');
  assert.ok(evaluated <= 10, `${evaluated} wrong passwords were evaluated before the lockout`);
  assert.match(locked.headers.get('retry-after') ?? '', /^\d+$/, 'a 429 without Retry-After');
  const right = await signInForm(client, 'partner.es@pmi.example', PASSWORD);
  assert.equal(right.status, 429, 'the right password got through during the lockout');
  console.log(`brute force: locked after ${evaluated} wrong passwords; the right one is refused during the lockout`);
});

test('a wrong password answers alike for a known and an unknown account', async () => {
  const known = await signInForm(new Client(server.url), 'officer@pmi.example', 'not-the-password');
  const unknown = await signInForm(new Client(server.url), 'nobody.here@pmi.example', 'not-the-password');
  assert.equal(known.status, unknown.status);
  const message = html => (html.match(/role="alert"[\s\S]*?<\/(div|p|section)>/) ?? [''])[0].replace(/nobody\.here|officer/g, '');
  assert.ok(message(known.text).length > 20, `no alert in the answer:\n${known.text.slice(0, 500)}`);
  assert.equal(message(known.text), message(unknown.text));
});

// Last in this file: it leaves the loopback address held for a minute.
test('one address trying many accounts is held after at most 30 failures a minute, even with a right password', async () => {
  let evaluated = 0;
  let held = null;
  for (let account = 1; account <= 40 && !held; account++) {
    const reply = await signInForm(new Client(server.url), `spray-${account}@pmi.example`, 'Spring2026!');
    if (reply.status === 429) held = reply;
    else { assert.equal(reply.status, 401, `account ${account}`); evaluated++; }
  }
  assert.ok(held, 'no hold after 40 accounts tried from one address');
  assert.ok(evaluated <= 30, `${evaluated} sign-ins were evaluated before the hold`);
  assert.equal(held.headers.get('retry-after'), '60');
  assert.match(held.text, /network/);
  const right = await signInForm(new Client(server.url), 'reviewer@pmi.example', PASSWORD);
  assert.equal(right.status, 429, 'a right password got through from a held address');
  console.log(`address limit: held after ${evaluated} failed sign-ins on distinct accounts (with earlier failures of this file in the same minute)`);
});
