"""Pronouns of quote speakers and event actors resolve to the entity they refer to."""
from chronologist.entities.coref import resolve_pronoun
from chronologist.extract.context import Context
from chronologist.records import Document
from chronologist.entities import find_entities


def _ctx(nlp, text):
    ctx = Context(document=Document(id="t", text=text), doc=nlp(text))
    ctx.entities, ctx.mentions = find_entities(ctx)
    return ctx


def _tok(ctx, word, nth=0):
    return [t for t in ctx.doc if t.text == word][nth]


def test_he_is_the_last_person_subject(nlp):
    ctx = _ctx(nlp, "Notes\n\nPresident Tomas Berglund visited Oslo. He said the talks went well.")
    eid = resolve_pronoun(ctx, _tok(ctx, "He"))
    assert next(e.name for e in ctx.entities if e.id == eid) == "Tomas Berglund"


def test_no_antecedent_no_guess(nlp):
    ctx = _ctx(nlp, "Notes\n\nHe said the talks went well.")
    assert resolve_pronoun(ctx, _tok(ctx, "He")) is None


def test_not_a_pronoun(nlp):
    ctx = _ctx(nlp, "Notes\n\nTomas Berglund visited Oslo.")
    assert resolve_pronoun(ctx, _tok(ctx, "visited")) is None
