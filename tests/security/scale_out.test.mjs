// Scale-out: two `pmi serve` processes on one PostgreSQL database and one data folder, behind
// Debian's nginx configured by deploy/nginx/pmi.conf (tests/support/nginx.mjs), each answer
// for the other. Through nginx and through each server directly: a session made on one is
// honoured by the other and ended by a sign-out on the other; files uploaded through one
// download byte for byte from the other; mail queued with both senders running reaches the
// SMTP server once per message; CSRF, the sign-in lockout and the visitor's address (the
// proxy is trusted, a visitor writing X-Forwarded-For is not) hold through the proxy; an
// edit made through one shows on the other; with one stopped, the proxy uses the other.
// PostgreSQL only: SQLite is one process's database.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import {
  Client, databaseKind, decodeHeader, expectStatus, freePort, mailHeader, scalar, startServer, startSmtp, uniqueEmail,
} from '../http/harness.mjs';
import { startNginx } from '../support/nginx.mjs';
import { PASSWORD, formFor } from './support.mjs';

const skip = databaseKind() === 'postgres' ? false
  : 'scale-out needs PostgreSQL, which several pmi processes share (run with PMI_TEST_DATABASE=postgres)';
const SLUG = 'canadian-municipal-teams-2027';
const MAILS = 20;
const VISITOR = '127.0.0.9';  // the address the test connects from; nginx and pmi see 127.0.0.1 for each other
const FORGED = '203.0.113.9';
const SENDER = 'PMI-LED server';
const started = Date.now();
const figures = {};

let smtp, one, two, proxy;

before(async () => {
  if (skip) return;
  // The proxy's certificate is made by the test, self-signed, and fetch cannot be given it;
  // requests that check it (rawRequest) pass it themselves.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  smtp = await startSmtp();
  // The proxy's address must be known before the servers start: it is their public origin.
  const proxyPort = await freePort();
  one = await startServer({
    env: {
      PMI_PUBLIC_ORIGIN: `https://127.0.0.1:${proxyPort}`, PMI_SECURE_COOKIES: '1', PMI_TRUSTED_PROXIES: '127.0.0.1',
      PMI_SMTP_URL: smtp.url, PMI_MAIL_FROM: `${SENDER} one <no-reply@pmi.example>`,
    },
  });
  // The sender's name tells which server sent a message.
  two = await one.another({ PMI_MAIL_FROM: `${SENDER} two <no-reply@pmi.example>` });
  proxy = await startNginx({ servers: [one.url, two.url].map(url => new URL(url).host), https: proxyPort });
});
after(async () => {
  await proxy?.stop();
  await two?.stop();
  await one?.stop();
  await smtp?.stop();
  if (!skip) console.log(`scale-out: 2 servers behind nginx, session shared, ${figures.files ?? 0} uploads identical, ` +
    `${figures.mails ?? 0} mails sent once each (${figures.senders ?? '?'}), a page edit seen on the other in ${figures.freshness ?? '?'} ms, ` +
    `lockout after ${figures.lockout ?? '?'} wrong passwords across both, ${figures.failover ?? 0} requests served with one stopped, ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s`);
});

