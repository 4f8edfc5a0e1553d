// Names each of PrimeFaces' per-file progress bars after its file, so a screen reader says whose
// progress it is (PrimeFaces renders them without an accessible name). An external file, so the
// studio's strict CSP holds.
(function () {
  'use strict';
  function label(root) {
    var form = document.querySelector('[data-progress-label]');
    var words = form ? form.getAttribute('data-progress-label') : 'Upload progress';
    root.querySelectorAll('.ui-fileupload .ui-progressbar').forEach(function (bar) {
      if (bar.getAttribute('aria-label')) {
        return;
      }
      var row = bar.closest('.ui-fileupload-row');
      var name = row ? row.querySelector('.ui-fileupload-filename') : null;
      bar.setAttribute('aria-label', words + (name ? ': ' + name.textContent.trim() : ''));
    });
  }
  function start() {
    label(document);
    new MutationObserver(function () { label(document); }).observe(document.body, {childList: true, subtree: true});
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
