// Accounts, against the route contract: the JSON API (sign-up, verify, sign-in, me,
// sign-out), its validation errors, sign-in lockout, and the same flows through HTML forms.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  Client, findLink, pathOf, startServer, uniqueEmail, verificationLink, waitForMail, outbox,
} from './harness.mjs';

// Long and unlikely to be on any list of common passwords a server might check.
const PASSWORD = 'plum-orbit-cactus-4217';
const DEMO_PASSWORD = 'demo-password-2026';

// {"error":{"code","field","message"}}; field is checked when the case names one.
function assertError(reply, status, field) {
  assert.equal(reply.status, status, `expected ${status}, got ${reply.status}: ${reply.text.slice(0, 300)}`);
  assert.match(reply.headers.get('content-type') ?? '', /^application\/(problem\+)?json/);
  const { error } = reply.json();
  assert.ok(error, `no "error" object in ${reply.text.slice(0, 300)}`);
  assert.equal(typeof error.code, 'string');
  assert.ok(error.code.length > 0);
  assert.equal(typeof error.message, 'string');
  assert.ok(error.message.length > 0);
  if (field !== undefined) assert.equal(error.field, field);
  return error;
}

async function apiSignUp(client, fields) {
  await client.apiCsrf();
  return client.postJson('/api/v1/sign-up', fields);
}

