"""find_events over parsed text: triggers, roles, dates, categories, factuality, summaries."""
import pytest

from chronologist.extract.pipeline import analyse
from chronologist.records import Document


@pytest.fixture(scope="module")
def events_of(nlp):
    def run(text, **kw):
        ann = analyse(Document(id="t", text=text), nlp(text), **kw)
        for e in ann.events:
            assert text[e.start:e.end] == e.text
            assert text[e.trigger_span.start:e.trigger_span.end] == e.trigger
        return ann
    return run


def by_trigger(ann, word):
    hits = [e for e in ann.events if word in e.trigger]
    assert hits, [e.trigger for e in ann.events]
    return hits[0]


def test_a_dated_signing(events_of):
    ann = events_of("On February 18, 1979, in Hanoi, Vietnam and Laos signed a treaty of friendship.")
    e = by_trigger(ann, "signed")
    assert e.category == "AGREE" and e.cameo == "05"
    assert e.date.value == "1979-02-18" and e.date.basis == "explicit"
    names = {x.name for x in ann.entities if x.id in e.actors}
    assert {"Vietnam", "Laos"} <= names or len(e.actors) == 2
    assert e.summary.startswith("Vietnam and Laos sign")


def test_light_verb_takes_the_type_of_its_noun(events_of):
    ann = events_of("On 25 December 1978 Vietnam launched a full-scale invasion of Cambodia.")
    e = by_trigger(ann, "invasion")
    assert e.category == "ASSAULT" and e.trigger.startswith("launched")


def test_counterfactual_and_planned(events_of):
    ann = events_of("If the troops had withdrawn, more people would have been killed. "
                    "The army would withdraw in 1982, according to the plan.")
    assert by_trigger(ann, "withdrawn").factuality == "counterfactual"
    later = [e for e in ann.events if e.trigger == "withdraw"][0]
    assert later.factuality == "planned"


def test_negated(events_of):
    ann = events_of("In 1990 the government did not sign the accord.")
    assert by_trigger(ann, "sign").factuality == "negated"


def test_undated_and_inherited_dates_never_invent_a_day(events_of):
    ann = events_of("The rebels attacked the town.", genre="narrative")
    assert by_trigger(ann, "attacked").date.value is None
    ann = events_of("The rebels attacked the town on 3 March 1980. They burned the market.",
                    genre="narrative")
    later = by_trigger(ann, "burned")
    assert later.date.basis.startswith("inherited")
    assert later.date.value == "1980-03"  # the month the narrative is in, not a false day


def test_headlines_state_no_events(events_of):
    ann = events_of("Army attacks rebel camp\n\nThe army attacked the camp on 2 May 2001.")
    assert ann.events and all(e.start >= 25 for e in ann.events)


def test_copulas_are_not_events_and_become_a_title_takes_office(events_of):
    ann = events_of("The lesson is clear. Hun Sen became Prime Minister in January 1985.")
    assert not any(e.trigger in ("is",) for e in ann.events)
    e = by_trigger(ann, "became")
    assert e.category == "TAKE_POWER" and e.date.value == "1985-01"


def test_pronoun_actor_reads_as_the_person(events_of):
    ann = events_of("Hun Sen was a commander. In June 1977 he fled to Vietnam.")
    e = by_trigger(ann, "fled")
    assert e.summary.startswith("Hun Sen flees")


def test_what_is_witnessed_is_the_event(events_of):
    ann = events_of("On September 26, 1989, the media witnessed the last soldiers withdrawing from the country.")
    e = by_trigger(ann, "withdrawing")
    assert e.category == "RETREAT" and e.date.value == "1989-09-26"


def test_someones_words_do_not_inherit_the_narrative_time(events_of):
    ann = events_of("The war began on 3 March 1980. In 2017 the general recalled that he decided to flee.",
                    genre="narrative")
    assert not by_trigger(ann, "flee").date.basis.startswith("inherited")


def test_a_participle_joined_to_a_passive_shares_its_subject(events_of):
    ann = events_of("On 28 October 1962 the radio announced that the missiles would be taken apart and shipped home.")
    e = by_trigger(ann, "shipped")
    assert e.summary.startswith("The missiles shipped")  # not a bare "Ships"
