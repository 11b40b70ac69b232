// CSRF and the header sweep, over every route `pmi routes` lists:
// - every unsafe route refuses (403) a request with no token, a wrong token, another
//   session's token, or a valid token from a page of another site (Origin), and only the
//   routes named below are exempt;
// - every page and API answer, and the 404 and 405 answers, carry the security headers;
//   every cookie is HttpOnly and SameSite; signed-in answers are not stored by caches.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';

import { Client, startServer } from '../http/harness.mjs';
import { buildFixture, clientsByRole, concretePath, routeTable, send } from './support.mjs';

// The only unsafe route taken without a CSRF token (RFC 8058 one-click unsubscribe, which
// mail programs post without cookies; a signed token in the address authorises it).
const CSRF_EXEMPT = ['POST /mailing/one-click'];

let server, clients, fixture, routes;

before(async () => {
  server = await startServer();
  clients = await clientsByRole(server);
  fixture = await buildFixture(server, clients);
  routes = await routeTable(server);
});
after(async () => { await server?.stop(); });

const unsafe = () => routes.filter(route => route.method !== 'GET');
const variantOf = pattern => (/^\/(api\/v1\/)?(partnerships|applications|reviews)\/:|^\/directory\/(partners|teams)\/:/.test(pattern) ? 'own' : 'any');

test('only the one-click unsubscribe address takes unsafe requests without a CSRF token', () => {
  assert.deepEqual(routes.filter(route => route.csrfExempt).map(route => `${route.method} ${route.pattern}`), CSRF_EXEMPT);
});

test('every unsafe route refuses a missing, wrong, foreign or cross-site token with 403', async () => {
  const admin = clients.admin;
  const stranger = clients.applicant;
  const cases = [
    ['no token', () => ({ csrf: null })],
    ['a wrong token', () => ({ csrf: 'A'.repeat(admin.csrf.length) })],
    ["another session's token", () => ({ csrf: stranger.csrf })],
  ];
  const wrong = [];
  let requests = 0;
  for (const route of unsafe().filter(r => !r.csrfExempt)) {
    const urlPath = concretePath(route.pattern, variantOf(route.pattern), fixture);
    for (const [what, options] of cases) {
      for (const role of ['anonymous', 'admin']) {
        const reply = await send(clients[role], route.method, urlPath, { ...options(), clients, role, fixture });
        requests++;
        if (reply.status !== 403) wrong.push(`${route.method} ${urlPath} as ${role} with ${what}: ${reply.status}`);
      }
    }
    // A page of another site posting with the admin's cookies and a token it somehow holds.
    const crossSite = await admin.request(route.method, urlPath, {
      headers: { origin: 'https://evil.example', 'x-csrf-token': admin.csrf, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf_token: admin.csrf }).toString(),
    });
    requests++;
    if (crossSite.status !== 403) wrong.push(`${route.method} ${urlPath} from Origin https://evil.example: ${crossSite.status}`);
  }
  console.log(`CSRF: ${unsafe().length - CSRF_EXEMPT.length} unsafe routes × 7 forged requests = ${requests} requests, ${wrong.length} not refused`);
  assert.deepEqual(wrong, []);
});

const SECURITY_HEADERS = {
  'content-security-policy': value => /frame-ancestors 'none'/.test(value) && /default-src/.test(value) && !/script-src[^;]*'unsafe-inline'/.test(value),
  'x-content-type-options': value => value === 'nosniff',
  'x-frame-options': value => value === 'DENY',
  'referrer-policy': value => /^(same-origin|strict-origin|no-referrer|strict-origin-when-cross-origin)$/.test(value),
};

// What is wrong with one answer's headers, as a list of complaints.
function headerProblems(reply, signedIn) {
  const problems = [];
  for (const [name, good] of Object.entries(SECURITY_HEADERS)) {
    const value = reply.headers.get(name);
    if (value === null) problems.push(`no ${name}`);
    else if (!good(value)) problems.push(`${name}: ${value}`);
  }
  const type = reply.headers.get('content-type') ?? '';
  // JSON is UTF-8 by definition (RFC 8259) and takes no charset; text must name its own.
  if (/^text\//.test(type) && !/charset=utf-8/i.test(type)) problems.push(`content-type without charset: ${type}`);
  if (signedIn && !/no-store|private/.test(reply.headers.get('cache-control') ?? '')) problems.push(`cache-control for a signed-in answer: ${reply.headers.get('cache-control')}`);
  if (/\d/.test(reply.headers.get('server') ?? '')) problems.push(`server header names a version: ${reply.headers.get('server')}`);
  for (const cookie of reply.headers.getSetCookie()) {
    if (!/;\s*HttpOnly/i.test(cookie)) problems.push(`cookie not HttpOnly: ${cookie.split(';')[0]}`);
    if (!/;\s*SameSite=(Lax|Strict)/i.test(cookie)) problems.push(`cookie without SameSite: ${cookie.split(';')[0]}`);
  }
  return problems;
}

// The status of a request fetch() will not send (TRACE).
function statusOf(method, urlPath) {
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(urlPath, server.url), { method }, response => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('error', reject);
    request.end();
  });
}

test('every GET route, and the 404, 405 and sign-in answers, carry the security headers', async () => {
  const wrong = [];
  let answers = 0;
  const check = (what, reply, signedIn) => {
    answers++;
    for (const problem of headerProblems(reply, signedIn)) wrong.push(`${what}: ${problem}`);
  };
  for (const route of routes.filter(r => r.method === 'GET')) {
    const urlPath = concretePath(route.pattern, variantOf(route.pattern), fixture);
    for (const role of ['anonymous', 'admin']) check(`GET ${urlPath} as ${role}`, await send(clients[role], 'GET', urlPath), role !== 'anonymous');
  }
  const visitor = new Client(server.url);
  check('GET /no-such-page', await visitor.get('/no-such-page'), false);
  check('PUT / (405)', await visitor.request('PUT', '/'), false);
  const signIn = await new Client(server.url).get('/sign-in');
  check('GET /sign-in (fresh visitor)', signIn, false);
  for (const method of ['PUT', 'DELETE', 'TRACE']) {
    const status = await statusOf(method, '/');
    if (![405, 501].includes(status)) wrong.push(`${method} / answered ${status}, not 405 or 501`);
  }
  console.log(`headers: ${answers} answers checked (every GET route as a visitor and as admin), ${wrong.length} problems`);
  assert.deepEqual(wrong, []);
});

test('the session cookie set at sign-in is HttpOnly, SameSite and for the whole site', async () => {
  const client = new Client(server.url);
  const csrf_token = await client.formToken('/sign-in');
  const reply = await client.postForm('/sign-in', { csrf_token, email: 'applicant@pmi.example', password: 'demo-password-2026' });
  assert.equal(reply.status, 303);
  const session = reply.headers.getSetCookie().find(cookie => /^(__Host-)?pmi_session=/.test(cookie));
  assert.ok(session, `no session cookie in ${reply.headers.getSetCookie().join(' | ')}`);
  assert.match(session, /;\s*HttpOnly/i);
  assert.match(session, /;\s*SameSite=(Lax|Strict)/i);
  assert.match(session, /;\s*Path=\//i);
  assert.deepEqual(headerProblems(reply, true), []);
});
