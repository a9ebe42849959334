"""Reporting cues: what makes a verb report speech, an attitude or an intention.

The finder detects reporting verbs from the syntax (a verb with a subject and a clause or a
quotation as its complement); these lexicons only sort them into speech / attitude / intention
and vouch for verbs the small parser attaches badly.
"""
from __future__ import annotations

SPEECH = {
    "say", "state", "affirm", "tell", "add", "recall", "insist", "note", "explain", "ask",
    "write", "tweet", "declare", "warn", "argue", "claim", "continue", "conclude", "reply",
    "respond", "answer", "announce", "report", "confirm", "deny", "admit", "acknowledge",
    "assert", "maintain", "contend", "suggest", "stress", "emphasize", "emphasise", "point",
    "observe", "remark", "comment", "mention", "reveal", "disclose", "indicate", "predict",
    "promise", "pledge", "vow", "urge", "call", "demand", "charge", "accuse", "allege",
    "complain", "concede", "agree", "boast", "brag", "joke", "quip", "shout", "yell", "cry",
    "scream", "whisper", "mutter", "murmur", "exclaim", "proclaim", "testify", "told", "inform",
    "advise", "caution", "reiterate", "repeat", "counter", "retort", "interject", "recount",
    "describe", "characterize", "blast", "slam", "criticize", "criticise", "praise", "thank",
    "acknowledge", "signal", "post", "blog", "email", "text", "reckon", "estimate", "forecast",
    "project", "find", "show", "conclude", "rule", "order", "threaten", "contend", "lament",
    "hint", "imply", "speculate", "tout", "highlight", "underline", "underscore", "specify",
    "explain", "clarify", "elaborate", "recommend", "propose", "question", "wonder", "challenge",
    "dispute", "reject", "rebut", "refute", "defend", "concur", "affirm", "attest", "swear",
    "certify", "guarantee", "assure", "reassure", "remind", "notify", "brief", "preach", "lecture",
    "talk", "speak", "announce", "broadcast", "publish", "release", "issue", "sign",
}
ATTITUDE = {
    "believe", "think", "feel", "fear", "worry", "hope", "expect", "know", "doubt", "suspect",
    "assume", "consider", "regard", "view", "see", "understand", "realize", "realise",
    "recognize", "recognise", "imagine", "suppose", "guess", "trust", "wish", "prefer", "like",
    "love", "hate", "dislike", "welcome", "accept", "oppose", "support", "favor", "favour",
    "agree", "disagree", "learn", "discover", "notice", "remember", "forget", "presume",
    "conclude", "judge", "deem", "sense", "perceive", "anticipate", "dread", "bet", "figure",
    "care", "mind", "bother", "concern", "question",
}
INTENTION = {"want", "plan", "intend", "decide", "aim", "seek", "try", "attempt", "mean",
             "hope", "wish", "desire", "resolve", "determine", "choose", "refuse", "vow", "pledge",
             "promise", "threaten", "offer", "agree", "prepare", "propose"}
# Prepositional cues: "according to X", "in X's view".
PREP_CUES = {("according", "to"), ("as", "per")}
# Nouns whose "that"-clause is reported content: "the claim that", "his statement that".
SPEECH_NOUNS = {"statement", "claim", "remark", "comment", "assertion", "argument", "view",
                "belief", "suggestion", "allegation", "charge", "warning", "promise", "pledge",
                "announcement", "message", "report", "insistence", "contention", "accusation"}
# What an occasion looks like: "in an interview", "at a rally", "during the debate".
OCCASION_NOUNS = {"interview", "conference", "speech", "meeting", "ceremony", "rally", "event",
                  "statement", "hearing", "debate", "summit", "visit", "address", "briefing",
                  "session", "appearance", "broadcast", "podcast", "talk", "discussion", "forum",
                  "luncheon", "dinner", "gathering", "campaign", "stop", "town", "hall", "call",
                  "op-ed", "letter", "post", "tweet", "email", "memo", "book", "documentary",
                  "film", "program", "programme", "show", "speeches", "remarks", "panel",
                  "convention", "commencement", "fundraiser", "vigil", "protest", "march",
                  "celebration", "anniversary", "inauguration", "funeral", "trip", "tour"}
OCCASION_MARKS = {"when", "while", "as", "during", "after", "before"}
# Subjects that are never speakers of a reported clause ("it seems that", "this means that").
NON_SPEAKERS = {"it", "this", "that", "there", "which", "what", "these", "those", "here"}
# Verbs whose "that"-clause is not reported content even with a human subject.
NOT_REPORTING = {"be", "have", "make", "ensure", "do", "get", "take", "give", "so", "seem",
                 "appear", "happen", "mean", "matter", "help", "let", "cause", "become", "go",
                 "come", "put", "keep", "need", "require", "use", "turn", "look", "sound"}


def attribution_of(lemma: str) -> str:
    low = lemma.lower()
    if low in SPEECH:
        return "speech"
    if low in INTENTION:
        return "intention"
    return "attitude"
