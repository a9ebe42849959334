"""Canonical names: honorifics dropped, titles split off as roles, surface forms normalised."""
from chronologist.entities.names import canonical_org, clean_surface, fold, split_title


def test_title_is_a_role_not_a_name():
    assert split_title("Prime Minister Hun Sen") == ("Hun Sen", "Prime Minister")
    assert split_title("President Heng Samrin") == ("Heng Samrin", "President")


def test_honorific_is_neither_name_nor_role():
    assert split_title("Mr. Hun Sen") == ("Hun Sen", None)
    assert split_title("Dr. Jane Roe") == ("Jane Roe", None)


def test_abbreviated_title_is_expanded():
    assert split_title("Sen. Jane Roe") == ("Jane Roe", "Senator")


def test_glued_initial_and_possessive_are_cleaned():
    assert clean_surface("Julie B.Mehta") == "Julie B. Mehta"
    assert clean_surface("Cambodia's") == "Cambodia"


def test_fold_ignores_accents_case_and_apostrophes():
    assert fold("Đồng Nai") == fold("dong nai")
    assert fold("People’s Council") == fold("people's council")


def test_communist_party_gets_its_official_form():
    assert canonical_org("the Vietnam Communist Party") == "Communist Party of Vietnam"
    assert canonical_org("the Red Cross") == "Red Cross"
