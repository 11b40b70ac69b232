// pmi backup while the site serves, then pmi restore into a new database and data folder:
// every table's rows and every uploaded file come back identical (checksums of a canonical
// dump of each table, SHA-256 of each file), on the backend under test.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';

import { runPmi, startServer } from '../http/harness.mjs';
import { buildFixture, clientsByRole } from './support.mjs';

const run = promisify(execFile);
const sha256 = data => createHash('sha256').update(data).digest('hex');

let server, scratch;

before(async () => {
  server = await startServer();
  await buildFixture(server, await clientsByRole(server));  // applications, uploads, reviews, campaigns...
  scratch = await mkdtemp(path.join(tmpdir(), 'pmi-backup-'));
});
after(async () => {
  await server?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

// {table: "rows sha256"} over every table, each row as JSON, rows sorted: equal whatever
// order the database returns them in.
async function tableChecksums(kind, url) {
  const lines = async sql => {
    if (kind === 'sqlite') {
      const { stdout } = await run('sqlite3', ['-json', '-cmd', '.timeout 5000', url.slice('sqlite:'.length), sql], { maxBuffer: 256 << 20 });
      return stdout.trim() ? JSON.parse(stdout).map(row => JSON.stringify(row)) : [];
    }
    const { stdout } = await run('psql', ['-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', url, '-c', sql], { maxBuffer: 256 << 20 });
    return stdout.split('\n').filter(Boolean);
  };
  const tables = kind === 'sqlite'
    ? (await lines("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")).map(l => JSON.parse(l).name)
    : await lines("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name");
  const sums = {};
  for (const table of tables) {
    const rows = await lines(kind === 'sqlite' ? `SELECT * FROM "${table}"` : `SELECT row_to_json(t)::text FROM "${table}" t`);
    sums[table] = `${rows.length} rows ${sha256(rows.sort().join('\n'))}`;
  }
  return sums;
}

async function fileChecksums(folder) {
  const sums = {};
  let entries = [];
  try { entries = await readdir(folder, { recursive: true, withFileTypes: true }); } catch { return sums; }
  for (const entry of entries.filter(e => e.isFile())) {
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    sums[path.relative(folder, file)] = sha256(await readFile(file));
  }
  return sums;
}

async function newDatabase(name) {
  if (server.kind === 'sqlite') return `sqlite:${path.join(scratch, name, 'pmi.db')}`;
  const cluster = process.env.PMI_TEST_POSTGRES_URL;
  const database = `pmi_restore_${process.pid}_${name.replace(/\W/g, '_')}`;
  await run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', cluster, '-c', `CREATE DATABASE ${database}`]);
  const url = new URL(cluster);
  url.pathname = `/${database}`;
  return url.toString();
}

test('a backup taken while serving restores to the same rows in every table and the same files', { timeout: 120_000 }, async () => {
  const folder = path.join(scratch, 'backup');
  const { stdout } = await runPmi(server, ['backup', '--output', folder]);
  assert.match(stdout, /Backup written to/);
  const tablesBefore = await tableChecksums(server.kind, server.databaseUrl);
  const filesBefore = await fileChecksums(path.join(server.dataDir, 'files'));
  assert.ok(Object.keys(tablesBefore).length >= 20, `only ${Object.keys(tablesBefore).length} tables`);
  assert.ok(Object.keys(filesBefore).length >= 1, 'the fixture uploaded no file');

  const restored = { dataDir: path.join(scratch, 'restored'), databaseUrl: await newDatabase('restored') };
  const reply = await runPmi(restored, ['restore', '--from', folder]);
  assert.match(reply.stdout, /Restored/);
  const tablesAfter = await tableChecksums(server.kind, restored.databaseUrl);
  const filesAfter = await fileChecksums(path.join(restored.dataDir, 'files'));
  assert.deepEqual(tablesAfter, tablesBefore);
  assert.deepEqual(filesAfter, filesBefore);
  console.log(`backup and restore (${server.kind}): ${Object.keys(tablesBefore).length} tables and ${Object.keys(filesBefore).length} files identical`);

  // The restored database is at the current schema: migrating it changes nothing.
  const migrated = await runPmi(restored, ['migrate']);
  assert.match(migrated.stdout, /\(0 migrations applied\)/);
});

test('restore refuses a database that is not new, and backup a folder that exists', async () => {
  const folder = path.join(scratch, 'second');
  await runPmi(server, ['backup', '--output', folder]);
  await assert.rejects(runPmi(server, ['backup', '--output', folder]), /exists already: name a new one/);
  await assert.rejects(runPmi(server, ['restore', '--from', folder]), /exists already: restore into a new file|has tables already/);
});
