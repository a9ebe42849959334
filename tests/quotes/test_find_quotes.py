"""The quotation finder on sentences written for these tests (no third-party text)."""
import pytest

from tests.entities.helpers import annotate, spans_point_at_text

HEAD = "Report\n\n"


def _quotes(nlp, body):
    ann = annotate(nlp, HEAD + body)
    spans_point_at_text(ann)
    names = {e.id: e.name for e in ann.entities}
    return ann, [(q.kind, names.get(q.speaker), q.cue, q.text) for q in ann.quotes]


def test_speaker_after_and_a_following_quote_without_a_verb(nlp):
    _, qs = _quotes(nlp, "“We will rebuild every school,” said Governor Maria Alvarez. “Nothing will stop us.”")
    assert [q[:2] + q[3:] for q in qs] == [("direct", "Maria Alvarez", "“We will rebuild every school,”"),
                                          ("direct", "Maria Alvarez", "“Nothing will stop us.”")]


def test_speaker_before_with_a_colon_and_guillemets(nlp):
    _, qs = _quotes(nlp, "Maria Alvarez told reporters: «The bridge opens in May.»")
    assert qs[0][:2] == ("direct", "Maria Alvarez")


def test_reporting_verb_outside_any_list_is_found_from_the_syntax(nlp):
    _, qs = _quotes(nlp, "“The river is rising fast,” Maria Alvarez murmured.")
    assert qs[0][1] == "Maria Alvarez"


def test_partial_quote_inside_a_reported_clause(nlp):
    _, qs = _quotes(nlp, "Governor Maria Alvarez said that engineers “work day and night on the bridge” "
                         "and praised them.")
    direct = [q for q in qs if q[0] == "direct"]
    assert direct == [("direct", "Maria Alvarez", "say", "“work day and night on the bridge”")]


def test_split_quote_has_one_speaker(nlp):
    _, qs = _quotes(nlp, "“We tried,” Maria Alvarez said, “but the water came too fast.”")  # split quote
    assert [q[1] for q in qs if q[0] == "direct"] == ["Maria Alvarez", "Maria Alvarez"]


def test_indirect_speech_and_according_to(nlp):
    _, qs = _quotes(nlp, "Maria Alvarez recalled that the bridge had been closed for years. "
                         "According to Tomas Berglund, the bridge will open in May.")
    assert ("indirect", "Maria Alvarez", "recall") == qs[0][:3]
    assert ("indirect", "Tomas Berglund", "according to", "the bridge will open in May") in qs


def test_titles_of_works_and_scare_quotes_are_not_quotes(nlp):
    _, qs = _quotes(nlp, "In the film “Rivers of Hope” produced in 2010, farmers had “zero” water.")
    assert qs == []


def test_occasion_is_kept(nlp):
    ann, _ = _quotes(nlp, "Maria Alvarez said “this is a great day” when she opened the new hospital "
                          "in Lagos in June 2015.")
    (q,) = ann.quotes
    assert q.occasion.text.startswith("when she opened the new hospital")


def test_pronoun_speaker_resolves_and_unknown_speaker_stays_unknown(nlp):
    ann, qs = _quotes(nlp, "Maria Alvarez visited the site. “It is safe now,” she said.")
    assert qs[0][1] == "Maria Alvarez" and ann.quotes[0].source.text == "she"
    _, qs = _quotes(nlp, "“The river is rising,” a witness said.")
    assert qs[0][1] is None


@pytest.mark.parametrize("body", [
    "He said: “We never give up.", "“Unbalanced” quotes” here “and", "“" * 50, "”“”“",
    "no sentences at all just words", "“" + "very long quote " * 3000 + "”",
])
def test_bad_input_does_not_crash(nlp, body):
    ann, _ = _quotes(nlp, body)
    assert all(q.speaker is None or q.speaker.startswith("e") for q in ann.quotes)


def test_a_transcript_in_quoted_paragraphs_gives_each_turn_to_its_label(nlp):
    body = ("On Sunday the host Maria Alvarez interviewed Governor Tomas Berg.\n\n"
            "\"ALVAREZ: Will the bridge open this year?\n\n"
            "\"BERG: It will open in May. We have the money.\n\n"
            "\"And the workers are ready.\n\n"
            "\"(CROSSTALK.)\n\n"
            "\"ALVAREZ: Thank you, Governor.\"")
    _, qs = _quotes(nlp, body)
    direct = [(speaker, text) for kind, speaker, _, text in qs if kind == "direct"]
    assert direct == [
        ("Maria Alvarez", "Will the bridge open this year?"),
        # a paragraph without a label goes on with the same speaker; a stage direction ends the turn
        ("Tomas Berg", "It will open in May. We have the money.\n\n\"And the workers are ready."),
        ("Maria Alvarez", "Thank you, Governor."),
    ]


def test_a_speaker_named_inside_the_clause_reports_the_whole_clause(nlp):
    _, qs = _quotes(nlp, "The new bridge, Maria Alvarez said, will open in May.")
    assert ("indirect", "Maria Alvarez", "say", "The new bridge, Maria Alvarez said, will open in May") in qs
    _, qs = _quotes(nlp, "Maria Alvarez said, smiling, that it would open.")
    assert not any(q[0] == "indirect" and q[3].startswith("Maria Alvarez said, smiling") for q in qs)


def test_according_to_evidence_is_an_attribution_with_its_source(nlp):
    ann, qs = _quotes(nlp, "About 9.9 million single mothers live in the country, according to federal statistics.")
    (q,) = [q for q in ann.quotes if q.cue == "according to"]
    assert q.speaker is None and q.source.text == "federal statistics"  # no person, but a cited source
    _, qs = _quotes(nlp, "The trains ran according to the timetable.")
    assert not any(q[2] == "according to" for q in qs)


def test_a_headline_that_names_its_speaker_is_a_quotation_of_theirs(nlp):
    from tests.entities.helpers import annotate
    ann = annotate(nlp, "Alvarez: The Bridge Will Open in May\n\nGovernor Maria Alvarez spoke in Lisbon on Monday.")
    names = {e.id: e.name for e in ann.entities}
    assert [(names.get(q.speaker), q.text) for q in ann.quotes if q.cue == ":"] == \
           [("Maria Alvarez", "The Bridge Will Open in May")]
    ann = annotate(nlp, "Poll: Voters Worried About Prices\n\nA new survey was published in Lisbon on Monday.")
    assert not [q for q in ann.quotes if q.cue == ":"]  # "Poll" is nobody in the story
