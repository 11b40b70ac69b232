// The resource library over HTTP on the demo: facets and counts that cover only what the
// reader may see, members-only resources and files hidden from the public (404, not in the
// counts, not in the site search), an officer's upload checked by content, publishing and
// withdrawing; and the network role: officers give it, staff edit their own network only.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, scalar, signedInClient, startServer } from './harness.mjs';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function facetCount(html, facet, code) {
  const section = html.match(new RegExp(`data-facet="${facet}"[\\s\\S]*?</section>`))[0];
  const link = section.match(new RegExp(`href="[^"]*${facet}=${code}[^"]*"[^>]*>[^<]*<span class="count">\\((\\d+)\\)`));
  return link ? Number(link[1]) : 0;
}

async function upload(client, urlPath, fields, file) {
  const form = new FormData();
  form.append('csrf_token', client.csrf);
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) form.append(name, one);
  if (file) form.append('file', new Blob([file.data]), file.name);
  return client.request('POST', urlPath, { body: form });
}

describe('resource library', { concurrency: 1 }, () => {
  let server, visitor, member, officer;
  before(async () => {
    server = await startServer();
    visitor = new Client(server.url);
    member = await signedInClient(server.url, 'partner@pmi.example');
    officer = await signedInClient(server.url, 'officer@pmi.example');
    await officer.apiCsrf();
  });
  after(async () => { await server?.stop(); });

  test('the public sees public resources only: in the list, the facet counts, the API and the search', async () => {
    const open = await visitor.get('/resources?lang=en');
    assert.equal(open.status, 200);
    assert.match(open.text, /4 resources/);
    assert.doesNotMatch(open.text, /Business visit questionnaire|year in review|Investment readiness/);
    const members = await member.get('/resources?lang=en');
    assert.match(members.text, /6 resources/);
    assert.match(members.text, /Business visit questionnaire/);
    assert.doesNotMatch(members.text, /Investment readiness/, 'a draft is for the office only');
    assert.equal(facetCount(open.text, 'country', 'KH'), 0, 'the members-only tool is the only one for Cambodia');
    assert.equal(facetCount(members.text, 'country', 'KH'), 1);
    assert.equal(facetCount(open.text, 'kind', 'report'), 0);
    assert.equal(facetCount(members.text, 'kind', 'report'), 1);

    const api = (await visitor.get('/api/v1/resources?area=trade-regional')).json();
    assert.equal(api.total, 1);
    assert.deepEqual(api.facets.country, { BO: 1, NI: 1 });
    assert.equal((await member.get('/api/v1/resources?area=trade-regional')).json().total, 3, 'the members-only tool and report too');

    const secret = await scalar(server, "SELECT id FROM library_resources WHERE visibility = 'members' AND status = 'published' ORDER BY id LIMIT 1");
    assert.equal((await visitor.get(`/resources/${secret}`)).status, 404);
    assert.equal((await visitor.get(`/resources/${secret}/file`)).status, 404);
    assert.equal((await visitor.get(`/api/v1/resources/${secret}`)).status, 404);
    const file = await member.get(`/resources/${secret}/file`);
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/pdf');

    const hidden = (await visitor.get('/api/v1/search?q=questionnaire')).json();
    assert.equal(hidden.total, 0);
    assert.equal(JSON.stringify(hidden.groups).includes('uestionnaire'), false);
    const found = (await member.get('/api/v1/search?q=questionnaire')).json();
    assert.equal(found.groups.find(group => group.kind === 'resource').total, 1);
  });

  test('filters combine, and each facet counts under the other facets', async () => {
    const page = await visitor.get('/resources?country=BF&lang=en');
    assert.match(page.text, /2 resources/);
    assert.match(page.text, /aria-current="true"[^>]*>Burkina Faso/);
    assert.equal(facetCount(page.text, 'country', 'BO'), 1);
    assert.equal(facetCount(page.text, 'language', 'fr'), 1);
    const narrowed = await visitor.get('/resources?country=BF&language=fr&kind=case-study&area=inclusive-led&lang=en');
    assert.match(narrowed.text, /1 resource\b/);
    assert.match((await visitor.get('/resources?country=XX&page=abc')).text, /4 resources/, 'unknown filters are ignored');
  });

  test('an officer uploads a document checked by content, publishes it and withdraws it', async () => {
    const fields = { kind: 'report', title_en: 'Cooperative ledger template', summary_en: 'Ledger columns for cooperatives.',
      areas: ['inclusive-led'], countries: ['ML'], document_language: 'fr', published_on: '2026-10-01', visibility: 'members', link: '' };
    const refused = await upload(officer, '/manage/resources/new', fields, { name: 'ledger.pdf', data: Buffer.from('MZ\x90\x00 not a document') });
    assert.equal(refused.status, 422);
    assert.match(refused.text, /id="file"[^>]*aria-invalid="true"/);
    assert.equal((await upload(member, '/manage/resources/new', fields, { name: 'ledger.pdf', data: PDF })).status, 403);

    const created = await upload(officer, '/manage/resources/new', fields, { name: 'ledger.pdf', data: PDF });
    assert.equal(created.status, 303, created.text.slice(0, 300));
    const id = created.location.match(/\/resources\/(\d+)/)[1];
    assert.equal((await member.get(`/resources/${id}`)).status, 404, 'a draft');
    assert.equal((await member.postForm(`/manage/resources/${id}/publish`, { csrf_token: member.csrf })).status, 403);
    const manage = await officer.get('/manage/resources');
    const token = officer.csrfFromHtml(manage.text);
    assert.equal((await officer.postForm(`/manage/resources/${id}/publish`, { csrf_token: token })).status, 303);
    assert.equal((await member.get(`/resources/${id}/file`)).status, 200);
    assert.equal((await visitor.get(`/resources/${id}/file`)).status, 404);
    assert.equal((await member.get('/api/v1/search?q=cooperative%20ledger')).json().total, 1);
    assert.equal((await visitor.get('/api/v1/search?q=cooperative%20ledger')).json().total, 0);
    assert.equal((await officer.postForm(`/manage/resources/${id}/withdraw`, { csrf_token: token })).status, 303);
    assert.equal((await member.get(`/resources/${id}`)).status, 404);
    assert.equal((await member.get('/api/v1/search?q=cooperative%20ledger')).json().total, 0);
  });

  test('the API is documented', async () => {
    const openapi = (await visitor.get('/api/openapi.json')).json();
    assert.ok(openapi.paths['/api/v1/resources']);
    assert.ok(openapi.paths['/api/v1/resources/{id}']);
  });
});

