// "Exit this page": leave at once for a neutral site, without a referrer, replacing this page in
// history so Back does not return here. The link works without JavaScript; this adds Shift pressed
// three times within five seconds as a shortcut (never Esc, which people press by reflex), with a
// visible and spoken count, and blanks the page before the new one loads.
(function () {
  "use strict";
  var link = document.getElementById("exit-this-page");
  var progress = document.getElementById("exit-progress");
  if (!link) { return; }
  var presses = [];

  function show(count) {
    if (!progress) { return; }
    if (count === 0) {
      progress.hidden = true;
      progress.textContent = "";
      return;
    }
    progress.textContent = (progress.getAttribute("data-template") || "{0}/3").replace("{0}", String(count));
    progress.hidden = false;
  }

  function leave(event) {
    if (event) { event.preventDefault(); }
    document.documentElement.style.visibility = "hidden";
    document.title = "";
    window.location.replace(link.href);
  }

  link.addEventListener("click", leave);
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      presses = [];
      show(0);
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 5000; });
    presses.push(now);
    if (presses.length >= 3) {
      presses = [];
      leave();
    } else {
      show(presses.length);
    }
  });
  // Coming back with the back button (from the browser's cache) shows the page again, reset.
  window.addEventListener("pageshow", function () {
    document.documentElement.style.visibility = "";
    presses = [];
    show(0);
  });
})();
