// A person's path through the site in a real browser (Debian's chromium, driven by
// playwright-core), then an axe-core accessibility audit of every public page in en and fr.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, startServer, uniqueEmail, verificationLink, waitForMail } from '../http/harness.mjs';
import { AxeAudit, launchChromium } from './support.mjs';

const PAGES = [
  '/', '/countries', '/countries/BF', '/areas', '/news', null /* first news post */, '/contact',
  '/pages/about', '/pages/funding', '/sign-in', '/sign-up', '/password/forgot',
  '/partners', '/partners?country=BF&area=inclusive-led', '/partners/bf-sonreba',
];

describe('in the browser', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  // Pages run under their real CSP here, so a blocked inline script or style shows up.
  async function newPage() {
    const context = await browser.newContext({ locale: 'en-CA' });
    const page = await context.newPage();
    page.cspErrors = [];
    page.on('console', message => {
      if (/Content Security Policy/i.test(message.text())) page.cspErrors.push(`${new URL(page.url()).pathname}: ${message.text()}`);
    });
    return page;
  }

  // Submits the form in <main> and waits for the page the server sends next.
  async function submit(page) {
    await Promise.all([
      page.waitForNavigation(),
      page.locator('main form').first().locator('button[type="submit"], input[type="submit"], button:not([type])').first().click(),
    ]);
  }

  test('sign up, verify, sign in, switch to French, sign out', async () => {
    const page = await newPage();
    const name = 'Browser Tester';
    const email = uniqueEmail('browser');
    const password = 'velvet-harbour-quartz-5531';

    await page.goto(`${server.url}/sign-up`);
    await page.locator('main').getByLabel('Name', { exact: true }).fill(name);
    await page.locator('main').getByLabel('Email', { exact: true }).fill(email);
    await page.locator('main').getByLabel('Password', { exact: true }).fill(password);
    await page.locator('main').getByLabel('Preferred language', { exact: true }).selectOption('en');
    await submit(page);
    // No mail usually means the form was refused: show what the page said.
    const mail = await waitForMail(server, email, '/verify?token=').catch(async error => {
      throw new Error(`${error.message}; the page after submitting (${page.url()}) says:\n${await page.locator('main').innerText()}`);
    });
    const verified = await page.goto(verificationLink(mail.body));
    assert.equal(verified.status(), 200);

    await page.goto(`${server.url}/sign-in`);
    await page.locator('main').getByLabel('Email', { exact: true }).fill(email);
    await page.locator('main').getByLabel('Password', { exact: true }).fill(password);
    await submit(page);
    assert.equal((await page.locator('header a[href="/account"]').textContent())?.trim(), name);

    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Français' }).click()]);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');

    await submitSignOut(page);
    assert.equal(await page.locator('header a[href="/account"]').count(), 0, 'still signed in');
    assert.equal(await page.locator('header a[href="/sign-in"]').count(), 1, 'no sign-in link after signing out');
    const cspErrors = [...new Set(page.cspErrors)];
    assert.ok(cspErrors.length === 0, `pages broke their own Content-Security-Policy:\n${cspErrors.join('\n')}`);
    await page.context().close();
  });

  async function submitSignOut(page) {
    await Promise.all([page.waitForNavigation(), page.locator('header form[action="/sign-out"] button').click()]);
  }

  for (const lang of ['en', 'fr']) {
    test(`axe finds no WCAG 2.1 A/AA violations (${lang})`, async () => {
      const newsHtml = (await new Client(server.url).get('/news')).text;
      const firstPost = newsHtml.match(/href="(\/news\/(?!feed\.atom)[^"?#]+)/)?.[1];
      assert.ok(firstPost, 'no news post linked from /news');
      // axe is injected as an inline script, which the site's CSP rightly forbids.
      const context = await browser.newContext({ bypassCSP: true, locale: lang });
      const page = await context.newPage();
      const problems = [];
      // The layout repeats on every page, so one fault is reported once, with its pages.
      const axe = new AxeAudit();
      for (const path of PAGES.map(p => p ?? firstPost)) {
        const response = await page.goto(`${server.url}${path}?lang=${lang}`);
        if (response.status() !== 200) { problems.push(`${path}: HTTP ${response.status()}`); continue; }
        await axe.check(page, path);
      }
      await context.close();
      problems.push(...axe.reports(` [${lang}]`));
      assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
    });
  }

  test('the server stops cleanly on SIGTERM', async () => {
    assert.equal((await server.stop()).code, 0);
  });
});
