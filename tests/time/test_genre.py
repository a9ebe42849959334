"""News or narrative, chosen per document, with the reason shown."""
from __future__ import annotations

from tests.time.helpers import tag

HISTORY = ("In 1939 the war began. In 1940 France fell. In 1941 the Soviet Union was invaded. "
           "In 1942 the tide turned. In 1943 Italy surrendered. In 1944 the Allies landed. "
           "In 1945 the war ended. In 1946 trials began. Three months later the verdicts came.")


def test_history_is_narrative(nlp):
    r = tag(nlp, HISTORY, meta="2009-12-19")
    assert r.genre == "narrative"
    assert r.genre_basis.startswith("auto: narrative")


def test_news_is_news(nlp):
    r = tag(nlp, "The minister said on Friday that prices rose last week.", meta="1998-02-13")
    assert r.genre == "news"


def test_the_users_choice_wins(nlp):
    r = tag(nlp, HISTORY, meta="2009-12-19", genre="news")
    assert (r.genre, r.genre_basis) == ("news", "given")
