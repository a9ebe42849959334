"""The model's attribute rules (tag → POS and morphology, lemma exceptions) matched by lookup.

The small English model ships 179 such rules as an ``attribute_ruler`` whose general-purpose
``Matcher`` took about an eighth of all parsing time. Every rule is one or two tokens long and
almost every one names an exact tag or lower-case word, so candidate rules are found by dictionary
lookup instead; the ruler's own ``set_annotations`` then applies them, in its own order, so the
result is the ruler's result (``tests/nlp/test_attribute_rules.py`` holds us to that).
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Callable

_FEATURES = ("TAG", "LOWER", "DEP", "IS_SPACE")
Features = tuple  # (tag_, lower_, dep_, is_space) of one token

Test = Callable[[Features], bool]


class UnsupportedRule(ValueError):
    """A rule this matcher cannot evaluate: keep spaCy's matcher for that model."""


def _value_test(slot: int, spec: Any) -> Test:
    if isinstance(spec, dict):
        if set(spec) == {"IN"}:
            allowed = frozenset(spec["IN"])
            return lambda f: f[slot] in allowed
        if set(spec) == {"NOT_IN"}:
            refused = frozenset(spec["NOT_IN"])
            return lambda f: f[slot] not in refused
        if set(spec) == {"REGEX"}:
            pattern = re.compile(spec["REGEX"])
            return lambda f: pattern.search(f[slot]) is not None
        raise UnsupportedRule(f"operator {sorted(spec)}")
    return lambda f: f[slot] == spec


def _token_test(token: dict) -> Test:
    tests = []
    for key, spec in token.items():
        if key not in _FEATURES:
            raise UnsupportedRule(f"attribute {key}")
        tests.append(_value_test(_FEATURES.index(key), spec))
    return lambda f: all(t(f) for t in tests)


def _index_keys(token: dict) -> list[tuple[str, str]]:
    """Lookup keys under which a first token's rule is filed; [] files it as always-a-candidate."""
    for key in ("LOWER", "TAG"):
        spec = token.get(key)
        if isinstance(spec, str):
            return [(key, spec)]
        if isinstance(spec, dict) and set(spec) == {"IN"}:
            return [(key, v) for v in spec["IN"]]
    return []


class RuleMatcher:
    """Drop-in for ``AttributeRuler.match``: the same (rule, match id, start, end) list, sorted."""

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self.filed: dict[tuple[str, str], list] = defaultdict(list)
        self.always: list = []
        self._memo: dict[tuple, tuple] = {}
        for rule_id, rule in enumerate(ruler.patterns):
            match_id = ruler.vocab.strings.add(str(rule_id))
            for pattern in rule["patterns"]:
                if not 1 <= len(pattern) <= 2:
                    raise UnsupportedRule(f"a pattern of {len(pattern)} tokens")
                entry = (rule_id, match_id, [_token_test(t) for t in pattern])
                keys = _index_keys(pattern[0])
                for key in keys:
                    self.filed[key].append(entry)
                if not keys:
                    self.always.append(entry)

    def _rules_for(self, f: Features) -> tuple[tuple, tuple]:
        """(single-token matches, two-token candidates) for a token with features ``f``."""
        singles, pairs = [], []
        for rule_id, match_id, tests in (self.filed.get(("LOWER", f[1]), []) + self.filed.get(("TAG", f[0]), [])
                                         + self.always):
            if tests[0](f):
                if len(tests) == 2:
                    pairs.append((rule_id, match_id, tests[1]))
                else:
                    singles.append((rule_id, match_id))
        return tuple(singles), tuple(pairs)

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        strings = doc.vocab.strings
        rows = [tuple(r) for r in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        feats: list[Features] = []
        found = set()
        memo = self._memo
        for i, row in enumerate(rows):
            known = memo.get(row)
            if known is None:
                f = (strings[row[0]] if row[0] else "", strings[row[1]] if row[1] else "",
                     strings[row[2]] if row[2] else "", bool(row[3]))
                if len(memo) > 200_000:  # words are Zipfian: a bounded memo keeps nearly every hit
                    memo.clear()
                known = memo[row] = (f, *self._rules_for(f))
            feats.append(known[0])
            for rule_id, match_id in known[1]:
                found.add((rule_id, match_id, i, i + 1))
        for i, row in enumerate(rows[:-1]):
            for rule_id, match_id, second in memo[row][2] if row in memo else self._rules_for(feats[i])[1]:
                if second(feats[i + 1]):
                    found.add((rule_id, match_id, i, i + 2))
        return sorted(found)


def install(nlp) -> bool:
    """Swap the lookup matcher into the pipeline's attribute ruler; False leaves spaCy's in place."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        fast = RuleMatcher(ruler)
    except UnsupportedRule:
        return False
    ruler.match = fast.match  # AttributeRuler.__call__ asks self.match for its matches
    return True
