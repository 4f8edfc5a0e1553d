/*
 * The story editor's helpers, loaded as a file (the studio's policy forbids inline script):
 * a live preview rendered by the server's own sanitizing renderer, autosave of drafts every
 * 30 seconds while something changed, and a copy button for private review links.
 * Without JavaScript the editor still works: preview on save, saving by hand.
 */
(function () {
  'use strict';

  function byId(id) { return document.getElementById(id); }

  function post(url, type, body) {
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': type, 'Accept': 'application/json, text/html' }, body: body });
  }

  function livePreview(body) {
    var target = byId(body.getAttribute('data-preview'));
    var timer = null;
    if (!target) { return; }
    body.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        post('/api/v1/studio/stories/preview', 'text/plain; charset=utf-8', body.value)
          .then(function (r) { return r.ok ? r.text() : null; })
          .then(function (html) { if (html !== null) { target.innerHTML = html; } })
          .catch(function () { /* the preview catches up on save */ });
      }, 400);
    });
  }

  function checked(form, name) {
    return Array.prototype.map.call(form.querySelectorAll('input[name="' + name + '"]:checked'), function (i) { return i.value; });
  }

  function value(form, name) {
    var field = form.elements[name];
    return field && field.value !== '' ? field.value : null;
  }

  function storyJson(form) {
    return JSON.stringify({
      project: value(form, 'editor:project'), campaign: value(form, 'editor:campaign'), lang: value(form, 'editor:lang'),
      title: value(form, 'editor:title') || '', summary: value(form, 'editor:summary') || '', body: value(form, 'editor:body') || '',
      audiences: checked(form, 'editor:audiences'), topics: checked(form, 'editor:topics'), contentNotes: checked(form, 'editor:notes'),
      kind: value(form, 'editor:kind'),
      attribution: { type: value(form, 'editor:attribution'), name: value(form, 'editor:attributionName') },
      consent: value(form, 'editor:consent'), version: Number(value(form, 'editor:version'))
    });
  }

  function autosave(form) {
    var url = form.getAttribute('data-autosave');
    var status = byId('autosave-status');
    var dirty = false;
    var stopped = false;
    if (!url || !status) { return; }
    form.addEventListener('input', function () { dirty = true; });
    form.addEventListener('change', function () { dirty = true; });
    form.addEventListener('submit', function () { stopped = true; });
    setInterval(function () {
      if (!dirty || stopped) { return; }
      dirty = false;
      post(url, 'application/json', storyJson(form)).then(function (r) {
        if (r.ok) {
          return r.json().then(function (saved) {
            byId('editor:version').value = saved.version;
            status.textContent = status.getAttribute('data-saved') + ' ' + new Date().toLocaleTimeString();
          });
        }
        if (r.status === 409) {
          stopped = true;
          status.textContent = status.getAttribute('data-conflict');
        } else {
          dirty = true;
          status.textContent = status.getAttribute('data-failed');
        }
      }).catch(function () { dirty = true; });
    }, Math.max(1000, Number(form.getAttribute('data-autosave-every')) || 30000));
  }

  function copyButtons() {
    Array.prototype.forEach.call(document.querySelectorAll('button.copy[data-copy]'), function (button) {
      var source = byId(button.getAttribute('data-copy'));
      if (!source || !navigator.clipboard) { return; }
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(source.value).then(function () { button.textContent = button.getAttribute('data-done') || button.textContent; });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = byId('editor');
    var body = byId('editor:body');
    if (body) { livePreview(body); }
    if (form) { autosave(form); }
    copyButtons();
  });
}());
