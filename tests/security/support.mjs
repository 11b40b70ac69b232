// What the security suites share: the route table as the binary lists it, a signed-in
// client per role, the demo objects that fill each route's parameters, and how an answer is
// classed as allowed or denied.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

import { Client, runPmi, scalar } from '../http/harness.mjs';

const run = promisify(execFile);
const here = path.dirname(new URL(import.meta.url).pathname);
export const MATRIX_FILE = path.resolve(here, 'authorization.tsv');

export const PASSWORD = 'demo-password-2026';
export const ROLES = ['anonymous', 'applicant', 'partner', 'reviewer', 'officer', 'admin', 'network'];
const ACCOUNTS = {
  applicant: 'applicant@pmi.example',
  partner: 'partner@pmi.example',
  reviewer: 'reviewer@pmi.example',
  officer: 'officer@pmi.example',
  admin: 'admin@pmi.example',
  network: 'network@pmi.example',
  // The owners of the "other" variant's objects.
  otherApplicant: 'applicant.fr@pmi.example',
};
const CALL = 'canadian-municipal-teams-2027';

// [{method, pattern, csrfExempt}] from `pmi routes`: the table the server is built from.
export async function routeTable(server) {
  const { stdout } = await runPmi(server, ['routes']);
  return stdout.trim().split('\n').map(line => {
    const [method, pattern, flag] = line.split('\t');
    return { method, pattern, csrfExempt: flag === 'csrf-exempt' };
  });
}

// A client for `role` with its CSRF token learnt (anonymous visitors get one too).
export async function clientFor(server, role) {
  const client = new Client(server.url);
  if (role !== 'anonymous') await client.signIn(ACCOUNTS[role], PASSWORD);
  await client.get('/?lang=en');
  await client.apiCsrf();
  return client;
}

export async function clientsByRole(server) {
  const clients = {};
  for (const role of ROLES) clients[role] = await clientFor(server, role);
  return clients;
}

// Writes to the test's own database, for fixtures no HTTP route can make yet (a reviewer
// assigned before a call's deadline).
export async function execute(server, sql) {
  if (server.kind === 'sqlite')
    return run('sqlite3', ['-cmd', '.timeout 5000', server.databaseUrl.slice('sqlite:'.length), sql]);
  return run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', server.databaseUrl, '-c', sql]);
}

function expectStatus(reply, status, what) {
  assert.equal(reply.status, status, `${what} answered ${reply.status}: ${reply.text.slice(0, 400)}`);
  return reply;
}

async function uploadFile(server, client, application, name) {
  const form = new FormData();
  form.append('csrf_token', client.csrf);
  form.append('question', 'cvs');
  form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')]), name);
  const response = await fetch(`${server.url}/applications/${application}/files`, {
    method: 'POST', body: form, redirect: 'manual', headers: { cookie: client.cookieHeader() },
  });
  assert.equal(response.status, 303, `uploading ${name}: ${await response.text()}`);
  return scalar(server, `SELECT MAX(id) FROM application_files WHERE application_id = ${application}`);
}

async function startApplication(server, client) {
  const me = expectStatus(await client.get('/api/v1/me'), 200, 'GET /api/v1/me').json();
  const organisation_id = me.roles.find(r => r.role === 'applicant').organisation_id;
  const started = expectStatus(await client.postJson(`/api/v1/calls/${CALL}/applications`, { organisation_id }), 201, 'starting an application');
  const id = started.json().id;
  return { id, file: await uploadFile(server, client, id, 'team.pdf') };
}

async function proposeAmendment(client, partnership) {
  const budget = expectStatus(await client.get(`/api/v1/partnerships/${partnership}/budget`), 200, 'the budget').json();
  const line = budget.lines[0];
  const proposed = await client.postJson(`/api/v1/partnerships/${partnership}/budget/amendments`,
    { line: line.id, fiscal_year: line.fiscal_year, category: line.category, description: line.description, amount: '100.00', reason: 'Fixture.' });
  return expectStatus(proposed, 201, 'proposing an amendment').json().id;
}

