// Results over HTTP: the public logic model and PMF (program, country, area, partnership;
// page, CSV and Excel agree), a partnership's staff report values with their cells (a total
// that disagrees with its cells is refused with the field named), an officer other than
// whoever entered the values approves them and the PMF shows them at once; locked periods
// refuse values; an officer moving a partnership to another area moves its figures.
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

describe('results', () => {
  let server, officer, admin, partner, applicant, sonreba, quispara, model;
  before(async () => {
    server = await startServer();
    officer = await signedIn(server.url, 'officer@pmi.example');
    admin = await signedIn(server.url, 'admin@pmi.example');
    partner = await signedIn(server.url, 'partner@pmi.example');
    applicant = await signedIn(server.url, 'applicant@pmi.example');
    const all = expect(await officer.get('/api/v1/partnerships'), 200, 'partnerships').json().partnerships;
    sonreba = all.find(p => p.partners[0].key === 'bf-sonreba').id;
    quispara = all.find(p => p.partners[0].key === 'bo-villa-quispara').id;
    model = expect(await new Client(server.url).get('/api/v1/results/logic-model'), 200, 'logic model').json();
  });
  after(async () => { await server?.stop(); });

  const indicator = code => model.indicators.find(i => i.code === code);
  const pmfOf = async (client, query = '') => expect(await client.get(`/api/v1/results/pmf${query}`), 200, 'pmf').json();
  const actual = (pmf, code, year, cell = 'total') => pmf.indicators.find(i => i.code === code).actuals[year]?.[cell];

  test('the public reads the logic model, the diagram and the PMF with every cell', async () => {
    const visitor = new Client(server.url);
    assert.deepEqual(model.results.slice(0, 2).map(r => r.code), ['1000', '1100']);
    assert.equal(model.results.find(r => r.code === '1211').area, 'inclusive-led');
    assert.equal(indicator('1211.1').cells.length, 13, 'total and the twelve crossed cells');
    const page = expect(await visitor.get('/results'), 200, 'logic model page').text;
    assert.match(page, /<svg class="chart logic-model"/);
    assert.match(page, /Women and young people find work/);
    const pmf = await pmfOf(visitor);
    assert.equal(actual(pmf, '1111.1', '2026-27'), '35', '12 + 9 in Sonréba, 14 in Villa Quispara');
    assert.equal(actual(pmf, '1111.1', '2026-27', 'women'), '19');
    assert.equal(actual(pmf, '1211.2', '2026-27'), '28', 'latest quarter, not a sum');
    assert.equal(actual(pmf, '1311.1', '2026-27'), '13', 'maximum');
    assert.equal(actual(pmf, '1210.1', '2026-27'), '62.5', 'weighted by the entrepreneurs coached');
    assert.equal(actual(await pmfOf(visitor, '?country=BO'), '1111.1', '2026-27'), '14');
    assert.equal(actual(await pmfOf(visitor, '?area=trade-regional'), '1111.1', '2026-27'), '14');
    assert.equal(actual(await pmfOf(visitor, `?partnership=${sonreba}`), '1111.1', '2026-27', 'men'), '10');
    const html = expect(await visitor.get('/results/pmf'), 200, 'pmf page').text;
    assert.match(html, /Women · Youth \(15 to 35\)/, 'crossed cells on the page');
    assert.match(html, /<svg class="chart"/);
    const csv = expect(await visitor.get('/results/pmf.csv'), 200, 'pmf csv').text;
    const row = csv.split('\r\n').find(line => line.startsWith('1111,') && line.includes(',Women,'));
    assert.ok(row?.includes(',19,'), `the CSV has the women's cell: ${row}`);
    const dashboard = expect(await visitor.get('/results/dashboard'), 200, 'dashboard').text;
    const staff = dashboard.slice(dashboard.indexOf('id="indicator-1111.1"'), dashboard.indexOf('id="indicator-1111.1"') + 3000);
    assert.match(staff, /<a href="\/results\/measurements\?indicator=\d+&amp;year=2026&amp;country=BF&amp;cell=total">21<\/a><\/td><td class="num highlight"><a href="[^"]*cell=women">52\.4 %<\/a><\/td><td class="num highlight">—/, '11 women of 21 in Burkina Faso');
    const xlsx = expect(await visitor.get('/results/pmf.xlsx?country=BF'), 200, 'pmf xlsx');
    assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
  });

  test('staff report values, totals must match their cells, and only another officer approves', async () => {
    const people = indicator('1111.1');
    const periods = expect(await partner.get(`/api/v1/partnerships/${sonreba}/results`), 200, 'own results').json().periods;
    const q4 = periods.find(p => p.name === '2026-27 Q4').id;
    expect(await applicant.get(`/api/v1/partnerships/${quispara}/results`), 403, 'another partnership');
    const cells = { total: '10', women: '6', men: '3', 'other-gender': '0', 'sex-not-stated': '0' };
    const refused = expect(await partner.postJson(`/api/v1/partnerships/${sonreba}/results`, { indicator: people.id, period: q4, values: cells, submit: true }), 422, 'total ≠ cells').json();
    assert.equal(refused.error.field, 'value-total');
    assert.match(refused.error.message, /10.*9/);
    cells['sex-not-stated'] = '1';
    const saved = expect(await partner.postJson(`/api/v1/partnerships/${sonreba}/results`, { indicator: people.id, period: q4, values: cells, submit: true }), 201, 'submitted').json();
    expect(await partner.postJson(`/api/v1/results/measurements/${saved.id}/decision`, { verdict: 'approve' }), 403, 'staff do not approve');
    expect(await officer.postJson(`/api/v1/results/measurements/${saved.id}/decision`, { verdict: 'return' }), 422, 'a return needs a reason');
    expect(await officer.postJson(`/api/v1/results/measurements/${saved.id}/decision`, { verdict: 'approve' }), 200, 'approved');
    assert.equal(actual(await pmfOf(new Client(server.url)), '1111.1', '2026-27'), '45');

    // An officer who enters values for a partnership cannot approve them; another can.
    const entered = expect(await officer.postJson(`/api/v1/partnerships/${quispara}/results`, { indicator: people.id, period: q4, values: { total: '2' }, submit: true }), 201, 'officer enters').json();
    expect(await officer.postJson(`/api/v1/results/measurements/${entered.id}/decision`, { verdict: 'approve' }), 403, 'whoever entered it');
    expect(await admin.postJson(`/api/v1/results/measurements/${entered.id}/decision`, { verdict: 'approve' }), 200, 'another officer');
    assert.equal(Number(await scalar(server, "SELECT COUNT(*) FROM audit_log WHERE action = 'results.measurement.approve'")), 2);
  });

  test('the reporting page works without JavaScript, and a locked period refuses values', async () => {
    const annual = indicator('1100.1');
    const page = expect(await partner.get(`/partnerships/${sonreba}/results`), 200, 'reporting page').text;
    const period = [...page.matchAll(/<option value="(\d+)">2027-28<\/option>/g)][0]?.[1];
    assert.ok(period, 'the 2027-28 year is offered');
    const form = expect(await partner.get(`/partnerships/${sonreba}/results?indicator=${annual.id}&period=${period}`), 200, 'grid').text;
    assert.match(form, /name="value-total"/);
    const csrf_token = await partner.formToken(`/partnerships/${sonreba}/results?indicator=${annual.id}&period=${period}`);
    const wrong = expect(await partner.postForm(`/partnerships/${sonreba}/results`, { csrf_token, indicator: annual.id, period, 'value-total': '2', submission: 'draft' }), 422, 'yes or no').text;
    assert.match(wrong, /<a href="#value-total">/, 'the problem is linked to the total (the partner reads French)');
    expect(await partner.postForm(`/partnerships/${sonreba}/results`, { csrf_token, indicator: annual.id, period, 'value-total': '1', submission: 'draft' }), 303, 'draft saved');

    const officerToken = await officer.formToken('/manage/results/periods');
    expect(await officer.postForm(`/manage/results/periods/${period}/lock`, { csrf_token: officerToken, lock: 'yes' }), 303, 'locked');
    const locked = expect(await partner.postForm(`/partnerships/${sonreba}/results`, { csrf_token, indicator: annual.id, period, 'value-total': '1', submission: 'submit' }), 409, 'locked period').text;
    assert.match(locked, /<a href="#period">/);
    expect(await partner.postForm(`/manage/results/periods/${period}/lock`, { csrf_token, lock: 'no' }), 403, 'staff do not unlock');
  });

  test('officers keep results, indicators and periods with forms; percentages are never summed', async () => {
    let csrf_token = await officer.formToken('/manage/results');
    const result = { csrf_token, code: '1212', level: 'output', parent: '1210', area: '', 'statement-en': 'Young traders keep accounts.', 'statement-fr': 'Les jeunes commerçants tiennent leurs comptes.' };
    expect(await partner.postForm('/manage/results/nodes', { ...result, csrf_token: await partner.formToken(`/partnerships/${sonreba}/results`) }), 403, 'staff do not change the logic model');
    expect(await officer.postForm('/manage/results/nodes', { ...result, parent: '1200' }), 422, 'an output under an intermediate outcome');
    expect(await officer.postForm('/manage/results/nodes', result), 303, 'result saved');
    const fields = { csrf_token, code: '1212.1', node: '1212', unit: 'percentage', direction: 'higher', aggregation: 'sum', disaggregation: 'sex', frequency: 'annual',
      'name-en': 'Share of young traders who keep accounts', 'denominator-en': 'Young traders coached', baseline: '10', baseline_date: '2026-03-31', targets: '2026-27=25\n2027-28=40' };
    const refused = expect(await officer.postForm('/manage/results/indicators', fields), 422, 'a summed percentage').text;
    assert.match(refused, /<a href="#aggregation">/);
    assert.match(refused, /id="name-en"[^>]*>Share of young traders/, 'the form keeps what was typed');
    expect(await officer.postForm('/manage/results/indicators', { ...fields, aggregation: 'weighted-average' }), 303, 'indicator saved');
    const saved = expect(await officer.get('/api/v1/results/logic-model'), 200, 'model').json();
    const added = saved.indicators.find(i => i.code === '1212.1');
    assert.equal(saved.results.find(r => r.code === '1212').area, 'inclusive-led');
    assert.deepEqual(added.targets, { '2026-27': '25', '2027-28': '40' });
    assert.deepEqual(added.cells, ['total', 'women', 'men', 'other-gender', 'sex-not-stated']);
    const edit = expect(await officer.get('/manage/results?indicator=1212.1'), 200, 'edit form').text;
    assert.match(edit, /2027-28=40/);

    csrf_token = await officer.formToken('/manage/results/periods');
    const before = Number(await scalar(server, 'SELECT COUNT(*) FROM reporting_periods'));
    expect(await officer.postForm('/manage/results/periods', { csrf_token, first: '2029-30', last: '2030-31' }), 303, 'periods added');
    assert.equal(Number(await scalar(server, 'SELECT COUNT(*) FROM reporting_periods')) - before, 7, 'only 2030-31 was missing: 4 quarters, 2 halves, 1 year');
  });

  test('evidence files are added to open values, checked by content, and downloaded by the partnership only', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const upload = async (client, measurement, name, bytes) => {
      const form = new FormData();
      form.append('csrf_token', await client.formToken(`/partnerships/${sonreba}/results`));
      form.append('file', new Blob([bytes]), name);
      const response = await fetch(`${server.url}/partnerships/${sonreba}/results/${measurement}/evidence`, {
        method: 'POST', body: form, redirect: 'manual', headers: { cookie: client.cookieHeader() },
      });
      return { status: response.status, text: await response.text() };
    };
    const people = indicator('1111.1');
    const periods = expect(await partner.get(`/api/v1/partnerships/${sonreba}/results`), 200, 'periods').json().periods;
    const draft = expect(await partner.postJson(`/api/v1/partnerships/${sonreba}/results`, { indicator: people.id, period: periods.find(p => p.name === '2027-28 Q2').id, values: { total: '3' } }), 201, 'draft').json();
    assert.equal((await upload(partner, draft.id, 'sheet.html', '<!doctype html><script>alert(1)</script>')).status, 422, 'refused by content');
    assert.equal((await upload(partner, draft.id, 'attendance.pdf', pdf)).status, 303, 'added');
    const approved = Number(await scalar(server, "SELECT id FROM measurements WHERE status = 'approved' ORDER BY id LIMIT 1"));
    assert.equal((await upload(partner, approved, 'late.pdf', pdf)).status, 409, 'approved values take no more evidence');
    const page = expect(await partner.get(`/partnerships/${sonreba}/results`), 200, 'reporting page').text;
    const link = page.match(/href="(\/partnerships\/\d+\/results\/evidence\/\d+)">attendance\.pdf</)?.[1];
    assert.ok(link, 'the file is listed with its values');
    const file = expect(await partner.get(link), 200, 'download');
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assert.match(file.headers.get('content-security-policy'), /sandbox/);
    expect(await applicant.get(link.replace(`/${sonreba}/`, `/${quispara}/`)), 403, 'another partnership');
    expect(await new Client(server.url).get(link), 303, 'visitors sign in first');
  });

  test('an officer moving a partnership to another programming area moves its figures with it', async () => {
    const before = expect(await officer.get(`/api/v1/partnerships/${quispara}`), 200, 'Villa Quispara').json();
    const joined = model.results.find(r => r.code === '1211').area;
    assert.ok(!before.areas.includes(joined), `Villa Quispara is not in ${joined} yet`);
    const people = async (query = '') => Number(actual(await pmfOf(officer, query), '1111.1', '2026-27') ?? 0);
    const own = await people(`?partnership=${quispara}`);
    assert.ok(own > 0, 'Villa Quispara reported people in 2026-27');
    const program = await people();
    const left = Object.fromEntries(await Promise.all(before.areas.map(async area => [area, await people(`?area=${area}`)])));
    const inJoined = await people(`?area=${joined}`);

    expect(await officer.postJson(`/api/v1/partnerships/${quispara}`, {
      teams: before.teams.map(t => t.key), partners: before.partners.map(p => p.key), areas: [joined], status: before.status,
      start: before.start, end: before.end, summary: before.summary, published: before.published,
      contact_name: before.contact.name, contact_email: before.contact.email,
    }), 200, 'the officer changes the areas');
    for (const [area, figure] of Object.entries(left)) assert.equal(await people(`?area=${area}`), figure - own, `${area} no longer counts it`);
    assert.equal(await people(`?area=${joined}`), inJoined + own, `${joined} counts it`);
    assert.equal(await people(), program, 'the program counts it once, as before');
  });
});
