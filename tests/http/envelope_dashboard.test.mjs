// The envelope dashboard over HTTP, on the demo program: committed (budget lines of
// partnerships under way), approved spending and approved in kind by country and
// programming area equal sums taken from the entries themselves; the page, the CSV and the
// API show the same figures to the cent; a partnership spending over its budget is warned
// about; nobody but officers sees it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, expectStatus, scalar, signedInClient, startServer } from './harness.mjs';

// "BF|123\nBO|456" → Map { 'BF' => 123, 'BO' => 456 }
function sums(text) {
  return new Map(text.split('\n').filter(Boolean).map(line => { const [key, value] = line.split('|'); return [key, Number(value)]; }));
}

const entries = table => `SELECT p.country, SUM(e.amount_cents) FROM ${table} e JOIN partnerships p ON p.id = e.partnership_id`
  + " WHERE e.status = 'approved' GROUP BY p.country";

describe('envelope dashboard', () => {
  let server, officer, applicant;
  before(async () => {
    server = await startServer();
    officer = await signedInClient(server.url, 'officer@pmi.example');
    applicant = await signedInClient(server.url, 'applicant@pmi.example');
  });
  after(async () => { await server?.stop(); });

  test('figures by country equal the entries, and the page, the CSV and the API agree to the cent', async () => {
    const committed = sums(await scalar(server, 'SELECT p.country, SUM(b.amount_cents) FROM budget_lines b JOIN partnerships p'
      + " ON p.id = b.partnership_id WHERE p.status <> 'proposed' GROUP BY p.country"));
    const spent = sums(await scalar(server, entries('expenses')));
    const inKind = sums(await scalar(server, entries('in_kind_contributions')));
    assert.ok(committed.size > 1 && spent.size > 0 && inKind.size > 0, 'the demo has budgets, spending and in kind in several countries');

    const api = expectStatus(await officer.get('/api/v1/envelope/dashboard?lang=en'), 200, 'api').json();
    const countries = api.breakdowns.country.filter(row => row.fiscal_year === 'all');
    for (const row of countries) {
      assert.equal(row.committed.cents, committed.get(row.code) ?? 0, `committed in ${row.code}`);
      assert.equal(row.spent.cents, spent.get(row.code) ?? 0, `spent in ${row.code}`);
      assert.equal(row.in_kind.cents, inKind.get(row.code) ?? 0, `in kind in ${row.code}`);
      assert.equal(row.remaining.cents, row.committed.cents - row.spent.cents);
    }
    assert.deepEqual(new Set(countries.map(row => row.code)), new Set([...committed.keys(), ...spent.keys(), ...inKind.keys()]));
    const burkina = countries.find(row => row.code === 'BF');
    assert.equal(burkina.name, 'Burkina Faso');

    const total = api.breakdowns.fiscal_year.at(-1);
    assert.equal(total.code, 'total');
    const byCountry = key => countries.reduce((sum, row) => sum + row[key].cents, 0);
    for (const key of ['committed', 'spent', 'in_kind']) assert.equal(total[key].cents, byCountry(key), `countries add up to the program (${key})`);
    const areas = api.breakdowns.programming_area.filter(row => row.fiscal_year === 'all');
    assert.ok(areas.length > 1, 'several programming areas');
    const municipalities = api.in_kind_by_municipality.reduce((sum, row) => sum + row.in_kind.cents, 0);
    assert.equal(municipalities, total.in_kind.cents, 'municipalities add up to the program');

    const csv = expectStatus(await officer.get('/manage/envelope/dashboard.csv?lang=en'), 200, 'csv').text.trim().split('\r\n');
    assert.equal(csv[0], 'breakdown,code,name,fiscal_year,committed_cad,spent_cad,remaining_cad,in_kind_cad,spending_over_budget');
    const rows = Object.values(api.breakdowns).flat().length + api.in_kind_by_municipality.length;
    assert.equal(csv.length - 1, rows, 'a CSV row for every row of the API');
    assert.ok(csv.includes(`country,BF,Burkina Faso,all,${burkina.committed.amount},${burkina.spent.amount},${burkina.remaining.amount},`
      + `${burkina.in_kind.amount},${burkina.spending_over_budget ? 'yes' : 'no'}`), 'Burkina Faso in the CSV');

    const page = expectStatus(await officer.get('/manage/envelope/dashboard?lang=en'), 200, 'page').text;
    const money = cents => '$' + (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const row = page.match(/<tr class="total"><th scope="row">Burkina Faso<\/th>(.*?)<\/tr>/)[1];
    for (const key of ['committed', 'spent', 'remaining', 'in_kind']) assert.ok(row.includes(money(burkina[key].cents)), `${key} on the page: ${row}`);
    for (const id of ['by-fiscal_year', 'by-country', 'by-programming_area']) assert.match(page, new RegExp(`aria-labelledby="${id}-chart-title"`));
    assert.equal((page.match(/<svg class="chart"/g) || []).length, 3);
    expectStatus(await officer.get('/manage/envelope/dashboard.xlsx'), 200, 'xlsx');
  });

  test('a partnership whose approved spending exceeds its budget of the year is warned about', async () => {
    const before = expectStatus(await officer.get('/api/v1/envelope/dashboard'), 200, 'api').json();
    const over = before.breakdowns.partnership.find(row => row.fiscal_year !== 'all' && row.spent.cents <= row.committed.cents && row.committed.cents > 0);
    assert.ok(over, 'a partnership year within its budget');
    const extra = over.committed.cents - over.spent.cents + 1234;
    const year = Number(over.fiscal_year.slice(0, 4));
    // What approvals add to the ledgers' kept totals (the ledgers' own tests cover the approvals).
    await scalar(server, `UPDATE ledger_totals SET spent_cents = spent_cents + ${extra} WHERE partnership_id = ${over.code} AND fiscal_year = ${year}`);
    if (Number(await scalar(server, `SELECT COUNT(*) FROM ledger_totals WHERE partnership_id = ${over.code} AND fiscal_year = ${year}`)) === 0)
      await scalar(server, `INSERT INTO ledger_totals (partnership_id, fiscal_year, spent_cents, in_kind_cents) VALUES (${over.code}, ${year}, ${extra}, 0)`);
    const after = expectStatus(await officer.get('/api/v1/envelope/dashboard?lang=en'), 200, 'api').json();
    const warning = after.warnings.find(w => w.partnership === over.name && w.fiscal_year === over.fiscal_year);
    assert.ok(warning, 'the overrun is warned about');
    assert.equal(warning.kind, 'spending');
    assert.equal(warning.over.cents, 1234);
    const page = expectStatus(await officer.get('/manage/envelope/dashboard?lang=en'), 200, 'page').text;
    assert.ok(page.includes(`${over.fiscal_year} exceeds its budget for that year by $12.34.`), 'the warning on the page');
    const french = expectStatus(await officer.get('/manage/envelope/dashboard?lang=fr'), 200, 'page in French').text;
    assert.match(french, /12,34/);
  });

  test('the dashboard runs as many SQL statements with more partnerships and entries', async () => {
    const counted = async () => Number((await new Client(server.url).get('/metrics')).text.match(/^pmi_database_statements_total (\d+)/m)[1]);
    // The fewest statements of three requests: the background workers' polls may fall in one.
    const cost = async () => {
      const seen = [];
      for (let i = 0; i < 3; i++) {
        const before = await counted();
        expectStatus(await officer.get('/manage/envelope/dashboard'), 200, 'page');
        seen.push(await counted() - before);
      }
      return Math.min(...seen);
    };
    const small = await cost();
    const [team, partner] = ['pinecrest-landing', 'bf-sonreba'];
    for (let n = 0; n < 5; n++) {
      await scalar(server, `INSERT INTO partnerships (team_key, partner_key, team_name, partner_name, country, status, created_at, updated_at, areas)
        VALUES ('${team}-${n}', '${partner}-${n}', 'Team ${n}', 'Partner ${n}', 'ML', 'active', 0, 0, 'inclusive-led')`);
      const id = await scalar(server, `SELECT id FROM partnerships WHERE team_key = '${team}-${n}'`);
      await scalar(server, `INSERT INTO budget_lines (partnership_id, fiscal_year, category, description, amount_cents, updated_at)
        VALUES (${id}, 2026, 'travel', 'Visits', 100000, 0), (${id}, 2027, 'travel', 'Visits', 200000, 0)`);
      await scalar(server, `INSERT INTO ledger_totals (partnership_id, fiscal_year, spent_cents, in_kind_cents) VALUES (${id}, 2026, 5000, 700)`);
    }
    const mali = expectStatus(await officer.get('/api/v1/envelope/dashboard'), 200, 'api').json().breakdowns.country
      .find(row => row.code === 'ML' && row.fiscal_year === 'all');
    assert.ok(mali.committed.cents >= 1500000 && mali.spent.cents >= 25000, 'the new partnerships count');
    assert.ok(small > 0);
    assert.equal(await cost(), small, 'statements per dashboard page');
  });

  test('only officers see the dashboard', async () => {
    expectStatus(await applicant.get('/api/v1/envelope/dashboard'), 403, 'staff');
    expectStatus(await applicant.get('/manage/envelope/dashboard'), 403, 'staff page');
    expectStatus(await applicant.get('/manage/envelope/dashboard.csv'), 403, 'staff csv');
    expectStatus(await new Client(server.url).get('/api/v1/envelope/dashboard', { headers: { accept: 'application/json' } }), 401, 'public');
    const spec = (await new Client(server.url).get('/api/openapi.json')).json();
    assert.ok(spec.paths['/api/v1/envelope/dashboard'].get);
  });
});
