"""The read-only questions (store.queries) give the same answers on every backend, each with citations."""
from __future__ import annotations

import pytest

from chronologist.store import queries as Q

from storedata import TEXT_A, TEXT_B


def test_summary_counts_what_is_stored(filled):
    s = Q.summary(filled)
    assert (s["documents"], s["entities"], s["events"], s["conflicts"]) == (3, 3, 3, 1)
    assert s["quotes"] == 1 and s["claims"] == 2 and s["timex"] == 3 and s["mentions"] == 6
    assert s["first_date"] == "1979-03-03" and s["last_date"] == "1979-06-30"
    assert s["top_entities"][0]["name"] == "Anna Varga"
    assert s["link_stale"] is False


def test_documents_are_listed_in_id_order_and_paged(filled):
    assert [d["id"] for d in Q.documents(filled)] == ["doc_a", "doc_b", "doc_c"]
    assert [d["id"] for d in Q.documents(filled, limit=1, offset=1)] == ["doc_b"]


def test_search_finds_sentences_with_every_word_and_cites_them(filled):
    hits = Q.search(filled, "treaty Varga")
    assert {(h["doc_id"], h["text"]) for h in hits} == {
        ("doc_a", "On March 3, 1979, Prime Minister Anna Varga signed a border treaty in Lisbon."),
        ("doc_b", "Anna Varga said the attack broke the treaty.")}
    texts = {"doc_a": TEXT_A, "doc_b": TEXT_B}
    for h in hits:
        assert texts[h["doc_id"]][h["char_start"]:h["char_end"]] == h["text"]
        marked = sorted(texts[h["doc_id"]][s:e].lower() for s, e in h["highlights"])
        assert marked == ["treaty", "varga"]


def test_search_is_case_insensitive_and_needs_all_words(filled):
    assert len(Q.search(filled, "LISBON")) == 2
    assert Q.search(filled, "Lisbon festival") == []


@pytest.mark.parametrize("query", ["AND", "treaty OR", "NEAR(treaty", "trea*", '"', "'; DROP TABLE texts; --",
                                   "%", "?", ""])
def test_search_reads_operators_and_quotes_as_plain_words(filled, query):
    Q.search(filled, query)  # never a syntax error
    assert filled.scalar("SELECT COUNT(*) FROM texts") == 3


def test_search_pages_and_clamps_limits(filled):
    assert len(Q.search(filled, "Lisbon", limit=1)) == 1
    assert len(Q.search(filled, "Lisbon", limit=1, offset=1)) == 1
    assert Q.search(filled, "Lisbon", limit=1, offset=5) == []
    assert len(Q.search(filled, "Lisbon", limit=10_000)) == 2


def test_timeline_lists_dated_asserted_events_in_date_order(filled):
    assert [e["id"] for e in Q.timeline(filled)] == ["V1", "V2"]
    assert [e["id"] for e in Q.timeline(filled, include_all=True)] == ["V1", "V2", "V3"]
    first = Q.timeline(filled)[0]
    assert first["actors"] == ["E1"] and first["source_list"][0]["doc"] == "doc_a"


def test_timeline_filters(filled):
    assert [e["id"] for e in Q.timeline(filled, date_from="1979-04")] == ["V2"]
    assert [e["id"] for e in Q.timeline(filled, date_to="1979-03")] == ["V1"]
    assert [e["id"] for e in Q.timeline(filled, entity="E3")] == ["V2"]
    assert [e["id"] for e in Q.timeline(filled, category="agree")] == ["V1"]
    assert [e["id"] for e in Q.timeline(filled, document="doc_b")] == ["V2"]


def test_entities_most_mentioned_first_and_by_type(filled):
    assert [e["name"] for e in Q.entities(filled)] == ["Anna Varga", "Lisbon", "Northern Front"]
    assert [e["name"] for e in Q.entities(filled, type="gpe")] == ["Lisbon"]
    assert Q.entities(filled, type="GPE")[0]["lat"] == pytest.approx(38.72)


def test_entity_is_found_by_id_name_or_alias_in_any_case(filled):
    for key in ("E1", "Anna Varga", "ms. varga"):
        assert Q.find_entity(filled, key)["id"] == "E1"
    assert Q.find_entity(filled, "Nobody") is None


def test_entity_page_cites_mentions_quotes_events_and_neighbours(filled):
    e = Q.entity(filled, "E1")
    assert e["aliases"] == ["Anna Varga", "Ms. Varga"]
    assert [(m["doc_id"], m["text"]) for m in e["mention_spans"]] == [
        ("doc_a", "Anna Varga"), ("doc_a", "Ms. Varga"), ("doc_b", "Anna Varga")]
    assert e["documents_list"] == ["doc_a", "doc_b"]
    assert [q["text"] for q in e["quotes"]] == ["The treaty opens a new chapter"]
    assert [v["id"] for v in e["events"]] == ["V1", "V3"]
    assert {c["name"] for c in e["co_mentioned"]} == {"Lisbon", "Northern Front"}


def test_quotes_by_speaker_name(filled):
    (q,) = Q.quotes(filled, speaker="anna varga")
    assert q["speaker"] == "E1" and q["speaker_name"] == "Anna Varga" and q["cue"] == "said"
    assert TEXT_A[q["char_start"]:q["char_end"]] == q["text"]


def test_claims_and_conflicts_side_by_side(filled):
    (group,) = Q.claims(filled)
    assert [v["value"] for v in group["values"]] == [3000000, 1700000]
    assert Q.claims(filled, measure="DISPLACED")[0]["id"] == "M1"
    (conflict,) = Q.conflicts(filled, kind="number")
    assert [i["doc_id"] for i in conflict["items"]] == ["doc_a", "doc_b"]
    assert Q.conflicts(filled, kind="date") == []


def test_document_has_its_text_and_spans(filled):
    d = Q.document(filled, "doc_a")
    assert d["text"] == TEXT_A
    assert all(TEXT_A[s["char_start"]:s["char_end"]] == s["text"] for s in d["spans"])
    assert {s["entity_id"] for s in d["spans"] if s["kind"] == "mention"} == {"E1", "E2"}
    assert Q.document(filled, "missing") is None


def test_search_ranks_a_window_of_matches_and_pages_on_past_it(open_new, annotations, monkeypatch):
    # a word in very many sentences: the first RANK_WINDOW matches are ranked, the rest follow, and
    # paging one by one meets every matching sentence exactly once
    from chronologist.store import postgres
    monkeypatch.setattr(Q, "RANK_WINDOW", 4)
    monkeypatch.setattr(postgres, "RANK_WINDOW", 4)
    store = open_new()
    text = " ".join(f"Lisbon {'Lisbon ' * (i % 3)}report number {i}." for i in range(10))
    store.write_document(annotations("many", text))
    pages = [Q.search(store, "lisbon", limit=3, offset=k) for k in range(0, 12, 3)]
    seen = [h["char_start"] for page in pages for h in page]
    assert len(seen) == len(set(seen)) == 10
    assert [len(p) for p in pages] == [3, 3, 3, 1]
    first = pages[0][0]
    assert first["text"].count("Lisbon") == 3  # the most relevant of the ranked window comes first
    for page in pages:
        for h in page:
            assert text[h["char_start"]:h["char_end"]] == h["text"]
            assert all(text[s:e] == "Lisbon" for s, e in h["highlights"])
