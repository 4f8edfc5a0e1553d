// "Exit this page": leave at once for a neutral site, without a referrer, replacing this page in
// history. The link works without JavaScript; this adds Shift pressed three times as a shortcut.
(function () {
  "use strict";
  var link = document.getElementById("exit-this-page");
  if (!link) { return; }
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.body.style.visibility = "hidden";
    document.title = "";
    window.location.replace(link.href);
  }
  link.addEventListener("click", leave);
  var presses = [];
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { presses = []; return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 5000; });
    presses.push(now);
    if (presses.length >= 3) { leave(); }
  });
  // Coming back with the back button shows the page again.
  window.addEventListener("pageshow", function () { document.body.style.visibility = ""; presses = []; });
})();
