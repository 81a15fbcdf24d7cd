// factcheck HTML report. Reads only the page's own elements; article text is never
// evaluated, only moved as DOM nodes that were escaped when the page was written.
// - a flag (list entry) or a highlighted figure: explain it, light its counterpart;
// - chips: show one status (or level) only; "all" shows every flag again;
// - the toggle: show or hide matching and derived figures (hidden at first);
// - keys: j or n next flag, k or p previous, Enter explain, Esc close.
(function () {
  "use strict";
  var panel = document.getElementById("fc-explain");
  var body = document.getElementById("fc-explain-body");
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function ids(el) { return (el.getAttribute("data-f") || "").split(" ").filter(Boolean); }
  function clear() { all(".active").forEach(function (x) { x.classList.remove("active"); }); }
  function itemFor(id) {
    return document.getElementById(id) || all("li.finding").filter(function (li) {
      return ids(li).indexOf(id) >= 0;
    })[0];
  }
  function show(el) {
    var list = ids(el);
    if (!list.length) return;
    clear();
    while (body.firstChild) body.removeChild(body.firstChild);
    var ol = document.createElement("ol"), seen = [];
    list.forEach(function (id) {
      all('[data-f~="' + id + '"]').forEach(function (x) { x.classList.add("active"); });
      var item = itemFor(id);
      if (item && seen.indexOf(item) < 0) {
        seen.push(item);
        var copy = ol.appendChild(item.cloneNode(true));
        copy.removeAttribute("id");
        copy.removeAttribute("tabindex");
      }
    });
    body.appendChild(ol);
    panel.classList.add("open");
  }
  function reveal(li) {
    var first = ids(li)[0];
    var mark = first && document.querySelector('mark.fig[data-f~="' + first + '"]');
    if (mark) mark.scrollIntoView({ block: "center" });
    li.scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("click", function (e) {
    var t = e.target;
    if (!t.closest) return;
    var chip = t.closest("button.chip");
    if (chip) { filter(chip); return; }
    if (t.closest("a")) return; // links move to their figure by themselves
    var el = t.closest("mark.fig, li.finding");
    if (!el || panel.contains(el)) return;
    show(el);
    if (el.tagName === "LI") reveal(el);
  });
  function filter(chip) {
    var key = chip.getAttribute("data-filter");
    all("button.chip").forEach(function (c) { c.setAttribute("aria-pressed", c === chip ? "true" : "false"); });
    all(".shown").forEach(function (x) { x.classList.remove("shown"); });
    document.body.classList.toggle("filtered", !!key);
    if (!key) return;
    if (chip.classList.contains("fine")) setFine(true);
    key.split(" ").forEach(function (k) {  // a status: compare's st-X, check's s-X
      all("li.finding." + k + ", mark.fig." + k).forEach(function (x) { x.classList.add("shown"); });
    });
  }
  var fine = document.getElementById("fc-fine");
  function setFine(on) {
    document.body.classList.toggle("show-fine", on);
    if (fine) {
      fine.setAttribute("aria-pressed", on ? "true" : "false");
      fine.textContent = fine.textContent.replace(/^(show|hide)/, on ? "hide" : "show");
    }
  }
  if (fine) fine.addEventListener("click", function () { setFine(!document.body.classList.contains("show-fine")); });
  function flags() {
    return all("li.finding.flag").filter(function (li) { return li.offsetParent !== null; });
  }
  function step(by) {
    var list = flags();
    if (!list.length) return;
    var at = list.indexOf(document.activeElement);
    var next = list[at < 0 ? (by > 0 ? 0 : list.length - 1) : (at + by + list.length) % list.length];
    next.focus({ preventScroll: true });
    show(next);
    reveal(next);
  }
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || (t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (e.key === "Escape") { panel.classList.remove("open"); clear(); return; }
    if (e.key === "j" || e.key === "n") { e.preventDefault(); step(1); return; }
    if (e.key === "k" || e.key === "p") { e.preventDefault(); step(-1); return; }
    if ((e.key === "Enter" || e.key === " ") && t.matches && t.matches("mark.fig, li.finding")) {
      e.preventDefault();
      show(t);
    }
  });
  document.getElementById("fc-explain-close").addEventListener("click", function () {
    panel.classList.remove("open");
    clear();
  });
  document.documentElement.setAttribute("data-fc-ready", "1");
})();