describe('accounts API', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server?.stop(); });

  test('openapi.json lists the account endpoints', async () => {
    const reply = await new Client(server.url).get('/api/openapi.json');
    assert.equal(reply.status, 200);
    const spec = reply.json();
    assert.match(String(spec.openapi), /^3\./);
    for (const p of ['/api/v1/sign-up', '/api/v1/verify', '/api/v1/sign-in', '/api/v1/sign-out', '/api/v1/me',
      '/api/v1/calls/{slug}', '/api/v1/reviews/{application}/scores']) {
      assert.ok(spec.paths?.[p], `${p} missing from paths`);
    }
  });

  test('openapi.json describes every API route, with its path parameters and the CSRF header on changes', async () => {
    const spec = (await new Client(server.url).get('/api/openapi.json')).json();
    for (const [path, operations] of Object.entries(spec.paths)) {
      assert.doesNotMatch(path, /:/, `${path} uses the router's :name instead of {name}`);
      for (const [method, operation] of Object.entries(operations)) {
        assert.doesNotMatch(operation.summary, /^Undocumented/, `${method.toUpperCase()} ${path} has no description`);
        const names = (operation.parameters ?? []).map((p) => p.name);
        for (const [, name] of path.matchAll(/\{(\w+)\}/g)) assert.ok(names.includes(name), `${method} ${path} lacks parameter ${name}`);
        assert.equal(names.includes('X-CSRF-Token'), method !== 'get', `${method} ${path}: CSRF header`);
      }
    }
  });

  test('GET /api/v1/csrf gives a token and its cookie', async () => {
    const client = new Client(server.url);
    const token = await client.apiCsrf();
    assert.equal(typeof token, 'string');
    assert.ok(token.length >= 16, 'token too short to be unguessable');
    assert.ok(client.cookies.has('pmi_csrf'), 'no pmi_csrf cookie');
  });

  test('an unsafe API call without X-CSRF-Token is refused with 403', async () => {
    const client = new Client(server.url);
    await client.apiCsrf();
    const reply = await client.postJson('/api/v1/sign-in', { email: 'admin@pmi.example', password: DEMO_PASSWORD }, { csrf: null });
    assert.equal(reply.status, 403);
    assert.ok(!client.cookies.has('pmi_session'), 'a session was opened without a CSRF token');
  });

  test('sign-up, verify, sign-in, me, sign-out', async () => {
    const client = new Client(server.url);
    const email = uniqueEmail('api');
    const signUp = await apiSignUp(client, { name: 'Ada Api', email, password: PASSWORD, language: 'en' });
    assert.equal(signUp.status, 201, signUp.text);

    const mail = await waitForMail(server, email, '/verify?token=');
    const token = new URL(verificationLink(mail.body)).searchParams.get('token');
    assert.ok(token);
    const verify = await client.postJson('/api/v1/verify', { token });
    assert.equal(verify.status, 200, verify.text);

    const sessionBefore = client.cookies.get('pmi_session');
    const signIn = await client.postJson('/api/v1/sign-in', { email, password: PASSWORD });
    assert.equal(signIn.status, 200, signIn.text);
    const body = signIn.json();
    assert.equal(body.user?.email, email);
    assert.equal(typeof body.csrf_token, 'string');
    const sessionCookie = signIn.headers.getSetCookie().find(c => c.startsWith('pmi_session='));
    assert.ok(sessionCookie, 'sign-in set no pmi_session cookie');
    assert.match(sessionCookie, /;\s*HttpOnly/i, 'the session cookie must be HttpOnly');
    assert.notEqual(client.cookies.get('pmi_session'), sessionBefore, 'the session id must change at sign-in');
    client.csrf = body.csrf_token;

    const me = await client.get('/api/v1/me', { headers: { accept: 'application/json' } });
    assert.equal(me.status, 200, me.text);
    assert.ok(me.text.includes(email), `me does not name ${email}: ${me.text}`);

    const signOut = await client.postJson('/api/v1/sign-out', {});
    assert.equal(signOut.status, 204, signOut.text);
    const meAfter = await client.get('/api/v1/me', { headers: { accept: 'application/json' } });
    assert.equal(meAfter.status, 401);
  });

  describe('sign-up refuses bad input and creates no account', () => {
    const good = () => ({ name: 'Bad Input', email: uniqueEmail('bad'), password: PASSWORD, language: 'en' });
    const cases = [
      ['missing name', () => { const f = good(); delete f.name; return f; }, 422, 'name'],
      ['email without @', () => ({ ...good(), email: 'not-an-address.example' }), 422, 'email'],
      ['password of 11 characters', () => ({ ...good(), password: 'x'.repeat(11) }), 422, 'password'],
      ['unknown language', () => ({ ...good(), language: 'xx' }), 422, 'language'],
      ['a 2 MB name', () => ({ ...good(), name: 'n'.repeat(2 * 1024 * 1024) }), 413, undefined],
    ];
    for (const [label, make, status, field] of cases) {
      test(label, async () => {
        const client = new Client(server.url);
        const fields = make();
        assertError(await apiSignUp(client, fields), status, field);
        await assertNoAccount(fields.email, fields.password);
      });
    }

    for (const [label, raw] of [['a non-JSON body', 'name=x&email=y'], ['a JSON array', '[]']]) {
      test(label, async () => {
        const client = new Client(server.url);
        const reply = await apiSignUp(client, raw);
        // A well-formed array is the wrong shape rather than malformed: 422 is defensible too.
        const expected = raw === '[]' && reply.status === 422 ? 422 : 400;
        assertError(reply, expected);
      });
    }

    async function assertNoAccount(email, password) {
      if (!email?.includes('@')) return;
      assert.deepEqual((await outbox(server)).filter(m => m.to === email), [], 'mail was sent for a refused sign-up');
      const client = new Client(server.url);
      await client.apiCsrf();
      const signIn = await client.postJson('/api/v1/sign-in', { email, password });
      assert.equal(signIn.status, 401, 'a refused sign-up left an account that can sign in');
    }
  });

  test('wrong password: 401 with the same message as an unknown address', async () => {
    const client = new Client(server.url);
    await client.apiCsrf();
    const known = assertError(await client.postJson('/api/v1/sign-in', { email: 'reviewer@pmi.example', password: 'wrong password 1' }), 401);
    const unknown = assertError(await client.postJson('/api/v1/sign-in', { email: uniqueEmail('nobody'), password: 'wrong password 1' }), 401);
    assert.equal(known.message, unknown.message);
    assert.equal(known.code, unknown.code);
  });

  test('the server stops cleanly on SIGTERM', async () => {
    const { code } = await server.stop();
    assert.equal(code, 0);
  });
});

