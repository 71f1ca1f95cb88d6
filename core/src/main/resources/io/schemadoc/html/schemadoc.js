// schemadoc site script: search over tables, columns, routines and comments, and keyboard access.
// The index is a script of the site (search-index.js), loaded on first use: pages opened from file://
// may load a script but not fetch JSON. Results are built with textContent only, never as HTML.
(function () {
  'use strict';
  var root = document.body.getAttribute('data-root') || '';
  var input = document.getElementById('q');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!input || !list) {
    return;
  }
  var MAX = 50;
  var state = 'idle';
  var waiting = [];
  var entries = [];

  function load(then) {
    if (state === 'ready') {
      then();
      return;
    }
    waiting.push(then);
    if (state === 'loading') {
      return;
    }
    state = 'loading';
    var s = document.createElement('script');
    s.src = root + 'search-index.js';
    s.onload = function () {
      prepare(window.SCHEMADOC_SEARCH || []);
      state = 'ready';
      var run = waiting;
      waiting = [];
      run.forEach(function (f) { f(); });
    };
    s.onerror = function () {
      state = 'idle';
      status.textContent = 'The search index could not be loaded.';
    };
    document.head.appendChild(s);
  }

  function prepare(raw) {
    entries = new Array(raw.length);
    for (var i = 0; i < raw.length; i++) {
      var e = raw[i];
      var key = e[1].toLowerCase();
      var dot = key.lastIndexOf('.');
      var paren = key.indexOf('(');
      var shortName = e[0] === 'routine' ? key.slice(key.lastIndexOf('.', paren < 0 ? key.length : paren) + 1, paren < 0 ? key.length : paren) : key.slice(dot + 1);
      entries[i] = { kind: e[0], name: e[1], href: e[2], detail: e[3], key: key, shortName: shortName, text: key + ' ' + e[3].toLowerCase() };
    }
  }

  var KIND_RANK = { table: 0, view: 0, routine: 1, column: 2 };

  function score(e, q, terms) {
    for (var t = 0; t < terms.length; t++) {
      if (e.text.indexOf(terms[t]) < 0) {
        return -1;
      }
    }
    var rank = KIND_RANK[e.kind] || 0;
    if (e.shortName === q || e.key === q) {
      return 100 - rank;
    }
    if (e.shortName.indexOf(q) === 0) {
      return 80 - rank;
    }
    if (e.key.indexOf(q) >= 0) {
      return 60 - rank;
    }
    return 20 - rank;
  }

  function clear() {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
  }

  function search() {
    var q = input.value.trim().toLowerCase();
    clear();
    if (!q) {
      list.hidden = true;
      status.textContent = '';
      return;
    }
    var terms = q.split(/\s+/);
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var s = score(entries[i], q, terms);
      if (s >= 0) {
        hits.push([s, i]);
      }
    }
    hits.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
    var shown = Math.min(hits.length, MAX);
    for (var h = 0; h < shown; h++) {
      var e = entries[hits[h][1]];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + e.href;
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = e.kind;
      var name = document.createElement('span');
      name.className = 'name';
      name.textContent = e.name;
      a.appendChild(kind);
      a.appendChild(name);
      if (e.detail) {
        var detail = document.createElement('span');
        detail.className = 'detail';
        detail.textContent = e.detail;
        a.appendChild(detail);
      }
      li.appendChild(a);
      list.appendChild(li);
    }
    if (hits.length === 0) {
      var none = document.createElement('li');
      none.className = 'none';
      none.textContent = 'Nothing matches.';
      list.appendChild(none);
    }
    list.hidden = false;
    status.textContent = hits.length + (hits.length === 1 ? ' result' : ' results') + (hits.length > MAX ? ', the first ' + MAX + ' shown' : '');
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll('a'));
  }

  input.addEventListener('input', function () { load(search); });
  input.addEventListener('focus', function () { load(function () {}); });
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') {
      input.value = '';
      search();
    } else if (ev.key === 'ArrowDown') {
      var first = links()[0];
      if (first) {
        ev.preventDefault();
        first.focus();
      }
    } else if (ev.key === 'Enter') {
      var top = links()[0];
      if (top) {
        ev.preventDefault();
        window.location.href = top.href;
      }
    }
  });
  list.addEventListener('keydown', function (ev) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (ev.key === 'ArrowDown' && at >= 0 && at + 1 < all.length) {
      ev.preventDefault();
      all[at + 1].focus();
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (at > 0) {
        all[at - 1].focus();
      } else {
        input.focus();
      }
    } else if (ev.key === 'Escape') {
      input.focus();
    }
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key !== '/' || ev.ctrlKey || ev.metaKey || ev.altKey) {
      return;
    }
    var t = ev.target;
    var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
    if (!typing) {
      ev.preventDefault();
      input.focus();
      input.select();
    }
  });
})();
