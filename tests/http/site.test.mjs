// The public site and the HTTP basics every page shares (languages, security headers,
// compression, errors), the demo content, and who may see the admin pages.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, csrfFromHtml, startServer } from './harness.mjs';

const DEMO_PASSWORD = 'demo-password-2026';

const PUBLIC_PAGES = [
  '/', '/countries', '/countries/BF', '/areas', '/news', '/contact',
  '/pages/about', '/pages/funding', '/pages/get-involved',
  '/sign-in', '/sign-up', '/password/forgot',
];

const htmlLang = html => html.match(/<html\b[^>]*\blang="([^"]+)"/i)?.[1];
const links = (html, prefix) => [...new Set([...html.matchAll(new RegExp(`href="(${prefix}[^"?#]+)`, 'g'))].map(m => m[1]))];

describe('public site', () => {
  let server;
  let client;
  before(async () => {
    server = await startServer();
    client = new Client(server.url);
  });
  after(async () => { await server?.stop(); });

  test('/healthz answers ok', async () => {
    const reply = await client.get('/healthz');
    assert.equal(reply.status, 200);
    assert.equal(reply.text.trim(), 'ok');
  });

  for (const lang of ['en', 'fr', 'es']) {
    test(`home page in ${lang} via ?lang=`, async () => {
      const reply = await new Client(server.url).get(`/?lang=${lang}`);
      assert.equal(reply.status, 200);
      assert.equal(htmlLang(reply.text), lang);
    });
  }

  test('Accept-Language fr on a first visit gives French', async () => {
    const reply = await new Client(server.url).get('/', { headers: { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' } });
    assert.equal(htmlLang(reply.text), 'fr');
  });

  test('the language chosen is remembered by the pmi_lang cookie', async () => {
    const visitor = new Client(server.url);
    await visitor.get('/?lang=es');
    assert.equal(visitor.cookies.get('pmi_lang'), 'es');
    const next = await visitor.get('/countries', { headers: { 'accept-language': 'en' } });
    assert.equal(htmlLang(next.text), 'es');
  });

  test('every public page sends the security headers', async () => {
    const newsPost = links((await client.get('/news')).text, '/news/').find(link => !link.endsWith('.atom'));
    for (const page of [...PUBLIC_PAGES, newsPost, '/no-such-page']) {
      const { headers } = await client.get(page);
      const csp = headers.get('content-security-policy');
      assert.ok(csp, `${page}: no Content-Security-Policy`);
      const directives = Object.fromEntries(csp.split(';').map(d => d.trim().split(/\s+/)).filter(d => d[0]).map(([k, ...v]) => [k.toLowerCase(), v]));
      const scriptSrc = directives['script-src'] ?? directives['default-src'];
      assert.ok(scriptSrc, `${page}: CSP restricts no scripts: ${csp}`);
      assert.ok(!scriptSrc.includes("'unsafe-inline'"), `${page}: script-src allows 'unsafe-inline'`);
      assert.deepEqual(directives['frame-ancestors'], ["'none'"], `${page}: frame-ancestors is not 'none'`);
      assert.equal(headers.get('x-content-type-options'), 'nosniff', `${page}: X-Content-Type-Options`);
      assert.ok(headers.get('referrer-policy'), `${page}: no Referrer-Policy`);
      assert.notEqual(headers.get('referrer-policy'), 'unsafe-url');
    }
  });

  for (const encoding of ['gzip', 'br']) {
    test(`compresses with ${encoding} when asked`, async () => {
      // fetch decodes the body itself, so a good page also proves the encoding was real.
      const reply = await client.get('/', { headers: { 'accept-encoding': encoding } });
      assert.equal(reply.status, 200);
      assert.equal(reply.headers.get('content-encoding'), encoding);
      assert.match(reply.headers.get('vary') ?? '', /accept-encoding/i);
      assert.match(reply.text, /<\/html>/i);
    });
  }

  test('an unknown path gets the 404 page', async () => {
    const reply = await client.get('/no-such-page');
    assert.equal(reply.status, 404);
    assert.match(reply.headers.get('content-type') ?? '', /^text\/html/);
    assert.ok(htmlLang(reply.text), '404 is not a full page');
  });

  test('PUT on a page gets 405 with Allow', async () => {
    const reply = await client.request('PUT', '/countries', { body: '' });
    assert.equal(reply.status, 405);
    assert.match(reply.headers.get('allow') ?? '', /\bGET\b/);
  });

  test('/countries lists the 7 countries', async () => {
    const reply = await client.get('/countries');
    assert.equal(reply.status, 200);
    const codes = links(reply.text, '/countries/');
    assert.equal(codes.length, 7, `country links: ${codes}`);
    assert.ok(codes.includes('/countries/BF'));
  });

  test('/countries/BF shows Burkina Faso', async () => {
    const reply = await client.get('/countries/BF?lang=en');
    assert.equal(reply.status, 200);
    assert.match(reply.text, /Burkina Faso/);
  });

  test('/areas lists 3 areas, each with a page', async () => {
    const reply = await client.get('/areas');
    assert.equal(reply.status, 200);
    const areas = links(reply.text, '/areas/');
    assert.equal(areas.length, 3, `area links: ${areas}`);
    for (const area of areas) assert.equal((await client.get(area)).status, 200, area);
  });

  test('/news lists posts; a post renders its Markdown', async () => {
    const list = await client.get('/news?lang=en');
    assert.equal(list.status, 200);
    const posts = links(list.text, '/news/');
    assert.ok(posts.length >= 3, `news links: ${posts}`);
    // The demo's newest post has headings, a list, a link and bold text in its Markdown.
    const post = await client.get('/news/call-for-canadian-municipal-teams-2027?lang=en');
    assert.equal(post.status, 200);
    assert.match(post.text, /<h2\b[^>]*>[^]{0,200}?Who can apply/);
    assert.match(post.text, /<li>/);
    assert.match(post.text, /<a href="\/areas"/);
    assert.match(post.text, /<strong>/);
    assert.doesNotMatch(post.text, /^## |\]\(\/areas\)|\*\*/m, 'Markdown syntax left unrendered');
  });

  test('/contact shows the program contact', async () => {
    const reply = await client.get('/contact?lang=en');
    assert.equal(reply.status, 200);
    assert.match(reply.text, /Carilynn Siemens/);
    assert.match(reply.text, /international@pmi\.example/);
  });

  test('content pages carry a "page updated" date', async () => {
    for (const page of ['/pages/about', '/pages/funding', '/contact', '/countries/BF']) {
      const reply = await client.get(`${page}?lang=en`);
      assert.match(reply.text, /Page updated/i, `${page}: no "Page updated"`);
      assert.match(reply.text, /<time\b[^>]*>[^<]*\b20\d\d\b/, `${page}: no dated <time>`);
    }
  });

  test('the server stops cleanly on SIGTERM', async () => {
    assert.equal((await server.stop()).code, 0);
  });
});

describe('content management and administration', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server?.stop(); });

  for (const page of ['/admin/users', '/admin/audit', '/admin/outbox']) {
    test(`${page}: 200 for the admin, 403 for an applicant`, async () => {
      const admin = new Client(server.url);
      await admin.signIn('admin@pmi.example', DEMO_PASSWORD);
      const allowed = await admin.get(page);
      assert.equal(allowed.status, 200);
      if (page === '/admin/users') assert.ok(allowed.text.includes('applicant@pmi.example'));

      const applicant = new Client(server.url);
      await applicant.signIn('applicant@pmi.example', DEMO_PASSWORD);
      assert.equal((await applicant.get(page)).status, 403);
    });
  }

  // News bodies are Markdown from staff; raw HTML in them must never reach the page.
  test('a news post written with raw HTML is published without it', async () => {
    const officer = new Client(server.url);
    await officer.signIn('officer@pmi.example', DEMO_PASSWORD);
    const form = await officer.get('/manage/news/new');
    assert.equal(form.status, 200);
    const slug = `raw-html-${Date.now()}`;
    const body = 'Safe **bold** text.\n\n<script>alert("x")</script>\n\n<img src=x onerror="alert(1)">';
    const created = await officer.postForm('/manage/news', fillForm(form.text, { slug, body }));
    assert.equal(created.status, 303, created.text.slice(0, 800));

    const post = await new Client(server.url).get(`/news/${slug}?lang=en`);
    assert.equal(post.status, 200);
    assert.match(post.text, /<strong>bold<\/strong>/);
    assert.doesNotMatch(post.text, /<script>alert|onerror=|<img src=x/i);
  });
});

// Public pages are kept for signed-out visitors (web/page_cache.hpp); what must not show:
// one visitor's token in another's page, a stale page after a change, a kept page to
// someone signed in.
describe('public pages kept for signed-out visitors', () => {
  let server;
  // Kept a minute rather than a second, so that only changes made here empty the cache.
  before(async () => { server = await startServer({ env: { PMI_PAGE_CACHE_MS: '60000' } }); });
  after(async () => { await server?.stop(); });

  const english = { 'accept-language': 'en' };
  const cacheHits = async (client) =>
    Number((await client.get('/metrics')).text.match(/pmi_page_cache_requests_total\{result="hit"\} (\d+)/)?.[1]);
  const subscribe = (visitor, csrf_token) =>
    visitor.postForm('/mailing/subscribe', { csrf_token, email: 'not-an-address', name: 'Test' });

  test('each visitor gets a token of their own from the same kept page', async () => {
    const first = new Client(server.url);
    const second = new Client(server.url);
    const firstToken = csrfFromHtml((await first.get('/', { headers: english })).text);
    const secondToken = csrfFromHtml((await second.get('/', { headers: english })).text);
    assert.notEqual(firstToken, secondToken);
    assert.doesNotMatch((await second.get('/', { headers: english })).text, /csrfslot/);
    assert.notEqual((await subscribe(first, firstToken)).status, 403, 'a visitor\'s own token is accepted');
    assert.equal((await subscribe(first, secondToken)).status, 403, 'another visitor\'s token is refused');
  });

  test('the gzipped page is the same page', async () => {
    const visitor = new Client(server.url);
    const plain = await visitor.get('/news', { headers: { ...english, 'accept-encoding': 'identity' } });
    for (let round = 0; round < 2; round++) {
      const zipped = await visitor.get('/news', { headers: { ...english, 'accept-encoding': 'gzip' } });
      assert.equal(zipped.headers.get('content-encoding'), 'gzip');
      assert.equal(zipped.text, plain.text);
    }
    const hits = (await visitor.get('/metrics')).text.match(/pmi_page_cache_requests_total\{result="hit"\} (\d+)/)?.[1];
    assert.ok(Number(hits) >= 1, `the page cache served nothing: ${hits}`);
  });

  test('a refused change leaves the kept pages in place', async () => {
    const visitor = new Client(server.url);
    const token = csrfFromHtml((await visitor.get('/news', { headers: english })).text);
    const hits = await cacheHits(visitor);
    assert.equal((await subscribe(visitor, 'not-the-token')).status, 403);
    assert.equal((await subscribe(visitor, token)).status, 422, 'an address that is no address is refused');
    await visitor.get('/news', { headers: english });
    assert.equal(await cacheHits(visitor), hits + 1, 'the list still came from the cache');
  });

  test('a news post shows on the kept list at once, and a signed-in reader never gets the kept page', async () => {
    const visitor = new Client(server.url);
    const before = await visitor.get('/news', { headers: english });
    const officer = new Client(server.url);
    await officer.signIn('officer@pmi.example', DEMO_PASSWORD);
    const slug = `kept-page-${Date.now()}`;
    const form = await officer.get('/manage/news/new');
    const created = await officer.postForm('/manage/news', fillForm(form.text, { slug, body: 'Fresh news.' }));
    assert.equal(created.status, 303, created.text.slice(0, 800));
    assert.doesNotMatch(before.text, new RegExp(slug));
    assert.match((await visitor.get('/news', { headers: english })).text, new RegExp(slug));
    assert.match((await officer.get('/news', { headers: english })).text, /action="\/sign-out"/);
  });
});

describe('who may read /metrics', () => {
  let open;
  let guarded;
  before(async () => {
    open = await startServer();
    guarded = await startServer({ env: { PMI_METRICS_TOKEN: 'scraper-token-for-tests' } });
  });
  after(async () => { await open?.stop(); await guarded?.stop(); });

  test('without a token set: this machine only, never through a proxy', async () => {
    const client = new Client(open.url);
    const local = await client.get('/metrics');
    assert.equal(local.status, 200);
    assert.match(local.text, /pmi_http_requests_total/);
    const proxied = await client.get('/metrics', { headers: { 'x-forwarded-for': '203.0.113.7' } });
    assert.equal(proxied.status, 404);
    assert.doesNotMatch(proxied.text, /pmi_http_requests_total/);
  });

  test('with a token set: only with that bearer token', async () => {
    const client = new Client(guarded.url);
    assert.equal((await client.get('/metrics')).status, 404);
    assert.equal((await client.get('/metrics', { headers: { authorization: 'Bearer wrong-token' } })).status, 404);
    const scraped = await client.get('/metrics', { headers: { authorization: 'Bearer scraper-token-for-tests' } });
    assert.equal(scraped.status, 200);
    assert.match(scraped.text, /pmi_page_cache_requests_total/);
  });
});

// Fills every field of the first form in <main> with something valid: the slug and body
// given, today for dates, the first option for choices, checkboxes ticked (a "publish" box
// must be), text elsewhere. The field names are not in the contract, so they are
// recognised by what they contain.
function fillForm(html, { slug, body }) {
  const form = html.slice(html.indexOf('<main')).match(/<form\b[\s\S]*?<\/form>/i)?.[0] ?? '';
  const fields = {};
  const attr = (tag, name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`, 'i'))?.[1];
  for (const tag of form.match(/<(input|textarea|select)\b[^>]*>/gi) ?? []) {
    const name = attr(tag, 'name');
    const type = (attr(tag, 'type') ?? 'text').toLowerCase();
    if (!name || ['submit', 'button', 'reset'].includes(type)) continue;
    if (type === 'checkbox') fields[name] = attr(tag, 'value') ?? 'on';
    else if (type === 'radio') fields[name] ??= attr(tag, 'value') ?? 'on';
    else if (type === 'hidden') fields[name] = attr(tag, 'value') ?? '';
    else if (/slug/i.test(name)) fields[name] = slug;
    else if (/body|content|markdown/i.test(name)) fields[name] = body;
    else if (type === 'date' || /date|published/i.test(name)) fields[name] = new Date().toISOString().slice(0, 10);
    else if (/^select/i.test(tag)) {
      const select = form.slice(form.indexOf(tag)).match(/<select\b[\s\S]*?<\/select>/i)[0];
      fields[name] = select.match(/<option\b[^>]*value="([^"]*)"/i)?.[1] ?? '';
    } else fields[name] = `Raw HTML test ${name}`;
  }
  return fields;
}
