"""US states (and DC, PR, GU, VI) named in a message: full name, USPS code or everyday form.

Codes that are also English words ("in", "or", "me", "hi", "ok"...) count only at the end of a
message after "in"/"for" ("nurse pay in OK"); the others ("tx", "fl") count anywhere.
"""

from careerbot.understanding.normalise import tokens, words_only

STATES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico", "GU": "Guam", "VI": "Virgin Islands",
}  # fmt: skip

EVERYDAY: dict[str, str] = {
    "cali": "CA", "calif": "CA", "socal": "CA", "norcal": "CA", "jersey": "NJ", "mass": "MA",
    "washington dc": "DC", "washington d c": "DC", "d c": "DC", "the district": "DC",
    "penn": "PA", "pennsylvannia": "PA", "conn": "CT", "wash": "WA", "tenn": "TN",
    "carolina": "NC", "n carolina": "NC", "s carolina": "SC", "n dakota": "ND", "s dakota": "SD",
    "ny state": "NY", "new york state": "NY", "the big apple": "NY", "nyc": "NY",
    "massachusets": "MA", "missisippi": "MS", "mississipi": "MS", "tennesee": "TN",
    "conneticut": "CT", "illnois": "IL", "arizonia": "AZ", "philly": "PA", "vegas": "NV",
    "us virgin islands": "VI",
}  # fmt: skip

# USPS codes that are everyday words: only trusted at the end after "in" / "for".
WORDLIKE = frozenset(
    {"in", "or", "me", "hi", "ok", "oh", "la", "al", "pa", "ma", "de", "co", "id", "ga", "mi", "mo",
     "ne", "wa", "va", "ar", "ia", "ms", "md", "mt", "nd", "sc", "ct", "ri", "ut", "vi", "gu", "dc",
     "ky", "ks", "az", "tn", "nc", "sd", "nh", "pr", "ak", "il", "wi", "mn", "nm"}
)  # fmt: skip
_ANCHORS = frozenset({"in", "for", "of"})


class StateFinder:
    def __init__(self) -> None:
        phrases: dict[tuple[str, ...], str] = {}
        for code, name in STATES.items():
            phrases[tuple(words_only(tokens(name)))] = code
            if code.lower() not in WORDLIKE:
                phrases[(code.lower(),)] = code
        for everyday, code in EVERYDAY.items():
            phrases[tuple(words_only(tokens(everyday)))] = code
        self._phrases = phrases
        self._longest: dict[str, int] = {}
        for key in phrases:
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))
        self.vocabulary = {word for key in phrases for word in key if len(word) > 3}

    def find(self, words: list[str]) -> tuple[str | None, set[int]]:
        """The first state named, and the token positions it took (to keep them from intents)."""
        for start in range(len(words)):
            longest = self._longest.get(words[start], 0)
            for length in range(min(longest, len(words) - start), 0, -1):
                code = self._phrases.get(tuple(words[start : start + length]))
                if code is not None:
                    return code, set(range(start, start + length))
        tail = [word for word in words if word != "|"]
        if len(tail) >= 2 and tail[-2] in _ANCHORS and tail[-1] in WORDLIKE:
            position = len(words) - 1 - words[::-1].index(tail[-1])
            return tail[-1].upper(), {position}
        return None, set()


def state_name(code: str) -> str:
    return STATES.get(code, code)
