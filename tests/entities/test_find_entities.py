"""The entity resolver on sentences written for these tests (no third-party text)."""
import pytest

from tests.entities.helpers import annotate, entity_named, spans_point_at_text

pytestmark = pytest.mark.usefixtures("nlp")

TEXT = ("Meeting report\n\n"
        "On March 3, 2004, Foreign Minister Anna Lindqvist met President Tomas Berglund in Oslo. "
        "Mr. Berglund later said the talks had gone well. Lindqvist flew home.\n\n"
        "Written by Per Holm")


@pytest.fixture(scope="module")
def ann(nlp):
    return annotate(nlp, TEXT)


def test_titles_are_roles_with_the_date_of_the_sentence(ann):
    anna = entity_named(ann, "Anna Lindqvist")
    assert [(r.title, r.time) for r in anna.roles] == [("Foreign Minister", "2004-03-03")]
    assert entity_named(ann, "Tomas Berglund").roles[0].title == "President"


def test_honorific_and_surname_resolve_to_the_full_name(ann):
    tomas = entity_named(ann, "Tomas Berglund")
    assert "Mr. Berglund" in tomas.aliases
    anna = entity_named(ann, "Anna Lindqvist")
    assert sum(1 for m in ann.mentions if m.entity == anna.id) == 2  # "Lindqvist flew home"


def test_place_is_geocoded(ann):
    oslo = entity_named(ann, "Oslo")
    assert oslo.country == "NO" and oslo.lat is not None and oslo.located == "city"


def test_byline_author_is_not_an_entity(ann):
    assert not any("Holm" in e.name for e in ann.entities)
    spans_point_at_text(ann)


def test_demonym_groups_are_tied_to_their_country(nlp):
    ann = annotate(nlp, "Border news\n\nPakistani soldiers and Indian people gathered in the province "
                        "of Punjab. The Pakistani army withdrew.")
    forces = entity_named(ann, "Pakistani armed forces")
    assert forces.country == "PK" and "Pakistani army" in forces.aliases
    assert entity_named(ann, "Indian people").country == "IN"
    punjab = entity_named(ann, "Punjab")
    assert punjab.type == "GPE" and punjab.lat is None  # two countries have one: not guessed


def test_leader_name_before_troops_is_the_movement(nlp):
    text = ("War news\n\nThe Ruvian Front government headed by Joshua Nkomo fell in 1980. "
            "Later the Nkomo troops attacked the town. Joshua Nkomo fled.")
    ann = annotate(nlp, text)
    person = entity_named(ann, "Joshua Nkomo")
    assert person.type == "PERSON"
    troops = next(m for m in ann.mentions if m.text == "Nkomo troops")
    group = next(e for e in ann.entities if e.id == troops.entity)
    assert group.type == "ORG" and group.id != person.id


def test_historical_name_is_kept_and_linked(nlp):
    ann = annotate(nlp, "History\n\nIn 1976 the state of Democratic Kampuchea was proclaimed.")
    dk = entity_named(ann, "Democratic Kampuchea")
    assert dk.country == "KH" and "Cambodia" in dk.located


def test_line_break_cuts_a_name_and_empty_text_is_fine(nlp):
    ann = annotate(nlp, "Notes\n\nThe delegation met Maria Alvarez\n\nLater that day it rained.")
    assert all("\n" not in m.text for m in ann.mentions)
    assert annotate(nlp, "").entities == []
    assert annotate(nlp, "   \n\n  ").mentions == []
