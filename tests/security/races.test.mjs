// Deadlines and races (plan 4.9), on the server's own clock: a call whose deadline T is a
// few seconds ahead takes a submission at T−1 s and refuses one at T and at T+1 s; 50
// parallel submissions of one application make exactly one submission (one succeeds, the
// others are told it changed); parallel score edits by a reviewer each leave an audit entry
// whose before → after values chain into a complete history ending at the stored scores.
// PMI_RACE_SUBMITS and PMI_RACE_SCORE_EDITS set the counts (default 50 and 20).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { scalar, signedInClient, startServer } from '../http/harness.mjs';

const SUBMITS = Number(process.env.PMI_RACE_SUBMITS ?? 50);
const SCORE_EDITS = Number(process.env.PMI_RACE_SCORE_EDITS ?? 20);
// Seconds from moving the deadline to the deadline itself.
const LEAD_SECONDS = 3;

let server, officer, applicant, other, reviewer, slug, deadline, call;
const applications = {};

function ok(reply, status, what) {
  assert.equal(reply.status, status, `${what}: ${reply.status} ${reply.text.slice(0, 400)}`);
  return reply.json();
}

const waitUntilMs = ms => sleep(Math.max(0, ms - Date.now()));

async function startApplication(client) {
  const me = ok(await client.get('/api/v1/me'), 200, 'GET /api/v1/me');
  const organisation_id = me.roles.find(r => r.role === 'applicant').organisation_id;
  const started = ok(await client.postJson(`/api/v1/calls/${slug}/applications`, { organisation_id }), 201, 'starting an application');
  ok(await client.postJson(`/api/v1/applications/${started.id}/answers`, { version: started.version, answers: { summary: 'Shared water boards.' } }), 200, 'answering');
  return started.id;
}

const submit = (client, id) => client.postJson(`/api/v1/applications/${id}/submit`, {});
const status = id => scalar(server, `SELECT status FROM applications WHERE id = ${id}`);

before(async () => {
  server = await startServer();
  [officer, applicant, other, reviewer] = await Promise.all(['officer', 'applicant', 'applicant.fr', 'reviewer']
    .map(name => signedInClient(server.url, `${name}@pmi.example`)));
  slug = `race-${process.pid}`;
  const later = Math.ceil(Date.now() / 1000) + 86400;
  call = {
    slug, title: { en: 'Deadline race call' }, description: { en: 'A call for the race tests.' },
    countries: ['BF'], areas: ['inclusive-led'], time_zone: 'UTC',
    opens_at: later - 2 * 86400, deadline_at: later, review_due_at: later + 86400, reviews_per_application: 1,
    criteria: [{ name: { en: 'Relevance' }, weight: 60, scale_max: 5 }, { name: { en: 'Feasibility' }, weight: 40, scale_max: 5 }],
    questions: [{ code: 'summary', kind: 'text', label: { en: 'Summary' }, required: true, word_limit: 200 }],
  };
  ok(await officer.postJson('/api/v1/calls', call), 201, 'creating the call');
  applications.own = await startApplication(applicant);
  applications.other = await startApplication(other);
  const reviewerId = ok(await reviewer.get('/api/v1/me'), 200, 'the reviewer').id;
  ok(await officer.postJson(`/api/v1/calls/${slug}/reviewers`, { reviewer_id: reviewerId, capacity: 5 }), 200, 'seating the reviewer');
  ok(await officer.postJson(`/api/v1/calls/${slug}/assignments/pin`, { application_id: applications.own, reviewer_id: reviewerId }), 200, 'assigning');
});
after(async () => { await server?.stop(); });

test(`${SUBMITS} parallel submissions of one application make exactly one submission`, async () => {
  const replies = await Promise.all(Array.from({ length: SUBMITS }, () => submit(applicant, applications.own)));
  const statuses = replies.map(r => r.status);
  assert.equal(statuses.filter(s => s === 200).length, 1, `statuses: ${statuses.join(' ')}`);
  assert.deepEqual([...new Set(statuses.filter(s => s !== 200))], [409], `statuses: ${statuses.join(' ')}`);
  const history = ok(await applicant.get(`/api/v1/applications/${applications.own}/history`), 200, 'the history').versions;
  const submissions = history.filter(v => v.event === 'submit').length;
  assert.equal(submissions, 1, JSON.stringify(history));
  const mails = await scalar(server, `SELECT COUNT(*) FROM outbox WHERE purpose = 'application_submitted' AND to_address = 'applicant@pmi.example'`);
  assert.equal(mails, '1', 'one acknowledgement mail');
  console.log(`races: ${SUBMITS} parallel submits → ${statuses.filter(s => s === 200).length} accepted, ${submissions} submission in the history`);
  // Back to a draft, for the deadline test's T−1 s submission.
  ok(await applicant.postJson(`/api/v1/applications/${applications.own}/reopen`, {}), 200, 'reopening');
});

