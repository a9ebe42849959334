"""Each export is read back by a parser of its format, and its citations point at the stored text."""
from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest


def texts(store) -> dict[str, str]:
    return {r["doc_id"]: r["text"] for r in store.rows("SELECT doc_id, text FROM texts")}


def test_registry_lists_every_format():
    from chronologist.export import FORMATS
    assert {"annotations", "csv", "jsonld", "timelinejs", "gexf", "graphml", "webannotation", "timeml",
            "plover"} <= set(FORMATS)


def test_unknown_format_is_a_usage_error(store, tmp_path):
    from chronologist.errors import UsageError
    from chronologist.export import export
    with pytest.raises(UsageError):
        export(store, "docx", tmp_path)


def test_csv_one_file_per_table_round_trips(run, store):
    written = run("csv")
    names = {p.stem for p in written}
    assert {"documents", "texts", "spans", "entities", "events", "event_sources", "conflicts"} <= names
    for p in written:
        with p.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        table = p.stem
        assert len(rows) - 1 == store.scalar(f"SELECT COUNT(*) FROM {table}"), table
    with (written[0].parent / "texts.csv").open(encoding="utf-8", newline="") as fh:
        by_id = {r["doc_id"]: r["text"] for r in csv.DictReader(fh)}
    assert by_id == texts(store)  # text (with markup and newlines) survives exactly


def _loader():
    from chronologist.export.jsonld_context import document_loader
    return document_loader


def test_jsonld_expands_offline_with_every_term_mapped(run, store):
    from pyld import jsonld
    doc = json.loads(run("jsonld")[0].read_text(encoding="utf-8"))
    assert doc["@context"][0] == "https://schema.org/"
    expanded = jsonld.expand(doc, {"documentLoader": _loader()})
    assert len(expanded) == len(doc["@graph"])
    types = {t for node in expanded for t in node["@type"]}
    for t in ("Event", "Person", "Organization", "Place", "Quotation", "Claim", "Article"):
        assert f"https://schema.org/{t}" in types, t
    for node, original in zip(expanded, doc["@graph"]):
        # nothing silently dropped: every key the export wrote expanded to an IRI
        assert len(node) == len(original), (original, node)
        assert all(k.startswith(("@", "https://schema.org/", "urn:chronologist:vocab#")) for k in node)
    quote = next(n for n in doc["@graph"] if n["type"] == "Quotation")
    doc_id = quote["isPartOf"].rsplit(":", 1)[1]
    assert texts(store)[doc_id][quote["startOffset"]:quote["endOffset"]] == quote["text"]


def test_jsonld_loader_never_fetches():
    with pytest.raises(ValueError):
        _loader()("https://example.org/context.jsonld")


def test_timelinejs_shape(run, store):
    data = json.loads(run("timelinejs")[0].read_text(encoding="utf-8"))
    assert set(data) >= {"title", "events"} and data["events"]
    assert isinstance(data["title"]["text"]["headline"], str)
    for e in data["events"]:
        sd = e["start_date"]
        assert isinstance(sd["year"], int) and set(sd) <= {"year", "month", "day", "display_date"}
        if "month" in sd:
            assert 1 <= sd["month"] <= 12
        if "day" in sd:
            assert "month" in sd and 1 <= sd["day"] <= 31
        if sd["year"] < 1:
            assert sd["display_date"].endswith("BCE")
        assert set(e["text"]) == {"headline", "text"} and "<cite>" in e["text"]["text"]
        if "end_date" in e:
            assert isinstance(e["end_date"]["year"], int) and e["end_date"]["year"] >= sd["year"]
    assert any(e["start_date"]["year"] < 1 for e in data["events"])


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_graphs_read_by_networkx_with_dated_edges(run, store, fmt):
    path = run(fmt)[0]
    g = nx.read_gexf(path, version="1.3") if fmt == "gexf" else nx.read_graphml(path)
    events = store.scalar("SELECT COUNT(DISTINCT entity_id) FROM event_entities WHERE role IN ('actor', 'target')")
    assert g.number_of_nodes() == events and g.number_of_edges() > 0
    names = {n: d["label"] for n, d in g.nodes(data=True)}
    assert any("<img" in v for v in names.values())  # stored as data, escaped by the XML writer
    for _, _, d in g.edges(data=True):
        first, last = (d["first"], d["last"]) if fmt == "gexf" else (d["start"], d["end"])
        assert first <= last or first.startswith("-")
        assert d["weight"] >= 1


