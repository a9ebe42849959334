"""A dated article that looks back: "On 16 October [1962] …" in a piece published in 2017.

News convention gives a year-less date the year of the document date, and on news that is right
("The offer expires Nov. 10").  A short history piece is too short to be read as narrative as a
whole, yet it looks back: every date it names lies years before its own, and it either tells that
past month by month or day by day or says so outright ("Fifty years ago this morning"), and it
does not otherwise speak from its own date.  There a year-less date belongs to the year the text
last named.  ``Retrospect`` watches the expressions in text order and says, at each one, whether
the text is so far such a look back.
"""
from __future__ import annotations

from typing import Optional

from chronologist.time.normalize import Point
from chronologist.time.spec import Spec

GAP_YEARS = 5  # every date named so far is at least this far before the document date
_SPEECH_TIME = {"deictic", "weekday", "ago"}  # "yesterday", "Friday", "two weeks ago": news speaking
# the text is telling that past day by day ("on 14 October 1962"), not naming a background year
# ("the plant opened in 1959. On Feb. 10 the company said …" is this February)
_STORY_GRAINS = {"M", "W", "D"}


class Retrospect:
    def __init__(self, dct: Optional[Point]):
        self.dct = dct if dct is not None and dct.gran not in ("C", "E") else None
        self.far = 0  # dates named that lie GAP_YEARS or more before the document date
        self.said_ago = False  # "fifty years ago": the text says it is looking back
        self.recent = False  # a date near the document's own, or the text speaking from its date
        self._ago_end = -1
        self.story: Optional[Point] = None  # the last of those dates

    def looks_back(self, spec: Spec, last: Optional[Point]) -> Optional[Point]:
        """The date a year-less expression should take its year from, when the text looks back."""
        if self.dct is None or spec.kind != "yearless" or spec.rel or not self.far or self.recent:
            return None
        ref = last if last is not None and self._is_far(last) else self.story
        if ref is None or not (ref.gran in _STORY_GRAINS or self.said_ago):
            return None
        return ref

    def _is_far(self, p: Point) -> bool:
        return p.gran not in ("C", "E") and p.year <= self.dct.year - GAP_YEARS

    def see(self, spec: Spec, point: Optional[Point], start: int, end: int) -> None:
        if self.dct is None:
            return
        far = point is not None and self._is_far(point)
        if far:
            self.story = point
        if spec.kind == "ago" and far:
            self.far += 1
            self.said_ago = True
            self._ago_end = end
        elif spec.kind in _SPEECH_TIME and spec.type != "DURATION":
            if not 0 <= start - self._ago_end <= 2:  # "… ago this morning" is still the look back
                self.recent = True
        elif spec.kind == "abs" and point is not None and point.gran not in ("C", "E"):
            if far:
                self.far += 1
            elif point != self.dct:  # the dateline's own date says nothing about the story
                self.recent = True
