/**
 * The viewer's browser code, inlined into every page (no network, no build step, and `dist/`
 * needs no asset files). Plain ES2020 in a string: it reads the JSON in `#opcon-data` and
 * writes every scenario string with `textContent`, never `innerHTML`, so no input can inject
 * markup. Written without backticks or `${` so it sits safely in this template.
 */
export const VIEWER_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('opcon-data').textContent);
  var MIN = 60000;
  var entries = data.entries;
  var hqById = new Map(data.hqs.map(function (h) { return [h.id, h]; }));
  var nationIndex = new Map(data.nations.map(function (n, i) { return [n, i]; }));
  var state = { step: -1, time: data.start, axis: 'time' };

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') node.textContent = v;
      else if (k === 'class') node.className = v;
      else node.setAttribute(k, v === true ? '' : String(v));
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }
  function nationOf(hq) { var h = hqById.get(hq); return h ? h.commander : '?'; }
  function natClass(nation) { var i = nationIndex.get(nation); return 'nat nat-' + (i === undefined ? 'x' : i % 8); }
  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function fmtIso(t) {
    var d = new Date(t);
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + 'T' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + 'Z';
  }
  function fmtRel(t) {
    var m = Math.round((t - data.start) / MIN);
    var sign = m < 0 ? '-' : '+';
    m = Math.abs(m);
    var d = Math.floor(m / 1440), h = Math.floor((m % 1440) / 60), mm = m % 60;
    var s = (d ? d + 'd' : '') + (h ? h + 'h' : '') + (mm ? mm + 'm' : '');
    return 'T' + sign + (s || '0m');
  }

  // Axis: linear in time, or "by change" (every distinct change instant evenly spaced), which
  // keeps hours-long handovers readable in a run of weeks.
  var knots = [data.start].concat(entries.map(function (e) { return e.t; }), [data.end])
    .filter(function (t, i, a) { return i === 0 || t > a[i - 1]; });
  function xOf(t) {
    if (data.end <= data.start) return 0;
    if (state.axis === 'time') return Math.min(1, Math.max(0, (t - data.start) / (data.end - data.start)));
    if (knots.length < 2) return 0;
    var k = 0;
    while (k < knots.length - 2 && knots[k + 1] <= t) k++;
    var span = knots[k + 1] - knots[k];
    var frac = span > 0 ? Math.min(1, Math.max(0, (t - knots[k]) / span)) : 0;
    return (k + frac) / (knots.length - 1);
  }
  function pct(x) { return (x * 100).toFixed(3) + '%'; }

  // ---- state at the selected instant -------------------------------------------------------
  function cutoff() { return state.step >= 0 ? entries[state.step].seq : -1; }
  function lastBy(list, seq) {
    var found = null;
    for (var i = 0; i < list.length && list[i].seq <= seq; i++) found = list[i];
    return found;
  }
  function frameNow() { return lastBy(data.frames, cutoff()) || data.frames[0]; }
  function theaterNow() {
    var levels = Object.assign({}, data.theater.initial);
    var seq = cutoff();
    data.theater.changes.forEach(function (c) { if (c.seq <= seq) levels[c.level] = c.label; });
    return levels;
  }
  function bodiesNow() {
    var now = new Map(data.bodies.map(function (b) { return [b.id, { state: b.initial, level: null }]; }));
    var seq = cutoff();
    data.bodyStates.forEach(function (s) { if (s.seq <= seq) now.set(s.body, { state: s.state, level: s.level }); });
    return now;
  }
  function stepForTime(t) {
    var step = -1;
    for (var i = 0; i < entries.length && entries[i].t <= t; i++) step = i;
    return step;
  }

  // ---- static parts ---------------------------------------------------------------------------
  function buildLegend() {
    var legend = $('legend');
    data.nations.forEach(function (n) {
      legend.appendChild(el('li', {}, [el('span', { class: 'swatch ' + natClass(n), 'aria-hidden': 'true' }), el('span', { text: n + ' commander' })]));
    });
  }

  function segmentsOf(i) {
    var segs = [];
    data.frames.forEach(function (f) {
      var holder = f.opcon[i];
      var last = segs[segs.length - 1];
      if (!last || last.holder !== holder) {
        if (last) last.to = f.t;
        segs.push({ holder: holder, tacon: f.tacon[i], from: f.t, to: data.end });
      }
    });
    return segs.filter(function (s) { return s.to > s.from || segs.length === 1; });
  }

  function buildTimeline() {
    var rows = $('rows');
    rows.textContent = '';
    var byNation = new Map();
    data.forces.forEach(function (f, i) {
      if (!byNation.has(f.nation)) byNation.set(f.nation, []);
      byNation.get(f.nation).push(i);
    });
    byNation.forEach(function (indexes, nation) {
      var group = el('div', { class: 'group', role: 'rowgroup', 'aria-label': nation + ' forces' });
      group.appendChild(el('div', { class: 'group-head', role: 'row' }, [el('span', { role: 'rowheader', text: nation + ' forces' })]));
      indexes.forEach(function (i) {
        var f = data.forces[i];
        var track = el('div', { class: 'track', role: 'cell' });
        segmentsOf(i).forEach(function (s) {
          var nation = nationOf(s.holder);
          var h = hqById.get(s.holder);
          var label = f.name + ': OPCON ' + (h ? h.name : s.holder) + ' (' + nation + ' commander), ' + fmtRel(s.from) + ' to ' + fmtRel(s.to);
          track.appendChild(el('div', {
            class: 'seg ' + natClass(nation), title: label, 'data-holder': s.holder,
            style: 'left:' + pct(xOf(s.from)) + ';width:' + pct(Math.max(0, xOf(s.to) - xOf(s.from))),
          }, [el('span', { text: s.holder })]));
        });
        track.addEventListener('click', function (ev) {
          var box = track.getBoundingClientRect();
          seekX((ev.clientX - box.left) / box.width);
        });
        group.appendChild(el('div', { class: 'row', role: 'row', 'data-force': f.id }, [
          el('div', { class: 'row-label', role: 'rowheader', title: f.id }, [el('span', { class: 'force-name', text: f.name }), el('span', { class: 'muted', text: ' ' + f.component })]),
          track,
        ]));
      });
      rows.appendChild(group);
    });
    var axis = $('axis');
    axis.textContent = '';
    var ticks = state.axis === 'time' ? [0, 0.25, 0.5, 0.75, 1].map(function (x) { return data.start + x * (data.end - data.start); }) : knots.filter(function (_, k) { return k % Math.max(1, Math.ceil(knots.length / 8)) === 0 || k === knots.length - 1; });
    ticks.forEach(function (t) {
      axis.appendChild(el('span', { class: 'tick', style: 'left:' + pct(xOf(t)), text: fmtRel(Math.round(t / MIN) * MIN) }));
    });
  }

  function seekX(x) {
    // Inverse of xOf by bisection: exact enough at one-minute resolution for both axes.
    var lo = data.start, hi = data.end;
    for (var k = 0; k < 60; k++) { var mid = (lo + hi) / 2; if (xOf(mid) < x) lo = mid; else hi = mid; }
    seekTime(Math.round(hi / MIN) * MIN);
  }

  function kindIcon(kind) {
    return { event: '!', request: '?', decision: '✔', state: '→', command: '⇄', coordination: '⋯', constraint: '⚠', friction: '≠', engagement: '⚔' }[kind] || '•';
  }

  function buildNarration() {
    var list = $('narration');
    entries.forEach(function (e, i) {
      var item = el('li', { class: 'entry kind-' + e.kind, 'data-seq': e.seq, 'data-first-seq': e.firstSeq, 'data-kind': e.kind, tabindex: '-1' }, [
        el('span', { class: 'when' }, [el('span', { class: 'rel', text: fmtRel(e.t) }), el('span', { class: 'iso', text: fmtIso(e.t) })]),
        el('span', { class: 'badge', title: e.kind }, [el('span', { 'aria-hidden': 'true', text: kindIcon(e.kind) + ' ' }), e.kind]),
        el('span', { class: 'what', text: e.text }),
        e.rule ? el('span', { class: 'rule', text: 'rule ' + e.rule }) : null,
        e.source ? el('span', { class: 'source', text: e.source }) : null,
      ]);
      item.addEventListener('click', function () { goStep(i); });
      list.appendChild(item);
    });
  }

  // ---- dynamic parts --------------------------------------------------------------------------
  function renderTree() {
    var frame = frameNow();
    var tree = $('tree');
    tree.textContent = '';
    var children = new Map();
    var roots = [];
    data.hqs.forEach(function (h) {
      if (h.parent && hqById.has(h.parent)) {
        if (!children.has(h.parent)) children.set(h.parent, []);
        children.get(h.parent).push(h);
      } else roots.push(h);
    });
    function node(h) {
      var nation = h.commander;
      var forces = [];
      data.forces.forEach(function (f, i) {
        if (frame.opcon[i] === h.id) forces.push(el('li', { class: 'force', 'data-force': f.id, 'data-opcon': h.id, 'data-tacon': frame.tacon[i] || null }, [
          el('span', { class: 'swatch small ' + natClass(f.nation), 'aria-hidden': 'true' }),
          el('span', { text: f.name }),
          el('span', { class: 'muted', text: ' ' + f.nation }),
          frame.tacon[i] ? el('span', { class: 'tacon-note', text: ' TACON ' + frame.tacon[i] }) : null,
        ]));
        else if (frame.tacon[i] === h.id) forces.push(el('li', { class: 'force tacon', 'data-force': f.id, 'data-tacon': h.id, 'data-opcon': frame.opcon[i] }, [
          el('span', { class: 'swatch small ' + natClass(f.nation), 'aria-hidden': 'true' }),
          el('span', { text: f.name }),
          el('span', { class: 'muted', text: ' TACON only (OPCON ' + frame.opcon[i] + ')' }),
        ]));
      });
      var head = el('div', { class: 'hq-head', 'data-hq-head': h.id }, [
        el('span', { class: 'flag ' + natClass(nation), title: nation + ' commander', text: nation + (h.deputy ? '/' + h.deputy : '') }),
        el('span', { class: 'hq-name', text: h.name }),
        el('span', { class: 'muted', text: ' ' + h.id + ' · ' + h.kind }),
        h.authorities.length && !h.parent ? el('span', { class: 'authorities', text: 'answers to ' + h.authorities.join(', ') }) : null,
      ]);
      var kids = (children.get(h.id) || []).map(node);
      return el('li', { class: 'hq' + (forces.length ? ' holds' : ''), 'data-hq': h.id, 'aria-label': h.name + ', ' + forces.length + ' forces under OPCON or TACON' }, [
        head,
        forces.length ? el('ul', { class: 'forces' }, forces) : null,
        kids.length ? el('ul', { class: 'hqs' }, kids) : null,
      ]);
    }
    tree.appendChild(el('ul', { class: 'hqs root' }, roots.map(node)));
    renderBodies();
  }

  function renderBodies() {
    var now = bodiesNow();
    var list = $('bodies');
    list.textContent = '';
    data.bodies.forEach(function (b) {
      var s = now.get(b.id);
      list.appendChild(el('li', { class: 'body state-' + s.state, 'data-body': b.id, 'data-state': s.state }, [
        el('span', { class: 'body-name', text: b.name }),
        el('span', { class: 'body-state', text: s.state + (s.level ? ' · ' + s.level : '') }),
        el('span', { class: 'muted', text: 'links ' + b.members.join(' ⇢ ') }),
      ]));
    });
    drawLinks(now);
  }

  // Coordination bodies link headquarters but never command: dashed curves between members.
  function drawLinks(now) {
    var svg = $('links');
    var wrap = $('tree-wrap');
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var box = wrap.getBoundingClientRect();
    svg.setAttribute('width', String(wrap.scrollWidth));
    svg.setAttribute('height', String(wrap.scrollHeight));
    var NS = 'http://www.w3.org/2000/svg';
    data.bodies.forEach(function (b, bi) {
      var s = now.get(b.id).state;
      var heads = b.members.map(function (m) { return wrap.querySelector('[data-hq-head="' + CSS.escape(m) + '"]'); }).filter(Boolean);
      for (var k = 1; k < heads.length; k++) {
        var a = heads[k - 1].getBoundingClientRect(), c = heads[k].getBoundingClientRect();
        var x1 = a.right - box.left + wrap.scrollLeft + 4, y1 = a.top + a.height / 2 - box.top + wrap.scrollTop;
        var x2 = c.right - box.left + wrap.scrollLeft + 4, y2 = c.top + c.height / 2 - box.top + wrap.scrollTop;
        var bend = Math.max(x1, x2) + 30 + 14 * bi;
        var path = document.createElementNS(NS, 'path');
        path.setAttribute('d', 'M' + x1 + ' ' + y1 + ' C ' + bend + ' ' + y1 + ', ' + bend + ' ' + y2 + ', ' + x2 + ' ' + y2);
        path.setAttribute('class', 'link state-' + s);
        var title = document.createElementNS(NS, 'title');
        title.textContent = b.name + ' (' + s + ')';
        path.appendChild(title);
        svg.appendChild(path);
      }
    });
  }

  function renderTheater() {
    var levels = theaterNow();
    ['posture', 'defcon', 'watchcon', 'phase', 'situation'].forEach(function (k) {
      var node = document.querySelector('[data-level="' + k + '"] .value');
      if (node) node.textContent = levels[k] || '–';
    });
  }

  function render(scroll) {
    var frameTime = state.time;
    $('scrubber').value = String(Math.round((frameTime - data.start) / MIN));
    $('scrubber').setAttribute('aria-valuetext', fmtRel(frameTime) + ', ' + fmtIso(frameTime));
    $('now-rel').textContent = fmtRel(frameTime);
    $('now-iso').textContent = fmtIso(frameTime);
    $('now-step').textContent = 'step ' + (state.step + 1) + ' of ' + entries.length;
    $('cursor').style.left = pct(xOf(frameTime));
    $('prev').disabled = state.step < 0;
    $('next').disabled = state.step >= entries.length - 1;
    document.body.setAttribute('data-step', String(state.step));
    document.querySelectorAll('#narration .current').forEach(function (n) { n.classList.remove('current'); n.removeAttribute('aria-current'); });
    document.querySelectorAll('#narration .entry').forEach(function (n, i) { n.classList.toggle('past', i <= state.step); });
    if (state.step >= 0) {
      var item = $('narration').children[state.step];
      item.classList.add('current');
      item.setAttribute('aria-current', 'step');
      if (scroll !== false) scrollIntoList(item);
      $('status').textContent = fmtRel(frameTime) + ': ' + entries[state.step].text;
    } else $('status').textContent = fmtRel(frameTime) + ': start of run';
    renderTheater();
    renderTree();
  }

  // Scroll only the narration list (scrollIntoView would also scroll the page under the presenter).
  function scrollIntoList(item) {
    var list = $('narration');
    var top = item.offsetTop;
    if (top < list.scrollTop) list.scrollTop = top - 8;
    else if (top + item.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + item.offsetHeight - list.clientHeight + 8;
  }

  function goStep(i) {
    state.step = Math.max(-1, Math.min(entries.length - 1, i));
    state.time = state.step >= 0 ? entries[state.step].t : data.start;
    render();
  }
  function seekTime(t) {
    state.time = Math.max(data.start, Math.min(data.end, t));
    state.step = stepForTime(state.time);
    render();
  }
  function setLarge(on) {
    document.documentElement.classList.toggle('large', on);
    $('large-type').setAttribute('aria-pressed', String(on));
    renderTree();
  }
  function setAxis(axis) {
    state.axis = axis;
    $('axis-toggle').setAttribute('aria-pressed', String(axis === 'changes'));
    buildTimeline();
    render(false);
  }

  // ---- wiring -----------------------------------------------------------------------------------
  var scrubber = $('scrubber');
  scrubber.max = String(Math.max(0, Math.round((data.end - data.start) / MIN)));
  scrubber.addEventListener('input', function () { seekTime(data.start + Number(scrubber.value) * MIN); });
  $('first').addEventListener('click', function () { goStep(-1); });
  $('prev').addEventListener('click', function () { goStep(state.step - 1); });
  $('next').addEventListener('click', function () { goStep(state.step + 1); });
  $('last').addEventListener('click', function () { goStep(entries.length - 1); });
  $('large-type').addEventListener('click', function () { setLarge(!document.documentElement.classList.contains('large')); });
  $('axis-toggle').addEventListener('click', function () { setAxis(state.axis === 'time' ? 'changes' : 'time'); });
  document.addEventListener('keydown', function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    var tag = ev.target && ev.target.tagName;
    if (tag === 'BUTTON' && (ev.key === ' ' || ev.key === 'Enter')) return;
    var hour = 60 * MIN;
    switch (ev.key) {
      case 'ArrowRight': case 'ArrowDown': case 'n': ev.shiftKey ? seekTime(state.time + hour) : goStep(state.step + 1); break;
      case 'ArrowLeft': case 'ArrowUp': case 'p': ev.shiftKey ? seekTime(state.time - hour) : goStep(state.step - 1); break;
      case 'Home': goStep(-1); break;
      case 'End': goStep(entries.length - 1); break;
      case 'l': setLarge(!document.documentElement.classList.contains('large')); break;
      case 'a': setAxis(state.axis === 'time' ? 'changes' : 'time'); break;
      default: return;
    }
    ev.preventDefault();
  });
  window.addEventListener('resize', function () { drawLinks(bodiesNow()); });

  if (/(^|[#&])large\b/.test(location.hash)) document.documentElement.classList.add('large');
  $('large-type').setAttribute('aria-pressed', String(document.documentElement.classList.contains('large')));
  buildLegend();
  buildTimeline();
  buildNarration();
  render(false);
  document.body.setAttribute('data-ready', 'true');
})();
`;
