"""Demonyms are tied to their country; religions and directions are not countries."""
import pytest

from chronologist.entities.groups import demonym_country


@pytest.mark.parametrize("word,cc", [("Vietnamese", "VN"), ("Cambodian", "KH"), ("Cambodians", "KH"),
                                     ("Chinese", "CN"), ("American", "US"), ("Israeli", "IL"),
                                     ("Kampuchean", "KH"), ("Russians", "RU")])
def test_demonym_to_country(word, cc):
    assert demonym_country(word) == cc


@pytest.mark.parametrize("word", ["Buddhist", "Western", "Democratic", "Republicans", "Catholic"])
def test_not_a_country(word):
    assert demonym_country(word) is None
