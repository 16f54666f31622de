// Search as you type over the list the search page already holds (built from
// data/search-index.json at build time), so it also works from file:// where fetch is blocked.
// Without JavaScript the full list stays visible and the browser's find-in-page does the job.
(function () {
  function words(s) {
    return s.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var input = document.getElementById("q");
    var list = document.getElementById("search-list");
    var status = document.getElementById("search-status");
    if (!input || !list) return;
    var items = Array.prototype.slice.call(list.getElementsByTagName("li"));
    var texts = items.map(function (li) { return li.textContent.toLowerCase(); });
    function run() {
      var q = words(input.value);
      var shown = 0;
      items.forEach(function (li, i) {
        var hit = q.every(function (w) { return texts[i].indexOf(w) >= 0; });
        li.classList.toggle("hidden", !hit);
        if (hit) shown++;
      });
      if (status) status.textContent = q.length === 0 ? items.length + " entries." : shown + " of " + items.length + " entries match.";
    }
    var params = new URLSearchParams(window.location.search);
    if (params.get("q")) input.value = params.get("q");
    input.addEventListener("input", run);
    run();
  });
})();
