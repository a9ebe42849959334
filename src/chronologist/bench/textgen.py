"""Generated news articles for the benchmark: text plus the spans we put into it.

Every article is assembled piece by piece, so the offsets of each date, name, quote, number and
event sentence are known exactly; ``synthetic.make_store`` turns them into records without running
spaCy, and ``make_corpus`` writes only the text.  All wording here is written for this module.
World facts (actors, events, measures) come from a fixed "world" so that many articles tell the
same events and quote the same people, as real coverage does; popularity is skewed (Zipf-like).
"""
from __future__ import annotations

import bisect
import itertools
import random
from dataclasses import dataclass, field
from typing import Optional

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
GIVEN = ["Sok", "Chan", "Vann", "Mei", "Anh", "Linh", "Tomas", "Elena", "Rafael", "Amina", "Yusuf", "Grace",
         "Pavel", "Ingrid", "Kenji", "Mariam", "Oscar", "Nadia", "Samuel", "Leila", "Hugo", "Priya", "Dmitri",
         "Ayesha", "Jonas", "Carmen", "Tariq", "Helen", "Marco", "Chea", "Bora", "Thanh", "Duc", "Lucia"]
FAMILY = ["Pheap", "Rithy", "Sovann", "Nguyen", "Tran", "Hoang", "Keller", "Moreau", "Okafor", "Haddad",
          "Lindqvist", "Tanaka", "Petrov", "Alvarez", "Mensah", "Varga", "Castillo", "Dumont", "Sato", "Rahman",
          "Novak", "Ferreira", "Kovacs", "Ibrahim", "Larsen", "Chhun", "Mok", "Pham", "Vo", "Serrano"]
TITLES = ["Prime Minister", "Foreign Minister", "President", "General", "Ambassador", "Senator", "Governor",
          "Spokesman", "Professor", "Chairman", "Defence Minister", "Mayor"]
ORG_HEADS = ["National", "United", "Democratic", "People's", "Federal", "Independent", "Regional", "Central"]
ORG_KINDS = ["Front", "Assembly", "Council", "Party", "Commission", "Bank", "Alliance", "Institute", "Army",
             "Union", "Agency", "Tribunal"]
PLACES = ["Phnom Penh", "Hanoi", "Bangkok", "Vientiane", "Geneva", "Paris", "Beijing", "Moscow", "Washington",
          "Tokyo", "Jakarta", "Kuala Lumpur", "Singapore", "Manila", "New Delhi", "Battambang", "Siem Reap",
          "Da Nang", "Ho Chi Minh City", "Kampot", "Stockholm", "Nairobi", "Lima", "Cairo", "Vienna", "Oslo"]
AGENCIES = ["Wire Service", "Press Agency", "News Desk", "Correspondent"]
# (trigger verb, category, object phrases)
ACTIONS = [
    ("signed", "AGREE", ["a border treaty", "a trade agreement", "a ceasefire accord", "a joint declaration"]),
    ("met", "CONSULT", ["a visiting delegation", "regional leaders", "the opposition", "foreign envoys"]),
    ("attacked", "FIGHT", ["border posts", "a supply convoy", "rebel positions", "the northern garrison"]),
    ("announced", "ANNOUNCE", ["new elections", "a reconstruction plan", "a general amnesty", "budget cuts"]),
    ("visited", "CONSULT", ["the capital", "refugee camps", "the flooded provinces", "the front line"]),
    ("withdrew", "RETREAT", ["its troops", "the remaining advisers", "two divisions", "its observers"]),
    ("accused", "ACCUSE", ["the neighbouring government", "foreign powers", "the former regime", "rebel leaders"]),
    ("founded", "FOUND", ["a new party", "a relief committee", "a national front", "a research institute"]),
]
MEASURES = [("people", "killed during the conflict"), ("refugees", "who crossed the border"),
            ("USD", "in foreign aid"), ("people", "displaced by the floods"), ("soldiers", "stationed abroad"),
            ("tonnes", "of rice exported"), ("schools", "rebuilt since the war"), ("USD", "of reconstruction loans")]
BOUNDS = [("over", "gt"), ("about", "approx"), ("nearly", "lt"), ("at least", "ge"), ("", "eq"),
          ("more than", "gt"), ("almost", "lt")]
