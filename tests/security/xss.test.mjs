// The XSS sweep (plan 4.8): free-text fields (news title, summary and body, a call's title
// and description, a partner's name and profile, stories and their photos' text, library
// resources, application answers), the names of uploaded files (application attachments,
// results evidence, expense receipts and in-kind evidence, library files) and mail subjects
// (campaigns, messages in the outbox) are seeded straight into the database with polyglot
// payloads whose elements carry unique markers, and chromium (scripts on) visits the pages
// as each role. Every page must open no dialog and hold no marker element and no
// javascript: link; the payloads must show as text somewhere, and every file name and
// subject on some page visited, or the sweep proved nothing.
// PMI_XSS_FULL=1 visits every page the authorization matrix lets each role read, not only
// the sample below.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { scalar, startServer } from '../http/harness.mjs';
import { launchChromium, newPage } from '../browser/support.mjs';
import { buildFixture, clientsByRole, concretePath, execute, readMatrix } from './support.mjs';

const FULL = process.env.PMI_XSS_FULL === '1';
const EMAILS = {
  applicant: 'applicant@pmi.example', partner: 'partner@pmi.example', reviewer: 'reviewer@pmi.example',
  officer: 'officer@pmi.example', admin: 'admin@pmi.example', network: 'network@pmi.example',
};
// The sample make test visits: [pattern, variant, roles].
const SAMPLE = [
  ['/', '-', ['anonymous']],
  ['/news', '-', ['anonymous']],
  ['/news/:slug', 'any', ['anonymous', 'officer']],
  ['/calls/:slug', 'any', ['anonymous', 'applicant']],
  ['/partners', '-', ['anonymous']],
  ['/partners/:key', 'own', ['anonymous', 'partner']],
  ['/stories', '-', ['anonymous']],
  ['/stories/:slug', 'own', ['applicant']],
  ['/resources', '-', ['anonymous', 'applicant']],
  ['/resources/:id', 'any', ['anonymous']],
  ['/applications/:id', 'own', ['applicant', 'officer']],
  ['/manage/calls/:id/applications', 'any', ['officer']],
  ['/search?q=xss', '-', ['anonymous']],
  ['/partnerships/:id/expenses', 'own', ['applicant']],
  ['/partnerships/:id/in-kind', 'own', ['applicant']],
  ['/partnerships/:id/results', 'own', ['applicant', 'officer']],
  ['/manage/resources/:id/edit', 'any', ['officer']],
  ['/manage/mailing/campaigns', '-', ['officer']],
  ['/manage/mailing/campaigns/:id', 'any', ['officer']],
  ['/manage/mailing/campaigns/:id/preview', 'any', ['officer']],
  ['/admin/outbox', '-', ['admin']],
];
// Seeded names of uploaded files and mail subjects: each must show on a page visited.
const FILE_NAMES_AND_SUBJECTS = ['attachment-name', 'evidence-name', 'receipt-name', 'in-kind-evidence-name', 'resource-file-name',
  'campaign-subject', 'mail-subject'];

// Each payload breaks out of a different context; MARK is replaced by a marker id unique to
// the field and payload, so a marker found in the DOM names the field that leaked.
const PAYLOADS = [
  '<script id="MARK">alert(1)</script>',
  '<img src=x id=MARK onerror=alert(1)>',
  '"><svg id=MARK onload=alert(1)>',
  "'--></style></title></textarea></script><b id=MARK>x</b>",
  '<a id=MARK href="javascript:alert(1)">x</a> [link](javascript:alert(1))',
  '<details id=MARK open ontoggle=alert(1)>',
  '<iframe id=MARK srcdoc="<script>parent.alert(1)</script>"></iframe>',
  '{{7*7}}<math><mtext><table><mglyph><style><img id=MARK src=x onerror=alert(1)>',
];
const payload = field => `Seeded ${field} ` + PAYLOADS.map((p, i) => p.replace('MARK', `xss-${field}-${i}`)).join(' ');
const sqlText = text => `'${text.replace(/'/g, "''")}'`;
const localized = field => sqlText(JSON.stringify({ en: payload(field), fr: payload(field), es: payload(field) }));

let server, fixture, browser;
const seededFields = new Set();

async function seed() {
  const updates = [
    `UPDATE news_posts SET title = ${localized('news-title')}, summary = ${localized('news-summary')}, body = ${localized('news-body')}`,
    `UPDATE calls SET title = ${localized('call-title')}, description = ${localized('call-description')}`,
    `UPDATE partner_governments SET name = ${sqlText(payload('partner-name'))}, description = ${localized('partner-profile')} WHERE key = 'bf-sonreba'`,
    `UPDATE stories SET title = ${localized('story-title')}, body = ${localized('story-body')}`,
    `UPDATE library_resources SET title = ${localized('resource-title')}, summary = ${localized('resource-summary')}`,
    `UPDATE library_resources SET file_name = ${sqlText(payload('resource-file-name'))} WHERE file_sha256 IS NOT NULL`,
    `UPDATE story_photos SET alt = ${localized('photo-alt')}, caption = ${localized('photo-caption')}`,
    `UPDATE application_files SET file_name = ${sqlText(payload('attachment-name'))}`,
    `UPDATE measurement_evidence SET file_name = ${sqlText(payload('evidence-name'))}`,
    `UPDATE expenses SET evidence_name = ${sqlText(payload('receipt-name'))} WHERE evidence_name <> ''`,
    `UPDATE in_kind_contributions SET evidence_name = ${sqlText(payload('in-kind-evidence-name'))} WHERE evidence_name <> ''`,
    `UPDATE mailing_campaigns SET subject = ${localized('campaign-subject')}`,
    `UPDATE outbox SET subject = ${sqlText(payload('mail-subject'))}`,
    `INSERT INTO application_answers (application_id, question_code, value)
       SELECT a.id, q.code, ${sqlText(payload('answer'))} FROM applications a JOIN call_questions q ON q.call_id = a.call_id
       WHERE a.id = ${fixture.application.own} AND q.kind = 'text'`,
  ];
  for (const sql of updates) {
    for (const match of sql.matchAll(/Seeded ([a-z-]+)/g)) seededFields.add(match[1]);
    await execute(server, sql);
  }
}

