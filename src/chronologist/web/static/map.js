// The map: the world-atlas outline (no tile server) and one circle per place, sized by events.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el) return;
  var map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 9, attributionControl: false }).setView([20, 10], 2);
  function label(p) {
    var box = document.createElement("div");
    var a = document.createElement("a");
    a.href = "/entities/" + encodeURIComponent(p.id);
    a.textContent = p.name;
    var t = document.createElement("a");
    t.href = "/timeline?factuality=any&entity=" + encodeURIComponent(p.id);
    t.textContent = p.events + " events";
    box.append(a, document.createTextNode(" — "), t);
    return box;
  }
  fetch(el.dataset.world).then(function (r) { return r.json(); }).then(function (world) {
    L.geoJSON(topojson.feature(world, world.objects.countries), {
      interactive: false, style: { color: "#9aa", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 }
    }).addTo(map);
    return fetch(el.dataset.places);
  }).then(function (r) { return r.json(); }).then(function (data) {
    var max = 1;
    data.rows.forEach(function (p) { max = Math.max(max, p.events); });
    data.rows.forEach(function (p) {
      var m = L.circleMarker([p.lat, p.lon], { radius: 4 + 14 * Math.sqrt(p.events / max), color: "#a33",
                                               weight: 1, fillOpacity: 0.55, className: "place" }).addTo(map);
      m.bindPopup(label(p));
      var tip = document.createElement("span");
      tip.textContent = p.name + " (" + p.events + ")";
      m.bindTooltip(tip);
    });
    el.dataset.ready = "1";
  });
})();
