// Helpers for the black-box suites: start a real `pmi` server on a fresh data dir and
// database, talk to it like a browser would (cookies, CSRF tokens, no automatic redirects),
// and read the mail it queued.
//
// Environment:
//   PMI_BIN                the binary under test (default build/pmi)
//   PMI_TEST_DATABASE      "sqlite" (default) or "postgres"
//   PMI_TEST_POSTGRES_URL  the cluster to create databases in (set by scripts/with-postgres)
//   PMI_TEST_KEEP_DATA=1   keep each server's data dir after stop(), for a post-mortem
//   PMI_TEST_TEMPLATES     a folder where the demo program, migrated and loaded once, is kept
//                          for every test file of a run (set by tests/run-black-box); without
//                          it each test process loads the demo once for itself
import assert from 'node:assert/strict';
import { spawn, execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

import {
  DEMO_TOTP_SECRET, codeNow, forgetSession, nextCode, rememberSession, rememberedSession,
} from '../support/totp.mjs';

const run = promisify(execFile);
const pmiBin = path.resolve(process.env.PMI_BIN || 'build/pmi');

// A test that fails before stop() must not leave a server holding its port.
const running = new Set();
process.on('exit', () => { for (const child of running) child.kill('SIGKILL'); });

export function databaseKind() {
  return process.env.PMI_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
}

export async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => server.on('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise(resolve => server.close(resolve));
  return port;
}

let databaseCount = 0;

function databaseName(label) {
  return `pmi_${label}${process.pid}_${++databaseCount}_${Date.now() % 1e6}`;
}

function clusterUrl() {
  const url = process.env.PMI_TEST_POSTGRES_URL;
  if (!url) throw new Error('PMI_TEST_DATABASE=postgres needs PMI_TEST_POSTGRES_URL: run under scripts/with-postgres');
  return url;
}

function databaseUrlNamed(name) {
  const url = new URL(clusterUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

// Each server gets a database of its own, so suites never see each other's rows: a copy of
// the demo program's template (see demoTemplate).
async function newDatabase(kind, dataDir, template) {
  if (kind === 'sqlite') return `sqlite:${path.join(dataDir, 'pmi.db')}`;
  const name = databaseName('');
  await run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', clusterUrl(), '-c', `CREATE DATABASE ${name} TEMPLATE ${template.database}`]);
  return databaseUrlNamed(name);
}

// Every server starts on the demo program. Migrating and loading it takes seconds under the
// sanitizers, so that is done once per backend, into a template: a data folder (with the
// SQLite database in it) that each server's folder is copied from, and on PostgreSQL a
// database that each server's database is created from. The template is built aside and
// renamed into place, so test files running at the same time never see half of one.
const templates = new Map();
let ownTemplates = null;

function templatesFolder() {
  if (process.env.PMI_TEST_TEMPLATES) return process.env.PMI_TEST_TEMPLATES;
  if (!ownTemplates) {
    ownTemplates = path.join(tmpdir(), `pmi-templates-${process.pid}`);
    process.on('exit', () => rmSync(ownTemplates, { recursive: true, force: true }));
  }
  return ownTemplates;
}

function demoTemplate(kind) {
  if (!templates.has(kind)) templates.set(kind, loadOrBuildTemplate(kind));
  return templates.get(kind);
}

async function loadOrBuildTemplate(kind) {
  // A PostgreSQL template lives in one cluster: the folder names the cluster's address.
  const cluster = kind === 'postgres' ? `-${new URL(clusterUrl()).host.replace(/[^\w.-]/g, '_')}` : '';
  const folder = path.join(templatesFolder(), `${kind}${cluster}`);
  const read = async () => ({ dataDir: path.join(folder, 'data'), database: (await readFile(path.join(folder, 'database'), 'utf8')).trim() });
  try { return await read(); } catch { /* not built yet */ }
  await mkdir(templatesFolder(), { recursive: true });
  const staging = await mkdtemp(path.join(templatesFolder(), `${kind}-building-`));
  const dataDir = path.join(staging, 'data');
  await mkdir(dataDir);
  let database = '', databaseUrl = `sqlite:${path.join(dataDir, 'pmi.db')}`;
  if (kind === 'postgres') {
    database = databaseName('template_');
    await run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', clusterUrl(), '-c', `CREATE DATABASE ${database}`]);
    databaseUrl = databaseUrlNamed(database);
  }
  const common = ['--data', dataDir, '--database', databaseUrl];
  await pmi(['migrate', ...common], serverEnv({}));
  await pmi(['demo', ...common], serverEnv({}));
  await writeFile(path.join(staging, 'database'), `${database}\n`);
  try {
    await rename(staging, folder);
  } catch {
    // Another test file built one first: use that one.
    await rm(staging, { recursive: true, force: true });
  }
  return read();
}

// The server's environment: ours without PMI_* (a developer's settings must not leak in,
// and no PMI_SMTP_URL means mail stays in the outbox), plus quiet logging.
function serverEnv(extra) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PMI_')));
  return { ...env, PMI_LOG_LEVEL: 'warn', ...extra };
}

async function pmi(args, env) {
  try {
    return await run(pmiBin, args, { env, timeout: 60_000, maxBuffer: 16 << 20 });
  } catch (error) {
    throw new Error(`pmi ${args.join(' ')} failed (exit ${error.code ?? error.signal}):\n${error.stdout}\n${error.stderr}`);
  }
}

// Runs another pmi subcommand on a started server's data folder and database:
// runPmi(server, ['routes']) → {stdout, stderr}; throws with both when it fails.
export function runPmi(server, args, extraEnv = {}) {
  return pmi([...args, '--data', server.dataDir, '--database', server.databaseUrl], serverEnv(extraEnv));
}

// startServer({database, env}) → {url, dataDir, databaseUrl, kind, stderr(), stop(), kill(),
// restart(), another(env)}.
// database: "sqlite" | "postgres" (default from PMI_TEST_DATABASE). stop() sends SIGTERM,
// waits, and resolves to {code, signal} so a test can assert a clean shutdown; it removes
// the data dir. kill() sends SIGKILL and keeps the data; restart() then starts a new
// process on the same data and database (a new port: read url again); another(env) starts a
// second process on the same data and database beside this one, with `env` over the first's.
export async function startServer({ database = databaseKind(), env: extraEnv = {} } = {}) {
  const template = await demoTemplate(database);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pmi-test-'));
  await cp(template.dataDir, dataDir, { recursive: true });
  const databaseUrl = await newDatabase(database, dataDir, template);
  const env = serverEnv(extraEnv);
  const common = ['--data', dataDir, '--database', databaseUrl];
  const server = { dataDir, databaseUrl, kind: database };
  const start = async () => {
    try {
      return await launchOnFreePort(dataDir, common, env);
    } catch (error) {
      if (!process.env.PMI_TEST_KEEP_DATA) await rm(dataDir, { recursive: true, force: true });
      throw error;
    }
  };
  Object.assign(server, await start());
  server.restart = async () => Object.assign(server, await start());
  server.another = async (moreEnv = {}) =>
    ({ ...await launchOnFreePort(dataDir, common, { ...env, ...moreEnv }, { keepData: true }), dataDir, databaseUrl, kind: database });
  return server;
}

// The port is free when asked for but may be taken before pmi binds it: then retry.
async function launchOnFreePort(dataDir, common, env, options = {}) {
  for (let attempt = 1; ; attempt++) {
    const listen = `127.0.0.1:${await freePort()}`;
    const server = await launch(dataDir, common, listen, env, options);
    if (server.ok) return server.api;
    if (!/in use/i.test(server.log()) || attempt === 3)
      throw new Error(`pmi serve did not become healthy at ${listen}: ${server.reason}\n--- stderr ---\n${server.log()}`);
  }
}

async function launch(dataDir, common, listen, env, { keepData = false } = {}) {
  const child = spawn(pmiBin, ['serve', ...common, '--listen', listen], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const keep = chunk => { output = (output + chunk).slice(-64_000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise(resolve => child.on('exit', (code, signal) => {
    running.delete(child);
    resolve({ code, signal });
  }));
  let exit = null;
  exited.then(value => { exit = value; });
  child.on('error', error => keep(`spawn failed: ${error.message}\n`));

  const url = `http://${listen}`;
  const deadline = Date.now() + 20_000;
  let reason = 'timed out after 20 s';
  let healthy = false;
  while (!healthy && Date.now() < deadline) {
    if (exit) { reason = `exited early (${exit.code ?? exit.signal})`; break; }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      healthy = response.status === 200;
      if (!healthy) reason = `/healthz answered ${response.status}`;
    } catch { /* not listening yet */ }
    if (!healthy) await sleep(100);
  }
  if (!healthy) {
    child.kill('SIGKILL');
    await exited;
    return { ok: false, reason, log: () => output };
  }

  let stopping;
  async function stop() {
    stopping ??= (async () => {
      if (!exit) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const result = await exited;
      clearTimeout(timer);
      if (!keepData && !process.env.PMI_TEST_KEEP_DATA) await rm(dataDir, { recursive: true, force: true });
      return result;
    })();
    return stopping;
  }
  // As a crash would: no chance to finish anything; the data stays for restart().
  async function kill() {
    if (!exit) child.kill('SIGKILL');
    return exited;
  }
  return { ok: true, api: { url, stop, kill, stderr: () => output, pid: child.pid } };
}

// A cookie jar over fetch. Redirects are not followed, so tests see the 303s themselves.
// Each call resolves to {status, headers, text, location, json()}.
export class Client {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.cookies = new Map();
    this.csrf = null; // the last X-CSRF-Token value learnt, used by postJson by default
  }

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  remember(headers) {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const expired = attributes.some(a => /^\s*max-age\s*=\s*(0|-)/i.test(a))
        || attributes.some(a => /^\s*expires\s*=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now());
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(method, urlPath, { headers = {}, body } = {}) {
    const all = { ...headers };
    if (this.cookies.size && !('cookie' in all)) all.cookie = this.cookieHeader();
    const response = await fetch(new URL(urlPath, this.baseUrl), { method, headers: all, body, redirect: 'manual' });
    this.remember(response.headers);
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      location: response.headers.get('location'),
      json: () => JSON.parse(text),
    };
  }

  get(urlPath, { headers } = {}) {
    return this.request('GET', urlPath, { headers });
  }

  postForm(urlPath, fields, { headers = {} } = {}) {
    return this.request('POST', urlPath, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  }

  // obj may be a string, sent as it is (for malformed bodies). csrf: the X-CSRF-Token
  // value; default this.csrf; null sends none.
  postJson(urlPath, obj, { csrf = this.csrf, headers = {} } = {}) {
    const all = { 'content-type': 'application/json', accept: 'application/json', ...headers };
    if (csrf) all['x-csrf-token'] = csrf;
    return this.request('POST', urlPath, { headers: all, body: typeof obj === 'string' ? obj : JSON.stringify(obj) });
  }

  csrfFromHtml(html) {
    return csrfFromHtml(html);
  }

  // GET a page with a form and return the form's CSRF token.
  async formToken(urlPath) {
    const page = await this.get(urlPath);
    if (page.status !== 200) throw new Error(`GET ${urlPath} answered ${page.status}`);
    return csrfFromHtml(page.text);
  }

  // GET /api/v1/csrf and remember the token for postJson.
  async apiCsrf() {
    const reply = await this.get('/api/v1/csrf', { headers: { accept: 'application/json' } });
    if (reply.status !== 200) throw new Error(`GET /api/v1/csrf answered ${reply.status}: ${reply.text}`);
    this.csrf = reply.json().csrf_token;
    return this.csrf;
  }

  // Sign in through the HTML form, with the second step when the server asks for it (a code
  // from the demo authenticator secret unless `secret` says otherwise); throws unless the
  // server answers 303. A code works once, so when none is free this client joins the
  // session an earlier sign-in of the account opened through the second step, if it still
  // works, rather than wait for the next time step.
  async signIn(email, password, { secret = DEMO_TOTP_SECRET } = {}) {
    const csrf_token = await this.formToken('/sign-in');
    let reply = await this.postForm('/sign-in', { csrf_token, email, password });
    const pending_token = reply.status === 200 ? pendingTokenFromHtml(reply.text) : null;
    if (pending_token) {
      const code = codeNow(email, secret);
      const joined = code ? null : await this.joinSession(email);
      if (joined) return joined;
      reply = await this.postForm('/sign-in/two-factor', {
        csrf_token: csrfFromHtml(reply.text), pending_token, code: code ?? await nextCode(email, secret),
      });
      if (reply.status === 303) rememberSession(this.baseUrl, email, this.cookies);
    }
    if (reply.status !== 303) throw new Error(`sign-in as ${email} answered ${reply.status}: ${reply.text.slice(0, 500)}`);
    return reply;
  }

  // Takes the remembered session of `email` on this server: the sign-in page's 303 to the
  // account when it still works, else null (and the session is forgotten).
  async joinSession(email) {
    const saved = rememberedSession(this.baseUrl, email);
    if (!saved) return null;
    const own = this.cookies;
    this.cookies = new Map(saved);
    const reply = await this.get('/sign-in');
    if (reply.status === 303) return reply;
    forgetSession(this.baseUrl, email);
    this.cookies = own;
    return null;
  }
}

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", '#43': '+', '#x2B': '+', '#x2F': '/', '#47': '/', '#61': '=', '#x3D': '=' };
function unescapeHtml(text) {
  return text.replace(/&(#?\w+);/g, (whole, name) => entities[name] ?? whole);
}

// The value of the first <input name="csrf_token">, whatever the attribute order.
export function csrfFromHtml(html) {
  for (const input of html.match(/<input\b[^>]*>/gi) ?? []) {
    if (!/\bname\s*=\s*["']?csrf_token["'\s>]/i.test(input)) continue;
    const value = input.match(/\bvalue\s*=\s*"([^"]*)"|\bvalue\s*=\s*'([^']*)'/i);
    if (value) return unescapeHtml(value[1] ?? value[2]);
  }
  throw new Error('no csrf_token field in the page');
}

// The pending sign-in token of a second-step form, or null when the page has none.
export function pendingTokenFromHtml(html) {
  const input = (html.match(/<input\b[^>]*>/gi) ?? []).find(tag => /\bname="pending_token"/.test(tag));
  const value = input?.match(/\bvalue="([^"]*)"/);
  return value ? unescapeHtml(value[1]) : null;
}

// The mail queued so far, oldest first: [{to, subject, body}].
export async function outbox(server) {
  const columns = 'to_address AS "to", subject, body_text AS body';
  if (server.kind === 'sqlite') {
    // -json keeps newlines in bodies intact; it prints nothing at all for no rows.
    const db = server.databaseUrl.slice('sqlite:'.length);
    const { stdout } = await run('sqlite3', ['-json', '-cmd', '.timeout 5000', db, `SELECT ${columns} FROM outbox ORDER BY id`]);
    return stdout.trim() ? JSON.parse(stdout) : [];
  }
  const sql = `SELECT coalesce(json_agg(m ORDER BY m.id), '[]') FROM (SELECT id, ${columns} FROM outbox) m`;
  const { stdout } = await run('psql', ['-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', server.databaseUrl, '-c', sql]);
  return JSON.parse(stdout).map(({ to, subject, body }) => ({ to, subject, body }));
}

// The newest mail to `address` whose body contains `needle`, waiting up to 5 s in case the
// server queues it after answering.
export async function waitForMail(server, address, needle = '') {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const mail = (await outbox(server)).filter(m => m.to === address && m.body.includes(needle)).at(-1);
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail to ${address} containing "${needle}" in the outbox`);
    await sleep(100);
  }
}

// The first absolute URL in `body` that contains `fragment`.
export function findLink(body, fragment) {
  const link = (body.match(/https?:\/\/[^\s<>"']+/g) ?? []).find(url => url.includes(fragment));
  if (!link) throw new Error(`no link containing ${fragment} in:\n${body}`);
  return link.replace(/[.,;:)\]]+$/, ''); // punctuation that ends a sentence is not part of it
}

export function verificationLink(body) {
  return findLink(body, '/verify?token=');
}

// Path and query of a link, to follow it with a Client on the same server.
export function pathOf(link) {
  const url = new URL(link);
  return url.pathname + url.search;
}

// A fresh address for each account a test creates, so tests never collide.
let accountCount = 0;
export function uniqueEmail(label = 'user') {
  return `${label}.${process.pid}.${Date.now()}.${++accountCount}@test.example`;
}

// A client signed in as `email` (a demo account by default) that knows its API CSRF token.
export async function signedInClient(url, email, password = 'demo-password-2026') {
  const client = new Client(url);
  await client.signIn(email, password);
  await client.apiCsrf();
  return client;
}

// `reply`, after asserting its status; the message says what was asked and what came back.
export function expectStatus(reply, status, what) {
  assert.equal(reply.status, status, `${what}: ${reply.status} ${reply.location ?? ''} ${reply.text.slice(0, 400)}`);
  return reply;
}

// The first column of the first row of `sql` (a read-only query), as text.
export async function scalar(server, sql) {
  if (server.kind === 'sqlite') {
    const db = server.databaseUrl.slice('sqlite:'.length);
    const { stdout } = await run('sqlite3', ['-cmd', '.timeout 5000', db, sql]);
    return stdout.trim();
  }
  const { stdout } = await run('psql', ['-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', server.databaseUrl, '-c', sql]);
  return stdout.trim();
}

// The tests' SMTP server (tests/support/smtp_server.py, on Debian's aiosmtpd) on a free
// loopback port. It records every message it accepts before answering 250; some addresses
// get the refusals of a real mail service (reject-... 550 5.1.1, full-... 552, defer-... 451).
// startSmtp({user, password}) → {port, url, received(), waitFor(predicate, what), stop()}.
// received() → [{from, to: [...], data, at, tls, authenticated}], oldest first.
export async function startSmtp({ user, password } = {}) {
  const folder = await mkdtemp(path.join(tmpdir(), 'pmi-smtp-'));
  const out = path.join(folder, 'received.jsonl');
  const script = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../support/smtp_server.py');
  const args = [script, '--out', out, ...(user ? ['--user', user, '--password', password] : [])];
  const child = spawn('/usr/bin/python3', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let output = '', errors = '';
  child.stderr.on('data', chunk => { errors = (errors + chunk).slice(-8000); });
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the test SMTP server did not start: ${errors}`)), 10_000);
    child.stdout.on('data', chunk => {
      output += chunk;
      const match = output.match(/PORT (\d+)/);
      if (match) { clearTimeout(timer); resolve(Number(match[1])); }
    });
    child.on('exit', code => { clearTimeout(timer); reject(new Error(`the test SMTP server exited (${code}): ${errors}`)); });
  });
  async function received() {
    let text = '';
    try { text = await readFile(out, 'utf8'); } catch { return []; }
    return text.split('\n').filter(line => line.endsWith('}')).map(line => JSON.parse(line));
  }
  async function waitFor(predicate, what = 'a message', timeout = 15_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = (await received()).filter(predicate);
      if (found.length) return found;
      if (Date.now() > deadline) throw new Error(`the SMTP server received no ${what} in ${timeout / 1000} s`);
      await sleep(100);
    }
  }
  async function stop() {
    child.kill('SIGTERM');
    await rm(folder, { recursive: true, force: true });
  }
  return { port, url: `smtp://127.0.0.1:${port}`, received, waitFor, stop };
}

