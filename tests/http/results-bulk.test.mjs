// Bulk entry of results over HTTP: a partnership's staff download the template of a period
// (CSV and Excel), upload it filled, see every problem by row with nothing written, upload
// it corrected, confirm, and find the values saved as drafts; "add" leaves values already
// there, "replace" overwrites drafts and never approved values; other partnerships' staff
// and visitors are refused. Every figure of the dashboard and the PMF links to the approved
// values it counts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, expectStatus as expect, signedInClient as signedIn, startServer } from './harness.mjs';

const quoted = field => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
const csvOf = rows => rows.map(row => row.map(quoted).join(',')).join('\r\n') + '\r\n';

// The records of a CSV file as the template is written (RFC 4180, CRLF).
function parseCsv(text) {
  const rows = [[]];
  let field = '', inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') field += '"', i++;
      else if (c === '"') inQuotes = false;
      else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ',') rows.at(-1).push(field), field = '';
    else if (c === '\n') rows.at(-1).push(field), field = '', rows.push([]);
    else if (c !== '\r') field += c;
  }
  if (rows.at(-1).length === 0 && field === '') rows.pop();
  else rows.at(-1).push(field);
  return rows;
}

async function upload(client, path, fields, bytes, name = 'filled.csv', headers = {}) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (bytes) form.append('file', new Blob([bytes]), name);
  return client.request('POST', path, { body: form, headers });
}

