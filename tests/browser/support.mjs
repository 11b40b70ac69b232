// Shared by the browser suites: Debian's chromium started as this machine allows, signing
// in through the real form, and an axe-core audit that reports each fault once, with every
// page it appears on.
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

import { codeNow, forgetSession, nextCode, rememberSession, rememberedSession } from '../support/totp.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.PMI_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const DEMO_PASSWORD = 'demo-password-2026';

// Signs `page` in through the sign-in form (and the second step, with a code from the demo
// authenticator secret, when the account has one), whatever the page's language (the fields of
// <main> by name: the footer has a form too), and throws unless the header then links to
// the account.
export async function signIn(page, baseUrl, email, password = DEMO_PASSWORD) {
  const main = page.locator('main');
  if (await passwordStep(page, baseUrl, email, password)) {
    const code = codeNow(email);
    if (code || !await joinSession(page, baseUrl, email)) {
      // A session that no longer works was tried: the password step again.
      if (!code) await passwordStep(page, baseUrl, email, password);
      await main.locator('input[name="code"]').fill(code ?? await nextCode(email));
      await Promise.all([page.waitForNavigation(), main.locator('form button[type="submit"]').first().click()]);
      const cookies = await page.context().cookies(baseUrl);
      if (cookies.some(cookie => cookie.name === 'pmi_session'))
        rememberSession(baseUrl, email, cookies.map(cookie => [cookie.name, cookie.value]));
    }
  }
  if (await page.locator('header a[href="/account"]').count() !== 1)
    throw new Error(`not signed in as ${email}: ${await page.locator('main').innerText()}`);
}

// Submits the sign-in form; true when the server asks for the second step.
async function passwordStep(page, baseUrl, email, password) {
  await page.goto(`${baseUrl}/sign-in`);
  const main = page.locator('main');
  await main.locator('input[name="email"]').fill(email);
  await main.locator('input[name="password"]').fill(password);
  await Promise.all([page.waitForNavigation(), main.locator('form button[type="submit"]').first().click()]);
  return await main.locator('input[name="pending_token"]').count() === 1;
}

// When no code is free, the second step as the harness's Client.signIn takes it: the session
// an earlier sign-in of the account opened on this server, if it still works.
async function joinSession(page, baseUrl, email) {
  const saved = rememberedSession(baseUrl, email);
  if (!saved) return false;
  await page.context().addCookies([...saved].map(([name, value]) => ({ name, value, url: baseUrl })));
  await page.goto(`${baseUrl}/account`);
  if (await page.locator('header a[href="/account"]').count() === 1) return true;
  forgetSession(baseUrl, email);
  return false;
}

// A new page in its own context (English, no scripts unless `options` say otherwise), signed
// in as `email` when one is given.
export async function newPage(browser, baseUrl, email, options = {}) {
  const context = await browser.newContext({ locale: 'en-CA', javaScriptEnabled: false, ...options });
  const page = await context.newPage();
  if (email) await signIn(page, baseUrl, email);
  return page;
}

export class AxeAudit {
  constructor() { this.found = new Map(); }

  // Runs WCAG 2.1 A/AA rules on the page as it is (axe is injected inline: the context
  // needs bypassCSP).
  async check(page, label) {
    await page.addScriptTag({ path: axePath });
    const { violations } = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }));
    for (const v of violations) {
      for (const node of v.nodes) {
        const key = `${v.id} ${node.target.join(' ')}`;
        if (!this.found.has(key)) this.found.set(key, { v, node, pages: [] });
        this.found.get(key).pages.push(label);
      }
    }
  }

  // Opens each path on `page` and checks it; returns the paths that did not answer 200.
  async checkPaths(page, baseUrl, paths, who, status = 200) {
    const failed = [];
    for (const path of paths) {
      const response = await page.goto(`${baseUrl}${path}`);
      if (response.status() !== status) { failed.push(`${path} (${who}): HTTP ${response.status()}`); continue; }
      await this.check(page, `${path} (${who}) [${await page.getAttribute('html', 'lang')}]`);
    }
    return failed;
  }

  // checkPaths in a page of its own, signed in as `email` (signed out when none), closed after.
  async checkPathsAs(browser, baseUrl, email, paths, status = 200) {
    const page = await newPage(browser, baseUrl, email, { bypassCSP: true, javaScriptEnabled: true });
    try {
      return await this.checkPaths(page, baseUrl, paths, email ? email.split('@')[0] : 'public', status);
    } finally {
      await page.context().close();
    }
  }

  // One readable paragraph per fault.
  reports(suffix = '') {
    return [...this.found.values()].map(({ v, node, pages }) =>
      `${v.id} (${v.impact}): ${v.help}${suffix}\n  element: ${node.target.join(' ')}\n  html: ${node.html.slice(0, 200)}`
      + `\n  pages: ${pages.join(' ')}\n  ${node.failureSummary?.replace(/\n/g, '\n  ')}\n  ${v.helpUrl}`);
  }
}
