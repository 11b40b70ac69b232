// The positive controls (src/testing/positive_controls.hpp) are deliberately vulnerable
// routes that only make check's scanner build compiles (cmake -DPMI_POSITIVE_CONTROLS=ON).
// The program under test here, the one make build and make test build, must hold none of
// them: none of their addresses answers, `pmi routes` lists none, and the binary does not
// contain the text they answer with.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { Client, startServer } from '../http/harness.mjs';
import { routeTable } from './support.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const CONTROL_PAGES = ['/_controls', '/_controls/sql?id=1', '/_controls/echo?text=hello', '/_controls/file?name=controls.txt', '/_controls/note'];

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

test('no control route answers and the route table lists none', async () => {
  const client = new Client(server.url);
  for (const page of CONTROL_PAGES) assert.equal((await client.get(page)).status, 404, `GET ${page}`);
  assert.equal((await client.postForm('/_controls/note', { note: 'hello' })).status, 404, 'POST /_controls/note');
  const routes = await routeTable(server);
  assert.deepEqual(routes.filter(route => route.pattern.startsWith('/_controls')).map(route => route.pattern), []);
});

test('the binary does not contain the controls\' marker', async () => {
  const header = await readFile(path.resolve(here, '../../src/testing/positive_controls.hpp'), 'utf8');
  const marker = header.match(/kPositiveControlMarker = "([^"]+)"/)?.[1];
  assert.ok(marker, 'kPositiveControlMarker in src/testing/positive_controls.hpp');
  const binary = await readFile(path.resolve(process.env.PMI_BIN || 'build/pmi'));
  assert.equal(binary.indexOf(marker), -1, `${process.env.PMI_BIN} contains "${marker}": it was built with PMI_POSITIVE_CONTROLS=ON`);
  console.log(`positive controls: absent from ${path.basename(process.env.PMI_BIN || 'build/pmi')} (${CONTROL_PAGES.length + 1} addresses 404, marker not in ${(binary.length / 1e6).toFixed(0)} MB)`);
});