// Requests answered for `route` with `status` by a server, from its own metrics (asked
// directly, from this machine, as /metrics allows).
async function answered(server, route, status = 200) {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const line = text.split('\n').find(l => l.startsWith(`pmi_http_requests_total{route="${route}",status="${status}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

// A client on `url` holding the cookies `from` holds.
function sharing(url, from) {
  const client = new Client(url);
  client.cookies = new Map(from.cookies);
  return client;
}

// One request from a chosen local address (fetch cannot choose it), checking the proxy's
// certificate. Resolves to {status, headers, body (Buffer)}.
function rawRequest(url, { method = 'GET', headers = {}, body, localAddress = VISITOR } = {}) {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(target, {
      method, headers, localAddress, agent: false, ...(secure ? { ca: proxy.certificate, rejectUnauthorized: true } : {}),
    }, response => {
      const chunks = [];
      response.on('data', chunk => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function signInForm(client, email, password, headers = {}) {
  const csrf_token = await client.formToken('/sign-in');
  return client.postForm('/sign-in', { csrf_token, email, password }, { headers });
}

test('a session made through one server is honoured by the other and through the proxy; sign-out on the other ends it', { skip }, async () => {
  const onOne = new Client(one.url);
  await onOne.signIn('applicant@pmi.example', PASSWORD);
  const onTwo = sharing(two.url, onOne);
  const viaProxy = sharing(proxy.url, onOne);
  const [oneBefore, twoBefore] = [await answered(one, '/account'), await answered(two, '/account')];
  expectStatus(await onTwo.get('/account'), 200, 'the session of server one, on server two');
  for (let i = 0; i < 4; i++) expectStatus(await viaProxy.get('/account'), 200, `the session through the proxy (${i + 1})`);
  assert.ok(await answered(one, '/account') - oneBefore >= 1, 'the proxy sent no request to server one');
  assert.ok(await answered(two, '/account') - twoBefore >= 2, 'the proxy sent no request to server two');

  const csrf_token = await onTwo.formToken('/account');
  expectStatus(await onTwo.postForm('/sign-out', { csrf_token }), 303, 'signing out on server two');
  for (const [where, client] of [['server one', sharing(one.url, onOne)], ['the proxy', viaProxy]]) {
    const reply = await client.get('/account');
    assert.equal(reply.status, 303, `the ended session still worked on ${where}`);
    assert.match(reply.location ?? '', /^\/sign-in/);
  }

  const signedInThroughProxy = new Client(proxy.url);
  await signedInThroughProxy.signIn('reviewer@pmi.example', PASSWORD);
  for (const server of [one, two]) expectStatus(await sharing(server.url, signedInThroughProxy).get('/account'), 200, `a proxy session on ${server.url}`);
});

test('files uploaded through one server or the proxy download identical from the other and through the proxy', { skip }, async () => {
  const applicant = new Client(one.url);
  await applicant.signIn('applicant@pmi.example', PASSWORD);
  const me = (await applicant.get('/api/v1/me')).json();
  await applicant.apiCsrf();
  const draft = expectStatus(await applicant.postJson(`/api/v1/calls/${SLUG}/applications`, { organisation_id: me.roles[0].organisation_id }), 201, 'a new application');
  const id = draft.json().id;
  // PDFs by their header, whatever bytes follow; sizes up to what an application takes.
  const pdf = size => Buffer.concat([Buffer.from('%PDF-1.4\n%'), randomBytes(size), Buffer.from('\n%%EOF\n')]);
  const uploads = [[one, pdf(1_000)], [two, pdf(1_500_000)], [proxy, pdf(6_000_000)]];
  const links = [];
  for (const [through, bytes] of uploads) {
    const client = sharing(through.url, applicant);
    const before = new Set(await fileLinks(client, id));
    const form = new FormData();
    form.append('csrf_token', await client.formToken(`/applications/${id}`));
    form.append('question', 'cvs');
    form.append('file', new Blob([bytes]), `scale-out-${links.length + 1}.pdf`);
    const reply = await fetch(`${through.url}/applications/${id}/files`, { method: 'POST', body: form, redirect: 'manual', headers: { cookie: client.cookieHeader() } });
    assert.equal(reply.status, 303, `upload through ${through.url}: ${reply.status} ${(await reply.text()).slice(0, 300)}`);
    const added = (await fileLinks(client, id)).filter(link => !before.has(link));
    assert.equal(added.length, 1, `upload through ${through.url} listed ${added.length} new files`);
    links.push([added[0], sha256(bytes)]);
  }
  for (const [link, expected] of links)
    for (const from of [one, two, proxy]) {
      const reply = await fetch(`${from.url}${link}`, { headers: { cookie: applicant.cookieHeader() } });
      assert.equal(reply.status, 200, `${link} from ${from.url}`);
      assert.equal(sha256(Buffer.from(await reply.arrayBuffer())), expected, `${link} from ${from.url} differs from what was uploaded`);
    }
  figures.files = links.length;
});

async function fileLinks(client, id) {
  const page = expectStatus(await client.get(`/applications/${id}`), 200, 'the application');
  return [...new Set([...page.text.matchAll(new RegExp(`href="(/applications/${id}/files/\\d+)"`, 'g'))].map(m => m[1]))];
}

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

test(`${MAILS} mails queued on both servers and through the proxy reach the SMTP server once each while both servers' senders run`, { skip }, async () => {
  const addresses = Array.from({ length: MAILS }, () => uniqueEmail('scale-out'));
  const entrances = [one, two, proxy];
  // Four sign-ups at a time, so both senders find queued mail while more is being queued.
  for (let i = 0; i < addresses.length; i += 4)
    await Promise.all(addresses.slice(i, i + 4).map(async (email, j) => {
      const client = new Client(entrances[(i + j) % entrances.length].url);
      await client.apiCsrf();
      expectStatus(await client.postJson('/api/v1/sign-up', { name: 'Scale Out', email, password: PASSWORD, language: 'en' }), 201, `sign-up of ${email}`);
    }));
  const wanted = new Set(addresses);
  const ours = async () => (await smtp.received()).filter(m => m.to.some(to => wanted.has(to)));
  const deadline = Date.now() + 20_000;
  while ((await ours()).length < MAILS && Date.now() < deadline) await sleep(100);
  // Anything sent twice would follow within the senders' next rounds.
  await sleep(1_500);
  const received = await ours();
  const times = new Map(addresses.map(a => [a, 0]));
  for (const message of received) for (const to of message.to) if (times.has(to)) times.set(to, times.get(to) + 1);
  const wrong = [...times].filter(([, n]) => n !== 1);
  assert.deepEqual(wrong, [], `messages not received exactly once: ${JSON.stringify(wrong)}`);
  const list = addresses.map(a => `'${a}'`).join(', ');
  assert.equal(await scalar(one, `SELECT COUNT(*) FROM outbox WHERE to_address IN (${list}) AND status = 'sent' AND attempts = 1`), String(MAILS),
    'every message is marked sent after one attempt');
  figures.mails = received.length;
  const sentBy = server => received.filter(m => decodeHeader(mailHeader(m.data, 'From')).startsWith(`${SENDER} ${server} `)).length;
  figures.senders = `${sentBy('one')} by server one, ${sentBy('two')} by server two`;
});

test('a page edited through one server shows on the other and through the proxy within 3 s', { skip }, async () => {
  const officer = new Client(one.url);
  await officer.signIn('officer@pmi.example', PASSWORD);
  const edit = '/manage/pages/about/edit';
  const form = formFor(expectStatus(await officer.get(edit), 200, 'the page editor').text, edit);
  assert.ok(form?.fields.some(([name]) => name === 'title_en'), 'the page editor has no English title');
  const title = `About the program, edited ${Date.now()}`;
  expectStatus(await officer.postForm(edit, form.fields.map(([name, value]) => [name, name === 'title_en' ? title : value])), 303, 'saving the page');
  const edited = Date.now();
  for (const server of [two, proxy]) {
    const reader = new Client(server.url);
    while (!(await reader.get('/pages/about?lang=en')).text.includes(title)) {
      assert.ok(Date.now() - edited < 3_000, `the edit did not show through ${server.url} in 3 s`);
      await sleep(100);
    }
  }
  figures.freshness = Date.now() - edited;
});

test('CSRF holds through the proxy: no token or a foreign Origin is refused, the site\'s own Origin is taken', { skip }, async () => {
  const visitor = new Client(proxy.url);
  const token = await visitor.formToken('/sign-in');
  const fields = { email: 'reviewer@pmi.example', password: PASSWORD };
  expectStatus(await visitor.postForm('/sign-in', { ...fields, csrf_token: 'not-the-token' }), 403, 'a wrong token');
  expectStatus(await visitor.postForm('/sign-in', { ...fields, csrf_token: token }, { headers: { origin: 'https://attacker.example' } }), 403, 'a foreign Origin');
  expectStatus(await visitor.postForm('/sign-in', { ...fields, csrf_token: token }, { headers: { origin: proxy.url } }), 303, 'the site\'s own Origin');
});

test('wrong passwords through the proxy and both servers lock the account everywhere', { skip }, async () => {
  const entrances = [proxy, one, two];
  let evaluated = 0, locked = false;
  for (let attempt = 0; attempt < 15 && !locked; attempt++) {
    const reply = await signInForm(new Client(entrances[attempt % 3].url), 'partner.es@pmi.example', `wrong-password-${attempt}`);
    if (reply.status === 429) locked = true;
    else { assert.equal(reply.status, 401, `attempt ${attempt + 1}`); evaluated++; }
  }
  assert.ok(locked, 'no lockout after 15 wrong passwords spread over both servers');
  assert.ok(evaluated <= 10, `${evaluated} wrong passwords were evaluated before the lockout`);
  for (const entrance of entrances)
    expectStatus(await signInForm(new Client(entrance.url), 'partner.es@pmi.example', PASSWORD), 429, `the right password during the lockout, through ${entrance.url}`);
  figures.lockout = evaluated;
});

test('the visitor\'s address is the one the proxy saw; X-Forwarded-For written by a visitor is not believed', { skip }, async () => {
  const recordedAddress = async (base, email) => {
    const csrf = await rawRequest(`${base}/api/v1/csrf`, { headers: { accept: 'application/json' } });
    assert.equal(csrf.status, 200);
    const cookie = (csrf.headers['set-cookie'] ?? []).map(line => line.split(';')[0]).join('; ');
    const body = JSON.stringify({ email, name: 'Scale Out', language: 'en', organisation: '', topics: ['calls'], consent: true });
    const reply = await rawRequest(`${base}/api/v1/mailing/subscriptions`, {
      method: 'POST', body,
      headers: {
        cookie, accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': JSON.parse(csrf.body).csrf_token, 'x-forwarded-for': FORGED,
      },
    });
    assert.equal(reply.status, 202, `subscribing through ${base}: ${reply.body.toString().slice(0, 300)}`);
    return scalar(one, `SELECT e.ip FROM mailing_consent_events e JOIN mailing_subscribers s ON s.id = e.subscriber_id WHERE s.email = '${email}'`);
  };
  assert.equal(await recordedAddress(proxy.url, uniqueEmail('through-proxy')), VISITOR, 'the consent ledger does not hold the address nginx saw');
  assert.equal(await recordedAddress(two.url, uniqueEmail('direct')), VISITOR, 'a visitor that is not the proxy set its own address');
});

test('the proxy sends plain HTTP to HTTPS, caches the assets, and refuses bodies above pmi\'s largest upload', { skip }, async () => {
  const plain = await fetch(`${proxy.httpUrl}/calls`, { redirect: 'manual' });
  assert.equal(plain.status, 301);
  assert.match(plain.headers.get('location') ?? '', /^https:\/\/127\.0\.0\.1(:\d+)?\/calls$/);

  const home = await (await fetch(`${proxy.url}/`)).text();
  const asset = home.match(/\/static\/[\w.-]+\?v=\w+/)?.[0];
  assert.ok(asset, 'the home page names no versioned asset');
  const first = await fetch(`${proxy.url}${asset}`);
  const firstBytes = Buffer.from(await first.arrayBuffer());
  const second = await fetch(`${proxy.url}${asset}`);
  assert.equal(second.headers.get('x-cache-status'), 'HIT', 'the asset was fetched from pmi again');
  assert.deepEqual(Buffer.from(await second.arrayBuffer()), firstBytes);

  const oversize = await new Promise((resolve, reject) => {
    const request = https.request(`${proxy.url}/applications/1/files`, {
      method: 'POST', ca: proxy.certificate, agent: false, headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(22 * 1024 * 1024) },
    }, response => { response.resume(); resolve(response.statusCode); request.destroy(); });
    request.on('error', reject);
    request.flushHeaders();
  });
  assert.equal(oversize, 413, 'a 22 MiB body was not refused from its Content-Length');
});

// Last: it stops server two.
test('with one server stopped, the proxy sends every request, forms too, to the other', { skip }, async () => {
  const reader = new Client(proxy.url);
  await reader.signIn('reviewer@pmi.example', PASSWORD);
  const stopped = await two.stop();
  assert.equal(stopped.code, 0, 'server two did not stop cleanly on SIGTERM');
  for (let i = 0; i < 4; i++) expectStatus(await reader.get('/account'), 200, `the session through the proxy, server two stopped (${i + 1})`);
  const visitor = new Client(proxy.url);
  expectStatus(await signInForm(visitor, 'applicant@pmi.example', PASSWORD), 303, 'signing in through the proxy, server two stopped');
  figures.failover = 6;
});
