"""Page furniture is recorded as spans (never removed), and bylines become metadata."""
from chronologist.ingest.furniture import credited_people, find_furniture, find_headline
from chronologist.records import Document

TEXT = ("Floods reach the delta\n\nThe river rose on 3 May 2020.\n\nleftcenterrightdel\n"
        "Villagers carry sandbags near the dyke. Source: File photo\n\n"
        "Officials said 2,000 homes were flooded.\n\nArchived photo: the dyke in 1998\n\n"
        "By 1999, the dyke had been rebuilt.\n\nWritten by Mai Lan\n\nTranslated by Tran AnhThe next story begins")


def _found():
    return find_furniture(Document("d", TEXT))


def test_widget_debris_captions_and_credits_are_spans_of_the_exact_text():
    found = _found()
    assert [(f.kind, f.text) for f in found] == [
        ("boilerplate", "leftcenterrightdel"),
        ("caption", "Villagers carry sandbags near the dyke. Source: File photo"),
        ("caption", "Archived photo: the dyke in 1998"),
        ("byline", "Written by Mai Lan"),
        ("byline", "Translated by Tran Anh"),
    ]
    assert all(TEXT[f.start:f.end] == f.text for f in found)


def test_a_sentence_starting_with_by_and_a_year_is_not_a_byline():
    assert not any("1999" in f.text for f in _found())


def test_credits_become_author_and_translator_metadata():
    assert credited_people(_found()) == {"author": ["Mai Lan"], "translator": ["Tran Anh"]}


def test_headline_is_the_short_first_line_before_a_blank_line():
    assert TEXT[slice(*find_headline(TEXT))] == "Floods reach the delta"
    assert find_headline("The river rose on 3 May 2020. It kept rising.") is None


def test_seed_furniture_matches_the_gold_spans(shared):
    import json
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    for gd in gold["documents"]:
        text = (shared / "corpus" / gd["file"]).read_text(encoding="utf-8")
        found = find_furniture(Document(gd["id"], text))
        spans = {(f.start, f.end) for f in found}
        for item in gd["captions"] + gd.get("artifacts", []):
            assert (item["start"], item["end"]) in spans, item["text"]
        people = credited_people(found)
        if gd.get("byline", {}).get("author"):
            assert people["author"] == [gd["byline"]["author"]]
        if gd.get("byline", {}).get("translator"):
            assert people["translator"] == [gd["byline"]["translator"]]


def test_a_call_to_follow_the_writer_is_page_furniture_not_story():
    text = ("The senator spoke in Iowa.\n\n\"Follow Pam Key on Twitter @pamkeyNEN.\"\n\n"
            "Follow the river on the map to find the town on Twitter Street.")
    found = find_furniture(Document("d", text))
    assert [(f.kind, f.text) for f in found] == [("boilerplate", "\"Follow Pam Key on Twitter @pamkeyNEN.\"")]
