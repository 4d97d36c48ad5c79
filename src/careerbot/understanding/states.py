"""Places named in a message: a US state (and DC, PR, GU, VI) by full name, USPS code, everyday
form or big city; "nationally" / "the whole country"; and places outside the US.

BLS publishes OEWS figures for states, not cities, so a city stands for its state and the answer
says the figure is statewide. Codes that are also English words ("in", "or", "me", "hi", "ok",
"oh", "pa"...) count only where a place is meant: right after "in" ("pay in pa?", "in OH"), or
after "for"/"of" unless the word is a pronoun or interjection ("a good fit for me" is not Maine).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from rapidfuzz.distance import OSA

from careerbot.understanding.normalise import BREAK, fold, tokens, words_only
from careerbot.understanding.spelling import english

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
    "ny state": "NY", "new york state": "NY",
    "massachusets": "MA", "missisippi": "MS", "mississipi": "MS", "tennesee": "TN",
    "conneticut": "CT", "illnois": "IL", "arizonia": "AZ", "texs": "TX", "txas": "TX",
    "us virgin islands": "VI",
}  # fmt: skip

# Big cities people name instead of their state (the figure is then the state's).
CITIES: dict[str, str] = {
    "nyc": "NY", "new york city": "NY", "the big apple": "NY", "philly": "PA", "vegas": "NV",
    "atl": "GA", "nola": "LA", "chitown": "IL", "dfw": "TX", "htown": "TX", "socal": "CA",
    "norcal": "CA",
    "manhattan": "NY", "brooklyn": "NY", "the bronx": "NY",
    "queens": "NY", "buffalo": "NY", "la": "CA", "l a": "CA", "los angeles": "CA",
    "san francisco": "CA", "sf": "CA", "the bay area": "CA", "bay area": "CA", "san diego": "CA",
    "san jose": "CA", "sacramento": "CA", "oakland": "CA", "chicago": "IL", "houston": "TX",
    "dallas": "TX", "austin": "TX", "san antonio": "TX", "fort worth": "TX", "el paso": "TX",
    "phoenix": "AZ", "tucson": "AZ", "philadelphia": "PA", "pittsburgh": "PA",
    "jacksonville": "FL", "miami": "FL", "orlando": "FL", "tampa": "FL", "columbus": "OH",
    "cleveland": "OH", "cincinnati": "OH", "indianapolis": "IN", "charlotte": "NC",
    "raleigh": "NC", "seattle": "WA", "denver": "CO", "boston": "MA", "nashville": "TN",
    "memphis": "TN", "detroit": "MI", "portland": "OR", "las vegas": "NV", "baltimore": "MD",
    "milwaukee": "WI", "albuquerque": "NM", "atlanta": "GA", "kansas city": "MO",
    "st louis": "MO", "saint louis": "MO", "omaha": "NE", "minneapolis": "MN", "new orleans": "LA",
    "salt lake city": "UT", "honolulu": "HI", "anchorage": "AK", "boise": "ID",
    "louisville": "KY", "oklahoma city": "OK", "tulsa": "OK", "richmond": "VA",
    "virginia beach": "VA", "newark": "NJ", "jersey city": "NJ", "hartford": "CT",
    "providence": "RI", "birmingham": "AL", "little rock": "AR", "des moines": "IA",
    "wichita": "KS", "charleston": "SC", "san juan": "PR",
    # More big cities and capitals whose names are no everyday word, person's name or second
    # state's city ("madison", "jackson", "springfield", "aurora" are left out).
    "baton rouge": "LA", "shreveport": "LA", "fresno": "CA", "long beach": "CA",
    "bakersfield": "CA", "anaheim": "CA", "santa ana": "CA", "stockton": "CA", "irvine": "CA",
    "santa monica": "CA", "palo alto": "CA", "silicon valley": "CA", "mesa": "AZ", "tempe": "AZ",
    "scottsdale": "AZ", "reno": "NV", "carson city": "NV", "lexington": "KY", "st paul": "MN",
    "saint paul": "MN", "twin cities": "MN", "duluth": "MN", "toledo": "OH", "akron": "OH",
    "dayton": "OH", "greensboro": "NC", "durham": "NC", "huntsville": "AL", "knoxville": "TN",
    "chattanooga": "TN", "fargo": "ND", "sioux falls": "SD", "billings": "MT", "cheyenne": "WY",
    "santa fe": "NM", "las cruces": "NM", "corpus christi": "TX", "lubbock": "TX",
    "laredo": "TX", "plano": "TX", "st petersburg": "FL", "tallahassee": "FL",
    "fort lauderdale": "FL", "pensacola": "FL", "norfolk": "VA", "juneau": "AK", "provo": "UT",
    "colorado springs": "CO", "fort collins": "CO", "boulder": "CO", "cedar rapids": "IA",
    "grand rapids": "MI", "ann arbor": "MI", "lansing": "MI", "flint": "MI", "worcester": "MA",
    "new haven": "CT", "bridgeport": "CT", "stamford": "CT", "yonkers": "NY", "syracuse": "NY",
    "albany": "NY", "trenton": "NJ", "paterson": "NJ", "annapolis": "MD", "harrisburg": "PA",
    "allentown": "PA", "scranton": "PA", "fort wayne": "IN", "south bend": "IN",
    "rockford": "IL", "naperville": "IL", "topeka": "KS", "overland park": "KS",
    "gulfport": "MS", "biloxi": "MS", "tacoma": "WA", "spokane": "WA", "olympia": "WA",
    "green bay": "WI", "pasadena": "CA", "chicagoland": "IL",
}  # fmt: skip

# Places outside the US: the figures are US figures, and the answer says so.
FOREIGN = frozenset(
    """
    canada toronto vancouver montreal ontario quebec alberta uk england britain london scotland
    wales ireland dublin australia sydney melbourne zealand india delhi mumbai bangalore pakistan
    mexico germany berlin france paris spain italy europe japan tokyo china beijing korea seoul
    philippines manila nigeria lagos kenya brazil europe singapore dubai uae
    """.split()
)
FOREIGN = FOREIGN | {fold(word) for word in FOREIGN}  # as a message's words are: "philippine"
FOREIGN_PHRASES = frozenset({("new", "zealand"), ("united", "kingdom"), ("south", "africa"),
                             ("hong", "kong"), ("saudi", "arabia")})  # fmt: skip
FOREIGN_WORDS = FOREIGN | {word for phrase in FOREIGN_PHRASES for word in phrase}

# "and for the country overall?", "nationally?": the user drops the state.
NATIONWIDE = frozenset(
    {("nationally",), ("nationwide",), ("national",), ("country",), ("whole", "us"),
     ("whole", "usa"), ("entire", "us"), ("us", "overall"), ("usa", "overall"), ("overall",),
     ("all", "over", "us"), ("across", "us"), ("in", "us"), ("in", "usa"), ("in", "america"),
     ("us", "average"), ("national", "average"), ("whole", "country"), ("usa",),
     ("all", "usa"), ("all", "us"), ("all", "america"), ("all", "over", "country"),
     ("whole", "america"), ("entire", "america"), ("across", "america"), ("entire", "country")}
)  # fmt: skip

IN_THE_COUNTRY = frozenset({("in", "us"), ("in", "usa"), ("in", "america")})

# Parts of the US that are no state: BLS publishes OEWS by state (and metro), so the answer is
# national and says so. Folded words, as a message's are; the bare compass words only after
# "in (the)": "the south" is a region in "jobs in the south", not in "south carolina".
REGIONS: dict[tuple[str, ...], str] = {
    ("midwest",): "the Midwest", ("mid", "west"): "the Midwest", ("northeast",): "the Northeast",
    ("southeast",): "the Southeast", ("southwest",): "the Southwest",
    ("northwest",): "the Northwest", ("new", "england"): "New England",
    ("pacific", "northwest"): "the Pacific Northwest", ("pnw",): "the Pacific Northwest",
    ("west", "coast"): "the West Coast", ("east", "coast"): "the East Coast",
    ("gulf", "coast"): "the Gulf Coast", ("rust", "belt"): "the Rust Belt",
    ("sun", "belt"): "the Sun Belt", ("appalachia",): "Appalachia",
    ("great", "plain"): "the Great Plains", ("deep", "south"): "the Deep South",
}  # fmt: skip
_COMPASS = {"south": "the South", "north": "the North", "west": "the West", "east": "the East"}

# Two-word state and big-city names by their first word: "new yourk" is New York, though the
# speller would take "yourk" for "youre"; "las vagas" is Las Vegas.
_SECOND_WORDS: dict[str, tuple[str, ...]] = {}
for _name in [*STATES.values(), *CITIES]:
    _first, *_rest = words_only(tokens(_name))
    if len(_rest) == 1:
        _SECOND_WORDS[_first] = (*_SECOND_WORDS.get(_first, ()), _rest[0])


def mend_state_names(words: list[str]) -> list[str]:
    """`words` (folded tokens) with a one-edit typo in a two-word state's (or big city's) second
    word mended where its first word is right: "new yourk", "west virgina", "las vagas"."""
    mended = list(words)
    for at in range(1, len(mended)):
        seconds = _SECOND_WORDS.get(mended[at - 1], ())
        word = mended[at]
        if seconds and word not in seconds and len(word) >= 4:
            near = [s for s in seconds if OSA.distance(word, s) <= 1 + (len(s) >= 7)]
            if len(near) == 1:
                mended[at] = near[0]
    return mended


# A word this common in English is no misspelt place, even after "in" ("in order", "in texts"),
# nor is a country's name ("from india" is not Indiana, "in poland" not Portland). (These
# countries are not FOREIGN places: the intent model learns from phrasings with those masked.)
MISSPELT_MAX_FREQUENCY = 1_000
COUNTRIES = FOREIGN_WORDS | frozenset(
    """
    poland ukraine russia vietnam egypt colombia venezuela cuba haiti jamaica guatemala honduras
    peru chile argentina ecuador bangladesh nepal iran iraq syria afghanistan morocco ghana
    ethiopia somalia portugal netherlands sweden norway finland denmark romania greece israel
    lebanon thailand indonesia malaysia taiwan cambodia salvador lanka
    """.split()
)
# USPS codes that are everyday words: a place only where one is clearly meant.
WORDLIKE = frozenset(
    {"in", "or", "me", "hi", "ok", "oh", "la", "al", "pa", "ma", "de", "co", "id", "ga", "mi", "mo",
     "ne", "wa", "va", "ar", "ia", "ms", "md", "mt", "nd", "sc", "ct", "ri", "ut", "vi", "gu", "dc",
     "ky", "ks", "az", "tn", "nc", "sd", "nh", "pr", "ak", "il", "wi", "mn", "nm"}
)  # fmt: skip
# ...and of those, the ones that after "for"/"of" are still the everyday word ("for me").
NEVER_AFTER_FOR = frozenset({"me", "hi", "oh", "ok", "or", "in", "us", "id", "ma", "pa", "al"})
# Codes that are no English word: a place wherever they end a clause ("teacher salary nc").
CLAUSE_END_CODES = frozenset(
    "nc sc nd sd nh nm ky ks tn az md mt ct ri ut wi mn ak ia il ga pr gu vi dc wa va mo mi".split()
)
_ANCHOR_IN = "in"
_AREA = ("area", "metro", "region")  # "in the DC area", "in dc metro"
_ANCHORS_OTHER = frozenset({"for", "of", "to", "from"})

Via = Literal["name", "code", "everyday", "city"]


@dataclass(frozen=True)
class Place:
    """Where a message asks about. `state` is a USPS code when a US state is meant (a city's
    state, with `city` set, when a city was named); `foreign` names a non-US place; `nationwide`
    means the user asked for the whole country."""

    state: str | None = None
    via: Via | None = None
    city: str | None = None
    foreign: str | None = None
    nationwide: bool = False
    positions: frozenset[int] = frozenset()  # token positions taken, kept out of intent matching
    # "What exam I need to work as nurse in USA?": the country, set against the one the user
    # comes from, not the whole country set against a state (drops no state but for pay)
    in_the_country: bool = False
    # "pay in ohio and michigan", "and in Texas and New York?": the other US states named
    # after `state`, in order (USPS codes)
    also: tuple[str, ...] = ()
    # "in the midwest": a part of the US that is no state (the figures are then national)
    region: str | None = None

    @property
    def named(self) -> bool:
        """Whether the message says where at all (a state, a foreign place, or "nationally")."""
        return self.state is not None or self.foreign is not None or self.nationwide


# A state's name as the first word of another name: a person, a paper, a character.
NAMED_FOR_A_STATE = frozenset(
    {("indiana", "jone"), ("washington", "post"), ("virginia", "woolf")}
)  # (folded: "jones" reads "jone")
# Words before a one-word city from data/cities.csv that make it a place.
CITY_ANCHORS = frozenset({"in", "near", "around", "from", "outside", "at", "of"})


# "We live near Columbus", "we moved to Tacoma", "I'm based in Austin": the user's home
_RESIDING = frozenset({"live", "living", "reside", "based", "located", "moved", "relocated"})
_MOVED = frozenset({"moved", "relocated", "moving"})
_FIRST_PERSON = frozenset({"we", "i", "im", "were", "us", "our", "ive", "weve", "me"})


def _home(sentence: Sequence[str]) -> bool:
    """Whether a sentence says where the user lives: "We live outside Pittsburgh", "I'm in
    Denver", "We're just outside Knoxville if that matters" (not "I'm a mail carrier in
    Worcester": where someone works)."""
    said = set(sentence)
    if said.isdisjoint(_FIRST_PERSON):
        return False
    if not said.isdisjoint(_RESIDING):
        return True
    plain = [w for w in sentence if w not in (BREAK, "just", "right", "also", "actually", "now")]
    after = plain[2:3] if plain[:2] in (["we", "are"], ["i", "am"]) else plain[1:2]
    return (plain[:1] in (["were"], ["im"]) or plain[:2] in (["we", "are"], ["i", "am"])) and (
        after in (["in"], ["outside"], ["near"], ["around"])
    )


