"""export --format gexf / graphml: the actor network (actors linked by shared events, edges dated).

Written with xml.etree (no third-party writer); Gephi, networkx and yEd read both.  Edge ``start``
and ``end`` are the ISO days (astronomical years) of the first and last shared event.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from chronologist.export.common import actor_graph, target

GEXF_NS = "http://gexf.net/1.3"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


def gexf(store) -> ET.ElementTree:
    nodes, edges = actor_graph(store)
    ET.register_namespace("", GEXF_NS)
    root = ET.Element(f"{{{GEXF_NS}}}gexf", {"version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "chronologist"
    ET.SubElement(meta, "description").text = "Actors linked by the events they share"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "undirected", "mode": "dynamic", "timeformat": "date"})
    nattrs = ET.SubElement(graph, "attributes", {"class": "node"})
    for i, (name, typ) in enumerate([("type", "string"), ("country", "string"), ("events", "integer"),
                                     ("mentions", "integer")]):
        ET.SubElement(nattrs, "attribute", {"id": str(i), "title": name, "type": typ})
    eattrs = ET.SubElement(graph, "attributes", {"class": "edge"})
    ET.SubElement(eattrs, "attribute", {"id": "0", "title": "events", "type": "string"})
    ET.SubElement(eattrs, "attribute", {"id": "1", "title": "first", "type": "string"})
    ET.SubElement(eattrs, "attribute", {"id": "2", "title": "last", "type": "string"})
    xn = ET.SubElement(graph, "nodes")
    for n in nodes:
        node = ET.SubElement(xn, "node", {"id": n["id"], "label": n["name"]})
        av = ET.SubElement(node, "attvalues")
        for i, key in enumerate(("type", "country", "events", "mentions")):
            if n.get(key) is not None:
                ET.SubElement(av, "attvalue", {"for": str(i), "value": str(n[key])})
    xe = ET.SubElement(graph, "edges")
    for k, e in enumerate(edges):
        attrs = {"id": str(k), "source": e["source"], "target": e["target"], "weight": str(len(e["events"]))}
        edge = ET.SubElement(xe, "edge", attrs)
        av = ET.SubElement(edge, "attvalues")
        ET.SubElement(av, "attvalue", {"for": "0", "value": " ".join(e["events"])})
        if e["start"]:
            ET.SubElement(av, "attvalue", {"for": "1", "value": e["start"]})
            ET.SubElement(av, "attvalue", {"for": "2", "value": e["end"]})
            # a dated edge lives from its first to its last shared event (Gephi's timeline filter)
            spells = ET.SubElement(edge, "spells")
            ET.SubElement(spells, "spell", {"start": e["start"], "end": e["end"]})
    return ET.ElementTree(root)


def graphml(store) -> ET.ElementTree:
    nodes, edges = actor_graph(store)
    ET.register_namespace("", GRAPHML_NS)
    q = lambda tag: f"{{{GRAPHML_NS}}}{tag}"  # noqa: E731
    root = ET.Element(q("graphml"))
    keys = [("label", "node", "string"), ("type", "node", "string"), ("country", "node", "string"),
            ("events", "node", "int"), ("weight", "edge", "int"), ("events_list", "edge", "string"),
            ("start", "edge", "string"), ("end", "edge", "string")]
    for name, where, typ in keys:
        ET.SubElement(root, q("key"), {"id": f"{where[0]}_{name}", "for": where, "attr.name": name,
                                        "attr.type": typ})
    graph = ET.SubElement(root, q("graph"), {"id": "actors", "edgedefault": "undirected"})
    for n in nodes:
        node = ET.SubElement(graph, q("node"), {"id": n["id"]})
        for key, value in (("label", n["name"]), ("type", n["type"]), ("country", n.get("country")),
                           ("events", n["events"])):
            if value is not None:
                ET.SubElement(node, q("data"), {"key": f"n_{key}"}).text = str(value)
    for k, e in enumerate(edges):
        edge = ET.SubElement(graph, q("edge"), {"id": f"e{k}", "source": e["source"], "target": e["target"]})
        for key, value in (("weight", len(e["events"])), ("events_list", " ".join(e["events"])),
                           ("start", e["start"]), ("end", e["end"])):
            if value is not None:
                ET.SubElement(edge, q("data"), {"key": f"e_{key}"}).text = str(value)
    return ET.ElementTree(root)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def export_gexf(store, out: Path) -> list[Path]:
    path = target(out, "actors.gexf", (".gexf",))
    _write(gexf(store), path)
    return [path]


def export_graphml(store, out: Path) -> list[Path]:
    path = target(out, "actors.graphml", (".graphml",))
    _write(graphml(store), path)
    return [path]
