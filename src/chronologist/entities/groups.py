"""Groups and demonyms: "Vietnamese volunteer soldiers" are Vietnam's forces, "Cambodian people"
Cambodia's people; a leader's name before "troops" or "regime" names the leader's movement.
"""
from __future__ import annotations

import functools
from typing import Optional

from chronologist.entities.names import fold

# Demonyms the suffix rules below cannot derive from the country's name.
DEMONYM_EXCEPTIONS = {
    "american": "US", "americans": "US", "british": "GB", "briton": "GB", "britons": "GB",
    "english": "GB", "scottish": "GB", "welsh": "GB", "french": "FR", "frenchman": "FR",
    "dutch": "NL", "swiss": "CH", "swedish": "SE", "swede": "SE", "danish": "DK", "dane": "DK",
    "finnish": "FI", "polish": "PL", "pole": "PL", "turkish": "TR", "turk": "TR",
    "spanish": "ES", "spaniard": "ES", "irish": "IE", "greek": "GR", "filipino": "PH",
    "khmer": "KH", "kampuchean": "KH", "lao": "LA", "laotian": "LA", "thai": "TH",
    "burmese": "MM", "soviet": "RU", "viet": "VN", "israeli": "IL", "saudi": "SA",
    "emirati": "AE", "kiwi": "NZ", "argentine": "AR", "peruvian": "PE", "chilean": "CL",
    "icelandic": "IS", "norwegian": "NO", "belgian": "BE", "portuguese": "PT", "czech": "CZ",
    "slovak": "SK", "croatian": "HR", "croat": "HR", "serb": "RS", "serbian": "RS",
    "bosnian": "BA", "afghan": "AF", "pakistani": "PK", "bangladeshi": "BD", "nepali": "NP",
    "nepalese": "NP", "sri lankan": "LK", "iraqi": "IQ", "iranian": "IR", "syrian": "SY",
    "lebanese": "LB", "jordanian": "JO", "egyptian": "EG", "libyan": "LY", "moroccan": "MA",
    "yemeni": "YE", "omani": "OM", "qatari": "QA", "kuwaiti": "KW", "ukrainian": "UA",
    "palestinian": "PS", "kenyan": "KE", "nigerian": "NG", "ethiopian": "ET", "somali": "SO",
    "sudanese": "SD", "congolese": "CD", "malaysian": "MY", "singaporean": "SG",
    "indonesian": "ID", "korean": None, "mexican": "MX", "cuban": "CU", "canadian": "CA",
    "australian": "AU", "japanese": "JP", "chinese": "CN", "german": "DE", "russian": "RU",
    "indian": "IN", "vietnamese": "VN", "cambodian": "KH", "brazilian": "BR", "italian": "IT",
    "hungarian": "HU", "romanian": "RO", "bulgarian": "BG", "austrian": "AT",
}

# Nouns that make a demonym or a leader's name into a group, and the kind of group.
GROUP_NOUNS = {
    "soldiers": "forces", "soldier": "forces", "troops": "forces", "troop": "forces",
    "forces": "forces", "force": "forces", "army": "forces", "armies": "forces",
    "military": "forces", "volunteers": "forces", "guerrillas": "forces", "fighters": "forces",
    "militia": "forces", "militias": "forces", "units": "forces", "navy": "forces",
    "people": "people", "peoples": "people", "nation": "people", "population": "people",
    "refugees": "people", "citizens": "people", "civilians": "people", "workers": "people",
    "farmers": "people", "students": "people", "voters": "people",
    "government": "government", "authorities": "government", "officials": "government",
    "leaders": "government", "leadership": "government", "administration": "government",
    "advisors": "government", "advisers": "government", "experts": "government",
    "diplomats": "government", "regime": "regime", "clique": "regime", "loyalists": "regime",
    "remnants": "regime", "movement": "regime", "followers": "regime",
}
# A leader's name + one of these is the leader's movement, not the leader ("Pol Pot troops").
LEADER_GROUP_NOUNS = {"troops", "forces", "force", "army", "regime", "clique", "government",
                      "loyalists", "remnants", "soldiers", "followers", "movement", "men",
                      "fighters", "guerrillas", "administration", "camp", "faction", "supporters"}

GROUP_DISPLAY = {"forces": "armed forces", "people": "people", "government": "government",
                 "regime": "regime"}


@functools.lru_cache(maxsize=4096)
def demonym_country(word: str) -> Optional[str]:
    """ISO code of the country a demonym ("Vietnamese", "Cambodians") belongs to, or None."""
    from chronologist.entities.geo import index

    key = fold(word)
    if key in DEMONYM_EXCEPTIONS:
        return DEMONYM_EXCEPTIONS[key]
    if key.endswith("s") and key[:-1] in DEMONYM_EXCEPTIONS:
        return DEMONYM_EXCEPTIONS[key[:-1]]
    if " " in key:
        return None
    if key.endswith("s"):
        key = key[:-1]
    countries = index()["countries"]
    # Vietnam-ese, Cambodia-n, Russia-n, Chin-ese -> China, German -> Germany, Israel-i
    for suffix in ("ese", "ian", "an", "n", "i", "ish", ""):
        if suffix and not key.endswith(suffix):
            continue
        stem = key[: len(key) - len(suffix)] if suffix else key
        if len(stem) < 3:
            continue
        if stem in countries:
            return countries[stem]
        matches = {cc for name, cc in countries.items()
                   if name.startswith(stem) and " " not in name and len(name) - len(stem) <= 2}
        if len(matches) == 1:
            return matches.pop()
    return None


def group_kind(noun: str) -> Optional[str]:
    return GROUP_NOUNS.get(noun.lower())
