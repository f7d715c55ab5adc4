// Browser test of `dyad serve`'s dashboard: codes the bundled examples into a store, serves it
// on a free loopback port, drives Debian's chromium (headless, through playwright-core) from
// the overview to a dyad and on to a document, checks the events list, its filters and the map,
// and saves a screenshot of each page.
//
//   node dashboard_test.mjs DYAD_BINARY SOURCE_DIR OUT_DIR
//
// Screenshots go to OUT_DIR (overview.png, dyad.png, document.png, events.png, map.png).
// Prints "N passed, M failed"; exit status 1 when a check failed.
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {chromium} from 'playwright-core';

const [dyad, sourceDir, outDir] = process.argv.slice(2);
if (!dyad || !sourceDir || !outDir) {
  console.error('usage: node dashboard_test.mjs DYAD_BINARY SOURCE_DIR OUT_DIR');
  process.exit(2);
}
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
               '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let passed = 0, failed = 0;
function check(ok, what, detail = '') {
  if (ok) {
    ++passed;
    console.log('ok   ' + what);
  } else {
    ++failed;
    console.log('FAIL ' + what + (detail ? ': ' + detail : ''));
  }
}

// Starts `dyad serve --port 0` and resolves with its port once it says it is listening.
function serve(db) {
  return new Promise((resolve, reject) => {
    const proc = spawn(dyad, ['serve', '--db', db, '--port', '0', '--host', '127.0.0.1'],
                       {stdio: ['ignore', 'ignore', 'pipe']});
    let err = '';
    const timer = setTimeout(() => reject(new Error('dyad serve did not start: ' + err)), 20000);
    proc.stderr.on('data', chunk => {
      err += chunk;
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({proc, port: Number(m[1])});
      }
    });
    proc.on('exit', code => {
      clearTimeout(timer);
      reject(new Error(`dyad serve exited with ${code}: ${err.trim()}`));
    });
  });
}

async function ready(page) {
  await page.waitForSelector('#app[data-ready="true"]', {timeout: 15000});
}

