"""Ranked lists for exploring: "highest paying jobs", "fastest growing careers in healthcare",
"best paying jobs without a degree", "trades with the most openings".

`ask(words, areas)` reads what is asked from a list question's folded words (what to rank by,
highest or lowest first, the most education to start, the areas of work); `rank(...)` orders the
occupations by their official figures: median annual pay from the BLS wage survey (OEWS, May
2025), projected growth 2024-34 and openings a year from BLS Employment Projections, BLS's
typical education needed for entry, and exposure to AI language models (Eloundou et al. 2024,
as a percentile of all jobs: "which jobs are safest from ai").
"""

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from careerbot.understanding.normalise import BREAK, tokens

# "ai": exposure to AI language models (Eloundou et al. 2024), as a percentile of all jobs
RankBy = Literal["pay", "growth", "openings", "jobs", "ai"]
AiSide = Literal["safe", "exposed"]

# BLS's "typical education needed for entry", lowest first (Employment Projections wording).
EDUCATION_LEVELS = (
    "No formal educational credential",
    "High school diploma or equivalent",
    "Some college, no degree",
    "Postsecondary nondegree award",
    "Associate's degree",
    "Bachelor's degree",
    "Master's degree",
    "Doctoral or professional degree",
)
_UP_TO_HIGH_SCHOOL = EDUCATION_LEVELS.index("High school diploma or equivalent")
_NO_DEGREE = EDUCATION_LEVELS.index("Postsecondary nondegree award")
_NO_BACHELORS = EDUCATION_LEVELS.index("Associate's degree")
_BACHELORS = EDUCATION_LEVELS.index("Bachelor's degree")
_MASTERS = EDUCATION_LEVELS.index("Master's degree")

RANKING_WORDS = frozenset(
    """highest best top most good well high great lowest least low worst biggest richest
    fastest lot lots alot""".split()
)
_LOWEST = frozenset({"lowest", "least", "low", "worst"})
_HIGHEST = frozenset({"highest", "most", "best", "top", "biggest", "richest"})
# "sort them by pay", "rank those by growth": an order asked for the list just shown
_SORTING = frozenset("sort sorted rank ranked order ordered".split())
_PAY = frozenset("pay paying paid salary salarie money earn earning wage rich richest".split())
_GROWTH = frozenset("grow growing growth fastest demand future booming outlook".split())
_GROWING_NOUNS = frozenset("job career field occupation trade".split())  # folded
_OPENINGS = frozenset("opening hiring hire vacancy".split())
_JOBS = frozenset({"common", "popular", "biggest"})
_NOT = frozenset("without no dont doesnt not skip never nah wo".split())


@dataclass(frozen=True)
class Ranking:
    """What a list question asks: `by` (None: no order asked), lowest first or not, the highest
    BLS entry education allowed (an index into EDUCATION_LEVELS; None: any), and the SOC major
    groups of the areas named (empty: every area)."""

    by: RankBy | None = None
    lowest: bool = False
    max_education: int | None = None
    groups: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()  # the area words said, for the heading
    count: int | None = None  # "top 5 fastest growing jobs": how many asked for (None: not said)
    # "i like drawing and video games": the interests said (data/interests.yaml keys)
    likes: tuple[str, ...] = ()
    # "jobs that pay at least $20 an hour": the lowest median pay allowed, dollars a year
    min_pay: float | None = None
    # "jobs safe from ai that pay well": only careers less ("safe") or more ("exposed") exposed
    # to AI than half of all jobs, when another figure orders them
    ai: AiSide | None = None
    # "careers that need an associate's degree": the lowest BLS entry education allowed (an
    # index into EDUCATION_LEVELS), with max_education the same level; None: any
    min_education: int | None = None
    # "i hate blood", "my back is bad": what the user cannot stand or do (data/interests.yaml
    # `limits:` keys); careers whose O*NET tasks say it are left out
    limits: tuple[str, ...] = ()
    # "jobs that combine art and math": careers that fit every interest said, not either
    together: bool = False
    # "jobs with short training": a short way in, so no apprenticeship, long on-the-job training
    # or years of work in a related job first (BLS's typical training and experience)
    quick: bool = False

    @property
    def asked(self) -> bool:
        return (
            self.by is not None
            or self.max_education is not None
            or bool(self.groups)
            or self.min_pay is not None
        )


# "jobs safe from ai", "least likely to be replaced by robots", "most at risk of automation"
# Words that say AI is meant: one home for every rule that reads them
AI_WORDS = frozenset("ai robot automation automated automate chatgpt".split())
_AI = AI_WORDS | {"replaced", "replace"}  # "least likely to be replaced": a list by AI
_AI_SAFE = frozenset(
    "safe safest proof immune resistant secure least less low lowest wont not never cant".split()
)
_AI_EXPOSED = frozenset(
    "most risk danger likely likeliest exposed threatened vulnerable highest biggest".split()
)
# Exposure is ranked as a percentile of all jobs: "safe" keeps those below the middle.
_MIDDLE = 50.0