before(async () => {
  // No page cache: the seeds are written behind the server's back.
  server = await startServer({ env: { PMI_PAGE_CACHE_MS: '0' } });
  fixture = await buildFixture(server, await clientsByRole(server));
  await seed();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

// [{role, path}] to visit.
async function visits() {
  if (!FULL) return SAMPLE.flatMap(([pattern, variant, roles]) => roles.map(role => ({ role, path: concretePath(pattern, variant, fixture) })));
  const rows = (await readMatrix()).filter(row => row.method === 'GET' && !/\.(atom|ics|csv|xlsx|json|xml|svg|png|jpg)$|\/file$|\/evidence|\/download|^\/(healthz|metrics)$|^\/api\//.test(row.pattern));
  return rows.flatMap(row => Object.entries(row.expected).filter(([, answer]) => answer === 'allow')
    .map(([role]) => ({ role, path: concretePath(row.pattern, row.variant, fixture) })));
}

// The same inspection as the sweep's, on `page` as it stands.
const inspect = page => page.evaluate(() => ({
  markers: [...document.querySelectorAll('[id^="xss-"]')].map(e => `<${e.localName} id=${e.id}>`),
  javascriptLinks: [...document.querySelectorAll('a[href^="javascript:" i], iframe[src^="javascript:" i]')].map(e => e.outerHTML.slice(0, 120)),
  seeded: document.body.innerText.includes('Seeded '),
  // Fields shown as text, or as an attribute's value (a form field, a photo's alt text).
  fields: [...new Set([...document.documentElement.outerHTML.matchAll(/Seeded ([a-z-]+)/g)].map(match => match[1]))],
}));

test('the inspection finds the payloads when a page does render them as HTML (positive control)', async () => {
  const page = await newPage(browser, server.url, null, { javaScriptEnabled: true });
  page.on('dialog', dialog => dialog.dismiss().catch(() => {}));
  await page.setContent(`<body>${payload('control')}</body>`, { waitUntil: 'domcontentloaded' });
  const found = await inspect(page);
  await page.context().close();
  assert.ok(found.markers.length >= PAYLOADS.length - 2, `only ${found.markers.join(' ')} found`);
  assert.ok(found.javascriptLinks.length >= 1);
});

test(`no seeded payload runs or becomes an element on the ${FULL ? 'pages of every role' : 'sample pages'}`, { timeout: 1_800_000 }, async () => {
  const plan = await visits();
  const byRole = plan.reduce((roles, visit) => roles.set(visit.role, [...(roles.get(visit.role) ?? []), visit]), new Map());
  const findings = [];
  let pages = 0, shown = 0;
  const fieldsShown = new Set();
  for (const [role, list] of byRole) {
    const page = await newPage(browser, server.url, role === 'anonymous' ? null : EMAILS[role], { javaScriptEnabled: true });
    page.on('dialog', dialog => { findings.push(`${role} ${page.url()}: a dialog "${dialog.message()}"`); dialog.dismiss().catch(() => {}); });
    for (const { path } of list) {
      const response = await page.goto(`${server.url}${path}`).catch(error => ({ failed: error.message }));
      if (response?.failed || !/text\/html/.test(response.headers()['content-type'] ?? '')) continue;
      pages++;
      const found = await inspect(page);
      if (found.seeded) shown++;
      found.fields.forEach(field => fieldsShown.add(field));
      for (const marker of found.markers) findings.push(`${role} ${path}: the element ${marker} was created`);
      for (const link of found.javascriptLinks) findings.push(`${role} ${path}: ${link}`);
    }
    await page.context().close();
  }
  const unseen = [...seededFields].filter(field => !fieldsShown.has(field));
  // Before the figure line, which make check's table takes as the last line starting "XSS sweep".
  if (unseen.length) console.log(`Seeded but on no page visited: ${unseen.join(', ')}`);
  console.log(`XSS sweep: ${pages} pages as ${byRole.size} roles, seeded text shown on ${shown}, ${fieldsShown.size} of ${seededFields.size} seeded fields shown, ${findings.length} findings`);
  assert.ok(pages > 0 && shown > 0, 'no page showed the seeded text: the seeds did not reach the pages');
  assert.deepEqual(FILE_NAMES_AND_SUBJECTS.filter(field => !fieldsShown.has(field)), [], 'file names or subjects seeded but shown on no page visited');
  assert.deepEqual(findings, []);
});
