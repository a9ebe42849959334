// The document reader: a link #START-END (character offsets, end exclusive) scrolls to and
// highlights that span; offsets count code points like Python, so surrogate pairs are handled.
(function () {
  "use strict";
  var root = document.getElementById("text");
  if (!root) return;

  function units(str, codepoints) {
    var i = 0, n = 0;
    while (n < codepoints && i < str.length) {
      var c = str.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      n++;
    }
    return i;
  }
  function split(seg, at) {
    var s = +seg.dataset.s, t = seg.textContent, u = units(t, at - s);
    var right = seg.cloneNode(false);
    right.textContent = t.slice(u);
    seg.textContent = t.slice(0, u);
    seg.dataset.e = at;
    right.dataset.s = at;
    seg.after(right);
  }
  function cutAt(pos) {
    var segs = root.querySelectorAll("span[data-s]");
    for (var i = 0; i < segs.length; i++) {
      var s = +segs[i].dataset.s, e = +segs[i].dataset.e;
      if (s < pos && pos < e) { split(segs[i], pos); return; }
    }
  }
  function highlight() {
    root.querySelectorAll(".target").forEach(function (x) { x.classList.remove("target"); });
    var m = /^#(\d+)-(\d+)$/.exec(location.hash);
    if (!m) return;
    var a = +m[1], b = +m[2];
    if (b <= a) return;
    cutAt(a);
    cutAt(b);
    var first = null;
    root.querySelectorAll("span[data-s]").forEach(function (seg) {
      if (+seg.dataset.s >= a && +seg.dataset.e <= b) {
        seg.classList.add("target");
        first = first || seg;
      }
    });
    if (first) {
      first.scrollIntoView({ block: "center" });
      root.dataset.target = a + "-" + b;
    }
  }
  root.addEventListener("click", function (ev) {
    var seg = ev.target.closest("span[data-entity]");
    if (seg && !window.getSelection().toString()) location.href = "/entities/" + encodeURIComponent(seg.dataset.entity);
  });
  window.addEventListener("hashchange", highlight);
  highlight();
})();
