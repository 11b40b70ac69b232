// The partner directory over HTTP: public list and profiles with filters and pages; edits by
// officers and by staff for their own profile only; imports that write nothing while the
// file has problems unless the officer asks for the valid rows; exports that import back.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, scalar, startServer } from './harness.mjs';

const PASSWORD = 'demo-password-2026';
const HEADER = 'key,name,country,region,level,population,languages,interpretation,need_enabling_environment,need_inclusive_led,need_trade_regional,wanted_partners';

async function signedIn(url, email) {
  const client = new Client(url);
  await client.signIn(email, PASSWORD);
  return client;
}

function expect(reply, status, what) {
  assert.equal(reply.status, status, `${what}: ${reply.status} ${reply.location ?? ''} ${reply.text.slice(0, 400)}`);
  return reply;
}

const rowsOf = html => [...(html.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '').matchAll(/<tr>/g)].length;

async function importFile(client, text, fields) {
  const form = new FormData();
  form.append('csrf_token', await client.formToken('/manage/directory/import'));
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([text]), 'partners.csv');
  return client.request('POST', '/manage/directory/import', { body: form });
}

// The demo officer reads French, so the officers' pages are checked in French.
describe('partner directory', () => {
  let server, officer, partner, applicant;
  before(async () => {
    server = await startServer();
    officer = await signedIn(server.url, 'officer@pmi.example');
    partner = await signedIn(server.url, 'partner@pmi.example');
    applicant = await signedIn(server.url, 'applicant@pmi.example');
  });
  after(async () => { await server?.stop(); });

  test('anyone lists partner local governments, filtered by country, area, language and name', async () => {
    const visitor = new Client(server.url);
    const all = expect(await visitor.get('/partners'), 200, '/partners');
    assert.equal(rowsOf(all.text), 15, 'the demo has 15 local governments');
    assert.equal(rowsOf((await visitor.get('/partners?country=BO')).text), 2);
    const spanish = (await visitor.get('/partners?language=es')).text;
    assert.equal(rowsOf(spanish), 4);
    assert.match(spanish, /Villa Quispara/);
    const trade = (await visitor.get('/partners?area=trade-regional&country=VN')).text;
    assert.equal(rowsOf(trade), 2, 'both Vietnamese partners need trade at priority 2 or more');
    assert.equal(rowsOf((await visitor.get('/partners?q=kob')).text), 1, 'by name');
    assert.equal(rowsOf((await visitor.get('/partners?country=XX&area=nothing&language=de')).text), 15, 'unknown filter values are ignored');
  });

  test('a profile page shows needs as a chart and a table; the email only to signed-in users', async () => {
    const page = expect(await new Client(server.url).get('/partners/bf-sonreba'), 200, 'profile');
    assert.match(page.text, /<h1>Commune de Sonréba<\/h1>/);
    assert.match(page.text, /<svg class="chart"/);
    assert.match(page.text, /3 — high/);
    assert.doesNotMatch(page.text, /awa\.ouedraogo@sonreba\.example/, 'an address shown to a visitor');
    assert.match((await applicant.get('/partners/bf-sonreba')).text, /awa\.ouedraogo@sonreba\.example/);
    expect(await new Client(server.url).get('/partners/no-such-place'), 404, 'unknown key');
    const french = await new Client(server.url).get('/partners/bf-sonreba?lang=fr');
    assert.match(french.text, /3 — élevé/);
  });

  test('an officer adds a local government; an invalid form names each field and saves nothing', async () => {
    const token = await officer.formToken('/directory/partners/new');
    const fields = {
      csrf_token: token, id: '0', key: 'ml-sanankoro', name: 'Commune de Sanankoro', country: 'ML', region: 'Koulikoro', level: 'commune',
      population: '27000', languages: 'fr', need_enabling_environment: '2', need_inclusive_led: '3', need_trade_regional: '1', wanted_partners: '1',
      contact_name: '', contact_email: '', description_en: 'A commune on the Niger river.', organisation: '0',
    };
    const bad = expect(await officer.postForm('/directory/partners/new', { ...fields, key: 'Bad Key', population: 'many', contact_email: 'nope' }), 422, 'invalid');
    for (const field of ['key', 'population', 'contact_email']) assert.match(bad.text, new RegExp(`href="#${field}"`), field);
    assert.equal(await scalar(server, "SELECT COUNT(*) FROM partner_governments WHERE name = 'Commune de Sanankoro'"), '0');
    const saved = expect(await officer.postForm('/directory/partners/new', fields), 303, 'save');
    assert.match(saved.location, /^\/partners\/ml-sanankoro\b/);
    assert.match((await officer.get('/partners/ml-sanankoro')).text, /A commune on the Niger river\./);
    expect(await officer.postForm('/directory/partners/new', fields), 409, 'the same key twice');
    expect(await applicant.postForm('/directory/partners/new', { ...fields, key: 'ml-other', csrf_token: await applicant.formToken('/account') }), 403, 'an applicant');
    expect(await applicant.postForm('/directory/partners/new', { ...fields, key: 'ml-other' }), 403, 'no CSRF token');
  });

  test('partner staff edit their own profile, never another one, and cannot move it', async () => {
    const mine = expect(await partner.get('/directory/mine'), 303, 'my profile');
    assert.equal(mine.location, '/directory/partners/bf-sonreba/edit');
    const form = expect(await partner.get(mine.location), 200, 'the form');
    assert.doesNotMatch(form.text, /id="organisation"/, 'staff do not choose the account link');
    const token = partner.csrfFromHtml(form.text);
    const fields = {
      csrf_token: token, id: String(await scalar(server, "SELECT id FROM partner_governments WHERE key = 'bf-sonreba'")), key: 'bf-sonreba',
      name: 'Commune de Sonréba', country: 'NI', region: 'Centre-Ouest', level: 'commune', population: '49000', languages: 'fr',
      need_enabling_environment: '3', need_inclusive_led: '3', need_trade_regional: '2', wanted_partners: '2', organisation: '0',
    };
    expect(await partner.postForm('/directory/partners/bf-sonreba/edit', fields), 303, 'saving');
    assert.equal(await scalar(server, "SELECT population || ' ' || country || ' ' || need_trade_regional FROM partner_governments WHERE key = 'bf-sonreba'"), '49000 BF 2');
    assert.notEqual(await scalar(server, "SELECT organisation_id FROM partner_governments WHERE key = 'bf-sonreba'"), '', 'the link stays');
    expect(await partner.get('/directory/partners/bo-sucre/edit'), 404, 'not a profile of theirs (it does not exist)');
    expect(await partner.get('/directory/partners/ci-assikan/edit'), 403, 'another profile');
    const other = { ...fields, id: String(await scalar(server, "SELECT id FROM partner_governments WHERE key = 'ci-assikan'")), key: 'ci-assikan' };
    expect(await partner.postForm('/directory/partners/ci-assikan/edit', other), 403, 'saving another profile');
  });

  test('applicant staff keep their team profile; teams are not public', async () => {
    const mine = expect(await applicant.get('/directory/mine'), 303, 'my team');
    assert.equal(mine.location, '/directory/teams/on-pinecrest-landing/edit');
    expect(await applicant.get('/directory/teams/qc-lac-aux-herons/edit'), 404, "another municipality's team");
    expect(await applicant.get('/manage/directory'), 403, 'the officers page');
    const visitor = await new Client(server.url).get('/manage/directory');
    assert.equal(visitor.status, 303);
    assert.match(visitor.location, /^\/sign-in/);
  });

  test('an import with a bad row writes nothing, then its valid rows when the officer asks', async () => {
    const file = `${HEADER}\nni-la-concordia,Alcaldía de La Concordia,NI,Jinotega,municipality,9000,es,no,1,2,3,1\nni-bad,Broken,NI,,village,lots,es;de,perhaps,5,0,0,3\n`;
    const first = expect(await importFile(officer, file, { kind: 'partners', mode: 'add' }), 422, 'with problems');
    assert.match(first.text, /Rien n&#39;a été enregistré/);
    for (const column of ['level', 'population', 'languages', 'interpretation', 'need_enabling_environment', 'wanted_partners'])
      assert.match(first.text, new RegExp(`<td class="num">3</td><td>${column}</td>`), column);
    assert.equal(await scalar(server, "SELECT COUNT(*) FROM partner_governments WHERE country = 'NI'"), '2');
    const kept = first.text.match(/name="kept_file" value="([0-9a-f]{64})"/);
    assert.ok(kept, 'the page offers to import the valid rows');
    const again = await officer.postForm('/manage/directory/import', {
      csrf_token: officer.csrfFromHtml(first.text), kept_file: kept[1], kind: 'partners', mode: 'add', when_problems: 'valid_rows',
    });
    expect(again, 200, 'valid rows');
    assert.match(again.text, /Importation terminée: 1 ajoutés/);
    assert.equal(await scalar(server, "SELECT COUNT(*) FROM partner_governments WHERE country = 'NI'"), '3');
    assert.equal(await scalar(server, "SELECT COUNT(*) FROM audit_log WHERE action = 'directory.import'"), '1');
  });

  test('a file missing a required column is refused with the column named', async () => {
    const missing = expect(await importFile(officer, 'key,name\nx,Y\n', { kind: 'partners', mode: 'add' }), 422, 'missing columns');
    assert.match(missing.text, /n&#39;a pas de colonne « country »/);
    const teams = expect(await importFile(officer, 'key,name\nx,Y\n', { kind: 'teams', mode: 'update' }), 422, 'teams');
    assert.match(teams.text, /n&#39;a pas de colonne « province »/);
  });

  test('the export imports back unchanged, in update mode', async () => {
    const exported = expect(await officer.get('/manage/directory/partners.csv'), 200, 'export');
    assert.match(exported.headers.get('content-type'), /^text\/csv/);
    assert.match(exported.headers.get('content-disposition'), /attachment/);
    const lines = exported.text.trim().split(/\r\n/);
    assert.equal(lines[0], `${HEADER},contact_name,contact_email,description_en,description_fr,description_es`);
    const count = await scalar(server, 'SELECT COUNT(*) FROM partner_governments');
    assert.equal(lines.length - 1, Number(count));
    const back = expect(await importFile(officer, exported.text, { kind: 'partners', mode: 'update' }), 200, 'import back');
    assert.match(back.text, new RegExp(`0 ajoutés, ${count} mis à jour`));
    assert.equal((await officer.get('/manage/directory/partners.csv')).text, exported.text);
    const teams = expect(await officer.get('/manage/directory/teams.csv'), 200, 'teams export');
    assert.match(teams.text, /on-pinecrest-landing,City of Pinecrest Landing,ON,142000,en;fr,3,2,2,2,bf-sonreba/);
    expect(await applicant.get('/manage/directory/teams.csv'), 403, 'an applicant');
  });

  test('the Excel export imports back too, and a file of another kind is refused by its content', async () => {
    const workbook = expect(await officer.request('GET', '/manage/directory/teams.xlsx'), 200, 'xlsx export');
    assert.match(workbook.headers.get('content-type'), /spreadsheetml/);
    const bytes = Buffer.from(await (await fetch(`${server.url}/manage/directory/teams.xlsx`, { headers: { cookie: officer.cookieHeader() } })).arrayBuffer());
    assert.equal(bytes.subarray(0, 2).toString(), 'PK');
    const form = new FormData();
    form.append('csrf_token', await officer.formToken('/manage/directory/import'));
    form.append('kind', 'teams');
    form.append('mode', 'update');
    form.append('file', new Blob([bytes]), 'teams.xlsx');
    const back = expect(await officer.request('POST', '/manage/directory/import', { body: form }), 200, 'xlsx import');
    assert.match(back.text, /0 ajoutés, 8 mis à jour/);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001' +
      '0d0a2db40000000049454e44ae426082', 'hex');
    const refused = expect(await importFile(officer, png, { kind: 'teams', mode: 'update' }), 422, 'a PNG');
    assert.match(refused.text, /CSV/);
  });
});

describe('partner directory API', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server?.stop(); });

  test('lists and shows partners with filters; contacts and teams only for those allowed', async () => {
    const visitor = new Client(server.url);
    const all = expect(await visitor.get('/api/v1/partners'), 200, 'list').json();
    assert.equal(all.total, 15);
    assert.equal(all.page_size, 50);
    assert.ok(all.partners.every(p => !('contact' in p)), 'contacts hidden from visitors');
    const spanish = expect(await visitor.get('/api/v1/partners?language=es&area=trade-regional'), 200, 'filtered').json();
    assert.deepEqual(spanish.partners.map(p => p.key), ['bo-villa-quispara', 'ni-el-tular']);
    const one = expect(await visitor.get('/api/v1/partners/bf-sonreba'), 200, 'one').json();
    assert.deepEqual(one.needs, { 'enabling-environment': 3, 'inclusive-led': 2, 'trade-regional': 1 });
    expect(await visitor.get('/api/v1/partners/nowhere'), 404, 'unknown');
    const officer = await signedIn(server.url, 'officer@pmi.example');
    assert.equal(expect(await officer.get('/api/v1/partners/bf-sonreba'), 200, 'signed in').json().contact.email, 'awa.ouedraogo@sonreba.example');
    const teams = expect(await officer.get('/api/v1/teams'), 200, 'teams').json().teams;
    assert.equal(teams.length, 8);
    expect(await visitor.get('/api/v1/teams'), 401, 'a visitor');
    expect(await (await signedIn(server.url, 'applicant@pmi.example')).get('/api/v1/teams'), 403, 'an applicant');
  });
});
