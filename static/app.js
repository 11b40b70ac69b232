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
  }

  if (d.readyState === 'loading') {
    d.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
