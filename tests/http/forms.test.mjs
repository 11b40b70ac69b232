// Bad input on every form: each case gets a 4xx page that names the field (a link to it in
// the error summary and aria-invalid on it), and nothing is written to the database.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, scalar, startServer } from './harness.mjs';

const DEMO_PASSWORD = 'demo-password-2026';
const long = n => 'x'.repeat(n);

// [who signs in, form page, action, fields, expected status, field named]
const cases = [
  [null, '/sign-up', '/sign-up', { name: '', email: 'a@b.example', password: long(12), language: 'en' }, 422, 'name'],
  [null, '/sign-up', '/sign-up', { name: long(101), email: 'a@b.example', password: long(12), language: 'en' }, 422, 'name'],
  [null, '/sign-up', '/sign-up', { name: 'Two\nlines', email: 'a@b.example', password: long(12), language: 'en' }, 422, 'name'],
  [null, '/sign-up', '/sign-up', { name: 'Ana', email: 'not-an-email', password: long(12), language: 'en' }, 422, 'email'],
  [null, '/sign-up', '/sign-up', { name: 'Ana', email: 'a@b.example', password: long(11), language: 'en' }, 422, 'password'],
  [null, '/sign-up', '/sign-up', { name: 'Ana', email: 'a@b.example', password: long(129), language: 'en' }, 422, 'password'],
  [null, '/sign-up', '/sign-up', { name: 'Ana', email: 'a@b.example', password: long(12) + 'yz', language: 'de' }, 422, 'language'],
  [null, '/password/forgot', '/password/forgot', { email: 'nope' }, 422, 'email'],
  [null, '/password/forgot', '/password/reset', { token: 'made-up', password: 'a long enough password' }, 422, 'token'],
  ['applicant@pmi.example', '/account', '/account/password', { current_password: 'wrong password!', new_password: 'a long new password' }, 422, 'current_password'],
  ['applicant@pmi.example', '/account', '/account/password', { current_password: DEMO_PASSWORD, new_password: 'short' }, 422, 'new_password'],
  ['applicant@pmi.example', '/account', '/account/email', { email: 'bad address', password: DEMO_PASSWORD }, 422, 'email'],
  ['applicant@pmi.example', '/account', '/account/email', { email: 'fresh@example.org', password: 'wrong password!' }, 422, 'password'],
  ['applicant@pmi.example', '/account', '/account/email', { email: 'officer@pmi.example', password: DEMO_PASSWORD }, 409, 'email'],
  ['applicant@pmi.example', '/account', '/account/language', { language: 'xx' }, 422, 'language'],
  ['admin@pmi.example', '/admin/organisations', '/admin/organisations', { kind: 'canadian_municipality', name: '', country: 'CA' }, 422, 'name'],
  ['admin@pmi.example', '/admin/organisations', '/admin/organisations', { kind: 'canadian_municipality', name: 'Town', country: 'Canada' }, 422, 'country'],
  ['admin@pmi.example', '/admin/organisations', '/admin/organisations', { kind: 'castle', name: 'Town', country: 'CA' }, 422, 'kind'],
  ['officer@pmi.example', '/manage/pages/about/edit', '/manage/pages/about/edit', { slug: 'about', title_en: '   ', body_en: 'Text' }, 422, 'title_en'],
  ['officer@pmi.example', '/manage/pages/about/edit', '/manage/pages/about/edit', { slug: 'Not A Slug', title_en: 'About', body_en: 'Text' }, 422, 'slug'],
  ['officer@pmi.example', '/manage/pages/about/edit', '/manage/pages/about/edit', { slug: 'about', title_en: 'About', title_fr: long(201) }, 422, 'title_fr'],
  ['officer@pmi.example', '/manage/news/new', '/manage/news', { slug: 'UPPER', title_en: 'A post' }, 422, 'slug'],
  ['officer@pmi.example', '/manage/news/new', '/manage/news', { slug: 'call-for-canadian-municipal-teams-2027', title_en: 'Copy' }, 409, 'slug'],
];

const tables = ['users', 'organisations', 'memberships', 'pages', 'news_posts', 'audit_log', 'outbox', 'account_tokens'];

describe('bad input on every form', () => {
  let server;
  const clients = new Map();
  before(async () => { server = await startServer(); });
  after(async () => { await server?.stop(); });

  async function clientFor(email) {
    if (!clients.has(email)) {
      const client = new Client(server.url);
      if (email) await client.signIn(email, DEMO_PASSWORD);
      clients.set(email, client);
    }
    return clients.get(email);
  }

  async function counts() {
    const query = tables.map(t => `(SELECT COUNT(*) FROM ${t})`).join(" || ',' || ");
    return scalar(server, `SELECT ${query}`);
  }

  for (const [who, page, action, fields, status, field] of cases) {
    test(`${action} as ${who ?? 'a visitor'}: ${field} ${JSON.stringify(fields[field] ?? '').slice(0, 30)}`, async () => {
      const client = await clientFor(who);
      await counts(); // sign-in itself writes; compare from here
      const before = await counts();
      const csrf_token = await client.formToken(page);
      const reply = await client.postForm(action, { csrf_token, ...fields });
      assert.equal(reply.status, status, reply.text.slice(0, 400));
      assert.match(reply.headers.get('content-type'), /^text\/html/);
      assert.match(reply.text, new RegExp(`href="#${field}"`), 'the error summary links to the field');
      assert.match(reply.text, /role="alert"/);
      assert.equal(await counts(), before, 'nothing was written');
    });
  }

  test('an oversized form gets a 413 page that says the limit, and nothing is written', async () => {
    const client = await clientFor(null);
    const before = await counts();
    const csrf_token = await client.formToken('/sign-up');
    const reply = await client.postForm('/sign-up', { csrf_token, name: long(2 * 1024 * 1024), email: 'big@example.org', password: long(12), language: 'en' });
    assert.equal(reply.status, 413);
    assert.match(reply.text, /1024 KB/);
    assert.equal(await counts(), before);
  });
});
