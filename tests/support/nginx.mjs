// Debian's nginx in front of pmi servers, configured by deploy/nginx/pmi.conf as the README
// documents it: only the servers' addresses, the listening ports, the certificate (made here,
// self-signed for 127.0.0.1) and the cache folder are changed. Runs in the foreground with a
// prefix, error log and temporary folders of its own.
//
// startNginx({servers: ['127.0.0.1:PORT', ...], https: PORT}) → {url, httpUrl, certificate,
// errors(), stop()}; https is the port of the site (a free one by default).
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

import { freePort } from '../http/harness.mjs';

const run = promisify(execFile);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const NGINX_CONFIG = path.join(root, 'deploy/nginx/pmi.conf');

export async function nginxBinary() {
  try {
    const { stdout } = await run('sh', ['-c', 'command -v nginx']);
    if (stdout.trim()) return stdout.trim();
  } catch { /* not on PATH */ }
  if (existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  throw new Error('nginx is not installed: run scripts/install-deps test');
}

// `text` with every `from` replaced; throws when `from` is missing, so a change to the
// documented configuration that the test no longer matches is seen at once.
function substitute(text, from, to) {
  if (!text.includes(from)) throw new Error(`deploy/nginx/pmi.conf no longer contains "${from}"`);
  return text.replaceAll(from, to);
}

async function makeCertificate(folder) {
  const certificate = path.join(folder, 'pmi.pem');
  const key = path.join(folder, 'pmi.key');
  await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', certificate]);
  return { certificate, key };
}

export async function startNginx({ servers, https: httpsPort }) {
  const binary = await nginxBinary();
  const folder = await mkdtemp(path.join(tmpdir(), 'pmi-nginx-'));
  // When the test runs as root, nginx's workers run as nobody and must reach the folder.
  await chmod(folder, 0o755);
  const [https, http] = [httpsPort ?? await freePort(), await freePort()];
  const { certificate, key } = await makeCertificate(folder);

  let site = await readFile(NGINX_CONFIG, 'utf8');
  const documented = ['10.0.0.11:8080', '10.0.0.12:8080'];
  if (servers.length !== documented.length) throw new Error(`the documented configuration names ${documented.length} servers`);
  servers.forEach((address, i) => { site = substitute(site, `server ${documented[i]} `, `server ${address} `); });
  site = substitute(site, 'listen 80;', `listen 127.0.0.1:${http};`);
  site = substitute(site, 'listen 443 ssl http2;', `listen 127.0.0.1:${https} ssl http2;`);
  site = substitute(site, '/etc/ssl/certs/pmi.example.org.pem', certificate);
  site = substitute(site, '/etc/ssl/private/pmi.example.org.key', key);
  site = substitute(site, '/var/cache/nginx/pmi', path.join(folder, 'cache'));
  await writeFile(path.join(folder, 'pmi.conf'), site);
  // What Debian's /etc/nginx/nginx.conf gives the site, with everything kept in the folder.
  await writeFile(path.join(folder, 'nginx.conf'), `daemon off;
worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log warn;
events { worker_connections 512; }
http {
    access_log off;
    client_body_temp_path ${folder}/body;
    proxy_temp_path ${folder}/proxy;
    fastcgi_temp_path ${folder}/fastcgi;
    uwsgi_temp_path ${folder}/uwsgi;
    scgi_temp_path ${folder}/scgi;
    include ${folder}/pmi.conf;
}
`);

  const child = spawn(binary, ['-p', folder, '-c', path.join(folder, 'nginx.conf'), '-e', path.join(folder, 'error.log')],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr.on('data', chunk => { output = (output + chunk).slice(-8000); });
  let exit = null;
  const exited = new Promise(resolve => child.on('exit', (code, signal) => { exit = { code, signal }; resolve(exit); }));
  process.on('exit', () => child.kill('SIGKILL'));
  const errors = async () => output + await readFile(path.join(folder, 'error.log'), 'utf8').catch(() => '');

  const url = `https://127.0.0.1:${https}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (exit) throw new Error(`nginx exited (${exit.code ?? exit.signal}):\n${await errors()}`);
    try {
      const reply = await fetch(`http://127.0.0.1:${http}/`, { redirect: 'manual' });
      await reply.arrayBuffer();
      break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`nginx did not listen in 10 s:\n${await errors()}`); }
    await sleep(50);
  }

  async function stop() {
    if (!exit) child.kill('SIGQUIT');  // graceful: requests in flight finish
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    await rm(folder, { recursive: true, force: true });
  }
  return { url, httpUrl: `http://127.0.0.1:${http}`, certificate: await readFile(certificate), errors, stop };
}
