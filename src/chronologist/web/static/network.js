// The actor network: nodes are actors sized by their events, edges the events they share.
(function () {
  "use strict";
  var el = document.getElementById("network");
  if (!el) return;
  var status = document.createElement("p");
  status.className = "hint";
  el.after(status);
  fetch(el.dataset.graph).then(function (r) { return r.json(); }).then(function (data) {
    var ids = {}, maxN = 2, maxW = 2;
    data.nodes.forEach(function (n) { ids[n.id] = true; maxN = Math.max(maxN, n.events); });
    var edges = data.rows.filter(function (e) { return ids[e.source] && ids[e.target]; });
    edges.forEach(function (e) { maxW = Math.max(maxW, e.events); });
    var elements = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.name, events: n.events, type: n.type } };
    }).concat(edges.map(function (e) {
      return { data: { id: e.source + "|" + e.target, source: e.source, target: e.target, weight: e.events,
                       first: e.first, last: e.last, sample: e.sample_event } };
    }));
    var cy = cytoscape({
      container: el, elements: elements, wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 9, "background-color": "#2a6f97",
          width: "mapData(events, 1, " + maxN + ", 10, 44)", height: "mapData(events, 1, " + maxN + ", 10, 44)" } },
        { selector: "node[type = 'ORG']", style: { "background-color": "#a05a2c", shape: "round-rectangle" } },
        { selector: "edge", style: { "line-color": "#b9c4cc", "curve-style": "haystack",
          width: "mapData(weight, 1, " + maxW + ", 1, 8)" } }
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 8000 }
    });
    cy.on("tap", "node", function (e) { location.href = "/entities/" + encodeURIComponent(e.target.id()); });
    cy.on("tap", "edge", function (e) { location.href = "/events/" + encodeURIComponent(e.target.data("sample")); });
    cy.on("mouseover", "edge", function (e) {
      var d = e.target.data();
      status.textContent = d.weight + " shared events, " + (d.first || "?") + " to " + (d.last || "?");
    });
    el.dataset.ready = "1";
  });
})();
