// The dashboard, as raw string literals: index.html (the shell), style.css, and app.js (the
// views: overview, dyad, events, document, map, routed by the URL hash). Edit them here; the
// server sends them as they are.
#include "serve/assets.h"

namespace dyad::serve {
namespace {

constexpr std::string_view kIndexHtml = R"dyad_asset(
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>dyad</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<header>
  <a class="brand" href="#/">dyad</a>
  <nav>
    <a href="#/" data-nav="overview">Overview</a>
    <a href="#/events" data-nav="events">Events</a>
    <a href="#/map" data-nav="map">Map</a>
  </nav>
  <span id="status" class="muted"></span>
</header>
<main id="app" aria-live="polite"></main>
<script src="/app.js"></script>
</body>
</html>
)dyad_asset";

constexpr std::string_view kStyleCss = R"dyad_asset(
:root {
  --fg: #1d2330; --muted: #687083; --line: #e2e5ec; --bg: #f6f7f9; --card: #fff;
  --coop: #2f8f5b; --conf: #c2412d; --accent: #2b5fb4;
  --src: #dbe8ff; --verb: #fff0b3; --tgt: #ffe0da;
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--fg); background: var(--bg); }
header { display: flex; align-items: center; gap: 24px; padding: 10px 24px; background: #1d2330;
         color: #fff; }
header a { color: #cfd6e4; text-decoration: none; }
header a.active, header a:hover { color: #fff; }
header nav { display: flex; gap: 18px; }
header .brand { font-weight: 700; font-size: 19px; color: #fff; letter-spacing: .5px; }
header #status { margin-left: auto; color: #9aa3b5; font-size: 13px; }
main { max-width: 1180px; margin: 0 auto; padding: 20px 24px 60px; }
h1 { font-size: 22px; margin: 4px 0 14px; }
h2 { font-size: 17px; margin: 0 0 10px; }
a { color: var(--accent); }
.muted { color: var(--muted); }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
@media (max-width: 900px) { .grid { grid-template-columns: 1fr; } }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px;
        padding: 14px 16px; margin-bottom: 18px; }
.stats { display: flex; gap: 28px; flex-wrap: wrap; }
.stat b { display: block; font-size: 22px; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; font-size: 12px; text-transform: uppercase; }
td.code { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.bar { height: 8px; border-radius: 4px; background: var(--coop); position: relative;
       min-width: 60px; }
.bar span { position: absolute; right: 0; top: 0; bottom: 0; background: var(--conf);
            border-radius: 0 4px 4px 0; }
.code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 13px; }
.pos { color: var(--coop); } .neg { color: var(--conf); }
.tp { border-left: 3px solid var(--line); padding: 4px 0 4px 12px; margin: 10px 0; }
.tp.up { border-color: var(--coop); } .tp.down { border-color: var(--conf); }
.event { border-bottom: 1px solid var(--line); padding: 10px 0; }
.event:last-child { border-bottom: 0; }
.event .meta { font-size: 13px; color: var(--muted); display: flex; gap: 10px; flex-wrap: wrap;
               align-items: baseline; }
.event .sentence { margin: 4px 0 0; }
.badge { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px;
         font-weight: 600; color: #fff; }
.badge.q1, .badge.q2 { background: var(--coop); } .badge.q3, .badge.q4 { background: var(--conf); }
mark { border-radius: 3px; padding: 0 2px; color: inherit; }
mark.source { background: var(--src); } mark.verb { background: var(--verb); }
mark.target { background: var(--tgt); }
.legend { font-size: 13px; display: flex; gap: 12px; align-items: center; }
form.filters { display: flex; gap: 10px; flex-wrap: wrap; align-items: end; }
form.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
form.filters input, form.filters select { font: inherit; padding: 4px 6px; border: 1px solid #c9cfdb;
       border-radius: 5px; min-width: 90px; }
button { font: inherit; padding: 5px 14px; border: 0; border-radius: 5px; background: var(--accent);
         color: #fff; cursor: pointer; }
button:disabled { background: #aab3c5; cursor: default; }
.pager { display: flex; gap: 10px; align-items: center; margin-top: 10px; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart text { font-size: 11px; fill: var(--muted); }
.sent { padding: 8px 0; border-bottom: 1px solid var(--line); }
.sent .idx { color: var(--muted); font-size: 12px; margin-right: 6px; }
.error { background: #fff0ee; border: 1px solid #f3c2b9; color: #8a2a1a; padding: 10px 14px;
         border-radius: 6px; }
.notice { background: #f0f4fb; border: 1px solid #cfdcf2; padding: 12px 14px; border-radius: 6px; }
dl.docmeta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 0;
             font-size: 14px; }
dl.docmeta dt { color: var(--muted); }
dl.docmeta dd { margin: 0; overflow-wrap: anywhere; }
)dyad_asset";

constexpr std::string_view kAppJs = R"dyad_asset(
// dyad dashboard: a few views over the read-only JSON API (doc/api.md), routed by the URL hash.
// Every piece of text from the store goes into the page through textContent, never as HTML.
'use strict';

const QUAD = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict',
              4: 'material conflict'};

function el(tag, attrs, ...children) {
  const SVG = ['svg', 'g', 'rect', 'line', 'path', 'circle', 'text', 'title', 'polyline'];
  const node = SVG.includes(tag) ? document.createElementNS('http://www.w3.org/2000/svg', tag)
                                 : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k === 'style') node.style.cssText = v;  // CSSOM: allowed by the page's CSP
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== '' && v != null) qs.set(k, v);
  const url = '/api/' + path + (qs.toString() ? '?' + qs : '');
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

const fmt = (x, d = 1) => (x > 0 ? '+' : '') + Number(x).toFixed(d);
const signClass = x => (x > 0 ? 'pos' : x < 0 ? 'neg' : '');
const dyadHref = (a, b) => '#/dyad/' + encodeURIComponent(a) + '/' + encodeURIComponent(b);
const docHref = id => '#/doc/' + encodeURIComponent(id);

// The sentence with the source, verb and target spans marked (offsets are UTF-16 units).
function highlighted(e) {
  const p = el('p', {class: 'sentence'});
  const s = e.sentence || '';
  const spans = [];
  if (e.highlight) {
    for (const role of ['source', 'verb', 'target']) {
      const r = e.highlight[role];
      if (r && r[1] > r[0]) spans.push({role, b: r[0], e: r[1]});
    }
  }
  spans.sort((x, y) => x.b - y.b);
  let at = 0;
  for (const sp of spans) {
    if (sp.b < at) continue;  // overlapping spans: the first one wins
    p.append(s.slice(at, sp.b));
    p.append(el('mark', {class: sp.role, title: sp.role, 'data-role': sp.role,
                         text: s.slice(sp.b, sp.e)}));
    at = sp.e;
  }
  p.append(s.slice(at));
  return p;
}

function eventItem(e, opts = {}) {
  const target = e.target ? e.target.code : '—';
  return el('div', {class: 'event', 'data-testid': 'event'},
    el('div', {class: 'meta'},
      el('span', {text: e.date}),
      el('span', {class: 'code'},
        el('a', {href: '#/events?actor=' + encodeURIComponent(e.source.code), text: e.source.code}),
        ' → ',
        e.target ? el('a', {href: dyadHref(e.source.code, e.target.code), text: target}) : target),
      el('span', {class: 'badge q' + e.quad_class, title: QUAD[e.quad_class] || '',
                  text: 'CAMEO ' + e.cameo}),
      e.plover ? el('span', {text: e.plover}) : null,
      el('span', {class: signClass(e.goldstein), text: 'Goldstein ' + fmt(e.goldstein)}),
      e.modality ? el('span', {text: e.modality}) : null,
      opts.noDoc ? null : el('a', {href: docHref(e.doc_id), 'data-testid': 'doc-link',
                                   text: 'document'})),
    highlighted(e));
}

function legend() {
  return el('div', {class: 'legend muted'}, 'Marked:',
    el('mark', {class: 'source', text: 'source'}), el('mark', {class: 'verb', text: 'verb'}),
    el('mark', {class: 'target', text: 'target'}));
}

function showError(root, err) {
  root.replaceChildren(el('div', {class: 'error', 'data-testid': 'error', text: String(err.message || err)}));
}

// ---- Overview ----------------------------------------------------------------------------

async function overview(root) {
  const [stats, dyads, tps] = await Promise.all([
    api('stats'), api('dyads', {undirected: 1, limit: 15}), api('turning-points', {limit: 8})]);
  document.title = 'dyad — overview';
  const table = el('table', {'data-testid': 'dyads'},
    el('tr', {}, el('th', {text: 'pair'}), el('th', {class: 'num', text: 'events'}),
       el('th', {text: 'cooperation / conflict'}), el('th', {class: 'num', text: 'mean Goldstein'})));
  for (const d of dyads.dyads) {
    const conflict = d.events ? d.conflict_events / d.events : 0;
    table.append(el('tr', {},
      el('td', {class: 'code'}, el('a', {href: dyadHref(d.a, d.b), 'data-testid': 'dyad-link',
                                         text: d.a + ' – ' + d.b})),
      el('td', {class: 'num', text: d.events}),
      el('td', {}, el('div', {class: 'bar', title: Math.round(conflict * 100) + '% conflict'},
                     el('span', {style: 'width:' + (conflict * 100).toFixed(1) + '%'}))),
      el('td', {class: 'num ' + signClass(d.goldstein_mean), text: fmt(d.goldstein_mean, 2)})));
  }
  const tpList = el('div', {'data-testid': 'turning-points'});
  if (!tps.turning_points.length) {
    tpList.append(el('p', {class: 'muted', text: 'No turning points in the most active pairs yet: ' +
                                                 'series need a few weeks of events.'}));
  }
  for (const t of tps.turning_points) tpList.append(turningPoint(t, true));
  root.replaceChildren(
    el('h1', {text: 'Overview'}),
    el('div', {class: 'card stats'},
      stat(stats.events, 'events'), stat(stats.documents, 'documents'),
      stat((stats.first_date || '—') + ' … ' + (stats.last_date || '—'), 'dates'),
      stat(stats.search === 'fts5' ? 'full text' : 'substring', 'search')),
    el('div', {class: 'grid'},
      el('div', {class: 'card'}, el('h2', {text: 'Most active pairs'}), table),
      el('div', {class: 'card'}, el('h2', {text: 'Recent turning points'}), tpList)));
}

function stat(value, label) {
  return el('div', {class: 'stat'}, el('b', {text: value}), el('span', {class: 'muted', text: label}));
}

function turningPoint(t, withPair) {
  const up = t.after > t.before;
  return el('div', {class: 'tp ' + (up ? 'up' : 'down'), 'data-testid': 'turning-point'},
    el('div', {},
      el('b', {text: t.date}), ' ',
      withPair ? el('a', {class: 'code', href: dyadHref(t.a || t.source, t.b || t.target),
                          text: t.source + ' → ' + t.target}) : null, ' ',
      el('span', {class: up ? 'pos' : 'neg',
                  text: (up ? '▲ ' : '▼ ') + 'level ' + fmt(t.before) + ' → ' + fmt(t.after)}),
      el('span', {class: 'muted', text: '  confidence ' + Number(t.confidence).toFixed(3)})),
    t.events.length ? t.events.map(e => eventItem(e))
                    : el('div', {class: 'muted', text: 'No single event drives it: the level ' +
                                 'moved by fewer events of the other sign.'}));
}

// ---- Dyad ------------------------------------------------------------------------------

function chart(dir, by) {
  const W = 1080, H = 220, L = 44, R = 10, T = 14, B = 26;
  const ps = dir.periods;
  const n = Math.max(ps.length, 1);
  const max = Math.max(1, ...ps.map(p => Math.abs(p.goldstein_sum)));
  const y = v => T + (H - T - B) / 2 * (1 - v / max);
  const x = i => L + (W - L - R) * i / n;
  const slot = (W - L - R) / n;
  const bw = Math.max(1, Math.min(28, slot - 1));  // a sparse series keeps slim bars
  const svg = el('svg', {class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img',
                         'aria-label': dir.source + ' to ' + dir.target + ' Goldstein sum by ' + by});
  svg.append(el('line', {x1: L, x2: W - R, y1: y(0), y2: y(0), stroke: '#9aa3b5'}));
  svg.append(el('text', {x: 4, y: y(max) + 4, text: fmt(max, 0)}));
  svg.append(el('text', {x: 4, y: y(-max) + 4, text: fmt(-max, 0)}));
  ps.forEach((p, i) => {
    if (!p.goldstein_sum) return;
    const v = p.goldstein_sum;
    svg.append(el('rect', {x: x(i) + (slot - bw) / 2, width: bw, y: Math.min(y(v), y(0)),
                           height: Math.max(1, Math.abs(y(v) - y(0))),
                           fill: v > 0 ? '#2f8f5b' : '#c2412d'},
                  el('title', {text: `${p.start}: ${p.events} events, sum ${fmt(v)}`})));
  });
  // The segment levels PELT found, as a step line, and a dashed mark at each turning point.
  const cps = dir.turning_points;
  const bounds = [0, ...cps.map(c => c.index), n];
  const levels = [];
  cps.forEach((c, k) => { if (k === 0) levels.push(c.before); levels.push(c.after); });
  if (cps.length) {
    let d = '';
    for (let k = 0; k < levels.length; ++k) {
      d += (k ? 'L' : 'M') + x(bounds[k]) + ',' + y(levels[k]) + 'L' + x(bounds[k + 1]) + ',' + y(levels[k]);
    }
    svg.append(el('path', {d, fill: 'none', stroke: '#2b5fb4', 'stroke-width': 2}));
  }
  for (const c of cps) {
    svg.append(el('line', {x1: x(c.index), x2: x(c.index), y1: T, y2: H - B, stroke: '#2b5fb4',
                           'stroke-dasharray': '4 3', 'data-testid': 'tp-mark'}));
    svg.append(el('text', {x: x(c.index) + 3, y: T + 8, text: c.date, fill: '#2b5fb4'}));
  }
  if (ps.length) {
    svg.append(el('text', {x: L, y: H - 8, text: ps[0].start}));
    svg.append(el('text', {x: W - R, y: H - 8, 'text-anchor': 'end', text: ps[ps.length - 1].start}));
  }
  return svg;
}

async function dyad(root, a, b, params) {
  const by = params.get('by') || 'week';
  const [ties, recent] = await Promise.all([
    api('ties', {a, b, by}), api('events', {between: a + ',' + b, limit: 20})]);
  document.title = `dyad — ${a} and ${b}`;
  const byLinks = el('span', {class: 'muted'}, 'by ',
    ...['day', 'week', 'month'].map(p => p === by ? el('b', {text: p + ' '}) :
      el('a', {href: dyadHref(a, b) + '?by=' + p, text: p + ' '})));
  const parts = [el('h1', {'data-testid': 'dyad-title', text: `${a} ↔ ${b}`}),
    el('p', {class: 'muted'}, `Goldstein sum per ${ties.by}, ${ties.from || '—'} … ${ties.to || '—'}; `,
       'blue line: segment levels, dashed: turning points (PELT, as in dyad ties). ',
       ties.coarse_skipped ? `${ties.coarse_skipped} events dated only to the month or year are ` +
                             'left out. ' : '', byLinks)];
  for (const d of ties.directions) {
    const card = el('div', {class: 'card', 'data-testid': 'direction'},
      el('h2', {class: 'code', text: `${d.source} → ${d.target}: ${d.events} events`}));
    if (d.events) {
      card.append(chart(d, ties.by));
      if (d.turning_points.length) {
        card.append(el('h2', {text: 'Turning points and the events that drive them'}));
        d.turning_points.forEach(t => card.append(
          turningPoint(Object.assign({source: d.source, target: d.target}, t), false)));
      } else {
        card.append(el('p', {class: 'muted', text: 'No turning point: the series has one level.'}));
      }
    }
    parts.push(card);
  }
  parts.push(el('div', {class: 'card'}, el('h2', {text: 'Latest events between them'}), legend(),
    recent.events.length ? recent.events.map(e => eventItem(e))
                         : el('p', {class: 'muted', text: 'No events.'}),
    el('p', {}, el('a', {href: '#/events?between=' + encodeURIComponent(a + ',' + b),
                         text: 'All events of the pair →'}))));
  root.replaceChildren(...parts);
}

// ---- Events ----------------------------------------------------------------------------

const FILTERS = ['from', 'to', 'actor', 'source', 'target', 'between', 'code', 'quad', 'q'];

async function events(root, params) {
  const limit = 25;
  const offset = Number(params.get('offset') || 0);
  const query = {limit, offset};
  for (const f of FILTERS) if (params.get(f)) query[f] = params.get(f);
  const form = el('form', {class: 'filters card', 'data-testid': 'filters'});
  for (const f of FILTERS) {
    if (f === 'quad') {
      const sel = el('select', {name: 'quad'}, el('option', {value: '', text: 'any'}),
        ...[1, 2, 3, 4].map(q => el('option', {value: q, text: QUAD[q]})));
      sel.value = params.get('quad') || '';
      form.append(el('label', {}, 'quad class', sel));
    } else {
      form.append(el('label', {}, f === 'q' ? 'words in the sentence' : f,
        el('input', {name: f, value: params.get(f) || '', size: f === 'q' ? 24 : 10,
                     placeholder: {from: 'YYYY-MM-DD', to: 'YYYY-MM-DD', actor: 'USA',
                                   code: '04', between: 'USA,IRN'}[f] || ''})));
    }
  }
  form.append(el('button', {type: 'submit', text: 'Filter'}));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const qs = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) qs.set(k, v);
    location.hash = '#/events' + (qs.toString() ? '?' + qs : '');
  });
  document.title = 'dyad — events';
  root.replaceChildren(el('h1', {text: 'Events'}), form, el('p', {class: 'muted', text: 'Loading…'}));
  let res;
  try {
    res = await api('events', query);
  } catch (err) {
    root.replaceChildren(el('h1', {text: 'Events'}), form,
                         el('div', {class: 'error', 'data-testid': 'error', text: err.message}));
    return;
  }
  const page = (o) => {
    const qs = new URLSearchParams(params);
    qs.set('offset', o);
    return '#/events?' + qs;
  };
  const list = el('div', {class: 'card', 'data-testid': 'event-list'}, legend(),
    res.events.length ? res.events.map(e => eventItem(e))
                      : el('p', {class: 'muted', text: 'No events match.'}),
    el('div', {class: 'pager'},
      el('button', {type: 'button', disabled: offset === 0,
                    onclick: () => location.hash = page(Math.max(0, offset - limit)), text: '← newer'}),
      el('span', {class: 'muted', text: `${offset + 1}–${offset + res.events.length}` +
                                        (res.search ? `, search: ${res.search}` : '')}),
      el('button', {type: 'button', disabled: !res.has_more,
                    onclick: () => location.hash = page(offset + limit), text: 'older →'})));
  root.replaceChildren(el('h1', {text: 'Events'}), form, list);
}

// ---- Document --------------------------------------------------------------------------

async function documentView(root, id) {
  const d = await api('documents/' + encodeURIComponent(id));
  document.title = 'dyad — ' + (d.title || d.id);
  const meta = el('dl', {class: 'docmeta'});
  for (const [k, label] of [['id', 'id'], ['source', 'site'], ['url', 'url'], ['doc_date', 'date'],
                            ['dateline', 'dateline'], ['authors', 'authors'],
                            ['language', 'language'], ['num_sentences', 'sentences'],
                            ['num_events', 'events']]) {
    if (d[k] === null || d[k] === '') continue;
    const value = k === 'url' && /^https?:\/\//.test(d[k])
        ? el('a', {href: d[k], rel: 'noreferrer noopener', target: '_blank', text: d[k]})
        : String(d[k]);
    meta.append(el('dt', {text: label}), el('dd', {}, value));
  }
  const byId = new Map(d.events.map(e => [e.id, e]));
  const sentences = el('div', {class: 'card', 'data-testid': 'sentences'},
    el('h2', {text: 'Coded sentences'}), legend());
  for (const s of d.sentences) {
    const evs = s.events.map(i => byId.get(i));
    sentences.append(el('div', {class: 'sent', 'data-testid': 'sentence'},
      el('span', {class: 'idx', text: '#' + s.index}),
      ...evs.map(e => eventItem(e, {noDoc: true}))));
  }
  root.replaceChildren(...[
    el('h1', {'data-testid': 'doc-title', text: d.title || d.id}),
    d.description ? el('p', {class: 'muted', text: d.description}) : null,
    el('div', {class: 'card'}, meta),
    d.text ? el('div', {class: 'card'}, el('h2', {text: 'Text'}),
                el('p', {style: 'white-space:pre-wrap', text: d.text})) : null,
    sentences].filter(Boolean));
}

// ---- Map -------------------------------------------------------------------------------

// A rough outline of the land, [lon, lat] by hand at a few degrees: enough to see where events
// are, without shipping a geographic data set.
const LAND = [
  [[-168, 65], [-140, 70], [-95, 72], [-80, 63], [-62, 58], [-55, 50], [-66, 44], [-76, 35],
   [-81, 25], [-90, 29], [-97, 26], [-105, 20], [-95, 16], [-83, 9], [-78, 8], [-88, 15],
   [-105, 23], [-112, 30], [-118, 33], [-124, 40], [-124, 48], [-135, 58], [-152, 60],
   [-165, 55]],
  [[-50, 60], [-42, 60], [-20, 70], [-18, 80], [-40, 83], [-60, 80], [-72, 78], [-55, 68]],
  [[-78, 8], [-60, 10], [-50, 0], [-35, -5], [-38, -13], [-40, -22], [-48, -28], [-58, -38],
   [-65, -42], [-68, -55], [-74, -50], [-72, -30], [-70, -18], [-76, -14], [-81, -5], [-80, 1]],
  [[-10, 36], [-9, 43], [-2, 44], [-5, 48], [2, 51], [5, 53], [8, 57], [5, 62], [15, 69],
   [28, 71], [40, 67], [60, 70], [80, 73], [105, 78], [140, 72], [180, 69], [180, 65], [160, 60],
   [155, 57], [142, 53], [140, 46], [130, 42], [127, 35], [122, 30], [121, 24], [110, 20],
   [108, 15], [105, 9], [100, 13], [98, 8], [100, 3], [104, 1], [98, 16], [92, 21], [88, 22],
   [80, 15], [77, 8], [72, 20], [67, 25], [58, 25], [55, 27], [50, 30], [48, 29], [52, 24],
   [57, 22], [56, 17], [44, 12], [43, 16], [35, 28], [33, 31], [35, 36], [28, 37], [26, 40],
   [22, 37], [20, 40], [13, 46], [17, 40], [12, 38], [8, 44], [3, 43], [-1, 37]],
  [[-17, 21], [-10, 30], [-6, 36], [10, 37], [20, 31], [32, 31], [35, 28], [43, 12], [51, 12],
   [40, -3], [40, -15], [33, -26], [20, -35], [17, -29], [12, -17], [13, -6], [9, -1], [9, 4],
   [-8, 4], [-17, 14]],
  [[114, -22], [122, -18], [130, -12], [137, -12], [142, -11], [146, -19], [153, -26],
   [150, -37], [140, -38], [131, -31], [116, -35], [114, -26]],
  [[-5, 50], [1, 51], [2, 53], [-2, 57], [-5, 58], [-6, 55], [-3, 54]],
  [[130, 31], [135, 34], [140, 35], [142, 40], [141, 45], [139, 40], [133, 35]],
  [[95, 5], [106, -6], [115, -8], [106, -3], [100, 0]],
  [[44, -25], [50, -15], [49, -12], [44, -17]],
  [[-180, -72], [180, -72], [180, -90], [-180, -90]],
];

async function mapView(root) {
  const m = await api('map');
  document.title = 'dyad — map';
  const parts = [el('h1', {text: 'Map of events'})];
  if (!m.placed) {
    parts.push(el('div', {class: 'notice', 'data-testid': 'map-message',
                          text: 'Events are not placed yet: this store has no coordinates ' +
                                '(lat/lon) for its events. Once a geocoding step adds them, ' +
                                'they appear here.'}));
  }
  // Equirectangular projection, a graticule every 30 degrees over the rough outline.
  const W = 1080, H = 540;
  const px = lon => (lon + 180) / 360 * W, py = lat => (90 - lat) / 180 * H;
  const svg = el('svg', {class: 'chart', viewBox: `0 0 ${W} ${H}`, 'data-testid': 'map',
                         style: 'background:#f4f8fc;border-radius:6px'});
  for (const poly of LAND) {
    svg.append(el('path', {d: 'M' + poly.map(([lon, lat]) => px(lon) + ',' + py(lat)).join('L') + 'Z',
                           fill: '#dde4ee', stroke: '#c3cede'}));
  }
  for (let lon = -180; lon <= 180; lon += 30) {
    svg.append(el('line', {x1: px(lon), x2: px(lon), y1: 0, y2: H, stroke: '#d3dcea',
                           'stroke-opacity': .6}));
  }
  for (let lat = -90; lat <= 90; lat += 30) {
    svg.append(el('line', {x1: 0, x2: W, y1: py(lat), y2: py(lat),
                           stroke: lat === 0 ? '#aab8cf' : '#d3dcea'}));
    svg.append(el('text', {x: 4, y: py(lat) - 3, text: lat + '°'}));
  }
  const max = Math.max(1, ...m.points.map(p => p.events));
  for (const p of m.points) {
    svg.append(el('circle', {cx: px(p.lon), cy: py(p.lat), r: 2 + 10 * Math.sqrt(p.events / max),
                             fill: p.goldstein_mean < 0 ? '#c2412d' : '#2f8f5b', 'fill-opacity': .6,
                             'data-testid': 'map-point'},
                  el('title', {text: `${p.lat}, ${p.lon}: ${p.events} events, mean Goldstein ` +
                                     fmt(p.goldstein_mean, 2)})));
  }
  parts.push(el('div', {class: 'card'}, svg,
    el('p', {class: 'muted', text: m.placed ? `${m.points.length} places (0.1° cells); red: ` +
                                              'mostly conflict, green: mostly cooperation.' : ''})));
  root.replaceChildren(...parts);
}

// ---- Router ----------------------------------------------------------------------------

async function route() {
  const root = document.getElementById('app');
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const view = parts[0] || 'overview';
  for (const a of document.querySelectorAll('[data-nav]')) {
    a.classList.toggle('active', a.dataset.nav === view);
  }
  root.dataset.view = view;
  root.dataset.ready = 'false';
  try {
    if (view === 'overview') await overview(root);
    else if (view === 'dyad' && parts.length === 3) await dyad(root, parts[1], parts[2], params);
    else if (view === 'events') await events(root, params);
    else if (view === 'doc' && parts.length >= 2) await documentView(root, parts.slice(1).join('/'));
    else if (view === 'map') await mapView(root);
    else throw new Error('No such page: ' + hash);
  } catch (err) {
    showError(root, err);
  }
  root.dataset.ready = 'true';
  window.scrollTo(0, 0);
}

window.addEventListener('hashchange', route);
route();
api('version').then(v => {
  document.getElementById('status').textContent = `dyad ${v.version} · API ${v.api}`;
}).catch(() => {});
)dyad_asset";

constexpr Asset kAssets[] = {
    {"/index.html", "text/html; charset=utf-8", kIndexHtml},
    {"/style.css", "text/css; charset=utf-8", kStyleCss},
    {"/app.js", "text/javascript; charset=utf-8", kAppJs},
};

}  // namespace

const Asset* FindAsset(std::string_view path) {
  for (const Asset& a : kAssets) {
    if (a.path == path) return &a;
  }
  return nullptr;
}

}  // namespace dyad::serve
