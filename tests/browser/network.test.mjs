// The network pages in a real browser: axe-core audits the site search (a results page, one
// kind page by page, nothing found, a refused query) as the public and as an officer.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../http/harness.mjs';
import { AxeAudit, launchChromium, signIn } from './support.mjs';

const PUBLIC_PATHS = [
  '/search', '/search?q=Cote+d%27Ivoire', '/search?q=bolivia&kind=news', '/search?q=zzzzqqq',
];

describe('network pages in the browser', () => {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the network pages', async () => {
    const axe = new AxeAudit();
    const problems = [];
    async function audit(email, paths, status = 200) {
      const context = await browser.newContext({ locale: 'en-CA', bypassCSP: true });
      const page = await context.newPage();
      if (email) await signIn(page, server.url, email);
      for (const path of paths) {
        const response = await page.goto(`${server.url}${path}`);
        if (response.status() !== status) { problems.push(`${path} (${email}): HTTP ${response.status()}`); continue; }
        await axe.check(page, `${path} (${email ? email.split('@')[0] : 'public'}) [${await page.getAttribute('html', 'lang')}]`);
      }
      await context.close();
    }
    await audit(null, PUBLIC_PATHS);
    await audit(null, [`/search?q=${'x'.repeat(201)}`], 422);
    await audit('officer@pmi.example', ['/search?q=partnership&lang=fr']);
    problems.push(...axe.reports());
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
