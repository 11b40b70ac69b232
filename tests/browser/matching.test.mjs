// Matching in a real browser, as an officer works: run the matching on the demo directory,
// pin a pair the engine did not propose, run again (the pin is kept), compare the two runs,
// accept the second, and find its partnerships; axe-core audits every matching page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, scalar, startServer } from '../http/harness.mjs';
import { AxeAudit, DEMO_PASSWORD, launchChromium, signIn } from './support.mjs';

describe('matching in the browser', () => {
  let server, browser, page;
  const runs = [];
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'en-CA', bypassCSP: true });
    page = await context.newPage();
    page.on('dialog', dialog => dialog.accept());
    await signIn(page, server.url, 'officer@pmi.example');
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const runId = () => Number(new URL(page.url()).pathname.match(/\/runs\/(\d+)$/)?.[1]);
  const proposed = async () => (await page.locator('main table').nth(1).locator('tbody tr').allInnerTexts()).map(t => t.split('\t').slice(0, 2).join(' + '));

  test('run → pin → run again → compare → accept', async () => {
    await page.goto(`${server.url}/manage/matching?lang=en`);
    await page.locator('#label').fill('First proposal');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Run the matching' }).click()]);
    runs.push(runId());
    assert.ok(runs[0] > 0, `not on a run page: ${page.url()}`);
    const first = await proposed();
    assert.ok(first.length >= 8, `pairs: ${first.join('; ')}`);
    assert.match(await page.locator('main dl').innerText(), /proven optimal/);
    assert.ok(!first.includes('Ville de Lac-aux-Hérons + Commune de Kassiri'), 'the pin below would change nothing');

    async function addRule(team, partner) {
      await page.goto(`${server.url}/manage/matching`);
      await page.locator('#team').fill(team);
      await page.locator('#partner').fill(partner);
      await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Add the rule' }).click()]);
    }
    async function runAgain() {
      await page.goto(`${server.url}/manage/matching/runs/${runs[0]}`);
      const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Run again with the current directory and rules' }).click()]);
      return response.status();
    }
    // A pin between a team and a partner with no language in common is refused, and said so.
    await addRule('sk-northgate', 'bf-kassiri');
    assert.equal(await runAgain(), 422);
    assert.match(await page.locator('#form-errors').innerText(), /sk-northgate/);
    await page.goto(`${server.url}/manage/matching`);
    const row = page.locator('#rules-heading ~ div table tbody tr', { hasText: 'sk-northgate' });
    await Promise.all([page.waitForNavigation(), row.getByRole('button', { name: 'Remove' }).click()]);

    // Pin a pair the engine left out; the next run keeps it.
    await addRule('qc-lac-aux-herons', 'bf-kassiri');
    assert.match(await page.locator('#rules-heading ~ div table').innerText(), /qc-lac-aux-herons\s+bf-kassiri\s+kept \(pinned\)/);
    assert.equal(await runAgain(), 200);
    runs.push(runId());
    assert.notEqual(runs[1], runs[0]);
    const second = await proposed();
    assert.ok(second.includes('Ville de Lac-aux-Hérons + Commune de Kassiri'), `the pinned pair: ${second.join('; ')}`);
    assert.match(await page.locator('main table').nth(1).innerText(), /Ville de Lac-aux-Hérons\tCommune de Kassiri\tBurkina Faso\t\d+ \(pinned\)/);

    await page.goto(`${server.url}/manage/matching/compare?first=${runs[0]}&second=${runs[1]}`);
    const onlySecond = await page.locator('main ul').nth(1).innerText();
    assert.match(onlySecond, /Ville de Lac-aux-Hérons — Commune de Kassiri/);

    // Pairs that already have a partnership (the demo has some) keep it.
    const existing = (await scalar(server, "SELECT team_name || ' + ' || partner_name FROM partnerships")).split('\n');
    const kept = second.filter(pair => existing.includes(pair)).length;
    await page.goto(`${server.url}/manage/matching/runs/${runs[1]}`);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Accept and create the partnerships' }).click()]);
    assert.match(await page.locator('main dl').innerText(), /Accepted/);
    assert.equal(await scalar(server, `SELECT COUNT(*) FROM partnerships WHERE matching_run_id = ${runs[1]}`), String(second.length - kept));
    assert.equal(await scalar(server, "SELECT status FROM partnerships WHERE team_key = 'qc-lac-aux-herons' AND partner_key = 'bf-kassiri'"), 'proposed');
    assert.equal(await page.getByRole('button', { name: 'Accept and create the partnerships' }).count(), 0, 'accepted once');
  });

  test('a reproduced run proposes the same pairs', async () => {
    await page.goto(`${server.url}/manage/matching/runs/${runs[0]}`);
    const original = await proposed();
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Reproduce from the saved inputs' }).click()]);
    assert.deepEqual(await proposed(), original);
  });

  test('only program staff reach the matching pages', async () => {
    const applicant = new Client(server.url);
    await applicant.signIn('applicant@pmi.example', DEMO_PASSWORD);
    assert.equal((await applicant.get('/manage/matching')).status, 403);
    assert.equal((await applicant.get(`/manage/matching/runs/${runs[0]}`)).status, 403);
    const visitor = await new Client(server.url).get('/manage/matching');
    assert.equal(visitor.status, 303);
  });

  test('axe finds no WCAG 2.1 A/AA violations on the matching pages', async () => {
    const axe = new AxeAudit();
    for (const path of ['/manage/matching', `/manage/matching/runs/${runs[1]}`, `/manage/matching/compare?first=${runs[0]}&second=${runs[1]}`,
      '/manage/matching?lang=fr', `/manage/matching/runs/${runs[0]}?lang=es`]) {
      const response = await page.goto(`${server.url}${path}`);
      assert.equal(response.status(), 200, path);
      await axe.check(page, `${path} [${await page.getAttribute('html', 'lang')}]`);
    }
    const problems = axe.reports();
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
