"""Find occupations named in a message: by SOC code, official OEWS title, hand-kept alias, field
noun, O*NET job title or a near spelling of one, wherever they stand in the message.

Every name becomes a tuple of folded tokens in one dict, built at start-up; a message is scanned
for the longest known phrase at each position (punctuation inside a name is skipped, so
"Dispatchers, Except Police, Fire, and Ambulance" is one name), so the cost depends on the
message, not on how many names the bot knows (about 60,000 with O*NET's titles).

Where the same words are a name in several sources, the first of these wins whole:
1. data/aliases.yaml (and a profile's own `aliases`): everyday names, misspellings, deliberate
   ambiguity, kept by hand;
2. SOC codes ("25-4031");
3. the 830 official OEWS titles, exactly as BLS publishes them;
4. data/fields.yaml: the field instead of the worker ("welding", "nursing");
5. the parts of OEWS titles ("Library Technicians and Assistants" -> "library assistants";
   "Cooks, Restaurant" -> "restaurant cooks", "cooks");
6. O*NET 30.3 job titles (data/onet/titles.csv).
A name that still means several occupations is resolved by `ambiguity.resolve` (employment).
"""

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple, Protocol

from rapidfuzz import fuzz, process

from careerbot.catalog.models import Occupation
from careerbot.understanding import name_cache
from careerbot.understanding.ambiguity import resolve
from careerbot.understanding.described import (
    LIKELY_LEAD,
    NEAR_TIE,
    DescribedJobs,
    DescribedResult,
)
from careerbot.understanding.normalise import ARTICLES, BREAK, tokens, words_only
from careerbot.understanding.rankings import AI_WORDS
from careerbot.understanding.unknown_jobs import UnknownJob, UnknownJobs

if TYPE_CHECKING:
    from careerbot.catalog import Catalog

How = Literal["code", "title", "alias", "onet_title", "fuzzy", "field", "described", "offered"]

# How sure each way of finding a name is, 0-100, for the policy (answer, or "Did you mean …?").
SCORES: dict[str, float] = {
    "alias": 100.0,
    "code": 100.0,
    "title": 100.0,
    "field": 90.0,
    "onet_title": 95.0,
}
GUARDED_SCORE = 80.0  # a common English word taken as a job because its neighbours say so
FUZZY_CUTOFF = 85.0  # rapidfuzz ratio of the whole name
FUZZY_WORD_CUTOFF = 75.0  # ... and of the misspelt word against the word it stands for
FUZZY_MIN_LENGTH = 4
FUZZY_MAX_WORDS = 4


@dataclass(frozen=True)
class Mention:
    """Words `start:end` (token indices, end exclusive) of a message name an occupation.

    `socs` has one SOC code when the name is resolved (then `alternatives` holds the other
    occupations the same name can mean, biggest employment first, for "Also: …" buttons) and
    several when the name is ambiguous and the user should be asked first. `how` says which
    source found it and `score` (0-100) how sure that is: 100 for an exact alias, code or OEWS
    title, 95 for an O*NET title, 90 for a field noun, 80 for a guarded common word, and the
    rapidfuzz ratio for a near spelling.
    """

    start: int
    end: int  # exclusive token index
    socs: tuple[str, ...]  # more than one when the words name several occupations
    # Other meanings of a name resolved to its dominant one ("nurse" -> RNs; also LPNs, NPs).
    alternatives: tuple[str, ...] = ()
    how: How = "title"
    score: float = 100.0


class JobTitleLike(Protocol):
    """One row of data/onet/titles.csv: a job title and the OEWS SOC code it belongs to."""

    @property
    def title(self) -> str: ...
    @property
    def soc(self) -> str: ...


# Job words so general that alone they name no occupation: "my manager", "the operator".
GENERIC = frozenset(
    """
    manager supervisor worker assistant specialist technician technologist operator clerk helper
    director officer agent associate administrator analyst consultant coordinator representative
    inspector attendant aide laborer apprentice trainee intern owner president chief partner lead
    head staff member employee volunteer professional expert advisor adviser executive leader
    instructor designer developer scientist mechanic installer repairer tester handler examiner
    investigator planner estimator engineer teacher therapist counselor generalist contractor
    builder maker setter tender person man woman boy girl master principal general
    """.split()
)
# Real job names that are also everyday English: a job only where a neighbour says so ("a
# model", "do models earn", "pa school"), never in "a good model for this" or "pay in pa?".
WEAK = frozenset(
    """
    model host guard server pa cook judge page runner reader porter usher mate pilot general
    principal chief lead head sitter scout coach pt ot dev
    """.split()
)
_QUALIFIED = frozenset(
    """strength strengths reason reasons duty duties challenge challenges advantage advantages
    benefit benefits skill skills concern concerns difference differences point points part parts
    thing things question questions idea ideas role purpose goal goals factor factors source
    sources problem problems task tasks""".split()
)
_DIFFERENT = frozenset({"different", "diff", "differ", "differs"})
_BEFORE_JOB = frozenset(
    """a an the as become becoming being be do are were for of professional fashion
    versus than about mean meant""".split()
)
_AFTER_JOB = frozenset(
    "salary pay paid wage earn make career job income degree school training outlook versus".split()
)
_COUNTED = frozenset({"are", "work", "there", "in", "employed", "working"})
# "nurse or pilot", "lawyer and judge": a weak word joined to a job just named is one too.
_JOINING = frozenset({"or", "and"})
# "mechanical vs electrical vs civil engineering": words that share a name's head noun
_SHARING = _JOINING | {"versus"}
# The verbs of the hand-kept names that say the work done ("do hair", "make software")
DOING_VERBS = frozenset("do does doing make making write writing build building".split())
# A single word from O*NET counts as a job name only if it is the head of some official title or
# alias, or built like one: "bitter", "booster", "cooler" are O*NET titles too.
_JOB_SUFFIXES = (
    "ist", "ician", "grapher", "smith", "wright", "maker", "keeper", "tender", "person", "worker",
    "man",
)  # fmt: skip
# An O*NET title that starts or ends with one of these ("DO Physician") would swallow the words
# around a name ("what do physicians earn").
_FUNCTION_WORDS = frozenset(
    """
    do does did is are was were be a an the what how who why when where can could will would my
    your you i me we they he she its to in on at for of and or as by with so if no not all any
    more most good best this that there here get got
    """.split()
)
_PARENTHESIS = re.compile(r"\s*\(([^)]*)\)")
_ACRONYM = re.compile(r"^[A-Z]{3,6}$")