// An expense or in-kind contribution entered by the partnership's staff with its document,
// waiting for review: the demo ledgers' entries have none.
async function enterWithEvidence(client, partnership, ledger) {
  const budget = expectStatus(await client.get(`/api/v1/partnerships/${partnership}/budget`), 200, 'the budget').json();
  const fields = ledger === 'expenses'
    ? { line: budget.lines[0].id, date: '2026-11-02', description: 'Fixture receipt.', currency: 'CAD', amount: '10.00' }
    : { kind: 'goods-services', date: '2026-11-02', description: 'Fixture donation.', amount: '50.00' };
  if (ledger === 'in-kind')
    fields.municipality = expectStatus(await client.get(`/api/v1/partnerships/${partnership}`), 200, 'the partnership').json().teams[0].key;
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
  form.append('file', new Blob([PDF]), 'evidence.pdf');
  const reply = await client.request('POST', `/api/v1/partnerships/${partnership}/${ledger}`,
    { headers: { 'x-csrf-token': client.csrf, accept: 'application/json' }, body: form });
  return expectStatus(reply, 201, `entering ${ledger} with evidence`).json().id;
}

// A payment to the partnership recorded by an officer: the demo has none.
async function disburse(officer, partnership) {
  const reply = await officer.postJson(`/api/v1/partnerships/${partnership}/disbursements`,
    { paid_on: '2026-11-02', paid_amount: '1000.00', reference: 'Fixture transfer' });
  return expectStatus(reply, 201, 'recording a disbursement').json().id;
}

// A new revision of the partnership's first reported values, submitted by its staff with a
// document attached: the demo's values are all approved and have none.
// A draft story of the partnership by `client`, with one photo (a demo story's smallest
// copy): its slug and the photo's id.
async function draftWithPhoto(server, client, partnership, photo) {
  const created = await client.postJson(`/api/v1/partnerships/${partnership}/stories`, { title: { en: 'Fixture story' } });
  const slug = expectStatus(created, 201, 'starting a story').json().slug;
  const form = new FormData();
  form.append('alt_en', 'Fixture photo');
  form.append('photo', new Blob([photo]), 'photo.jpg');
  const reply = await client.request('POST', `/api/v1/stories/${slug}/photos`,
    { headers: { 'x-csrf-token': client.csrf, accept: 'application/json' }, body: form });
  return { slug, photo: expectStatus(reply, 201, 'adding a photo').json().photos[0].id };
}

async function submitWithEvidence(server, client, partnership) {
  const first = expectStatus(await client.get(`/api/v1/partnerships/${partnership}/results`), 200, 'the results').json().measurements[0];
  const saved = await client.postJson(`/api/v1/partnerships/${partnership}/results`,
    { indicator: first.indicator, period: first.period, values: first.values, denominators: first.denominators, submit: true });
  const measurement = expectStatus(saved, 201, 'submitting values').json().id;
  const form = new FormData();
  form.append('csrf_token', client.csrf);
  form.append('file', new Blob([PDF]), 'evidence.pdf');
  expectStatus(await client.request('POST', `/partnerships/${partnership}/results/${measurement}/evidence`, { body: form }), 303, 'attaching evidence');
  const evidence = await scalar(server, `SELECT MAX(id) FROM measurement_evidence WHERE measurement_id = ${measurement}`);
  return { measurement, evidence };
}

