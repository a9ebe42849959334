"""Canonical names: honorifics dropped, titles turned into roles, surface forms normalised.

The rules are lexicons of title words, not lists of people: "President of the Cambodian National
Assembly Heng Samrin" is a title phrase ("President …") followed by a name.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Optional

# Honorifics are neither names nor roles.
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam", "madame", "mister",
              "lord", "lady", "monsieur", "mme", "herr", "frau", "prof", "professor"}

# Head words of a title phrase ("Prime Minister", "Chairman", "Gen.").
TITLE_HEADS = {
    "president", "vice-president", "premier", "minister", "chairman", "chairwoman", "chairperson",
    "chair", "secretary", "secretary-general", "general", "lieutenant", "colonel", "major",
    "captain", "commander", "admiral", "marshal", "king", "queen", "prince", "princess", "emperor",
    "empress", "sultan", "emir", "sheikh", "pope", "cardinal", "bishop", "archbishop", "rev",
    "reverend", "father", "brother", "sister", "senator", "sen", "representative", "rep",
    "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice", "ambassador",
    "chancellor", "director", "head", "leader", "spokesman", "spokeswoman", "spokesperson",
    "chief", "deputy", "speaker", "envoy", "consul", "delegate", "founder", "ceo", "chairmen",
    "treasurer", "attorney", "sergeant", "sgt", "lt", "col", "gen", "adm", "cpl", "pvt",
    "councillor", "councilman", "councilwoman", "commissioner", "prosecutor", "officer",
    "journalist", "reporter", "editor", "author", "professor", "candidate", "nominee", "rabbi",
    "imam", "monk", "abbot", "dalai", "lama", "crown", "vice", "assemblyman", "assemblywoman",
}
# Words that modify a title head ("Prime", "Foreign", "Deputy", "former").
TITLE_MODIFIERS = {"prime", "foreign", "deputy", "vice", "acting", "former", "first", "chief",
                   "general", "supreme", "senior", "state", "defense", "defence", "interior",
                   "finance", "grand", "crown", "high", "executive", "assistant", "associate",
                   "presidential", "democratic", "republican", "then", "late", "u.s.", "us"}

_ABBREV = {"sen": "Senator", "rep": "Representative", "gov": "Governor", "gen": "General",
           "lt": "Lieutenant", "col": "Colonel", "adm": "Admiral", "sgt": "Sergeant",
           "rev": "Reverend", "prof": "Professor", "pres": "President"}

_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_SPACES = re.compile(r"\s+")
_INITIAL_GLUE = re.compile(r"\b([A-Z])\.(?=[A-Z][a-z])")  # "Julie B.Mehta" -> "Julie B. Mehta"
_QUOTE_CHARS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


@functools.lru_cache(maxsize=1 << 16)  # the same names are folded again in every document and link pass
def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe-normalised key for comparing names."""
    if text.isascii():
        return _SPACES.sub(" ", text).strip().lower()
    text = unicodedata.normalize("NFKD", text.translate(_QUOTE_CHARS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACES.sub(" ", text.replace("đ", "d").replace("Đ", "D")).strip().lower()


def clean_surface(text: str) -> str:
    """A surface form as a name: single spaces, glued initials separated, no trailing 's."""
    text = _SPACES.sub(" ", text).strip()
    text = _INITIAL_GLUE.sub(r"\1. ", text)
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip(" ,.;:-–—\"'“”‘’") or text


def strip_determiner(words: list[str]) -> list[str]:
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return words


def is_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFICS


def is_title_word(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in TITLE_HEADS or w in TITLE_MODIFIERS


def split_title(name: str) -> tuple[str, Optional[str]]:
    """("Prime Minister Hun Sen") -> ("Hun Sen", "Prime Minister"); honorifics are dropped."""
    words = strip_determiner(name.split())
    title: list[str] = []
    while len(words) > 1 and (is_honorific(words[0]) or is_title_word(words[0])):
        if not is_honorific(words[0]):
            title.append(expand_abbreviation(words[0]))
        words = words[1:]
    return " ".join(words), (" ".join(title) or None)


def expand_abbreviation(word: str) -> str:
    key = word.lower().rstrip(".")
    return _ABBREV.get(key, word) if word.endswith(".") or key in _ABBREV else word


def canonical_org(name: str) -> str:
    """Organisation names: no article, '<Country> Communist Party' -> 'Communist Party of <Country>'."""
    words = strip_determiner(clean_surface(name).split())
    text = " ".join(words)
    m = re.fullmatch(r"([A-Z][\w-]+) (Communist|Socialist|Workers'?|Labour|People's) Party", text)
    if m and m.group(1) not in ("The",):
        return f"{m.group(2)} Party of {m.group(1)}"
    return text


def tokens_key(name: str) -> tuple[str, ...]:
    return tuple(w.strip(".,") for w in fold(name).split() if w.strip(".,"))