def _ai_side(words: Sequence[str]) -> AiSide | None:
    """ "which jobs are safest from ai" -> safe; "jobs most at risk from automation" ->
    exposed; None where AI is not what the list is about."""
    said = set(words)
    if _AI.isdisjoint(said):
        return None
    if not _AI_SAFE.isdisjoint(said):
        return "safe"
    replacing = {"replace", "replaced", "automated"}  # "jobs that AI will replace"
    if not _AI_EXPOSED.isdisjoint(said) or not said.isdisjoint(replacing):
        return "exposed"
    return None


HOURS_A_YEAR = 2080  # BLS's full-time year (40 hours x 52 weeks), as OEWS annualises hourly pay
_FLOOR = frozenset("least over above min minimum atleast".split())  # "at least $20", "over 50k"
_MORE = frozenset({"more", "higher", "better"})  # "more than $60,000"
_UNITS = frozenset({"hour", "year", "dollar", "buck", "grand", "annually", "salary"})
_PAYING = frozenset("pay paying make making earn earning".split())  # "jobs that make 60k"
_HOURLY_BELOW = 200  # a bare amount under this is dollars an hour ("over 25"), else a year


def _amount(words: Sequence[str]) -> float | None:
    """ "$20 an hour", "50k", "$60,000 a year" (folded: "money 60 000 a year"), "six figures"
    -> dollars a year; None where no amount starts `words`."""
    said = _amount_said(words)
    return None if said is None else said[0]


def _amount_said(words: Sequence[str]) -> tuple[float, float | None] | None:
    """`_amount`, with the dollars an hour where the amount was said by the hour ("$20 an
    hour" -> (41600, 20)); else (dollars a year, None)."""
    money = "money" in words[:2]  # "$" reads "money"
    rest = [w for w in words if w not in {"money", "than", "of", "about", "like", "around"}]
    if rest[:2] == ["six", "figure"]:
        return 100_000.0, None
    if not rest:
        return None
    first, unit = rest[0], set(rest[1:4])
    if re.fullmatch(r"\d+k", first):
        value = float(first[:-1]) * 1_000
    elif first.isdigit() and (money or rest[1:2] == ["000"] or not unit.isdisjoint(_UNITS)):
        value = float(first) * (1_000 if rest[1:2] == ["000"] else 1)
    else:
        return None  # "people over 50": an age, not pay
    hourly = "hour" in unit or (value < _HOURLY_BELOW and "year" not in unit)
    return (value * HOURS_A_YEAR, value) if hourly else (value, None)


# A sum said beside a career ("is 80k a good salary for a nurse"), dollars a year: within these
# it is pay ("a 4 year degree", "top 5" are not)
_SUM_RANGE = (10_000.0, 2_000_000.0)


def sum_said(words: Sequence[str]) -> tuple[float, float | None] | None:
    """The first sum of pay `words` (folded tokens) say: dollars a year, and dollars an hour
    where it was said by the hour ("80k" -> (80000, None); "$25 an hour" -> (52000, 25)); or
    None."""
    for at, word in enumerate(words):
        if word == "money" or word.isdigit() or re.fullmatch(r"\d+k", word):
            said = _amount_said(words[at : at + 5])
            if said is not None and _SUM_RANGE[0] <= said[0] <= _SUM_RANGE[1]:
                return said
    return None


def pay_floor(words: Sequence[str]) -> float | None:
    """The lowest pay asked for, dollars a year: "at least $20 an hour" ($41,600), "over 50k",
    "more than $60,000 a year", "six figures"; None where none is said."""
    paid: list[float] = []
    for at, word in enumerate(words):
        # "at least $20", "more than 50k", "pay like 20 bucks an hr"
        leads = word in _FLOOR or (word in _MORE and words[at + 1 : at + 2] == ["than"])
        if leads and (amount := _amount(words[at + 1 : at + 6])) is not None:
            return amount
        # "jobs that make 60k+"; not what someone earns now ("im making 38k")
        if word in _PAYING and not (at > 0 and words[at - 1] in _EARNER):
            paid += [amount] if (amount := _amount(words[at + 1 : at + 6])) is not None else []
        if (word, words[at + 1] if at + 1 < len(words) else "") == ("six", "figure"):
            return 100_000.0
    # ("making 38k at a warehouse. whats something that pays 55k+": the question comes last)
    return paid[-1] if paid else None


# Who earns a sum said after them: the user or someone close, today ("im making 38k")
_EARNER = frozenset("i im am currently now he she hes shes we they".split())