// The objects of the demo program, plus those the suite creates, that the matrix's
// variants name: "own" objects belong to applicant@ (Pinecrest Landing) or partner@
// (Sonréba), which share partnership 1, and the own application is the one assigned to
// reviewer@; "other" objects belong to other organisations; "any" objects are the
// program office's.
export async function buildFixture(server, clients) {
  const value = sql => scalar(server, sql);
  const otherApplicant = await clientFor(server, 'otherApplicant');
  const own = await startApplication(server, clients.applicant);
  const other = await startApplication(server, otherApplicant);
  const callId = await value(`SELECT id FROM calls WHERE slug = '${CALL}'`);
  const reviewerId = await value(`SELECT id FROM users WHERE email = '${ACCOUNTS.reviewer}'`);
  await execute(server, `INSERT INTO call_reviewers (call_id, reviewer_id, capacity) VALUES (${callId}, ${reviewerId}, 2)`);

  const ownPartnership = await value("SELECT partnership_id FROM partnership_members WHERE member_key = 'bf-sonreba'");
  const otherPartnership = await value("SELECT partnership_id FROM partnership_members WHERE member_key = 'qc-lac-aux-herons'");
  const reported = { own: await submitWithEvidence(server, clients.applicant, ownPartnership),
    other: await submitWithEvidence(server, otherApplicant, otherPartnership) };
  const demoStory = expectStatus(await clients.anonymous.get('/api/v1/stories'), 200, 'the stories').json().stories[0];
  const demoPhoto = Buffer.from(await (await fetch(new URL(demoStory.photos[0].sizes[0].url, server.url))).arrayBuffer());
  const drafts = { own: await draftWithPhoto(server, clients.applicant, ownPartnership, demoPhoto),
    other: await draftWithPhoto(server, otherApplicant, otherPartnership, demoPhoto) };
  const amendments = { own: await proposeAmendment(clients.applicant, ownPartnership), other: await proposeAmendment(otherApplicant, otherPartnership) };

  const officer = clients.officer;
  expectStatus(await officer.postForm('/manage/mailing/campaigns', { csrf_token: officer.csrf, kind: 'message' }), 303, 'creating a campaign');
  expectStatus(await officer.postForm('/manage/matching/runs', { csrf_token: officer.csrf, label: 'Fixture', coverage: 'yes' }), 303, 'running the matching');
  expectStatus(await clients.anonymous.postJson('/api/v1/mailing/subscriptions',
    { email: 'subscriber@test.example', name: 'Subscriber', language: 'en', topics: ['news'], consent: true }), 202, 'subscribing');
  const admin = clients.admin;
  const office = await value("SELECT organisation_id FROM memberships WHERE role = 'program_officer'");
  const bystander = await value(`SELECT id FROM users WHERE email = '${ACCOUNTS.otherApplicant}'`);
  expectStatus(await admin.postForm('/admin/memberships', { csrf_token: admin.csrf, user_id: bystander, organisation_id: office, role: 'reviewer' }),
    303, 'granting a role');
  expectStatus(await officer.postJson('/api/v1/iati/publish', {}), 201, 'publishing the IATI activity file');
  expectStatus(await officer.postForm('/manage/matching/rules', { csrf_token: officer.csrf, team: 'sk-northgate', partner: 'bf-kassiri', rule: 'forbid' }),
    303, 'adding a matching rule');

  const fixture = {
    call: { slug: CALL, id: callId },
    reviewer: reviewerId,
    bystander,
    office,
    organisation: await value(`SELECT organisation_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = '${ACCOUNTS.applicant}'`),
    application: { own: own.id, other: other.id },
    file: { own: own.file, other: other.file },
    partnership: { own: ownPartnership, other: otherPartnership },
    amendment: amendments,
    team: { own: 'on-pinecrest-landing', other: 'qc-lac-aux-herons' },
    partner: { own: 'bf-sonreba', other: 'bo-villa-quispara' },
    news: { slug: await value('SELECT slug FROM news_posts ORDER BY id LIMIT 1'), id: await value('SELECT MIN(id) FROM news_posts') },
    page: await value('SELECT slug FROM pages ORDER BY slug LIMIT 1'),
    country: await value('SELECT code FROM countries ORDER BY code LIMIT 1'),
    area: await value('SELECT code FROM programming_areas ORDER BY code LIMIT 1'),
    run: await value('SELECT MAX(id) FROM matching_runs'),
    campaign: await value('SELECT MAX(id) FROM mailing_campaigns'),
    subscriber: await value('SELECT MAX(id) FROM mailing_subscribers'),
    membership: await value('SELECT MAX(id) FROM memberships'),
    // The ledgers', workplans' and results' entries of each partnership.
    expense: { own: await enterWithEvidence(clients.applicant, ownPartnership, 'expenses'),
      other: await enterWithEvidence(otherApplicant, otherPartnership, 'expenses') },
    contribution: { own: await enterWithEvidence(clients.applicant, ownPartnership, 'in-kind'),
      other: await enterWithEvidence(otherApplicant, otherPartnership, 'in-kind') },
    disbursement: { own: await disburse(officer, ownPartnership), other: await disburse(officer, otherPartnership) },
    activity: await ofPartnerships(value, 'SELECT MIN(id) FROM workplan_activities WHERE partnership_id = '),
    milestone: await ofPartnerships(value, 'SELECT MIN(id) FROM workplan_milestones WHERE partnership_id = '),
    measurement: { own: reported.own.measurement, other: reported.other.measurement },
    evidence: { own: reported.own.evidence, other: reported.other.evidence },
    period: await value('SELECT MAX(id) FROM reporting_periods'),
    event: await value('SELECT MIN(id) FROM events WHERE published = 1'),
    network: { own: 'amb-burkina', other: 'mekong-local-governments' },
    resource: {
      any: await value("SELECT MIN(id) FROM library_resources WHERE visibility = 'public' AND status = 'published'"),
      members: await value("SELECT MIN(id) FROM library_resources WHERE visibility = 'members' AND status = 'published'"),
    },
    story: { own: drafts.own.slug, other: drafts.other.slug },
    photo: { own: drafts.own.photo, other: drafts.other.photo },
    rates: 'exchange',
  };
  // A bystander on the network's staff, whose role the matrix may take away.
  const page = expectStatus(await officer.get('/networks/amb-burkina'), 200, 'the network page');
  expectStatus(await officer.postForm('/networks/amb-burkina/staff', { csrf_token: officer.csrfFromHtml(page.text), email: ACCOUNTS.otherApplicant }),
    303, 'giving the network role');
  fixture.networkStaff = await value(`SELECT MAX(m.id) FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.role = 'network' AND u.email = '${ACCOUNTS.otherApplicant}'`);
  await restoreAssignment(server, fixture);
  return fixture;
}

