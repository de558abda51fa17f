(function () {
  "use strict";
  var active = [];
  function show(id) {
    var item = document.getElementById("f-" + id);
    if (!item) { return; }
    var panel = item.closest("article").querySelector(".panel");
    var copy = item.cloneNode(true);
    copy.removeAttribute("id");
    var list = document.createElement("ol");
    list.appendChild(copy);
    panel.replaceChildren(list);
    active.forEach(function (mark) { mark.classList.remove("active"); });
    active = Array.prototype.slice.call(document.querySelectorAll('mark[data-f="' + id + '"]'));
    active.forEach(function (mark) { mark.classList.add("active"); });
  }
  document.addEventListener("click", function (event) {
    var mark = event.target.closest("mark.hl");
    if (mark) { show(mark.dataset.f); }
  });
  document.addEventListener("keydown", function (event) {
    var mark = event.target.closest && event.target.closest("mark.hl");
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      show(mark.dataset.f);
    }
  });
  // A link to #finding-FILE-INDEX opens that finding's details, as a click would.
  var wanted = /^#finding-(\d+-\d+)$/.exec(window.location.hash);
  if (wanted) {
    show(wanted[1]);
    if (active.length) { active[0].scrollIntoView({ block: "center" }); }
  }
  var root = document.documentElement;
  root.dataset.ready = "1";
  root.dataset.overflow = String(root.scrollWidth > window.innerWidth + 1);
})();
