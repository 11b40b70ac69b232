// Expenses and in-kind contributions over HTTP: staff enter them through the forms with a
// receipt, an officer who did not enter them approves them and the totals move; approved
// entries are only reversed; refused input names its field and writes nothing; the pages,
// the CSV and the API agree to the cent; rate tables and program totals are for officers.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, scalar, startServer } from './harness.mjs';

const PASSWORD = 'demo-password-2026';
const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

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

const plain = shown => shown.replace(/[$,\s]/g, '');

async function postWithFile(client, path, fields, file, formPath = path) {
  const csrf_token = await client.formToken(formPath);
  const form = new FormData();
  form.append('csrf_token', csrf_token);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', new Blob([file.bytes]), file.name);
  return client.request('POST', path, { body: form });
}

describe('expenses and in-kind contributions', () => {
  let server, officer, admin, applicant, partnerEs, ids;
  before(async () => {
    server = await startServer();
    officer = await signedIn(server.url, 'officer@pmi.example');
    admin = await signedIn(server.url, 'admin@pmi.example');
    applicant = await signedIn(server.url, 'applicant@pmi.example');
    partnerEs = await signedIn(server.url, 'partner.es@pmi.example');
    const all = expect(await officer.get('/api/v1/partnerships'), 200, 'officer list').json().partnerships;
    const byPartner = key => all.find(p => p.partners[0].key === key).id;
    ids = { sonreba: byPartner('bf-sonreba'), quispara: byPartner('bo-villa-quispara') };
  });
  after(async () => { await server?.stop(); });

  test('the demo expenses are converted at the recorded rate and the page, CSV and API agree', async () => {
    const api = expect(await applicant.get(`/api/v1/partnerships/${ids.sonreba}/expenses`), 200, 'api').json();
    const fares = api.expenses.find(e => e.currency === 'XOF' && e.original.amount === '412500');
    assert.equal(fares.amount, '907.50');
    assert.equal(fares.rate.cad_per_unit, '0.0022000000');
    assert.equal(fares.rate.effective_from, '2026-04-01');
    assert.equal(fares.rounding, 'half-even');
    const page = expect(await applicant.get(`/partnerships/${ids.sonreba}/expenses`), 200, 'page').text;
    assert.match(page, /<svg class="chart"/);
    const shown = plain(page.match(/id="approved-total">([^<]+)</)[1]);
    assert.equal(shown, api.totals.total.approved.amount);
    const rows = expect(await applicant.get(`/partnerships/${ids.sonreba}/expenses.csv`), 200, 'csv').text.trim().split('\r\n').map(r => r.split(','));
    const approvedColumn = rows[0].indexOf('amount_cad');
    assert.equal(rows.find(r => r[0] === 'total' && r[2] === 'total' && r[3] === 'approved')[approvedColumn], shown);
    const approvedCents = api.expenses.filter(e => e.status === 'approved').reduce((sum, e) => sum + BigInt(e.cents), 0n);
    assert.equal(String(approvedCents), String(api.totals.total.approved.cents));
    const xlsx = expect(await applicant.get(`/partnerships/${ids.sonreba}/expenses.xlsx`), 200, 'xlsx');
    assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
    expect(await partnerEs.get(`/partnerships/${ids.sonreba}/expenses`), 403, 'another partnership');
    expect(await new Client(server.url).get(`/api/v1/partnerships/${ids.sonreba}/expenses`), 401, 'never public');
  });

  test('staff enter an expense with its receipt, another officer approves it and the totals move', async () => {
    const before = expect(await applicant.get(`/api/v1/partnerships/${ids.sonreba}/expenses`), 200, 'before').json();
    const line = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/budget`)).json().lines.find(l => l.category === 'training');
    const entered = await postWithFile(applicant, `/partnerships/${ids.sonreba}/expenses`,
      { line: String(line.id), date: '2026-10-05', description: 'Workshop hall rental', currency: 'XOF', amount: '125001' },
      { bytes: PDF, name: 'hall-receipt.pdf' });
    expect(entered, 303, 'enter');
    const mine = expect(await applicant.get(`/api/v1/partnerships/${ids.sonreba}/expenses`), 200, 'after').json().expenses
      .find(e => e.description === 'Workshop hall rental');
    assert.equal(mine.amount, '275.00', '125001 × 0.0022 = 275.0022');
    assert.equal(mine.document.name, 'hall-receipt.pdf');
    assert.equal(mine.status, 'entered');
    const receipt = expect(await partnerEs.get(`/partnerships/${ids.sonreba}/expenses/${mine.id}/evidence`), 403, 'not theirs');
    assert.ok(receipt);
    const download = expect(await applicant.get(`/partnerships/${ids.sonreba}/expenses/${mine.id}/evidence`), 200, 'receipt');
    assert.equal(download.text, PDF);
    assert.match(download.headers.get('content-security-policy'), /sandbox/);

    expect(await applicant.postJson(`/api/v1/partnerships/${ids.sonreba}/expenses/${mine.id}/review`, { decision: 'approve' }), 403, 'staff');
    const csrf_token = await officer.formToken(`/partnerships/${ids.sonreba}/expenses`);
    expect(await officer.postForm(`/partnerships/${ids.sonreba}/expenses/${mine.id}/review`, { csrf_token, decision: 'approve' }), 303, 'approve');
    const after = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/expenses`)).json();
    assert.equal(after.totals.total.approved.cents - before.totals.total.approved.cents, 27500);
    expect(await applicant.postJson(`/api/v1/partnerships/${ids.sonreba}/expenses/${mine.id}`,
      { line: line.id, date: '2026-10-05', description: 'Changed', currency: 'XOF', amount: '1' }), 409, 'approved: no change');

    // An officer's own expense waits for another officer.
    const own = expect(await officer.postJson(`/api/v1/partnerships/${ids.sonreba}/expenses`,
      { line: line.id, date: '2026-10-06', description: 'Projector', currency: 'CAD', amount: '310.00' }), 201, 'officer enters').json();
    expect(await officer.postJson(`/api/v1/partnerships/${ids.sonreba}/expenses/${own.id}/review`, { decision: 'approve' }), 403, 'not their own');
    expect(await admin.postJson(`/api/v1/partnerships/${ids.sonreba}/expenses/${own.id}/review`, { decision: 'approve' }), 409, 'no receipt');

    const reversal = expect(await officer.postJson(`/api/v1/partnerships/${ids.sonreba}/expenses/${mine.id}/reversal`, { note: 'Paid by the commune.' }),
      201, 'reverse').json();
    expect(await officer.postJson(`/api/v1/partnerships/${ids.sonreba}/expenses/${mine.id}/reversal`, { note: 'Again.' }), 409, 'once');
    const reversed = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/expenses`)).json();
    assert.equal(reversed.expenses.find(e => e.id === reversal.id).amount, '-275.00');
    assert.equal(reversed.totals.total.approved.cents, before.totals.total.approved.cents);
    for (const action of ['expense.enter', 'expense.approve', 'expense.reverse'])
      assert.ok(Number(await scalar(server, `SELECT COUNT(*) FROM audit_log WHERE action = '${action}'`)) >= 1, action);
  });

  test('bad input names its field and writes nothing', async () => {
    const count = () => scalar(server, 'SELECT COUNT(*) FROM expenses');
    const before = await count();
    const line = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/budget`)).json().lines[0];
    const cases = [
      [{ line: line.id, date: '2026-10-05', description: 'x', currency: 'CAD', amount: '10.001' }, 'amount'],
      [{ line: line.id, date: '2026-10-05', description: 'x', currency: 'CAD', amount: '-10' }, 'amount'],
      [{ line: line.id, date: '2030-01-01', description: 'x', currency: 'CAD', amount: '10' }, 'date'],
      [{ line: line.id, date: '2026-10-05', description: 'x', currency: 'EUR', amount: '10' }, 'currency'],
      [{ line: line.id, date: '2026-05-05', description: 'x', currency: 'VND', amount: '10.5' }, 'amount'],
    ];
    for (const [body, field] of cases) {
      const reply = expect(await applicant.postJson(`/api/v1/partnerships/${ids.sonreba}/expenses`, body), 422, field);
      assert.equal(reply.json().error.field, field);
    }
    const page = expect(await postWithFile(applicant, `/partnerships/${ids.sonreba}/expenses`,
      { line: String(line.id), date: '2026-10-05', description: 'Taxi', currency: 'CAD', amount: '12' },
      { bytes: '<html><script>alert(1)</script></html>', name: 'receipt.pdf' }), 422, 'a page disguised as a receipt');
    assert.match(page.text, /href="#file"/);
    const hours = expect(await applicant.postJson(`/api/v1/partnerships/${ids.sonreba}/in-kind`,
      { municipality: 'on-pinecrest-landing', kind: 'staff-time', date: '2026-10-05', description: 'x', person: 'Dana', role: 'technical-staff', hours: '-2' }),
    422, 'negative hours').json();
    assert.equal(hours.error.field, 'hours');
    assert.equal(await count(), before);
  });

  test('staff enter hours, an officer validates them and the in-kind totals move', async () => {
    const before = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/in-kind`)).json();
    expect(await postWithFile(applicant, `/partnerships/${ids.sonreba}/in-kind`,
      { municipality: 'on-pinecrest-landing', kind: 'staff-time', date: '2027-03-31', description: 'Register design review', person: 'Dana Whitfield',
        role: 'technical-staff', hours: '3.75', amount: '' },
      { bytes: PDF, name: 'timesheet.pdf' }), 303, 'enter hours');
    const entry = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/in-kind`)).json().contributions.find(c => c.description === 'Register design review');
    assert.equal(entry.amount, '232.50');
    assert.equal(entry.fiscal_year, '2026-27', 'March 31 closes the fiscal year');
    assert.equal(entry.staff_time.rate_per_hour, '62.00');
    const csrf_token = await officer.formToken(`/partnerships/${ids.sonreba}/in-kind`);
    expect(await officer.postForm(`/partnerships/${ids.sonreba}/in-kind/${entry.id}/review`, { csrf_token, decision: 'approve' }), 303, 'validate');
    const after = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/in-kind`)).json();
    assert.equal(after.totals.total.cents - before.totals.total.cents, 23250);
    const page = expect(await applicant.get(`/partnerships/${ids.sonreba}/in-kind`), 200, 'page').text;
    assert.equal(plain(page.match(/id="in-kind-total">([^<]+)</)[1]), after.totals.total.amount);
    const rows = (await applicant.get(`/partnerships/${ids.sonreba}/in-kind.csv`)).text.trim().split('\r\n').map(r => r.split(','));
    assert.equal(rows.find(r => r[0] === 'total' && r[2] === 'total').at(-1), after.totals.total.amount);
    // The totals the program envelope reads were counted with each approval and reversal.
    for (const [column, table] of [['spent_cents', 'expenses'], ['in_kind_cents', 'in_kind_contributions']])
      assert.equal(await scalar(server, `SELECT SUM(${column}) FROM ledger_totals`),
        await scalar(server, `SELECT SUM(amount_cents) FROM ${table} WHERE status = 'approved'`), table);
  });

  test('a returned expense is corrected through its form and waits for review again', async () => {
    const line = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/budget`)).json().lines[0];
    const form = new FormData();
    for (const [name, value] of Object.entries({ line: String(line.id), date: '2026-12-01', description: 'Printing of the register', currency: 'CAD', amount: '95.00' }))
      form.append(name, value);
    form.append('file', new Blob([PDF]), 'printing.pdf');
    const entered = expect(await applicant.request('POST', `/api/v1/partnerships/${ids.sonreba}/expenses`,
      { headers: { 'x-csrf-token': applicant.csrf, accept: 'application/json' }, body: form }), 201, 'API with a receipt').json();
    expect(await officer.postJson(`/api/v1/partnerships/${ids.sonreba}/expenses/${entered.id}/review`, { decision: 'return' }), 422, 'a return needs a note');
    expect(await officer.postJson(`/api/v1/partnerships/${ids.sonreba}/expenses/${entered.id}/review`,
      { decision: 'return', note: 'The receipt says 59.00.' }), 200, 'return');
    const page = expect(await applicant.get(`/partnerships/${ids.sonreba}/expenses?change=${entered.id}`), 200, 'change form').text;
    assert.match(page, new RegExp(`action="/partnerships/${ids.sonreba}/expenses/${entered.id}"`));
    assert.match(page, /value="95\.00"/);
    assert.match(page, /The receipt says 59\.00\./);
    expect(await postWithFile(applicant, `/partnerships/${ids.sonreba}/expenses/${entered.id}`,
      { line: String(line.id), date: '2026-12-01', description: 'Printing of the register', currency: 'CAD', amount: '59.00' }, null,
      `/partnerships/${ids.sonreba}/expenses?change=${entered.id}`), 303, 'corrected');
    const corrected = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/expenses`)).json().expenses.find(e => e.id === entered.id);
    assert.equal(corrected.amount, '59.00');
    assert.equal(corrected.status, 'entered');
    assert.equal(corrected.document.name, 'printing.pdf', 'the receipt stays');
    expect(await admin.postJson(`/api/v1/partnerships/${ids.sonreba}/expenses/${entered.id}/review`, { decision: 'approve' }), 200, 'approve');
    expect(await applicant.get(`/partnerships/${ids.sonreba}/expenses?change=${entered.id}`), 409, 'approved: no form');
  });

  test('officers keep the rate tables and read the program totals; staff do not', async () => {
    expect(await applicant.get('/manage/rates/exchange'), 403, 'staff');
    expect(await officer.get('/manage/rates/hourly'), 200, 'officer');
    expect(await applicant.postJson('/api/v1/rates/exchange', { key: 'KHR', effective_from: '2027-01-01', rate: '0.00034', source: 'Bank' }), 403, 'staff add');
    expect(await officer.postJson('/api/v1/rates/exchange', { key: 'KHR', effective_from: '2027-01-01', rate: '0.00034', source: 'Bank of Canada' }), 201, 'add');
    expect(await officer.postJson('/api/v1/rates/exchange', { key: 'KHR', effective_from: '2027-01-01', rate: '0.00035', source: 'Bank' }), 409, 'same day');
    const rates = (await applicant.get('/api/v1/rates/exchange')).json().rates;
    assert.ok(rates.some(r => r.key === 'KHR' && r.rate === '0.0003400000'));
    expect(await applicant.get('/manage/in-kind'), 403, 'program totals are for officers');
    const program = expect(await officer.get('/api/v1/in-kind'), 200, 'program').json();
    const byMunicipality = Object.values(program.by_municipality).reduce((sum, m) => sum + m.cents, 0);
    assert.equal(byMunicipality, program.total.cents);
    assert.ok(program.by_country.BF && program.by_country.BO);
    const csv = expect(await officer.get('/manage/in-kind.csv'), 200, 'csv').text.trim().split('\r\n').map(r => r.split(','));
    assert.equal(csv.find(r => r[0] === 'total')[2], program.total.amount);
    expect(await officer.get('/manage/in-kind'), 200, 'page');
  });

  test('a disbursement recorded by mistake is reversed through its form, never edited, and audited', async () => {
    const path = `/partnerships/${ids.quispara}`;
    const csrf_token = await officer.formToken(`${path}/expenses`);
    expect(await officer.postForm(`${path}/disbursements`, { csrf_token, paid_on: '2026-09-15', paid_amount: '4321.09', reference: 'Transfer 2026-091' }),
      303, 'recording');
    const before = expect(await officer.get(`/api/v1${path}/expenses`), 200, 'api').json();
    const mistake = before.disbursements.find(d => d.reference === 'Transfer 2026-091');
    const disbursed = before.totals.by_year['2026-27'].disbursed.cents;
    const page = expect(await officer.get(`${path}/expenses`), 200, 'page').text;
    assert.ok(page.includes(`action="${path}/disbursements/${mistake.id}/reversal"`), 'the reversal form');
    expect(await applicant.postForm(`${path}/disbursements/${mistake.id}/reversal`, { csrf_token: await applicant.formToken('/account'), note: 'x' }),
      403, 'staff may not');
    const refused = expect(await officer.postJson(`/api/v1${path}/disbursements/${mistake.id}/reversal`, { note: '' }), 422, 'no reason').json();
    assert.equal(refused.error.field, 'note');
    expect(await officer.postForm(`${path}/disbursements/${mistake.id}/reversal`,
      { csrf_token: await officer.formToken(`${path}/expenses`), note: 'Paid twice' }), 303, 'reversing');
    const after = expect(await officer.get(`/api/v1${path}/expenses`), 200, 'api').json();
    const reversal = after.disbursements.find(d => d.reverses === mistake.id);
    assert.equal(reversal.amount, '-4321.09');
    assert.equal(reversal.note, 'Paid twice');
    assert.equal(after.disbursements.find(d => d.id === mistake.id).amount, '4321.09', 'the original is kept');
    assert.equal(after.totals.by_year['2026-27'].disbursed.cents, disbursed - 432109);
    const again = expect(await officer.postJson(`/api/v1${path}/disbursements/${mistake.id}/reversal`, { note: 'Again' }), 409, 'twice').json();
    assert.equal(again.error.field, 'status');
    const csv = expect(await officer.get(`${path}/disbursements.csv`), 200, 'csv').text.trim().split('\r\n');
    assert.equal(csv[0], 'id,paid_on,fiscal_year,amount_cad,reference,recorded_by,reverses,note');
    assert.ok(csv.some(row => row.startsWith(`${reversal.id},2026-09-15,2026-27,-4321.09,Transfer 2026-091,`) && row.endsWith(`,${mistake.id},Paid twice`)));
    assert.equal(await scalar(server, `SELECT COUNT(*) FROM audit_log WHERE action = 'disbursement.reverse' AND entity_id = '${reversal.id}'`), '1');
  });

  test('travel an in-kind contribution paid in francs is converted at the recorded rate, like an expense', async () => {
    const path = `/api/v1/partnerships/${ids.sonreba}/in-kind`;
    const municipality = expect(await applicant.get(`/api/v1/partnerships/${ids.sonreba}`), 200, 'partnership').json().teams[0].key;
    const entered = expect(await applicant.postJson(path, { municipality, kind: 'travel', date: '2026-07-02', description: 'Bus fares in Burkina Faso',
      amount: '412500', currency: 'XOF' }), 201, 'travel in XOF').json();
    const travel = expect(await applicant.get(path), 200, 'ledger').json().contributions.find(c => c.id === entered.id);
    assert.equal(travel.paid.currency, 'XOF');
    assert.equal(travel.paid.amount, '412500');
    assert.equal(travel.paid.cad_per_unit, '0.0022000000');
    assert.equal(travel.paid.rate_effective_from, '2026-04-01');
    assert.equal(travel.amount, '907.50', 'the same conversion as the demo expense of 412,500 francs');
    const refused = expect(await applicant.postJson(path, { municipality, kind: 'goods-services', date: '2026-07-02', description: 'Desks',
      amount: '1000', currency: 'XOF' }), 422, 'goods in XOF').json();
    assert.equal(refused.error.field, 'currency');
    // Cells split at commas outside quotes ("Bank of Canada, average of March 2026").
    const cells = line => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map(m => m[1].replace(/^"|"$/g, '').replaceAll('""', '"'));
    const csv = expect(await applicant.get(`/partnerships/${ids.sonreba}/in-kind.csv`), 200, 'csv').text.trim().split('\r\n').map(cells);
    const header = csv[0];
    const row = csv.find(r => r[0] === String(entered.id));
    assert.equal(row[header.indexOf('currency')], 'XOF');
    assert.equal(row[header.indexOf('amount_original')], '412500');
    assert.equal(row[header.indexOf('rate_date')], '2026-04-01');
    assert.equal(row[header.indexOf('amount_cad')], '907.50');
    const page = expect(await applicant.get(`/partnerships/${ids.sonreba}/in-kind`), 200, 'page').text;
    assert.ok(page.includes('412500 XOF at 0.0022000000 from 2026-04-01'), 'the conversion on the page');
  });

  test('openapi.json documents the ledger routes', async () => {
    const spec = (await new Client(server.url).get('/api/openapi.json')).json();
    for (const path of ['/api/v1/partnerships/{id}/expenses', '/api/v1/partnerships/{id}/expenses/{entry}/review',
      '/api/v1/partnerships/{id}/expenses/{entry}/reversal', '/api/v1/partnerships/{id}/disbursements', '/api/v1/partnerships/{id}/disbursements/{disbursement}/reversal',
      '/api/v1/partnerships/{id}/in-kind',
      '/api/v1/partnerships/{id}/in-kind/{entry}/review', '/api/v1/rates/{table}', '/api/v1/in-kind'])
      assert.ok(spec.paths[path], path);
  });
});
