// Files attached to an application through the HTML form: multipart upload with its CSRF
// token, type by content, downloads that never run in the browser, and who may fetch them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { Client, startServer } from './harness.mjs';

const SLUG = 'canadian-municipal-teams-2027';
const PASSWORD = 'demo-password-2026';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const HTML = Buffer.from('<!doctype html><html><script>alert(1)</script></html>');

let server, applicant, stranger, id, csrf;

async function upload(client, token, name, bytes) {
  const form = new FormData();
  form.append('csrf_token', token);
  form.append('question', 'cvs');
  form.append('file', new Blob([bytes]), name);
  const response = await fetch(`${server.url}/applications/${id}/files`, {
    method: 'POST', body: form, redirect: 'manual', headers: { cookie: client.cookieHeader() },
  });
  return { status: response.status, text: await response.text(), location: response.headers.get('location') };
}

before(async () => {
  server = await startServer();
  applicant = new Client(server.url);
  await applicant.signIn('applicant@pmi.example', PASSWORD);
  stranger = new Client(server.url);
  await stranger.signIn('applicant.fr@pmi.example', PASSWORD);
  const me = (await applicant.get('/api/v1/me')).json();
  await applicant.apiCsrf();
  const started = await applicant.postJson(`/api/v1/calls/${SLUG}/applications`, { organisation_id: me.roles[0].organisation_id });
  assert.equal(started.status, 201, started.text);
  id = started.json().id;
  csrf = await applicant.formToken(`/applications/${id}`);
});
after(async () => { await server?.stop(); });

test('a PDF is uploaded, listed, and downloaded as an attachment that cannot run', async () => {
  const reply = await upload(applicant, csrf, 'Équipe – CV.pdf', PDF);
  assert.equal(reply.status, 303, reply.text.slice(0, 300));
  const page = await applicant.get(`/applications/${id}`);
  const link = page.text.match(new RegExp(`href="(/applications/${id}/files/\\d+)"`));
  assert.ok(link, 'the file is listed with a download link');
  assert.match(page.text, /Équipe – CV\.pdf/);
  const download = await applicant.get(link[1]);
  assert.equal(download.status, 200);
  assert.equal(download.headers.get('content-type'), 'application/pdf');
  assert.match(download.headers.get('content-disposition'), /^attachment; filename="[^"]*"; filename\*=UTF-8''%C3%89quipe/);
  assert.match(download.headers.get('content-security-policy'), /sandbox/);
  assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(download.text, PDF.toString());
  assert.equal((await stranger.get(link[1])).status, 404, 'another municipality cannot fetch it');
  assert.equal((await new Client(server.url).get(link[1])).status, 303, 'a visitor is sent to sign in');
});

test('HTML renamed .pdf is refused by content, with the reason beside the field', async () => {
  const reply = await upload(applicant, csrf, 'letter.pdf', HTML);
  assert.equal(reply.status, 422);
  assert.match(reply.text, /PDF, Word \(DOCX\), Excel \(XLSX\), JPEG and PNG/);
  assert.match(reply.text, /text\/html/);
});

test('an upload without the CSRF token is refused and stores nothing', async () => {
  const before = (await applicant.get(`/api/v1/applications/${id}`)).json().version;
  const reply = await upload(applicant, 'not-the-token', 'cv.pdf', PDF);
  assert.equal(reply.status, 403);
  assert.equal((await applicant.get(`/api/v1/applications/${id}`)).json().version, before);
});

test('a file over 10 MB gets a 413 page', async () => {
  const big = Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024, 32)]);
  const reply = await upload(applicant, csrf, 'big.pdf', big);
  assert.equal(reply.status, 413);
});

// A Word package built with Python's zipfile: [Content_Types].xml first, as Word writes it.
function docx(documentXml) {
  const script = `
import io, sys, zipfile
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')
    z.writestr("word/document.xml", sys.stdin.read())
sys.stdout.buffer.write(out.getvalue())`;
  return execFileSync('python3', ['-c', script], { input: documentXml, maxBuffer: 64 << 20 });
}

test('a Word document is accepted, and a Word-shaped decompression bomb is refused', async () => {
  const letter = await upload(applicant, csrf, 'council-letter.docx', docx('<w:document>Council support</w:document>'));
  assert.equal(letter.status, 303, letter.text.slice(0, 300));
  const versionBefore = (await applicant.get(`/api/v1/applications/${id}`)).json().version;
  const bomb = docx(`<w:document>${' '.repeat(60 * 1024 * 1024)}</w:document>`);
  assert.ok(bomb.length < 1024 * 1024, `the bomb is small on the wire (${bomb.length} bytes)`);
  const reply = await upload(applicant, csrf, 'cv.docx', bomb);
  assert.equal(reply.status, 422, reply.text.slice(0, 300));
  assert.match(reply.text, /expands to far more data than a document holds/);
  assert.equal((await applicant.get(`/api/v1/applications/${id}`)).json().version, versionBefore, 'nothing was stored');
});
