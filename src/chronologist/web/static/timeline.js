// The zoomable timeline: items from /timeline.json when few enough, counts per bucket otherwise.
// Data arrives as JSON and becomes DOM text (textContent), never HTML.
(function () {
  "use strict";
  var MAX = 500;

  function day(y, m, d) {
    var t = new Date(Date.UTC(2000, 0, 1));
    t.setUTCFullYear(y, m - 1, d);
    return t;
  }
  function parseDay(s) {
    var m = /^(-?)(\d+)-(\d\d)-(\d\d)$/.exec(s || "");
    return m ? day((m[1] ? -1 : 1) * parseInt(m[2], 10), parseInt(m[3], 10), parseInt(m[4], 10)) : null;
  }
  function pad(n, w) { var s = String(Math.abs(n)); while (s.length < w) s = "0" + s; return s; }
  function isoOf(t) {
    var y = t.getUTCFullYear();
    return (y < 0 ? "-" : "") + pad(y, 4) + "-" + pad(t.getUTCMonth() + 1, 2) + "-" + pad(t.getUTCDate(), 2);
  }
  function era(y) { return y <= 0 ? (1 - y) + " BCE" : String(y); }
  function withParams(url, extra) {
    var u = new URL(url, location.href);
    Object.keys(extra).forEach(function (k) { u.searchParams.set(k, extra[k]); });
    return u.pathname + u.search;
  }
  function text(tag, cls, value) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    e.textContent = value;
    return e;
  }

  function init() {
    var el = document.getElementById("timeline");
    if (!el || el.dataset.ready) return;
    el.dataset.ready = "loading";
    var items = new vis.DataSet();
    var timeline = new vis.Timeline(el, items, {
      stack: true, maxHeight: 460, minHeight: 220, zoomMin: 1000 * 60 * 60 * 24 * 7,
      zoomMax: 1000 * 60 * 60 * 24 * 365.25 * 4000, showCurrentTime: false, selectable: true,
      // crowded stretches collapse into counted clusters; zooming in opens them
      cluster: { maxItems: 4, fitOnDoubleClick: true, showStipes: false,
                 titleTemplate: "{count} events: zoom in or double-click" },
      format: {
        minorLabels: function (date, scale) {
          if (scale === "year") return era(date.year());
          if (scale === "month") return date.format("MMM");
          if (scale === "day" || scale === "weekday" || scale === "week") return date.format("D");
          return date.format("HH:mm");
        },
        majorLabels: function (date, scale) {
          if (scale === "year") return "";
          if (scale === "month") return era(date.year());
          return date.format("MMMM") + " " + era(date.year());
        }
      }
    });
    var bucketed = false;

    function eventItem(r) {
      var start = parseDay(r.earliest), end = parseDay(r.latest);
      var box = text("span", "tl-item", r.summary);
      box.title = (r.when || "") + " — " + r.summary + " (" + r.sources + " source" + (r.sources === 1 ? "" : "s") + ")";
      var item = { id: r.id, start: start, content: box, className: "cat-" + r.category + " fact-" + r.factuality };
      if (end && start && end.getTime() > start.getTime()) {
        item.end = new Date(end.getTime() + 864e5);
        item.type = "range";
        item.className += " uncertain";
      } else {
        item.type = "box";
      }
      return item;
    }

    function bucketItem(b, i) {
      var start = day(b.start[0], b.start[1], 1), end = day(b.end[0], b.end[1], 1);
      return { id: "bucket-" + i, start: start, end: end, type: "range", className: "bucket",
               content: text("span", "tl-bucket", b.n + " events") };
    }

    function unitFor(w) {
      var years = (w.end - w.start) / (864e5 * 365.25);
      return years > 600 ? "century" : years > 60 ? "decade" : years > 5 ? "year" : "month";
    }

    function load(w) {
      el.dataset.ready = "loading";
      var range = { from: isoOf(w.start), to: isoOf(w.end) };
      fetch(withParams(el.dataset.items, range)).then(function (r) { return r.json(); }).then(function (data) {
        if (data.total <= MAX) {
          bucketed = false;
          items.clear();
          items.add(data.rows.filter(function (r) { return r.earliest; }).map(eventItem));
        } else {
          var url = withParams(el.dataset.buckets, Object.assign({ unit: unitFor(w) }, range));
          return fetch(url).then(function (r) { return r.json(); }).then(function (b) {
            bucketed = true;
            items.clear();
            items.add(b.rows.map(bucketItem));
          });
        }
      }).then(function () { el.dataset.ready = "1"; });
    }

    fetch(el.dataset.items).then(function (r) { return r.json(); }).then(function (data) {
      if (data.total <= MAX) {
        items.add(data.rows.filter(function (r) { return r.earliest; }).map(eventItem));
        if (items.length) timeline.fit({ animation: false });
        el.dataset.ready = "1";
        return;
      }
      return fetch(withParams(el.dataset.buckets, { unit: "century" })).then(function (r) { return r.json(); })
        .then(function (b) {
          if (!b.rows.length) { el.dataset.ready = "1"; return; }
          var first = b.rows[0].start, last = b.rows[b.rows.length - 1].end;
          timeline.setWindow(day(first[0], 1, 1), day(last[0], 1, 1), { animation: false });
          load(timeline.getWindow());
          timeline.on("rangechanged", function (p) { if (p.byUser) load(p); });
        });
    });

    timeline.on("select", function (p) {
      var id = p.items[0];
      if (!id) return;
      var it = items.get(id);
      if (!it) return;  // a vis-timeline cluster, not one of ours: its double-click zooms in
      if (String(id).indexOf("bucket-") === 0) {
        timeline.setWindow(it.start, it.end);
        load({ start: it.start, end: it.end });
        return;
      }
      htmx.ajax("GET", "/events/" + encodeURIComponent(id), { target: "#panel", swap: "innerHTML" });
    });
  }

  document.addEventListener("DOMContentLoaded", init);
  document.body.addEventListener("htmx:afterSettle", init);
  if (document.readyState !== "loading") init();
})();
