// Network organisations over HTTP on the demo: the list and profiles, contacts for signed-in
// people only, an officer's edit through the form, and the API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, scalar, signedInClient, startServer } from './harness.mjs';

const DEMO_PASSWORD = 'demo-password-2026';

describe('network organisations', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server?.stop(); });

  test('the list and a profile with its members; contacts for signed-in people only', async () => {
    const visitor = new Client(server.url);
    const list = await visitor.get('/networks');
    assert.equal(list.status, 200);
    assert.match(list.text, /href="\/networks\/amb-burkina"/);
    const profile = await visitor.get('/networks/amb-burkina');
    assert.equal(profile.status, 200);
    assert.match(profile.text, /href="\/partners\/bf-sonreba"/);
    assert.doesNotMatch(profile.text, /contact@amb-burkina.example/);
    const member = new Client(server.url);
    await member.signIn('partner@pmi.example', DEMO_PASSWORD);
    assert.match((await member.get('/networks/amb-burkina')).text, /contact@amb-burkina.example/);
    assert.equal((await member.get('/networks/amb-burkina/edit')).status, 403);
    assert.equal((await visitor.get('/networks/nowhere')).status, 404);
  });

  test('an officer edits a network with the form; a member not in the directory is refused', async () => {
    const officer = new Client(server.url);
    await officer.signIn('officer@pmi.example', DEMO_PASSWORD);
    const form = await officer.get('/networks/mekong-local-governments/edit');
    assert.equal(form.status, 200);
    const csrf_token = officer.csrfFromHtml(form.text);
    const fields = { csrf_token, key: 'mekong-local-governments', kind: 'regional_network', country: '', name: 'Mekong Local Governments Forum',
      description_en: 'Communes of Cambodia and Vietnam on tourism.', website: '', contact_name: '', contact_email: '',
      members: 'kh-prek-chrey\nvn-ha-lam\n' };
    const refused = await officer.postForm('/networks/mekong-local-governments/edit', { ...fields, members: 'kh-nowhere' });
    assert.equal(refused.status, 422);
    assert.match(refused.text, /id="members"[^>]*aria-invalid="true"/);
    const saved = await officer.postForm('/networks/mekong-local-governments/edit', fields);
    assert.equal(saved.status, 303, saved.text.slice(0, 300));
    const json = (await new Client(server.url).get('/api/v1/networks/mekong-local-governments')).json();
    assert.deepEqual(json.members, ['kh-prek-chrey', 'vn-ha-lam']);
    assert.equal(json.contact, undefined);
    const found = (await new Client(server.url).get('/api/v1/search?q=tourism')).json();
    assert.ok(found.groups.some(group => group.kind === 'network'));
  });

  test('a network names the partnerships of its members, and a partnership names its networks', async () => {
    const visitor = new Client(server.url);
    const sonreba = await scalar(server, "SELECT id FROM partnerships WHERE partner_key = 'bf-sonreba'");
    const network = (await visitor.get('/api/v1/networks/amb-burkina')).json();
    assert.deepEqual(network.partnerships.map(p => String(p.id)), [String(sonreba)]);
    assert.equal(network.partnerships[0].country, 'BF');
    const partnership = (await visitor.get(`/api/v1/partnerships/${sonreba}`)).json();
    assert.deepEqual(partnership.networks, [{ key: 'amb-burkina', name: 'Association des municipalités du Burkina Faso' }]);
    const page = await visitor.get('/networks/amb-burkina');
    assert.match(page.text, new RegExp(`href="/partnerships/${sonreba}"`));
    assert.match((await visitor.get(`/partnerships/${sonreba}`)).text, /href="\/networks\/amb-burkina"/);
    // An unpublished partnership is named only to those who may see it.
    const hidden = await scalar(server, "SELECT id FROM partnerships WHERE partner_key = 'kh-prek-chrey'");
    const mekong = (await visitor.get('/api/v1/networks/mekong-local-governments')).json();
    assert.ok(!mekong.partnerships.some(p => String(p.id) === String(hidden)));
    const officer = await signedInClient(server.url, 'officer@pmi.example');
    const seen = (await officer.get('/api/v1/networks/mekong-local-governments')).json();
    assert.ok(seen.partnerships.some(p => String(p.id) === String(hidden)));
  });

  test('the API lists every network and is documented', async () => {
    const json = (await new Client(server.url).get('/api/v1/networks')).json();
    assert.equal(json.networks.length, 4);
    const openapi = (await new Client(server.url).get('/api/openapi.json')).json();
    assert.ok(openapi.paths['/api/v1/networks/{key}']);
  });
});
