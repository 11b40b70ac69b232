// The calls and review JSON API beyond the applicant's basics: officers create and edit
// calls and list their applications; applicants attach files and read the version history;
// officers seat reviewers with their expertise and assign by hand. Each refusal names the
// field or the rule.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, startServer } from './harness.mjs';

const PASSWORD = 'demo-password-2026';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function signedIn(url, email) {
  const client = new Client(url);
  await client.signIn(email, PASSWORD);
  await client.apiCsrf();
  return client;
}

function ok(reply, status = 200) {
  assert.equal(reply.status, status, reply.text.slice(0, 500));
  return reply.json();
}

function newCall(slug) {
  const now = Math.floor(Date.now() / 1000);
  return {
    slug, title: { en: 'Water services exchange', fr: 'Échange sur les services d’eau' },
    description: { en: 'Peer learning on **municipal water services**.' },
    countries: ['BF', 'ML'], areas: ['enabling-environment', 'inclusive-led'], time_zone: 'America/Toronto',
    opens_at: now - 3600, deadline_at: now + 30 * 86400, review_due_at: now + 60 * 86400, reviews_per_application: 2,
    criteria: [{ name: { en: 'Expertise' }, guidance: { en: 'Depth of practice' }, weight: 60, scale_max: 5 },
      { name: { en: 'Engagement' }, guidance: { en: 'Community in Canada' }, weight: 40, scale_max: 5 }],
    questions: [
      { code: 'summary', kind: 'text', label: { en: 'Summary' }, required: true, word_limit: 200 },
      { code: 'main-area', kind: 'choice', label: { en: 'Main area' }, required: false,
        choices: [{ code: 'enabling-environment', label: { en: 'Enabling' } }, { code: 'inclusive-led', label: { en: 'Inclusive' } }] },
      { code: 'letter', kind: 'file', label: { en: 'Council letter' }, required: false },
    ],
  };
}