def test_webannotation_selectors_match_text(run, store):
    import hashlib
    data = json.loads(run("webannotation")[0].read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and "http://www.w3.org/ns/anno.jsonld" in data["@context"]
    by_sha = {hashlib.sha256(t.encode("utf-8")).hexdigest(): t for t in texts(store).values()}
    items = data["first"]["items"]
    assert len(items) == store.scalar("SELECT COUNT(*) FROM spans WHERE kind IN "
                                      "('timex', 'mention', 'quote', 'claim', 'event')")
    for a in items:
        assert a["type"] == "Annotation" and a["target"]["source"].startswith("urn:sha256:")
        text = by_sha[a["target"]["source"].split(":")[-1]]
        quote, pos = a["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and pos["type"] == "TextPositionSelector"
        assert text[pos["start"]:pos["end"]] == quote["exact"]
        assert text[:pos["start"]].endswith(quote["prefix"]) and text[pos["end"]:].startswith(quote["suffix"])
        assert all(b["type"] == "TextualBody" and b["format"] == "text/plain" for b in a["body"])


def test_webannotation_expands_as_json_ld():
    pytest.importorskip("pyld")  # the W3C context is remote: check the structure with a local stand-in
    from pyld import jsonld
    anno_ctx = {"@context": {"id": "@id", "type": "@type", "Annotation": "http://www.w3.org/ns/oa#Annotation"}}
    doc = {"@context": anno_ctx["@context"], "id": "urn:x", "type": "Annotation"}
    assert jsonld.expand(doc)[0]["@type"] == ["http://www.w3.org/ns/oa#Annotation"]


def test_timeml_well_formed_with_matching_offsets(run, store):
    from chronologist.time.timeml import read_tml
    written = run("timeml")
    assert len(written) == store.scalar("SELECT COUNT(*) FROM documents")
    stored = texts(store)
    for path in written:
        root = ET.parse(path).getroot()  # well-formed XML, even with markup in the text
        doc_id = root.findtext("DOCID")
        text, dct, timex = read_tml(path)
        assert text == stored[doc_id]
        want = store.rows("SELECT char_start, char_end, value FROM spans WHERE doc_id = ? AND kind = 'timex' "
                          "ORDER BY char_start", (doc_id,))
        assert [(t.start, t.end, t.value) for t in timex] == [(w["char_start"], w["char_end"], w["value"]) for w in want]
        assert all(text[t.start:t.end] == t.text for t in timex)


def test_timeml_file_names_stay_in_the_folder():
    from chronologist.export.common import safe_name
    taken: set[str] = set()
    first, second = safe_name("../../etc/passwd", taken), safe_name("../../etc/passwd", taken)
    assert "/" not in first and not first.startswith(".") and second == first + "_2"
    assert "/" not in safe_name("a/b", taken) and safe_name("...", taken) == "document"


def test_plover_jsonl_records_with_source_sentence(run, store):
    lines = run("plover")[0].read_text(encoding="utf-8").splitlines()
    assert len(lines) == store.scalar("SELECT COUNT(*) FROM events")
    stored = texts(store)
    for line in lines:
        rec = json.loads(line)
        assert rec["event_id"] and rec["event_type"] and rec["source_sentence"]
        src = rec["source"]
        assert stored[src["doc"]][src["start"]:src["end"]] == rec["source_sentence"]
        assert isinstance(rec["actor"], list) and rec["sources"]


def test_annotations_export_still_works(run):
    data = json.loads(run("annotations")[0].read_text(encoding="utf-8"))
    assert data["format"] == "chronologist.annotations/1"
