// Injection scanning (RELIABILITY.md §4.7): sqlmap and wapiti against a pmi built with the
// positive controls (cmake -DPMI_POSITIVE_CONTROLS=ON: src/testing/positive_controls.hpp),
// on the backend PMI_TEST_DATABASE names. make check runs it once per scanner and backend:
//
//   PMI_BIN=build-controls/pmi PMI_SCANNER=sqlmap tests/run-black-box tests/security/scanners.mjs
//   PMI_BIN=build-controls/pmi PMI_SCANNER=wapiti PMI_TEST_DATABASE=postgres tests/run-black-box tests/security/scanners.mjs
//
// sqlmap (--level=3 --risk=2 --dbms=<backend> --time-sec=2) gets every parameterised route
// that `pmi routes` lists: each path parameter, the query fields of a GET route's own search
// form, the fields of the form a POST route's page holds (with --csrf-token/--csrf-url) and
// the JSON body of an API action, each marked as an injection point (of fields that differ
// only in language or row number, title_en/title_fr or cash_1/cash_2, the first is marked:
// the same code reads them). A route is requested as the first role the authorization matrix
// lets through (so the scanner reaches the action, not the refusal), with that role's
// session. Routes that would end the scanner's own session (signing out, password, e-mail and
// second factor changes) are left out and counted. The URLs go in this order, four sqlmap
// processes at a time, until PMI_SCAN_SECONDS: the SQL control, text that reaches queries as
// a value (fields, slugs, keys), numeric ids alone (each route turns them into a typed id
// before any query), then what removes objects; the figure line counts the URLs reached, and
// those cut or not reached are listed.
// wapiti (through run_wapiti.py, which repairs two faults of Debian's 3.0.4) crawls from every
// GET route of the table, signed in as a program officer, and runs the modules of
// WAPITI_MODULES, each for at most PMI_WAPITI_MODULE_SECONDS.
//
// Pass rule: each run finds its controls (sqlmap the SQL one; wapiti the XSS, file and CSRF
// ones), or fails: a silent run may only mean the scanner never got in. Any finding outside
// /_controls/ fails and names the route and parameter, and so does any server error (5xx)
// outside the controls that the server counted during the scan. Each run prints one figure line:
//   scanners: sqlmap sqlite 80 of 131 URLs, 36741 requests, 0 findings, control found, 0 routes with 5xx
// "requests" are counted by the server (its /metrics). wapiti runs on a server that sets
// Secure cookies and HSTS (PMI_SECURE_COOKIES=1) as production does behind TLS; its one
// check that asks for the XSS auditor (X-XSS-Protection: 1) is set aside and counted, since
// browsers removed the auditor and OWASP advises against turning it on.
//
//   PMI_SCAN_SECONDS      sqlmap: the time all URLs share (default 330); the URLs not
//                         reached by then are counted and listed (raise it for a full pass)
//   PMI_SCAN_URL_SECONDS  sqlmap: the most one URL may take (default 20); the URLs cut are
//                         counted and listed
//   PMI_SCAN_JOBS         sqlmap processes at once (default 4: each spends most of its time
//                         waiting for answers and in its own pauses, not computing)
//   PMI_WAPITI_SECONDS    wapiti: crawl time (default 120)
//   PMI_WAPITI_MODULE_SECONDS  wapiti: the most each module may attack (default 20)
//   PMI_SCAN_KEEP=DIR     keep the scanners' logs and reports in DIR
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';

import { startServer } from '../http/harness.mjs';
import {
  apiBody, buildFixture, clientsByRole, concretePath, findForm, formFor, readMatrix, routeTable,
} from './support.mjs';

