// Results in a real browser, without scripts: a partnership's staff open the grid of an
// indicator, enter a total that disagrees with its cells and see the problem beside the
// total. axe-core audits every results page as the public, a partnership's staff and an
// officer; the PMF is printed on letter and A4 paper.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { scalar, startServer } from '../http/harness.mjs';
import { AxeAudit, launchChromium, signIn } from './support.mjs';

describe('results in the browser', () => {
  let server, browser, id, people;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
    id = await scalar(server, "SELECT id FROM partnerships WHERE partner_key = 'bf-sonreba'");
    people = await scalar(server, "SELECT id FROM indicators WHERE code = '1111.1'");
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedInPage(email, options = {}) {
    const context = await browser.newContext({ locale: 'en-CA', javaScriptEnabled: false, ...options });
    const page = await context.newPage();
    if (!email) return page;
    await signIn(page, server.url, email);
    return page;
  }

  test('staff enter values in the grid; a total that disagrees with its cells is refused', async () => {
    const page = await signedInPage('partner@pmi.example');
    await page.goto(`${server.url}/partnerships/${id}/results?indicator=${people}`);
    await page.locator('#period').selectOption({ label: '2027-28 Q1' });
    await Promise.all([page.waitForNavigation(), page.locator('main form[method="get"] button').click()]);
    await page.locator('[id="value-total"]').fill('9');
    for (const [cell, value] of [['women', '5'], ['men', '3'], ['other-gender', '0'], ['sex-not-stated', '0']]) await page.locator(`[id="value-${cell}"]`).fill(value);
    const [refused] = await Promise.all([page.waitForNavigation(), page.locator('main button[value="submit"]').click()]);
    assert.equal(refused.status(), 422);
    assert.match(await page.locator('.form-errors').textContent(), /\b9\b.*\b8\b/, 'the total and the sum of the cells are named');
    assert.equal(await page.locator('[id="value-total"]').getAttribute('aria-invalid'), 'true');
    await page.context().close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the results pages, and the PMF prints on letter and A4', async () => {
    const axe = new AxeAudit();
    const problems = [];
    async function audit(email, paths) {
      const page = await signedInPage(email, { bypassCSP: true, javaScriptEnabled: true });
      problems.push(...await axe.checkPaths(page, server.url, paths, email ? email.split('@')[0] : 'public'));
      return page;
    }
    const visitor = await audit(null, ['/results', '/results/pmf', '/results/dashboard', '/results/pmf?country=BF&area=inclusive-led', `/results/pmf?partnership=${id}`]);
    // Landscape with 10 mm margins leaves 259 mm on letter paper and 277 mm on A4 (at 96 px
    // to the inch, 980 and 1047 px): the table must fit the narrower without scrolling.
    await visitor.goto(`${server.url}/results/pmf`);
    await visitor.emulateMedia({ media: 'print' });
    for (const [format, width] of [['Letter', 980], ['A4', 1047]]) {
      await visitor.setViewportSize({ width, height: 700 });
      const overflow = await visitor.evaluate(() => {
        const table = document.querySelector('.pmf-table');
        return table.scrollWidth - table.parentElement.clientWidth;
      });
      assert.ok(overflow <= 1, `the PMF fits ${format} landscape (${overflow} px too wide)`);
      const pdf = await visitor.pdf({ format, preferCSSPageSize: true });
      assert.ok(pdf.length > 1000, `the PMF prints on ${format}`);
    }
    await visitor.context().close();
    await (await audit('partner@pmi.example', [`/partnerships/${id}/results`, `/partnerships/${id}/results?indicator=${people}&period=1`])).context().close();
    await (await audit('officer@pmi.example', ['/results', '/manage/results', '/manage/results?indicator=1210.1', '/manage/results/periods', `/partnerships/${id}/results`])).context().close();
    problems.push(...axe.reports());
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
