// Dark-mode toggle. Without JavaScript the page follows prefers-color-scheme; with it, a button
// appears that pins light or dark via data-theme on <html>, remembered in localStorage.
(function () {
  var KEY = "okrsite-theme";
  var root = document.documentElement;
  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function apply(theme) {
    if (theme === "dark" || theme === "light") root.setAttribute("data-theme", theme);
  }
  apply(stored());
  function isDark() {
    var t = root.getAttribute("data-theme");
    if (t) return t === "dark";
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("theme-toggle");
    if (!button) return;
    function label() {
      var dark = isDark();
      button.textContent = dark ? "Light mode" : "Dark mode";
      button.setAttribute("aria-pressed", dark ? "true" : "false");
    }
    button.hidden = false;
    label();
    button.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      apply(next);
      try { localStorage.setItem(KEY, next); } catch (e) { /* private mode: not remembered */ }
      label();
    });
  });
})();
