"""What a matched time expression means before it is resolved (``Spec``), and the rule registry.

A rule is a compiled pattern plus a function from its groups to a Spec (or None to reject);
``patterns_abs`` and ``patterns_rel`` register theirs here at import.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional



@dataclass
class Spec:
    type: str  # DATE TIME DURATION SET
    kind: str  # abs | yearless | deictic | anaphor | ago | weekday | invalid
    value: Optional[str] = None
    mod: Optional[str] = None
    unit: str = ""  # Y M W D Q H E C for relative kinds
    n: int = 0
    month: int = 0
    day: int = 0
    season: str = ""
    quarter: int = 0
    half: int = 0
    wd: int = -1
    rel: str = ""  # last / next / this for weekdays and months
    tod: str = ""  # T-part: TMO, TNI, T10:30
    holiday: str = ""


@dataclass
class Candidate:
    start: int
    end: int
    spec: Spec
    rule: str
    flags: set = field(default_factory=set)


@dataclass
class Rule:
    name: str
    pattern: re.Pattern
    fn: Callable
    # A cheap regex for a word every match must contain: the full pattern then runs only in
    # windows around its hits, which keeps the tagger a small fraction of the parse time.
    trigger: Optional[re.Pattern] = None
    before: int = 80
    after: int = 24
    keywords: tuple = ()  # lower-case literals, found with str.find (faster than any regex)


RULES: list[Rule] = []


def rule(name: str, pattern: str, trigger: Optional[str] = None, before: int = 80, after: int = 24):
    def deco(fn):
        call = fn if fn.__code__.co_argcount == 2 else (lambda g, m, _fn=fn: _fn(g))
        RULES.append(Rule(name, re.compile(pattern), call, re.compile(trigger) if trigger else None,
                          before, after))
        return fn
    return deco


def pm_mod(word: Optional[str]) -> Optional[str]:
    """'early' -> START, 'mid-' -> MID, 'late' -> END."""
    if not word:
        return None
    w = word.strip().lower().rstrip("-")
    return {"early": "START", "late": "END", "mid": "MID"}.get(w)
