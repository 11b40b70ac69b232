// Two-step sign-in, against a real server: administrators and program officers sign in with
// a code from an authenticator app after their password; the session exists only after the
// second step; a code works once; recovery codes work once; wrong codes lock out like wrong
// passwords; an officer without a second factor can do nothing but set one up; another
// administrator can reset it. Every change leaves an audit entry.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  Client, csrfFromHtml, expectStatus, pendingTokenFromHtml, runPmi, scalar, signedInClient, startServer, uniqueEmail,
} from './harness.mjs';
import { codeForStep, currentStep, nextCode } from '../support/totp.mjs';

const DEMO_PASSWORD = 'demo-password-2026';
const PASSWORD = 'quartz-meadow-lantern-5821';

// Posts the password step; returns the reply (the second-step form, for these accounts).
async function passwordStep(client, email, password = DEMO_PASSWORD) {
  const csrf_token = await client.formToken('/sign-in');
  return client.postForm('/sign-in', { csrf_token, email, password });
}

function secondStep(client, page, code) {
  return client.postForm('/sign-in/two-factor', {
    csrf_token: csrfFromHtml(page.text), pending_token: pendingTokenFromHtml(page.text), code,
  });
}

function secretFrom(html) {
  const secret = html.match(/<code class="secret">([A-Z2-7]{32})<\/code>/)?.[1];
  assert.ok(secret, `no secret on the page: ${html.slice(0, 400)}`);
  return secret;
}

function recoveryCodesFrom(html) {
  return [...html.matchAll(/<li><code>([a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4})<\/code><\/li>/g)].map(m => m[1]);
}

async function auditCount(server, action, entityId) {
  return Number(await scalar(server, `SELECT COUNT(*) FROM audit_log WHERE action = '${action}' AND entity_id = '${entityId}'`));
}

async function userId(server, email) {
  return scalar(server, `SELECT id FROM users WHERE email = '${email}'`);
}