describe('the network role', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server?.stop(); });

  test('network staff edit their own network and no other; officers give and take away the role', async () => {
    const staff = await signedInClient(server.url, 'network@pmi.example');
    const form = await staff.get('/networks/amb-burkina/edit');
    assert.equal(form.status, 200);
    assert.doesNotMatch(form.text, /id="kind"/, 'the classification is the office\'s');
    const csrf_token = staff.csrfFromHtml(form.text);
    const saved = await staff.postForm('/networks/amb-burkina/edit', { csrf_token, key: 'amb-burkina', name: 'Renamed',
      description_en: 'Communes of Burkina Faso, together.', website: '', contact_name: 'Salif', contact_email: 'salif@amb.example',
      members: 'bf-sonreba\n' });
    assert.equal(saved.status, 303, saved.text.slice(0, 300));
    const json = (await staff.get('/api/v1/networks/amb-burkina')).json();
    assert.equal(json.name, 'Association des municipalités du Burkina Faso');
    assert.deepEqual(json.members, ['bf-sonreba']);
    assert.equal((await staff.get('/networks/mekong-local-governments/edit')).status, 403);
    assert.equal((await staff.postForm('/networks/mekong-local-governments/edit', { csrf_token, name: 'Taken' })).status, 403);
    assert.equal((await staff.postForm('/networks/amb-burkina/staff', { csrf_token, email: 'partner@pmi.example' })).status, 403);

    const officer = await signedInClient(server.url, 'officer@pmi.example');
    const page = await officer.get('/networks/mekong-local-governments');
    const token = officer.csrfFromHtml(page.text);
    assert.equal((await officer.postForm('/networks/mekong-local-governments/staff', { csrf_token: token, email: 'nobody@nowhere.example' })).status, 422);
    assert.equal((await officer.postForm('/networks/mekong-local-governments/staff', { csrf_token: token, email: 'partner.es@pmi.example' })).status, 303);
    const granted = await signedInClient(server.url, 'partner.es@pmi.example');
    assert.equal((await granted.get('/networks/mekong-local-governments/edit')).status, 200);
    assert.equal((await granted.get('/networks/amb-burkina/edit')).status, 403);
    const listed = await officer.get('/networks/mekong-local-governments');
    const remove = listed.text.match(/action="(\/networks\/mekong-local-governments\/staff\/\d+\/remove)"/)[1];
    assert.equal((await officer.postForm(remove, { csrf_token: token })).status, 303);
    assert.equal((await granted.get('/networks/mekong-local-governments/edit')).status, 403);
  });
});