describe('calls and review API', () => {
  let server, officer, applicant, stranger, reviewerId, slug, applicationId;
  before(async () => {
    server = await startServer();
    officer = await signedIn(server.url, 'officer@pmi.example');
    applicant = await signedIn(server.url, 'applicant@pmi.example');
    stranger = await signedIn(server.url, 'applicant.fr@pmi.example');
    reviewerId = ok(await (await signedIn(server.url, 'reviewer@pmi.example')).get('/api/v1/me')).id;
    slug = `water-${process.pid}`;
  });
  after(async () => { await server?.stop(); });

  test('an officer creates a call; reading it back gives what was sent', async () => {
    const body = newCall(slug);
    const created = ok(await officer.postJson('/api/v1/calls', body), 201);
    assert.equal(created.slug, slug);
    const call = ok(await new Client(server.url).get(`/api/v1/calls/${slug}`));
    for (const key of ['title', 'countries', 'areas', 'time_zone', 'opens_at', 'deadline_at', 'review_due_at', 'reviews_per_application', 'criteria'])
      assert.deepEqual(call[key], body[key], key);
    assert.equal(call.phase, 'open');
    assert.deepEqual(call.questions.map(q => [q.code, q.kind, q.required]), [['summary', 'text', true], ['main-area', 'choice', false], ['letter', 'file', false]]);
  });

  test('a malformed or invalid call is refused with the field, and nothing is created', async () => {
    const wrongType = ok(await officer.postJson('/api/v1/calls', { ...newCall('bad-one'), criteria: [{ name: { en: 'X' }, weight: 'heavy' }] }), 422);
    assert.equal(wrongType.error.field, 'criterion_1_weight');
    const badKind = ok(await officer.postJson('/api/v1/calls', { ...newCall('bad-two'), questions: [{ code: 'q', kind: 'essay', label: { en: 'Q' } }] }), 422);
    assert.equal(badKind.error.field, 'question_1_kind');
    const rules = await officer.postJson('/api/v1/calls', { ...newCall('bad-three'), time_zone: 'Mars/Olympus' });
    assert.equal(rules.status, 422, rules.text);
    const taken = ok(await officer.postJson('/api/v1/calls', newCall(slug)), 409);
    assert.equal(taken.error.field, 'slug');
    for (const name of ['bad-one', 'bad-two', 'bad-three']) assert.equal((await officer.get(`/api/v1/calls/${name}`)).status, 404, name);
  });

  test('only program staff create, edit or list applications of a call', async () => {
    assert.equal((await applicant.postJson('/api/v1/calls', newCall('mine'))).status, 403);
    assert.equal((await applicant.postJson(`/api/v1/calls/${slug}`, newCall(slug))).status, 403);
    assert.equal((await applicant.get(`/api/v1/calls/${slug}/applications`)).status, 403);
    assert.equal((await new Client(server.url).get(`/api/v1/calls/${slug}/applications`)).status, 401);
    const edited = { ...newCall(slug), title: { en: 'Water and sanitation exchange' } };
    ok(await officer.postJson(`/api/v1/calls/${slug}`, edited));
    assert.equal(ok(await officer.get(`/api/v1/calls/${slug}`)).title.en, 'Water and sanitation exchange');
  });

  test('an applicant attaches a file through the API, lists it, and the history shows each change', async () => {
    const me = ok(await applicant.get('/api/v1/me'));
    const started = ok(await applicant.postJson(`/api/v1/calls/${slug}/applications`, { organisation_id: me.roles[0].organisation_id }), 201);
    applicationId = started.id;
    ok(await applicant.postJson(`/api/v1/applications/${applicationId}/answers`, { version: started.version, answers: { summary: 'Shared water boards.', 'main-area': 'inclusive-led' } }));

    const form = new FormData();
    form.append('question', 'letter');
    form.append('file', new Blob([PDF]), 'council.pdf');
    const upload = await applicant.request('POST', `/api/v1/applications/${applicationId}/files`, { headers: { 'x-csrf-token': applicant.csrf, accept: 'application/json' }, body: form });
    const file = ok(upload, 201);
    assert.equal(file.content_type, 'application/pdf');
    assert.equal(file.question, 'letter');
    assert.equal(file.size, PDF.length);
    const files = ok(await applicant.get(`/api/v1/applications/${applicationId}/files`)).files;
    assert.deepEqual(files.map(f => f.id), [file.id]);
    const download = await applicant.get(file.download);
    assert.equal(download.status, 200);
    assert.equal(download.text, PDF.toString());

    const noToken = new FormData();
    noToken.append('question', 'letter');
    noToken.append('file', new Blob([PDF]), 'again.pdf');
    assert.equal((await applicant.request('POST', `/api/v1/applications/${applicationId}/files`, { body: noToken })).status, 403, 'no CSRF header');
    assert.equal((await stranger.get(`/api/v1/applications/${applicationId}/files`)).status, 404, 'another municipality');
    assert.equal((await stranger.get(`/api/v1/applications/${applicationId}/history`)).status, 404, 'another municipality');

    ok(await applicant.postJson(`/api/v1/applications/${applicationId}/files/${file.id}/delete`, {}));
    assert.deepEqual(ok(await applicant.get(`/api/v1/applications/${applicationId}/files`)).files, []);
    const versions = ok(await applicant.get(`/api/v1/applications/${applicationId}/history`)).versions;
    assert.deepEqual(versions.map(v => v.changed.join(',')).filter(Boolean).slice(-3).sort(), ['letter', 'letter', 'main-area,summary'].sort());
    assert.ok(versions.every(v => v.user === me.name), JSON.stringify(versions));

    const listed = ok(await officer.get(`/api/v1/calls/${slug}/applications`)).applications;
    assert.deepEqual(listed.map(a => [a.id, a.status]), [[applicationId, 'draft']]);
  });

  test('officers seat a reviewer with expertise, read it back, and assign or remove by hand', async () => {
    const bad = ok(await officer.postJson(`/api/v1/calls/${slug}/reviewers`, { reviewer_id: reviewerId, capacity: 5, expertise: { 'inclusive-led': 9 } }), 422);
    assert.equal(bad.error.field, 'expertise_inclusive-led');
    ok(await officer.postJson(`/api/v1/calls/${slug}/reviewers`, { reviewer_id: reviewerId, capacity: 5, expertise: { 'inclusive-led': 3, 'enabling-environment': 1 } }));
    const seats = ok(await officer.get(`/api/v1/calls/${slug}/reviewers`)).reviewers;
    assert.equal(seats.length, 1);
    assert.deepEqual(seats[0].expertise, { 'enabling-environment': 1, 'inclusive-led': 3 });
    assert.equal((await applicant.get(`/api/v1/calls/${slug}/reviewers`)).status, 403);

    ok(await officer.postJson(`/api/v1/calls/${slug}/assignments/pin`, { application_id: applicationId, reviewer_id: reviewerId }));
    let pairs = ok(await officer.get(`/api/v1/calls/${slug}/assignments`)).assignments;
    assert.deepEqual(pairs.map(p => [p.application_id, p.reviewer_id, p.pinned]), [[applicationId, reviewerId, true]]);
    assert.equal((await applicant.postJson(`/api/v1/calls/${slug}/assignments/remove`, { application_id: applicationId, reviewer_id: reviewerId })).status, 403);
    ok(await officer.postJson(`/api/v1/calls/${slug}/assignments/remove`, { application_id: applicationId, reviewer_id: reviewerId }));
    pairs = ok(await officer.get(`/api/v1/calls/${slug}/assignments`)).assignments;
    assert.deepEqual(pairs, []);
    const missing = ok(await officer.postJson(`/api/v1/calls/${slug}/assignments/pin`, { application_id: applicationId }), 422);
    assert.equal(missing.error.field, 'reviewer_id');
  });
});
