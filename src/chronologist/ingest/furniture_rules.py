"""Page furniture patterns, kept as data apart from the matching logic (as trafilatura does).

Each pattern matches one whole line (paragraph) of the text.
"""
from __future__ import annotations

import re

# Scraped layout widgets leave their class names behind as one glued word ("leftcenterrightdel").
WIDGET_DEBRIS = re.compile(
    r"(?:left|right|center|centre|middle|top|bottom|del|align|float|clear|none|caption|image){2,}",
    re.IGNORECASE)

# "Follow Pam Key on Twitter @pamkeyNEN": the page's call to follow its writer, not the story.
FOLLOW_PROMPT = re.compile(
    r"[\"“]?\s*(?:Follow|Find|Contact)\s+(?:\S+\s+){0,4}?on\s+(?:Twitter|X|Facebook|Instagram|Gab|Parler|Truth\s+Social)"
    r"\b[^\n]{0,80}", re.IGNORECASE)

# Photo captions: credit at the end, or a label at the start.
CAPTION_TAIL = re.compile(
    r"(?:\(|\s|^)(?:Source|Photo|Photograph|Image|Credit|Picture)s?\s*:\s*[^.\n]{0,80}\)?\s*$", re.IGNORECASE)
CAPTION_HEAD = re.compile(
    r"^(?:\(?\s*)(?:Archived?|File|Archive|Illustrative|Illustration|Illustrated)?\s*"
    r"(?:photo|photograph|image|picture|illustration)s?\s*(?::|-|–|—)\s*\S", re.IGNORECASE)

# Bylines and credits: "Written by Hoang Vu", "By Jane Doe", "Translated by Thu Nguyen".
NAME = r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|da|van|von|le|la|bin|al-\w+))*)"
BYLINE = re.compile(
    r"^\s*(?P<verb>Written|Reported|Posted|Compiled|Edited|Story|Text|Words|By)(?:[ \t]+by)?[ \t]*:?[ \t]+"
    + NAME)
TRANSLATOR = re.compile(r"^\s*(?:Translated|Translation)[ \t]+(?:by|:)[ \t]*:?[ \t]*" + NAME)

# A name in a credit ends where glued text of the next article begins ("Thu NguyenThey sought"):
# a lower-case letter directly followed by an upper-case one.
GLUED_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
