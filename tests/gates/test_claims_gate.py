"""Quality gate for numeric claims: every core claim found, and nothing that is not a claim
(a year, a date, an ordinal, a name with a number) — score.py counts those as false positives."""
import pytest

from tests.gates._corpus import run_corpus, score

CLAIMS_CORE_RECALL_MIN = 1.0  # measured 1.00 (13/13)
CLAIMS_CORE_PRECISION_MIN = 1.0  # measured 1.00
CLAIMS_HARD_RECALL_MIN = 0.75  # measured 1.00 (8/8)


@pytest.fixture(scope="module")
def result(shared, nlp):
    return score(shared, run_corpus(shared, nlp)[2])


def test_claims_core(result):
    p, r, *_ = result["claims.core"]
    assert r >= CLAIMS_CORE_RECALL_MIN, result["claims.core"]
    assert p >= CLAIMS_CORE_PRECISION_MIN, result["claims.core"]


def test_claims_hard(result):
    assert result["claims.hard"][1] >= CLAIMS_HARD_RECALL_MIN, result["claims.hard"]