# "i like", "im into", "interested in", "good at": what follows is liked, until a dislike or a
# new clause ("i like drawing but hate math")
LIKING = frozenset(
    "like love enjoy into interested passionate fan obsessed good speak fond keen".split()
)
# "someone who is shy", "im very organized": a trait said of oneself reads as a liking too
_BEING = frozenset("am im".split())  # "is", "are" only after someone: "who is shy"
_TRAIT_WORDS = 3  # "im really good at math": words after "im" that may say the trait
# "like" and "into" say a liking only after someone who likes ("i like", "who like", "im
# into"), not "jobs like nursing", "go into medicine"
_SAID_BY_SOMEONE = frozenset({"like", "into", "is", "are"})
LIKERS = frozenset(
    """i im u you he she hes shes they we who really also kinda actually both someone somebody
    people ppl kid child son daughter student person honestly am would do""".split()
)
_DENIED = frozenset({"not", "never", "dont", "isnt", "arent", "cant"})
# "good at math", "wonderful with computers": a talent said reads as a liking
_GOOD_AT = frozenset("good great wonderful amazing talented gifted excellent skilled".split())
# "jobs that help animals": what the work is for (folded: "helping", "helps" are "help")
SERVING = frozenset({"help", "save", "protect"})
# "careers that use chemistry": what the work is about (folded: "involving" is "involv")
_USING = frozenset({"use", "using", "involve", "involv", "need"}) | frozenset(
    # "what jobs combine art and math": every interest at once (see Ranking.together)
    {"combine", "combin", "mix", "blend"}
)
TOGETHER = frozenset({"combine", "combin", "mix", "blend", "both"})
_ASKING = frozenset("what which how who where any".split())  # "... what jobs r there for ppl"
_LIKED_WORDS = 4  # the longest interest, in words ("working with my hands")
_MOSTLY = frozenset({"mostly", "mainly", "usually", "all", "always", "often"})
# "jobs for creative people", "an outdoorsy person": the one who is it, not an interest
_THE_PERSON = frozenset("people person ppl type kid kids student students".split())


_TITLE_SEARCH = frozenset({"with", "word", "called", "named"})
_SCHOOLWORK = [[w] for w in "class essay homework assignment test exam project".split()]
# "kids like him", "people like me": such people, not a liking of them
_LIKE_SOMEONE = [["like", who] for who in "him her me them us you my his".split()]


