// SPDX-License-Identifier: Apache-2.0
// Checks one --graph HTML page in headless Chromium against the graph's JSON (see
// graph-page-test.sh). Usage: node graph-page-check.cjs PLAYWRIGHT_DIR PAGE.html GRAPH.json SHOTS_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const [playwrightDir, pageFile, graphFile, shots] = process.argv.slice(2);
const { chromium } = require(path.join(playwrightDir, 'node_modules', 'playwright-core'));

const problems = [];
const expect = (ok, what) => { if (!ok) problems.push(what); };
const inside = (a, b, slack = 0.5) =>
  a.x >= b.x - slack && a.y >= b.y - slack &&
  a.x + a.width <= b.x + b.width + slack && a.y + a.height <= b.y + b.height + slack;
const overlap = (a, b) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

(async () => {
  const graph = JSON.parse(fs.readFileSync(graphFile, 'utf8'));
  fs.mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Self-contained: the page asks for nothing but itself, and runs no script.
  const requests = [];
  page.on('request', (r) => { if (r.url() !== 'file://' + pageFile) requests.push(r.url()); });
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto('file://' + pageFile);
  expect(requests.length === 0, 'the page requested ' + requests.join(', '));

  const clients = graph.clients;
  const sections = await page.$$('section.client');
  expect(sections.length === clients.length,
         `${sections.length} client sections for ${clients.length} clients`);
  for (let ci = 0; ci < clients.length && ci < sections.length; ci++) {
    const client = clients[ci];
    const section = sections[ci];
    const name = await section.getAttribute('data-client');
    expect(name === client.name, `section ${ci} is '${name}', the graph's client is '${client.name}'`);
    const svg = await section.$('svg.graph');
    if (!svg) { problems.push(`${client.name}: no drawing`); continue; }
    const svgBox = await svg.boundingBox();
    const boxOf = async (el) => (await el.$('rect')).boundingBox();

    // The client node.
    const clientNode = await svg.$('g.client-node');
    expect(clientNode, `${client.name}: no client node`);
    const nodes = [];
    if (clientNode) nodes.push({ what: 'client node', box: await boxOf(clientNode), el: clientNode });

    // Groups: one per stated boundary, and one for the sockets that state none.
    const wantGroups = new Set(client.sockets.map((s) =>
      s.boundary && s.boundary.valid ? s.boundary.category : 'none'));
    const groups = await svg.$$('g.group');
    const groupBoxes = {};
    for (const g of groups) groupBoxes[await g.getAttribute('data-boundary')] = await boxOf(g);
    expect(groups.length === wantGroups.size &&
           [...wantGroups].every((k) => groupBoxes[k]),
           `${client.name}: groups ${Object.keys(groupBoxes)} for boundaries ${[...wantGroups]}`);

    // Sockets: each in its boundary's group, with its badges.
    const socketEls = await svg.$$('g.socket');
    expect(socketEls.length === client.sockets.length,
           `${client.name}: ${socketEls.length} socket nodes for ${client.sockets.length} sockets`);
    for (const [si, s] of client.sockets.entries()) {
      const el = await svg.$(`g.socket[data-slot="${s.slot.replace(/["\\]/g, '\\$&')}"]`);
      if (!el) { problems.push(`${client.name}: no node for socket '${s.slot}'`); continue; }
      const box = await boxOf(el);
      nodes.push({ what: `socket '${s.slot}'`, box, el });
      const group = s.boundary && s.boundary.valid ? s.boundary.category : 'none';
      expect(groupBoxes[group] && inside(box, groupBoxes[group]),
             `${client.name}: socket '${s.slot}' is not inside its group '${group}'`);
      const badges = await el.$$eval('g.badge', (bs) => bs.map((b) => ({
        cls: b.getAttribute('class'), text: b.textContent })));
      expect(badges.some((b) => b.text === (s.heartbeat ? 'heartbeat' : 'no heartbeat') &&
                                b.cls.includes(s.heartbeat ? 'ok' : 'bad')),
             `${client.name}: socket '${s.slot}' lacks its heartbeat badge: ${JSON.stringify(badges)}`);
      if (s.reconnect)
        expect(badges.some((b) => b.text === 'backoff: ' + s.backoff),
               `${client.name}: socket '${s.slot}' lacks its backoff badge`);
      if (s.multiplicity === 'unbounded')
        expect(badges.some((b) => /^one per (item|request)$/.test(b.text)),
               `${client.name}: fan-out socket '${s.slot}' lacks its badge`);
      // Every text and badge sits inside the node (a label too long would spill out).
      const parts = await el.$$eval('text, g.badge rect', (ts) => ts.map((t) => {
        const r = t.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height, text: t.textContent };
      }));
      for (const p of parts)
        expect(inside(p, box, 1), `${client.name}: '${p.text}' spills out of socket '${s.slot}'`);
      const badgeFits = await el.$$eval('g.badge', (bs) => bs.map((b) => {
        const r = b.querySelector('rect').getBoundingClientRect();
        const t = b.querySelector('text').getBoundingClientRect();
        return t.x >= r.x - 0.5 && t.right <= r.right + 0.5 ? null : b.textContent;
      }));
      for (const b of badgeFits.filter((x) => x))
        expect(false, `${client.name}: badge '${b}' of '${s.slot}' is wider than its box`);
      // Painted and on top: the node's centre hits the node itself.
      const hit = await page.evaluate(([x, y]) => {
        const e = document.elementFromPoint(x, y);
        const n = e && e.closest('g.socket');
        return n ? n.getAttribute('data-slot') : null;
      }, [box.x + box.width / 2 - (await page.evaluate(() => window.scrollX)),
          box.y + 6 - (await page.evaluate(() => window.scrollY))]);
      if (box.y + 6 < 900) // elementFromPoint sees the viewport only
        expect(hit === s.slot, `${client.name}: socket '${s.slot}' is covered by '${hit}'`);
      await el.screenshot({ path: path.join(shots, `c${ci}-s${si}.png`) });

      // The path on demand: closed at first; following the node's link opens it.
      const list = await section.$(`details.path > ol#path-c${ci}-${s.id}`);
      if (!list) { problems.push(`${client.name}: no path for '${s.slot}'`); continue; }
      const details = await list.evaluateHandle((l) => l.closest('details'));
      expect(!(await details.evaluate((d) => d.open)), `${client.name}: path of '${s.slot}' is open at first`);
      await el.click();
      expect(await details.evaluate((d) => d.open), `${client.name}: the link of '${s.slot}' does not open its path`);
      const steps = await details.$$eval('li', (ls) => ls.map((l) => l.textContent));
      const want = Math.max(1, s.path.length);
      expect(steps.length === want, `${client.name}: path of '${s.slot}' has ${steps.length} steps, the graph ${want}`);
      if (s.path.length)
        expect(steps[steps.length - 1].includes(`${s.file}:${s.line}: `) && steps[steps.length - 1].includes('opens'),
               `${client.name}: path of '${s.slot}' does not end at its opening: ${steps[steps.length - 1]}`);
      await details.evaluate((d) => { d.open = false; });
    }

    // Endpoints: one node per distinct endpoint, showing it.
    const endpoints = [...new Set(client.sockets.map((s) => s.endpoint).filter((e) => e))];
    const endpointEls = await svg.$$('g.endpoint');
    expect(endpointEls.length === endpoints.length,
           `${client.name}: ${endpointEls.length} endpoint nodes for ${endpoints.length} endpoints`);
    for (const e of endpointEls) {
      const title = await e.$eval('title', (t) => t.textContent);
      expect(endpoints.includes(title), `${client.name}: endpoint node '${title}' is no socket's endpoint`);
      nodes.push({ what: `endpoint '${title}'`, box: await boxOf(e), el: e });
    }
    // Edges: client to each socket, socket to its endpoint.
    const edges = await svg.$$('path.edge');
    const wantEdges = client.sockets.length + client.sockets.filter((s) => s.endpoint).length;
    expect(edges.length === wantEdges, `${client.name}: ${edges.length} edges, want ${wantEdges}`);

    // Nothing overlaps, nothing leaves the drawing.
    for (let i = 0; i < nodes.length; i++) {
      expect(nodes[i].box.width > 0 && nodes[i].box.height > 0, `${client.name}: ${nodes[i].what} is not drawn`);
      expect(inside(nodes[i].box, svgBox), `${client.name}: ${nodes[i].what} leaves the drawing`);
      for (let j = i + 1; j < nodes.length; j++)
        expect(!overlap(nodes[i].box, nodes[j].box), `${client.name}: ${nodes[i].what} overlaps ${nodes[j].what}`);
    }
  }
  if (clients.length === 0)
    expect((await page.textContent('body')).includes('No client opens a WebSocket'), 'empty graph not said');
  expect(dialogs.length === 0, 'the page ran a script: ' + dialogs.join(', '));
  expect((await page.$$('script')).length === 0, 'the page holds a script element');
  await page.screenshot({ path: path.join(shots, 'page.png'), fullPage: true });
  const png = fs.readFileSync(path.join(shots, 'page.png'));
  const width = png.readUInt32BE(16), height = png.readUInt32BE(20);
  const doc = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
  expect(width === doc[0] && height === doc[1], `screenshot ${width}x${height}, page ${doc}`);
  await browser.close();
  if (problems.length) {
    console.log(problems.join('\n'));
    process.exit(1);
  }
  console.log(`ok: ${clients.length} clients`);
})().catch((e) => { console.log(String(e.stack || e)); process.exit(1); });
