// Mail leaves the outbox through a real SMTP server (aiosmtpd, from Debian), once, with its
// headers encoded, and the outbox records that it was sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServer, startSmtp, Client, uniqueEmail, outbox, mailPart } from './harness.mjs';

let smtp, server;

before(async () => {
  smtp = await startSmtp();
  server = await startServer({ env: { PMI_SMTP_URL: smtp.url, PMI_MAIL_FROM: 'PMI-LED <no-reply@pmi.example>' } });
});

after(async () => {
  if (server) assert.equal((await server.stop()).code, 0);
  await smtp?.stop();
});

test('a verification mail reaches the SMTP server once, encoded, and is marked sent', async () => {
  const email = uniqueEmail('smtp');
  const client = new Client(server.url);
  await client.apiCsrf();
  const reply = await client.postJson('/api/v1/sign-up', { name: 'Inés Quispe', email, password: 'a long enough password', language: 'es' });
  assert.equal(reply.status, 201);

  const messages = await smtp.waitFor(m => m.to.includes(email), 'verification mail');
  assert.equal(messages.length, 1, 'exactly one message was delivered');
  const message = messages[0].data;
  assert.match(message, /^From: PMI-LED <no-reply@pmi\.example>$/m);
  assert.match(message, /^Subject: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/m, 'a Spanish subject is RFC 2047 encoded');
  assert.match(message, /^Content-Transfer-Encoding: base64$/m);
  const body = mailPart(message, 'text/plain');
  assert.match(body, /Inés Quispe/);
  assert.match(body, /\/verify\?token=/);

  // Give the worker a few more rounds: the message must not be sent again.
  await sleep(2500);
  assert.equal((await smtp.received()).filter(m => m.to.includes(email)).length, 1);
  assert.ok((await outbox(server)).some(m => m.to === email), 'the outbox keeps the message');
});