describe('bulk entry of results', () => {
  let server, partner, applicant, officer, sonreba, quispara, q1, template;
  before(async () => {
    server = await startServer();
    partner = await signedIn(server.url, 'partner@pmi.example');
    applicant = await signedIn(server.url, 'applicant@pmi.example');
    officer = await signedIn(server.url, 'officer@pmi.example');
    const all = expect(await officer.get('/api/v1/partnerships'), 200, 'partnerships').json().partnerships;
    sonreba = all.find(p => p.partners[0].key === 'bf-sonreba').id;
    quispara = all.find(p => p.partners[0].key === 'bo-villa-quispara').id;
    const periods = expect(await partner.get(`/api/v1/partnerships/${sonreba}/results`), 200, 'periods').json().periods;
    q1 = periods.find(p => p.name === '2027-28 Q1').id;
  });
  after(async () => { await server?.stop(); });

  const rowOf = (code, cell) => template.findIndex(row => row[0] === code && row[3] === cell);

  test('the template lists every cell of the period, as CSV and as Excel', async () => {
    const page = expect(await partner.get(`/partnerships/${sonreba}/results/bulk?period=${q1}`), 200, 'bulk page').text;
    assert.match(page, new RegExp(`href="/partnerships/${sonreba}/results/bulk/template.xlsx\\?period=${q1}"`));
    const csv = expect(await partner.get(`/partnerships/${sonreba}/results/bulk/template.csv?period=${q1}`), 200, 'csv template');
    assert.match(csv.headers.get('content-disposition'), /results-\d+-2027-28-Q1\.csv/);
    template = parseCsv(csv.text);
    assert.deepEqual(template[0], ['indicator', 'indicator_name', 'period', 'cell', 'cell_name', 'current_value', 'status', 'value', 'denominator']);
    assert.equal(template.length, 1 + 5 + 13 + 5 + 1, 'the quarterly indicators: by sex, by sex and age, by sex, a total');
    assert.ok(rowOf('1211.1', 'women/youth') > 0);
    const xlsx = expect(await partner.get(`/partnerships/${sonreba}/results/bulk/template.xlsx?period=${q1}`), 200, 'xlsx template');
    assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
    const bytes = Buffer.from(await (await fetch(`${server.url}/partnerships/${sonreba}/results/bulk/template.xlsx?period=${q1}`, { headers: { cookie: partner.cookieHeader() } })).arrayBuffer());
    const token = await partner.formToken(`/partnerships/${sonreba}/results/bulk?period=${q1}`);
    const unchanged = expect(await upload(partner, `/partnerships/${sonreba}/results/bulk`, { csrf_token: token, period: q1, mode: 'add' }, bytes, 'template.xlsx'), 200, 'xlsx read back').text;
    assert.match(unchanged, /<p role="status">/);
    assert.doesNotMatch(unchanged, /name="kept_file"/, 'nothing to confirm');
  });

  test('a file with a problem writes nothing; corrected, it is previewed, confirmed and saved as drafts', async () => {
    const filled = template.map(row => [...row]);
    const set = (code, cell, value) => { filled[rowOf(code, cell)][7] = value; };
    set('1311.1', 'total', '7');
    set('1111.1', 'total', '10');
    set('1111.1', 'women', '6');
    set('1111.1', 'men', '3');
    set('1111.1', 'other-gender', '0');
    set('1111.1', 'sex-not-stated', '0');
    set('1211.2', 'total', 'many');
    const path = `/partnerships/${sonreba}/results/bulk`;
    let token = await partner.formToken(`${path}?period=${q1}`);
    const refused = expect(await upload(partner, path, { csrf_token: token, period: q1, mode: 'add' }, csvOf(filled)), 422, 'problems').text;
    // The partner reads French: the problems are named by row, column and their figures.
    assert.match(refused, /<p role="alert">/);
    assert.match(refused, new RegExp(`<td class="num">${rowOf('1111.1', 'total') + 1}</td><td>value</td><td>[^<]*\\b10\\b[^<]*\\b9\\b`));
    assert.match(refused, new RegExp(`<td class="num">${rowOf('1211.2', 'total') + 1}</td><td>value</td><td>[^<]*12\\.5`));
    assert.doesNotMatch(refused, /name="kept_file"/, 'no confirmation while a row has a problem');
    const before = expect(await partner.get(`/api/v1/partnerships/${sonreba}/results`), 200, 'results').json().measurements;
    assert.equal(before.filter(m => m.period === q1).length, 0, 'nothing written');

    set('1111.1', 'men', '4');
    set('1211.2', 'total', '');
    token = await partner.formToken(`${path}?period=${q1}`);
    const preview = expect(await upload(partner, path, { csrf_token: token, period: q1, mode: 'add' }, csvOf(filled)), 200, 'preview').text;
    assert.match(preview, /<p role="status">/);
    const kept = preview.match(/name="kept_file" value="([0-9a-f]{64})"><input type="hidden" name="period" value="(\d+)"/);
    assert.equal(Number(kept[2]), q1, 'the confirmation names the period');
    const stillNothing = expect(await partner.get(`/api/v1/partnerships/${sonreba}/results`), 200, 'results').json().measurements;
    assert.equal(stillNothing.filter(m => m.period === q1).length, 0, 'a preview writes nothing');
    const confirmed = expect(await partner.postForm(path, { csrf_token: token, kept_file: kept[1], period: kept[2], mode: 'add' }), 303, 'confirm');
    assert.equal(confirmed.location, `/partnerships/${sonreba}/results?notice=saved`);
    const written = expect(await partner.get(`/api/v1/partnerships/${sonreba}/results`), 200, 'results').json().measurements.filter(m => m.period === q1);
    assert.deepEqual(written.map(m => [m.status, m.values.total]).sort(), [['draft', '10'], ['draft', '7']]);
  });

  test('the API previews and writes; add keeps values already there, replace overwrites drafts only', async () => {
    const api = `/api/v1/partnerships/${sonreba}/results/bulk`;
    const headers = { 'x-csrf-token': partner.csrf, accept: 'application/json' };
    const file = csvOf([['indicator', 'cell', 'value'], ['1311.1', 'total', '9']]);
    const added = expect(await upload(partner, api, { period: q1, mode: 'add', confirm: 'true' }, file, 'f.csv', headers), 200, 'add').json();
    assert.equal(added.kept, 1);
    assert.equal(added.changes[0].action, 'keep');
    const preview = expect(await upload(partner, api, { period: q1, mode: 'replace' }, file, 'f.csv', headers), 200, 'replace preview').json();
    assert.equal(preview.written, false);
    assert.deepEqual(preview.changes[0], { row: 2, indicator: '1311.1', cell: 'total', before: '7', after: '9', action: 'replace' });
    const replaced = expect(await upload(partner, api, { period: q1, mode: 'replace', confirm: 'true' }, file, 'f.csv', headers), 200, 'replace').json();
    assert.equal(replaced.written, true);

    const q3 = expect(await partner.get(`/api/v1/partnerships/${sonreba}/results`), 200, 'periods').json().periods.find(p => p.name === '2026-27 Q3').id;
    const approved = csvOf([['indicator', 'cell', 'value'], ['1211.2', 'total', '1']]);
    const refused = expect(await upload(partner, api, { period: q3, mode: 'replace', confirm: 'true' }, approved, 'f.csv', headers), 422, 'approved').json();
    assert.equal(refused.written, false);
    assert.deepEqual(refused.problems.map(p => [p.row, p.column]), [[2, 'value']]);
    assert.equal(refused.problems[0].code, 'invalid');

    expect(await upload(applicant, `/api/v1/partnerships/${quispara}/results/bulk`, { period: q1 }, file, 'f.csv', { 'x-csrf-token': applicant.csrf, accept: 'application/json' }), 403, 'another partnership');
    const tooBig = 'indicator,cell,value\n' + '1311.1,total,1\n'.repeat(6000);
    const limit = expect(await upload(partner, api, { period: q1 }, tooBig, 'f.csv', headers), 422, 'too many rows').json();
    assert.equal(limit.error.field, 'file');
    expect(await new Client(server.url).get(`/partnerships/${sonreba}/results/bulk/template.csv?period=${q1}`), 303, 'visitors sign in first');
    const openapi = expect(await partner.get('/api/openapi.json'), 200, 'openapi').json();
    assert.ok(openapi.paths['/api/v1/partnerships/{id}/results/bulk'].post);
  });

  test('every figure of the dashboard and the PMF links to the approved values it counts', async () => {
    const visitor = new Client(server.url);
    const dashboard = expect(await visitor.get('/results/dashboard'), 200, 'dashboard').text;
    assert.match(dashboard, /by programming area/);
    const link = dashboard.match(/href="(\/results\/measurements\?indicator=\d+&amp;year=2026&amp;country=BF&amp;cell=total)">21</)[1].replaceAll('&amp;', '&');
    const sources = expect(await visitor.get(link), 200, 'values behind').text;
    assert.match(sources, /Approved values \(2\)/, 'Q2 and Q3 of Sonréba');
    assert.match(sources, /<dt>Sum of the values<\/dt><dd>21<\/dd>/, 'the values add up to the figure');
    assert.match(sources, /<svg class="chart"/);
    assert.doesNotMatch(sources, /demo ·/, 'visitors do not see who entered a value');
    const forOfficer = expect(await officer.get(link), 200, 'values behind for an officer').text;
    assert.match(forOfficer, /demo ·/);
    const area = dashboard.match(/href="(\/results\/measurements\?indicator=\d+&amp;year=2026&amp;area=[a-z-]+&amp;cell=total)"/)[1].replaceAll('&amp;', '&');
    expect(await visitor.get(area), 200, 'an area figure');
    const pmf = expect(await visitor.get('/results/pmf?country=BF'), 200, 'pmf').text;
    assert.match(pmf, /href="\/results\/measurements\?indicator=\d+&amp;year=2026&amp;cell=women&amp;country=BF&amp;area=&amp;partnership="/);
    expect(await visitor.get('/results/measurements?indicator=999999'), 422, 'an unknown indicator');
  });
});
