// The distribution list in a real browser (Debian's chromium, driven by playwright-core),
// with a real SMTP server: a reader subscribes from the news page's footer, confirms from
// the mail received, receives a campaign an officer writes and sends, unsubscribes from its
// link and receives nothing more. Then an axe-core audit of every page of the list, public
// and in the office, in English and French.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, decodeHeader, findLink, mailHeader, mailPart, pathOf, scalar, startServer, startSmtp, uniqueEmail } from '../http/harness.mjs';
import { AxeAudit, launchChromium, signIn } from './support.mjs';

describe('the distribution list in the browser', () => {
  let smtp, server, browser;
  before(async () => {
    smtp = await startSmtp();
    server = await startServer({ env: { PMI_SMTP_URL: smtp.url, PMI_MAILING_POSTAL_ADDRESS: '24 Clarence Street, Ottawa, Ontario K1N 5P3' } });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
  });

  async function newPage(options = {}) {
    const context = await browser.newContext({ locale: 'en-CA', ...options });
    const page = await context.newPage();
    page.on('dialog', dialog => dialog.accept());  // "Send this campaign now?"
    return page;
  }

  async function click(page, locator) {
    await Promise.all([page.waitForNavigation(), locator.click()]);
  }

  async function mailTo(email, subject) {
    const [mail] = await smtp.waitFor(m => m.to.includes(email) && decodeHeader(mailHeader(m.data, 'Subject')).includes(subject), `"${subject}" to ${email}`);
    return mailPart(mail.data, 'text/plain');
  }

  async function writeAndSend(page, subject) {
    await page.goto(`${server.url}/manage/mailing/campaigns?lang=en`);
    await click(page, page.getByRole('button', { name: 'Write a message' }));
    await page.getByLabel('Subject (English)').fill(subject);
    await page.getByLabel('Message (English)').fill(`## ${subject}\n\nThe program has news for you.`);
    for (const language of ['Español', 'Français']) await page.locator('#languages').getByLabel(language).uncheck();
    await page.locator('#topics').getByLabel('Calls for partnership').check();
    await click(page, page.getByRole('button', { name: 'Save the draft' }));
    await click(page, page.getByRole('button', { name: 'Send now' }));
    assert.match(await page.locator('main').innerText(), /Scheduled|scheduled/);
    return page.url().split('?')[0].split('/').pop();
  }

  const email = uniqueEmail('browser-reader');

  test('subscribe from the footer, confirm from the mail, receive a campaign, unsubscribe from its link, receive nothing more', async () => {
    const reader = await newPage();
    await reader.goto(`${server.url}/news`);
    const footer = reader.locator('footer');
    await footer.getByText('Join the distribution list').click();
    assert.equal(await footer.getByLabel('Yes, send me these emails.').isChecked(), false, 'the consent box is never ticked');
    await footer.getByLabel('Email address').fill(email);
    await footer.getByLabel('Name', { exact: true }).fill('Awa Ouédraogo');
    await footer.getByLabel('Calls for partnership').check();
    await footer.getByLabel('Yes, send me these emails.').check();
    await click(reader, footer.getByRole('button', { name: 'Subscribe' }));
    assert.match(await reader.locator('main').innerText(), /Check your email/);

    const confirmation = await mailTo(email, 'Confirm your subscription');
    await reader.goto(findLink(confirmation, '/mailing/confirm?token='));
    await click(reader, reader.getByRole('button', { name: 'Confirm my subscription' }));
    assert.match(await reader.locator('h1').innerText(), /You are subscribed/);

    const officer = await newPage();
    await signIn(officer, server.url, 'officer@pmi.example');
    await writeAndSend(officer, 'A call for municipal teams');
    const campaign = await mailTo(email, 'A call for municipal teams');
    assert.match(campaign, /24 Clarence Street/);

    await reader.goto(findLink(campaign, '/mailing/unsubscribe?token='));
    await click(reader, reader.getByRole('button', { name: 'Stop everything' }));
    assert.match(await reader.locator('h1').innerText(), /You are unsubscribed/);

    const second = await writeAndSend(officer, 'A second call nobody unsubscribed should read');
    const deadline = Date.now() + 20_000;
    while (await scalar(server, `SELECT status FROM mailing_campaigns WHERE id = ${second}`) !== 'sent' && Date.now() < deadline) await sleep(100);
    await sleep(2500);  // a round of the worker after the campaign was queued
    const late = (await smtp.received()).filter(m => m.to.includes(email) && /second call/.test(decodeHeader(mailHeader(m.data, 'Subject'))));
    assert.equal(late.length, 0, 'nothing arrives after the unsubscribe');
    await reader.context().close();
    await officer.context().close();
  });

  // A pending subscription's confirmation link, and the links of a campaign message.
  async function links() {
    const address = uniqueEmail('audit');
    const client = new Client(server.url);
    const token = await client.formToken('/mailing/subscribe');
    await client.postForm('/mailing/subscribe', [['csrf_token', token], ['email', address], ['name', 'Audit Reader'], ['language', 'en'],
      ['topics', 'calls'], ['topics', 'news'], ['consent', 'yes']]);
    const confirm = findLink(await mailTo(address, 'Confirm your subscription'), '/mailing/confirm?token=');
    const page = await client.get(pathOf(confirm));
    await client.postForm('/mailing/confirm', { csrf_token: client.csrfFromHtml(page.text), token: new URL(confirm).searchParams.get('token') });
    const pending = uniqueEmail('pending');
    await client.postForm('/mailing/subscribe', [['csrf_token', token], ['email', pending], ['name', 'Pending Reader'], ['language', 'en'],
      ['topics', 'news'], ['consent', 'yes']]);
    const officer = await newPage();
    await signIn(officer, server.url, 'officer@pmi.example');
    const campaign = await writeAndSend(officer, 'Audited campaign');
    await officer.context().close();
    const text = await mailTo(address, 'Audited campaign');
    const subscriber = await scalar(server, `SELECT id FROM mailing_subscribers WHERE email = '${address}'`);
    return {
      confirm: pathOf(findLink(await mailTo(pending, 'Confirm your subscription'), '/mailing/confirm?token=')),
      unsubscribe: pathOf(findLink(text, '/mailing/unsubscribe?token=')),
      preferences: pathOf(findLink(text, '/mailing/preferences?token=')),
      campaign, subscriber,
    };
  }

  for (const lang of ['en', 'fr']) {
    test(`axe finds no WCAG 2.1 A/AA violations on the list's pages (${lang})`, async () => {
      const l = await links();
      const page = await newPage({ bypassCSP: true, locale: lang });
      const axe = new AxeAudit();
      const problems = [];
      const visit = async (path, label = path) => {
        const response = await page.goto(`${server.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        if (response.status() !== 200) problems.push(`${label}: HTTP ${response.status()}`);
        else await axe.check(page, label);
      };
      await visit('/news');
      await page.locator('footer details summary').click();
      await axe.check(page, '/news (footer form open)');
      await visit('/mailing/subscribe');
      await Promise.all([page.waitForNavigation(), page.locator('main form button[type="submit"]').click()]);
      await axe.check(page, '/mailing/subscribe (errors)');
      await visit(l.confirm, '/mailing/confirm');
      await visit(l.unsubscribe, '/mailing/unsubscribe');
      await visit(l.preferences, '/mailing/preferences');
      await Promise.all([page.waitForNavigation(), page.locator('main form').first().locator('button[type="submit"]').click()]);
      await axe.check(page, '/mailing/preferences (saved)');
      await visit(l.unsubscribe, '/mailing/unsubscribe');
      await Promise.all([page.waitForNavigation(), page.locator('main form button[type="submit"]').last().click()]);
      await axe.check(page, '/mailing/unsubscribe (done)');

      await signIn(page, server.url, 'admin@pmi.example');
      const office = ['/manage/mailing', '/manage/mailing/subscribers', `/manage/mailing/subscribers/${l.subscriber}`, '/manage/mailing/import',
        '/manage/mailing/sender', '/manage/mailing/campaigns', `/manage/mailing/campaigns/${l.campaign}/report`,
        `/manage/mailing/campaigns/${l.campaign}/preview?lang=${lang}`, '/admin', '/manage'];
      for (const path of office) await visit(path);
      await page.goto(`${server.url}/manage/mailing/campaigns?lang=${lang}`);
      await Promise.all([page.waitForNavigation(), page.locator('form input[value="message"]').locator('..').locator('button').click()]);
      await axe.check(page, '/manage/mailing/campaigns/:id (editor)');
      await Promise.all([page.waitForNavigation(), page.locator('form[action$="/send"] button').click()]);
      await axe.check(page, '/manage/mailing/campaigns/:id (errors)');
      await page.goto(`${server.url}/manage/mailing/import?lang=${lang}`);
      await Promise.all([page.waitForNavigation(), page.locator('main form button[type="submit"]').click()]);
      await axe.check(page, '/manage/mailing/import (errors)');
      await page.context().close();
      problems.push(...axe.reports(` [${lang}]`));
      assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
    });
  }
});
