// The desk's page script: upload, poll the job, show the result, filters, scrolling, marks.
// Document text arrives inside the server's escaped HTML; what this script writes itself
// (file names, marks, notes, errors) goes through textContent, never innerHTML.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var state = { job: null, documents: null, flags: [], marks: {} };

  function show(el, on) { el.classList.toggle('hidden', !on); }

  function listChosen() {
    var ol = $('chosen');
    ol.textContent = '';
    Array.prototype.slice.call($('files').files)
      .sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; })
      .forEach(function (f) {
        var li = document.createElement('li');
        li.textContent = f.name + ' (' + Math.ceil(f.size / 1024) + ' KB)';
        ol.appendChild(li);
      });
  }

  function setupDrop() {
    var drop = $('drop');
    ['dragenter', 'dragover'].forEach(function (t) {
      drop.addEventListener(t, function (ev) { ev.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      drop.addEventListener(t, function () { drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (ev) {
      ev.preventDefault();
      $('files').files = ev.dataTransfer.files;
      listChosen();
    });
    $('files').addEventListener('change', listChosen);
  }

  function fail(message) {
    $('error').textContent = message;
    show($('error'), true);
    show($('progress'), false);
    $('go').disabled = false;
  }

  function submit(ev) {
    ev.preventDefault();
    show($('error'), false);
    $('go').disabled = true;
    $('result').textContent = '';
    show($('exports'), false);
    show($('progress'), true);
    $('stage').textContent = 'uploading…';
    fetch('/api/jobs', { method: 'POST', body: new FormData($('upload')) })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error(body.error || body.detail || ('HTTP ' + r.status));
          return body;
        });
      })
      .then(function (body) { location.hash = 'job=' + body.job; poll(body.job); })
      .catch(function (err) { fail(err.message); });
  }

  function poll(job) {
    state.job = job;
    show($('progress'), true);
    fetch('/api/jobs/' + encodeURIComponent(job))
      .then(function (r) {
        if (!r.ok) throw new Error(r.status === 404 ? 'this result is gone (the server restarted): check again' : 'HTTP ' + r.status);
        return r.json();
      })
      .then(function (st) {
        $('bar').max = st.steps || 1;
        $('bar').value = st.step || 0;
        $('stage').textContent = st.status + ': ' + st.stage;
        if (st.status === 'done') return done(st);
        if (st.status === 'error') return fail(st.error);
        setTimeout(function () { poll(job); }, 300);
      })
      .catch(function (err) { fail(err.message); });
  }

  function done(st) {
    show($('progress'), false);
    $('go').disabled = false;
    state.documents = st.documents;
    state.flags = st.flags;
    state.marks = st.marks || {};
    $('result').innerHTML = st.html;  // escaped by the server (provenance.desk.render)
    ['html', 'json', 'csv'].forEach(function (f) {
      $('export-' + f).href = '/api/jobs/' + encodeURIComponent(st.job) + '/export?format=' + f;
    });
    show($('exports'), true);
    document.querySelectorAll('li.flag').forEach(function (li) {
      var f = state.flags[+li.dataset.flag];
      if (!f) return;
      li.dataset.hop = f.hop[0] + '-' + f.hop[1];
      li.dataset.key = f.key;
      li.appendChild(marker(li, f.key));
    });
    document.querySelectorAll('#filters input').forEach(function (b) {
      b.addEventListener('change', applyFilters);
    });
    applyFilters();
    document.body.classList.add('ready');
  }

  function marker(li, key) {
    var box = document.createElement('span');
    box.className = 'marker no-print';
    var label = document.createElement('span');
    label.className = 'mark-state';
    var note = document.createElement('input');
    note.placeholder = 'note';
    note.className = 'mark-note';
    var fine = document.createElement('button');
    fine.type = 'button'; fine.textContent = 'checked, fine'; fine.className = 'mark-fine';
    var fix = document.createElement('button');
    fix.type = 'button'; fix.textContent = 'needs fixing'; fix.className = 'mark-fix';
    var clear = document.createElement('button');
    clear.type = 'button'; clear.textContent = '×'; clear.title = 'clear the mark'; clear.className = 'mark-clear';
    function paint() {
      var m = state.marks[key];
      label.textContent = m ? (m.status === 'fine' ? '✓ fine' : '✗ needs fixing') : '';
      label.className = 'mark-state' + (m ? ' ' + m.status : '');
      li.classList.toggle('marked-fine', !!m && m.status === 'fine');
      li.classList.toggle('marked-fix', !!m && m.status === 'fix');
      if (m && document.activeElement !== note) note.value = m.note || '';
    }
    function save(status) {
      fetch('/api/marks/' + state.documents, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ flag: key, status: status, note: note.value })
      }).then(function (r) { if (!r.ok) throw new Error('could not save the mark'); return r.json(); })
        .then(function (body) { state.marks = body.marks; paint(); })
        .catch(function (err) { fail(err.message); });
    }
    fine.addEventListener('click', function () { save('fine'); });
    fix.addEventListener('click', function () { save('fix'); });
    clear.addEventListener('click', function () { note.value = ''; save(null); });
    [label, fine, fix, note, clear].forEach(function (el) { box.appendChild(el); });
    paint();
    return box;
  }

  function applyFilters() {
    var nav = $('filters');
    if (!nav) return;
    document.documentElement.style.setProperty('--nav', nav.offsetHeight + 'px');
    var on = { severity: {}, type: {}, hop: {} };
    nav.querySelectorAll('input[data-filter]').forEach(function (b) { on[b.dataset.filter][b.value] = b.checked; });
    var visible = {};
    document.querySelectorAll('li.flag').forEach(function (li) {
      var vis = on.severity[li.dataset.severity] && on.type[li.dataset.type] && on.hop[li.dataset.hop] !== false;
      li.classList.toggle('hidden', !vis);
      if (vis) visible[li.dataset.flag] = true;
    });
    document.querySelectorAll('.row-flags a[data-flag]').forEach(function (a) { a.classList.toggle('hidden', !visible[a.dataset.flag]); });
    document.querySelectorAll('mark[data-flags]').forEach(function (m) {
      m.classList.toggle('off', !m.dataset.flags.split(' ').some(function (i) { return visible[i]; }));
    });
    var only = $('only-flagged');
    document.querySelectorAll('tr.row').forEach(function (tr) {
      var ids = tr.dataset.flags ? tr.dataset.flags.split(' ') : [];
      tr.classList.toggle('hidden', !!only && only.checked && !ids.some(function (i) { return visible[i]; }));
    });
  }

  document.addEventListener('click', function (ev) {
    var a = ev.target.closest && ev.target.closest('a.flag-link,a.row-link');
    if (!a) return;
    var row = $('row-' + (a.dataset.row || a.getAttribute('href').slice(5)));
    if (!row) return;
    ev.preventDefault();
    row.classList.remove('hidden');
    document.querySelectorAll('tr.row.target').forEach(function (t) { t.classList.remove('target'); });
    row.classList.add('target');
    row.scrollIntoView({ block: 'center' });
  });

  window.addEventListener('resize', applyFilters);
  document.addEventListener('DOMContentLoaded', function () {
    setupDrop();
    $('upload').addEventListener('submit', submit);
    var m = /job=([\w-]+)/.exec(location.hash);
    if (m) poll(m[1]);
  });
})();
