// Workplans over HTTP: the public reads a published partnership's activities without their
// notes or deliverables; its staff and officers plan it through the forms and the API;
// staff of another partnership may not; bad dates are refused naming the field and write
// nothing; the page shows the timeline and what is overdue, the CSV and Excel exports the
// same rows; officers see the program's overdue work; 200 activities stay quick to draw.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, expectStatus, scalar, signedInClient, startServer } from './harness.mjs';

const activity = (title, start, end, extra = {}) => ({
  title: { en: title }, description: `Notes on ${title}`, start, end, responsible: 'both', status: 'planned', output: '1111',
  deliverables: [{ description: `Report on ${title}`, delivered_on: '' }], ...extra,
});

describe('workplans', () => {
  let server, officer, applicant, partnerEs, ids;
  before(async () => {
    server = await startServer();
    officer = await signedInClient(server.url, 'officer@pmi.example');
    applicant = await signedInClient(server.url, 'applicant@pmi.example');
    partnerEs = await signedInClient(server.url, 'partner.es@pmi.example');
    const all = expectStatus(await officer.get('/api/v1/partnerships'), 200, 'officer list').json().partnerships;
    const byPartner = key => all.find(p => p.partners[0].key === key).id;
    ids = { sonreba: byPartner('bf-sonreba'), quispara: byPartner('bo-villa-quispara'), prekChrey: byPartner('kh-prek-chrey') };
  });
  after(async () => { await server?.stop(); });

  test('the public reads public fields of a published workplan; the partnership page links to it', async () => {
    const visitor = new Client(server.url);
    const plan = expectStatus(await visitor.get(`/api/v1/partnerships/${ids.sonreba}/workplan`), 200, 'public workplan').json();
    assert.ok(plan.activities.length >= 4, 'the demo workplan');
    assert.ok(plan.activities.every(a => a.description === '' && a.deliverables.length === 0), 'no notes or deliverables for the public');
    const own = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/workplan`)).json();
    assert.ok(own.activities.some(a => a.deliverables.length > 0), 'staff see deliverables');
    expectStatus(await visitor.get(`/partnerships/${ids.prekChrey}/workplan`), 404, 'unpublished');
    expectStatus(await partnerEs.get(`/api/v1/partnerships/${ids.prekChrey}/workplan`), 404, 'unpublished and not theirs');
    const page = expectStatus(await visitor.get(`/partnerships/${ids.sonreba}`), 200, 'partnership page').text;
    assert.match(page, new RegExp(`href="/partnerships/${ids.sonreba}/workplan"`));
    const html = expectStatus(await visitor.get(`/partnerships/${ids.sonreba}/workplan`), 200, 'public page').text;
    assert.match(html, /<svg class="chart"[^>]*role="img"/);
    assert.doesNotMatch(html, /workplan\/activities\/new/, 'no forms for the public');
    expectStatus(await visitor.get(`/partnerships/${ids.sonreba}/workplan/activities/new`), 303, 'sign in first');
  });

  test('staff and officers plan through the API; staff of another partnership may not', async () => {
    const before = Number(await scalar(server, "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'workplan.%'"));
    const added = expectStatus(await applicant.postJson(`/api/v1/partnerships/${ids.sonreba}/workplan/activities`,
      activity('Vendor registration days', '2027-05-01', '2027-06-30')), 201, 'staff add').json();
    expectStatus(await partnerEs.postJson(`/api/v1/partnerships/${ids.sonreba}/workplan/activities`,
      activity('Intrusion', '2027-05-01', '2027-06-30')), 403, 'not theirs');
    expectStatus(await new Client(server.url).postJson(`/api/v1/partnerships/${ids.sonreba}/workplan/activities`,
      activity('Intrusion', '2027-05-01', '2027-06-30'), { csrf: null }), 403, 'no session, no token');
    const milestone = expectStatus(await officer.postJson(`/api/v1/partnerships/${ids.sonreba}/workplan/milestones`,
      { title: { fr: 'Journées tenues' }, due: '2027-06-30', activity: added.id }), 201, 'officer adds a milestone').json();
    const done = activity('Vendor registration days', '2027-05-01', '2027-06-30', { status: 'done' });
    const refused = expectStatus(await applicant.postJson(`/api/v1/partnerships/${ids.sonreba}/workplan/activities/${added.id}`, done), 422, 'done, undelivered');
    assert.equal(refused.json().error.field, 'status');
    expectStatus(await applicant.postJson(`/api/v1/partnerships/${ids.sonreba}/workplan/activities/${added.id}`,
      activity('Vendor registration days', '2027-05-01', '2027-06-30', { status: 'in-progress' })), 200, 'started');
    const plan = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/workplan`)).json();
    assert.equal(plan.activities.find(a => a.id === added.id).status, 'in-progress');
    assert.equal(plan.milestones.find(m => m.id === milestone.id).activity, added.id);
    const audited = Number(await scalar(server, "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'workplan.%'"));
    assert.equal(audited - before, 3);
  });

  test('dates outside the partnership or an end before the start are refused naming the field and write nothing', async () => {
    const before = await scalar(server, 'SELECT COUNT(*) FROM workplan_activities');
    const cases = [
      [activity('Too early', '2026-03-31', '2026-05-01'), 'start'],
      [activity('Too late', '2028-09-01', '2029-04-01'), 'end'],
      [activity('Backwards', '2027-05-01', '2027-04-01'), 'end'],
      [activity('Not a date', '2027-02-30', '2027-04-01'), 'start'],
      [activity('', '2027-01-01', '2027-02-01'), 'title'],
      [activity('Who', '2027-01-01', '2027-02-01', { responsible: 'mayor' }), 'responsible'],
      [activity('Delivered tomorrow', '2027-01-01', '2027-02-01', { deliverables: [{ description: 'Plan', delivered_on: '2099-01-01' }] }), 'delivered_on_1'],
    ];
    for (const [input, field] of cases) {
      const reply = expectStatus(await officer.postJson(`/api/v1/partnerships/${ids.sonreba}/workplan/activities`, input), 422, field);
      assert.equal(reply.json().error.field, field);
    }
    const csrf_token = await officer.formToken(`/partnerships/${ids.sonreba}/workplan/activities/new`);
    const page = expectStatus(await officer.postForm(`/partnerships/${ids.sonreba}/workplan/activities`, {
      csrf_token, title_en: 'Form', start: '2027-05-01', end: '2027-04-01', responsible: 'both', status: 'planned',
      deliverable_1: '', delivered_on_1: '2026-05-01',
    }), 422, 'form');
    assert.match(page.text, /href="#end"/);
    assert.match(page.text, /href="#deliverable_1"/);
    assert.match(page.text, /id="deliverable_1"[^>]*aria-invalid="true"/);
    assert.equal(await scalar(server, 'SELECT COUNT(*) FROM workplan_activities'), before);
  });

  test('the forms add and change work, and the page and the exports show it', async () => {
    const csrf_token = await applicant.formToken(`/partnerships/${ids.sonreba}/workplan/activities/new`);
    const created = expectStatus(await applicant.postForm(`/partnerships/${ids.sonreba}/workplan/activities`, {
      csrf_token, title_en: 'Stall allocation', title_fr: 'Attribution des étals', description: 'Draw lots in public.',
      start: '2026-06-01', end: '2026-07-15', responsible: 'partner-local-government', status: 'planned', output: '1211',
      deliverable_1: 'Allocation list', delivered_on_1: '', deliverable_2: '', delivered_on_2: '',
    }), 303, 'add with the form');
    assert.match(created.location, new RegExp(`/partnerships/${ids.sonreba}/workplan`));
    const plan = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/workplan`)).json();
    const stalls = plan.activities.find(a => a.title.en === 'Stall allocation');
    assert.equal(stalls.title.fr, 'Attribution des étals');
    assert.equal(stalls.overdue, true, 'it ended in 2026 and is still planned');
    const form = expectStatus(await applicant.get(`/partnerships/${ids.sonreba}/workplan/activities/${stalls.id}`), 200, 'edit form').text;
    assert.match(form, /value="Allocation list"/);
    assert.match(form, /id="deliverable_3"/, 'blank rows for new deliverables');

    const page = expectStatus(await applicant.get(`/partnerships/${ids.sonreba}/workplan`), 200, 'workplan page').text;
    assert.match(page, /<li><span lang="en">Stall allocation<\/span>/, 'in the overdue list');
    assert.match(page, /class="bar bar-overdue"><title>Stall allocation/);
    const csv = expectStatus(await applicant.get(`/partnerships/${ids.sonreba}/workplan/activities.csv`), 200, 'csv').text.trim().split('\r\n');
    assert.equal(csv[0], 'id,title_en,title_fr,title_es,start,end,responsible,status,overdue,output,deliverables,description');
    assert.ok(csv.includes(`${stalls.id},Stall allocation,Attribution des étals,,2026-06-01,2026-07-15,partner-local-government,planned,yes,1211,Allocation list,Draw lots in public.`));
    assert.equal(csv.length - 1, plan.activities.length);
    const milestones = expectStatus(await applicant.get(`/partnerships/${ids.sonreba}/workplan/milestones.csv`), 200, 'milestones csv').text;
    assert.match(milestones, /^id,title_en,title_fr,title_es,due,done_on,overdue,activity\r\n/);
    const xlsx = expectStatus(await applicant.get(`/partnerships/${ids.sonreba}/workplan/activities.xlsx`), 200, 'xlsx');
    assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
    const publicCsv = expectStatus(await new Client(server.url).get(`/partnerships/${ids.sonreba}/workplan/activities.csv`), 200, 'public csv').text;
    assert.doesNotMatch(publicCsv, /Draw lots in public/, 'no notes in the public export');

    const token = await applicant.formToken(`/partnerships/${ids.sonreba}/workplan/activities/${stalls.id}`);
    expectStatus(await applicant.postForm(`/partnerships/${ids.sonreba}/workplan/activities/${stalls.id}`, {
      csrf_token: token, title_en: 'Stall allocation', start: '2026-06-01', end: '2026-07-15', responsible: 'partner-local-government',
      status: 'cancelled', output: '1211', deliverable_1: 'Allocation list', delivered_on_1: '',
    }), 303, 'cancel with the form');
    const after = (await applicant.get(`/api/v1/partnerships/${ids.sonreba}/workplan`)).json().activities.find(a => a.id === stalls.id);
    assert.equal(after.status, 'cancelled');
    assert.equal(after.overdue, false);
    assert.deepEqual(after.title, { en: 'Stall allocation' }, 'the emptied French title is gone');
  });

  test('officers see the overdue work of the whole program; others may not', async () => {
    const overdue = expectStatus(await officer.get('/api/v1/workplans/overdue'), 200, 'officer').json();
    const partnerships = overdue.partnerships.map(p => p.partnership);
    assert.ok(partnerships.includes(ids.quispara), 'the demo has overdue work in Villa Quispara');
    assert.ok(overdue.partnerships.every(p => [...p.activities, ...p.milestones].every(item => item.overdue)));
    expectStatus(await applicant.get('/api/v1/workplans/overdue'), 403, 'staff');
    const page = expectStatus(await officer.get('/manage/partnerships/overdue'), 200, 'overdue page').text;
    assert.match(page, new RegExp(`href="/partnerships/${ids.quispara}/workplan"`));
    expectStatus(await applicant.get('/manage/partnerships/overdue'), 403, 'staff page');
    const csv = expectStatus(await officer.get('/manage/partnerships/overdue.csv'), 200, 'csv').text.trim().split('\r\n');
    assert.equal(csv[0], 'partnership,partnership_name,kind,id,title_en,title_fr,title_es,date,status,responsible');
    const listed = overdue.partnerships.reduce((sum, p) => sum + p.activities.length + p.milestones.length, 0);
    assert.equal(csv.length - 1, listed, 'a row per overdue activity or milestone');
    expectStatus(await officer.get('/manage/partnerships/overdue.xlsx'), 200, 'xlsx');
    expectStatus(await applicant.get('/manage/partnerships/overdue.csv'), 403, 'staff csv');
  });

  test('a workplan of 200 activities is drawn quickly', async () => {
    const { id } = expectStatus(await officer.postJson('/api/v1/partnerships', {
      teams: ['sk-northgate'], partners: ['ml-kobaya'], status: 'active', start: '2026-04-01', end: '2031-03-31',
    }), 201, 'a long partnership').json();
    for (let i = 0; i < 200; i++) {
      const month = String(4 + (i % 9)).padStart(2, '0');
      expectStatus(await officer.postJson(`/api/v1/partnerships/${id}/workplan/activities`,
        activity(`Activity ${i}`, `${2026 + Math.floor(i / 50)}-${month}-01`, `${2027 + Math.floor(i / 50)}-${month}-28`)), 201, `activity ${i}`);
    }
    const times = [];
    let page;
    for (let i = 0; i < 5; i++) {
      const start = process.hrtime.bigint();
      page = expectStatus(await officer.get(`/partnerships/${id}/workplan`), 200, 'big workplan').text;
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    assert.equal((page.match(/<rect /g) ?? []).length, 200);
    const median = times.sort((a, b) => a - b)[2];
    console.log(`workplan page with 200 activities: median ${median.toFixed(1)} ms over 5 requests (${page.length} bytes)`);
    assert.ok(median < 1000, `median ${median} ms`);
  });

  test('openapi.json documents the workplan routes', async () => {
    const spec = (await new Client(server.url).get('/api/openapi.json')).json();
    for (const path of ['/api/v1/partnerships/{id}/workplan', '/api/v1/partnerships/{id}/workplan/activities',
      '/api/v1/partnerships/{id}/workplan/activities/{activity}', '/api/v1/partnerships/{id}/workplan/milestones',
      '/api/v1/partnerships/{id}/workplan/milestones/{milestone}', '/api/v1/workplans/overdue'])
      assert.ok(spec.paths[path], path);
  });
});