// A received message's header (unfolded), or '' when absent.
export function mailHeader(data, name) {
  const head = data.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find(l => l.toLowerCase().startsWith(name.toLowerCase() + ':'));
  return line ? line.slice(name.length + 1).trim() : '';
}

// The decoded text of the part of `type` (text/plain, text/html) of a received message.
export function mailPart(data, type) {
  const decode = part => {
    const [head, ...rest] = part.split(/\r?\n\r?\n/);
    const body = rest.join('\n\n');
    return /content-transfer-encoding:\s*base64/i.test(head) ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body;
  };
  const contentType = mailHeader(data, 'Content-Type');
  if (contentType.toLowerCase().startsWith(type)) return decode(data);
  const boundary = contentType.match(/boundary="([^"]+)"/)?.[1];
  if (!boundary) return '';
  for (const part of data.split(`--${boundary}`)) {
    const head = part.replace(/^\r?\n/, '');
    if (mailHeader(head, 'Content-Type').toLowerCase().startsWith(type)) return decode(head);
  }
  return '';
}

// An RFC 2047 header value, decoded.
export function decodeHeader(value) {
  return value.replace(/=\?UTF-8\?B\?([^?]+)\?=\s*/gi, (whole, encoded) => Buffer.from(encoded, 'base64').toString('utf8'));
}
