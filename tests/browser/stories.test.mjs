// Partnership stories in a real browser, without scripts: a partner drafts a story with a
// photo, an officer approves and publishes it, and the public page offers the resized copies;
// axe-core audits every story page as the public, a partner and an officer.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../http/harness.mjs';
import { AxeAudit, launchChromium, signIn } from './support.mjs';

const MARKET = 'a-market-day-that-starts-earlier-in-sonreba';

describe('partnership stories in the browser', () => {
  let server, browser, folder, partnershipId, slug;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
    folder = await mkdtemp(path.join(tmpdir(), 'pmi-story-photo-'));
    const market = await (await fetch(`${server.url}/api/v1/stories/${MARKET}`)).json();
    partnershipId = market.partnership;
    const largest = market.photos[0].sizes.at(-1).url;
    await writeFile(path.join(folder, 'market.jpg'), Buffer.from(await (await fetch(`${server.url}${largest}`)).arrayBuffer()));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  test('a partner drafts a story with a photo, an officer approves and publishes it', async () => {
    const context = await browser.newContext({ locale: 'en-CA', javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, server.url, 'partner@pmi.example');
    await page.goto(`${server.url}/partnerships/${partnershipId}/stories?lang=en`);  // she reads in French otherwise
    await page.getByLabel('Title (English)').fill('Shade for the evening market');
    await page.getByLabel('Title (Français)').fill('De l\'ombre pour le marché du soir');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Start the draft' }).click()]);
    slug = new URL(page.url()).pathname.split('/')[2];
    await page.getByLabel('The story, in Markdown (English)').fill('Traders asked for **shade**; the commune built it.');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Save the draft' }).click()]);
    await page.getByLabel('Photo (JPEG, PNG or WebP, at most 10 MB)').setInputFiles(path.join(folder, 'market.jpg'));
    await page.getByLabel('What the photo shows, for readers who cannot see it (English)').fill('Stalls under a new canopy');
    await page.getByLabel('What the photo shows, for readers who cannot see it (Français)').fill('Des étals sous un nouvel auvent');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Add the photo' }).click()]);
    assert.match(await page.locator('.notice').textContent(), /photo was added/);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Submit for approval' }).click()]);
    assert.match(await page.locator('.notice').textContent(), /sent to the program officers/);
    await context.close();

    const office = await browser.newContext({ locale: 'en-CA', javaScriptEnabled: false });
    const officerPage = await office.newPage();
    await signIn(officerPage, server.url, 'officer@pmi.example');
    await officerPage.goto(`${server.url}/manage/stories?lang=en`);
    await Promise.all([officerPage.waitForNavigation(), officerPage.getByRole('link', { name: 'Shade for the evening market' }).click()]);
    await Promise.all([officerPage.waitForNavigation(), officerPage.getByRole('button', { name: 'Approve' }).click()]);
    await Promise.all([officerPage.waitForNavigation(), officerPage.getByRole('button', { name: 'Publish' }).click()]);
    await office.close();

    const reader = await browser.newContext({ locale: 'en-CA', viewport: { width: 500, height: 800 } });
    const publicPage = await reader.newPage();
    await publicPage.goto(`${server.url}/stories/${slug}`);
    assert.equal(await publicPage.locator('h1').textContent(), 'Shade for the evening market');
    const image = publicPage.getByRole('img', { name: 'Stalls under a new canopy' });
    assert.match(await image.getAttribute('srcset'), /\/480 480w, .*\/960 960w, .*\/1600 1600w/);
    await image.evaluate(img => img.decode());
    const shown = await image.evaluate(img => ({ src: img.currentSrc, width: img.naturalWidth, complete: img.complete }));
    assert.ok(shown.complete && shown.width > 0 && shown.width <= 1600, JSON.stringify(shown));
    await publicPage.goto(`${server.url}/stories`);
    assert.ok(await publicPage.getByRole('link', { name: 'Shade for the evening market' }).isVisible());
    await reader.close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the story pages', async () => {
    const axe = new AxeAudit();
    const problems = [];
    const audit = async (email, paths) => problems.push(...await axe.checkPathsAs(browser, server.url, email, paths));
    await audit(null, ['/stories', `/stories/${MARKET}`, '/stories?lang=fr', `/partnerships/${partnershipId}`, '/search?q=quinoa']);
    await audit('partner@pmi.example', [`/partnerships/${partnershipId}/stories`, `/stories/${MARKET}`]);
    // A draft whose photo is refused (no description): the editor showing its errors.
    const context = await browser.newContext({ locale: 'en-CA', bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, server.url, 'partner@pmi.example');
    await page.goto(`${server.url}/partnerships/${partnershipId}/stories?lang=en`);  // she reads in French otherwise
    await page.getByLabel('Title (English)').fill('A draft for the audit');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Start the draft' }).click()]);
    const draftPath = new URL(page.url()).pathname;
    await page.getByLabel('Photo (JPEG, PNG or WebP, at most 10 MB)').setInputFiles(path.join(folder, 'market.jpg'));
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Add the photo' }).click()]);
    assert.match(await page.locator('#alt_en').getAttribute('aria-invalid'), /true/);
    await axe.check(page, `${draftPath} refused photo (partner)`);
    await context.close();
    await audit('partner@pmi.example', [draftPath, draftPath.replace(/\/edit$/, '')]);
    await audit('officer@pmi.example', ['/manage/stories', `/stories/${MARKET}`, `/partnerships/${partnershipId}/stories`]);
    problems.push(...axe.reports());
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
