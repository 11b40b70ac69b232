// The program envelope over HTTP: the demo's five-year profile adds up to $19.3M cash and
// $5.1M in kind; officers see it against the budgets, with a warning for a year whose
// budgets exceed it; the page, the CSV and the API agree; refused rows write nothing;
// nobody but officers sees or sets it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, expectStatus, scalar, signedInClient, startServer } from './harness.mjs';

describe('program envelope', () => {
  let server, officer, applicant;
  before(async () => {
    server = await startServer();
    officer = await signedInClient(server.url, 'officer@pmi.example');
    applicant = await signedInClient(server.url, 'applicant@pmi.example');
  });
  after(async () => { await server?.stop(); });

  test('the demo profile adds up, and the page, the CSV and the API agree', async () => {
    const api = expectStatus(await officer.get('/api/v1/envelope'), 200, 'officer').json();
    assert.equal(api.totals.cash.amount, '19300000.00');
    assert.equal(api.totals.in_kind.amount, '5100000.00');
    assert.deepEqual(api.years.filter(y => y.cash.cents > 0).map(y => y.fiscal_year), ['2026-27', '2027-28', '2028-29', '2029-30', '2030-31']);
    const budgeted = Number(await scalar(server, "SELECT SUM(b.amount_cents) FROM budget_lines b JOIN partnerships p ON p.id = b.partnership_id WHERE p.status <> 'proposed'"));
    assert.equal(api.totals.budgeted.cents, budgeted);
    const csv = expectStatus(await officer.get('/manage/envelope.csv'), 200, 'csv').text.trim().split('\r\n');
    const spent = Number(await scalar(server, 'SELECT COALESCE(SUM(spent_cents), 0) FROM ledger_totals'));
    const inKind = Number(await scalar(server, 'SELECT COALESCE(SUM(in_kind_cents), 0) FROM ledger_totals'));
    assert.ok(spent > 0 && inKind > 0, 'the demo has approved expenses and contributions');
    assert.equal(api.totals.spent.cents, spent);
    assert.equal(api.totals.in_kind_contributed.cents, inKind);
    assert.equal(csv[0], 'fiscal_year,cash_envelope_cad,in_kind_commitment_cad,budgeted_cad,remaining_cash_cad,over_envelope,'
      + 'approved_spending_cad,approved_in_kind_cad,spending_over_envelope');
    assert.equal(csv.at(-1), `total,19300000.00,5100000.00,${api.totals.budgeted.amount},${((1930000000 - budgeted) / 100).toFixed(2)},no,`
      + `${api.totals.spent.amount},${api.totals.in_kind_contributed.amount},no`);
    const page = expectStatus(await officer.get('/manage/envelope?lang=en'), 200, 'page').text;
    assert.match(page, /<svg class="chart"[^>]*role="img"/);
    assert.match(page, /id="cash-total">\$19,300,000\.00</);
    expectStatus(await officer.get('/manage/envelope.xlsx'), 200, 'xlsx');
  });

  test('a year whose budgets exceed the envelope is flagged', async () => {
    const years = [{ fiscal_year: '2026-27', cash: '1000.00', in_kind: '0' }, { fiscal_year: '2027-28', cash: '4200000.00', in_kind: '1100000.00' }];
    const saved = expectStatus(await officer.postJson('/api/v1/envelope', { years }), 200, 'save').json();
    assert.equal(saved.years.find(y => y.fiscal_year === '2026-27').over, true);
    assert.equal(saved.years.find(y => y.fiscal_year === '2027-28').over, false);
    const page = expectStatus(await officer.get('/manage/envelope?lang=en'), 200, 'page').text;
    assert.match(page, /id="over-envelope">Budgets for 2026-27 exceed the cash envelope by \$[0-9,.]+\./);
    assert.match(page, /class="bar bar-overdue"/);
    for (const year of saved.years) {
      assert.equal(year.overspent, year.spent.cents > year.cash.cents, year.fiscal_year);
      assert.equal(page.includes(`Approved spending for ${year.fiscal_year} exceeds the cash envelope by $`), year.overspent, year.fiscal_year);
    }
    assert.ok(saved.years.some(y => y.overspent), 'the demo spent more than $1,000 in 2026-27 or spent in a year without an envelope');
    assert.equal(await scalar(server, "SELECT COUNT(*) FROM audit_log WHERE action = 'envelope.save'"), '1');
  });

  test('refused rows name the cell and write nothing; only officers see or set the envelope', async () => {
    const before = await scalar(server, 'SELECT SUM(cash_cents) FROM program_envelope');
    const refused = expectStatus(await officer.postJson('/api/v1/envelope', { years: [{ fiscal_year: '2026-27', cash: '10.00', in_kind: '1' },
      { fiscal_year: '2027-28', cash: '-1', in_kind: '1' }] }), 422, 'negative').json();
    assert.equal(refused.error.field, 'cash_2');
    const csrf_token = await officer.formToken('/manage/envelope');
    const form = expectStatus(await officer.postForm('/manage/envelope', { csrf_token, fiscal_year_1: '2026', cash_1: '1', in_kind_1: '1',
      fiscal_year_2: '2026-27', cash_2: '1', in_kind_2: '1' }), 422, 'the same year twice');
    assert.match(form.text, /href="#fiscal_year_2"/);
    assert.match(form.text, /id="fiscal_year_2"[^>]*aria-invalid="true"/);
    assert.equal(await scalar(server, 'SELECT SUM(cash_cents) FROM program_envelope'), before);
    expectStatus(await applicant.get('/api/v1/envelope'), 403, 'staff');
    expectStatus(await applicant.get('/manage/envelope'), 403, 'staff page');
    expectStatus(await applicant.postJson('/api/v1/envelope', { years: [] }), 403, 'staff save');
    expectStatus(await new Client(server.url).get('/api/v1/envelope', { headers: { accept: 'application/json' } }), 401, 'public');
    const spec = (await new Client(server.url).get('/api/openapi.json')).json();
    assert.ok(spec.paths['/api/v1/envelope'].get && spec.paths['/api/v1/envelope'].post);
  });
});
