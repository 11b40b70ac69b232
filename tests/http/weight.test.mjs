// Partner staff often work on slow mobile connections: every public page, with the CSS and
// JavaScript it links, must transfer under 100 KB on a first visit and under 20 KB on a
// repeat visit (assets are then cached: versioned, immutable).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from './harness.mjs';

const pages = ['/', '/countries', '/countries/BF', '/areas', '/news', '/pages/about', '/pages/funding', '/contact', '/sign-in', '/sign-up'];
let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

// Bytes on the wire for one response: compressed body plus headers.
async function transferred(url) {
  const response = await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } });
  const body = Buffer.from(await response.arrayBuffer());  // fetch decodes; measure the encoded length instead
  const encoded = Number(response.headers.get('content-length') ?? body.length);
  let headers = 0;
  response.headers.forEach((value, name) => { headers += name.length + value.length + 4; });
  return { bytes: encoded + headers + 20, text: body.toString('utf8'), response };
}

for (const page of pages) {
  test(`${page} weighs under 100 KB first and under 20 KB again`, async () => {
    const html = await transferred(server.url + page);
    assert.equal(html.response.status, 200);
    const assets = [...html.text.matchAll(/(?:href|src)="(\/static\/[^"]+)"/g)].map(m => m[1].replace(/&amp;/g, '&'));
    assert.ok(assets.length >= 2, 'the page links its stylesheet and script');
    let first = html.bytes;
    for (const asset of assets) {
      const reply = await transferred(server.url + asset);
      assert.equal(reply.response.status, 200);
      assert.match(reply.response.headers.get('cache-control'), /immutable/, `${asset} is cached for good`);
      first += reply.bytes;
    }
    assert.ok(first < 100 * 1024, `first visit ${first} bytes`);
    assert.ok(html.bytes < 20 * 1024, `repeat visit ${html.bytes} bytes`);
  });
}
