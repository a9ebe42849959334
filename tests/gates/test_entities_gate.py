"""Quality gate for entities and seed quotes, scored with ../shared/tools/score.py."""
import pytest

from tests.gates._corpus import score

ENTITIES_CORE = 1.0  # measured 38/38
QUOTES_CORE_RECALL = 1.0  # measured 7/7
QUOTES_HARD_RECALL = 0.66  # measured 3/3
QUOTES_CORE_PRECISION = 0.80  # measured 0.83 (beliefs and intentions are attributions, not quotes)

pytestmark = pytest.mark.slow


def test_seed_and_contrast(shared, nlp):
    from chronologist.export.annotations import annotations_json
    from chronologist.extract.pipeline import analyse
    from chronologist.records import Document, Linked
    from chronologist.link.entities import merge_entities

    anns = []
    for f in sorted((shared / "corpus").glob("*/*.txt")):
        text = f.read_text(encoding="utf-8")
        anns.append(analyse(Document(id=f.stem, text=text, path=str(f)), nlp(text),
                            extractors=("time", "entities", "quotes")))
    linked = Linked()
    linked.entities, linked.entity_of = merge_entities(anns)
    result = score(shared, annotations_json(anns, linked, anns[0].extractors))
    assert result["entities.core"][1] >= ENTITIES_CORE, result
    assert result["quotes.core"][1] >= QUOTES_CORE_RECALL, result
    assert result["quotes.hard"][1] >= QUOTES_HARD_RECALL, result
    assert result["quotes.core"][0] >= QUOTES_CORE_PRECISION, result