# Sources in the order they win (see the module docstring).
_ALIAS, _CODE_RANK, _TITLE, _FIELD, _PART, _ONET = range(6)
_HOW: dict[int, How] = {
    _ALIAS: "alias",
    _CODE_RANK: "code",
    _TITLE: "title",
    _FIELD: "field",
    _PART: "title",
    _ONET: "onet_title",
}


def _key(name: str) -> tuple[str, ...]:
    return tuple(words_only(tokens(name)))


def _title_phrases(title: str) -> list[str]:
    """The parts of an official title people type on their own.

    "Library Technicians and Assistants" -> "Library Technicians", "Library Assistants";
    "Cooks, Restaurant" -> "Restaurant Cooks"; "Model Makers, Wood" -> "Wood Model Makers".
    "Medical and Health Services Managers" -> "Health Services Managers"; "Roustabouts, Oil and
    Gas" -> "Roustabouts". "X, All Other" gives nothing: "X" alone means
    more than the leftover. Where several titles give the same part ("Cooks, Fast Food", "Cooks,
    Restaurant"), the part means all of them and employment settles it."""
    phrases: list[str] = _split_at_and(title)
    if " and " in title and "," not in title and not phrases:
        left, right = title.split(" and ", 1)
        head, _, _ = left.rpartition(" ")
        if not head and not left.endswith("s") and " " in right and not right.startswith("Other"):
            # "Medical and Health Services Managers" -> "Health Services Managers": a modifier
            # and a whole title (not "Paralegals and Legal Assistants": two nouns)
            phrases.append(right)
    head, comma, qualifier = title.partition(", ")
    lowered = qualifier.lower()
    # "Roustabouts, Oil and Gas" -> "Roustabouts"; never the first item of a list ("Computer,
    # Automated Teller, and Office Machine Repairers") nor a leftover ("Life, ..., All Other").
    if comma and ", and " not in title and "all other" not in lowered and head.endswith("s"):
        phrases.append(head)
    if (
        comma
        and "," not in qualifier
        and not lowered.startswith(("all other", "except", "including", "and "))
        and len(qualifier.split()) <= 3
    ):
        phrases.append(f"{qualifier} {head}")
    return phrases


def _split_at_and(title: str) -> list[str]:
    """The two jobs of a title that joins two nouns under one modifier: "Radiologic
    Technologists and Technicians" -> "Radiologic Technologists", "Radiologic Technicians";
    [] for any other title."""
    if " and " not in title or "," in title:
        return []
    left, right = title.split(" and ", 1)
    head, _, _ = left.rpartition(" ")
    return [left, f"{head} {right}"] if head and " " not in right else []


def _onet_names(title: str) -> list[str]:
    """An O*NET title and its forms without the parenthesis: "Library Technical Assistant (LTA)"
    -> itself, "Library Technical Assistant", "LTA" (an acronym of 3+ capitals only)."""
    names = [title]
    inside = _PARENTHESIS.findall(title)
    if inside:
        names.append(_PARENTHESIS.sub("", title))
        names += [part for part in inside if _ACRONYM.match(part)]
    return names


# Heads of job titles said before what they qualify in many languages ("teacher of math",
# "technician of civil engineering", "supervisor of the cleaners").
INVERTED_HEADS = frozenset(
    "teacher technician engineer supervisor manager assistant operator inspector mechanic "
    "specialist instructor professor".split()
)
# What a name means: (socs, alternatives, how). A plain tuple, so the cached index loads at C speed.
_Entry = tuple[tuple[str, ...], tuple[str, ...], How]


class _Index(NamedTuple):
    """Everything `find` reads, as built (or read back from the cache)."""

    phrases: dict[tuple[str, ...], _Entry]
    guarded: frozenset[str]  # single words that are a job only where a neighbour says so
    masked: dict[tuple[str, ...], tuple[str, ...]]  # see _masked_index
    employment: dict[str, int]  # SOC -> jobs (BLS OEWS)


def _single_word_job(word: str, heads: set[str]) -> bool:
    if len(word) <= 2 or word in GENERIC or not word.isalpha():
        return False
    return word in heads or word.endswith(_JOB_SUFFIXES)


