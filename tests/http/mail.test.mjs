// Mail leaves the outbox through a real SMTP server (aiosmtpd, from Debian), once, with its
// headers encoded, and the outbox records that it was sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServer, Client, freePort, uniqueEmail, outbox } from './harness.mjs';

let smtp, maildir, server;

// aiosmtpd's Mailbox handler writes every message it accepts into a maildir.
async function startSmtp() {
  // Maildir wants to create the box itself, with its tmp/new/cur folders.
  maildir = path.join(await mkdtemp(path.join(tmpdir(), 'pmi-maildir-')), 'box');
  const port = await freePort();
  const child = spawn('/usr/bin/python3', ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', maildir],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', chunk => { errors += chunk; });
  for (let tries = 0; tries < 100; ++tries) {
    const ok = await new Promise(resolve => {
      const socket = connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (ok) return { child, port };
    await sleep(100);
  }
  child.kill();
  throw new Error(`aiosmtpd did not start: ${errors}`);
}

async function delivered() {
  const files = [];
  for (const folder of ['new', 'cur']) {
    try {
      for (const name of await readdir(path.join(maildir, folder))) files.push(await readFile(path.join(maildir, folder, name), 'utf8'));
    } catch { /* the folder appears with the first message */ }
  }
  return files;
}

before(async () => {
  smtp = await startSmtp();
  server = await startServer({ env: { PMI_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PMI_MAIL_FROM: 'PMI-LED <no-reply@pmi.example>' } });
});

after(async () => {
  if (server) assert.equal((await server.stop()).code, 0);
  smtp?.child.kill();
  if (maildir) await rm(path.dirname(maildir), { recursive: true, force: true });
});

test('a verification mail reaches the SMTP server once, encoded, and is marked sent', async () => {
  const email = uniqueEmail('smtp');
  const client = new Client(server.url);
  await client.apiCsrf();
  const reply = await client.postJson('/api/v1/sign-up', { name: 'Inés Quispe', email, password: 'a long enough password', language: 'es' });
  assert.equal(reply.status, 201);

  let messages = [];
  for (let tries = 0; tries < 100 && messages.length === 0; ++tries) {
    messages = (await delivered()).filter(text => text.includes(`To: ${email}`));
    if (messages.length === 0) await sleep(100);
  }
  assert.equal(messages.length, 1, 'exactly one message was delivered');
  const message = messages[0];
  assert.match(message, /^From: PMI-LED <no-reply@pmi\.example>$/m);
  assert.match(message, /^Subject: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/m, 'a Spanish subject is RFC 2047 encoded');
  assert.match(message, /^Content-Transfer-Encoding: base64$/m);
  const body = Buffer.from(message.split(/\r?\n\r?\n/).slice(1).join('').replace(/\s+/g, ''), 'base64').toString('utf8');
  assert.match(body, /Inés Quispe/);
  assert.match(body, /\/verify\?token=/);

  // Give the worker a few more rounds: the message must not be sent again.
  await sleep(2500);
  assert.equal((await delivered()).filter(text => text.includes(`To: ${email}`)).length, 1);
  assert.ok((await outbox(server)).some(m => m.to === email), 'the outbox keeps the message');
});
