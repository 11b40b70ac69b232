// The authorization matrix (tests/security/authorization.tsv): every route of the server,
// as listed by `pmi routes`, is requested by every role against the objects its row names,
// and each answer must be the one the matrix expects. A route without a row fails, so no
// new route escapes the matrix. Unsafe requests carry the role's valid CSRF token: this
// suite checks who may act, csrf.test.mjs the tokens.
//
// PMI_MATRIX_RECORD=FILE writes the answers observed to FILE in the matrix's format instead
// of checking them, as a draft to review when routes are added (PMI_MATRIX_STATUSES=1 adds
// each role's status code in a comment).
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';

import { startServer } from '../http/harness.mjs';
import {
  ROLES, buildFixture, clientFor, clientsByRole, concretePath, outcome, readMatrix, restoreAssignment, routeTable, send,
} from './support.mjs';

// Requests that take away what later requests need (an object, a session, a reviewer's
// seat) go last; after one role's went through, the object may be gone for the next.
const CONSUMING = /\/(delete|erase|withdraw|conflict|unassign|remove|sign-out)$/;

let server, clients, fixture, routes, matrix;

before(async () => {
  server = await startServer();
  clients = await clientsByRole(server);
  fixture = await buildFixture(server, clients);
  routes = await routeTable(server);
  matrix = process.env.PMI_MATRIX_RECORD ? [] : await readMatrix();
});
after(async () => { await server?.stop(); });

const key = (method, pattern) => `${method} ${pattern}`;

test('every route the server answers has rows in the authorization matrix, and every row a route', () => {
  if (process.env.PMI_MATRIX_RECORD) return;
  assert.ok(routes.length > 100, `pmi routes listed only ${routes.length} routes`);
  const covered = new Set(matrix.map(row => key(row.method, row.pattern)));
  const missing = routes.filter(route => !covered.has(key(route.method, route.pattern)));
  assert.deepEqual(missing.map(r => key(r.method, r.pattern)), [],
    'routes with no row in tests/security/authorization.tsv: add a row per object variant saying which roles may use them');
  const known = new Set(routes.map(route => key(route.method, route.pattern)));
  const stale = matrix.filter(row => !known.has(key(row.method, row.pattern)));
  assert.deepEqual(stale.map(row => `line ${row.line}: ${key(row.method, row.pattern)}`), [], 'rows for routes the server no longer has');
});

// The rows to request: the matrix's, or when recording, one per route and variant.
function rowsToRequest() {
  if (!process.env.PMI_MATRIX_RECORD) return matrix;
  return routes.flatMap(({ method, pattern }) => {
    const owned = /^\/(api\/v1\/)?(partnerships|applications|reviews|results\/measurements|stories)\/:|^\/directory\/(partners|teams)\/:|^\/networks\/:key\/edit/.test(pattern);
    const members = /^\/(api\/v1\/)?resources\/:id/.test(pattern);
    const variants = owned ? ['own', 'other'] : members ? ['any', 'members'] : [pattern.includes(':') ? 'any' : '-'];
    return variants.map(variant => ({ method, pattern, variant }));
  });
}

test('each role gets the answer the matrix expects from every route and object', { timeout: 300_000 }, async () => {
  const rows = rowsToRequest();
  const ordered = [...rows.filter(r => r.method === 'GET'), ...rows.filter(r => r.method !== 'GET' && !CONSUMING.test(r.pattern)),
    ...rows.filter(r => r.method !== 'GET' && CONSUMING.test(r.pattern))];
  const wrong = [];
  const recorded = [];
  let requests = 0;
  const started = Date.now();
  for (const row of ordered) {
    const urlPath = concretePath(row.pattern, row.variant, fixture);
    if (CONSUMING.test(row.pattern)) await restoreAssignment(server, fixture);
    const answers = {};
    const statuses = {};
    let consumed = false;
    for (const role of ROLES) {
      const reply = await send(clients[role], row.method, urlPath, { clients, role, fixture });
      requests++;
      let got = outcome(reply);
      if (CONSUMING.test(row.pattern)) {
        // The object an earlier role removed is gone: its 404 says nothing about this role.
        if (consumed && got === 'deny' && row.expected?.[role] === 'allow') got = 'allow';
        if (got === 'allow' && reply.status < 400) consumed = true;
        if (/sign-out$/.test(row.pattern)) clients[role] = await clientFor(server, role);
      }
      answers[role] = got;
      statuses[role] = reply.status;
      if (row.expected && got !== row.expected[role])
        wrong.push(`${row.method} ${row.pattern} (${row.variant}: ${urlPath}) as ${role}: expected ${row.expected[role]}, got ${got} (${reply.status}${reply.location ? ' → ' + reply.location : ''})`);
    }
    recorded.push([row.method, row.pattern, row.variant, ...ROLES.map(role => answers[role])].join('\t')
      + (process.env.PMI_MATRIX_STATUSES ? '\t# ' + ROLES.map(role => statuses[role]).join(' ') : ''));
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`authorization matrix: ${rows.length} rows × ${ROLES.length} roles = ${requests} requests in ${seconds.toFixed(1)} s, ${wrong.length} differ from the matrix`);
  if (process.env.PMI_MATRIX_RECORD) {
    await writeFile(process.env.PMI_MATRIX_RECORD, recorded.join('\n') + '\n');
    return;
  }
  assert.deepEqual(wrong, [], `${wrong.length} answers differ from tests/security/authorization.tsv`);
  assert.equal(server.stderr().match(/ERROR|AddressSanitizer|runtime error/g), null, `the server reported errors:\n${server.stderr().slice(-4000)}`);
});

test('a directory profile form from someone who may not save it is refused before it is read', async () => {
  // Profiles the matrix's deletions left in place.
  const cases = [['anonymous', '/directory/partners/new', 303], ['applicant', '/directory/partners/new', 403],
    ['applicant', '/directory/partners/bf-kassiri/edit', 403], ['partner', '/directory/teams/sk-northgate/edit', 404]];
  for (const [role, urlPath, status] of cases) {
    const reply = await clients[role].postForm(urlPath, { csrf_token: clients[role].csrf });
    assert.equal(reply.status, status, `${role} posting an empty form to ${urlPath}`);
  }
});