test('a submission at T−1 s is accepted; at T and T+1 s it is refused and the draft kept', async () => {
  // The officer moves the deadline T a few seconds ahead (reviews stay due a day later).
  deadline = Math.ceil(Date.now() / 1000) + LEAD_SECONDS;
  ok(await officer.postJson(`/api/v1/calls/${slug}`, { ...call, deadline_at: deadline }), 200, 'moving the deadline');
  assert.ok(Date.now() < (deadline - 1) * 1000, 'moving the deadline took past T−1 s');
  // 150 ms into each second, so that the server's clock reads that second.
  await waitUntilMs((deadline - 1) * 1000 + 150);
  const early = await submit(applicant, applications.own);
  const earlyAt = Date.now();
  await waitUntilMs(deadline * 1000 + 150);
  const atDeadline = await submit(other, applications.other);
  await waitUntilMs((deadline + 1) * 1000 + 150);
  const late = await submit(other, applications.other);
  assert.ok(earlyAt < deadline * 1000, `the T−1 s submission took until ${earlyAt - deadline * 1000} ms past T`);
  ok(early, 200, 'the submission at T−1 s');
  for (const [reply, when] of [[atDeadline, 'T'], [late, 'T+1 s']]) {
    const refused = ok(reply, 409, `the submission at ${when}`);
    assert.equal(refused.error.field, 'call', JSON.stringify(refused));
  }
  assert.equal(await status(applications.own), 'submitted');
  assert.equal(await status(applications.other), 'draft');
  console.log('deadline: T−1 s accepted, T and T+1 s refused');
});

// "criterion 1: 3 → 4, criterion 2: none → 5" → {1: [before, after], ...}
function changes(summary) {
  return Object.fromEntries([...summary.matchAll(/criterion (\d+): (\w+) → (\w+)/g)].map(m => [m[1], [m[2], m[3]]]));
}

test(`${SCORE_EDITS} parallel score edits keep a complete history`, async () => {
  const edits = Array.from({ length: SCORE_EDITS }, (_, i) => [
    { criterion: 1, score: i % 6, comment: `edit ${i}` }, { criterion: 2, score: (i * 7) % 6, comment: `edit ${i}` }]);
  const replies = await Promise.all(edits.map(scores => reviewer.postJson(`/api/v1/reviews/${applications.own}/scores`, { scores })));
  assert.deepEqual(replies.map(r => r.status), edits.map(() => 200), replies.map(r => r.text.slice(0, 200)).join('\n'));
  const summaries = (await scalar(server, `SELECT summary FROM audit_log WHERE action = 'review.score' AND entity_id = '${applications.own}' ORDER BY id`))
    .split('\n').filter(Boolean);
  assert.equal(summaries.length, SCORE_EDITS, summaries.join('\n'));
  // Each entry's "before" is the previous entry's "after": no edit was lost or overlapped.
  let current = { 1: 'none', 2: 'none' };
  for (const summary of summaries) {
    const change = changes(summary);
    for (const criterion of ['1', '2']) {
      assert.ok(change[criterion], `no criterion ${criterion} in "${summary}"`);
      assert.equal(change[criterion][0], current[criterion], `the history breaks at "${summary}"`);
      current[criterion] = change[criterion][1];
    }
  }
  const stored = ok(await reviewer.get(`/api/v1/reviews/${applications.own}`), 200, 'the review sheet').scores;
  assert.deepEqual(Object.fromEntries(stored.map(s => [String(s.criterion), String(s.score)])), current);
  console.log(`races: ${SCORE_EDITS} parallel score edits, ${summaries.length} audit entries in one unbroken chain`);
});
