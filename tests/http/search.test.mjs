// Site search over HTTP on the demo program: the page and the API, accents and the reader's
// language, a draft that the public never finds (not in hits, counts or snippets), and
// queries that try the index's own query language or markup.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, scalar, startServer } from './harness.mjs';

const DEMO_PASSWORD = 'demo-password-2026';
const api = (client, query) => client.get(`/api/v1/search?${new URLSearchParams(query)}`, { headers: { accept: 'application/json' } });

describe('site search', () => {
  let server;
  let visitor;
  let officer;
  before(async () => {
    server = await startServer();
    visitor = new Client(server.url);
    officer = new Client(server.url);
    await officer.signIn('officer@pmi.example', DEMO_PASSWORD);
  });
  after(async () => { await server?.stop(); });

  test('every page has a search box in its header', async () => {
    const home = await visitor.get('/');
    assert.match(home.text, /<form method="get" action="\/search" role="search"/);
  });

  test('the page finds accented words typed without accents, grouped by kind', async () => {
    const reply = await visitor.get('/search?q=Cote+d%27Ivoire');
    assert.equal(reply.status, 200);
    assert.match(reply.text, /<mark>Côte<\/mark>/);
    assert.match(reply.text, /<h2 id="group-[a-z]+">/);
    const json = (await api(visitor, { q: 'cote d ivoire' })).json();
    assert.ok(json.total > 0);
    assert.deepEqual(json.terms, ['cote', 'd', 'ivoire']);
    assert.equal(json.total, json.groups.reduce((sum, group) => sum + group.total, 0));
  });

  test('the reader language decides the texts searched', async () => {
    const french = (await api(visitor, { q: 'partenariat', lang: 'fr' })).json();
    const english = (await api(visitor, { q: 'partenariat', lang: 'en' })).json();
    assert.ok(french.total > english.total, `${french.total} French, ${english.total} English`);
  });

  test('a draft is found by officers only, never in public counts or snippets', async () => {
    const csrf_token = await officer.formToken('/manage/news/new');
    const created = await officer.postForm('/manage/news', {
      csrf_token, slug: 'draft-zanzibarine', title_en: 'Zanzibarine plans', summary_en: 'Not yet public',
      body_en: 'The zanzibarine secret stays inside.',
    });
    assert.equal(created.status, 303, created.text.slice(0, 400));
    const seen = (await api(officer, { q: 'zanzibarine' })).json();
    assert.equal(seen.total, 1);
    for (const client of [visitor]) {
      const hidden = (await api(client, { q: 'zanzibarine' })).json();
      assert.equal(hidden.total, 0);
      assert.deepEqual(hidden.groups, []);
      const page = await client.get('/search?q=zanzibarine');
      assert.doesNotMatch(page.text, /zanzibarine secret|Zanzibarine plans/i);
      assert.match(page.text, /0 results/);
    }
  });

  test('editing a news post or a partner profile changes what search finds, without a reindex', async () => {
    const csrf_token = await officer.formToken('/manage/news/new');
    const post = { csrf_token, slug: 'quarzelite-news', title_en: 'Quarzelite workshop', summary_en: 'Open to all', body_en: 'Quarzelite methods.', publish: 'yes' };
    assert.equal((await officer.postForm('/manage/news', post)).status, 303);
    assert.equal((await api(visitor, { q: 'quarzelite' })).json().total, 1);
    const id = await scalar(server, "SELECT id FROM news_posts WHERE slug = 'quarzelite-news'");
    const edited = await officer.postForm(`/manage/news/${id}/edit`, { ...post, title_en: 'Volmeridine workshop', body_en: 'Volmeridine methods.' });
    assert.equal(edited.status, 303, edited.text.slice(0, 400));
    assert.equal((await api(visitor, { q: 'quarzelite' })).json().total, 0);
    assert.equal((await api(visitor, { q: 'volmeridine' })).json().total, 1);
    const withdrawn = await officer.postForm(`/manage/news/${id}/edit`, { ...post, title_en: 'Volmeridine workshop', publish: '' });
    assert.equal(withdrawn.status, 303);
    assert.equal((await api(visitor, { q: 'volmeridine' })).json().total, 0, 'a withdrawn post leaves the public results');

    const partner = new Client(server.url);
    await partner.signIn('partner@pmi.example', DEMO_PASSWORD);
    const form = await partner.get('/directory/partners/bf-sonreba/edit');
    assert.equal(form.status, 200);
    const fields = {
      csrf_token: partner.csrfFromHtml(form.text), id: String(await scalar(server, "SELECT id FROM partner_governments WHERE key = 'bf-sonreba'")),
      key: 'bf-sonreba', name: 'Commune de Sonréba', country: 'BF', region: 'Centre-Ouest', level: 'commune', population: '49000',
      languages: 'fr', need_enabling_environment: '3', need_inclusive_led: '3', need_trade_regional: '2', wanted_partners: '2',
      organisation: '0', description_en: 'A new glimmerbrook market hall.',
    };
    assert.equal((await partner.postForm('/directory/partners/bf-sonreba/edit', fields)).status, 303);
    const found = (await api(visitor, { q: 'glimmerbrook' })).json();
    assert.equal(found.total, 1);
    assert.equal(found.groups[0].kind, 'partner');
  });

  test('query syntax and markup are words, shown escaped', async () => {
    for (const q of ['"', 'NEAR(a b)', 'title:*', "'; DROP TABLE search_documents; --", 'a & !b | (c']) {
      const reply = await api(visitor, { q });
      assert.equal(reply.status, 200, `${q}: ${reply.text}`);
    }
    const page = await visitor.get('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.text, /<script>alert/);
    const tooLong = await api(visitor, { q: 'x'.repeat(201) });
    assert.equal(tooLong.status, 422);
    assert.equal(tooLong.json().error.field, 'q');
  });

  test('one kind is listed page by page and the API is documented', async () => {
    const all = (await api(visitor, { q: 'bolivia' })).json();
    assert.ok(all.groups.length > 0);
    const kind = all.groups[0].kind;
    const one = (await api(visitor, { q: 'bolivia', kind })).json();
    assert.equal(one.groups.length, 1);
    assert.equal(one.groups[0].total, all.groups[0].total);
    const openapi = (await visitor.get('/api/openapi.json')).json();
    assert.ok(openapi.paths['/api/v1/search'].get.summary.includes('search'));
  });
});