def _masked_index(
    phrases: Mapping[tuple[str, ...], _Entry],
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each multi-word name with one word masked -> the words that fill the mask: a near
    spelling of one word is then found among a handful of words, not 60,000 names (the name
    is the masked key with the word put back)."""
    masked: dict[tuple[str, ...], dict[str, None]] = defaultdict(dict)
    for key in phrases:
        if 2 <= len(key) <= FUZZY_MAX_WORDS:
            for i, word in enumerate(key):
                if len(word) >= FUZZY_MIN_LENGTH:
                    masked[(*key[:i], "*", *key[i + 1 :])][word] = None
    return {key: tuple(words) for key, words in masked.items()}


class OccupationFinder:
    """The name index. Built once (a few seconds with O*NET's 60,000 titles, or read back from
    the cache by `from_catalog`); `find` is pure."""

    def __init__(
        self,
        occupations: Iterable[Occupation],
        aliases: Mapping[str, Sequence[str]] | None = None,
        *,
        titles: Iterable[JobTitleLike] = (),
        fields: Mapping[str, Sequence[str]] | None = None,
        employment: Mapping[str, int] | None = None,
        unknown: UnknownJobs | None = None,
        also: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """`aliases` and `fields` map a name to SOC codes (several = ambiguous on purpose, the
        likeliest first); `titles` are O*NET job titles with their OEWS SOC code; `employment`
        (SOC -> jobs, BLS OEWS) settles names that mean several occupations; `unknown` holds
        the job names careerbot has no figures for (data/outside.yaml); `also` adds, by hand,
        occupations to offer beside the one a name means (aliases.yaml `also:`)."""
        unknown = unknown or UnknownJobs()
        occupations = list(occupations)
        known = {occupation.soc for occupation in occupations}
        jobs: dict[str, int] = dict(employment or {})
        for occupation in occupations:
            if occupation.soc not in jobs and occupation.employment is not None:
                jobs[occupation.soc] = occupation.employment
        found: dict[tuple[str, ...], dict[int, dict[str, None]]] = defaultdict(dict)
        keys: dict[str, tuple[str, ...]] = {}

        def key_of(name: str) -> tuple[str, ...]:
            key = keys.get(name)  # O*NET repeats a title under several codes
            if key is None:
                key = keys[name] = _key(name)
            return key

        def add(name: str, socs: Iterable[str], rank: int) -> None:
            key = key_of(name)
            if key:
                found[key].setdefault(rank, {}).update(dict.fromkeys(socs))

        for name, socs in (aliases or {}).items():
            add(name, socs, _ALIAS)
        hand_kept = {key_of(name) for name in aliases or {}}
        heads: set[str] = set()
        for occupation in occupations:
            found[(occupation.soc,)].setdefault(_CODE_RANK, {})[occupation.soc] = None
            for alias in occupation.aliases:
                if key_of(alias) not in hand_kept:  # data/aliases.yaml wins over a profile
                    add(alias, [occupation.soc], _ALIAS)
            add(occupation.title, [occupation.soc], _TITLE)
            for phrase in [occupation.title, *_title_phrases(occupation.title)]:
                key = key_of(phrase.partition(",")[0])
                if key:
                    heads.add(key[-1])
            split = _split_at_and(occupation.title)
            for phrase in _title_phrases(occupation.title):
                # A one-word part ("roustabouts") is that occupation's own word, and so is each
                # half of "Radiologic Technologists and Technicians"; a longer one ("chemistry
                # teachers" of "..., Postsecondary") shares O*NET's titles.
                own = len(key_of(phrase)) == 1 or phrase in split
                add(phrase, [occupation.soc], _PART if own else _ONET)
        heads.update(key[-1] for key in hand_kept if key)
        for name, socs in (fields or {}).items():
            add(name, socs, _FIELD)
        rare: set[str] = set()
        for row in titles:
            if row.soc not in known:
                continue
            for name in _onet_names(row.title):
                key = key_of(name)
                if not key or key[0] in _FUNCTION_WORDS or key[-1] in _FUNCTION_WORDS:
                    continue
                if len(key) == 1 and not _single_word_job(key[0], heads):
                    if len(key[0]) <= 3 or key[0] in GENERIC or not key[0].isalpha():
                        continue
                    rare.add(key[0])  # "etcher", and also "tracker": a job only when guarded
                found[key].setdefault(_ONET, {})[row.soc] = None
        # After O*NET's titles too: "patient care tech", "hemodialysis tech" are clipped there.
        _add_derived(found)

        phrases: dict[tuple[str, ...], _Entry] = {}
        for key, by_rank in found.items():
            rank = min(by_rank)
            if rank == _ONET and key in unknown.names:
                continue  # O*NET files "Influencer" under Models; careerbot says it is unknown
            if rank == _ONET and (key in COMMON_WORD_TITLES or _phrasal_verb(key)):
                continue  # "work with my hands", "for extra money", "pick up": no job named
            meaning = resolve(list(by_rank[rank]), jobs, keep_order=rank == _ALIAS)
            phrases[key] = (meaning.socs, meaning.alternatives, _HOW[rank])
        for name, extra in (also or {}).items():
            key = key_of(name)
            if key in phrases:
                phrases[key] = _with_alternatives(phrases[key], [s for s in extra if s in known])
        # Single words that are a job only where a neighbour says so (see `_allowed`).
        guarded = frozenset(WEAK | {word for word in rare if _ONET in found[(word,)]})
        self._install(_Index(phrases, guarded, _masked_index(phrases), jobs), unknown)

    def _install(self, index: "_Index", unknown: UnknownJobs) -> None:
        self._index = index
        self._phrases = index.phrases
        self._guarded = index.guarded
        self._masked = index.masked
        self.employment = index.employment
        self._unknown = unknown
        self._catalog: Catalog | None = None  # for the described-job index, built on first use
        # SOC code -> the folded words of its official title (set by `from_catalog`): read to
        # tell a name's meanings apart by the words around it, and near-tied described jobs
        self.title_words: dict[str, frozenset[str]] = {}
        self._cache_dir: Path | None = None
        self._described: DescribedJobs | None = None
        # Two occupations one hand-kept name means, and the one it is answered for ("library
        # assistant": Library Technicians and Assistants, also Library Assistants, Clerical).
        dominant: dict[frozenset[str], set[str]] = defaultdict(set)
        for socs, alternatives, how in self._phrases.values():
            if how == "alias" and len(socs) == 1:
                for other in alternatives:
                    dominant[frozenset((socs[0], other))].add(socs[0])
        self._one_name = {pair: next(iter(d)) for pair, d in dominant.items() if len(d) == 1}
        # Longest phrase starting with each word: most words start none, and are skipped at once.
        self._longest: dict[str, int] = {}
        for key in self._phrases:
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))
        self.vocabulary = {word for key in self._phrases for word in key}
        # Words of the hand-kept and official names: what typos are corrected towards. O*NET's
        # 60,000 titles would turn too many everyday typos into rare job words.
        official = [key for key, entry in self._phrases.items() if entry[2] != "onet_title"]
        self.core_vocabulary = {word for key in official for word in key}
        # Words the rest of the bot knows (intent phrasings, states): never a misspelt job name.
        self.everyday: frozenset[str] = frozenset()

    @classmethod
    def from_catalog(
        cls, catalog: "Catalog", cache_dir: Path | Literal["default"] | None = "default"
    ) -> "OccupationFinder":
        """The finder for a loaded catalog: its occupations, aliases, field nouns, O*NET titles
        and OEWS national employment.

        The built index is cached in `cache_dir` (default: $CAREERBOT_CACHE_DIR, else
        $XDG_CACHE_HOME/careerbot or ~/.cache/careerbot; None: no cache) under the SHA-256 of
        everything it is built from, this code included: a changed file is never served stale,
        and a cache that cannot be read or written is rebuilt or skipped, never an error."""
        employment: dict[str, int] = {}
        if catalog.oews is not None:
            for soc, figures in catalog.oews.national.items():
                jobs = figures.number("employment")
                if jobs is not None:
                    employment[soc] = int(jobs)
        unknown = UnknownJobs(
            catalog.outside.military, catalog.outside.unpublished, catalog.outside.employers
        )
        folder = name_cache.default_dir() if cache_dir == "default" else cache_dir
        fingerprint = name_cache.fingerprint(catalog, employment) if folder else ""
        stored = name_cache.read(folder, fingerprint) if folder else None
        index = _Index(*stored) if isinstance(stored, tuple) and len(stored) == 4 else None
        if index is not None:
            finder = cls.__new__(cls)
            finder._install(index, unknown)
        else:
            finder = cls(
                catalog.occupations.values(),
                catalog.aliases,
                titles=catalog.titles,
                fields=catalog.fields,
                also=catalog.also,
                employment=employment,
                unknown=unknown,
            )
            if folder:
                name_cache.write(folder, fingerprint, tuple(finder._index))
        finder._catalog = catalog
        finder._cache_dir = folder
        finder.title_words = {
            soc: frozenset(words_only(tokens(occupation.title)))
            for soc, occupation in catalog.occupations.items()
        }
        return finder

    def described(self, words: list[str]) -> DescribedResult | None:
        """Occupations a message describes instead of naming ("the people who clean your
        teeth"), best first with scores, or None when it describes no worker. Call it only when
        `find` found no name. The index (O*NET descriptions, tasks and titles) is built on the
        first call or by `warm()`: about 0.1 s from the name cache, several seconds (reading
        every profile, fitting TF-IDF) without it."""
        if not DescribedJobs.describes(words):
            return None
        result = self.warm().find(words)
        if result is None or result.confident or len(result.candidates) < 2:
            return result
        # "the ppl who check out books at the library": the two meanings of one name (library
        # assistant) neck and neck, well ahead of the rest: answered as that name is
        first, second, *rest = result.candidates
        meant = self._one_name.get(frozenset((first.soc, second.soc)))
        third = rest[0].score if rest else 0.0
        if meant is None or min(first.score, second.score) < LIKELY_LEAD * third:
            # Offered to pick from, and the first answered if none is picked: among the near
            # tied, one whose title says a word looked up first ("the people who put you to
            # sleep": anesthesiologists), then the most common ("the ppl who fix teeth":
            # dentists, not orthodontists)
            tied = [c for c in result.candidates if c.score >= NEAR_TIE * first.score]
            tied.sort(
                key=lambda c: (
                    result.terms.isdisjoint(self.title_words.get(c.soc, ())),
                    -self.employment.get(c.soc, 0),
                )
            )
            return replace(result, candidates=(*tied, *result.candidates[len(tied) :]))
        ordered = (first, second) if meant == first.soc else (second, first)
        return DescribedResult((*ordered, *rest), confident=False, likely=True)

    def warm(self) -> DescribedJobs:
        """Build the described-job index now (a long-running bot calls this at start-up)."""
        if self._described is None:
            catalog = self._catalog
            self._described = (
                DescribedJobs.from_catalog(catalog, self._cache_dir)
                if catalog is not None
                else DescribedJobs({})
            )
        return self._described

    # -- per message ------------------------------------------------------------------------
    def meaning(self, name: str) -> Mention | None:
        """The occupation(s) a name on its own means, as a Mention over all its words, or None."""
        words = words_only(tokens(name))
        entry = self._phrases.get(tuple(words))
        return None if entry is None else self._mention(entry, 0, len(words))

    def alias_only_words(self) -> frozenset[str]:
        """Words said only in hand-kept names (data/aliases.yaml), in no title: slang and
        abbreviations, and typos kept on purpose ("sofware engineer", "genetic counsler")."""
        alias = {w for key, entry in self._phrases.items() if entry[2] == "alias" for w in key}
        other = {w for key, entry in self._phrases.items() if entry[2] != "alias" for w in key}
        return frozenset(alias - other)

    def alias_words(self) -> dict[str, frozenset[str]]:
        """SOC code -> the words of the hand-kept names that mean only it ("mri tech": "mri",
        "tech" for 29-2035), for pointing at a career by a word of the name the user knows."""
        found: dict[str, set[str]] = defaultdict(set)
        for key, (socs, _, how) in self._phrases.items():
            if how == "alias" and len(socs) == 1:
                found[socs[0]].update(key)
        return {soc: frozenset(words) for soc, words in found.items()}

    def unknown_job(
        self, words: list[str], mentions: Sequence[Mention] | None = None
    ) -> UnknownJob | None:
        """A job name in `words` that careerbot has no figures for, or None: a military job
        (`military=True`: outside the BLS wage data), a name from data/outside.yaml with its
        nearest real occupations, or a job-like word nothing knows ("become a vlogger").
        `mentions` are `find(words)` when the caller has them already."""
        found = self.find(words) if mentions is None else mentions
        return self._unknown.find(
            words, found, lambda word: word in self.vocabulary or word in self.everyday
        )

    def employer(self, words: list[str], mentions: Sequence[Mention]) -> str | None:
        """The employer named in `words` ("how much does starbucks pay"), or None: BLS
        publishes pay by occupation, not by employer (see UnknownJobs.employer)."""
        return self._unknown.employer(
            words, mentions, lambda word: word in self.vocabulary or word in self.everyday
        )

    def find(self, words: list[str]) -> list[Mention]:
        """Occupations named in `words` (folded tokens, BREAK where punctuation stood), in order.

        Longest exact name first at each position; then near spellings of multi-word names
        around words nothing knows ("dental hygenist"). Pure; a few dict probes per word."""
        positions = [i for i, word in enumerate(words) if word != BREAK]
        plain = [words[i] for i in positions]
        mentions: list[Mention] = []
        covered = [False] * len(plain)
        at = 0
        while at < len(plain):
            inverted = self._inverted(plain, at)
            if inverted is not None:
                # "teacher of math", "technician of civil engineering": the name said the
                # other way round, as in many languages
                said, end = inverted
                mentions.append(self._mention(said, positions[at], positions[end - 1] + 1))
                covered[at:end] = [True] * (end - at)
                at = end
                continue
            longest = self._longest.get(plain[at], 0)
            if plain[at] in DOING_VERBS and self._named_at(plain, at + 1) > 1:
                longest = 0  # "what do hair stylists make": the name, not "do hair"
            for length in range(min(longest, len(plain) - at), 0, -1):
                entry = self._phrases.get(tuple(plain[at : at + length]))
                allowed = length > 1 or self._allowed(plain, at, covered, positions)
                if entry is not None and allowed:
                    mention = self._mention(entry, positions[at], positions[at + length - 1] + 1)
                    if length == 1 and plain[at] in self._guarded and entry[2] != "code":
                        mention = replace(mention, score=GUARDED_SCORE)
                    mentions.append(mention)
                    covered[at : at + length] = [True] * length
                    at += length
                    break
            else:
                at += 1
        if not all(covered):
            mentions += self._shared_head(plain, positions, covered, mentions)
            near = self._near(plain, positions, covered, mentions)
            # "fashon designer": the near spelling of the longer name replaces "designer"
            mentions = [m for m in mentions if not any(_overlap(m, n) for n in near)] + near
            mentions += self._activities(plain, positions, covered)
            mentions.sort(key=lambda mention: mention.start)
        return mentions

    def _named_at(self, plain: list[str], at: int) -> int:
        """How many words the longest name starting at `at` has (0: none)."""
        if at >= len(plain):
            return 0
        longest = min(self._longest.get(plain[at], 0), len(plain) - at)
        lengths = range(longest, 0, -1)
        return next((n for n in lengths if tuple(plain[at : at + n]) in self._phrases), 0)

    def _inverted(self, plain: list[str], at: int) -> tuple[_Entry, int] | None:
        """ "teacher of math" read as "math teacher": the entry and where the words end, or
        None. Only for the heads of job titles (`INVERTED_HEADS`), with "of" or "of the"."""
        if plain[at] not in INVERTED_HEADS or plain[at + 1 : at + 2] != ["of"]:
            return None
        start = at + 3 if plain[at + 2 : at + 3] == ["the"] else at + 2
        for length in range(3, 0, -1):
            said = plain[start : start + length]
            entry = self._phrases.get((*said, plain[at])) if len(said) == length else None
            if entry is not None:
                return entry, start + length
        return None

    def _shared_head(
        self, plain: list[str], positions: list[int], covered: list[bool], found: list[Mention]
    ) -> list[Mention]:
        """ "elementary and high school teachers", "registered or practical nurses": a word
        joined to a name of several words that, put in place of the name's first words, makes
        another name. Marks the word covered."""
        extra: list[Mention] = []
        starts = {positions.index(m.start): m for m in found if m.start in positions}
        for at, mention in starts.items():
            name = plain[at : at + sum(1 for p in positions if mention.start <= p < mention.end)]
            # "mechanical vs electrical vs civil engineering": each word before, in turn
            while at >= 2 and plain[at - 1] in _SHARING and not covered[at - 2]:
                entry = next(
                    (
                        entry
                        for keep in range(len(name) - 1, 0, -1)
                        if (entry := self._phrases.get((plain[at - 2], *name[-keep:])))
                    ),
                    None,
                )
                # "ai vs library tech" asks whether AI takes the job ("AI Tech" is an O*NET
                # title for artificial insemination): AI set against a career is none
                if entry is None or (plain[at - 1] not in _JOINING and plain[at - 2] in AI_WORDS):
                    break
                extra.append(self._mention(entry, positions[at - 2], positions[at - 2] + 1))
                covered[at - 2] = True
                at -= 2
        # "real estate agent or broker", "dental assistant or hygienist": the first words shared
        for at, mention in starts.items():
            size = sum(1 for p in positions if mention.start <= p < mention.end)
            after = at + size
            if size < 2 or after + 1 >= len(plain) or plain[after] not in _JOINING:
                continue
            start = positions[after + 1]
            alone = next((m for m in found if m.start == start), None)
            if covered[after + 1] and (alone is None or alone.end != start + 1):
                continue  # a longer name of its own follows
            name = plain[at:after]
            for keep in range(len(name) - 1, 0, -1):
                entry = self._phrases.get((*name[:keep], plain[after + 1]))
                if entry is not None:
                    joined = self._mention(entry, start, start + 1)
                    if alone is not None and alone.how == "alias" and joined.how != "alias":
                        break  # "dental hygienist or nurse": the nurse, not O*NET's "Dental Nurse"
                    if alone is not None:  # "broker" alone yields to "real estate broker"
                        found.remove(alone)
                    extra.append(joined)
                    covered[after + 1] = True
                    break
        # "electrical engineer vs mechanical", "high school teacher or middle school": the
        # words after, with the name's head noun
        for at, mention in starts.items():
            size = sum(1 for p in positions if mention.start <= p < mention.end)
            after = at + size
            if size < 2 or after + 1 >= len(plain) or plain[after] not in _SHARING:
                continue
            for count in (2, 1):
                said = plain[after + 1 : after + 1 + count]
                if len(said) < count or any(covered[after + 1 : after + 1 + count]):
                    continue
                entry = self._phrases.get((*said, plain[after - 1]))
                if entry is not None and entry != self._phrases.get(tuple(plain[at:after])):
                    start = positions[after + 1]
                    extra.append(self._mention(entry, start, positions[after + count] + 1))
                    covered[after + 1 : after + 1 + count] = [True] * count
                    break
        return extra

    def _allowed(
        self, plain: list[str], at: int, covered: list[bool], positions: list[int]
    ) -> bool:
        """A single WEAK (or rare O*NET) word is a job only next to words that make it one (in
        the same sentence), or joined by "or"/"and" to a job named just before it."""
        word = plain[at]
        if word not in self._guarded or len(plain) == 1:  # "model" alone answers "which career?"
            return True
        before = plain[at - 1] if at > 0 else ""
        # "big truck with trailer. salary?": a word after a full stop is no neighbour
        joined_after = at + 1 < len(plain) and positions[at + 1] == positions[at] + 1
        after = plain[at + 1] if joined_after else ""
        # "is pilot a good job": a job word a few words on says so too
        if before == "is" and not _AFTER_JOB.isdisjoint(plain[at + 1 : at + 4]):
            return True
        # "how many pilots are there", not "how many residents does ohio have"
        if before == "many" and after in _COUNTED:
            return True
        # "the principal strengths", "the lead role": an adjective before a noun of the
        # question, not the job
        if after in _QUALIFIED:
            return False
        # "how is that different from pt": set against a career, so one itself
        if before == "from" and at >= 2 and plain[at - 2] in _DIFFERENT:
            return True
        # "pilots, what do they do", "cooks how much do they make": the message opens with the
        # career it asks about (a verb there would have its object after it)
        if at == 0 and ((len(plain) > 1 and not joined_after) or after in _ASKING_NEXT):
            return True
        # "and coaches?", "what about pilots": a short follow-up naming the next career
        if before in ("and", "about") and at == len(plain) - 1 and at <= 2:
            return True
        joined = before in _JOINING and at >= 2 and covered[at - 2]
        # "pt or ot", "np or pa": two job abbreviations joined are both jobs.
        # ("pilot or air traffic controller": a longer name after it too)
        pair = after in _JOINING and at + 2 < len(plain) and self._named_at(plain, at + 2) > 0
        joined = joined or pair
        return before in _BEFORE_JOB or after in _AFTER_JOB or joined

    def _near(
        self, plain: list[str], positions: list[int], covered: list[bool], named: list[Mention]
    ) -> list[Mention]:
        """Multi-word names with one word misspelt, around each word no vocabulary knows; a
        one-word name already found may be part of one ("fashon designer")."""
        found: list[Mention] = []
        # plain indices of one-word names, which a longer near name may take in
        single = {
            at for at, p in enumerate(positions) for m in named if m.start == p and m.end == p + 1
        }
        for j, word in enumerate(plain):
            if (
                covered[j]
                or len(word) < FUZZY_MIN_LENGTH
                or not word.isalpha()
                or word in self.vocabulary
                or word in self.everyday
            ):
                continue
            best: tuple[float, int, int, tuple[str, ...]] | None = None
            for length in range(FUZZY_MAX_WORDS, 1, -1):
                for start in range(max(0, j - length + 1), min(j, len(plain) - length) + 1):
                    window = plain[start : start + length]
                    span = range(start, start + length)
                    if any(covered[i] and i not in single for i in span):
                        continue
                    masked = (*window[: j - start], "*", *window[j - start + 1 :])
                    options = self._masked.get(masked)
                    if not options:
                        continue
                    match = process.extractOne(
                        word, options, scorer=fuzz.ratio, score_cutoff=FUZZY_WORD_CUTOFF
                    )
                    if match is None:
                        continue
                    key = tuple(match[0] if part == "*" else part for part in masked)
                    score = fuzz.ratio(" ".join(window), " ".join(key))
                    if score >= FUZZY_CUTOFF and (best is None or score > best[0]):
                        best = (score, start, length, key)
                if best is not None:
                    break  # the longest name that fits wins
            if best is not None:
                score, start, length, key = best
                mention = self._mention(
                    self._phrases[key], positions[start], positions[start + length - 1] + 1
                )
                found.append(replace(mention, how="fuzzy", score=round(score, 1)))
                covered[start : start + length] = [True] * length
        return found

    def _activities(
        self, plain: list[str], positions: list[int], covered: list[bool]
    ) -> list[Mention]:
        """Work said as what one does: "driving a city bus" (City Bus Drivers), "teaching
        kindergarten", "cutting hair": the doing word's worker after the words it acts on, if
        that is a name. Marks the words covered."""
        found: list[Mention] = []
        for at, word in enumerate(plain):
            worker = _ACTIVITY_STEMS.get(word)
            # not "I teach ESL" (the user's own work) or "self driving cars"
            if worker is None or covered[at] or (at and plain[at - 1] in _NOT_AN_ACTIVITY):
                continue
            start = at + 1
            while start < len(plain) and plain[start] in ARTICLES:
                start += 1
            for end in range(min(len(plain), start + ACTIVITY_MAX_WORDS), start, -1):
                entry = self._phrases.get((*plain[start:end], worker))
                if entry is not None and not any(covered[at:end]):
                    mention = self._mention(entry, positions[at], positions[end - 1] + 1)
                    found.append(replace(mention, how="field", score=SCORES["field"]))
                    covered[at:end] = [True] * (end - at)
                    break
        return found

    @staticmethod
    def _mention(entry: _Entry, start: int, end: int) -> Mention:
        socs, alternatives, how = entry
        return Mention(start, end, socs, alternatives, how, SCORES[how])


# Doing words and their workers, for work said as what one does ("driving a city bus").
ACTIVITIES = {
    "teaching": "teacher", "driving": "driver", "cleaning": "cleaner", "repairing": "repairer",
    "writing": "writer", "designing": "designer", "managing": "manager", "baking": "baker",
    "programming": "programmer", "painting": "painter", "installing": "installer",
    "operating": "operator", "training": "trainer", "coaching": "coach", "cutting": "cutter",
    "counseling": "counselor", "inspecting": "inspector", "editing": "editor",
    "translating": "translator", "grooming": "groomer", "dispatching": "dispatcher",
    "assisting": "assistant", "building": "builder", "selling": "salesperson",
}  # fmt: skip
_NOT_AN_ACTIVITY = frozenset({"i", "we", "self"})
ACTIVITY_MAX_WORDS = 3  # "driving a city bus": the words the doing word acts on, at most
# The folded forms the doing words take in a message ("driving" -> "driv"; see normalise).
_ACTIVITY_STEMS = {_key(doing)[0]: _key(worker)[0] for doing, worker in ACTIVITIES.items()}
# The field a worker works in, for names derived from every official title and alias: "Graphic
# Designers" -> "graphic design", "Data Scientists" -> "data science". Only for names of two
# words or more: "design" or "science" alone names no occupation.
FIELD_OF_WORKER = {
    "designer": "design", "scientist": "science", "developer": "development",
    "therapist": "therapy", "photographer": "photography", "architect": "architecture",
    "economist": "economics", "statistician": "statistics", "programmer": "programming",
    "manager": "management", "analyst": "analysis", "pharmacist": "pharmacy",
    "hygienist": "hygiene", "surgeon": "surgery", "welder": "welding", "plumber": "plumbing",
    "roofer": "roofing", "counselor": "counseling", "nurse": "nursing", "writer": "writing",
    "editor": "editing", "journalist": "journalism", "assistant": "assisting",
    "installer": "installation", "inspector": "inspection", "machinist": "machining",
}  # fmt: skip


# A worker's word, by its ending, gives its field: "Epidemiologists" -> "epidemiology",
# "Cartographers" -> "cartography", "Podiatrists" -> "podiatry", "Optometrists" -> "optometry".
# These learned endings name one kind of work even alone, so one-word names get them too.
FIELD_ENDINGS = (("ologist", "ology"), ("ographer", "ography"), ("iatrist", "iatry"),
                 ("ometrist", "ometry"))  # fmt: skip


# School subjects and everyday words first, alone ("what job can i do with biology": a subject
# studied, many careers; data/fields.yaml leaves them out for the same reason)
SUBJECTS = frozenset({"biology", "technology", "chemistry"})


def _field_by_ending(word: str) -> str | None:
    for worker, field in FIELD_ENDINGS:
        if word.endswith(worker) and word[: -len(worker)] + field not in SUBJECTS:
            return word[: -len(worker)] + field
    return None


def _overlap(one: Mention, other: Mention) -> bool:
    return one.start < other.end and other.start < one.end


# Clipped forms of a title's last word: "wind turbine tech", "vet tech", "pharmacy techs".
CLIPPED = {"technician": "tech", "technologist": "tech", "mechanic": "mech", "engineer": "eng"}
# Clipped forms of a name's first word: "med assistant", "pharm tech", "vet assistant", "psych
# nurse". Only where a longer name follows, so "med" or "vet" alone stays what it is.
CLIPPED_FIRST = {"medical": "med", "pharmacy": "pharm", "veterinary": "vet", "psychiatric": "psych",
                 "mechanical": "mech", "biology": "bio"}  # fmt: skip
# One-word O*NET titles that are everyday words first ("Hand", "Extra"): never a job alone.
COMMON_WORD_TITLES = frozenset({("hand",), ("extra",), ("help",), ("helper",), ("projector",)})
# O*NET titles of two words ending in a particle are phrasal verbs first: "Pick Up" (a material
# mover), "Hook Up", "Turn Out". "what skills would I need to pick up?" names no job.
_PARTICLES = frozenset({"up", "out", "off", "down", "away", "over", "in", "on"})


# Question words after a word that opens a message make that word the subject asked about.
_ASKING_NEXT = frozenset({"what", "how"})


def _phrasal_verb(key: tuple[str, ...]) -> bool:
    return len(key) == 2 and key[-1] in _PARTICLES


def _add_derived(found: dict[tuple[str, ...], dict[int, dict[str, None]]]) -> None:
    """Add field nouns and clipped forms of the hand-kept and official names (over no name
    but an O*NET title), and clipped forms of O*NET titles (over no name): the kinds of name
    people type that no title list spells out."""
    fields = {_key(worker)[0]: _key(field)[-1] for worker, field in FIELD_OF_WORKER.items()}
    clipped = {_key(worker)[0]: _key(short)[0] for worker, short in CLIPPED.items()}
    first = {_key(word)[0]: _key(short)[0] for word, short in CLIPPED_FIRST.items()}
    derived: dict[tuple[str, ...], dict[str, None]] = defaultdict(dict)
    from_onet: dict[tuple[str, ...], dict[str, None]] = defaultdict(dict)
    for key, by_rank in found.items():
        rank = min(by_rank)
        if rank in (_ALIAS, _TITLE, _PART, _ONET) and (field := _field_by_ending(key[-1])):
            derived[(*key[:-1], field)].update(by_rank[rank])  # "epidemiology", "cartography"
        if len(key) < 2 or rank not in (_ALIAS, _TITLE, _PART, _ONET):
            continue
        # An O*NET title is clipped ("museum technician" -> "museum tech") but gives no field
        # noun: its many rare titles would make everyday phrases into jobs.
        for table in (fields, clipped) if rank != _ONET else (clipped,):
            if key[-1] in table:
                into = from_onet if rank == _ONET else derived
                into[(*key[:-1], table[key[-1]])].update(by_rank[rank])
        # (of official titles only: a hand-kept typo, "medical asistant", would make its
        # misspelt word look like a title's and stop the speller mending it)
        official = min((r for r in by_rank if r != _ALIAS), default=None)
        if key[0] in first and official is not None:
            into = from_onet if official == _ONET else derived
            into[(first[key[0]], *key[1:])].update(by_rank[official])
            if key[-1] in clipped:  # "veterinary technician" -> "vet tech"
                into[(first[key[0]], *key[1:-1], clipped[key[-1]])].update(by_rank[official])
    for key, socs in derived.items():
        # "forensic science tech": the official title's clipped form, though O*NET files the
        # same words under police records officers too
        if key not in found or min(found[key]) == _ONET:
            found.setdefault(key, {})[_FIELD] = socs
    for key, socs in from_onet.items():
        if key not in found:
            found[key] = {_FIELD: socs}


def _with_alternatives(entry: _Entry, extra: Sequence[str]) -> _Entry:
    """The entry with `extra` codes offered beside the one it means (a hand-kept decision)."""
    socs, alternatives, how = entry
    added = tuple(soc for soc in extra if soc not in socs and soc not in alternatives)
    if len(socs) > 1:  # already ambiguous: the extra codes join the choice
        return (socs + added, (), how)
    return (socs, added + alternatives, how)