// A server of its own: the failures it records must not lock out accounts other tests use.
describe('sign-in lockout', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server?.stop(); });

  test('after 10 failures in 15 minutes the 11th attempt gets 429, known address or not', async () => {
    const client = new Client(server.url);
    await client.apiCsrf();
    const known = 'applicant@pmi.example';
    const unknown = uniqueEmail('ghost');
    for (const email of [known, unknown]) {
      for (let i = 1; i <= 10; i++) {
        assertError(await client.postJson('/api/v1/sign-in', { email, password: `wrong password ${i}` }), 401);
      }
    }
    // Even the right password is refused while locked out.
    const knownLocked = assertError(await client.postJson('/api/v1/sign-in', { email: known, password: DEMO_PASSWORD }), 429);
    const unknownLocked = assertError(await client.postJson('/api/v1/sign-in', { email: unknown, password: DEMO_PASSWORD }), 429);
    assert.equal(knownLocked.message, unknownLocked.message);
    assert.equal(knownLocked.code, unknownLocked.code);
    assert.ok(!client.cookies.has('pmi_session'), 'a locked-out sign-in opened a session');
  });
});

describe('accounts through HTML forms', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server?.stop(); });

  const name = 'Grace Formfield';
  const email = uniqueEmail('form');
  const newPassword = 'second-lantern-meadow-7734';

  test('a form POST without csrf_token is refused with 403', async () => {
    const client = new Client(server.url);
    await client.get('/sign-in');
    const reply = await client.postForm('/sign-in', { email: 'admin@pmi.example', password: DEMO_PASSWORD });
    assert.equal(reply.status, 403);
    assert.ok(!client.cookies.has('pmi_session'));
  });

  test('sign up, verify, sign in, account, sign out', async () => {
    const client = new Client(server.url);
    const signUpPage = await client.get('/sign-up');
    assert.equal(signUpPage.status, 200);
    assert.match(signUpPage.headers.get('content-type') ?? '', /^text\/html/);
    const signUp = await client.postForm('/sign-up', {
      csrf_token: client.csrfFromHtml(signUpPage.text), name, email, password: PASSWORD, language: 'en',
    });
    assert.equal(signUp.status, 303, signUp.text.slice(0, 500));

    const mail = await waitForMail(server, email, '/verify?token=');
    const verify = await client.get(pathOf(verificationLink(mail.body)));
    assert.equal(verify.status, 200);

    const signIn = await client.signIn(email, PASSWORD);
    assert.ok(signIn.headers.getSetCookie().some(c => c.startsWith('pmi_session=')), 'sign-in set no pmi_session cookie');
    const account = await client.get('/account');
    assert.equal(account.status, 200);
    assert.ok(account.text.includes(name), 'the account page does not show the name');

    const signOut = await client.postForm('/sign-out', { csrf_token: client.csrfFromHtml(account.text) });
    assert.equal(signOut.status, 303);
    const afterSignOut = await client.get('/account');
    assert.equal(afterSignOut.status, 303);
    assert.match(afterSignOut.location ?? '', /\/sign-in/);
  });

  test('password reset by mail', async () => {
    const client = new Client(server.url);
    const forgot = await client.postForm('/password/forgot', { csrf_token: await client.formToken('/password/forgot'), email });
    assert.equal(forgot.status, 303);
    const mail = await waitForMail(server, email, '/password/reset?token=');
    const link = findLink(mail.body, '/password/reset?token=');

    const resetPage = await client.get(pathOf(link));
    assert.equal(resetPage.status, 200);
    const reset = await client.postForm('/password/reset', {
      csrf_token: client.csrfFromHtml(resetPage.text),
      token: new URL(link).searchParams.get('token'),
      password: newPassword,
    });
    assert.equal(reset.status, 303, reset.text.slice(0, 500));

    const api = new Client(server.url);
    await api.apiCsrf();
    assert.equal((await api.postJson('/api/v1/sign-in', { email, password: PASSWORD })).status, 401, 'the old password still works');
    assert.equal((await api.postJson('/api/v1/sign-in', { email, password: newPassword })).status, 200, 'the new password does not work');
  });

  test('forgot-password answers the same for an unknown address and sends nothing', async () => {
    const client = new Client(server.url);
    const nobody = uniqueEmail('nobody');
    const reply = await client.postForm('/password/forgot', { csrf_token: await client.formToken('/password/forgot'), email: nobody });
    assert.equal(reply.status, 303);
    assert.deepEqual((await outbox(server)).filter(m => m.to === nobody), []);
  });

  test('the server stops cleanly on SIGTERM', async () => {
    assert.equal((await server.stop()).code, 0);
  });
});