def folded_areas(areas: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """data/areas.yaml's table with each word folded as a question's words are ("engineering"
    -> "engineer", "sports" -> "sport"), the groups of words that fold alike merged."""
    folded: dict[str, tuple[str, ...]] = {}
    for word, groups in areas.items():
        key = " ".join(tokens(word))
        folded[key] = tuple(dict.fromkeys([*folded.get(key, ()), *groups]))
    return folded


def interest_words(interests: Iterable[str]) -> dict[str, str]:
    """Each interest (data/interests.yaml key), folded as a question's words are -> the key.
    (The same for `limits:` keys.)"""
    return {" ".join(tokens(key)): key for key in interests}


# Said before a limit, these make it one: "i hate blood", "no heavy lifting", "scared of
# heights", "jobs without needles", "nothing where i lift people" ("noth", folded), "a bad back",
# "i faint when i see blood", "i pass out at blood"
_CANNOT = frozenset(
    """hate dislike without no not dont cant avoid afraid scared scare fear noth never allergic
    squeamish bad faint pass""".split()
)
_FEARING = frozenset({"afraid", "scared", "scare", "bothered", "squeamish"})
# A liking ends where a dislike or a limit is said ("i like drawing but hate math"): the same
# words, and "but"
_DISLIKING = _CANNOT | {"but"}
# and after it: "my back is bad", "needles scare me", "blood makes me faint"
_CANNOT_AFTER_IT = frozenset("bad hurt injured weak scare faint sick gross shot".split())
_CANNOT_BEFORE, _CANNOT_AFTER = 6, 3  # words around the limit where the cue is looked for
_LIMIT_WORDS = 2  # the longest limit, in words ("heavy lifting", "dead bodies")
# A cue is not looked for past these: "i love animals but needles scare me"
_CLAUSE_TURNS = frozenset({"but", "and", "like", "love", "enjoy"})
# A list of limits goes on past "and", "or" ("heights and needles"), not past these
_LIST_TURNS = _CLAUSE_TURNS - {"and"} | {"ok", "fine", "mind"}


def _last_turn(words: list[str]) -> int:
    return max((i for i, w in enumerate(words) if w in _CLAUSE_TURNS), default=-1)


def _first_turn(words: list[str]) -> int:
    return next((i for i, w in enumerate(words) if w in _CLAUSE_TURNS), len(words))


def limited(words: Sequence[str], limits: Mapping[str, str], cued: bool = True) -> tuple[str, ...]:
    """The limits said (data/interests.yaml `limits:` keys), in order: `words` are folded
    tokens without breaks, `limits` maps each folded limit ("dead body") to its key. A limit
    counts where a word that says the user cannot stand it is near ("hate", "bad", "without");
    with `cued` False, wherever it is said ("do nurses deal with blood")."""
    if {limit.split(" ", 1)[0] for limit in limits}.isdisjoint(words):
        return ()  # most messages name no limit: no phrase to build (this runs on each one)
    found: list[str] = []
    said_until = -1  # where the last limit said ends: "no lifting or climbing" says both
    at = 0
    while at < len(words):
        for length in range(_LIMIT_WORDS, 0, -1):
            phrase = " ".join(words[at : at + length])
            if phrase in limits and not _going_back(words, at, phrase):
                before = list(words[max(0, at - _CANNOT_BEFORE) : at])
                after = list(words[at + length : at + length + _CANNOT_AFTER])
                listed = words[said_until:at] if said_until >= 0 else ["but"]
                before = before[_last_turn(before) + 1 :]
                after = after[: _first_turn(after)]
                # ("she's strong and not scared of heights at all": no limit)
                fearless = any(a in _DENIED and b in _FEARING for a, b in pairwise(before))
                if not fearless and (
                    not cued
                    or not (_CANNOT.isdisjoint(before) and _CANNOT_AFTER_IT.isdisjoint(after))
                    # one more of a list of limits ("heavy lifting or climb heights")
                    or (len(listed) <= _CANNOT_AFTER and _LIST_TURNS.isdisjoint(listed))
                ):
                    found.append(limits[phrase])
                    said_until = at + length
                at += length - 1
                break
        at += 1
    return tuple(dict.fromkeys(found))


# "without going back to school", "come back to work": "back" a way, not the body
_GOING = frozenset("go going goes went gone come coming came get getting head heading move".split())
_BACK_TO = frozenset({"to", "into", "in", "home"})


def _going_back(words: Sequence[str], at: int, phrase: str) -> bool:
    if phrase != "back":
        return False
    before = words[at - 1] if at > 0 else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    return before in _GOING or after in _BACK_TO


# What a number of careers asked for is counted in: "5 healthcare careers", "3 jobs"
_COUNTED_NOUNS = frozenset({"job", "career", "occupation", "option", "idea"})


def _starts_interest(words: Sequence[str], at: int, interests: Mapping[str, str]) -> bool:
    """True when an interest (folded, as `interests` keys) begins at position `at`."""
    return any(
        " ".join(words[at : at + length]) in interests for length in range(_LIKED_WORDS, 0, -1)
    )


def liked(words: Sequence[str], interests: Mapping[str, str]) -> tuple[str, ...]:
    """The interests said to be liked, in order: `words` are folded tokens, `interests` maps
    each folded interest ("work with my hand") to its data/interests.yaml key."""
    found: list[str] = []
    liking = False
    trait_until = -1  # "im very organized": a trait is said in the next words, or not at all
    at = 0
    while at < len(words):
        word = words[at]
        if at == trait_until:
            liking = False  # "im a single mom with two kids": the family, not a liking
        before = words[at - 1] if at else ""
        after = words[at + 1] if at + 1 < len(words) else ""
        if (
            (word in LIKING and word not in _SAID_BY_SOMEONE and word != "good")
            or (word in _SAID_BY_SOMEONE and before in LIKERS)  # not "jobs like the ppl who"
            # not "a good job for", "not very good with technology"
            or (
                word in _GOOD_AT
                and after in {"at", "with"}
                and _DENIED.isdisjoint(words[max(0, at - 2) : at])
            )
            # "i want to work with computers", "jobs with animals": the work wished for says
            # what is liked too
            or (word == "with" and before in {"work", "someth", "anyth", "stuff", "job", "career"})
            # "jobs where you work outside", "working outdoors": where the work is done
            # ("i dont like working outside": a dislike)
            or (
                word == "work"
                and _starts_interest(words, at + 1, interests)
                and _DENIED.isdisjoint(words[max(0, at - 2) : at])
            )
            # "what jobs are mostly outdoors", "jobs that are outside": where the work is done
            or (
                word == "are"
                and not {"job", "career"}.isdisjoint(words[max(0, at - 2) : at])
                and _starts_interest(words, at + 1 + (after in _MOSTLY), interests)
            )
            # "careers for introverts", "jobs for animal lovers", "what careers are good for
            # introverts"
            or (word == "for" and before in {"job", "career"})
            or (
                word == "for"
                and before in {"good", "best", "great", "ideal", "suited", "right"}
                and not {"job", "career"}.isdisjoint(words[max(0, at - 4) : at])
            )
            # "careers that use chemistry", "jobs that involve math": what the work is about
            or (word in _USING and before in {"that", "which", "job", "career"})
            # "jobs that help animals", "careers helping the environment": what the work is for
            or (word in SERVING and any(_starts_interest(words, at + n, interests) for n in (1, 2)))
            or word in _BEING
        ):
            liking = True
            trait_until = at + _TRAIT_WORDS + 1 if word in _BEING else -1
        elif word in _DISLIKING or word in _ASKING or word == BREAK:
            liking = False
        elif liking:
            for length in range(_LIKED_WORDS, 0, -1):
                phrase = " ".join(words[at : at + length])
                if phrase in _THE_PERSON and words[at + 1 : at + 2] in (["who"], ["that"]):
                    # "jobs for people who like working with their hands", "jobs for kids
                    # who are good with their hands": who likes, not a liking of kids
                    break
                if phrase in _THE_PERSON and words[at + 1 : at + 3] in _LIKE_SOMEONE:
                    break  # "good trade jobs for kids like him": kids such as he is
                if (
                    phrase in interests
                    and words[at + length : at + length + 1] in _SCHOOLWORK
                    and words[at - 1 : at] == ["for"]
                ):
                    break  # "my essay about careers for english class": a class taken
                if phrase in interests:
                    found.append(interests[phrase])
                    at += length - 1
                    if words[at + 1 : at + 2] and words[at + 1] in _THE_PERSON:
                        at += 1  # "creative people": creative, not the liking of people
                    break
        at += 1
    # "careers for biology majors", "a degree in psychology": the subject studied says what is
    # liked
    found += [interests[" ".join(words[a:b])] for a, b in studied_spans(words, interests)]
    return tuple(dict.fromkeys(found))


_STUDIED = frozenset({"major", "majoring", "degree", "minor"})


def studied_spans(words: Sequence[str], interests: Mapping[str, str]) -> list[tuple[int, int]]:
    """Where `words` (folded tokens) name an interest (`interests` keys, see `liked`) as a
    subject studied, (start, end) each: "an economics major", "computer science majors", "a
    degree in nursing"."""
    spans: list[tuple[int, int]] = []
    for at, word in enumerate(words):
        if word not in _STUDIED:
            continue
        # before the word studied ("biology major"), or after it and "in" ("degree in law")
        after = [(at + 2, at + 4), (at + 2, at + 3)] if words[at + 1 : at + 2] == ["in"] else []
        for start, end in [(max(0, at - 2), at), (max(0, at - 1), at), *after]:
            if start < end <= len(words) and " ".join(words[start:end]) in interests:
                spans.append((start, end))
                break
    return spans


def ask(
    words: Sequence[str],
    areas: Mapping[str, Sequence[str]],
    interests: Mapping[str, str] | None = None,
    limits: Mapping[str, str] | None = None,
) -> Ranking:
    """The ranking a list question asks for; `words` are its folded tokens, `areas` the area
    table (data/areas.yaml: word -> SOC major groups), `interests` the folded interests (see
    `liked`), `limits` the folded limits (see `limited`)."""
    said = set(words)
    # "high school" is no ranking word
    ranking_words = {
        w
        for at, w in enumerate(words)
        if not (w == "high" and words[at + 1 : at + 2] == ["school"])
        and not (w == "least" and at and words[at - 1] == "at")
    }  # "high school", "at least $20 an hour" rank nothing
    # "sort them by pay" orders as "highest pay" does ("what sort of jobs", "in order to" do not)
    sorting = any(
        w in _SORTING and words[at + 1 : at + 2] != ["of"] and words[at - 1 : at] != ["in"]
        for at, w in enumerate(words)
    )
    # "what jobs are in demand", "which careers are growing": ranked by growth, no "most" said
    # (not "is the job market growing", "the job will grow?": the career talked about)
    growing = (
        not _GROWING_NOUNS.isdisjoint(said)
        and not said.isdisjoint({"what", "which", "any"})
        and (("in", "demand") in pairwise(words) or not said.isdisjoint({"grow", "boom"}))
    )
    ranked = sorting or growing or not RANKING_WORDS.isdisjoint(ranking_words)
    # "what job makes bank": slang for earning a lot (not "an interview at a bank")
    bank = any(a in {"make", "makes", "making", "earn"} and b == "bank" for a, b in pairwise(words))
    by: RankBy | None = None
    if ranked and not _GROWTH.isdisjoint(said):
        by = "growth"  # "fastest growing careers", "most in demand"
    elif bank or (ranked and not _PAY.isdisjoint(said)):
        by = "pay"
    elif ranked and not _OPENINGS.isdisjoint(said):
        by = "openings"
    elif (
        ranked
        and (
            not _JOBS.isdisjoint(said)
            # "top 10 jobs by number of jobs", "by number of workers"
            or any(
                a == "number" and b == "of" and c in {"job", "worker", "people", "employee"}
                for a, b, c in zip(words, words[1:], words[2:], strict=False)
            )
        )
    ):
        by = "jobs"
    pairs = {" ".join(pair) for pair in pairwise(words)}
    ruled_out = limited(words, limits or {})
    # "jobs with no math", "i hate math": a field said to be avoided is no field asked for
    avoided = {" ".join(tokens(limit)) for limit in ruled_out}
    # ("careers with engineer", "the word engineer": a search of the titles, not the area)
    searched = {b for a, b in pairwise(words) if a in _TITLE_SEARCH}
    named = list(
        dict.fromkeys(
            w for w in [*words, *pairs] if w in areas and w not in avoided and w not in searched
        )
    )
    # "skilled trades": the phrase, not also its "trades"
    named = [w for w in named if not any(w != o and w in o.split() for o in named)]
    groups = tuple(dict.fromkeys(g for w in named for g in areas[w]))
    count = (
        next(
            (
                int(n)
                for w, n in pairwise(words)
                if w in RANKING_WORDS and n.isdigit() and 0 < int(n) <= 50
            ),
            None,
        )
        or next(  # "top 5", "best 3"; else "give me 5 healthcare careers", "3 jobs that…"
            (
                int(n)
                for at, n in enumerate(words)
                if n.isdigit()
                and 0 < int(n) <= 50
                and not _COUNTED_NOUNS.isdisjoint(words[at + 1 : at + 3])
            ),
            None,
        )
    )
    # "pay the most for the least work": the highest pay asked, "least" says of the work
    lowest = not _LOWEST.isdisjoint(ranking_words) and (
        _HIGHEST.isdisjoint(ranking_words)
        or any(a in _LOWEST and b in _PAY | _GROWTH for a, b in pairwise(words))
    )
    ai = _ai_side(words)
    if ai is not None:
        if by is None or by == "jobs":  # "the most at risk jobs": no other figure asked
            by, lowest, ai = "ai", ai == "safe", None
        else:  # "low ai risk that pay well": "low" is the risk, not the pay
            lowest = any(a in _LOWEST and b in _PAY for a, b in pairwise(words))
    likes = liked(words, interests or {})
    floor = pay_floor(words)
    quick = short_course(words)
    most = _education(words, quick)
    # ("need an associate's", "a bachelor's": that level; "without a degree": any below it)
    least = most if most in (_NO_BACHELORS, _BACHELORS, _MASTERS) and _exactly(words) else None
    return Ranking(
        by,
        lowest,
        most,
        groups,
        tuple(named),
        count,
        likes,
        floor,
        ai,
        min_education=least,
        limits=ruled_out,
        together=len(likes) >= 2 and not TOGETHER.isdisjoint(words),
        quick=quick,
    )


def narrowed(first: Ranking, then: Ranking) -> Ranking:
    """The list `first` asked for, narrowed or re-ordered by a follow-up that asks `then`
    ("which of those need only a high school diploma", "sort them by pay"): what the follow-up
    says replaces the list's, the rest of the list's is kept."""
    order = then if then.by is not None else first
    level = then if then.max_education is not None else first
    return Ranking(
        by=order.by,
        lowest=order.lowest,
        max_education=level.max_education,
        groups=then.groups or first.groups,
        areas=then.areas if then.groups else first.areas,
        count=then.count or first.count,
        likes=then.likes or first.likes,
        min_pay=then.min_pay if then.min_pay is not None else first.min_pay,
        ai=then.ai if then.ai is not None else first.ai,
        min_education=level.min_education,
        # "also my back is bad": a limit said after the list adds to the list's own
        limits=tuple(dict.fromkeys([*first.limits, *then.limits])),
        quick=first.quick or then.quick,
    )


def narrows(ranking: Ranking, words: Sequence[str], more: bool = False) -> bool:
    """Whether a follow-up to a list (`words`, read as `ranking`) keeps only some of its careers
    (an education ceiling, a pay floor, an area, an AI side, a liking, a limit) or sorts it
    again: "sort them by pay"; and, where the list has more careers than it showed (`more`),
    "which of those pay the most", ranked over the whole list. (Of a list shown whole, "which
    of those pays best" compares the careers offered: see policy.Turn.discussed.)"""
    return (
        ranking.max_education is not None
        or ranking.min_pay is not None
        or bool(ranking.groups)
        or ranking.ai is not None
        or bool(ranking.likes)
        or bool(ranking.limits)
        or (ranking.by is not None and not (_RESORTING if more else _SORTING).isdisjoint(words))
    )


_RESORTING = _SORTING | _HIGHEST | _LOWEST | {"fastest", "quickest"}


_BELOW = frozenset({"less", "under", "below", "short"})
# "at most an associate's", "an associate's or less": a ceiling, not the level itself
_CEILING = frozenset("most less max maximum under below than without no dont not".split())


def _exactly(words: Sequence[str]) -> bool:
    """ "careers that need an associate's degree", "2 year degree jobs": that level itself,
    not every level up to it."""
    return _CEILING.isdisjoint(words)


# "a high school counselor", "my high school senior": the school someone is at, not a level
_IN_HIGH_SCHOOL = frozenset(
    "finish finishing finishe graduating graduate still in junior senior sophomore freshman "
    "attend attending attends".split()
)
_AT_HIGH_SCHOOL = frozenset(
    "teacher teach counselor counsellor student senior junior sophomore freshman kid class "
    "principal".split()
)


_TRAINING = frozenset({"train", "course", "program", "certification"})  # folded
_SCHOOLING = frozenset({"school", "schooling", "college", "training"})
_LONG = frozenset({"long", "many", "lot"})
_SHORT = frozenset({"short", "shorter", "shortest", "quick", "quicker", "quickest", "fast"})


def short_course(words: Sequence[str]) -> bool:
    """ "jobs with short training", "quickest training for a decent paying job", "less than a
    year of training", "can only do 6 months of training": a short way in asked for."""
    said = set(words)
    below = any(a in _BELOW and b in {"than", "a"} for a, b in pairwise(words))
    if any(a in _SHORT and b in _TRAINING | _SCHOOLING for a, b in pairwise(words)):
        return True
    return not said.isdisjoint(_TRAINING) and (
        not said.isdisjoint({"month", "week"}) or (below and "year" in said)
    )


def _education(words: Sequence[str], short: bool = False) -> int | None:
    """The highest BLS entry level asked (an index into EDUCATION_LEVELS), or None; `short`:
    `short_course(words)`, a short way in asked for."""
    said = set(words)
    pairs = {" ".join(pair) for pair in pairwise(words)}
    negated = not _NOT.isdisjoint(said)
    # "less than a bachelor's", "under a 4 year degree": below that level
    below = any(a in _BELOW and b in {"than", "a"} for a, b in pairwise(words))
    if (negated or below) and not said.isdisjoint({"bachelor", "4", "four"}):
        return _NO_BACHELORS  # "without a bachelor's", "no 4 year degree"
    # (not "finishing high school", "a junior in high school": where someone is now)
    school = [words[at + 2 : at + 3] for at, pair in enumerate(pairwise(words))
              if pair in (("high", "school"), ("hs", "diploma"))
              and not _IN_HIGH_SCHOOL.intersection(words[max(0, at - 2) : at])]  # fmt: skip
    if any(not _AT_HIGH_SCHOOL.intersection(after) for after in school):
        return _UP_TO_HIGH_SCHOOL  # "jobs right out of high school"
    if pairs & {"2 year", "two year"} or "associate" in said:
        return _NO_BACHELORS
    if negated and pairs & {"med school", "medical school", "law school"}:
        return _MASTERS  # "healthcare jobs without med school": no doctoral or professional degree
    if negated and not said.isdisjoint({"degree", "college", "university"}):
        return _NO_DEGREE  # "without a degree", "no college"
    if pairs & {"trade school"} or "certificate" in said:
        return _NO_DEGREE
    if short:
        return _NO_DEGREE
    # "healthcare jobs that dont need long school", "that don't take 8 years of school", "that
    # doesn't take forever": a short way in, two years or less
    years = any(  # "8 years of school" ("a 16 year old" is an age)
        a.isdigit()
        and int(a) >= 4
        and words[at + 1 : at + 2] == ["year"]
        and words[at + 2 : at + 3] != ["old"]
        for at, a in enumerate(words)
    )
    if (negated or "doesnt" in said) and (
        "forever" in said
        or (not said.isdisjoint(_SCHOOLING) and (years or not said.isdisjoint(_LONG)))
    ):
        return _NO_BACHELORS
    # "healthcare jobs that need a bachelor's degree", "jobs with a masters"
    if pairs & {"4 year", "four year"} or "bachelor" in said:
        return _BACHELORS
    if "master" in said or "masters" in said:
        return _MASTERS
    return None


@dataclass(frozen=True)
class Ranked:
    soc: str
    # dollars a year (pay), percent (growth), jobs a year (openings), jobs, percentile (ai)
    value: float


def fits(
    ranking: Ranking,
    soc: str,
    figure: Callable[[str, RankBy], float | None],
    education: Callable[[str], str | None],
    quick: Callable[[str], bool] | None = None,
) -> bool:
    """Whether the occupation `soc` is in the areas, education range, pay floor and AI side
    `ranking` keeps (`figure`, `education` and `quick` as in `rank`)."""
    level = education_level(education(soc))
    if ranking.quick and quick is not None and not quick(soc):
        return False
    return (
        (not ranking.groups or soc.startswith(ranking.groups))
        and (ranking.max_education is None or level <= ranking.max_education)
        and (ranking.min_education is None or level >= ranking.min_education)
        # "jobs that pay at least $20 an hour"
        and (ranking.min_pay is None or (figure(soc, "pay") or 0.0) >= ranking.min_pay)
        and (ranking.ai is None or _on_the_side(figure(soc, "ai"), ranking.ai))
    )


def rank(
    ranking: Ranking,
    socs: Iterable[str],
    figure: Callable[[str, RankBy], float | None],
    education: Callable[[str], str | None],
    quick: Callable[[str], bool] | None = None,
) -> list[Ranked]:
    """Occupations in `socs` that fit `ranking`, ordered by its figure (`figure(soc, by)`, None
    where not published: left out), highest first unless `lowest`, ties the most jobs first;
    `education(soc)` is BLS's typical entry education; `quick(soc)`, whether the way in is
    short (for `ranking.quick`). With no order asked, the most jobs first."""
    fitting = [soc for soc in socs if fits(ranking, soc, figure, education, quick)]
    # With no order asked ("healthcare jobs without a degree", a pay floor), the most common
    # careers come first: the ones a student has heard of
    by = ranking.by or "jobs"
    valued = [Ranked(soc, value) for soc in fitting if (value := figure(soc, by)) is not None]
    sign = 1 if ranking.lowest else -1
    # ties (many jobs share the lowest AI exposure) list the most common careers first
    return sorted(valued, key=lambda r: (sign * r.value, -(figure(r.soc, "jobs") or 0.0), r.soc))


def _on_the_side(percentile: float | None, side: AiSide) -> bool:
    """Whether an AI exposure percentile (None: not published) is on the side asked."""
    if percentile is None:
        return False
    return percentile < _MIDDLE if side == "safe" else percentile >= _MIDDLE


# O*NET OI scale 1-7: at least this (mean over the types liked) to be listed. Higher lists a few
# rare careers (choreographers); lower lets in careers the user would not recognise as a fit.
FIT_FLOOR = 5.5
# Careers that fit every interest at once ("combine art and math") are fewer: each is as
# strong as its weakest interest, and listed from this fit on
BOTH_FIT_FLOOR = 4.0
FEW_FITTING, FIT_STEP = 5, 0.5


def by_interest(
    hand_picked: Sequence[str],
    socs: Iterable[str],
    fit: Callable[[str], float | None],
    jobs: Callable[[str], float | None],
    ranking: Ranking,
    education: Callable[[str], str | None],
    floor: float = FIT_FLOOR,
    best_fit_first: bool = False,
) -> list[str]:
    """Careers for what the user likes: `hand_picked` first (SOC codes chosen for the
    interests, most shared first), then the other `socs` whose `fit` (mean O*NET Occupational
    Interest score on the liked types, 1-7) is at least `floor`, those with the most `jobs`
    (US employment) first: a student knows them, and can ask for more (or, `best_fit_first`,
    the best fitting first). `fit` None for every career lists the hand-picked ones alone.
    Areas and an education ceiling in `ranking` filter both."""
    kept = Ranking(
        max_education=ranking.max_education,
        min_education=ranking.min_education,
        groups=ranking.groups,
    )
    allowed = {soc for soc in socs if fits(kept, soc, lambda soc, by: None, education)}
    chosen = [soc for soc in hand_picked if soc in allowed]
    counts = {soc: chosen.count(soc) for soc in chosen}
    first = sorted(dict.fromkeys(chosen), key=lambda soc: -counts[soc])
    scored = [
        (value, soc) for soc in allowed if soc not in counts and (value := fit(soc)) is not None
    ]
    if best_fit_first:
        return first + [soc for value, soc in sorted(scored, key=lambda vs: (-vs[0], vs[1]))
                        if value >= floor]  # fmt: skip
    fitting = [soc for value, soc in scored if value >= floor]
    # "jobs for introverts that don't need college": too few fit that well, so those that fit
    # a little less join them (never below BOTH_FIT_FLOOR)
    while len(first) + len(fitting) < FEW_FITTING and floor > BOTH_FIT_FLOOR:
        floor -= FIT_STEP
        fitting = [soc for value, soc in scored if value >= floor]
    fitting.sort(key=lambda soc: (-(jobs(soc) or 0.0), soc))
    return first + fitting


def education_level(education: str | None) -> int:
    """The index of BLS's wording in EDUCATION_LEVELS; unknown counts as the highest."""
    try:
        return EDUCATION_LEVELS.index(education or "")
    except ValueError:
        return len(EDUCATION_LEVELS)
