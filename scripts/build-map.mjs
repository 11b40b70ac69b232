// Draws the map's regional panels once, at build time, from Natural Earth boundaries
// (world-atlas, public domain) projected with d3-geo: one panel per program region, fitted to that
// region's program countries, with the neighbouring land for context. Writes JSON that the
// server embeds (src/map/): nothing is fetched or projected while the site runs.
//
// Usage: node scripts/build-map.mjs src/site/demo/content.json OUTPUT.json
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoCentroid, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const [contentPath, outputPath] = process.argv.slice(2);
if (!contentPath || !outputPath) {
  console.error('usage: node scripts/build-map.mjs CONTENT.json OUTPUT.json');
  process.exit(2);
}

// ISO 3166-1 numeric codes (world-atlas ids) of the alpha-2 codes the program uses.
const NUMERIC = { BF: '854', CI: '384', ML: '466', KH: '116', VN: '704', NI: '558', BO: '068' };
const WIDTH = 480;
const HEIGHT = 360;
const MARGIN = 24;

const content = JSON.parse(readFileSync(contentPath, 'utf8'));
// The program's countries at 1:50m; their neighbours, only there for context, at 1:110m.
const countries = scale => {
  const atlas = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8'));
  return feature(atlas, atlas.objects.countries).features;
};
const byId = new Map(countries('50m').map(country => [country.id, country]));
const world = countries('110m');

const round = path => path.replace(/\d+\.\d+/g, number => (Math.round(Number(number) * 10) / 10).toString());

const regions = [...new Set(content.countries.map(country => country.region))];
const panels = regions.map(region => {
  const members = content.countries.filter(country => country.region === region).map(country => {
    const shape = byId.get(NUMERIC[country.code]);
    if (!shape) throw new Error(`no boundary for ${country.code}: add its ISO numeric code to NUMERIC`);
    return { code: country.code, shape };
  });
  const projection = geoMercator()
    .fitExtent([[MARGIN, MARGIN], [WIDTH - MARGIN, HEIGHT - MARGIN]], { type: 'FeatureCollection', features: members.map(m => m.shape) })
    .clipExtent([[0, 0], [WIDTH, HEIGHT]]);
  const path = geoPath(projection);
  const ids = new Set(members.map(m => m.shape.id));
  const land = world.filter(country => !ids.has(country.id)).map(path).filter(Boolean).map(round).join('');
  return {
    region,
    width: WIDTH,
    height: HEIGHT,
    // The Mercator projection's scale and translation, so that the server places a point of
    // known longitude and latitude (a network's seat) on the panel.
    scale: projection.scale(),
    translate: projection.translate(),
    land,
    countries: members.map(({ code, shape }) => {
      const [x, y] = projection(geoCentroid(shape));
      return { code, path: round(path(shape)), anchor: [Math.round(x * 10) / 10, Math.round(y * 10) / 10] };
    }),
  };
});

writeFileSync(outputPath, JSON.stringify({ source: 'Natural Earth 1:50m (program countries) and 1:110m (neighbours) via world-atlas 2, Mercator per region', panels }));