async function ofPartnerships(value, sql) {
  const own = await value(sql + `(SELECT partnership_id FROM partnership_members WHERE member_key = 'bf-sonreba')`);
  const other = await value(sql + `(SELECT partnership_id FROM partnership_members WHERE member_key = 'qc-lac-aux-herons')`);
  return { own, other };
}

// Seats reviewer@ on the own application again, without a conflict (declaring one or an
// officer's unassigning takes the seat away), through SQL: assignments are otherwise made after a deadline.
export function restoreAssignment(server, fixture) {
  return execute(server, `DELETE FROM review_conflicts WHERE application_id = ${fixture.application.own};
    INSERT INTO review_assignments (application_id, reviewer_id, pinned, assigned_at)
    VALUES (${fixture.application.own}, ${fixture.reviewer}, 1, 0) ON CONFLICT DO NOTHING`);
}

// Which fixture object fills each parameter, by the route it appears in. The first rule
// whose prefix starts the pattern wins.
const PARAMETERS = [
  ['/api/v1/calls/:slug', { slug: f => f.call.slug }],
  ['/calls/:slug', { slug: f => f.call.slug }],
  ['/news/:slug', { slug: f => f.news.slug }],
  ['/pages/:slug', { slug: f => f.page }],
  ['/manage/pages/:slug', { slug: f => f.page }],
  ['/manage/news/:id', { id: f => f.news.id }],
  ['/countries/:code', { code: f => f.country }],
  ['/areas/:code', { code: f => f.area }],
  ['/partners/:key', { key: f => f.partner.own }],
  ['/api/v1/partners/:key', { key: f => f.partner.own }],
  ['/directory/partners/:key', { key: (f, v) => f.partner[v] }],
  ['/directory/teams/:key', { key: (f, v) => f.team[v] }],
  ['/manage/matching/runs/:id', { id: f => f.run }],
  ...['/partnerships/:id', '/api/v1/partnerships/:id'].flatMap(start => [
    [`${start}/expenses`, { id: (f, v) => f.partnership[v], entry: (f, v) => f.expense[v] }],
    [`${start}/in-kind`, { id: (f, v) => f.partnership[v], entry: (f, v) => f.contribution[v] }],
    [`${start}/disbursements`, { id: (f, v) => f.partnership[v], disbursement: (f, v) => f.disbursement[v] }],
    [start, {
      id: (f, v) => f.partnership[v], amendment: (f, v) => f.amendment[v], activity: (f, v) => f.activity[v],
      milestone: (f, v) => f.milestone[v], measurement: (f, v) => f.measurement[v], evidence: (f, v) => f.evidence[v],
    }],
  ]),
  ['/api/v1/results/measurements/:measurement', { measurement: (f, v) => f.measurement[v] }],
  ['/manage/results/periods/:period', { period: f => f.period }],
  ['/manage/rates/:table', { table: f => f.rates }],
  ['/api/v1/rates/:table', { table: f => f.rates }],
  ['/events/:id', { id: f => f.event }],
  ['/manage/events/:id', { id: f => f.event }],
  ['/api/v1/events/:id', { id: f => f.event }],
  ['/networks/:key', { key: (f, v) => f.network[v === 'other' ? 'other' : 'own'], membership: f => f.networkStaff }],
  ['/api/v1/networks/:key', { key: f => f.network.own }],
  ['/resources/:id', { id: (f, v) => f.resource[v] }],
  ['/api/v1/resources/:id', { id: (f, v) => f.resource[v] }],
  ['/manage/resources/:id', { id: f => f.resource.any }],
  ...['/stories/:slug', '/api/v1/stories/:slug'].map(start => [start, { slug: (f, v) => f.story[v], photo: (f, v) => f.photo[v], width: () => 480 }]),
  ['/applications/:id', { id: (f, v) => f.application[v], file: (f, v) => f.file[v] }],
  ['/api/v1/applications/:id', { id: (f, v) => f.application[v], file: (f, v) => f.file[v] }],
  ['/reviews/:application', { application: (f, v) => f.application[v] }],
  ['/api/v1/reviews/:application', { application: (f, v) => f.application[v] }],
  ['/manage/calls/:id', { id: f => f.call.id, application: f => f.application.own }],
  ['/manage/mailing/subscribers/:id', { id: f => f.subscriber }],
  ['/api/v1/mailing/subscribers/:id', { id: f => f.subscriber }],
  ['/manage/mailing/campaigns/:id', { id: f => f.campaign }],
  ['/api/v1/mailing/campaigns/:id', { id: f => f.campaign }],
  ['/admin/memberships/:id', { id: f => f.membership }],
  // The bystander, whose second factor (none) a reset can take without ending a session the
  // matrix uses.
  ['/admin/users/:id', { id: f => f.bystander }],
];

