// Events and missions over HTTP: an officer schedules an event with the form; 50 people
// register at once for its 10 places (no overbooking, 40 on the waiting list); a cancellation
// promotes the first who waits and mails them; the .ics files read by a standard parser
// (python3-icalendar); the news Atom feed; attendance; the API.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { Client, outbox, scalar, startServer, uniqueEmail } from './harness.mjs';

const DEMO_PASSWORD = 'demo-password-2026';
const PASSWORD = 'a long enough password 2026';

// The events of an iCalendar text, as python3-icalendar reads them.
function parseCalendar(text) {
  return new Promise((resolve, reject) => {
    const child = execFile('/usr/bin/python3', ['tests/support/read_icalendar.py'], (error, stdout, stderr) => {
      if (error) reject(new Error(`python3-icalendar refused the file: ${stderr}`));
      else resolve(JSON.parse(stdout));
    });
    child.stdin.end(text);
  });
}

// A verified account made through the API, signed in.
async function person(server, label) {
  const client = new Client(server.url);
  const email = uniqueEmail(label);
  await client.apiCsrf();
  const signUp = await client.postJson('/api/v1/sign-up', { name: label, email, password: PASSWORD, language: 'en' });
  assert.equal(signUp.status, 201, signUp.text);
  const mail = (await outbox(server)).filter(m => m.to === email).at(-1);
  const token = mail.body.match(/token=([A-Za-z0-9_%-]+)/)[1];
  assert.equal((await client.postJson('/api/v1/verify', { token: decodeURIComponent(token) })).status, 200);
  const signIn = await client.postJson('/api/v1/sign-in', { email, password: PASSWORD });
  assert.equal(signIn.status, 200, signIn.text);
  client.csrf = signIn.json().csrf_token ?? client.csrf;
  await client.apiCsrf();
  return { client, email };
}

