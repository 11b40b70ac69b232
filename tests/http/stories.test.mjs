// Partnership stories over HTTP on the demo: the public list and pages with their resized
// photos, a partner's draft with hostile uploads refused and a photo's GPS location gone, an
// officer's approval and publication, the site search, and the JSON API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, startServer } from './harness.mjs';

const PASSWORD = 'demo-password-2026';
const MARKET = 'a-market-day-that-starts-earlier-in-sonreba';

// An EXIF segment as a camera writes it: orientation 1 and a GPS position.
function exifSegment() {
  const tiff = Buffer.concat([
    Buffer.from('MM\0\x2a\0\0\0\x08', 'latin1'), Buffer.from([0, 2]),
    Buffer.from([0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 1, 0, 0]),
    Buffer.from([0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 0x26]), Buffer.alloc(4),
    Buffer.from([0, 1]), Buffer.from([0, 1, 0, 2, 0, 0, 0, 2]), Buffer.from('N\0\0\0', 'latin1'), Buffer.alloc(4),
    Buffer.from('GPS 12.2570 N 1.7800 W', 'latin1'),
  ]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([Buffer.from([0xff, 0xe1]), length, body]);
}

function withExif(jpeg) {
  return Buffer.concat([jpeg.subarray(0, 2), exifSegment(), jpeg.subarray(2)]);
}

// A PNG signature and header declaring 100000 × 100000 pixels, and no pixels at all.
function pngBomb() {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(100000, 0);
  ihdr.writeUInt32BE(100000, 4);
  ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from([0, 0, 0, 13]), Buffer.from('IHDR'), ihdr, Buffer.alloc(4)]);
}

function carriesMetadata(bytes) {
  const text = bytes.toString('latin1');
  return text.includes('Exif') || text.includes('GPS') || text.includes('\xff\xe1');
}