// The concrete path of `pattern` for an object variant ("own", "other", "any" or "-").
// Addresses that need a query to name their objects.
const QUERIES = { '/manage/matching/compare': f => `?first=${f.run}&second=${f.run}` };

export function concretePath(pattern, variant, fixture) {
  if (QUERIES[pattern]) return pattern + QUERIES[pattern](fixture);
  if (!pattern.includes(':')) return pattern;
  const prefix = PARAMETERS.find(([start]) => pattern.startsWith(start) || pattern === start);
  if (!prefix) throw new Error(`no fixture object for the parameters of ${pattern}: add a rule to PARAMETERS in tests/security/support.mjs`);
  return pattern.replace(/:(\w+)/g, (whole, name) => {
    const fill = prefix[1][name];
    if (!fill) throw new Error(`no fixture object for :${name} in ${pattern}`);
    return encodeURIComponent(String(fill(fixture, variant)));
  });
}

// Pages that hold the form of an address other than the address itself or its parents.
const FORM_PAGES = [
  [/^\/manage\/calls\/(\d+)\//, m => [`/manage/calls/${m[1]}/review`, `/manage/calls/${m[1]}/ranking`]],
  [/^\/manage\/calls$/, () => ['/manage/calls/new']],
  [/^\/manage\/news$/, () => ['/manage/news/new']],
  [/^\/manage\/matching\//, (m, f) => ['/manage/matching', `/manage/matching/runs/${f.run}`]],
  [/^\/admin\//, () => ['/admin/users', '/admin/organisations']],
  [/^\/partnerships\/(\d+)\/budget\//, m => [`/partnerships/${m[1]}/budget`]],
];

function formPages(urlPath, fixture) {
  const pages = [];
  for (let at = urlPath; at; at = at.slice(0, at.lastIndexOf('/'))) pages.push(at);
  for (const [pattern, more] of FORM_PAGES) {
    const match = urlPath.match(pattern);
    if (match) pages.push(...more(match, fixture));
  }
  return pages;
}

const attribute = (tag, name) => {
  const found = tag.match(new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return found ? unescapeHtml(found[1] ?? found[2] ?? found[3]) : null;
};
const unescapeHtml = text => text.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

// The fields a browser would send from the page's form whose action is `urlPath`:
// {fields: [[name, value]], files: [name], multipart} or null when the page has no such form.
export function formFor(html, urlPath) {
  for (const [, open, inner] of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const action = attribute(open, 'action');
    if (action === null || action.split('?')[0] !== urlPath) continue;
    const fields = [], files = [];
    for (const [tag] of inner.matchAll(/<input\b[^>]*>/gi)) {
      const name = attribute(tag, 'name'), type = (attribute(tag, 'type') ?? 'text').toLowerCase();
      if (!name) continue;
      if (type === 'file') files.push(name);
      else if ((type !== 'checkbox' && type !== 'radio') || /\bchecked\b/i.test(tag)) fields.push([name, attribute(tag, 'value') ?? '']);
    }
    // The first named button is the one pressed (approve before reject, say).
    const button = [...inner.matchAll(/<button\b[^>]*>/gi)].map(([tag]) => tag).find(tag => attribute(tag, 'name'));
    if (button) fields.push([attribute(button, 'name'), attribute(button, 'value') ?? '']);
    for (const [, open2, options] of inner.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
      const all = [...options.matchAll(/<option\b([^>]*)>([^<]*)/gi)];
      const chosen = all.find(([, a]) => /\bselected\b/i.test(a)) ?? all.find(([, a]) => (attribute(a, 'value') ?? 'x') !== '') ?? all[0];
      if (attribute(open2, 'name') && chosen) fields.push([attribute(open2, 'name'), attribute(chosen[1], 'value') ?? chosen[2].trim()]);
    }
    for (const [, open3, text] of inner.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi))
      if (attribute(open3, 'name')) fields.push([attribute(open3, 'name'), unescapeHtml(text)]);
    return { fields, files, multipart: /multipart\/form-data/i.test(open) };
  }
  return null;
}

// The form for an unsafe HTML address, as the first of these roles is shown it: the
// requesting role, then staff, then the owners. Null when no page shows one.
export async function findForm(clients, role, urlPath, fixture) {
  for (const viewer of [role, 'officer', 'admin', 'applicant', 'partner', 'reviewer']) {
    for (const page of formPages(urlPath, fixture)) {
      const reply = await clients[viewer].get(page);
      if (reply.status !== 200 || !/text\/html/.test(reply.headers.get('content-type') ?? '')) continue;
      const form = formFor(reply.text, urlPath);
      if (form) return form;
    }
  }
  return null;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

// JSON bodies good enough for the API's actions to reach their authorisation check.
const API_BODIES = [
  [/\/calls\/[^/]+\/applications$/, f => ({ organisation_id: Number(f.organisation) })],
  [/\/answers$/, () => ({ version: 1, answers: { summary: 'Matrix.' } })],
  [/\/applications\/\d+\/decision$/, () => ({ outcome: 'waitlisted' })],
  [/\/scores$/, () => ({ scores: [{ criterion: 1, score: 1, comment: '' }] })],
  [/\/reviewers$/, f => ({ reviewer_id: Number(f.reviewer), capacity: 2 })],
  [/\/assignments\/(pin|remove)$/, f => ({ application_id: Number(f.application.own), reviewer_id: Number(f.reviewer) })],
  [/\/amendments\/\d+\/decision$/, () => ({ decision: 'reject' })],
];

// Form values that must not be the form's first choice: granting a role goes to a user
// that is none of the roles under test, or the matrix would change under its own feet.
const FORM_OVERRIDES = [
  [/^\/admin\/memberships$/, f => ({ user_id: f.bystander, role: 'reviewer', organisation_id: f.office })],
];

// The JSON body good enough for the API action at `urlPath` to reach its authorisation
// check and input checks: {} for the actions that need none.
export function apiBody(urlPath, fixture) {
  const body = fixture && API_BODIES.find(([pattern]) => pattern.test(urlPath));
  return body ? body[1](fixture) : {};
}

function multipartBody(fields, files, csrf) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, name === 'csrf_token' ? csrf : value);
  if (csrf && !fields.some(([name]) => name === 'csrf_token')) form.append('csrf_token', csrf);
  for (const name of files) form.append(name, new Blob([PDF]), 'matrix.pdf');
  return form;
}

// A request as a browser or API client of `client` makes it. Unsafe requests carry `csrf`
// (the client's own token unless given; null sends none) and the body the address's own
// form would send (`clients` and `fixture` find the form), or an API body that gets past
// input checks, so that what decides the answer is who asks.
export async function send(client, method, urlPath, { csrf = client.csrf, clients, role, fixture } = {}) {
  const api = urlPath.startsWith('/api/');
  if (method === 'GET') return client.get(urlPath, { headers: api ? { accept: 'application/json' } : {} });
  const headers = csrf ? { 'x-csrf-token': csrf } : {};
  if (/\/files$/.test(urlPath)) {
    // An upload is sent with a file whether or not this role is shown the form.
    const accept = api ? { accept: 'application/json' } : {};
    return client.request('POST', urlPath, { headers: { ...headers, ...accept }, body: multipartBody([['question', 'cvs']], ['file'], csrf) });
  }
  if (api) {
    return client.postJson(urlPath, apiBody(urlPath, fixture), { csrf });
  }
  const form = clients ? await findForm(clients, role, urlPath, fixture) : null;
  if (form?.multipart) return client.request('POST', urlPath, { headers, body: multipartBody(form.fields, form.files, csrf) });
  const override = fixture && FORM_OVERRIDES.find(([pattern]) => pattern.test(urlPath));
  const replaced = override ? Object.entries(override[1](fixture)) : [];
  const fields = (form?.fields ?? []).filter(([name]) => name !== 'csrf_token' && !replaced.some(([other]) => other === name));
  fields.push(...replaced);
  if (csrf) fields.push(['csrf_token', csrf]);
  return client.request('POST', urlPath, {
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString(),
  });
}

// "deny": refused (401, 403, 404, or sent to sign in); "error": a server fault; otherwise
// "allow": the request reached the action, even if the action then found the input wanting.
export function outcome(reply) {
  if (reply.status >= 500) return 'error';
  // 429: a sign-in refused for too many failures, which depends on the requests before.
  if ([401, 403, 404, 429].includes(reply.status)) return 'deny';
  if (reply.status >= 300 && reply.status < 400 && /^\/sign-in(\?|$)/.test(reply.location ?? '')) return 'deny';
  return 'allow';
}

// The matrix file: [{method, pattern, variant, expected: {role: 'allow'|'deny'}, line}].
export async function readMatrix() {
  const rows = [];
  const lines = (await readFile(MATRIX_FILE, 'utf8')).split('\n');
  lines.forEach((text, index) => {
    if (!text.trim() || text.startsWith('#')) return;
    const [method, pattern, variant, ...answers] = text.trim().split(/\t+/);
    assert.equal(answers.length, ROLES.length, `${MATRIX_FILE}:${index + 1}: expected ${ROLES.length} answers (${ROLES.join(' ')})`);
    assert.ok(answers.every(a => a === 'allow' || a === 'deny'), `${MATRIX_FILE}:${index + 1}: answers are allow or deny`);
    rows.push({ method, pattern, variant, expected: Object.fromEntries(ROLES.map((role, i) => [role, answers[i]])), line: index + 1 });
  });
  return rows;
}