const runCommand = promisify(execFile);
const here = path.dirname(new URL(import.meta.url).pathname);
const SCANNER = process.env.PMI_SCANNER ?? 'sqlmap';
const METRICS_TOKEN = 'scanners-metrics-token';
const CONTROLS = '/_controls';
const CONTROL_SECONDS = 300;
// Requests that would end or change the session the scanner works with.
const OWN_SESSION = /\/sign-out$|^\/account\/(password|email|two-factor)|^\/api\/v1\/sign-out$/;
// The roles a route is requested as, in this order of preference: the first the matrix
// lets through.
const ROLE_PREFERENCE = ['officer', 'admin', 'applicant', 'partner', 'reviewer', 'network', 'anonymous'];
const WAPITI_MODULES = 'sql,blindsql,xss,permanentxss,exec,file,crlf,xxe,redirect,methods,cookieflags,http_headers,csp,backup,htaccess,csrf';
// wapiti's checks that do not apply, each with the reason (see the top of this file).
const SET_ASIDE = [/X-XSS-Protection is not set/];

const seconds = (name, fallback) => Number(process.env[name] ?? fallback);
const servers = [];
let work;
after(async () => {
  for (const server of servers) await server.stop();
  if (work && !process.env.PMI_SCAN_KEEP) await rm(work, { recursive: true, force: true });
});

async function workFolder() {
  work ??= process.env.PMI_SCAN_KEEP ? path.resolve(process.env.PMI_SCAN_KEEP) : await mkdtemp(path.join(tmpdir(), 'pmi-scan-'));
  await mkdir(work, { recursive: true });
  return work;
}

async function scanServer(env = {}) {
  const server = await startServer({ env: { PMI_METRICS_TOKEN: METRICS_TOKEN, PMI_PAGE_CACHE_MS: '0', ...env } });
  servers.push(server);
  const routes = await routeTable(server);
  assert.ok(routes.some(route => route.pattern.startsWith(CONTROLS)),
    `${process.env.PMI_BIN} has no ${CONTROLS} routes: build it with cmake -DPMI_POSITIVE_CONTROLS=ON`);
  return { server, routes };
}

// The requests the server answered so far, by its own count: {total, errors}, errors being
// the server errors (5xx) by route outside the controls.
async function requestsAnswered(server) {
  const reply = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  assert.equal(reply.status, 200, 'GET /metrics with the token');
  let total = 0;
  const errors = new Map();
  for (const [, route, status, count] of (await reply.text()).matchAll(/^pmi_http_requests_total\{route="([^"]*)",status="(\d+)"\} (\d+)$/gm)) {
    total += Number(count);
    if (Number(status) >= 500 && !route.startsWith(CONTROLS)) errors.set(route, (errors.get(route) ?? 0) + Number(count));
  }
  return { total, errors };
}

// What the server answered between two counts: the requests, and the routes that failed
// with a server error (an exception the program did not expect) since the first.
function answeredSince(before, after) {
  const errors = [...after.errors].filter(([route, count]) => count > (before.errors.get(route) ?? 0)).map(([route]) => route);
  return { requests: after.total - before.total, errors };
}