QUOTES = ["We will not accept any interference in our internal affairs",
          "The agreement opens a new chapter for both our peoples",
          "Nobody can rewrite what happened in those years",
          "Our soldiers came to help, and they left when the work was done",
          "The figures speak for themselves",
          "This is a day the whole region has waited for",
          "We need schools and roads more than we need speeches",
          "History will judge those who stayed silent"]
CUES = ["said", "told reporters", "affirmed", "declared", "added", "stressed"]
RELATIVE = [("Three months later", "P3M"), ("Two years later", "P2Y"), ("The following week", "P1W"),
            ("Later that year", "P0Y"), ("A decade later", "P10Y")]
FILLERS = ["Observers said the talks had been difficult.", "The streets were quiet on the following morning.",
           "Diplomats in the region followed the negotiations closely.",
           "Local newspapers carried the news on their front pages.",
           "Residents recalled the hardship of the previous years.",
           "The government has not published an official account.",
           "Prices at the central market rose sharply during the period.",
           "Aid workers described the situation as stable but fragile."]


@dataclass
class Actor:
    key: int
    name: str
    type: str  # PERSON, ORG, GPE
    title: Optional[str] = None


@dataclass
class WorldEvent:
    key: int
    date: tuple[int, int, int]
    actor: int  # Actor key
    place: int
    action: int
    obj: int


@dataclass
class World:
    actors: list[Actor]
    places: list[Actor]
    events: list[WorldEvent]
    _cum: dict[int, list[float]] = field(default_factory=dict)

    def pick(self, rng: random.Random, n: int) -> int:
        """An index below n, Zipf-skewed: a few items are everywhere, most are rare."""
        cum = self._cum.get(n)
        if cum is None:
            cum = self._cum[n] = list(itertools.accumulate(1.0 / (i + 1) for i in range(n)))
        return bisect.bisect_left(cum, rng.random() * cum[-1])


def make_world(seed: int = 7, people: int = 3000, orgs: int = 300, events: int = 20000) -> World:
    rng = random.Random(seed)
    actors: list[Actor] = []
    names = set()
    while len(actors) < people:
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        if len(actors) > 900:  # the big world needs more distinct people than two name lists give
            name = f"{rng.choice(GIVEN)} {rng.choice(GIVEN)[0]}. {rng.choice(FAMILY)}"
        if name not in names:
            names.add(name)
            actors.append(Actor(len(actors), name, "PERSON", rng.choice(TITLES)))
    while len(actors) < people + orgs:
        name = f"{rng.choice(ORG_HEADS)} {rng.choice(ORG_KINDS)} of {rng.choice(PLACES)}"
        if name not in names:
            names.add(name)
            actors.append(Actor(len(actors), name, "ORG"))
    places = [Actor(i, p, "GPE") for i, p in enumerate(PLACES)]
    evs = [WorldEvent(i, (rng.randint(1975, 1995), rng.randint(1, 12), rng.randint(1, 28)),
                      rng.randrange(len(actors)), rng.randrange(len(places)), rng.randrange(len(ACTIONS)),
                      rng.randrange(4)) for i in range(events)]
    return World(actors, places, evs)


@dataclass
class Piece:
    kind: str  # timex, mention, quote, claim, event, sentence, headline
    start: int
    end: int
    info: dict


