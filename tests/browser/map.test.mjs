// The map in a real browser: the seven countries are drawn (checked on a screenshot, pixel by
// pixel), each partnership the reader may see is a mark and a list entry, the list works
// from the keyboard alone, and axe finds nothing in light or dark colours.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../http/harness.mjs';
import { AxeAudit, launchChromium } from './support.mjs';

const PROGRAM_COUNTRIES = ['BF', 'BO', 'CI', 'KH', 'ML', 'NI', 'VN'];

describe('the map in the browser', () => {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function mapPage(options = {}) {
    const context = await browser.newContext({ locale: 'en-CA', viewport: { width: 1280, height: 1400 }, ...options });
    const page = await context.newPage();
    const response = await page.goto(`${server.url}/map`);
    assert.equal(response.status(), 200);
    return page;
  }

  test('the screenshot shows each of the seven countries in the country colour', async () => {
    const page = await mapPage({ colorScheme: 'light' });
    // A point inside each country's shape, away from every mark, in page pixels.
    const probes = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('circle.map-mark')].map(c => c.getBoundingClientRect());
      return [...document.querySelectorAll('path.map-country')].map(path => {
        const box = path.getBBox();
        const matrix = path.getScreenCTM();
        for (let step = 0; step < 400; step++) {
          const point = new DOMPoint(box.x + box.width * ((step % 20) + 0.5) / 20, box.y + box.height * (Math.floor(step / 20) + 0.5) / 20);
          const inside = [[0, 0], [3, 0], [-3, 0], [0, 3], [0, -3]].every(([dx, dy]) => path.isPointInFill(new DOMPoint(point.x + dx, point.y + dy)));
          if (!inside) continue;  // away from the border's stroke and its anti-aliasing
          const screen = point.matrixTransform(matrix);
          const clear = marks.every(m => Math.hypot(screen.x - (m.x + m.width / 2), screen.y - (m.y + m.height / 2)) > 12);
          if (clear) return { code: path.dataset.country, x: Math.round(screen.x + window.scrollX), y: Math.round(screen.y + window.scrollY) };
        }
        return { code: path.dataset.country, x: null, y: null };
      });
    });
    assert.deepEqual(probes.map(p => p.code).sort(), PROGRAM_COUNTRIES);
    const shot = await page.screenshot({ fullPage: true });
    if (process.env.PMI_SCREENSHOTS) (await import('node:fs')).writeFileSync(`${process.env.PMI_SCREENSHOTS}/map.png`, shot);
    const png = shot.toString('base64');
    const decoder = await browser.newPage();
    const pixels = await decoder.evaluate(async ({ png, probes }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      return probes.map(p => ({ code: p.code, rgb: p.x === null ? null : [...context.getImageData(p.x, p.y, 1, 1).data.slice(0, 3)] }));
    }, { png, probes });
    await decoder.close();
    const countryColour = [0xf7, 0xe7, 0xb4];  // --map-country in light colours
    for (const { code, rgb } of pixels) {
      assert.ok(rgb, `${code}: no point inside its shape`);
      assert.ok(rgb.every((value, i) => Math.abs(value - countryColour[i]) <= 6), `${code} is drawn as rgb(${rgb}), not the country colour`);
    }
    await page.context().close();
  });

  test('every listed partnership has its mark, and the list works from the keyboard', async () => {
    const page = await mapPage();
    const listed = await page.locator('.map-list a').count();
    assert.ok(listed >= 1, 'the demo has published partnerships');
    assert.equal(await page.locator('svg.map circle.map-mark').count(), listed, 'one mark per listed partnership');
    const first = page.locator('.map-list a').first();
    const target = await first.getAttribute('href');
    for (let press = 0; press < 60; press++) {
      await page.keyboard.press('Tab');
      if (await first.evaluate(link => link === document.activeElement)) break;
    }
    assert.ok(await first.evaluate(link => link === document.activeElement), 'Tab reaches the first partnership of the list');
    await Promise.all([page.waitForURL(`**${target}`), page.keyboard.press('Enter')]);
    assert.match(page.url(), /\/partnerships\/\d+$/);
    await page.context().close();
  });

  test('network organisations are diamonds at their seat or country, and all of them are listed', async () => {
    const page = await mapPage();
    const listed = await page.locator('.map-networks a').evaluateAll(links => links.map(a => a.getAttribute('href')).sort());
    assert.deepEqual(listed, ['/networks/amb-burkina', '/networks/global-cities-exchange', '/networks/mekong-local-governments',
      '/networks/red-municipal-andina']);
    const drawn = await page.locator('svg.map rect.map-network').evaluateAll(marks => marks.map(mark => ({
      name: mark.querySelector('title').textContent,
      panel: mark.closest('svg').getAttribute('aria-labelledby'),
      country: [...mark.closest('svg').querySelectorAll('path.map-country')].find(path => {
        const box = mark.getBBox();
        return path.isPointInFill(new DOMPoint(box.x + box.width / 2, box.y + box.height / 2));
      })?.dataset.country ?? null,
    })));
    assert.equal(drawn.length, 3, 'the global network has no seat and no country: listed, not drawn');
    const where = Object.fromEntries(drawn.map(mark => [mark.name, mark]));
    assert.equal(where['Association des municipalités du Burkina Faso'].country, 'BF', 'a national association at its country');
    assert.equal(where['Mekong Local Governments Forum'].country, 'KH', 'the forum at its seat, Phnom Penh');
    assert.match(where['Red Municipal Andina y Centroamericana'].panel, /latin-america/, 'the network at its seat, La Paz');
    assert.match(await page.locator('.map-networks li', { hasText: 'Global Local Governments Exchange' }).textContent(), /not on the map/);
    await page.context().close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the map, in light and dark colours, in French', async () => {
    const axe = new AxeAudit();
    for (const colorScheme of ['light', 'dark']) {
      const page = await mapPage({ bypassCSP: true, colorScheme, locale: 'fr-CA' });
      await axe.check(page, `/map (${colorScheme})`);
      await page.context().close();
    }
    const problems = axe.reports();
    assert.ok(problems.length === 0, `${problems.length} accessibility problems:\n\n${problems.join('\n\n')}`);
  });
});