def _switched_to(words: Sequence[str], at: int) -> bool:
    """ "what about LA", "and la?": the place alone, moved on to after an answer."""
    opener = [w for w in words[:at] if w not in ("ok", "okay", "so")]
    ends = words[at + 1 : at + 2] in ([], [BREAK])
    return ends and opener in (["what", "about"], ["how", "about"], ["and"])


class StateFinder:
    """Finds the `Place` of a message; tables are built once."""

    def __init__(self, cities: Mapping[str, str] | None = None) -> None:
        """`cities`: more city names -> USPS code (data/cities.csv, GeoNames), after the hand-kept
        CITIES; one-word names among them count only after "in", "near", "from"... ("my son
        tyler" is no Texan city)."""
        phrases: dict[tuple[str, ...], tuple[str, Via, str | None]] = {}
        for code, name in STATES.items():
            phrases[tuple(words_only(tokens(name)))] = (code, "name", None)
            if code.lower() not in WORDLIKE:
                phrases[(code.lower(),)] = (code, "code", None)
        for everyday, code in EVERYDAY.items():
            phrases[tuple(words_only(tokens(everyday)))] = (code, "everyday", None)
        for city, code in CITIES.items():
            key = tuple(words_only(tokens(city)))
            if key not in phrases or len(key) > 1:  # "new york" stays the state
                phrases.setdefault(key, (code, "city", city))
        self._needs_anchor: set[tuple[str, ...]] = set()
        for city, code in (cities or {}).items():
            key = tuple(words_only(tokens(city)))
            if key and key not in phrases and code in STATES:
                phrases[key] = (code, "city", city)
                if len(key) == 1:
                    self._needs_anchor.add(key)
        self._phrases = phrases
        self._longest: dict[str, int] = {}
        for key in phrases:
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))
        # Typo targets: the hand-kept names only. The 1,300 generated city names are words
        # to leave alone, never to correct towards ("barnes" is not "barre").
        self.vocabulary = {
            word
            for key, (_, _, city) in phrases.items()
            if city is None or city in CITIES
            for word in key
            if len(word) > 3
        } | {word for word in FOREIGN_WORDS if len(word) > 3}
        self.city_words = frozenset(word for key in phrases for word in key) - self.vocabulary
        # Typo targets after "in": one-word state names and the hand-kept cities, as spelt
        # (a message's "texass" is set against "texas", not its folded "texa")
        self._one_word_names: dict[str, tuple[str, Via, str | None]] = {
            **{city: (code, "city", city) for city, code in CITIES.items() if " " not in city},
            **{name.lower(): (code, "name", None) for code, name in STATES.items()
               if " " not in name},
        }  # fmt: skip

    def find(self, words: list[str]) -> Place:
        """The first US place named (or a foreign one, or "nationally"), with its positions."""
        for start in range(len(words)):
            longest = self._longest.get(words[start], 0)
            for length in range(min(longest, len(words) - start), 0, -1):
                found = self._phrases.get(tuple(words[start : start + length]))
                if found is None:
                    continue
                if found[2] == "la" and not (
                    self._anchored(words, start, found[2]) or _switched_to(words, start)
                ):
                    continue  # "la" alone is too often a word or a note; "in la" is the city
                key = tuple(words[start : start + length])
                if tuple(words[start : start + length + 1]) in NAMED_FOR_A_STATE:
                    continue  # "is archaeology a real job or just indiana jones"
                if key in self._needs_anchor and (
                    start == 0 or words[start - 1] not in CITY_ANCHORS
                ):
                    continue  # "in tyler" is the city, "my son tyler" is not
                code, via, city = found
                if key == ("wash",) and words[start - 1 : start] in (["car"], ["pressure"]):
                    continue  # "he manages a car wash"
                # Later places ("...Pennsylvania? We live outside Pittsburgh.") are taken too,
                # so their words do not count against the question.
                later, others = self._later(words, start + length)
                taken = set(range(start, start + length)) | later
                if via == "name" and words[start + length : start + length + 1] == ["state"]:
                    taken.add(start + length)  # "in washington state": the place, whole
                also = tuple(dict.fromkeys(c for c in others if c != code))
                return Place(code, via, city, positions=frozenset(taken), also=also)
        for index, word in enumerate(words):
            if word in WORDLIKE and self._anchored(words, index, word):
                return Place(word.upper(), "code", positions=frozenset({index}))
        return self._misspelt(words) or self._elsewhere(words)

    def meant(
        self,
        words: list[str],
        asking: frozenset[int],
        sentences: Sequence[tuple[int, int, bool]] = (),
    ) -> Place:
        """The place a message wants figures for. `asking`: the positions of the sentences
        that ask, where a story is told around them (every position otherwise); `sentences`:
        each sentence's (start, end) positions. A place the question names wins over one of
        the story ("my husband fixes trucks in Oklahoma ... what do diesel mechanics make in
        Texas?", "my grandmother was a librarian in Arkansas ... how many librarians are there
        in the whole country?"); then the user's home ("My nephew in Boston is a firefighter
        ... I'm in Denver.", "We moved from California to Tennessee"); else the story's first
        place (where the family lives, works or studies)."""
        place = self.find(words)
        if len(asking) == len(words) or not place.positions:
            return place
        asked = self.find([w if at in asking else BREAK for at, w in enumerate(words)])
        if asked.named:
            if asked.state == place.state:
                return place
            return replace(asked, positions=asked.positions | place.positions)
        for start, end in ((a, b) for a, b, _ in sentences if _home(words[a:b])):
            # "we moved from California to Tennessee": where they moved to; "his mom is a
            # hairdresser in Tulsa but he now lives with me in Albuquerque": where they live
            residing = [at for at in range(start, end) if words[at] in _RESIDING]
            begin = residing[-1] if residing else start
            if words[begin] in _MOVED:
                begin = next((at for at in range(begin, end) if words[at] == "to"), begin)
            home = self.find([w if begin <= at < end else BREAK for at, w in enumerate(words)])
            if home.state is not None:
                return replace(home, positions=home.positions | place.positions)
        return place

    def _misspelt(self, words: list[str]) -> Place | None:
        """A one-word state or big city typed with a slip after "in" ("in texass", "pay in
        ohoi", "in arizonia"): one edit from one name only (two for long names), and no common
        English word ("in order" is not Oregon) nor a country's name."""
        for index in range(1, len(words)):
            word = words[index]
            if words[index - 1] not in CITY_ANCHORS or len(word) < 4 or not word.isalpha():
                continue
            if english().get(word, 0) >= MISSPELT_MAX_FREQUENCY or word in COUNTRIES:
                continue
            near = {
                found
                for name, found in self._one_word_names.items()
                if OSA.distance(word, name) <= 1 + (len(name) >= 7)
            }
            if len(near) == 1:
                code, via, city = near.pop()
                return Place(code, via, city, positions=frozenset({index}))
        return None

    def _later(self, words: list[str], start: int) -> tuple[set[int], list[str]]:
        """The positions of the places named from `start` on, and the states named by name
        or everyday name among them ("and new york"; not cities, which may be the first
        state's own: "Pennsylvania? We live outside Pittsburgh")."""
        taken: set[int] = set()
        states: list[str] = []
        position = start
        while position < len(words):
            longest = self._longest.get(words[position], 0)
            for length in range(min(longest, len(words) - position), 0, -1):
                found = self._phrases.get(tuple(words[position : position + length]))
                if found is not None:
                    taken.update(range(position, position + length))
                    if found[1] in ("name", "everyday"):
                        states.append(found[0])
                    position += length - 1
                    break
            position += 1
        return taken, states

    @staticmethod
    def _anchored(words: list[str], index: int, word: str) -> bool:
        before = words[index - 1] if index > 0 else ""
        after = words[index + 1] if index + 1 < len(words) else BREAK
        # A place ends its phrase: "in pa?" and "in pa and ohio", not "in pa the pay is".
        ends = after in (BREAK, "and", "or", "versus", "vs", "state", "right", "now", *_AREA)
        if before == "the" and index > 1 and words[index - 2] == _ANCHOR_IN and after in _AREA:
            return True  # "in the DC area"
        if before == _ANCHOR_IN:
            return ends or word not in NEVER_AFTER_FOR
        if before == "the":
            return False  # "a nurse at the VA", "the ME said"
        if word in CLAUSE_END_CODES and ends and index > 0:
            return True
        return before in _ANCHORS_OTHER and ends and word not in NEVER_AFTER_FOR

    @staticmethod
    def _elsewhere(words: list[str]) -> Place:
        for index, word in enumerate(words):
            if word in FOREIGN:
                return Place(foreign=word, positions=frozenset({index}))
            pair = tuple(words[index : index + 2])
            if pair in FOREIGN_PHRASES:
                return Place(foreign=" ".join(pair), positions=frozenset({index, index + 1}))
        for index, word in enumerate(words):
            for length in (2, 1):
                region = REGIONS.get(tuple(words[index : index + length]))
                if region is None and length == 1 and word in _COMPASS:
                    anchored = words[index - 1 : index] == [_ANCHOR_IN] or (
                        words[max(0, index - 2) : index] == [_ANCHOR_IN, "the"]
                    )
                    after = words[index + 1] if index + 1 < len(words) else BREAK
                    region = _COMPASS[word] if anchored and after in (BREAK, "and", "or") else None
                if region is not None:
                    spanned = frozenset(range(index, index + length))
                    return Place(nationwide=True, region=region, positions=spanned)
        # "across the US", "in the whole country": "the" changes nothing
        kept = [i for i, word in enumerate(words) if word != "the"]
        plain = [words[i] for i in kept]
        # every phrase of it: "in US overall" is "in us" and "overall"
        taken: set[int] = set()
        phrases: list[tuple[str, ...]] = []
        for index in range(len(plain)):
            for length in (3, 2, 1):
                phrase = tuple(plain[index : index + length])
                if phrase in NATIONWIDE and not taken.issuperset(kept[index : index + length]):
                    taken.update(kept[index : index + length])
                    phrases.append(phrase)
                    break
        if not phrases:
            return Place()
        country = all(phrase in IN_THE_COUNTRY for phrase in phrases)
        return Place(nationwide=True, positions=frozenset(taken), in_the_country=country)


def state_name(code: str) -> str:
    """The state's name for a sentence: "the District of Columbia", "Texas"."""
    name = STATES.get(code, code)
    return f"the {name}" if code == "DC" else name
