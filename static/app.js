/* pmi — progressive enhancement only; every page works without this file. */
(function () {
  'use strict';
  var d = document;

  function each(sel, fn) {
    Array.prototype.forEach.call(d.querySelectorAll(sel), fn);
  }

  function init() {
    // (a) Move focus to the error summary so it is announced and visible.
    var errors = d.getElementById('form-errors');
    if (errors) { errors.focus(); }

    // (b) Ask before destructive submissions.
    each('form[data-confirm]', function (form) {
      form.addEventListener('submit', function (ev) {
        if (!window.confirm(form.dataset.confirm)) { ev.preventDefault(); }
      });
    });

    // (c) Show/hide toggle for password fields.
    each('input[type=password][data-reveal]', function (input) {
      var b = d.createElement('button');
      b.type = 'button';
      b.className = 'link';
      b.textContent = input.getAttribute('data-reveal');
      b.setAttribute('aria-pressed', 'false');
      if (input.id) { b.setAttribute('aria-controls', input.id); }
      b.addEventListener('click', function () {
        var show = input.type === 'password';
        input.type = show ? 'text' : 'password';
        b.setAttribute('aria-pressed', show ? 'true' : 'false');
      });
      input.parentNode.insertBefore(b, input.nextSibling);
    });

    // (d) Drafts save themselves a moment after the last keystroke; the server answers
    // with the new version, which the next save sends back.
    each('form[data-autosave]', function (form) {
      var timer = null;
      var status = form.querySelector('[data-autosave-status]');
      var version = form.querySelector('[data-version]');
      function save() {
        var body = new URLSearchParams(new FormData(form));
        fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin',
          headers: { 'X-Autosave': '1', 'Accept': 'application/json' } })
          .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
          .then(function (reply) {
            if (reply.ok) { version.value = reply.json.version; }
            if (status) { status.textContent = reply.ok ? reply.json.message : reply.json.error.message; }
          })
          .catch(function () { /* offline: the Save button still works */ });
      }
      form.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(save, 1500);
      });
    });
  }

  if (d.readyState === 'loading') {
    d.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