describe('events and missions', () => {
  let server, officer, eventId;
  before(async () => {
    server = await startServer();
    officer = new Client(server.url);
    await officer.signIn('officer@pmi.example', DEMO_PASSWORD);
  });
  after(async () => { await server?.stop(); });

  test('an officer schedules a workshop of 10 places with the form', async () => {
    const csrf_token = await officer.formToken('/manage/events/new');
    const refused = await officer.postForm('/manage/events/new', { csrf_token, kind: 'workshop', title_en: 'x', capacity: '0',
      starts_at: '2030-03-10T09:00', ends_at: '2030-03-10T08:00', time_zone: 'Africa/Abidjan', place: 'Abidjan' });
    assert.equal(refused.status, 422);
    assert.match(refused.text, /id="capacity"[^>]*aria-invalid="true"/);
    const created = await officer.postForm('/manage/events/new', {
      csrf_token, kind: 'workshop', title_en: 'Market fees, revenue and trust; a workshop', title_fr: 'Atelier sur les droits de marché',
      description_en: 'Comparing market fee collection in Bouaké, Sonreba and León.', starts_at: '2030-03-10T09:00',
      ends_at: '2030-03-10T17:00', time_zone: 'Africa/Abidjan', place: 'Abidjan, Plateau', capacity: '10', published: 'yes',
    });
    assert.equal(created.status, 303, created.text.slice(0, 500));
    eventId = created.location.match(/\/events\/(\d+)/)[1];
    const page = await new Client(server.url).get(`/events/${eventId}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Sign in to register/);
    const found = (await new Client(server.url).get('/api/v1/search?q=bouake')).json();
    assert.ok(found.groups.some(group => group.kind === 'event'), 'the new event is found by the search');
  });

  test('50 registrations at once for 10 places: 10 places, 40 waiting, never more', async () => {
    const people = await Promise.all(Array.from({ length: 50 }, (_, i) => person(server, `reg${i}`)));
    const replies = await Promise.all(people.map(({ client }) => client.postJson(`/api/v1/events/${eventId}/registration`, {})));
    const statuses = replies.map(reply => { assert.equal(reply.status, 201, reply.text); return reply.json().status; });
    assert.equal(statuses.filter(s => s === 'registered').length, 10);
    assert.equal(statuses.filter(s => s === 'waiting').length, 40);
    const stored = await scalar(server, `SELECT COUNT(*) FROM event_registrations WHERE event_id = ${eventId} AND status = 'registered'`);
    assert.equal(stored, '10');

    // The first on the waiting list takes a freed place and is told by mail.
    const waiting = await scalar(server, `SELECT u.email FROM event_registrations r JOIN users u ON u.id = r.user_id
      WHERE r.event_id = ${eventId} AND r.status = 'waiting' ORDER BY r.registered_at, r.id LIMIT 1`);
    const holder = people[statuses.indexOf('registered')];
    const cancelled = await holder.client.postJson(`/api/v1/events/${eventId}/registration/cancel`, {});
    assert.equal(cancelled.status, 200, cancelled.text);
    const mail = (await outbox(server)).filter(m => m.to === waiting).at(-1);
    assert.match(mail.subject, /A place for you at/);
    const event = (await holder.client.get(`/api/v1/events/${eventId}`)).json();
    assert.equal(event.registered, 10);
    assert.equal(event.waiting, 39);
    assert.equal(event.registration, null);
  });

  test('the event file and the feed are iCalendar that a standard parser reads', async () => {
    const file = await new Client(server.url).get(`/events/${eventId}/event.ics`);
    assert.equal(file.status, 200);
    assert.match(file.headers.get('content-type'), /^text\/calendar/);
    assert.ok(file.text.split('\r\n').every(line => Buffer.byteLength(line) <= 75), 'lines folded at 75 octets');
    const [event] = await parseCalendar(file.text);
    assert.equal(event.summary, 'Market fees, revenue and trust; a workshop');
    assert.equal(event.start, '2030-03-10T09:00:00Z');  // Abidjan is UTC all year
    assert.equal(event.location, 'Abidjan, Plateau');
    assert.match(event.uid, new RegExp(`^event-${eventId}@`));
    const french = await parseCalendar((await new Client(server.url).get(`/events/${eventId}/event.ics?lang=fr`)).text);
    assert.equal(french[0].summary, 'Atelier sur les droits de marché');
    const feed = await parseCalendar((await new Client(server.url).get('/events.ics')).text);
    assert.ok(feed.length >= 6, `${feed.length} events in the feed`);
    assert.ok(feed.some(e => e.uid === event.uid));
  });

  test('the news Atom feed lists the published posts and is linked from every page', async () => {
    const feed = await new Client(server.url).get('/news/feed.atom');
    assert.equal(feed.status, 200);
    assert.match(feed.headers.get('content-type'), /^application\/atom\+xml/);
    assert.match(feed.text, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    assert.ok((feed.text.match(/<entry>/g) ?? []).length >= 3);
    const home = await new Client(server.url).get('/');
    assert.match(home.text, /<link rel="alternate" type="application\/atom\+xml" href="\/news\/feed.atom"/);
    assert.match(home.text, /<link rel="alternate" type="text\/calendar" href="\/events.ics"/);
  });

  test('attendance of a mission held is recorded with its in-kind hours; visitors may not manage', async () => {
    const missionId = await scalar(server, "SELECT id FROM events WHERE kind = 'technical_mission'");
    const page = await officer.get(`/manage/events/${missionId}/registrations`);
    assert.equal(page.status, 200);
    const registration = page.text.match(/name="registration" value="(\d+)"/)[1];
    const csrf_token = officer.csrfFromHtml(page.text);
    // The demo mission is held for the Sonréba partnership, and its first attendee is staff of
    // Pinecrest Landing, its Canadian team: the time is valued at the rate of a role.
    assert.match(page.text, /name="role_\d+"/);
    const line = { csrf_token, registration, [`attended_${registration}`]: 'yes', [`hours_${registration}`]: '80' };
    const roleless = await officer.postForm(`/manage/events/${missionId}/attendance`, line);
    assert.equal(roleless.status, 422, 'no role, no rate: nothing is recorded');
    const inKind = `SELECT COUNT(*) || ' ' || COALESCE(MAX(hours_hundredths), 0) || ' ' || COALESCE(MAX(amount_cents), 0) || ' ' || COALESCE(MAX(status), '-') FROM in_kind_contributions WHERE event_id = ${missionId}`;
    assert.equal(await scalar(server, inKind), '0 0 0 -');
    const withRole = { ...line, [`role_${registration}`]: 'technical-staff' };
    const saved = await officer.postForm(`/manage/events/${missionId}/attendance`, withRole);
    assert.equal(saved.status, 303, saved.text.slice(0, 300));
    assert.equal(await scalar(server, `SELECT in_kind_hours FROM event_registrations WHERE id = ${registration}`), '80');
    assert.equal(await scalar(server, inKind), '1 8000 496000 entered', '80 h × 62.00, waiting for another officer');
    const perDay = await officer.postForm(`/manage/events/${missionId}/attendance`,
      { ...withRole, [`days_${registration}`]: '9', [`hours_${registration}`]: '8' });
    assert.equal(perDay.status, 303);
    assert.equal(await scalar(server, inKind), '1 7200 446400 entered', 'recorded again: the same draft, 9 days × 8 h');
    const visitor = new Client(server.url);
    assert.equal((await visitor.get('/manage/events')).status, 303);
    const applicant = new Client(server.url);
    await applicant.signIn('applicant@pmi.example', DEMO_PASSWORD);
    assert.equal((await applicant.get('/manage/events')).status, 403);
  });

  test('the event API is documented', async () => {
    const openapi = (await new Client(server.url).get('/api/openapi.json')).json();
    for (const path of ['/api/v1/events', '/api/v1/events/{id}', '/api/v1/events/{id}/registration'])
      assert.ok(openapi.paths[path], path);
    assert.ok(!openapi.paths['/api/v1/events'].get.summary.startsWith('Undocumented'));
  });
});
