// Production mode: `pmi serve --production` (or production = true, PMI_PRODUCTION=1)
// refuses to start with insecure settings, demo accounts that keep the demo password or
// accounts whose second factor is the published demo secret,
// naming each problem and its fix, and starts once they are put right.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

import { freePort, runPmi, startServer } from '../http/harness.mjs';
import { DEMO_SECOND_FACTOR_ACCOUNTS } from '../support/totp.mjs';

const SECURE = { PMI_PUBLIC_ORIGIN: 'https://partnerships.example.org', PMI_SECURE_COOKIES: '1' };
const DEMO_ACCOUNTS = ['admin@pmi.example', 'officer@pmi.example', 'reviewer@pmi.example', 'applicant@pmi.example',
  'applicant.fr@pmi.example', 'partner@pmi.example', 'partner.es@pmi.example'];

let server, scratch;

before(async () => {
  server = await startServer();  // with the demo program and its accounts
  scratch = await mkdtemp(path.join(tmpdir(), 'pmi-production-'));
});
after(async () => {
  await server?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

// Runs `pmi serve --production` expecting a refusal: {code, stderr}.
async function refusal(where, env) {
  const listen = `127.0.0.1:${await freePort()}`;
  try {
    await runPmi(where, ['serve', '--production', '--listen', listen], env);
  } catch (error) {
    const code = Number(error.message.match(/exit (\d+)/)?.[1]);
    return { code, stderr: error.message };
  }
  assert.fail('pmi serve --production started with insecure settings');
}

test('with the default settings it refuses, naming every problem and its fix', async () => {
  const { code, stderr } = await refusal(server, { PMI_DEVELOPMENT: '1', PMI_LOG_LEVEL: 'debug' });
  assert.equal(code, 2);
  for (const fix of ['PMI_PUBLIC_ORIGIN', 'PMI_SECURE_COOKIES=1', 'server.development = false', 'PMI_LOG_LEVEL=info'])
    assert.ok(stderr.includes(fix), `no mention of ${fix} in:\n${stderr}`);
  assert.match(stderr, /refusing to start in production mode/);
});

test('an http:// public address is refused like none', async () => {
  const { stderr } = await refusal(server, { ...SECURE, PMI_PUBLIC_ORIGIN: 'http://partnerships.example.org' });
  assert.match(stderr, /not an https:\/\/ one \(http:\/\/partnerships\.example\.org\)/);
});

test('SMTP credentials sent unencrypted or an unchecked certificate are refused', async () => {
  const { stderr } = await refusal(server, {
    ...SECURE, PMI_SMTP_URL: 'smtp://127.0.0.1:1', PMI_SMTP_USERNAME: 'pmi', PMI_SMTP_PASSWORD: 'x', PMI_SMTP_TLS: 'never', PMI_SMTP_VERIFY_CERTIFICATE: '0',
  });
  assert.match(stderr, /PMI_SMTP_TLS=require/);
  assert.match(stderr, /PMI_SMTP_VERIFY_CERTIFICATE=1/);
});

test('with secure settings, demo accounts that keep the demo password still stop it', async () => {
  const { code, stderr } = await refusal(server, SECURE);
  assert.equal(code, 2);
  for (const email of DEMO_ACCOUNTS) assert.ok(stderr.includes(`the demo account ${email} signs in with the published demo password`), `${email} not named:\n${stderr}`);
  for (const email of DEMO_SECOND_FACTOR_ACCOUNTS)
    assert.ok(stderr.includes(`the account ${email} uses the published demo authenticator secret`), `${email} not named:\n${stderr}`);
  assert.doesNotMatch(stderr, /PMI_PUBLIC_ORIGIN|PMI_SECURE_COOKIES/);
});

test('with secure settings and no demo accounts it starts and serves', async () => {
  const site = { dataDir: path.join(scratch, 'site'), databaseUrl: server.kind === 'sqlite' ? `sqlite:${path.join(scratch, 'site', 'pmi.db')}` : server.databaseUrl };
  if (server.kind === 'postgres') {
    // The demo's database has demo accounts: a new one without them.
    const name = `pmi_production_${process.pid}`;
    await promisify(execFile)('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', process.env.PMI_TEST_POSTGRES_URL, '-c', `CREATE DATABASE ${name}`]);
    const url = new URL(process.env.PMI_TEST_POSTGRES_URL);
    url.pathname = `/${name}`;
    site.databaseUrl = url.toString();
  }
  await runPmi(site, ['migrate']);
  const listen = `127.0.0.1:${await freePort()}`;
  const child = spawn(process.env.PMI_BIN, ['serve', '--production', '--listen', listen, '--data', site.dataDir, '--database', site.databaseUrl],
    { env: { PATH: process.env.PATH, ...SECURE, PMI_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.on('data', chunk => { output += chunk; });
  const exited = new Promise(resolve => child.on('exit', code => resolve(code)));
  try {
    let status = 0;
    for (let tries = 0; tries < 100 && status !== 200; tries++) {
      await sleep(100);
      status = await fetch(`http://${listen}/healthz`).then(r => r.status, () => 0);
    }
    assert.equal(status, 200, `pmi serve --production did not start:\n${output}`);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
});