async function main() {
  fs.mkdirSync(outDir, {recursive: true});
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-browser-'));
  const db = path.join(tmp, 'examples.db');
  const code = spawnSync(dyad, ['code', path.join(sourceDir, 'examples'), '--out', db],
                         {encoding: 'utf8'});
  check(fs.existsSync(db) && (code.status === 0 || code.status === 1),
        'dyad code examples/ --out X.db', code.stderr);

  let server, context;
  try {
    server = await serve(db);
    const base = `http://127.0.0.1:${server.port}/`;
    context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
      executablePath: CHROMIUM, headless: true, args: FLAGS,
      viewport: {width: 1280, height: 900}});
    const page = context.pages()[0] || await context.newPage();
    const problems = [];
    page.on('pageerror', e => problems.push('page error: ' + e.message));
    page.on('console', m => {
      // The one 400 is the bad date the events test types on purpose.
      if (m.type() === 'error' && !/status of 400/.test(m.text())) problems.push(m.text());
    });
    // Only the server under test: a request anywhere else would mean a CDN or a leak.
    await page.route('**/*', route => {
      const url = route.request().url();
      if (url.startsWith(base)) return route.continue();
      problems.push('request outside the server: ' + url);
      return route.abort();
    });

    // Overview.
    await page.goto(base + '#/');
    await ready(page);
    const pairs = await page.locator('[data-testid=dyad-link]').count();
    check(pairs >= 3, 'overview lists the most active pairs', `${pairs} pairs`);
    const stats = await page.locator('.stats').innerText();
    check(/\d+\s+events/.test(stats) && /\d+\s+documents/.test(stats),
          'overview shows the counts', stats);
    check(await page.locator('[data-testid=turning-points]').isVisible(),
          'overview has a turning points section');
    await page.screenshot({path: path.join(outDir, 'overview.png'), fullPage: true});

    // Overview -> the busiest dyad.
    const first = page.locator('[data-testid=dyad-link]').first();
    const pairText = (await first.innerText()).trim();
    const [a, b] = pairText.split(/\s+–\s+/);
    await first.click();
    await page.waitForURL(/#\/dyad\//);
    await ready(page);
    const title = await page.locator('[data-testid=dyad-title]').innerText();
    check(title.includes(a) && title.includes(b), 'dyad page is the pair clicked',
          `${title} vs ${pairText}`);
    check(await page.locator('[data-testid=direction]').count() === 2,
          'dyad page shows both directions');
    check(await page.locator('[data-testid=direction] svg.chart').count() >= 1,
          'dyad page draws a series chart');
    const dyadEvents = page.locator('[data-testid=event]');
    check(await dyadEvents.count() >= 1, 'dyad page lists the pair\'s events');
    const codes = await page.locator('[data-testid=event] .meta .code').allInnerTexts();
    check(codes.every(c => (c.includes(a) && c.includes(b))),
          'every event of the dyad page is between the two', codes.join(' | '));
    await page.screenshot({path: path.join(outDir, 'dyad.png'), fullPage: true});

    // Dyad -> the document of an event.
    const docLink = page.locator('[data-testid=doc-link]').first();
    const sentence = (await page.locator('[data-testid=event] .sentence').first().innerText()).trim();
    await docLink.click();
    await page.waitForURL(/#\/doc\//);
    await ready(page);
    check((await page.locator('[data-testid=doc-title]').innerText()).trim().length > 0,
          'document page has a title');
    const sentences = await page.locator('[data-testid=sentences] .sentence').allInnerTexts();
    check(sentences.some(s => s.trim() === sentence), 'document shows the event\'s sentence',
          sentence);
    check(await page.locator('[data-testid=sentence] mark.source').count() >= 1 &&
          await page.locator('[data-testid=sentence] mark.verb').count() >= 1,
          'document highlights sources and verbs');
    // The highlighted words are the event's own: the source mark holds the source's text.
    const api = await page.evaluate(async () => {
      const id = decodeURIComponent(location.hash.replace(/^#\/doc\//, ''));
      return (await fetch('/api/documents/' + encodeURIComponent(id))).json();
    });
    const firstMark = (await page.locator('[data-testid=sentence] mark.source').first().innerText());
    check(api.events.length > 0 && firstMark === api.events[0].source.text,
          'the source mark is the source\'s words', `${firstMark} vs ${api.events[0]?.source.text}`);
    await page.screenshot({path: path.join(outDir, 'document.png'), fullPage: true});

    // Events, filtered by actor through the form.
    await page.goto(base + '#/events');
    await ready(page);
    check(await page.locator('[data-testid=event]').count() === 25, 'events page shows a page of 25');
    await page.fill('input[name=actor]', a);
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(new RegExp('actor=' + a));
    await ready(page);
    const filtered = await page.locator('[data-testid=event] .meta .code').allInnerTexts();
    check(filtered.length >= 1 && filtered.every(c => c.split(' → ').some(x => x.startsWith(a))),
          `events filtered by actor ${a}`, filtered.join(' | '));
    await page.goto(base + '#/events?q=sanctions');
    await ready(page);
    const found = await page.locator('[data-testid=event] .sentence').allInnerTexts();
    check(found.length >= 1 && found.every(s => /sanctions/i.test(s)),
          'search finds sentences with the word', `${found.length} found`);
    await page.goto(base + '#/events?from=2024-13-40');
    await ready(page);
    check(/must be a date/.test(await page.locator('[data-testid=error]').innerText()),
          'a bad filter shows the API\'s error');
    await page.goto(base + '#/events');
    await ready(page);
    await page.screenshot({path: path.join(outDir, 'events.png'), fullPage: true});

    // Map: the examples have no coordinates unless the store has lat/lon columns.
    await page.goto(base + '#/map');
    await ready(page);
    const placed = (await page.evaluate(async () => (await fetch('/api/map')).json())).placed;
    if (placed) {
      check(await page.locator('[data-testid=map-point]').count() >= 1, 'map plots the events');
    } else {
      check(/not placed yet/.test(await page.locator('[data-testid=map-message]').innerText()),
            'map says the events are not placed yet');
    }
    check(await page.locator('[data-testid=map]').isVisible(), 'map draws its frame');
    await page.screenshot({path: path.join(outDir, 'map.png'), fullPage: true});

    check(problems.length === 0, 'no errors in the browser', problems.join('; '));
  } catch (err) {
    check(false, 'browser run', err.stack || String(err));
  } finally {
    if (context) await context.close();
    if (server) {
      const exited = new Promise(r => server.proc.on('exit', (c, s) => r(c ?? s)));
      server.proc.kill('SIGTERM');
      check(await exited === 0, 'dyad serve stops cleanly on SIGTERM');
    }
    fs.rmSync(tmp, {recursive: true, force: true});
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