describe('two-step sign-in', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server?.stop(); });

  test('the demo officer gets a second step; no session exists before it; the session id is new', async () => {
    const client = new Client(server.url);
    await client.get('/');
    const page = await passwordStep(client, 'officer@pmi.example');
    assert.equal(page.status, 200, page.text.slice(0, 300));
    const pending = pendingTokenFromHtml(page.text);
    assert.ok(pending, 'no pending sign-in token in the second-step form');
    assert.ok(!client.cookies.has('pmi_session'), 'a session cookie before the second step');

    // The pending token is not a session: used as one, it opens nothing.
    const skipper = new Client(server.url);
    skipper.cookies.set('pmi_session', pending);
    const skipped = await skipper.get('/manage/calls');
    assert.equal(skipped.status, 303);
    assert.match(skipped.location ?? '', /^\/sign-in/);

    const wrong = await secondStep(client, page, '000000');
    assert.equal(wrong.status, 422);
    assert.ok(!client.cookies.has('pmi_session'));

    const code = await nextCode('officer@pmi.example');
    const done = expectStatus(await secondStep(client, page, code), 303, 'the second step');
    const session = client.cookies.get('pmi_session');
    assert.ok(session);
    assert.notEqual(session, pending, 'the session id must not be the pending token');
    expectStatus(await client.get('/manage/calls'), 200, 'an officer page after the second step');
    assert.match(done.location ?? '', /^\/account/);

    // The same code, on a new sign-in: refused.
    const again = new Client(server.url);
    const replayPage = await passwordStep(again, 'officer@pmi.example');
    const replay = await secondStep(again, replayPage, code);
    assert.equal(replay.status, 422, 'a replayed code was accepted');
    assert.match(replay.text, /already used/);
  });

  test('a used pending token cannot be used again', async () => {
    const client = new Client(server.url);
    const page = await passwordStep(client, 'admin@pmi.example');
    expectStatus(await secondStep(client, page, await nextCode('admin@pmi.example')), 303, 'the second step');
    const other = new Client(server.url);
    const reused = await other.postForm('/sign-in/two-factor', {
      csrf_token: await other.formToken('/sign-in'), pending_token: pendingTokenFromHtml(page.text),
      code: await nextCode('admin@pmi.example'),
    });
    assert.equal(reused.status, 401);
    assert.ok(!other.cookies.has('pmi_session'));
  });

  test('the JSON API has the same second step', async () => {
    const client = new Client(server.url);
    await client.apiCsrf();
    const first = expectStatus(await client.postJson('/api/v1/sign-in', { email: 'admin@pmi.example', password: DEMO_PASSWORD }), 200, 'API sign-in');
    assert.equal(first.json().second_step, 'code');
    assert.ok(!client.cookies.has('pmi_session'));
    const second = await client.postJson('/api/v1/sign-in/second-step', {
      pending_token: first.json().pending_token, code: await nextCode('admin@pmi.example'),
    });
    expectStatus(second, 200, 'API second step');
    assert.equal(second.json().user.email, 'admin@pmi.example');
    client.csrf = second.json().csrf_token;
    expectStatus(await client.get('/api/v1/me'), 200, 'me after the second step');
  });

  test('an officer without a second factor can only set one up, then signs in with it and its recovery codes', async () => {
    const email = uniqueEmail('officer');
    await runPmi(server, ['user', 'create', '--email', email, '--role', 'program_officer', '--organisation', 'Program office', '--password', PASSWORD]);
    const client = new Client(server.url);
    await client.signIn(email, PASSWORD);

    const page = await client.get('/manage/calls');
    assert.equal(page.status, 303);
    assert.match(page.location ?? '', /^\/account\/two-factor/);
    assert.equal((await client.get('/account')).status, 303, 'the account page waits too');
    const api = await client.get('/api/v1/me', { headers: { accept: 'application/json' } });
    assert.equal(api.status, 403);
    const setup = expectStatus(await client.get('/account/two-factor'), 200, 'the set-up page');
    const form = await client.postForm('/manage/news', { csrf_token: csrfFromHtml(setup.text), slug: 'x', title_en: 'X' });
    assert.equal(form.status, 403, 'a form of another page went through');

    const secret = secretFrom(setup.text);
    assert.match(setup.text, new RegExp(`otpauth://totp/PMI:[^<]*secret=${secret}`));
    const wrong = await client.postForm('/account/two-factor', { csrf_token: csrfFromHtml(setup.text), code: '000000' });
    assert.equal(wrong.status, 422);
    const confirmed = expectStatus(await client.postForm('/account/two-factor', {
      csrf_token: csrfFromHtml(setup.text), code: codeForStep(secret, currentStep()),
    }), 200, 'confirming the second factor');
    const recovery = recoveryCodesFrom(confirmed.text);
    assert.equal(recovery.length, 10);
    expectStatus(await client.get('/manage/calls'), 200, 'an officer page once set up');
    const later = expectStatus(await client.get('/account/two-factor'), 200, 'the set-up page again');
    assert.ok(!later.text.includes(secret), 'the secret is shown again after set-up');
    const id = await userId(server, email);
    assert.equal(await auditCount(server, 'user.second_factor_enable', id), 1);

    // Next sign-in: the second step, here with a recovery code, which then works no more.
    const next = new Client(server.url);
    const step = await passwordStep(next, email, PASSWORD);
    expectStatus(await secondStep(next, step, recovery[0].toUpperCase()), 303, 'a recovery code');
    const third = new Client(server.url);
    const thirdStep = await passwordStep(third, email, PASSWORD);
    assert.equal((await secondStep(third, thirdStep, recovery[0])).status, 422, 'a recovery code worked twice');
    assert.equal(await scalar(server, `SELECT COUNT(*) FROM audit_log WHERE action = 'user.sign_in' AND entity_id = '${id}' AND summary = 'recovery code'`), '1');

    // New recovery codes need the password again.
    const own = await next.get('/account/two-factor');
    const refused = await next.postForm('/account/two-factor/recovery-codes', { csrf_token: csrfFromHtml(own.text), password: 'wrong' });
    assert.equal(refused.status, 422);
    const fresh = expectStatus(await next.postForm('/account/two-factor/recovery-codes', { csrf_token: csrfFromHtml(own.text), password: PASSWORD }), 200, 'new recovery codes');
    assert.equal(recoveryCodesFrom(fresh.text).length, 10);
    assert.equal(await auditCount(server, 'user.recovery_codes_replace', id), 1);

    // An administrator resets it (a lost phone): the officer's sessions end and set-up starts over.
    const admin = await signedInClient(server.url, 'admin@pmi.example');
    const users = await admin.get('/admin/users');
    const reset = await admin.postForm(`/admin/users/${id}/two-factor/reset`, { csrf_token: csrfFromHtml(users.text) });
    assert.equal(reset.status, 303);
    assert.equal(await auditCount(server, 'user.second_factor_reset', id), 1);
    assert.match((await next.get('/manage/calls')).location ?? '', /^\/sign-in/, 'the session outlived the reset');
    const after = new Client(server.url);
    await after.signIn(email, PASSWORD);
    assert.match((await after.get('/manage/calls')).location ?? '', /^\/account\/two-factor/);
  });

  test('wrong codes lock the account out like wrong passwords', async () => {
    const email = uniqueEmail('locked');
    await runPmi(server, ['user', 'create', '--email', email, '--role', 'admin', '--organisation', 'Program office', '--password', PASSWORD]);
    const client = new Client(server.url);
    await client.signIn(email, PASSWORD);
    const setup = await client.get('/account/two-factor');
    await client.postForm('/account/two-factor', { csrf_token: csrfFromHtml(setup.text), code: codeForStep(secretFrom(setup.text), currentStep()) });

    const attacker = new Client(server.url);
    const page = await passwordStep(attacker, email, PASSWORD);
    for (let i = 0; i < 10; i++) assert.equal((await secondStep(attacker, page, String(100000 + i))).status, 422);
    const locked = await secondStep(attacker, page, '123456');
    assert.equal(locked.status, 429);
    assert.equal(locked.headers.get('retry-after'), '900');
  });

  test('a reviewer signs in with the password alone', async () => {
    const client = new Client(server.url);
    expectStatus(await passwordStep(client, 'reviewer@pmi.example'), 303, 'a reviewer sign-in');
  });
});
