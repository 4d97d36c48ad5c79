"""Jobs described instead of named: "the people who scan your books at the library", "the folks
who collect trash". Queried only when a message names no occupation and describes one; matched
against what each occupation does: its O*NET 30.3 description, task statements and job titles
(data/onet/occupations.csv, tasks.csv, titles.csv), as TF-IDF vectors (scikit-learn).
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from careerbot.understanding import name_cache
from careerbot.understanding.normalise import BREAK, tokens
from careerbot.understanding.spelling import ENGLISH_MIN_FREQUENCY, english

if TYPE_CHECKING:
    from careerbot.catalog import Catalog

# "people who …", "the ones that …", "person that …", "someone who …", "the job where you …"
# ("job at the pizza place", "work at a daycare" name a workplace, not what a job does.)
# "careers that are more stable", "jobs that pay well": what a job is or pays, not what its
# workers do (a list or a follow-up, not a job described)
# "a job that's going to be automated", "work that can be done from home": what will become of it
_PROPERTY_LEADS = (
    "are|is|pay|pays|make|makes|have|has|dont|need|needs|require|requires|wont|will|"
    "going|gonna|can|could|might|would|be|isnt|arent|doesnt"
)
_DESCRIBING = re.compile(
    r"\b(?:(?:people|person|persons|folk|folks|one|ones|guy|guys|lady|ladies|someone|somebody|"
    r"worker|workers|techs?|technicians?|crews?|men|women|staff|employees?|officers?)\s+"
    r"(?:(?:in|on|with|wearing)(?:\s+\S+){1,2}?\s+(?=who))?"
    r"(?:who|that|which|where|whose|at|behind)|whoever|"
    rf"(?:job|jobs|career|work)(?:\s+called)?\s+(?:who|that|which|where|whose)"
    rf"(?!\s+(?:{_PROPERTY_LEADS})\b))"
    r"\s+(.+)"
)
_WORKER = re.compile(
    r"people|person|persons|folk|folks|one|ones|guy|guys|lady|ladies|someone|somebody|"
    r"worker|workers|techs?|technicians?|crews?|men|women|staff|employees?|officers?|job|jobs|"
    r"career|work"
)
# "people in hazmat suits who ...": what they wear or where they are, before the work
_DRESSED = [[w] for w in ("in", "on", "with", "wearing")]
_WHO = frozenset({"who"})  # (not "that": "someone in that job", "people in jobs that pay")
# "people who ...", and "the person at the checkout desk", "the ppl behind the library desk".
_RELATIVE = frozenset({"who", "that", "which", "where", "whose", "at", "behind"})
_PROPERTIES = frozenset(_PROPERTY_LEADS.split("|"))
_AT = frozenset({"at", "behind"})
_ONE = frozenset({"one", "ones"})
_DOING = frozenset({"do", "does"})
_SOFTENERS = frozenset({"actually", "really", "even", "exactly", "usually", "all"})
_PICKING = frozenset("first second third fourth fifth last other this that which same".split())
_SOMEONE = frozenset({"someone", "somebody", "person", "people"})
_FITTING = frozenset({"for", "would", "could", "can", "will"})
_JOB_WORDS = frozenset({"job", "jobs", "career", "work"})
# Words that say nothing about what a job does.
_STOP = frozenset(
    """
    a an the and or of to in on at for with by from your you my our their they them it its is are
    be been do does did what which who whom that this these those there here how much many
    salary pay paid earn make money wage called name job career work people person folk one
    guy someone somebody like kind sort thing stuff i me we can could would should will all
    some any just really usually always come
    need needs require requires degree pays well good better best lot high low easy hard
    get got lol exactly actually
    before after year thing day also then there where go
    he she his her hers him old
    up huge big giant small little whole every pretty very super basically literally
    stand spend spent
    """.split()
)
# Everyday words -> the words O*NET's task statements use for the same thing ("fix cars" is
# "repair automobiles" there). Folded forms, as `tokens` gives them.
# The everyday word itself counts only where it is listed too: "fix" is O*NET's word for few
# jobs (office machine repairers), so "people who fix power lines" reads as "repair" alone.
EVERYDAY = {
    "fix": ("repair",),
    "taxe": ("tax",),  # "do your taxes" ("taxes" folds to "taxe"; O*NET says "tax returns")
    "fixe": ("repair",),
    "car": ("car", "automobile", "automotive", "vehicle"),
    "kid": ("kid", "child"),
    "trash": ("trash", "refuse", "garbage"),
    "garbage": ("garbage", "refuse"),
    "teeth": ("teeth", "dental"),
    "tooth": ("teeth", "dental"),
    "sick": ("sick", "patient"),
    "doctor": ("doctor", "physician"),
    "cop": ("cop", "police"),
    "house": ("house", "residential", "building"),
    "home": ("home", "residential"),
    "pipe": ("pipe", "plumbing"),
    "hair": ("hair", "hairstyle"),
    "money": ("money", "financial"),
    "computer": ("computer", "software"),
    "food": ("food", "meal"),
    "plane": ("plane", "aircraft"),
    "airplane": ("airplane", "aircraft"),
    "boat": ("boat", "vessel"),
    "animal": ("animal", "veterinary"),
    "pet": ("pet", "animal"),
    "inspect": ("inspect", "inspector", "inspection"),
    "mri": ("mri", "magnetic", "resonance"),
    "mris": ("mri", "magnetic", "resonance"),
    "scan": ("scan", "imaging"),
    "letter": ("letter", "mail"),
    "mail": ("mail", "postal"),
    "ultrasound": ("ultrasound", "sonographer", "sonography"),
    "fake": ("artificial", "prosthetic"),
    "amputee": ("prosthetic", "limb"),
    "box": ("box", "freight", "stock"),
    "boxe": ("box", "freight", "stock"),
    "dinosaur": ("fossil", "paleontologist"),
    "bug": ("bug", "pest", "insect"),
    "nail": ("nail", "manicurist", "manicure"),
    "feet": ("feet", "foot", "podiatric", "podiatrist"),
    "foot": ("foot", "podiatric", "podiatrist"),
    "ac": ("air", "conditioning", "hvac"),  # "the guys who fix AC"
    "conditioner": ("conditioning", "hvac"),
    "bank": ("bank", "teller"),  # "the people at the bank"
    "flower": ("flower", "floral"),  # "arranges flowers": floral designers
    "windmill": ("wind", "turbine"),
    "chicken": ("chicken", "poultry"),
    "debon": ("bone", "meat", "poultry"),  # "deboning" folded
    "debone": ("bone", "meat", "poultry"),
    "map": ("map", "cartographer"),
    "mud": ("mud", "dredge"),
    "cremation": ("cremation", "crematory"),
    "underwater": ("underwater", "diver", "diving"),
    "dna": ("dna", "genetic"),
    "volcano": ("volcano", "seismic", "geologist"),
    "earthquake": ("earthquake", "seismic"),
    "key": ("key", "lock", "locksmith"),
    "lock": ("lock", "locksmith"),
    "athlete": ("athlete", "scout", "talent"),
    "blackjack": ("card", "gaming", "game"),  # "dealing blackjack": gaming dealers
    "poker": ("card", "gaming", "game"),
    "casino": ("casino", "gaming"),
}
# Two everyday words together -> the words O*NET uses for that work: "clean (your) teeth" is a
# dental hygienist's, though dentists' and orthodontists' tasks say "teeth" more often.
EVERYDAY_PAIRS = {
    ("clean", "teeth"): ("hygienist", "hygiene"),
    ("scrape", "teeth"): ("hygienist", "hygiene"),
    ("straighten", "teeth"): ("orthodontic", "orthodontist"),
    ("fix", "car"): ("automotive", "mechanic"),
    ("fixe", "car"): ("automotive", "mechanic"),
    ("inspect", "house"): ("home", "inspector"),
    ("inspect", "home"): ("home", "inspector"),
    ("check", "build"): ("inspector", "inspection"),
    ("check", "building"): ("inspector", "inspection"),
    ("check", "safe"): ("inspector", "inspection"),
    ("check", "code"): ("inspector", "inspection"),
    ("take", "blood"): ("phlebotomist", "draw"),
    ("draw", "blood"): ("phlebotomist", "draw"),
    ("x", "ray"): ("radiologic", "radiographer"),
    ("put", "sleep"): ("anesthesia", "anesthesiologist"),
    ("tell", "plane"): ("air", "traffic", "controller"),
    ("direct", "plane"): ("air", "traffic", "controller"),
    ("read", "meter"): ("meter", "reader"),
    ("fly", "plane"): ("pilot", "aircraft"),
    ("fit", "glass"): ("optician", "eyeglass"),
    ("install", "conditioner"): ("hvac", "conditioning", "installer"),
    ("animal", "zoo"): ("zookeeper", "caretaker"),
    ("big", "rig"): ("truck", "trailer", "driver"),
    ("fixe", "brace"): ("orthodontic", "orthodontist"),
    ("fix", "brace"): ("orthodontic", "orthodontist"),
    ("check", "house"): ("home", "inspector"),
    ("fix", "computer"): ("computer", "repairer", "troubleshoot"),
    ("fix", "plane"): ("aircraft", "mechanic", "airframe", "powerplant"),
    ("fixe", "plane"): ("aircraft", "mechanic", "airframe", "powerplant"),
    ("fix", "airplane"): ("aircraft", "mechanic", "airframe", "powerplant"),
    ("fixe", "airplane"): ("aircraft", "mechanic", "airframe", "powerplant"),
    ("fixe", "computer"): ("computer", "repairer", "troubleshoot"),
    ("bug", "software"): ("software", "test", "quality", "assurance"),  # not insects
    ("insurance", "risk"): ("actuarial", "actuary"),
    ("wave", "plane"): ("aircraft", "signal", "ramp", "marshal"),  # ground crew, not ATC
    ("wave", "airport"): ("aircraft", "signal", "ramp", "marshal"),
    ("bank", "counter"): ("teller", "bank"),
    ("house", "plan"): ("drafter", "architectural"),
    ("draw", "plan"): ("drafter", "architectural"),
    ("property", "record"): ("title", "abstract"),
    ("casino", "camera"): ("surveillance", "gaming"),
    ("nuclear", "reactor"): ("reactor", "nuclear", "operator"),
    ("underwater", "weld"): ("diver", "diving"),
    ("put", "fire"): ("firefighter", "extinguish"),  # "the ones who put out fires"
    ("fight", "fire"): ("firefighter", "extinguish"),
    ("animal", "doctor"): ("veterinarian", "veterinary"),  # not physicians
    ("help", "vet"): ("veterinary", "technician", "assistant"),
    ("help", "veterinarian"): ("veterinary", "technician", "assistant"),
    ("do", "facial"): ("skin", "care", "treatment"),  # skincare specialists, not surgeons
    ("does", "facial"): ("skin", "care", "treatment"),
    ("give", "facial"): ("skin", "care", "treatment"),
    ("fix", "elevator"): ("elevator", "escalator", "installer"),
}
# A question opened before a description ("how much do the people who ... make") ...
_ASKING = frozenset({"what", "how"})  # (slang read as meant: "wat", "whats" are "what")
# ... ends with what it asks about the workers' pay: "make", "get paid", "earn a year".
_PAID = (("get", "paid"), ("gets", "paid"), ("make",), ("makes",), ("earn",), ("earns",))
_PAID_AFTER = frozenset({"a", "an", "per", "year", "yearly", "hour", "hourly", "month", "usually"})


def paid_at_end(words: list[str]) -> int:
    """How many words at the end of `words` ask about pay ("... make", "... get paid a year"):
    0 when they do not end so."""
    trail = 0
    while trail < len(words) and words[len(words) - 1 - trail] in _PAID_AFTER:
        trail += 1
    head = words[: len(words) - trail]
    for said in _PAID:
        if tuple(head[-len(said) :]) == said:
            return len(said) + trail
    return 0


# A clause after the description that goes on with it: "where you fix teeth, you clean them"
_GOING_ON = frozenset({"you", "u", "they", "he", "she"})
_ABOUT_THE_PERSON = [
    [w] for w in "is was s has like love want keep am are isnt doesnt dont".split()
]


def terms_said(terms: Iterable[str], content: Iterable[str]) -> set[str]:
    """The words of `content` (said about the work) that were looked up as an O*NET term
    themselves or through EVERYDAY ("fix" is looked up as "repair")."""
    looked = set(terms)
    return {word for word in content if looked.intersection(EVERYDAY.get(word, (word,)))}


def clause_end(words: list[str], start: int) -> int:
    """The position of the first BREAK from `start` on, else the end of `words`."""
    return next((i for i in range(start, len(words)) if words[i] == BREAK), len(words))


# Words that open a time or a place said after the work: "after storms", "during the night"
_ADJUNCTS = frozenset({"after", "during", "when", "before", "while"})


def _without_adjunct(words: list[str]) -> list[str]:
    """The words before the first time or place said after at least two words about the
    work ("fix the power lines | after storms"); all of them when there is none."""
    for at, word in enumerate(words):
        if word in _ADJUNCTS and len([w for w in words[:at] if w not in _STOP]) >= 2:
            return words[:at]
    return words


def _without_negated(words: list[str]) -> list[str]:
    """ "you fix teeth but youre not the dentist": the words said not to be the job dropped
    ("not the dentist", "not a doctor")."""
    kept: list[str] = []
    skip = 0
    for at, word in enumerate(words):
        if skip:
            skip -= 1
            continue
        if word == "not" and words[at + 1 : at + 2] in (["the"], ["a"], ["an"]):
            skip = 2  # the article and the noun after it
            continue
        kept.append(word)
    return kept


CONFIDENT = 0.35  # cosine similarity: at or above it (and well ahead) the best is taken as meant
MIN_SIMILARITY = 0.12  # below it nothing is offered
LEAD = 1.5  # the best must beat the runner-up by this factor to be taken as meant
LIMIT = 3
MIN_WORDS_TO_ANSWER = 2  # words about the work, below which a described job is only offered
# Or a weaker match far ahead of every other ("the people who answer 911 calls": dispatchers).
CLEAR, CLEAR_LEAD = 0.2, 2.0
# Below those: answered as the likeliest, with the others offered beside it ("the guys who
# climb power poles": power-line installers, then "Did you mean" the rest), since a list to
# choose from costs the user a turn and the leader is usually right (15 of 19 such dev
# questions). Near ties are first put in order of employment (occupations.described).
LIKELY = 0.13
# Offered beside an answered description: the others scoring at least this share of the
# leader's (cosine similarity), not every runner-up however far behind.
CLOSE_SHARE = 0.75
# Two meanings of one name this far ahead of the third are answered as that name is.
LIKELY_LEAD = 1.15
# Offered to pick from, candidates within this factor of the best count as tied: the most
# common of them is listed (and answered, if none is picked) first.
NEAR_TIE = 0.9


@dataclass(frozen=True)
class Described:
    """An occupation a described job may be: SOC code and score (0-100, cosine similarity x100)."""

    soc: str
    score: float


@dataclass(frozen=True)
class DescribedResult:
    """`candidates`, best first; `confident` when the best one can be answered without asking;
    `likely` when it can be answered with the others offered beside it (true when confident);
    `terms`, the O*NET words (folded) the description was looked up by."""

    candidates: tuple[Described, ...]
    confident: bool
    likely: bool = False
    terms: frozenset[str] = frozenset()


def _lemma(word: str) -> str:
    """ "remov" (a folded "removing") -> "remove", "runn" -> "run", so the task statement
    that says "remove" and the user who says "removing" meet; other words unchanged."""
    known = english()
    if word in known:
        return word
    if known.get(word + "e", 0) >= ENGLISH_MIN_FREQUENCY:
        return word + "e"
    # "runn" (a folded "running") -> "run", "cutt" -> "cut"
    if len(word) > 3 and word[-1] == word[-2] and known.get(word[:-1], 0) >= ENGLISH_MIN_FREQUENCY:
        return word[:-1]
    return word


def _analyse(text: str) -> list[str]:
    # Line by line: `tokens` reads at most normalise.MAX_CHARS of what it is given.
    return [
        _lemma(word)
        for line in text.split("\n")
        for word in tokens(line)
        if word != BREAK and word not in _STOP
    ]


class _Tfidf(NamedTuple):
    """The fitted index as plain arrays (cacheable; queried without SciPy): one row per SOC,
    columns in compressed sparse column form."""

    socs: list[str]
    columns: dict[str, int]  # word -> column
    idf: "np.ndarray[Any, np.dtype[np.float64]]"
    indptr: "np.ndarray[Any, np.dtype[np.int64]]"
    indices: "np.ndarray[Any, np.dtype[np.int64]]"
    data: "np.ndarray[Any, np.dtype[np.float64]]"


def fit(documents: Mapping[str, str]) -> _Tfidf | None:
    """Fit TF-IDF (scikit-learn, sublinear tf, l2 rows) on SOC -> text; None when empty."""
    socs = list(documents)
    if not socs:
        return None
    # Imported here: scikit-learn (with SciPy) costs ~2 s and ~80 MB to import, and most
    # processes (`careerbot ask`, tests) never meet a described job.
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer=_analyse, sublinear_tf=True, dtype=np.float64)
    matrix = vectorizer.fit_transform(documents[soc] for soc in socs).tocsc()
    columns = {word: int(i) for word, i in vectorizer.vocabulary_.items()}
    return _Tfidf(
        socs,
        columns,
        np.asarray(vectorizer.idf_, dtype=np.float64),
        np.asarray(matrix.indptr, dtype=np.int64),
        np.asarray(matrix.indices, dtype=np.int64),
        np.asarray(matrix.data, dtype=np.float64),
    )


class DescribedJobs:
    """The TF-IDF index over what each occupation does. Built once (or read from the cache);
    a query costs ~0.1 ms."""

    def __init__(self, documents: Mapping[str, str] | None = None, *, fitted: Any = None) -> None:
        """`documents`: SOC code -> text of what the occupation does (description, tasks,
        titles), one statement a line; or `fitted`, an index from `fit` (or the cache). An
        empty mapping raises nothing: `find` then returns None."""
        self._index: _Tfidf | None = fitted if fitted is not None else fit(documents or {})

    @classmethod
    def from_catalog(cls, catalog: "Catalog", cache_dir: Path | None = None) -> "DescribedJobs":
        """Documents from the catalog's O*NET profiles (description and tasks) and job titles;
        occupations without a profile are described by their titles alone. With `cache_dir`,
        the fitted index is read from (or written to) the name cache."""
        data_dir = getattr(catalog.profiles, "data_dir", None)
        key = ""
        if cache_dir is not None and data_dir is not None:
            onet = Path(data_dir) / "onet"
            key = name_cache.fingerprint_of(
                [Path(__file__), Path(__file__).with_name("normalise.py")],
                [onet / "occupations.csv", onet / "tasks.csv", onet / "titles.csv"],
                sorted((soc, o.title) for soc, o in catalog.occupations.items()),
            )
            arrays = name_cache.read_arrays(cache_dir, key)
            if arrays is not None and {"socs", "words", "idf"} <= arrays.keys():
                words = [str(word) for word in arrays["words"]]
                return cls(
                    fitted=_Tfidf(
                        [str(soc) for soc in arrays["socs"]],
                        {word: i for i, word in enumerate(words)},
                        arrays["idf"],
                        arrays["indptr"],
                        arrays["indices"],
                        arrays["data"],
                    )
                )
        parts: dict[str, list[str]] = {soc: [o.title] for soc, o in catalog.occupations.items()}
        for row in catalog.titles:
            if row.soc in parts and row.kind in {"occupation", "alternate", "reported"}:
                parts[row.soc].append(row.title)
        profiles = catalog.profiles
        for soc in parts:
            profile = profiles.get(soc)
            if profile is not None:
                parts[soc].append(profile.description or "")
                parts[soc].extend(task.text for task in profile.tasks)
        jobs = cls({soc: "\n".join(texts) for soc, texts in parts.items()})
        index = jobs._index
        if cache_dir is not None and key and index is not None:
            words = sorted(index.columns, key=index.columns.__getitem__)
            name_cache.write_arrays(
                cache_dir,
                key,
                {
                    "socs": np.array(index.socs),
                    "words": np.array(words),
                    "idf": index.idf,
                    "indptr": index.indptr,
                    "indices": index.indices,
                    "data": index.data,
                },
            )
        return jobs

    @staticmethod
    def span(words: list[str]) -> tuple[int, int] | None:
        """Where `words` (folded tokens, BREAKs included) describe a worker: from "people" (or
        "guys", "someone"...) to the end of that clause, as (start, end) positions, end
        exclusive; None when they describe none. "the people who check out books, is that a
        good career" -> the first seven words: the rest is the question."""
        for start, word in enumerate(words):
            if word == "whoever" and start + 1 < len(words):  # "whoever runs the crane"
                return start, clause_end(words, start + 1)
            # "the job called where you ...": the name asked for, then the description
            skip = 1 if word in _JOB_WORDS and words[start + 1 : start + 2] == ["called"] else 0
            if _WORKER.fullmatch(word) and words[start + 1 : start + 2] in _DRESSED:
                # "people in hazmat suits who rip asbestos out": who they are, then the work
                said = next(
                    (i for i in range(start + 3, min(start + 5, len(words))) if words[i] in _WHO),
                    None,
                )
                if said is not None and BREAK not in words[start + 1 : said]:
                    skip = said - start - 1
            after = words[start + 1 + skip] if start + 1 + skip < len(words) else ""
            workplace = word in _JOB_WORDS and after in _AT  # "a job at the pizza place"
            before = words[start - 1] if start else ""
            if (
                _WORKER.fullmatch(word)
                and after in _RELATIVE
                and not workplace
                # "is the second one at risk": a career picked, not a job described
                and not (word in _ONE and before in _PICKING)
                # "good for someone who hates desk work", "would someone who is shy like
                # it": the user described, to fit a job
                and not (word in _SOMEONE and before in _FITTING)
                and start + 2 + skip < len(words)
                and not (word in _JOB_WORDS and words[start + 2 + skip] in _PROPERTIES)
            ):
                end = clause_end(words, start + 2 + skip)
                # "... not the dentist, you clean them": a clause that goes on describing
                while (
                    end + 1 < len(words)
                    and words[end + 1] in _GOING_ON
                    # not "..., he is good with his hands": the person, not the work
                    and words[end + 2 : end + 3] not in _ABOUT_THE_PERSON
                ):
                    end = clause_end(words, end + 1)
                # "what do the people who check buildings actually do all day": the question
                # opened before the description ends after it, at its own "do"
                if "what" in words[:start] and not _DOING.isdisjoint(words[:start]):
                    asked_do = [i for i in range(start + 3, end) if words[i] in _DOING]
                    if asked_do:
                        end = asked_do[-1] - (words[asked_do[-1] - 1] in _SOFTENERS)
                # "how much do the people who clean teeth make": the pay asked for, after it
                # (not "the people who clean ur teeth called and how much do they make": the
                # question is inside the clause, and read there)
                if not _ASKING.isdisjoint(words[:start]) and _ASKING.isdisjoint(words[start:end]):
                    end -= paid_at_end(words[start + 3 : end])
                return start, end
        return None

    @staticmethod
    def describes(words: Iterable[str]) -> bool:
        """True when the words describe a worker ("the people who clean teeth")."""
        return _DESCRIBING.search(" ".join(w for w in words if w != BREAK)) is not None

    def find(self, words: list[str]) -> DescribedResult | None:
        """Occupations matching what `words` (folded tokens) describe after "people who …", or
        None when the message describes no worker or nothing is close."""
        index = self._index
        match = _DESCRIBING.search(" ".join(w for w in words if w != BREAK))
        if match is None or index is None:
            return None
        said = match.group(1).split()
        # "fix the power lines after storms": where the whole matches nothing, the work without
        # the time or place said after it
        for words_said in (said, _without_adjunct(said)):
            looked_up = self._similarity(words_said)
            if looked_up is None:
                continue
            similarity, terms, content = looked_up
            best = similarity.argsort()[::-1][:LIMIT]
            candidates = tuple(
                Described(index.socs[i], round(float(similarity[i]) * 100, 1))
                for i in best
                if similarity[i] >= MIN_SIMILARITY
            )
            if candidates:
                break
        else:
            return None
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        best_score = candidates[0].score
        confident = (best_score >= CONFIDENT * 100 and best_score >= LEAD * runner_up) or (
            best_score >= CLEAR * 100 and best_score >= CLEAR_LEAD * runner_up
        )
        likely = confident or best_score >= LIKELY * 100
        # "the one that does MRIs": one word of the trade's own, far ahead of every other job
        telling = best_score >= CONFIDENT * 100 and best_score >= CLEAR_LEAD * runner_up
        # (counted by the words O*NET uses too: "drive for uber" says one, "drive")
        if len(set(content) & terms_said(terms, content)) < MIN_WORDS_TO_ANSWER and not telling:
            # "people who travel a lot", "people who make a lot of money": one word says too
            # little of the work to answer for one job; offered as a choice instead
            confident = likely = False
        return DescribedResult(candidates, confident, likely, frozenset(terms))

    def scores(self, words: list[str], socs: Iterable[str]) -> dict[str, float]:
        """How well each of `socs` fits what `words` (folded tokens of a clause: "puts you to
        sleep before surgery") describe: SOC code -> cosine similarity x100 (0-100), 0 for
        one not indexed; {} when the words say nothing about work."""
        looked_up = None if self._index is None else self._similarity(words)
        if looked_up is None or self._index is None:
            return {}
        similarity = looked_up[0]
        row = {soc: i for i, soc in enumerate(self._index.socs)}
        return {
            soc: round(float(similarity[row[soc]]) * 100, 1) if soc in row else 0.0 for soc in socs
        }

    def _similarity(
        self, described: list[str]
    ) -> "tuple[np.ndarray[Any, np.dtype[np.float64]], set[str], list[str]] | None":
        """Cosine similarity of what `described` (folded words after "people who") says with
        every occupation (rows of the index), the O*NET words it was looked up by, and its
        words about the work; None when none of its words is in the index."""
        index = self._index
        if index is None:
            return None
        counts: dict[int, int] = {}
        terms: set[str] = set()
        described = _without_negated([_lemma(word) for word in described if word != BREAK])
        # small numbers ("a 4 year degree", "12 hour shifts") say nothing of the work ("911" does)
        described = [word for word in described if not (word.isdigit() and len(word) <= 2)]
        content = [word for word in described if word not in _STOP]
        # "clean teeth", and "fix teeth ... you clean them": the pair anywhere, in either order
        present = set(described)  # (with the words too common to count alone: "big rig")
        paired = [
            w
            for (a, b), words in EVERYDAY_PAIRS.items()
            if a in present and b in present
            for w in words
        ]
        # Counted twice: two words together say more than either alone ("at the dentist").
        for said in [*described, *paired, *paired]:
            for word in EVERYDAY.get(said, (said,)):
                column = index.columns.get(word)
                if column is not None and word not in _STOP:
                    counts[column] = counts.get(column, 0) + 1
                    terms.add(word)
        if not counts:
            return None
        # The query's TF-IDF vector (as the vectorizer would make it), then a sum of the few
        # matrix columns it touches: cosine similarity with every occupation.
        weights = {c: (1 + np.log(n)) * index.idf[c] for c, n in counts.items()}
        norm = float(np.sqrt(sum(w * w for w in weights.values())))
        similarity = np.zeros(len(index.socs))
        for column, weight in weights.items():
            start, end = index.indptr[column], index.indptr[column + 1]
            similarity[index.indices[start:end]] += index.data[start:end] * (weight / norm)
        return similarity, terms, content
