// Partnerships over HTTP: the public sees published partnerships without contacts; members'
// staff see and change only their own; officers see all, create them and set their status.
// Budgets: refused amounts and years write nothing, the screen and the CSV and Excel exports
// agree to the cent, amendments proposed by staff change the budget once an officer approves.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, scalar, startServer } from './harness.mjs';

const PASSWORD = 'demo-password-2026';

async function signedIn(url, email) {
  const client = new Client(url);
  await client.signIn(email, PASSWORD);
  await client.apiCsrf();
  return client;
}

function expect(reply, status, what) {
  assert.equal(reply.status, status, `${what}: ${reply.status} ${reply.location ?? ''} ${reply.text.slice(0, 400)}`);
  return reply;
}

// "$1,234.56" (English screen) → "1234.56", as the exports write it.
const plain = shown => shown.replace(/[$,\s]/g, '');

describe('partnerships', () => {
  let server, officer, applicant, partner, partnerEs, ids;
  before(async () => {
    server = await startServer();
    officer = await signedIn(server.url, 'officer@pmi.example');
    applicant = await signedIn(server.url, 'applicant@pmi.example');
    partner = await signedIn(server.url, 'partner@pmi.example');
    partnerEs = await signedIn(server.url, 'partner.es@pmi.example');
    const all = expect(await officer.get('/api/v1/partnerships'), 200, 'officer list').json().partnerships;
    const byPartner = key => all.find(p => p.partners[0].key === key).id;
    ids = { sonreba: byPartner('bf-sonreba'), quispara: byPartner('bo-villa-quispara'), prekChrey: byPartner('kh-prek-chrey') };
  });
  after(async () => { await server?.stop(); });

  test('the public sees published partnerships with public fields only', async () => {
    const visitor = new Client(server.url);
    const list = expect(await visitor.get('/api/v1/partnerships'), 200, 'public list').json().partnerships;
    assert.deepEqual(list.map(p => p.id).sort(), [ids.sonreba, ids.quispara].sort());
    assert.ok(list.every(p => !('contact' in p)), 'no contacts for the public');
    const page = expect(await visitor.get(`/partnerships/${ids.sonreba}`), 200, 'public page').text;
    assert.match(page, /What it does/);
    assert.match(page, /Commune de Sonréba/);
    assert.match(page, /Since 2026-04-01/);
    assert.doesNotMatch(page, /awa\.ouedraogo@sonreba\.example/);
    expect(await visitor.get(`/partnerships/${ids.prekChrey}`), 404, 'unpublished');
    expect(await visitor.get(`/api/v1/partnerships/${ids.sonreba}/budget`), 401, 'budgets are not public');
    const html = expect(await visitor.get('/partnerships'), 200, 'public list page').text;
    assert.doesNotMatch(html, /Cedar Harbour/);
  });

  test('staff see and change only their own partnerships; officers see all', async () => {
    const mine = expect(await applicant.get('/api/v1/partnerships'), 200, 'applicant list').json().partnerships;
    assert.equal(mine.find(p => p.id === ids.sonreba).contact.email, 'awa.ouedraogo@sonreba.example');
    assert.ok(!('contact' in mine.find(p => p.id === ids.quispara)), 'another partnership: public fields');
    expect(await applicant.get(`/partnerships/${ids.sonreba}/budget`), 200, 'own budget');
    expect(await applicant.get(`/partnerships/${ids.quispara}/budget`), 403, 'another budget');
    expect(await partnerEs.get(`/api/v1/partnerships/${ids.quispara}/budget`), 200, 'partner staff of Villa Quispara');
    expect(await partner.get(`/api/v1/partnerships/${ids.prekChrey}`), 404, 'unpublished and not theirs');
    expect(await officer.get(`/api/v1/partnerships/${ids.prekChrey}`), 200, 'officers see all');

    const changed = expect(await partner.postJson(`/api/v1/partnerships/${ids.sonreba}`, {
      teams: ['on-pinecrest-landing'], partners: ['bf-sonreba'], status: 'closed', summary: { fr: 'Un marché couvert et un registre.' },
      contact_name: 'Aminata Sawadogo', contact_email: 'aminata@sonreba.example',
    }), 200, 'staff edit').json();
    assert.equal(changed.status, 'active', 'staff do not set the status');
    assert.equal(changed.contact.email, 'aminata@sonreba.example');
    expect(await partner.postJson(`/api/v1/partnerships/${ids.quispara}`, { teams: ['x'], partners: ['y'], status: 'active' }), 403, 'not theirs');
    expect(await applicant.postJson('/api/v1/partnerships', { teams: ['on-pinecrest-landing'], partners: ['bf-kassiri'], status: 'proposed' }), 403, 'staff do not create');
    assert.ok(Number(await scalar(server, "SELECT COUNT(*) FROM audit_log WHERE action = 'partnership.update'")) >= 1);
  });

  test('officers create a partnership by hand with the form and set its status', async () => {
    const csrf_token = await officer.formToken('/manage/partnerships/new');
    const form = new URLSearchParams({ csrf_token, status: 'active', start: '2027-04-01', end: '2030-03-31', summary_en: 'Waste collection.' });
    form.append('teams', 'sk-northgate');
    form.append('partners', 'ml-kobaya');
    form.append('areas', 'enabling-environment');
    form.append('published', 'yes');
    const refusedForm = new URLSearchParams(form);
    refusedForm.set('end', '2020-01-01');
    const refused = expect(await officer.request('POST', '/manage/partnerships/new',
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: refusedForm.toString() }), 422, 'end before start');
    assert.match(refused.text, /href="#end"/);
    const created = expect(await officer.request('POST', '/manage/partnerships/new',
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() }), 303, 'create');
    const id = created.location.match(/\/partnerships\/(\d+)/)[1];
    const shown = expect(await new Client(server.url).get(`/api/v1/partnerships/${id}`), 200, 'published').json();
    assert.equal(shown.partners[0].key, 'ml-kobaya');
    assert.equal(shown.country, 'ML');
    expect(await officer.postJson('/api/v1/partnerships', { teams: ['sk-northgate'], partners: ['ml-kobaya'], status: 'proposed' }), 409, 'same pair');
  });

  test('wrong amounts and years are refused naming the field and write nothing', async () => {
    const before = await scalar(server, 'SELECT COUNT(*) FROM budget_lines');
    const cases = [
      [{ fiscal_year: '2026-27', category: 'travel', description: 'Trip', amount: '12.345' }, 'amount'],
      [{ fiscal_year: '2026-27', category: 'travel', description: 'Trip', amount: '-5' }, 'amount'],
      [{ fiscal_year: '2029-30', category: 'travel', description: 'Trip', amount: '5.00' }, 'fiscal_year'],
      [{ fiscal_year: '2026-27', category: 'meals', description: 'Trip', amount: '5.00' }, 'category'],
    ];
    for (const [line, field] of cases) {
      const reply = expect(await officer.postJson(`/api/v1/partnerships/${ids.sonreba}/budget/lines`, line), 422, field);
      assert.equal(reply.json().error.field, field);
    }
    const csrf_token = await officer.formToken(`/partnerships/${ids.sonreba}/budget`);
    const page = expect(await officer.postForm(`/partnerships/${ids.sonreba}/budget/lines`,
      { csrf_token, fiscal_year: '2026-27', category: 'travel', description: 'Trip', amount: '1 234,56' }), 422, 'form');
    assert.match(page.text, /href="#amount"/);
    assert.equal(await scalar(server, 'SELECT COUNT(*) FROM budget_lines'), before);
    expect(await applicant.postJson(`/api/v1/partnerships/${ids.sonreba}/budget/lines`, cases[0][0]), 403, 'staff propose, officers add');
  });

  test('the budget page, the CSV and the Excel file agree to the cent', async () => {
    expect(await officer.postJson(`/api/v1/partnerships/${ids.sonreba}/budget/lines`,
      { fiscal_year: '2027-28', category: 'training', description: 'Cents', amount: '0.07' }), 201, 'add a line');
    const page = expect(await applicant.get(`/partnerships/${ids.sonreba}/budget`), 200, 'budget page').text;
    assert.match(page, /<svg class="chart"/);
    const screenTotal = plain(page.match(/id="budget-total">([^<]+)</)[1]);
    const csv = expect(await applicant.get(`/partnerships/${ids.sonreba}/budget.csv`), 200, 'csv').text;
    const rows = csv.trim().split('\r\n').map(row => row.split(','));
    assert.deepEqual(rows[0], ['fiscal_year', 'category', 'description', 'amount_cad']);
    const csvTotal = rows.find(row => row[0] === 'total' && row[1] === 'total')[3];
    assert.equal(csvTotal, screenTotal);
    const api = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/budget`)).json();
    assert.equal(api.totals.total.amount, csvTotal);
    const lines = rows.slice(1).filter(row => row[0] !== 'total' && row[1] !== 'total');
    const cents = lines.reduce((sum, row) => sum + BigInt(row[3].replace('.', '')), 0n);
    assert.equal(String(cents), api.totals.total.cents.toString(), 'the lines add up to the total');
    for (const year of ['2026-27', '2027-28']) {
      const shown = plain(page.match(new RegExp(`<th scope="row">${year}</th>(?:<td class="num">[^<]*</td>)*?<td class="num">([^<]*)</td></tr>`))[1]);
      assert.equal(shown, rows.find(row => row[0] === year && row[1] === 'total')[3], year);
    }
    const foot = [...page.match(/<tfoot>([\s\S]*?)<\/tfoot>/)[1].matchAll(/<td class="num">([^<]*)<\/td>/g)].map(match => plain(match[1]));
    const categories = ['travel', 'professional-fees', 'equipment', 'training', 'other'];
    assert.deepEqual(foot, [...categories.map(category => rows.find(row => row[0] === 'total' && row[1] === category)?.[3] ?? '0.00'), csvTotal]);
    const xlsx = expect(await applicant.get(`/partnerships/${ids.sonreba}/budget.xlsx`), 200, 'xlsx');
    assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
    expect(await partnerEs.get(`/partnerships/${ids.sonreba}/budget.csv`), 403, 'not theirs');
  });

  test('staff propose amendments, officers approve them, the history stays', async () => {
    const budget = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/budget`)).json();
    const travel = budget.lines.find(line => line.category === 'travel' && line.fiscal_year === '2026-27');
    const proposed = expect(await applicant.postJson(`/api/v1/partnerships/${ids.sonreba}/budget/amendments`,
      { line: travel.id, fiscal_year: '2026-27', category: 'travel', description: travel.description, amount: '20000.10', reason: 'Fares went up.' }),
    201, 'propose').json();
    expect(await applicant.postJson(`/api/v1/partnerships/${ids.sonreba}/budget/amendments/${proposed.id}/decision`, { decision: 'approve' }), 403, 'staff do not approve');
    const csrf_token = await officer.formToken(`/partnerships/${ids.sonreba}/budget`);
    expect(await officer.postForm(`/partnerships/${ids.sonreba}/budget/amendments/${proposed.id}/decision`, { csrf_token, decision: 'approve' }), 303, 'approve');
    const after = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/budget`)).json();
    assert.equal(after.lines.find(line => line.id === travel.id).amount, '20000.10');
    assert.equal(after.totals.total.cents - budget.totals.total.cents, 2000010 - travel.cents);
    assert.equal(after.amendments[0].status, 'approved');
    assert.equal(after.amendments[0].previous, travel.amount);
    const history = expect(await applicant.get(`/partnerships/${ids.sonreba}/budget`), 200, 'history').text;
    assert.match(history, /Fares went up\./);
    const exported = expect(await applicant.get(`/partnerships/${ids.sonreba}/amendments.csv`), 200, 'amendments csv').text.split('\r\n');
    assert.match(exported[1], new RegExp(`^${proposed.id},${travel.id},2026-27,travel,.*,${travel.amount},20000\\.10,Fares went up\\.,approved,`));
    const audited = await scalar(server, "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'budget.%'");
    assert.ok(Number(audited) >= 3, `audited ${audited}`);
  });

  test('openapi.json documents the partnership routes', async () => {
    const spec = (await new Client(server.url).get('/api/openapi.json')).json();
    for (const path of ['/api/v1/partnerships', '/api/v1/partnerships/{id}', '/api/v1/partnerships/{id}/budget',
      '/api/v1/partnerships/{id}/budget/lines', '/api/v1/partnerships/{id}/budget/amendments',
      '/api/v1/partnerships/{id}/budget/amendments/{amendment}/decision'])
      assert.ok(spec.paths[path], path);
  });
});