class Article:
    """Text under construction, with the spans placed in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.pieces: list[Piece] = []

    def add(self, text: str, kind: Optional[str] = None, **info) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if kind:
            self.pieces.append(Piece(kind, start, self.length, info))
        return start, self.length

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _date_text(d: tuple[int, int, int], rng: random.Random) -> tuple[str, str]:
    y, m, day = d
    style = rng.random()
    if style < 0.5:
        return f"{MONTHS[m - 1]} {day}, {y}", f"{y:04d}-{m:02d}-{day:02d}"
    if style < 0.8:
        return f"{day} {MONTHS[m - 1]} {y}", f"{y:04d}-{m:02d}-{day:02d}"
    return f"{MONTHS[m - 1]} {y}", f"{y:04d}-{m:02d}"


def _actor(art: Article, world: World, a: Actor, rng: random.Random, first: bool) -> None:
    if a.type == "PERSON" and first and a.title:
        art.add(f"{a.title} ")
    elif a.type == "ORG":
        art.add("the ")
    art.add(a.name if first or a.type != "PERSON" else f"Mr. {a.name.split()[-1]}", "mention", actor=a.key)


def article(world: World, rng: random.Random, sentences: int = 14) -> Article:
    """One article: headline, dateline, then event, quote, claim and background sentences."""
    art = Article()
    main = world.events[world.pick(rng, len(world.events))]
    actor, place = world.actors[main.actor], world.places[main.place]
    verb, category, objects = ACTIONS[main.action]
    art.add(f"{actor.name} {verb} {objects[main.obj]} in {place.name}", "headline")
    art.add("\n\n")
    pub = (main.date[0], main.date[1], min(28, main.date[2] + rng.randint(0, 2)))
    s0 = art.length
    art.add(f"{place.name.upper()}, {MONTHS[pub[1] - 1]} {pub[2]} ({rng.choice(AGENCIES)}) — ")
    seen: set[int] = set()
    for i in range(sentences):
        if i and rng.random() < 0.3:
            art.add("\n\n")
        elif i:
            art.add(" ")
        start = art.length if i else s0
        kind = "event" if i == 0 else rng.choices(["event", "quote", "claim", "relative", "filler"],
                                                  [3, 2, 2, 1, 2])[0]
        if kind == "event":
            ev = main if i == 0 else world.events[world.pick(rng, len(world.events))]
            _event_sentence(art, world, ev, rng, seen)
        elif kind == "quote":
            speaker = world.actors[world.pick(rng, len(world.actors))]
            quote = rng.choice(QUOTES)
            art.add("“")
            q0, q1 = art.add(quote, "quote_text")
            art.add(",” ")
            m0 = art.length
            _actor(art, world, speaker, rng, speaker.key not in seen)
            seen.add(speaker.key)
            cue = rng.choice(CUES)
            art.add(f" {cue}.")
            art.pieces.append(Piece("quote", q0, q1, {"speaker": speaker.key, "cue": cue, "source": m0}))
        elif kind == "claim":
            unit, counted = rng.choice(MEASURES)
            word, bound = rng.choice(BOUNDS)
            value = rng.choice([1.7, 2.5, 3, 3.8, 12, 40, 150, 700]) * rng.choice([1000, 1_000_000])
            number = f"{value / 1_000_000:g} million" if value >= 1_000_000 else f"{int(value):,}"
            who = world.actors[world.pick(rng, len(world.actors))]
            _actor(art, world, who, rng, who.key not in seen)
            seen.add(who.key)
            art.add(" estimated that ")
            amount = f"{word} {'USD ' if unit == 'USD' else ''}{number}{'' if unit == 'USD' else ' ' + unit}".strip()
            where = world.places[world.pick(rng, len(world.places))].name
            art.add(amount, "claim", value=value, bound=bound, unit=unit, measure=f"{unit} {counted} in {where}")
            art.add(f" {counted} in {where} by ")
            year = rng.randint(1979, 2019)
            art.add(str(year), "timex", value=str(year))
            art.add(".")
        elif kind == "relative":
            phrase, _ = rng.choice(RELATIVE)
            art.add(phrase, "timex", value=None)
            ev = world.events[world.pick(rng, len(world.events))]
            art.add(", ")
            _event_sentence(art, world, ev, rng, seen, dated=False)
        else:
            art.add(rng.choice(FILLERS))
        art.pieces.append(Piece("sentence", start, art.length, {}))
    art.add("\n")
    art.pieces.append(Piece("published", 0, 0, {"value": f"{pub[0]:04d}-{pub[1]:02d}-{pub[2]:02d}"}))
    return art


def _event_sentence(art: Article, world: World, ev: WorldEvent, rng: random.Random, seen: set[int],
                    dated: bool = True) -> None:
    actor, place = world.actors[ev.actor], world.places[ev.place]
    verb, category, objects = ACTIONS[ev.action]
    start = art.length
    value = None
    if dated:
        text, value = _date_text(ev.date, rng)
        art.add("In " if len(value) == 7 else "On ")
        art.add(text, "timex", value=value)
        art.add(", ")
    _actor(art, world, actor, rng, actor.key not in seen)
    seen.add(actor.key)
    art.add(" ")
    t0, t1 = art.add(verb)
    art.add(f" {objects[ev.obj]} in ")
    art.add(place.name, "mention", place=place.key)
    art.add(".")
    art.pieces.append(Piece("event", start, art.length, {"event": ev.key, "trigger": (t0, t1), "category": category,
                                                          "value": value, "actor": actor.key, "place": place.key}))
