// factcheck HTML report: clicking a figure (or a finding) explains it and lights up its
// counterpart in the other version. Reads only the page's own elements; article text is
// never evaluated, only moved as DOM nodes that were escaped when the page was written.
(function () {
  "use strict";
  var panel = document.getElementById("fc-explain");
  var body = document.getElementById("fc-explain-body");
  function clear() {
    var on = document.querySelectorAll(".active");
    for (var i = 0; i < on.length; i++) on[i].classList.remove("active");
  }
  function show(el) {
    var ids = (el.getAttribute("data-f") || "").split(" ").filter(Boolean);
    if (!ids.length) return;
    clear();
    while (body.firstChild) body.removeChild(body.firstChild);
    var list = document.createElement("ol");
    ids.forEach(function (id) {
      var lit = document.querySelectorAll('[data-f~="' + id + '"]');
      for (var i = 0; i < lit.length; i++) lit[i].classList.add("active");
      var item = document.getElementById(id);
      if (item) list.appendChild(item.cloneNode(true)).removeAttribute("id");
    });
    body.appendChild(list);
    panel.classList.add("open");
  }
  document.addEventListener("click", function (e) {
    var el = e.target.closest ? e.target.closest("mark.fig, li.finding") : null;
    if (!el || panel.contains(el)) return;
    show(el);
    if (el.tagName === "LI") {
      var mark = document.querySelector('mark.fig[data-f~="' + el.id + '"]');
      if (mark) mark.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { panel.classList.remove("open"); clear(); }
    if ((e.key === "Enter" || e.key === " ") && e.target.matches && e.target.matches("mark.fig")) {
      e.preventDefault();
      show(e.target);
    }
  });
  document.getElementById("fc-explain-close").addEventListener("click", function () {
    panel.classList.remove("open");
    clear();
  });
  document.documentElement.setAttribute("data-fc-ready", "1");
})();
