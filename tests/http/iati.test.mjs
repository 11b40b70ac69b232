// IATI over HTTP: officers review the activity file's problems and publish it; the public
// reads the published file with its entity tag; everyone else is kept out of the review.
// Officers import files through the API: results of the program's partnerships become
// approved values once, what does not map is reported, files with a document type are refused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, startServer } from './harness.mjs';

const PASSWORD = 'demo-password-2026';

function expect(reply, status, what) {
  assert.equal(reply.status, status, `${what}: ${reply.status} ${reply.location ?? ''} ${reply.text.slice(0, 400)}`);
  return reply;
}

describe('iati', () => {
  let server, officer, applicant;
  before(async () => {
    server = await startServer();
    officer = new Client(server.url);
    await officer.signIn('officer@pmi.example', PASSWORD);
    applicant = new Client(server.url);
    await applicant.signIn('applicant@pmi.example', PASSWORD);
  });
  after(async () => { await server?.stop(); });

  test('no public file before the first publication; the review is for officers', async () => {
    const visitor = new Client(server.url);
    expect(await visitor.get('/iati/activities.xml'), 404, 'nothing published yet');
    const away = expect(await visitor.get('/iati'), 303, 'visitor sent to sign in');
    assert.match(away.location, /sign-in/);
    expect(await applicant.get('/iati'), 403, 'applicant');
    expect(await applicant.get('/iati/problems.csv'), 403, 'applicant CSV');
    const token = await applicant.formToken('/account');
    expect(await applicant.postForm('/iati/publish', { csrf_token: token }), 403, 'applicant publishing');
  });

  test('officers see the problems as chart and table, and as CSV', async () => {
    const page = expect(await officer.get('/iati?lang=en'), 200, 'review').text;
    assert.match(page, /<svg class="chart"/);
    assert.match(page, /<table class="data-table" id="problems">/);
    assert.doesNotMatch(page, /problem-critical|problem-error/, 'the demo program has neither');
    assert.match(page, /Publish the activity file/);
    const csv = expect(await officer.get('/iati/problems.csv'), 200, 'CSV');
    assert.match(csv.headers.get('content-type'), /text\/csv/);
    assert.match(csv.text, /^severity,activity,element,message,fix\r?\n/);
  });

  test('publishing needs the form token, then the public reads the file and its tag', async () => {
    expect(await officer.postForm('/iati/publish', {}), 403, 'no CSRF token');
    const csrf_token = await officer.formToken('/iati?lang=en');
    const published = expect(await officer.postForm('/iati/publish', { csrf_token }), 303, 'publish');
    assert.equal(published.location, '/iati?notice=iati-published');
    assert.match(expect(await officer.get('/iati?lang=en'), 200, 'review again').text, /Last published/);

    const visitor = new Client(server.url);
    const file = expect(await visitor.get('/iati/activities.xml'), 200, 'public file');
    assert.match(file.headers.get('content-type'), /^application\/xml/);
    assert.match(file.text, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<iati-activities version="2.03"/);
    assert.match(file.text, /<iati-identifier>CA-CRA_ACR-0000000000-DEMO-PMI-LED<\/iati-identifier>/);
    assert.match(file.text, /<participating-org ref="CA-3" type="10" role="1">/);
    assert.match(file.text, /<recipient-country code="BF" percentage="100"\/>/);
    assert.doesNotMatch(file.text, /Prek Chrey/, 'unpublished partnerships stay out');
    const etag = file.headers.get('etag');
    assert.match(etag, /^"[0-9a-f]{32}"$/);
    const again = expect(await visitor.get('/iati/activities.xml', { headers: { 'if-none-match': etag } }), 304, 'unchanged');
    assert.equal(again.text, '');
  });

  test('the JSON API gives officers the problems and publishes with the CSRF header', async () => {
    expect(await applicant.get('/api/v1/iati/problems'), 403, 'applicant');
    expect(await new Client(server.url).get('/api/v1/iati/problems'), 401, 'visitor');
    const report = expect(await officer.get('/api/v1/iati/problems'), 200, 'problems').json();
    assert.equal(report.activities, 3);
    assert.deepEqual([report.counts.critical, report.counts.error], [0, 0]);
    assert.ok(report.problems.every(p => p.severity === 'warning' && p.fix.startsWith('/')));
    assert.equal(report.published.url, '/iati/activities.xml');
    expect(await officer.postJson('/api/v1/iati/publish', {}, { csrf: null }), 403, 'no CSRF header');
    await officer.apiCsrf();
    const published = expect(await officer.postJson('/api/v1/iati/publish', {}), 201, 'publish').json();
    assert.equal(published.activities, 3);
    assert.ok(published.id > report.published.id);
  });

  // A partnership's activity as another office might have published it: one new output
  // indicator with a yearly value, a value in a cell of no dimension of ours, a period of no
  // reporting period.
  function partnerFile(identifier) {
    return `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03"><iati-activity xml:lang="en">
 <iati-identifier>${identifier}</iati-identifier>
 <reporting-org ref="CA-CRA_ACR-0000000000-DEMO" type="22"><narrative>Program office</narrative></reporting-org>
 <result type="1"><title><narrative>Output</narrative></title><reference vocabulary="99" code="1311"/>
  <indicator measure="1" ascending="1"><title><narrative>Traders trained by the partnership</narrative><narrative xml:lang="es">Comerciantes formados</narrative></title>
   <period><period-start iso-date="2026-04-01"/><period-end iso-date="2027-03-31"/><target value="20"/><actual value="12"/></period>
   <period><period-start iso-date="2026-04-01"/><period-end iso-date="2026-04-30"/><actual value="1"/></period>
  </indicator>
  <indicator measure="1"><title><narrative>Traders by disability</narrative></title>
   <period><period-start iso-date="2026-04-01"/><period-end iso-date="2027-03-31"/><actual value="4"><dimension name="disability" value="yes"/></actual></period>
  </indicator>
 </result>
</iati-activity></iati-activities>`;
  }

  function postXml(client, body) {
    return client.request('POST', '/api/v1/iati/import', {
      headers: { 'content-type': 'application/xml', accept: 'application/json', 'x-csrf-token': client.csrf }, body,
    });
  }

  test('officers import results through the API once, with every element left out reported', async () => {
    const published = (await new Client(server.url).get('/iati/activities.xml')).text;
    const identifier = published.match(/<iati-identifier>(CA-CRA_ACR-0000000000-DEMO-\d+)<\/iati-identifier>/)[1];
    await applicant.apiCsrf();
    expect(await postXml(applicant, partnerFile(identifier)), 403, 'applicant');
    await officer.apiCsrf();
    const first = expect(await postXml(officer, partnerFile(identifier)), 200, 'import').json();
    assert.equal(first.activities, 1);
    assert.equal(first.results.length, 1);
    const [results] = first.results;
    assert.equal(`CA-CRA_ACR-0000000000-DEMO-${results.partnership}`, identifier);
    assert.deepEqual([results.indicators_added, results.targets_added, results.values_added, results.values_kept], [2, 1, 1, 0]);
    const reasons = first.unmapped.map(u => `${u.element} ${u.value} ${u.reason}`);
    assert.ok(reasons.some(r => r.startsWith('indicator/period ') && /2026-04-30/.test(r)), reasons.join('\n'));
    assert.ok(reasons.some(r => r.startsWith('indicator/period/actual/dimension ') && /disability=yes/.test(r)), reasons.join('\n'));

    const again = expect(await postXml(officer, partnerFile(identifier)), 200, 'import again').json();
    assert.deepEqual([again.results[0].indicators_added, again.results[0].values_added, again.results[0].values_kept], [0, 0, 1]);

    const hostile = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><iati-activities version="2.03">&e;</iati-activities>';
    const refused = await postXml(officer, hostile);
    assert.ok(refused.status >= 400 && refused.status < 500, `refused: ${refused.status}`);
    assert.equal(refused.json().error.field, 'file');
    assert.doesNotMatch(refused.text, /root:/);
  });
});