async function bytesOf(client, path) {
  const response = await fetch(new URL(path, client.baseUrl), { headers: { cookie: client.cookieHeader() } });
  return { status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control'),
    bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('partnership stories', () => {
  let server, visitor, partner, officer, partnershipId, sample;

  async function upload(client, slug, name, bytes, alt = { alt_en: 'Traders at the opening', alt_fr: "Des commerçantes à l'ouverture" }) {
    const csrf_token = await client.formToken(`/stories/${slug}/edit`);
    const form = new FormData();
    form.append('csrf_token', csrf_token);
    for (const [key, value] of Object.entries(alt)) form.append(key, value);
    form.append('photo', new Blob([bytes]), name);
    const response = await fetch(`${server.url}/stories/${slug}/photos`, {
      method: 'POST', body: form, redirect: 'manual', headers: { cookie: client.cookieHeader() },
    });
    return { status: response.status, text: await response.text(), location: response.headers.get('location') };
  }

  before(async () => {
    server = await startServer();
    visitor = new Client(server.url);
    partner = new Client(server.url);
    await partner.signIn('partner@pmi.example', PASSWORD);
    await partner.get('/?lang=en');  // she reads the site in French otherwise
    officer = new Client(server.url);
    await officer.signIn('officer@pmi.example', PASSWORD);
    await officer.get('/?lang=en');
    const market = (await visitor.get(`/api/v1/stories/${MARKET}`)).json();
    partnershipId = market.partnership;
    sample = (await bytesOf(visitor, market.photos[0].sizes[0].url)).bytes;
  });
  after(async () => { await server?.stop(); });

  test('the public reads the demo stories with photos offered at each width', async () => {
    const list = await visitor.get('/stories');
    assert.equal(list.status, 200);
    assert.match(list.text, new RegExp(`href="/stories/${MARKET}"`));
    assert.match(list.text, /quinoa-growers-in-villa-quispara-sell-together/);
    const page = await visitor.get(`/stories/${MARKET}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /srcset="[^"]*\/480 480w, [^"]*\/960 960w, [^"]*\/1600 1600w"/);
    assert.match(page.text, /alt="A row of shaded market stalls under a morning sky"/);
    assert.match(page.text, /<strong>shaded stalls<\/strong>/);
    const french = await visitor.get(`/stories/${MARKET}`, { headers: { 'accept-language': 'fr' } });
    assert.match(french.text, /Une rangée d&#39;étals ombragés|Une rangée d'étals ombragés/);
    const photo = await bytesOf(visitor, page.text.match(/src="([^"]+\/960)"/)[1]);
    assert.equal(photo.status, 200);
    assert.equal(photo.type, 'image/jpeg');
    assert.match(photo.cache, /public/);
    assert.equal(photo.bytes.readUInt16BE(0), 0xffd8);
    assert.match((await visitor.get(`/partnerships/${partnershipId}`)).text, new RegExp(`href="/stories/${MARKET}"`));
    const found = (await visitor.get('/api/v1/search?q=quinoa')).json();
    assert.ok(found.groups.some(group => group.kind === 'story'));
    assert.equal((await visitor.get('/stories/nowhere')).status, 404);
  });

  test('a partner drafts a story; hostile files are refused and no photo keeps its location', async () => {
    const csrf_token = await partner.formToken(`/partnerships/${partnershipId}/stories`);
    const created = await partner.postForm(`/partnerships/${partnershipId}/stories`,
      { csrf_token, title_en: 'A borehole for the market', title_fr: 'Un forage pour le marché' });
    assert.equal(created.status, 303, created.text.slice(0, 300));
    const slug = created.location.match(/\/stories\/([a-z0-9-]+)\/edit/)[1];
    assert.equal((await visitor.get(`/stories/${slug}`)).status, 404);

    const text = await upload(partner, slug, 'market.jpg', Buffer.from('Minutes of the market committee, not a photo.'));
    assert.equal(text.status, 422);
    assert.match(text.text, /Only JPEG, PNG and WebP photos are accepted/);
    const zip = await upload(partner, slug, 'market.png', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(300, 1)]));
    assert.equal(zip.status, 422);
    const bomb = await upload(partner, slug, 'bomb.png', pngBomb());
    assert.equal(bomb.status, 422);
    assert.match(bomb.text, /40 megapixels/);
    const truncated = await upload(partner, slug, 'cut.jpg', sample.subarray(0, Math.floor(sample.length / 2)));
    assert.equal(truncated.status, 422);
    assert.match(truncated.text, /damaged or incomplete/);
    const undescribed = await upload(partner, slug, 'market.jpg', withExif(sample), { alt_en: 'Traders' });
    assert.equal(undescribed.status, 422);
    assert.match(undescribed.text, /id="alt_fr"[^>]*aria-invalid="true"/);

    const located = withExif(sample);
    assert.ok(carriesMetadata(located));
    const added = await upload(partner, slug, 'market.jpg', located);
    assert.equal(added.status, 303, added.text.slice(0, 300));
    const draft = (await partner.get(`/api/v1/stories/${slug}`)).json();
    assert.equal(draft.status, 'draft');
    assert.equal(draft.photos.length, 1);
    assert.deepEqual(draft.photos[0].sizes.map(size => size.width), [480]);
    const stored = await bytesOf(partner, draft.photos[0].sizes[0].url);
    assert.equal(stored.status, 200);
    assert.match(stored.cache, /no-store/);
    assert.ok(!carriesMetadata(stored.bytes), 'the stored photo carries no EXIF or GPS');
    assert.equal((await bytesOf(visitor, draft.photos[0].sizes[0].url)).status, 404);

    const submit = await partner.postForm(`/stories/${slug}/submit`, { csrf_token: await partner.formToken(`/stories/${slug}/edit`) });
    assert.equal(submit.status, 303);
    const page = await officer.get(`/stories/${slug}`);
    const token = officer.csrfFromHtml(page.text);
    assert.equal((await partner.postForm(`/stories/${slug}/decision`, { csrf_token: token, decision: 'approve' })).status, 403);
    assert.equal((await officer.postForm(`/stories/${slug}/decision`, { csrf_token: token, decision: 'approve' })).status, 303);
    assert.equal((await officer.postForm(`/stories/${slug}/decision`, { csrf_token: token, decision: 'publish' })).status, 303);
    const published = await visitor.get(`/stories/${slug}`);
    assert.equal(published.status, 200);
    assert.match(published.text, /A borehole for the market/);
    assert.equal((await bytesOf(visitor, draft.photos[0].sizes[0].url)).status, 200);
    const found = (await visitor.get('/api/v1/search?q=borehole')).json();
    assert.ok(found.groups.some(group => group.kind === 'story'));

    assert.equal((await officer.postForm(`/stories/${slug}/decision`, { csrf_token: token, decision: 'unpublish' })).status, 303);
    assert.equal((await visitor.get(`/stories/${slug}`)).status, 404);
    const gone = (await visitor.get('/api/v1/search?q=borehole')).json();
    assert.ok(!gone.groups.some(group => group.kind === 'story'));
  });

  test('the API: drafts, refusals, decisions, and every route documented', async () => {
    await officer.apiCsrf();
    const created = await officer.postJson(`/api/v1/partnerships/${partnershipId}/stories`, { title: { en: 'Business permits in one visit' } });
    assert.equal(created.status, 201, created.text);
    const slug = created.json().slug;
    assert.equal((await officer.postJson(`/api/v1/stories/${slug}`, { title: { en: '' } })).json().error.field, 'title_en');
    assert.equal((await officer.postJson(`/api/v1/stories/${slug}/submit`, {})).status, 200);
    const own = await officer.postJson(`/api/v1/stories/${slug}/decision`, { decision: 'approve' });
    assert.equal(own.status, 403);
    assert.match(own.json().error.message, /never approves/);
    await partner.apiCsrf();
    assert.equal((await partner.postJson(`/api/v1/stories/${slug}/decision`, { decision: 'nonsense' })).status, 403);
    assert.equal((await officer.postJson(`/api/v1/stories/${slug}/decision`, { decision: 'return' })).json().error.field, 'reason');
    const returned = await officer.postJson(`/api/v1/stories/${slug}/decision`, { decision: 'return', reason: 'Add a photo.' });
    assert.equal(returned.json().status, 'draft');
    const list = (await visitor.get('/api/v1/stories')).json();
    assert.ok(list.stories.length >= 2);
    assert.ok(list.stories.every(story => story.status === 'published'));
    const openapi = (await visitor.get('/api/openapi.json')).json();
    for (const path of ['/api/v1/stories', '/api/v1/stories/{slug}', '/api/v1/stories/{slug}/photos', '/api/v1/stories/{slug}/decision',
      '/api/v1/partnerships/{id}/stories'])
      assert.ok(openapi.paths[path], path);
  });
});