// Runs `command` for at most `limit` seconds: {code, output, cut}.
function runFor(command, args, limit) {
  return new Promise(resolve => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = chunk => { output = (output + chunk).slice(-400_000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let cut = false;
    const timer = setTimeout(() => { cut = true; child.kill('SIGKILL'); }, limit * 1000);
    child.on('close', code => { clearTimeout(timer); resolve({ code, output, cut }); });
  });
}

// The roles whose sessions no longer work: a scan that lost its session scanned the sign-in
// page from then on.
async function signedOut(clients, roles) {
  const lost = [];
  for (const role of new Set(roles)) {
    if (role === 'anonymous') continue;
    const reply = await clients[role].get('/api/v1/me', { headers: { accept: 'application/json' } });
    if (reply.status !== 200) lost.push(role);
  }
  return lost;
}

// ---- sqlmap ----

const mark = value => `${value === '' ? '1' : value}*`;

// The path of `concrete` (the fixture's object for each :parameter of `pattern`) with each
// query value, and each path parameter not tested yet, marked as an injection point. A path
// parameter is tested once per path that leads to it (`tested` holds "/partnerships/:id"):
// the router hands the same text to every route below it, and each turns it into the same
// typed id before any query.
function markedUrl(pattern, concrete, tested) {
  const [pathPart, query] = concrete.split('?');
  const patternSegments = pattern.split('/');
  const marked = pathPart.split('/').map((segment, i) => {
    const leading = patternSegments.slice(0, i + 1).join('/');
    if (!patternSegments[i]?.startsWith(':') || tested.has(leading)) return segment;
    tested.add(leading);
    return mark(segment);
  }).join('/');
  if (!query) return marked;
  return `${marked}?${[...new URLSearchParams(query)].map(([name, value]) => `${name}=${encodeURIComponent(value)}*`).join('&')}`;
}

// The fields of the GET form a page holds for its own address (a search or filter form).
function searchFields(html, urlPath) {
  const forms = (html.match(/<form\b[^>]*>[\s\S]*?<\/form>/gi) ?? []).filter(form => !/^<form\b[^>]*method\s*=\s*["']?post/i.test(form));
  return formFor(forms.join(''), urlPath)?.fields ?? [];
}

// JSON with each string and number marked as an injection point (sqlmap's custom marker
// inside JSON).
function markedJson(body) {
  const text = JSON.stringify(body, (key, value) => (['string', 'number'].includes(typeof value) ? `${value}@INJECT@` : value));
  return text.replace(/"(-?\d+(?:\.\d+)?)@INJECT@"/g, '$1*').replace(/@INJECT@/g, '*');
}

// Fields that differ only in their language (title_en, title_fr) or row number (cash_1,
// criterion_2_weight) are read by the same code: the first of each family is tested, the
// others are sent as the form has them.
const fieldFamily = name => name.replace(/[_-](en|fr|es)$/, '').replace(/\d+/g, 'N');

// The authorization matrix's rows by route ("GET /partnerships/:id").
async function matrixByRoute() {
  const matrix = new Map();
  for (const row of await readMatrix()) {
    const key = `${row.method} ${row.pattern}`;
    matrix.set(key, [...(matrix.get(key) ?? []), row]);
  }
  return matrix;
}

// The object variant a route is requested with (the role's own, when the matrix has one) and
// the first role the matrix lets through.
function firstAllowedRole(rows) {
  const row = rows.find(r => r.variant === 'own') ?? rows[0];
  return { variant: row?.variant ?? '-', role: ROLE_PREFERENCE.find(role => row?.expected[role] === 'allow') ?? 'officer' };
}

// The form fields of a POST route, as its page's form would send them, each family's first
// marked as an injection point.
function markedFormData(fields, csrf) {
  const tested = new Set();
  return [...fields.map(([name, value]) => {
    const family = fieldFamily(name);
    const marked = tested.has(family) ? encodeURIComponent(value) : mark(encodeURIComponent(value));
    tested.add(family);
    return `${encodeURIComponent(name)}=${marked}`;
  }), `csrf_token=${csrf}`].join('&');
}

// Whether a target sends text other than numeric ids at a marked point: a numeric path
// parameter becomes a typed id before any query, so text there never reaches one.
const textReachesQueries = target => /[^0-9/]\*/.test(target.url.split('?')[0]) || target.url.includes('?') || /\*/.test(target.data ?? target.json ?? '');

// One sqlmap target per parameterised route: {route, role, url, data?, json?}. Also the
// routes left out: `skipped` would end the scanner's session; `covered` have no parameter
// of their own beyond path parameters tested on another route.
async function sqlmapTargets(routes, clients, fixture) {
  const matrix = await matrixByRoute();
  const targets = [{ route: 'GET /_controls/sql', role: 'anonymous', url: '/_controls/sql?id=1*', control: true }];
  // In this order, so that what the time allows goes first where it matters most: text that
  // reaches queries as a value, then numeric ids, then what removes objects.
  const skipped = [], covered = [], idsOnly = [], consuming = [];
  const tested = new Set();
  for (const { method, pattern } of routes) {
    const route = `${method} ${pattern}`;
    if (pattern.startsWith(CONTROLS)) continue;
    if (OWN_SESSION.test(pattern)) { skipped.push(route); continue; }
    const { variant, role } = firstAllowedRole(matrix.get(route) ?? []);
    const concrete = concretePath(pattern, variant, fixture);
    const urlPath = concrete.split('?')[0];
    const target = { route, role, url: markedUrl(pattern, concrete, tested) };
    if (method === 'GET') {
      const page = await clients[role].get(concrete);
      const fields = /text\/html/.test(page.headers.get('content-type') ?? '') ? searchFields(page.text, urlPath) : [];
      if (fields.length)
        target.url += (target.url.includes('?') ? '&' : '?') + fields.map(([name, value]) => `${name}=${mark(encodeURIComponent(value))}`).join('&');
    } else if (pattern.startsWith('/api/')) {
      target.json = markedJson(apiBody(urlPath, fixture));
    } else {
      const form = await findForm(clients, role, urlPath, fixture);
      target.data = markedFormData((form?.fields ?? []).filter(([name]) => name !== 'csrf_token'), clients[role].csrf);
    }
    if (!`${target.url}${target.data ?? ''}${target.json ?? ''}`.includes('*')) {
      if (pattern.includes(':')) covered.push(route);
      continue;
    }
    if (/\/(delete|erase|withdraw|remove|cancel|unassign|reversal)$/.test(pattern)) consuming.push(target);
    else (textReachesQueries(target) ? targets : idsOnly).push(target);
  }
  return { targets: [...targets, ...idsOnly, ...consuming], skipped, covered };
}

function sqlmapArguments(server, target, client, folder) {
  const args = ['-u', server.url + target.url, '--batch', '--level=3', '--risk=2', `--dbms=${server.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
    '--time-sec=2', '--keep-alive', '--skip-waf', '--drop-set-cookie', '--disable-coloring', '--answers=follow=N', `--output-dir=${folder}`, '-v', '1'];
  if (client.cookies.size) args.push(`--cookie=${client.cookieHeader()}`);
  if (target.data !== undefined) {
    args.push(`--data=${target.data}`, '--csrf-token=csrf_token', `--csrf-url=${server.url}/api/v1/csrf`);
  } else if (target.json !== undefined) {
    args.push(`--data=${target.json}`, `--headers=X-CSRF-Token: ${client.csrf}\nAccept: application/json\nContent-Type: application/json`);
  }
  return args;
}

// The injection points sqlmap reports: [{parameter, types}]. A run cut before its summary
// still reports each point it found on the way.
function sqlmapFindings(output, cut) {
  const found = [];
  if (cut) {
    for (const [, parameter, type] of output.matchAll(/\] \[INFO\] (.+?) appears to be '(.+?)' injectable/g)) found.push({ parameter, types: [type] });
    return found;
  }
  for (const block of output.split(/identified the following injection point\(s\)[^\n]*\n---\n/).slice(1)) {
    for (const part of block.split('\n---')[0].split(/\n(?=Parameter: )/)) {
      const parameter = part.match(/^Parameter: (.+)$/m)?.[1];
      if (parameter) found.push({ parameter, types: [...part.matchAll(/^\s+Type: (.+)$/gm)].map(m => m[1]) });
    }
  }
  return found;
}

async function runSqlmap() {
  const started = Date.now();
  const { server, routes } = await scanServer();
  const clients = await clientsByRole(server);
  const fixture = await buildFixture(server, clients);
  const { targets, skipped, covered } = await sqlmapTargets(routes, clients, fixture);
  const folder = await workFolder();
  const requestsBefore = await requestsAnswered(server);
  const deadline = Date.now() + seconds('PMI_SCAN_SECONDS', 330) * 1000;
  const perUrl = seconds('PMI_SCAN_URL_SECONDS', 20);
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < targets.length && Date.now() < deadline) {
      const index = next++;
      const target = targets[index];
      const output = path.join(folder, `sqlmap-${server.kind}-${index}`);
      // The control is never cut: without its finding the run proves nothing.
      const limit = target.control ? CONTROL_SECONDS : Math.max(1, Math.min(perUrl, (deadline - Date.now()) / 1000));
      const run = await runFor('sqlmap', sqlmapArguments(server, target, clients[target.role], output), limit);
      await writeFile(path.join(folder, `sqlmap-${server.kind}-${index}.log`), `${target.route} as ${target.role}\n${run.output}`);
      if (!process.env.PMI_SCAN_KEEP) await rm(output, { recursive: true, force: true });
      results.push({ target, findings: sqlmapFindings(run.output, run.cut), cut: run.cut, failed: !run.cut && run.code !== 0 });
    }
  };
  await Promise.all(Array.from({ length: seconds('PMI_SCAN_JOBS', 4) }, worker));
  const { requests, errors } = answeredSince(requestsBefore, await requestsAnswered(server));
  const control = results.find(r => r.target.control);
  const outside = results.filter(r => !r.target.control && r.findings.length);
  const cut = results.filter(r => r.cut), failed = results.filter(r => r.failed);
  const unscanned = targets.length - results.length;
  const lost = await signedOut(clients, targets.map(t => t.role));
  console.log(`scanners: sqlmap ${server.kind} ${results.length} of ${targets.length} URLs, ${requests} requests, ${outside.length} findings, control ${control?.findings.length ? 'found' : 'NOT found'}, ${errors.length} routes with 5xx`
    + ` (${((Date.now() - started) / 1000).toFixed(0)} s; ${cut.length} cut at ${perUrl} s, ${unscanned} not reached; left out: ${covered.length} whose`
    + ` path parameters other routes test, ${skipped.length} that end the session)`);
  for (const r of cut) console.log(`  cut at ${perUrl} s: ${r.target.route} as ${r.target.role}`);
  for (const t of targets.filter(t => !results.some(r => r.target === t))) console.log(`  not reached: ${t.route}`);
  assert.deepEqual(lost, [], 'these roles\' sessions ended during the scan');
  assert.ok(control?.findings.length, `sqlmap did not find the SQL injection control at ${CONTROLS}/sql: the run proves nothing`);
  assert.deepEqual(outside.flatMap(r => r.findings.map(f => `${r.target.route} (${r.target.url} as ${r.target.role}): ${f.parameter}: ${f.types.join(', ')}`)), [],
    'sqlmap found injection points outside the controls');
  assert.deepEqual(failed.map(r => `${r.target.route}`), [], `sqlmap stopped with an error on these routes (logs in ${folder})`);
  assert.deepEqual(errors, [], 'these routes failed with a server error (5xx) under the scan');
}

// ---- wapiti ----

// The pages and forms wapiti found and attacked, from its session database.
async function wapitiResources(session) {
  const database = (await readdir(session)).find(name => name.endsWith('.db'));
  const { stdout } = await runCommand('sqlite3', [path.join(session, database), 'SELECT COUNT(*) FROM paths WHERE evil = 0']);
  return Number(stdout.trim());
}

async function runWapiti() {
  const started = Date.now();
  const { server, routes } = await scanServer({ PMI_SECURE_COOKIES: '1' });
  const clients = await clientsByRole(server);
  const fixture = await buildFixture(server, clients);
  const officer = clients.officer;
  const folder = await workFolder();
  const report = path.join(folder, `wapiti-${server.kind}.json`);
  const crawl = seconds('PMI_WAPITI_SECONDS', 120), attack = seconds('PMI_WAPITI_MODULE_SECONDS', 20);
  const session = path.join(folder, `wapiti-session-${server.kind}`);
  // The controls first: each module attacks pages in the order they were found.
  const controlPages = ['/sql?id=1', '/echo?text=hello', '/file?name=controls.txt', '/note'].map(page => CONTROLS + page);
  const matrix = await matrixByRoute();
  // Pages only: wapiti attacks query and form fields, which files, exports and JSON have none
  // of, and the crawl has to reach the controls' form before its time runs out.
  const page = r => r.method === 'GET' && !r.pattern.startsWith(CONTROLS) && !OWN_SESSION.test(r.pattern)
    && !/^\/api\/|\.(csv|xlsx|xml|ics|json|atom)$|\/(file|evidence|photos\/.*)$/.test(r.pattern);
  const starts = [...controlPages,
    ...routes.filter(page).map(r => concretePath(r.pattern, firstAllowedRole(matrix.get(`GET ${r.pattern}`) ?? []).variant, fixture))];
  const args = ['-u', `${server.url}/`, '--scope', 'domain', '-m', WAPITI_MODULES, '--flush-session',
    '--store-session', session, '--store-config', path.join(folder, `wapiti-config-${server.kind}`),
    '--max-scan-time', String(crawl), '--max-attack-time', String(attack), '-H', `Cookie: ${officer.cookieHeader()}`,
    // Without brotli, which Debian's wapiti cannot decode: it would read compressed pages as noise.
    '-H', 'Accept-Encoding: gzip, deflate',
    '-f', 'json', '-o', report, '-v', '1', '--no-bugreport',
    ...['sign-out', 'account/password', 'account/email', 'account/two-factor*', 'api/v1/sign-out', 'metrics'].flatMap(p => ['-x', `${server.url}/${p}`]),
    ...starts.flatMap(start => ['-s', server.url + start])];
  const requestsBefore = await requestsAnswered(server);
  const run = await runFor('/usr/bin/python3', [path.join(here, 'run_wapiti.py'), ...args], crawl + attack * 20 + 120);
  await writeFile(path.join(folder, `wapiti-${server.kind}.log`), run.output);
  const { requests, errors } = answeredSince(requestsBefore, await requestsAnswered(server));
  assert.deepEqual(await signedOut(clients, ['officer']), [], 'the officer\'s session ended during the scan');
  assert.ok(!run.cut && run.code === 0, `wapiti ended with ${run.cut ? 'a timeout' : `exit ${run.code}`}:\n${run.output.slice(-3000)}`);
  const found = JSON.parse(await readFile(report, 'utf8'));
  const entries = [...Object.entries(found.vulnerabilities ?? {}), ...Object.entries(found.anomalies ?? {})]
    .flatMap(([category, list]) => list.map(entry => ({ category, ...entry })));
  const setAside = entries.filter(e => SET_ASIDE.some(pattern => pattern.test(e.info)));
  const counted = entries.filter(e => !setAside.includes(e));
  const inControls = counted.filter(e => e.path.startsWith(CONTROLS));
  const outside = counted.filter(e => !e.path.startsWith(CONTROLS));
  const controls = { xss: /Cross Site Scripting/i, file: /Path Traversal/i, csrf: /Cross Site Request Forgery/i };
  const missing = Object.entries(controls).filter(([, category]) => !inControls.some(e => category.test(e.category))).map(([name]) => name);
  const urls = await wapitiResources(session);
  console.log(`scanners: wapiti ${server.kind} ${urls} URLs, ${requests} requests, ${outside.length} findings, `
    + `${missing.length ? `controls NOT found: ${missing.join(', ')}` : 'controls found'}, ${errors.length} routes with 5xx (${((Date.now() - started) / 1000).toFixed(0)} s; `
    + `${inControls.length} in the controls, ${setAside.length} set aside)`);
  assert.deepEqual(missing, [], `wapiti did not find these controls under ${CONTROLS}: the run proves nothing (report ${report})`);
  assert.deepEqual(outside.map(e => `${e.category}: ${e.method} ${e.path} ${e.parameter ?? ''}: ${e.info}`), [], 'wapiti found flaws outside the controls');
  assert.deepEqual(errors, [], 'these routes failed with a server error (5xx) under the scan');
}

test(`${SCANNER} finds its positive controls and nothing else (${process.env.PMI_TEST_DATABASE ?? 'sqlite'})`, { timeout: 1_800_000 }, async () => {
  assert.ok(['sqlmap', 'wapiti'].includes(SCANNER), `PMI_SCANNER is sqlmap or wapiti, not ${SCANNER}`);
  await (SCANNER === 'sqlmap' ? runSqlmap() : runWapiti());
});
