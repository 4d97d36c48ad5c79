"""The dialogue policy: what to do with one `Reading` in one conversation `Context`.

An ordered table of named rules, each a condition and an action; the first rule whose condition
holds decides. The policy knows dialogue (follow-ups, choices, ambiguity, fallback) and nothing of
wording: it returns an `Action`, which `careerbot.engine` renders once and remembers once. Every
answer carries the name of the rule that produced it (`Answer.reason`), so a wrong answer can be
explained in one line.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import Literal

from careerbot.catalog.models import Intent
from careerbot.conversation import Context, Pick
from careerbot.understanding import rankings
from careerbot.understanding.cues import (
    ADDING,
    ASPIRING,
    CLOSING_WORDS,
    COMPARE_SIGNALS,
    CORRECTING,
    COSTLIER,
    FILLER_ONLY,
    GREETING_WORDS,
    JOB_WORDS,
    ORDINALS,
    POINTERS,
    POINTING_NOUNS,
    QUICKER,
    REMOVING,
    REMOVING_VERBS,
    SOCIAL,
    STORY_WORDS,
    SWITCH_LEAD_INS,
    THANKING,
    asks_about_the_bot,
    bare_question,
    clause_spans,
    clauses_of,
    states_by_jobs,
    switch_opener,
)
from careerbot.understanding.described import CLOSE_SHARE, DescribedJobs
from careerbot.understanding.intents import IntentScore
from careerbot.understanding.normalise import ARTICLES, BREAK, QUESTION_LEADS, tokens
from careerbot.understanding.reading import Reading

# Social intents that close a conversation, even where a career is named in passing.
CLOSING = frozenset({"thanks", "goodbye"})
# Intents that are not about one occupation's figures.
GENERAL = SOCIAL | {"fallback", "source"}
DID_YOU_MEAN_LIMIT = 3
# A bare name, or a message with no clear question, gets this career answer.
DEFAULT_INTENT = "overview"
# "hmm and if i moved to new york": a place with a few words around it repeats the last question.
PLACE_FOLLOW_UP_WORDS = 3
# "we live in michigan, does that change anything?": words around a place that ask nothing else
LIVING = frozenset(
    """we i live living lives here there change changes anyth different difference same does do
    it that what about how our my family moved move moving stay staying us near close outside
    specifically exactly based""".split()
)
OPTIONS = frozenset({"options", "option", "choices"})  # "options?" after the user's own work
# "which one", "or": one career is to be chosen among those named
WHICH_OF = frozenset({"which", "or", "better", "best", "worse", "worst"})
MAX_OFFERED_COMPARED = 10  # "which of those pays best" after a list: every career it offered
SURE_QUESTION = 90.0  # an intent said by its keyword or a bare question ("is it hard")
# The questions whose answers have figures by state (BLS OEWS): the others are national.
# (An overview's pay is national: in a state, the state's pay follows it.)
BY_STATE = frozenset({"salary", "employment", "compare"})
# What a career switch ("what about welders?") asks again after a comparison: its pay.
AFTER_COMPARE = "salary"
# The words of "the other one", "the last job": they point, they ask nothing.
POINTING_WORDS = POINTERS | POINTING_NOUNS | {"ones"}
# "which of the three", "which of these pays the most": more than the last two careers.
HOW_MANY = {"two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5,
            "six": 6, "6": 6, "these": 3, "those": 3, "all": 6}  # fmt: skip
# (a number said beats "those": "compare all five of those")
NUMBERS = frozenset(word for word in HOW_MANY if word not in {"these", "those", "all"})
ALL_OF_THEM = frozenset({"three", "these", "all", "3", "four", "five", "six", "4", "5", "6"})
# "salary for all three please", "do both need a degree": one question about each career discussed.
EACH_OF_THEM = frozenset({"both", "each"})
PLURAL_POINTERS = frozenset({"those", "these"})
ALL_WORDS = frozenset({"three", "four", "3", "4", "of", "them", "those", "these"})
# The learned model's probability (0-100) at which its guess answers a follow-up that names no
# career; as sure as it must be for a message that names one (LearnedHook.answer).
FOLLOW_UP_LEARNED = 40.0
# "it", "that job": one career; "they", "both": all of those discussed.
# (not "she", "his": in "what about the hours? she wants a family" the child, not a career)
ONE_OF_THEM = frozenset({"it", "its", "that", "this"})
ALL_OF_THOSE = frozenset({"they", "them", "their", "both", "each", "those", "these", "all"})
# A short comparison with the career discussed has at most this many topic words.
SET_AGAINST_WORDS = 4
# A fallback reading this sure wins even over a job name careerbot has no figures for.
SURE_OUT_OF_SCOPE = 70.0
# The blended guess (see Turn.guesses) at which an unclear career question is answered.
BLEND_FLOOR = 25.0

# What a comparison's verdict can be about, named by the question's keywords.
COMPARE_FOCUS = (
    "salary", "education", "outlook", "employment", "automation", "work_life_balance", "duties"
)  # fmt: skip
# "what is the difference between a nurse and a nurse practitioner": with nothing else named,
# what each does
DIFFERENCE = frozenset({"difference", "diff", "different", "differ", "differs"})

Kind = Literal[
    "about",  # answer `intents` about `socs` (in `state`)
    "compare",  # `socs` side by side
    "general",  # a social / fallback / source answer, `intents[0]`
    "ask_which",  # which occupation? `offer` each, keeping `socs` and the state
    "did_you_mean",  # unsure of the question: offer `candidates`
    "list",  # list occupations matching `words`
    "pick_range",  # a number outside the numbered list offered
    "unknown_job",  # a job name the catalogue does not know
    "employer",  # "how much does google pay": no pay by employer; `socs`' pay across employers
    # Replies that answer no question (intent fallback, or thanks and goodbye), each its own way:
    "reaction",  # "dang thats low": what else to ask about the careers `socs`
    "schools",  # "which college is best for nursing": no data on schools; `socs`' education
    "define",  # "what does median mean": the data/glossary.yaml term `words[0]` explained
    "guide",  # "i just got laid off": ways to start exploring, for `words[0]` (laid_off...)
    "english_only",  # "cuanto gana un electricista": careerbot reads English only, said so
    "undescribed",  # "the person who puts the cast on your arm": no job found for it, said so
    "outside",  # "can my son be a cop with daca": a matter outside the data (`words[0]`), where
    # to ask instead, and what can be asked about `socs`
    "nudge",  # "?", an emoji: example questions
    "about_bot",  # "are you chatgpt": what careerbot is, and example questions
    "closing",  # "thx, bye": thanks, then goodbye
    "states",  # "which state pays nurses the most": `socs[0]`'s pay by state, ranked
]


@dataclass(frozen=True)
class Thresholds:
    """Matcher confidence, 0-100 (defaults from `careerbot.settings.Settings`)."""

    suggest: float
    cold: float
    answer: float


@dataclass(frozen=True)
class Action:
    """What to answer; `rule` names the rule that decided."""

    rule: str
    kind: Kind
    intents: tuple[str, ...] = ()
    socs: tuple[str, ...] = ()
    state: str | None = None
    score: float = 0.0
    offer: tuple[str, ...] = ()  # ask_which: the occupations to choose from
    then_ask: tuple[tuple[str, ...], ...] = ()  # ask_which: further names to ask about after
    candidates: tuple[IntentScore, ...] = ()  # did_you_mean
    words: tuple[str, ...] = ()  # list: the search words
    within: tuple[tuple[str, ...], ...] = ()  # list: the words of the list it narrows, if any
    offset: int = 0  # list: how many of its careers were shown before ("show more")
    also: tuple[str, ...] = ()  # other meanings of a name answered for its dominant one
    guessed: bool = False  # about: the career was described, not named (`also`: the others)
    unpicked: bool = False  # about: the first of options the user asked past (`also`: the rest)
    limit: int = 0  # pick_range: how many options were offered
    military: bool = False  # unknown_job: an armed-forces job (outside BLS wage data)
    lowest: bool = False  # states, or several careers compared: the lowest first
    focus: tuple[str, ...] = ()  # compare: what the verdict is about (education, outlook...)
    shown: tuple[str, ...] = ()  # source: the questions of the answer just given (its sources)
    safer: bool = False  # related: only careers less exposed to AI ("similar but safer")
    shorter: bool = False  # related: only careers needing less education ("but less school")
    states: tuple[str, ...] = ()  # states: the pay in each of these (none: the states ranked)
    # ask_which: SOC major groups the message names ("pay in retail": 41), whose most common
    # careers are offered when nothing else is
    areas: tuple[str, ...] = ()
    # about: each question with its own career, (intent, SOC code), in the order asked
    pairs: tuple[tuple[str, str], ...] = ()
    # about: parts of the work asked about ("blood", "lifting": data/interests.yaml limits),
    # answered with the O*NET tasks that say them
    touches: tuple[str, ...] = ()


@dataclass(frozen=True)
class Turn:
    """One message in its conversation: the evidence every rule reads."""

    reading: Reading
    context: Context
    intents: Mapping[str, Intent]
    thresholds: Thresholds

    @cached_property
    def asked(self) -> list[str]:
        return [score.intent for score in self.reading.intents]

    @property
    def first(self) -> str | None:
        return self.asked[0] if self.asked else None

    @property
    def score(self) -> float:
        reading = self.reading
        return reading.intents[0].score if reading.intents else reading.top_score

    @property
    def socs(self) -> list[str]:
        return self.reading.socs

    @property
    def state(self) -> str | None:
        """The state named, else the one in force (unless the user asked for the whole US)."""
        place = self.reading.place
        # "What education is needed for this work in America?": the country against the one
        # the user left; the state still holds for what its figures do not depend on
        here = place.in_the_country and _PLACE_FREE.issuperset(self.topical[:1] or ["salary"])
        if (place.state or place.nationwide or place.foreign) and not here:
            return place.state
        # "cop vs firefighter vs ems in california", "which ems?", then "ok firefighter then":
        # the state kept by the options offered
        return self.context.state or next((p.state for p in self.context.choices if p.state), None)

    @cached_property
    def guesses(self) -> list[IntentScore]:
        """Every intent, best first, by the mean of the two classifiers' scores (nearest
        phrasing and learned model, each 0-100) where the learned model was asked; else the
        nearest phrasing's ranking. Two weak readings that agree beat one that stands alone
        ("Is welding a good career for a 19 year old who hates school?")."""
        ranked, learned = self.reading.ranked, self.reading.learned
        if not learned:
            return ranked
        scores: dict[str, float] = {}
        for source in (ranked, learned):
            for score in source:
                scores[score.intent] = scores.get(score.intent, 0.0) + score.score / 2
        return [IntentScore(i, s) for i, s in sorted(scores.items(), key=lambda kv: -kv[1])]

    @property
    def top_guess(self) -> IntentScore:
        """The first of `guesses`, or fallback at 0 when nothing was read at all."""
        guesses = self.guesses
        return guesses[0] if guesses else IntentScore("fallback", 0.0)

    @property
    def best_guess(self) -> str | None:
        """The first guess when it is a career question of some confidence."""
        guesses = self.guesses
        floor = self.thresholds.suggest if guesses is self.reading.ranked else BLEND_FLOOR
        if not guesses or guesses[0].score < floor:
            return None
        intent = guesses[0].intent
        return intent if self.intents[intent].needs_occupation and intent != "compare" else None

    @property
    def follow_up_guess(self) -> str | None:
        """For a message naming no career after one was discussed: the learned model's career
        intent when it gives it at least `FOLLOW_UP_LEARNED` percent ("need a license for
        this?"), else `best_guess`."""
        learned = self.reading.learned
        if learned and learned[0].score >= FOLLOW_UP_LEARNED:
            intent = learned[0].intent
            if self.intents[intent].needs_occupation and intent != "compare":
                return intent
        return self.best_guess

    @property
    def _safer_from_ai(self) -> bool:
        """ "similar but safer from ai", or "...but safer" just after an AI answer (a roofer's
        "safer" after its dangers is about falls, not AI)."""
        words = set(self.reading.words)
        about_ai = not rankings.AI_WORDS.isdisjoint(words)
        about_ai = about_ai or self.context.intents[:1] == ["automation"]
        # "something with less AI risk", "less exposed to AI"
        lower = not {"less", "lower", "least", "low"}.isdisjoint(words)
        return about_ai and (not _SAFER.isdisjoint(words) or lower)

    @property
    def fresh_list(self) -> bool:
        """A list of careers was just shown, none of them talked about yet (a list stays open
        while one of its careers is: see Engine._list_kept)."""
        return (
            bool(self.context.choices)
            and not self.context.pending_intents
            and set(self.context.occupations).isdisjoint(self.context.offered)
        )

    @property
    def discussed(self) -> list[str]:
        """The careers a "which one" follow-up means: those of the last answer if several, else
        the last two talked about."""
        offered = self.context.offered
        if len(offered) >= 2 and self.fresh_list:
            # "which one pays the most" just after a list of careers: the careers it offered
            return offered[:MAX_OFFERED_COMPARED]
        said = _number_said(self.reading.words)  # "compare the last two"
        if said > len(self.context.occupations) >= 2:
            # "compare all three" after plumbers, then carpenters and electricians together
            series = self.context.series
            return list((series if len(series) >= said else self.context.discussed)[-said:])
        if len(self.context.occupations) >= 2:
            return list(self.context.occupations)
        if not said and len(self.context.series) > 2:
            # "cop pay", "wbu firefighters", "and emts", then "which one has least stress"
            return list(self.context.series)
        words = set(self.reading.words)
        if not words.isdisjoint(ALL_OF_THEM) and len(self.context.compared) > 2:
            return list(self.context.compared)
        many = next((n for word, n in HOW_MANY.items() if word in words), 2)
        return list(self.context.discussed[-many:])

    @property
    def topical(self) -> list[str]:
        return [i for i in self.asked if self.intents[i].needs_occupation]

    @property
    def last_intents(self) -> list[str]:
        """The question last answered, for a follow-up that only changes the career or place."""
        return self.context.pending_intents or self.context.intents or [DEFAULT_INTENT]

    @property
    def last_question(self) -> list[str]:
        """The question last answered, for one career: after a comparison, what it was about
        ("which is more at risk from AI: A or B?", then "what about C?": C's AI risk), else pay."""
        last = self.last_intents
        if last == ["compare"]:
            return self.context.focus[:1] or [AFTER_COMPARE]
        return last

    def about(self, rule: str, intents: list[str], socs: list[str], **extra: object) -> Action:
        """Answer `intents` about `socs`: a comparison when the first intent is compare."""
        kind: Kind = "compare" if intents and intents[0] == "compare" else "about"
        also = tuple(soc for soc in self.reading.alternatives if soc not in socs)
        values: dict[str, object] = {"state": self.state, "score": self.score, "also": also}
        if kind == "compare":  # "which one needs more school": the verdict on education
            keyed = set(self.reading.keyed)
            words = set(self.reading.words)
            if {"job", "opening"} & words and {"more", "most", "fewer", "many"} & words:
                keyed.add("employment")  # "which has more jobs"
            if (COSTLIER | QUICKER) & words and {"get", "train", "become", "start"} & words:
                keyed.add("education")  # "which is cheapest to get into", "quickest to train"
            if DIFFERENCE & words and not keyed.intersection(COMPARE_FOCUS):
                keyed.add("duties")
            values["focus"] = tuple(i for i in COMPARE_FOCUS if i in keyed)
        if intents[:1] == ["related"] and len(socs) == 1 and self._safer_from_ai:
            values["safer"] = True  # "what jobs are similar but safer from ai"
        elif intents[:1] == ["related"] and len(socs) == 1 and _less_schooling(self.reading.words):
            values["shorter"] = True  # "what other job is near to nurse with less study"
        values.update(extra)
        return Action(rule, kind, tuple(intents), tuple(socs), **values)  # type: ignore[arg-type]

    def general(self, rule: str, intent: str) -> Action:
        if intent == "fallback" and self.reading.exclaims and self.context.occupations:
            # "damn thats a lot", "WAIT what 😳" after an answer: no refusal, what else to ask
            return _reacted(self)
        if intent == "source" and not self.socs and self.context.occupations:
            # "where's that from?": the sources of the answer just given come first
            return Action(rule, "general", (intent,), tuple(self.context.occupations),
                          score=self.score, shown=tuple(self.context.intents))  # fmt: skip
        return Action(rule, "general", (intent,), tuple(self.socs), score=self.score)

    def unsure(self, rule: str) -> Action:
        """Offer the likeliest career questions as "did you mean", or fall back."""
        reading = self.reading
        candidates = tuple(
            candidate
            for candidate in reading.ranked
            if candidate.score >= self.thresholds.suggest
            and self.intents[candidate.intent].needs_occupation
            and candidate.intent != "compare"
        )[:DID_YOU_MEAN_LIMIT]
        if candidates and reading.ranked[0].intent != "fallback":
            socs = tuple(self.socs or self.context.occupations)
            return Action(
                rule, "did_you_mean", socs=socs, score=reading.top_score, candidates=candidates
            )
        return Action(f"{rule}/fallback", "general", ("fallback",), score=reading.top_score)


@dataclass(frozen=True)
class Rule:
    """One line of the policy: when `when` holds, `then` decides."""

    name: str
    when: Callable[[Turn], bool]
    then: Callable[[Turn], Action]
    doc: str = field(default="", compare=False)


def _outside_about(turn: Turn) -> bool:
    """ "a joke about plumbers", "weather for roofers": a fallback keyword said of something
    ("rent is insane there", "besides the weather on tv" say it in passing)."""
    keywords = set(turn.intents["fallback"].keywords) if "fallback" in turn.intents else set()
    return any(a in keywords and b in _OF_IT for a, b in pairwise(turn.reading.words))


_OF_IT = frozenset({"about", "for", "of"})


def _picks_compared(turn: Turn) -> list[str]:
    """ "compare 1 and 3", "compare number 2 and number 5", "compare the first two" after a
    numbered list: the careers of those options (two or more), else none."""
    words = [w for w in turn.reading.words if w != BREAK]
    asks = "compare" in turn.reading.keyed or turn.first == "compare" or "vs" in words
    choices = turn.context.choices
    if not asks or not choices or turn.reading.mentions:
        return []
    if any(a == "first" and b in ("two", "2") for a, b in pairwise(words)):
        numbers = [1, 2]
    else:
        numbers = [int(w) if w.isascii() and w.isdigit() else ORDINALS.get(w, 0) for w in words]
    # (an option without a career, a numbered suggestion, is none to compare)
    picked = [
        soc for n in numbers if 1 <= n <= len(choices) for soc in choices[n - 1].occupations[-1:]
    ]
    picked = list(dict.fromkeys(picked))
    return picked if len(picked) >= 2 else []


# Words of a pick besides its question: "ok what does number 1 do"
_PICKING_WORDS = frozenset({"number", "option", "ok", "so", *(str(n) for n in range(1, 11))})


def _picked(turn: Turn) -> bool:
    number = turn.reading.number
    if number is None or not 1 <= number <= len(turn.context.choices):
        return False
    # "number 2 on ur list, aerospace engineers": the career named, where the number says
    # another one (the list the user remembers is not always the one shown)
    named = {soc for m in turn.reading.mentions for soc in m.socs}
    picked = turn.context.choices[number - 1].occupations[-1:]
    return not named or bool(named.intersection(picked))


def _answer_pick(turn: Turn) -> Action:
    assert turn.reading.number is not None
    pick = turn.context.choices[turn.reading.number - 1]
    # ("what does number 1 do": a question of filler words only, its own all the same)
    bare = bare_question([w for w in turn.reading.words if w not in _PICKING_WORDS])
    asked = turn.topical or ([bare] if bare and turn.intents[bare].needs_occupation else [])
    if asked and pick.intents[:1] != ["compare"] and not pick.then_ask:
        # "number 3, what does it pay?": the option, asked the question the message asks
        pick = pick.model_copy(update={"intents": asked})
    # ("number 2, whats the pay in texas": the place said with it)
    return _answer_option("pick", pick.model_copy(update={"state": _pick_state(turn, pick)}))


def _answer_pointed_pick(turn: Turn) -> Action:
    # "for the first one on that list, what does a typical day look like": the option pointed
    # to, asked the question the message asks (else the one waiting)
    assert turn.reading.points_to is not None
    pick = turn.context.choices[turn.reading.points_to - 1]
    return _answer_option(
        "pick_pointed",
        pick.model_copy(
            update={"intents": turn.topical or pick.intents, "state": _pick_state(turn, pick)}
        ),
    )


def _answer_option(rule: str, pick: Pick) -> Action:
    """The option chosen (by number or by name), with everything it kept."""
    if pick.then_ask:  # "nurse vs teacher": the nurse is chosen, now which teacher
        return Action(f"{rule}/ask_next", "ask_which", tuple(pick.intents),
                      tuple(pick.occupations), pick.state, 100.0, offer=tuple(pick.then_ask[0]),
                      then_ask=tuple(tuple(socs) for socs in pick.then_ask[1:]))  # fmt: skip
    kind: Kind = "compare" if pick.intents[:1] == ["compare"] else "about"
    return Action(rule, kind, tuple(pick.intents), tuple(pick.occupations), pick.state, 100.0)


# "highest paying jobs", "fastest growing careers in healthcare": careers ranked, none named
_CAREER_NOUNS = frozenset("job career occupation trade profession option path".split())
# "is this career growing", "is the job growth good for them": about a career discussed
_BACK = frozenset("this it its them they their that those these both either".split())
# Answers whose figures are national whatever the state (BLS publishes them for the US only)
_PLACE_FREE = frozenset(
    {"education", "skills", "related", "automation", "duties", "personality", "challenges",
     "strengths", "work_life_balance"}
)  # fmt: skip


_FLOOR_SAID = frozenset({"least", "over", "above", "minimum", "min"})
_ANY_WORK = frozenset({"someth", "anyth", "switch"})  # (folded: "something", "anything")
_YES_NO = frozenset("is are would will should does do".split())  # a yes-no question's first word
# ("that only need", "that just pay": the same, softened)
_THAT_DO = frozenset("pay paying make need require dont start only just".split())
_LIST_LEADS = frozenset("what which any some show name good list".split())
_WHAT_I_CAN_DO = frozenset({("can", "i", "do"), ("could", "i", "do")})  # "what can i do without…"


def _kind_of(words: list[str]) -> list[str]:
    """The noun after "kind of", "type of", "sort of" ("what kind of jobs"), as a list."""
    if len(words) >= 3 and words[0] in {"kind", "type", "sort", "kinds", "types"}:
        return words[2:3] if words[1] == "of" else []
    return []


_FOR_ME = frozenset({("can", "i"), ("could", "i"), ("should", "i")})


def _for_me_alone(turn: Turn) -> bool:
    """ "what jobs can i do now", "what careers could i switch to": careers asked for the user
    (not "what should my students do"), by nothing a list is made by (field, liking, limit,
    education, pay, ranking)."""
    ranking = turn.reading.ranking
    words = turn.reading.words
    return (
        not _FOR_ME.isdisjoint(pairwise(words))
        and _lists(words)
        and ranking.by is None
        and not (ranking.groups or ranking.likes or ranking.limits)
        and ranking.max_education is None
        and ranking.min_pay is None
    )


def _lists(words: list[str]) -> bool:
    """ "list healthcare jobs", "what jobs can i get", "which careers", "jobs with computers
    that…", "what can i do without a degree": careers asked for."""
    return (
        "list" in words
        or bool(words and words[0] in _CAREER_NOUNS)
        or any(three in _WHAT_I_CAN_DO for three in zip(words, words[1:], words[2:], strict=False))
        or any(
            word in _LIST_LEADS
            and not _CAREER_NOUNS.isdisjoint(words[i + 1 : i + 3] + _kind_of(words[i + 1 :]))
            for i, word in enumerate(words)
        )
    )


_LESS = frozenset({"less", "fewer", "shorter", "quicker", "faster"})
_SCHOOLING = frozenset(
    "school schooling study studying education training college degree year time".split()
)


def _less_schooling(words: list[str]) -> bool:
    """ "near to nurse with less study", "similar but dont take forever", "with a shorter
    training": related careers that take less education to start."""
    pairs = list(pairwise(words))
    return (
        any(a in _LESS and b in _SCHOOLING for a, b in pairs)
        or ("forever" in words and not {"take", "takes"}.isdisjoint(words))
        # "that do not require quite so many years of study", "without as many years of school"
        # "without going back to school for 4 years"
        or (
            not {"not", "dont", "doesnt", "without"}.isdisjoint(words)
            and any(a == "many" or a.isdigit() for a, b in pairs if b == "year")
            and not _SCHOOLING.isdisjoint(words)
        )
    )


# "easier to get into?", "is the training shorter?", "less school?": how long the way in is
_QUICKER = frozenset({"easier", "quicker", "faster", "shorter"})
_WAY_IN = frozenset({"school", "schooling", "training", "study", "program", "get", "college"})


def _easier_way_in(words: list[str]) -> bool:
    """Whether `words` ask if the way into a career is shorter or easier ("easier to get
    into?", "the school is shorter?", "is that shorter", "less school?")."""
    said = [w for w in words if w != BREAK]
    return _less_schooling(said) or (
        not _QUICKER.isdisjoint(said) and (not _WAY_IN.isdisjoint(said) or said[-1:] == ["shorter"])
    )


# "similar jobs but safer", "related careers that are safer from ai"
_SAFER = frozenset({"safer", "safe", "safest"})
# The words that say goodbye, where a career is named ("ok bye, the nurse info helped")
_BYE = (CLOSING_WORDS - THANKING) | {"later", "night", "goodnight", "leaving"}


# What a user may ask of their own career ("im a nurse, will ai take my job"): its prospects
# and skills, not their own pay, leave or troubles at work (their employer's to answer)
_OF_ONES_OWN = ("automation", "outlook", "skills")


def _own_career_question(turn: Turn) -> list[str]:
    """The question asked about the user's own career, said or keyed, else []."""
    asked = [i for i in turn.topical if i in _OF_ONES_OWN]
    # "im a junior dev, is AI going to take my job": AI or the future said, however read
    keyed: list[str] = [i for i in ("automation", "outlook") if i in turn.reading.keyed]
    return asked or keyed[:1]


def _list(turn: Turn, rule: str, within: tuple[tuple[str, ...], ...] = ()) -> Action:
    """A list of careers, searched or ranked by the message's words (and, `within`, the words of
    the list it narrows)."""
    # (the words its ranking was read from, where there are some: not the user's own job)
    said = turn.reading.ranking_words or [w for w in turn.reading.words if w != BREAK]
    return Action(
        rule, "list", ("list_occupations",), score=turn.score, words=tuple(said), within=within
    )


# "show more", "next 10", "the rest": the next careers of the list just shown
_MORE = frozenset({"more", "next", "rest", "continue", "others"})
_MORE_WORDS = _MORE | frozenset(
    "show give me see the some please pls plz 10 ten 20 twenty page of them those list ok okay "
    "can you u keep going let and what other".split()
)
# "which of those need only a high school diploma", "sort them by pay": the list just shown
_LIST_POINTERS = frozenset("those them these one they list".split())  # "ones" folds to "one"


def _opens_on_area(turn: Turn) -> bool:
    """ "healthcare jobs without a degree", "trade jobs that pay 20 an hour": the message opens
    on careers of an area, which the rest of it narrows."""
    words = turn.reading.words
    # ("what about healthcare jobs that need a bachelor's", "and trade jobs ...": a switch)
    words = words[switch_opener(words) :]
    at = next((i for i, w in enumerate(words[:3]) if w in _CAREER_NOUNS), None)
    return at is not None and at > 0 and set(words[:at]) <= set(turn.reading.ranking.areas)


def _no_figure(rule: str, kind: Kind, turn: Turn, said: str | None) -> Action:
    """A reply that no figure answers (intent fallback), of the `kind` named by `said`
    ("laid_off", "disability"...)."""
    return Action(rule, kind, ("fallback",), score=turn.score, words=(said or "",))


_OTHER_COUNT = frozenset({"two", "three", "2", "3", "one", "ones"})


def _the_others(turn: Turn) -> list[str] | None:
    """The careers of the last comparison other than those just answered, when two or more
    are left ("what about the other two" after one of three); else None."""
    others = [s for s in turn.context.compared if s not in turn.context.occupations]
    return others if len(others) >= 2 else None


def _kept_in_comparison(turn: Turn) -> list[str]:
    """The careers named, less one said to be dropped ("drop the plumber, just welder vs
    electrician"), unless that would leave fewer than two."""
    words = turn.reading.words
    dropped = {
        soc
        for m in turn.reading.mentions
        if m.start and REMOVING_VERBS.intersection(words[max(0, m.start - 2) : m.start])
        for soc in m.socs
    }
    kept = [soc for soc in turn.socs if soc not in dropped]
    return kept if len(kept) >= 2 else list(turn.socs)


def _asking_clause(words: list[str]) -> list[str]:
    """The words of the clause that names careers last, to its end: in a long message, the
    question ("His dad and I both work retail ... Which jobs pay well without a college
    degree?": not the story's "both"); every word up to it in a short message ("And it is
    good job for future? Many jobs?": "it" is the career discussed); every word where no
    career noun is said. What is told after it ("what careers pay well without a degree? my
    son just isn't a school kid and that's ok") asks nothing of it."""
    at = max((i for i, w in enumerate(words) if w in _CAREER_NOUNS), default=None)
    if at is None:
        return words
    end = next((i for i in range(at, len(words)) if words[i] == BREAK), len(words))
    if len(words) < STORY_WORDS:
        return words[:end]
    start = max((i for i in range(at) if words[i] == BREAK), default=-1) + 1
    return words[start:end]


def _ranks_careers(turn: Turn) -> bool:
    words = turn.reading.words
    ranking = turn.reading.ranking
    # "jobs that pay well", "jobs with computers that dont need a degree": "that" there joins
    # what the jobs are to them, no career discussed before
    after_noun = {w for a, w in pairwise(words) if a in _CAREER_NOUNS} | (
        {"that"} if words[:1] and words[0] in _CAREER_NOUNS else set()
    )
    # "jobs i can get quickly that pay at least $20 an hour": "that" says what the jobs do
    after_noun |= (
        {"that"} if any(a == "that" and b in _THAT_DO for a, b in pairwise(words)) else set()
    )
    nouns = [a for a, b in pairwise([*words, ""]) if a in _CAREER_NOUNS and b != "school"]
    return (
        # "jobs without a degree" lists careers too; "is healthcare a good career" does not;
        # a ceiling on education alone lists where nothing else is asked ("job outlook?")
        (
            ranking.by is not None
            or (
                (ranking.max_education is not None or ranking.min_pay is not None)
                and (
                    turn.first in (None, "fallback")
                    or _lists(words)
                    or _opens_on_area(turn)
                    # "and the top jobs that need a 2 year degree"
                    or not rankings.RANKING_WORDS.isdisjoint(words)
                    # "whats something i could switch to that pays 55k+", however it reads
                    or not _ANY_WORK.isdisjoint(words)
                )
            )
        )
        and not turn.socs
        and not turn.reading.mentions
        # "trade school" is no trade; "what pays at least 25 an hour" asks for careers all the same
        # (not "if i make 60k"; "does chick fil a pay 15 an hour")
        and (
            bool(nouns)
            or _lists(words)
            or (ranking.min_pay is not None and not _FLOOR_SAID.isdisjoint(words))
            # "whats something i could switch to that pays 55k+": work of any kind, by its pay
            or (ranking.min_pay is not None and not _ANY_WORK.isdisjoint(words))
            # "what pays the most", "ngl what pays good without college": with no career in
            # the conversation, careers by pay
            or (ranking.by == "pay" and "what" in words and not turn.context.occupations)
        )
        and _BACK.isdisjoint(set(_asking_clause(words)) - after_noun)
        # "laid off from the warehouse, what jobs can i get that pay better than $18 an hour":
        # the floor asks for careers, whatever the story of the user's own job
        and not (turn.reading.own_job and ranking.min_pay is None)
        and turn.first not in (GENERAL - {"fallback"})
        # "which has the best job outlook?" after a comparison: which of those (not "which
        # jobs have the best outlook", careers in general)
        and not (
            len(turn.context.compared) >= 2
            and words[:1] == ["which"]
            and _PLURAL_CAREERS.search(turn.reading.text) is None
        )
    )


_PLURAL_CAREERS = re.compile(r"\b(jobs|careers|occupations|trades)\b", re.IGNORECASE)

# "what jobs would fit me", "what should i do"
_FITTING = frozenset({"fit", "suit", "match", "should", "someth", "anyth"})
# "i also like drawing": a liking alone, said while exploring, asks for careers too
_JUST_LIKING = rankings.LIKING | frozenset("also too really very so much alot lot and i im".split())
# Who the liking is said of ("my son", "what about my daughter"): a parent's way of asking
_SAID_OF_SOMEONE = frozenset("son daughter kid child nephew niece grandson granddaughter".split())


_POINTING = frozenset("it this that they them these those".split())


def _yes_no(words: list[str]) -> bool:
    return bool(words) and words[0] in _YES_NO


def _last_clause(words: list[str]) -> list[str]:
    """The message's last clause that says something: "She is very shy. Is ok for her?" ->
    "is ok for her"."""
    return next((c for c in reversed(clauses_of(words)) if c), [])


def _points_back(words: list[str]) -> bool:
    """ "is it a good fit", "would this job suit me": about a career already discussed (not
    "what jobs fit me")."""
    return not _POINTING.isdisjoint(words) or any(
        a in {"the", "this", "that"} and b in {"job", "career", "one"} for a, b in pairwise(words)
    )


def _liked_words(turn: Turn) -> set[str]:
    """The (folded) words of the interests the message says it likes."""
    return {w for like in turn.reading.ranking.likes for w in tokens(like)}


# "would i ever have to see blood", "do nurses have to lift patients", "need to climb much?"
_WORK_ASKED = (_YES_NO - {"should"}) | {"have", "need", "must"}


# Parts of the work a question can ask about by name alone (data/interests.yaml limits): not
# "back" ("back to school"), "animals", "sales" or "driving" ("self driving trucks")
_TOUCHABLE = frozenset({"blood", "needles", "heights", "climbing", "lifting", "heavy lifting",
                        "dead bodies"})  # fmt: skip


def touched(reading: Reading) -> tuple[str, ...]:
    """The parts of the work a yes/no question names ("do they deal with blood"): limits
    in _TOUCHABLE, when the message is such a question; () otherwise."""
    if not _yes_no_about_work(reading.words):
        return ()
    return tuple(limit for limit in reading.touches if limit in _TOUCHABLE)


_OPENING = frozenset({"and", "so", "but", "ok", "also", "lol"})


def _yes_no_about_work(words: list[str]) -> bool:
    """A yes/no question, opened by one of _WORK_ASKED at the start of the message or of any
    sentence or clause in it (after "and", "so", "but"): "im scared of heights so do linemen
    climb poles a lot", "i faint at blood lol. do phlebotomists take blood all day"."""
    starts = [0, *(at + 1 for at, w in enumerate(words) if w in (BREAK, "so", "but"))]
    for start in starts:
        plain = [w for w in words[start:] if w not in _OPENING and w != BREAK]
        if plain and plain[0] in _WORK_ASKED:
            return True
    return False


def _reacted(turn: Turn) -> Action:
    """ "lol ok", "wow big jump" after an answer: what else to ask about its careers."""
    return Action(
        "reaction", "reaction", ("fallback",), tuple(turn.context.occupations), score=turn.score
    )


_KIN = frozenset({"similar", "near", "like", "related", "other", "close", "instead"})


def _asks_which_of_area(turn: Turn) -> bool:
    """ "what trades can you tell me about", "which healthcare jobs are there": the careers of
    an area, asked for by "what" or "which" and the area's name; "whats a good trade", "good
    trades to get into", "careers in education": the area's, whatever came before."""
    words = [w for w in turn.reading.words if w != BREAK]
    areas = set(turn.reading.ranking.areas)
    # ("careers in education": the area, though "education" is also the question of school)
    in_area = any(
        a in _CAREER_NOUNS and b == "in" and c in areas
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )
    good = any(a == "good" and b in areas for a, b in pairwise(words))
    # "Can you make a quick list of 10 STEM careers for my 8th graders", "STEM careers for my
    # class": the area's careers, named as such, for a class or a list
    named = any(a in areas and b in _CAREER_NOUNS for a, b in pairwise(words))
    good = good or (named and (_lists(words) or (bool(words) and words[0] in areas)))
    # "hi I want work in hotel. what jobs there is?": the area said, then what jobs it has
    # (not "what job is near to this?", "what careers are similar to ...": careers like one)
    good = good or (bool(areas) and _KIN.isdisjoint(words) and any(
        a == "what" and b in _CAREER_NOUNS and c in {"there", "are", "is"}
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    ))  # fmt: skip
    # (after a career, "related careers in food", "what job in health is similar" are about it)
    in_area = in_area and not turn.context.occupations
    if not turn.socs and not turn.reading.mentions and (in_area or good):
        return True
    return (
        bool(areas)
        and words[:1] in (["what"], ["which"])
        and bool(areas.intersection(words[1:3]))
        # careers named as such ("which healthcare jobs"), or trades ("what trades can you
        # tell me about"); not "what education is needed" nor "what trade school is best"
        and (
            not _CAREER_NOUNS.isdisjoint(words[1:4])
            or (words[1] == "trade" and words[2:3] != ["school"])
        )
        # (after careers, "which trade has the better future" sets them side by side)
        and not turn.context.occupations
        and not turn.socs
        and not turn.reading.mentions
    )


def _named_only_as_liked(turn: Turn) -> bool:
    """ "i like chemistry, what jobs", "careers that use chemistry": every career named is
    named by an interest said to be liked (the field "chemistry" names Chemists), so careers
    for the liking are asked for, not that one."""
    liked = _liked_words(turn)
    words = turn.reading.words
    mentions = turn.reading.mentions
    return (
        bool(liked and mentions)
        and _lists(words)  # not "would something like computer programming suit him"
        and all(set(words[m.start : m.end]) <= liked for m in mentions)
    )


def _careers_asked_for(turn: Turn, also: bool) -> bool:
    """Careers asked for, none named: "what jobs", "what would fit me", "list…" (or `also`,
    what the caller adds), and no career discussed pointed back to ("is it a good fit for an
    introvert" after one is about that one)."""
    words = turn.reading.words
    return (
        ((not turn.socs and not turn.reading.mentions) or _named_only_as_liked(turn))
        and not (
            turn.context.occupations
            and (_points_back(words) or _yes_no(words) or _yes_no(_last_clause(words)))
        )
        and (
            not _CAREER_NOUNS.isdisjoint(words)
            or not _FITTING.isdisjoint(words)
            or _lists(words)
            or also
        )
    )


def _asks_within_limits(turn: Turn) -> bool:
    """ "i want to work in healthcare but i hate blood, what can i do", "jobs for someone with a
    bad back": careers asked for around what the user cannot stand or do."""
    ranking = turn.reading.ranking
    return (
        bool(ranking.limits)
        # ("what can i do")
        and _careers_asked_for(
            turn, bool(ranking.groups) or ("what", "can") in pairwise(turn.reading.words)
        )
        and turn.first not in (GENERAL - {"fallback", "help"})
    )


def _asks_by_interest(turn: Turn) -> bool:
    """ "i like drawing and video games, what jobs would fit me", "i love animals, what should
    i do": careers asked for by what the user likes."""
    words = turn.reading.words
    # ("my daughter loves drawing and math", "what about my son, he likes fixing cars": said
    # of someone close perhaps, with one word of the doing at most)
    # ("hola, i like very much the computers. what work i can do?": a greeting, and work)
    others = set(turn.reading.topic_words) - _JUST_LIKING - _liked_words(turn) - rankings.LIKERS
    others -= GREETING_WORDS | {"work"}
    only_likes = len(others - _SAID_OF_SOMEONE) <= 1
    return (
        bool(turn.reading.ranking.likes)
        and _careers_asked_for(
            turn,
            ("work", "with") in pairwise(words)  # "i want to work with computers"
            # "business major, what can i even do with it", "what does it lead to"
            or not {("do", "with"), ("lead", "to")}.isdisjoint(pairwise(words))
            or turn.reading.ranking.max_education is not None  # "but i dont want college"
            or only_likes
            or turn.reading.starting_out == "undecided",  # "i like drawing. idk what to do"
        )
        and not turn.reading.own_job
        # "i like helping people" reads as a request for help, but says only what is liked
        # ("idk wat i wanna do, i like cars" reads as "what can you do")
        and (
            turn.first not in GENERAL - {"fallback"}
            or (turn.first == "help" and (only_likes or turn.reading.starting_out is not None))
            # "jobs that help animals", "careers that help people": what the work helps
            or (
                turn.first in ("help", "thanks")
                and not rankings.SERVING.isdisjoint(words)
                and not _CAREER_NOUNS.isdisjoint(words)
            )
        )
    )


def _named_pick(turn: Turn) -> Pick | None:
    """The option offered that the message names ("high school" after "Which teachers?"), if
    it names exactly one of them."""
    named = [p for p in turn.context.choices if p.occupations and p.occupations[-1] in turn.socs]
    if len(named) != 1:
        return None
    # Only the option (and what it kept): "emt vs paramedic" names a new comparison instead.
    return named[0] if set(turn.socs) <= set(named[0].occupations) else None


def _pick_state(turn: Turn, pick: Pick) -> str | None:
    """A place said now, else the option's (the state of the question that offered it)."""
    place = turn.reading.place
    return place.state if place.named else (pick.state or turn.context.state)


def _answer_named_pick(turn: Turn) -> Action:
    pick = _named_pick(turn)
    assert pick is not None
    # "mechanical, do they need a degree?": the option, with the question asked with it
    asked = [i for i in turn.topical if i != DEFAULT_INTENT] or pick.intents
    socs = pick.occupations
    if asked[:1] == ["compare"] and len(socs) == 1:  # "how does file clerk work compare?"
        socs = list(dict.fromkeys([*turn.context.occupations[:1], *socs]))
    picked = pick.model_copy(
        update={"intents": asked, "state": _pick_state(turn, pick), "occupations": socs}
    )
    return _answer_option("pick_by_name", picked)


def _ask_again(turn: Turn) -> Action:
    """ "do they need a masters" while "Which teachers?" waits: the same options, for it."""
    first = turn.context.choices[0]
    kept = tuple(first.occupations[:-1])
    offer = tuple(turn.context.offered)
    asked = (
        turn.topical if turn.topical and (turn.topical != ["compare"] or kept) else first.intents
    )
    state = _pick_state(turn, first)
    # (a place alone, "in cali", narrows the question the options wait on: asked again)
    past = bool(turn.topical) and not turn.reading.only_place
    if past and turn.context.meanings and not first.then_ask and offer and asked != ["compare"]:
        # A question asked past the options ("compared to texas", "do they need a masters"):
        # answered for the first (the most common), the others offered beside it, rather than
        # the same options again
        kind: Kind = "compare" if kept else "about"
        intents = ["compare"] if kept else list(asked)
        return Action("choice_pending/first", kind, tuple(intents), (*kept, offer[0]), state,
                      turn.score, also=offer[1:], unpicked=True)  # fmt: skip
    return Action("choice_pending", "ask_which", tuple(asked), kept, state, turn.score,
                  offer=offer, then_ask=tuple(tuple(s) for s in first.then_ask))  # fmt: skip


_WHICH_KIND = frozenset({"which", "kind", "type", "sort"})


def _ask_which(turn: Turn) -> Action:
    """ "nurse vs teacher pay in ohio": keep RNs and Ohio in every option for "which teacher?"."""
    # "what about working as a nurse educator instead": the last question, for the new career
    switched = turn.last_question if turn.reading.switches and not turn.topical else []
    wanted = turn.topical or turn.context.pending_intents or switched or [DEFAULT_INTENT]
    ambiguous = turn.reading.ambiguous
    if (turn.socs or len(ambiguous) > 1) and wanted[0] != "compare":
        wanted = ["compare"]
    return Action(
        "which_occupation",
        "ask_which",
        tuple(wanted),
        tuple(turn.socs),
        turn.state,
        turn.score,
        offer=ambiguous[0],
        then_ask=tuple(ambiguous[1:]),
    )


def _switch(turn: Turn) -> Action:
    words = turn.reading.words
    # "What about school counselors, same pay question?": the question said, if by its keyword
    # ("And upholsterer? same pay?" asks whether the pay is the same: the last question);
    # "and sonographer, same - school length and pay": the questions listed
    keyed = [i for i in turn.topical if i in turn.reading.keyed]
    said = keyed if "question" in words else []
    if turn.reading.same_again and len(listed := _keyed_careers(turn)) > 1:
        said = listed
    # "And audiologists, same four?": the last four questions asked, again
    many = _number_said(words)
    if turn.reading.same_again and 1 < many <= len(turn.context.asked):
        said = turn.context.asked[-many:]
    return turn.about("career_switch", said or turn.last_question, turn.socs)


def _place_follow_up(turn: Turn) -> Action:
    last = turn.last_intents
    socs = list(turn.context.occupations)
    if "salary" in turn.reading.keyed:  # "salary how much, I live in Chicago": pay, said
        return turn.about("place_follow_up", ["salary"], socs)
    if turn.reading.place.state and BY_STATE.isdisjoint(last):
        # "and in georgia?" after what mechanics do: duties are the same in every state, said
        # again with the figure BLS publishes by state, the pay there
        return turn.about("place_follow_up/pay", [*last, "salary"], socs)
    return turn.about("place_follow_up", last, socs)


def _judge_last(turn: Turn) -> Action:
    said = [w for w in turn.reading.words if w != BREAK]
    if "?" not in turn.reading.text and QUESTION_LEADS.isdisjoint(said):
        # "dang thats low", "that's lower than I expected": a remark on the figure, no
        # question; the figure set against all jobs, and what else to ask (`words`: the
        # question whose figure it remarks on)
        return Action(
            "remarks_on_last",
            "reaction",
            ("fallback",),
            tuple(turn.context.occupations),
            score=turn.score,
            words=tuple(turn.last_intents[:1]),
        )
    return turn.about("judges_last_answer", turn.last_intents, list(turn.context.occupations))


def _both(turn: Turn) -> Action:
    # "which one pays the least" after a list: ranked lowest first
    lowest = turn.reading.ranking.lowest
    return turn.about("compare_discussed", ["compare"], turn.discussed, lowest=lowest)


def _compare_with_last(turn: Turn, rule: str = "compare_with_last") -> Action:
    # "How does the librarian pay compare?" just after librarians: with the career before them
    last = turn.context.occupations[:1]
    if last == turn.socs[:1]:
        last = [soc for soc in turn.context.discussed if soc not in turn.socs][-1:]
    socs = list(dict.fromkeys([*last, *turn.socs]))
    return turn.about(rule, ["compare"], socs)


def _unknown_job(turn: Turn) -> Action:
    unknown = turn.reading.unknown
    assert unknown is not None
    # "youtubers make how much per video??": the question the phrasings rank first, if a career one
    ranked = [s.intent for s in turn.reading.ranked if s.score >= turn.thresholds.suggest]
    if not turn.reading.topic_words:  # "wat about youtuber": nothing asked but the name
        ranked = []
    career = [i for i in ranked if turn.intents[i].needs_occupation and i != "compare"]
    wanted = turn.topical or career[:1] or [DEFAULT_INTENT]
    return Action("unknown_job", "unknown_job", tuple(wanted), (), turn.state, turn.score,
                  offer=unknown.near, words=(unknown.name,), military=unknown.military)  # fmt: skip


def _corrects(turn: Turn) -> bool:
    """ "no, I meant...", "wait i mean...": the message opens by correcting the last answer."""
    return bool(turn.context.occupations) and not CORRECTING.isdisjoint(turn.reading.words[:3])


def _ranks_states_of_one(turn: Turn) -> bool:
    """ "which state pays nurses the most", "which states have the most jobs for them": states
    ranked for one career, named or discussed."""
    return (
        turn.reading.ranks_states is not None
        and len(turn.socs or turn.context.occupations) == 1
        and not turn.reading.ambiguous
        # ("where would a nurse make more money, Ohio or Texas?": those two, side by side)
        and not turn.reading.place.also
    )


def _states_ranked(turn: Turn) -> Action:
    """The states ranked for the one career: by how many work in it where jobs are asked
    ("which states have the most jobs for LPNs"), else by its median pay."""
    by_jobs = states_by_jobs(turn.reading.words)
    return Action(
        "states_by_jobs" if by_jobs else "states_by_pay",
        "states",
        ("employment",) if by_jobs else ("salary",),
        tuple(turn.socs or turn.context.occupations),
        score=turn.score,
        lowest=not turn.reading.ranks_states,
    )


def _asked_of_each(turn: Turn) -> list[str]:
    """The one career question (not pay) asked of several careers named together, with no
    choice or comparison among them ("what training do electricians and plumbers need"); else
    empty."""
    reading = turn.reading
    asked = _one_keyed(turn)
    if (
        len(turn.socs) < 2
        or not reading.compares
        or asked in ([], ["salary"])
        or turn.first == "compare"
        or "compare" in reading.keyed
        or reading.comparative
        or not COMPARE_SIGNALS.isdisjoint(reading.words)
        or not WHICH_OF.isdisjoint(reading.words)
    ):
        return []
    return asked


def _new_careers(turn: Turn) -> bool:
    """Careers named, none among those of the last answer (which there are)."""
    occupations = turn.context.occupations
    return bool(turn.socs) and bool(occupations) and set(turn.socs).isdisjoint(occupations)


def _one_new_career(turn: Turn) -> bool:
    """One career named, not among those of the last answer (which there are)."""
    occupations = turn.context.occupations
    return len(turn.socs) == 1 and bool(occupations) and turn.socs[0] not in occupations


def _moves_on(turn: Turn) -> bool:
    """ "what about the people who climb the power poles": the message opens by moving from
    the career discussed to another."""
    return bool(turn.context.occupations) and switch_opener(turn.reading.words) > 0


def _number_said(words: list[str]) -> int:
    """The first number of careers a message says ("compare all three", "same four?"), 0 for
    none ("those", "all" are no number)."""
    return next((HOW_MANY[word] for word in words if word in NUMBERS), 0)


def _described(turn: Turn) -> Action:
    described = turn.reading.described
    assert described is not None and described.candidates
    # "guy who fixes cars salary": the description's words drown the question's, so the
    # nearest phrasing's first career intent is taken where nothing was asked clearly. (Not
    # "duties" unless "do" is asked: what a description says is what the job does.)
    ranked = [
        s.intent
        for s in turn.reading.ranked[:2]
        if s.intent not in GENERAL
        and s.score >= turn.thresholds.suggest
        and (s.intent != "duties" or "do" in turn.reading.words)
    ]
    # the question stays: "no, I meant the one that does MRIs", "what about the people who..."
    # (and a job described clearly, asking nothing new: "the person at the hospital who takes
    # your blood" after the pay of another)
    moved = _corrects(turn) or _moves_on(turn) or _switched_to_described(turn)
    corrected = turn.last_question if moved else []
    wanted = turn.topical or corrected or ranked[:1] or [DEFAULT_INTENT]
    leader, *rest = described.candidates
    best = leader.soc
    # offered beside the answer: only the ones close to it ("the guys who fix elevators" offers
    # no Material Moving Workers, at half the score)
    close = [c.soc for c in rest if c.score >= CLOSE_SHARE * leader.score]
    # Said first either way ("I took the job you described to be …"): a description is read,
    # not named, and the others stay a tap away.
    if described.confident:
        return turn.about("described_job", wanted, [best], guessed=True)
    if described.likely:  # the leader, with the rest as "did you mean" beside the answer
        return turn.about("described_job/likely", wanted, [best], also=tuple(close), guessed=True)
    offer = tuple(c.soc for c in described.candidates[:DID_YOU_MEAN_LIMIT])
    return Action("described_job/ask", "ask_which", tuple(wanted), (), turn.state, turn.score,
                  offer=offer)  # fmt: skip


def _switched_to_described(turn: Turn) -> bool:
    """ "the person at the hospital who takes your blood" after another career's pay: a job
    described so clearly (confident) that, with nothing asked, it is the next career asked
    about, the same question."""
    described = turn.reading.described
    return (
        described is not None
        and (described.confident or (described.likely and _only_describes(turn.reading.words)))
        and bool(turn.context.occupations)
        and not turn.topical
    )


_COUNTING = frozenset({"how", "many", "more", "most", "fewer", "fewest", "which", "number"})


def _counts_openings(words: list[str]) -> bool:
    """ "which one has more job openings", "how many openings are there for welders": a
    count of openings, which BLS projects for each career."""
    return "opening" in words and not _COUNTING.isdisjoint(words)


def _helps_in_description(turn: Turn) -> bool:
    """ "and the ppl who help the vet": "help" said as the described workers' work, not a
    request for the bot's help."""
    span = DescribedJobs.span(turn.reading.words)
    return turn.first == "help" and span is not None and "help" in turn.reading.words[slice(*span)]


def _only_describes(words: list[str]) -> bool:
    """ "someone who inspects buildings for safety", "ok the guy who fixes elevators": the
    message is a description of a worker and nothing else (so a new career, not a remark
    about the one discussed)."""
    span = DescribedJobs.span(words)
    if span is None:
        return False
    opening = [w for w in words[: span[0]] if w not in SWITCH_LEAD_INS and w not in ARTICLES]
    return not opening and all(w == BREAK for w in words[span[1] :])


def _asks_of_a_described(turn: Turn) -> bool:
    """ "how much do the guys who fix elevators make" after another career: a question about a
    job clearly described (likely), though its words drowned the question's. ("people who do it
    say it's hard" describes no job clearly, and stays about the career discussed.)"""
    described = turn.reading.described
    words = [w for w in turn.reading.words if w != BREAK]
    return (
        described is not None
        and described.likely
        and (turn.reading.asks or (bool(words) and words[0] in QUESTION_LEADS))
    )


def _last_named(turn: Turn) -> Action:
    # The career named last in the message, counting every time it is named: "a paralegal
    # program instead of law school. What does a paralegal actually do?" is about paralegals.
    mentions = turn.reading.mentions
    at = {
        soc: max((m.start for m in mentions if m.socs == (soc,)), default=-1) for soc in turn.socs
    }
    # A worker named beats a field said in passing: "is cna a good job for someone who wants to
    # do nursing later", "what do morticians do, do they do the embalming too".
    worker = {m.socs[0] for m in mentions if len(m.socs) == 1 and m.how != "field"}
    named = [soc for soc in turn.socs if soc in worker] or turn.socs
    # The career someone means to take beats one of the story: "what does it take to become a
    # judge, ... years as a lawyer", "set on being an actor. i was a waitress for 20 years"
    words = turn.reading.words
    aspired = {
        m.socs[0]
        for m in mentions
        if len(m.socs) == 1 and not ASPIRING.isdisjoint(words[max(0, m.start - 3) : m.start])
    }
    named = [soc for soc in named if soc in aspired] or named
    last = [max(named, key=lambda soc: (at[soc], turn.socs.index(soc)))]
    asked = turn.topical or [DEFAULT_INTENT]
    return turn.about("last_named", asked, last)


def _pointed(turn: Turn) -> str | None:
    """The career discussed (or, just after a list, offered) that "the other one" / "the first
    one" / "the last one" means."""
    points = turn.reading.points_to
    if points is None or turn.socs:
        return None
    context = turn.context
    offered = context.offered
    list_open = bool(context.choices) and not context.pending_intents
    if points != 0 and list_open and 1 <= abs(points) <= len(offered):
        # "how much does the first one make" after a list (kept open while one of its careers
        # is talked about: Engine._list_kept): its first career
        return offered[points - 1] if points > 0 else offered[points]
    if points == 0:  # the one discussed before the career of the last answer
        if len(context.occupations) == 2:
            # after "how is that different from a nurse practitioner": the one set against
            # the career talked of first
            return context.occupations[1]
        others = [soc for soc in context.discussed if soc not in context.occupations]
        return others[-1] if others and len(context.occupations) == 1 else None
    listed = context.compared if len(context.compared) >= 2 else context.discussed
    if not 1 <= abs(points) <= len(listed) or len(listed) < 2:
        return None
    return listed[points - 1] if points > 0 else listed[points]


def _answer_pointed(turn: Turn) -> Action:
    # "what's the pay for the first one" asks its own question; "and the other one?" none.
    words = [w for w in turn.reading.words if w not in POINTING_WORDS]
    # ("the second one, what do they do": a question of filler words only, its own all the same)
    bare = bare_question(words)
    if bare is not None and not turn.topical and turn.intents[bare].needs_occupation:
        return turn.about("points_to_discussed", [bare], [_pointed(turn) or ""])
    rest = set(turn.reading.topic_words) - POINTING_WORDS - {"tell", "more", "know"}
    if ("more", "about") in pairwise(turn.reading.words) and not rest:
        # "tell me more about the first one": its overview, not the last question again
        return turn.about("points_to_discussed", ["overview"], [_pointed(turn) or ""])
    own = bool(set(turn.reading.topic_words) - POINTING_WORDS) or bare is not None
    # "how much does the first one make": the nearest phrasing hears the question where the
    # learned model, with no career masked, hears none
    nearest = [s.intent for s in turn.reading.ranked[:1] if turn.intents[s.intent].needs_occupation]
    # ("the last one seems low, why?" judges the last answer: its question)
    guessing = own and not turn.reading.judges_last
    guess = (turn.follow_up_guess or next(iter(nearest), None)) if guessing else None
    asked = (turn.topical if own else []) or ([guess] if guess else turn.last_question)
    pointed = _pointed(turn) or ""
    if asked[:1] == ["compare"]:
        # "the first one pays more right?": set against the other career discussed
        others = [soc for soc in turn.discussed if soc != pointed]
        return turn.about("points_to_discussed", asked, [pointed, *others[-1:]])
    return turn.about("points_to_discussed", asked, [pointed])


_PLACE_OPENERS = frozenset({"what", "about", "how", "and", "in", "for", "ok", "okay", "so", "then"})


def _opens_on_place(turn: Turn) -> bool:
    """ "what about in alaska? his grandpa lives in Anchorage and he wants to fly up there": a
    first sentence of nothing but the place, the rest told."""
    words = turn.reading.words
    end = words.index(BREAK) if BREAK in words else len(words)
    place = turn.reading.place.positions
    said = [w for at, w in enumerate(words[:end]) if at not in place]
    return bool(place & set(range(end))) and end < len(words) and set(said) <= _PLACE_OPENERS


def _says_where(turn: Turn) -> bool:
    """ "I live in Wisconsin.", "In Maine, I mean.": a place for the career being discussed,
    however a classifier reads the few words around it."""
    return (
        turn.first == "fallback"
        and turn.reading.place.state is not None
        and bool(turn.context.occupations)
        and not turn.socs
        and len(turn.reading.topic_words) <= PLACE_FOLLOW_UP_WORDS
    )


# "what does ...", "how much ...": a clause that asks its own question (slang is read as meant)
_WH_LEADS = frozenset({"what", "how"})


def _asked_again_for_each(turn: Turn) -> bool:
    """The question asked again for each career named: "what does a nurse practitioner make
    and what does a physician assistant make": every career named in a clause of its own (cut
    at punctuation and "and") that opens a question."""
    words = turn.reading.words
    mentions = turn.reading.mentions
    asking = 0
    for start, end in clause_spans(words):
        inside = [m for m in mentions if start <= m.start < end]
        if len(inside) > 1:
            return False
        if inside and not _WH_LEADS.isdisjoint(words[start : inside[0].start]):
            asking += 1
    return asking >= 2 and asking == len(mentions)


def _each(words: list[str]) -> bool:
    """ "both", "each", "all three", "all of them" (not "at all"), "those jobs"."""
    if not EACH_OF_THEM.isdisjoint(words):
        return True
    if any(w in PLURAL_POINTERS and nxt in POINTING_NOUNS for w, nxt in pairwise(words)):
        return True  # "r those jobs gonna get taken by robots"
    return any(w == "all" and nxt in ALL_WORDS for w, nxt in pairwise([*words, ""]))


def _keyed_careers(turn: Turn) -> list[str]:
    """The career questions a message names by their keywords, in the order said."""
    intents = turn.intents
    return [i for i in turn.reading.keyed_order if i in intents and intents[i].needs_occupation]


def _one_keyed(turn: Turn) -> list[str]:
    """The one career question a message names by its keyword, when the message is too long
    for the keyword alone to settle it ("Typical entry-level education for each of those
    three?"); else empty."""
    keyed = _keyed_careers(turn)
    return keyed if len(keyed) == 1 else []


def _cold(turn: Turn) -> bool:
    """A career question naming no career, with none in the conversation: only a clear one
    ("how much do they make?") is asked back; "tell me about the oscars" is not."""
    return (
        not turn.socs
        and not turn.context.occupations
        and (
            turn.first == DEFAULT_INTENT
            or (turn.score < turn.thresholds.cold and not turn.reading.refers_back)
        )
    )


def _about(turn: Turn) -> Action:
    socs = turn.socs or list(turn.context.occupations)
    words = set(turn.reading.words)
    # "how do u become one" after "which one pays most": one career, as "it" is
    becoming_one = any(
        a in {"become", "becom", "be"} and b == "one" for a, b in pairwise(turn.reading.words)
    )
    singular = bool(words & ONE_OF_THEM) or becoming_one
    if not turn.socs and len(socs) > 1 and singular and not words & ALL_OF_THOSE:
        # "is that job going to be done by machines" after two careers: the one named last
        # (after "which of those pays the most", the one the verdict named)
        verdict = turn.context.verdict
        socs = [verdict] if verdict in socs else socs[-1:]
    rule = "about_named" if turn.socs else "follow_up"
    if not socs:
        # "how long does it take to become one" after a list: which of the careers it offered
        return Action("ask_which_career", "ask_which", tuple(turn.topical), (), turn.state,
                      turn.score, offer=tuple(turn.context.offered),
                      areas=turn.reading.ranking.groups)  # fmt: skip
    return turn.about(rule, turn.asked, socs)


RULES: tuple[Rule, ...] = (
    Rule(
        "in_crisis",
        lambda t: t.reading.starting_out == "crisis",
        lambda t: _no_figure("in_crisis", "guide", t, "crisis"),
        "'i want to kill myself', whatever else is said -> where to get help now (988)",
    ),
    Rule(
        "compare_picks",
        lambda t: bool(_picks_compared(t)),
        lambda t: t.about("compare_picks", ["compare"], _picks_compared(t)),
        "'compare 1 and 3' after a numbered list -> those options side by side",
    ),
    Rule("pick", _picked, _answer_pick, "a number from the list offered -> that option"),
    Rule(
        "only_one_offered",
        lambda t: (
            t.fresh_list
            and len(t.context.offered) == 1
            and not t.socs
            and bool(t.topical)
            and t.intents[t.topical[0]].needs_occupation
            and t.topical[0] != "compare"
            and (t.reading.refers_back or not WHICH_OF.isdisjoint(t.reading.words))
        ),
        lambda t: t.about("only_one_offered", t.topical, list(t.context.offered)),
        "'which of those pays the most' after a list of one career -> that career",
    ),
    Rule(
        "pick_out_of_range",
        lambda t: (
            t.reading.number is not None
            and bool(t.context.choices)
            and not 1 <= t.reading.number <= len(t.context.choices)
        ),
        lambda t: Action("pick_out_of_range", "pick_range", limit=len(t.context.choices)),
        "a number outside the list -> ask for 1..N, keep the list",
    ),
    Rule(
        "pick_by_name",
        lambda t: (
            bool(t.context.choices)
            # a list kept open while one of its careers is talked about is picked by number
            and (bool(t.context.pending_intents) or t.fresh_list)
            and _named_pick(t) is not None
            and t.reading.ranks_states is None  # "which state pays vets the most": a ranking
        ),
        _answer_named_pick,
        "'high school' after 'Which teachers?' -> that option, with what it kept",
    ),
    Rule(
        "defines_term",
        lambda t: t.reading.defines is not None,
        lambda t: Action(
            "defines_term", "define", ("source",), score=100.0, words=(t.reading.defines or "",)
        ),
        "'what does median mean', 'what is a job zone' -> the term explained (data/glossary.yaml)",
    ),
    Rule(
        "pick_pointed",
        lambda t: (
            bool(t.context.choices)
            and bool(t.context.pending_intents)
            and not t.socs
            and t.reading.points_to is not None
            and 1 <= t.reading.points_to <= len(t.context.choices)
        ),
        _answer_pointed_pick,
        "'for the first one on that list, what does a typical day look like' -> that option",
    ),
    Rule(
        "choice_pending",
        lambda t: (
            bool(t.context.choices)
            and bool(t.context.pending_intents)  # the options answer "which career?"
            and not t.socs
            and not t.reading.mentions
            and t.reading.unknown is None
            # "the person who climbs power lines, what do they earn": a new job, described
            and not (t.reading.described is not None and t.reading.described.likely)
            and (bool(t.topical) or t.reading.only_place)  # "in cali" while it waits too
            and t.first not in GENERAL
            and t.first != "list_occupations"
            and not _ranks_careers(t)  # "can you list the top paying jobs that..."
            and not t.reading.ranking.likes  # "jobs for people who like helping others"
            and all(p.occupations for p in t.context.choices)
        ),
        _ask_again,
        "'do they need a masters' while 'Which teachers?' waits -> the same options, for it",
    ),
    Rule(
        "points_to_discussed",
        lambda t: _pointed(t) is not None,
        _answer_pointed,
        "'and the other one?', 'the first one' -> that career discussed, same question",
    ),
    Rule(
        "nothing_said",
        lambda t: (
            t.reading.says_nothing
            or (
                # "ok", "wait", "nvm", "idk" before any career is talked about
                not t.context.occupations
                and not t.context.choices
                and bool(set(t.reading.words) - {BREAK})
                and set(t.reading.words) - {BREAK} <= FILLER_ONLY
            )
        ),
        lambda t: Action("nothing_said", "nudge", ("fallback",), score=t.score),
        "'?', '...', an emoji, nothing, or 'ok' before any career: what the bot can do",
    ),
    Rule(
        "outside_keyword",
        lambda t: (
            t.reading.keyed == frozenset({"fallback"})
            and t.topical in ([], [DEFAULT_INTENT])
            and not t.reading.ranking.asked
            # ("do roofers work in bad weather" asks about the work)
            and JOB_WORDS.isdisjoint(t.reading.words)
            and _outside_about(t)
        ),
        lambda t: t.general("outside_keyword", "fallback"),
        "'tell me a joke about plumbers': a word only a request outside careers has, no "
        "career question and no word of work -> fallback",
    ),
    Rule(
        "about_the_bot",
        lambda t: asks_about_the_bot(t.reading.words) and not t.socs,
        lambda t: Action("about_the_bot", "about_bot", ("fallback",), score=t.score),
        "'are you chatgpt', 'who made you' -> what careerbot is, and what to ask it",
    ),
    Rule(
        "own_career_related",
        lambda t: (
            not t.socs
            and bool(t.reading.own_careers)
            and (
                "related" in (*t.asked, *[g.intent for g in t.guesses[:1]])
                # "admin assistant for 20 years, 45 ... options?": other careers for the user
                or (not t.topical and not OPTIONS.isdisjoint(t.reading.words))
                # "retired cop here, what jobs can i do now": careers for the user, with no
                # criteria to list them by
                or (t.first == "list_occupations" and _for_me_alone(t))
            )
            # "I'm a counselor... Which jobs are growing fastest that don't need a degree?"
            and not _ranks_careers(t)
        ),
        lambda t: t.about("own_career_related", ["related"], list(t.reading.own_careers)),
        "'im a teacher aide, what other jobs are close to that' -> careers related to the user's",
    ),
    Rule(
        "own_career_asked",
        lambda t: (
            not t.socs
            and bool(t.reading.own_careers)
            and bool(_own_career_question(t))
            # "I'm a counselor. Which careers are growing fastest?": a list, for the students
            and not (t.first == "list_occupations" or _ranks_careers(t))
        ),
        lambda t: t.about("own_career_asked", _own_career_question(t), list(t.reading.own_careers)),
        "'im a nurse, will ai take my job' -> that question about the user's own career",
    ),
    Rule(
        "own_against_asked",
        lambda t: (
            len(t.socs) == 1
            and bool(t.reading.own_careers)
            and t.socs[0] not in t.reading.own_careers
            and (t.reading.pay_comparison or "compare" in t.asked)
        ),
        lambda t: Action(
            "own_against_asked",
            "compare",
            ("compare",),
            (t.reading.own_careers[0], t.socs[0]),
            t.state,
            t.score,
            focus=("salary",),
        ),
        "'im a cna, how much more would i make as an rn' -> the user's career against that one",
    ),
    Rule(
        "in_spanish",
        lambda t: t.reading.in_spanish,
        lambda t: Action("in_spanish", "english_only", ("fallback",), score=t.score),
        "'cuanto gana un electricista en texas' -> careerbot reads English only (said in both)",
    ),
    Rule(
        "outside_topic",
        lambda t: t.reading.outside is not None,
        lambda t: Action(
            "outside_topic",
            "outside",
            ("fallback",),
            tuple(t.socs),
            score=t.score,
            words=(t.reading.outside or "",),
        ),
        "'will i lose medicaid if i become a cna', 'do electricians need a green card' -> where "
        "to ask",
    ),
    Rule(
        "situation_asked",
        lambda t: (
            t.reading.situation is not None
            and not t.socs
            and not t.reading.mentions
            and t.reading.described is None
            and not t.reading.ranking.likes
            and t.first in (None, "fallback", "list_occupations", "personality", "related")
        ),
        lambda t: _no_figure("situation_asked", "outside", t, t.reading.situation),
        "'what jobs are good for someone with PTSD', 'can i work with a felony' -> what the "
        "figures cannot say of it, and who can",
    ),
    Rule(
        "starting_out",
        lambda t: (
            t.reading.starting_out is not None
            # "any nursing jobs hiring near me": openings, whatever career is named
            and ((not t.socs and not t.reading.mentions) or t.reading.starting_out == "job_search")
            # ("im 34, is that too old" after a career: a question about that career)
            and not (t.reading.starting_out == "age" and t.context.occupations)
            # ("which one has more job openings", "how many openings for nurses": BLS's
            # projected openings a year of the careers, not listings)
            and not (_counts_openings(t.reading.words) and bool(t.socs or t.context.occupations))
            and t.reading.unknown is None
            # "laid off, what jobs pay over $18 an hour", "idk what to do, i like drawing": asked
            # (openings asked for are openings, in whatever field: "interior design job
            # openings in chicago")
            and (
                t.reading.starting_out == "job_search"
                or (not t.reading.ranking.asked and not t.reading.ranking.likes)
            )
        ),
        lambda t: _no_figure("starting_out", "guide", t, t.reading.starting_out),
        "'i just got laid off', 'idk what i want to do' -> ways to start exploring",
    ),
    Rule(
        "own_job",
        lambda t: (
            (t.reading.own_job or (t.reading.own_pay and not t.context.occupations))
            and not t.socs
            # "before I use this with students: which BLS release are your wage figures from?"
            and "source" not in (*t.reading.keyed, t.first)
            # "what jobs can i get that pay at least $20 an hour": careers asked for
            and not _ranks_careers(t)
            # "I'm putting together a worksheet... list some healthcare jobs with their pay"
            and not (t.first == "list_occupations" and t.score >= SURE_QUESTION)
            # "which has the better paycheck" after two careers: theirs, not the user's
            and not (t.reading.wants_both and len(t.discussed) >= 2)
            # "can robots take my job tho" after electricians' pay: the career discussed, the
            # user's job or the one they mean to take
            and not (t.context.occupations and "automation" in t.reading.keyed)
            # "What's the work-life balance like? Anything has to be better than retail
            # holidays.": a sure question about the career discussed, the user's job aside
            and not (
                t.context.occupations
                and t.first not in GENERAL
                and t.topical
                and t.score >= SURE_QUESTION
                and t.reading.asks
            )
        ),
        lambda t: t.general("own_job", "fallback"),
        "the user's own job or pay -> fallback",
    ),
    Rule(
        "picks_a_school",
        lambda t: (
            t.reading.picks_a_school
            # "...before we commit to six more years of tuition, what do pharmacists earn": the
            # question asked about the career, not about the school
            and not (
                t.socs
                and t.topical[:1] not in ([], ["education"], ["overview"])
                and t.score >= t.thresholds.answer
            )
        ),
        lambda t: Action("picks_a_school", "schools", ("fallback",), tuple(t.socs), score=t.score),
        "choosing or getting into a school ('best colleges for nursing') -> fallback",
    ),
    Rule(
        "list_in_place",
        lambda t: (
            bool(t.context.listed)
            and t.fresh_list
            and not t.socs
            and t.reading.only_place
            # ("nationally?" after a state's list: the US list again)
            and (t.reading.place.state is not None or t.reading.place.nationwide)
        ),
        lambda t: Action(
            "list_in_place",
            "list",
            ("list_occupations",),
            score=t.score,
            words=tuple(t.context.listed[-1]),
            within=tuple(tuple(w) for w in t.context.listed[:-1]),
        ),
        "'and in texas?' after a list -> the list again, in that state where it ranks pay or "
        "jobs (else said to be national); 'nationally?' -> the US list",
    ),
    Rule(
        "more_of_list",
        lambda t: (
            bool(t.context.listed)
            and t.context.list_shown > 0
            and not t.socs
            and bool(set(t.reading.words) - {BREAK})
            and set(t.reading.words) - {BREAK} <= _MORE_WORDS
            and not _MORE.isdisjoint(t.reading.words)
        ),
        lambda t: Action(
            "more_of_list",
            "list",
            ("list_occupations",),
            score=100.0,
            words=tuple(t.context.listed[-1]),
            within=tuple(tuple(w) for w in t.context.listed[:-1]),
            state=t.context.state,
            offset=t.context.list_shown,
        ),
        "'show more', 'next 10' after a list -> its next careers",
    ),
    Rule(
        "narrows_list",
        lambda t: (
            bool(t.context.listed)
            and t.fresh_list
            and not t.socs
            # ("also my back is bad": a limit said after a list narrows it, pointed at or not;
            # so does "which pays the most" of a list longer than the page shown)
            and (
                not _LIST_POINTERS.isdisjoint(t.reading.words)
                # "which need only a high school diploma", "only healthcare": of the list
                or t.reading.words[:1] in (["which"], ["only"])
                or bool(t.reading.ranking.limits)
                # (not a list asked afresh: "highest paying jobs" names careers again)
                or (
                    t.context.list_more
                    and t.reading.ranking.by is not None
                    and _CAREER_NOUNS.isdisjoint(t.reading.words)
                )
            )
            and rankings.narrows(t.reading.ranking, t.reading.words, t.context.list_more)
        ),
        lambda t: _list(t, "narrows_list", within=tuple(tuple(w) for w in t.context.listed)),
        "'which of those need only a high school diploma' after a list -> that list, narrowed",
    ),
    Rule(
        "list_occupations",
        lambda t: (
            (
                # "is cna a good first job in healthcare": a yes-no question about the career;
                # "which other jobs can I do with a civil engineering degree": related careers
                (
                    t.first == "list_occupations"
                    and not (t.socs and _yes_no(t.reading.words))
                    and not (t.socs and "other" in t.reading.words)
                )
                or _ranks_careers(t)
                or _asks_by_interest(t)
                or _asks_within_limits(t)
                or _asks_which_of_area(t)
            )
            # "what careers are good for veterans": no title says it; civilian careers close to
            # the military work (unknown_job), unless asked for by what the veteran likes
            and not (
                t.reading.unknown is not None
                and t.reading.unknown.military
                and not _asks_by_interest(t)
            )
            # "which states have the most jobs for them?": the states, for the career discussed
            and not _ranks_states_of_one(t)
            # "my dad runs the corrugator at the paper mill. is his job going to be automated":
            # the job told, not a ranking
            and not (t.reading.story_told and t.reading.described is not None)
        ),
        lambda t: _list(t, "list_occupations"),
        "which careers -> list, searched (or ranked: 'highest paying jobs') by the words given",
    ),
    Rule(
        "unknown_job",
        lambda t: (
            t.reading.unknown is not None
            and not t.socs
            and t.first not in SOCIAL  # "thanks!! ur a lifesaver"
            and not t.reading.ambiguous
            # "jobs for a veteran who likes working with his hands": the one asking has served;
            # civilian careers are asked for by what they like
            and not (t.reading.unknown.military and _asks_by_interest(t))
            # "how much did the kardashians make": a clear non-career question all the same
            and not (t.top_guess.intent == "fallback" and t.top_guess.score >= SURE_OUT_OF_SCOPE)
        ),
        _unknown_job,
        "a job name with no figures ('youtuber', 'navy seal') -> said so, nearest real ones",
    ),
    Rule(
        "employer",
        lambda t: t.reading.employer is not None and t.first not in SOCIAL,
        lambda t: Action(
            "employer",
            "employer",
            ("fallback",),
            tuple(t.socs),
            t.state,
            t.score,
            words=(t.reading.employer or "",),
        ),
        "'how much does starbucks pay' -> BLS has no pay by employer; the careers' pay offered",
    ),
    Rule(
        "undescribed",
        lambda t: (
            t.reading.undescribed
            and not t.socs
            and not t.reading.mentions
            and t.first not in GENERAL - {"fallback"}
            # in a conversation, only a description said alone or as a move to a new job
            and (not t.context.occupations or _moves_on(t) or _only_describes(t.reading.words))
        ),
        lambda t: Action("undescribed", "undescribed", ("fallback",), score=t.score),
        "'the person who puts the cast on your arm', matched to no job -> said so, and how to "
        "ask instead",
    ),
    Rule(
        "described_job",
        lambda t: (
            t.reading.described is not None
            and bool(t.reading.described.candidates)
            # "people who ..., thanks" is thanks; "the ppl who help the vet" asks no help
            and (t.first not in GENERAL - {"fallback"} or _helps_in_description(t))
            # "no, I meant the one that does MRIs": a correction of the career discussed
            and (
                bool(t.topical)
                or not t.context.occupations
                or _corrects(t)
                or _moves_on(t)
                or _switched_to_described(t)
                or _asks_of_a_described(t)
            )
            and t.first != "compare"
            and not t.reading.wants_both
            and not t.socs
            and not t.reading.ambiguous
            # "making 38k at a warehouse. whats something i could switch to that pays 55k+":
            # careers by pay asked, the user's own work told, no worker described
            and not (
                t.reading.ranking.min_pay is not None
                and DescribedJobs.span(t.reading.words) is None
            )
        ),
        _described,
        "a job described, not named ('the people who clean your teeth') -> it, or which one",
    ),
    Rule(
        "asks_about_the_work",
        lambda t: (
            bool(touched(t.reading))
            # "i hate blood, what can i do": a list ("im scared of heights so do linemen
            # climb a lot" asks about the career named)
            and (not t.reading.ranking.limits or bool(t.socs))
            # otherwise the question asked is answered, the tasks noted beside it (Engine)
            and t.first in (None, "fallback")
            and len(t.socs or t.context.occupations[-1:]) == 1
            and t.first not in SOCIAL
        ),
        lambda t: Action(
            "asks_about_the_work",
            "about",
            ("duties",),
            tuple(t.socs or t.context.occupations[-1:]),
            t.state,
            t.score,
            touches=touched(t.reading),
        ),
        "'would i ever have to see blood', 'do nurses lift patients' -> the tasks that say so",
    ),
    Rule(
        "paired_questions",
        lambda t: bool(t.reading.pairs) and not t.reading.wants_both,
        lambda t: Action(
            "paired_questions",
            "about",
            tuple(intent for intent, _ in t.reading.pairs),
            tuple(soc for _, soc in t.reading.pairs),
            t.state,
            t.score,
            pairs=t.reading.pairs,
        ),
        "'what does an actuary do, and how much do paralegals make' -> each question of its career",
    ),
    Rule(
        "ranks_meanings",
        lambda t: (
            len(t.reading.ambiguous) == 1
            and not t.socs
            and t.reading.ranking.asked
            and t.reading.ranking.by in ("pay", "growth", "jobs")
            and not t.reading.ranking.groups
            # "which teachers", "what kind of artist" (not "do teachers get paid well")
            and not _WHICH_KIND.isdisjoint(t.reading.words)
        ),
        lambda t: t.about(
            "ranks_meanings",
            ["compare"],
            list(t.reading.ambiguous[0]),
            focus=(
                {"pay": "salary", "growth": "outlook", "jobs": "employment"}[
                    t.reading.ranking.by or "pay"
                ],
            ),
        ),
        "'what kind of artist jobs pay best' -> the name's meanings side by side, by pay",
    ),
    Rule(
        "which_occupation",
        lambda t: (
            bool(t.reading.ambiguous)
            # "what about working as a nurse educator instead": a switch to the name
            and (bool(t.asked) or t.reading.is_short or t.reading.switches)
            and t.first != "fallback"  # "the best way to cook rice" names "cook", asks no career
            # "Teacher says library technician is possible job for her": a name in passing
            # beside a clear career is no question of which one, unless the two are compared.
            and (not t.socs or t.reading.compares)
        ),
        _ask_which,
        "a name with several meanings, none dominant -> ask which, keeping the rest",
    ),
    Rule(
        "states_other_end",
        lambda t: (
            t.context.states_ranked
            and t.reading.other_end is not None
            and not t.socs
            and len(t.context.occupations) == 1
        ),
        lambda t: Action(
            "states_other_end",
            "states",
            ("salary",),
            tuple(t.context.occupations),
            score=t.score,
            lowest=not t.reading.other_end,
        ),
        "'and the worst?' after the states that pay most -> the states that pay least",
    ),
    Rule(
        "states_by_pay",
        _ranks_states_of_one,
        _states_ranked,
        "'which state pays nurses the most' -> the states by the career's median pay ('which "
        "states have the most jobs for LPNs': by how many work in it)",
    ),
    Rule(
        "pay_in_states",
        lambda t: (
            bool(t.reading.place.also)
            and t.reading.place.state is not None
            and len(t.socs or t.context.occupations) == 1
            # ("plumbers in texas vs california": one career, the states compared)
            and (t.topical or t.last_question)[:1] in (["salary"], ["compare"])
        ),
        lambda t: Action(
            "pay_in_states",
            "states",
            ("salary",),
            tuple(t.socs or t.context.occupations),
            t.reading.place.state,
            t.score,
            states=(t.reading.place.state or "", *t.reading.place.also),
        ),
        "'pay in ohio and michigan', 'and in Texas and New York?' -> the pay in each state",
    ),
    Rule(
        "each_switched",
        lambda t: (
            len(t.socs) >= 2
            and t.reading.switches
            and t.reading.compares  # named together, not "do they start out as patrol cops"
            and t.first in (None, "compare")
            and t.score < SURE_QUESTION
            and not t.reading.comparative
            and COMPARE_SIGNALS.isdisjoint(t.reading.words)
            and bool(t.context.occupations)
            and t.context.intents[:1] != ["compare"]
        ),
        lambda t: t.about("each_switched", t.last_question, t.socs),
        "'and for carpenters and electricians as well?' after plumbers' outlook -> theirs too",
    ),
    Rule(
        "asked_of_each",
        lambda t: bool(_asked_of_each(t)),
        lambda t: t.about("asked_of_each", _asked_of_each(t), t.socs),
        "'what training do electricians and plumbers need' -> that question for each",
    ),
    Rule(
        "added_to_comparison",
        lambda t: (
            _new_careers(t)
            and (
                # "add mri to that" after a comparison
                (
                    t.context.intents[:1] == ["compare"]
                    and len(t.context.occupations) >= 2
                    and not ADDING.isdisjoint(t.reading.words)
                )
                # "add dental assistants to that" after one career's answer
                or t.reading.words[:1] in (["add"], ["include"])
            )
        ),
        lambda t: t.about("added_to_comparison", ["compare"], [*t.context.occupations, *t.socs]),
        "'add mri to that', 'add HVAC techs and hygienists to the comparison' after a comparison "
        "(or one career) -> side by side with them added",
    ),
    Rule(
        "removed_from_comparison",
        lambda t: (
            t.context.intents[:1] == ["compare"]
            and len(t.context.occupations) >= 3
            and bool(t.socs)
            and set(t.socs) < set(t.context.occupations)
            and not REMOVING.isdisjoint(t.reading.words)
        ),
        lambda t: t.about(
            "removed_from_comparison",
            ["compare"],
            [soc for soc in t.context.occupations if soc not in t.socs],
        ),
        "'remove the welders' from a comparison of three or more -> side by side without them",
    ),
    Rule(
        "compare_named",
        lambda t: len(t.socs) >= 2 and (t.reading.compares or t.first == "compare"),
        lambda t: t.about("compare_named", ["compare"], _kept_in_comparison(t)),
        "two or more careers named as a comparison -> side by side",
    ),
    Rule(
        "easier_way_in",
        lambda t: (
            _one_new_career(t)
            and t.reading.words[:2] in (["what", "about"], ["how", "about"])
            and _easier_way_in(t.reading.words)
        ),
        lambda t: t.about("easier_way_in", ["education"], t.socs[-1:]),
        "'what about flight attendants, easier to get into?' -> that career's education",
    ),
    Rule(
        "set_against_last",
        lambda t: (
            _one_new_career(t)
            and (
                (
                    # "LPN is lower?", "how much more do vets make"
                    (t.reading.comparative or t.reading.pay_comparison)
                    and t.first in (None, "compare", *t.topical)
                    and len(t.reading.topic_words) <= SET_AGAINST_WORDS
                )
                # "how does the pay compare to tellers?", "how is that different from a clerk"
                or (
                    "compare" in t.reading.keyed
                    and not (_BACK | {"to", "with", "from"}).isdisjoint(t.reading.words)
                    and len(t.reading.topic_words) <= SET_AGAINST_WORDS * 2
                )
            )
        ),
        lambda t: _compare_with_last(t, "set_against_last"),
        "'LPN is lower?', 'would plumbing be any safer?' -> side by side with the career discussed",
    ),
    Rule(
        "each_named",
        lambda t: (
            len(t.socs) >= 2
            and bool(t.topical)
            # "what does an NP make and what does a PA make", "... what do they each make?"
            and (t.reading.adds_another or _each(t.reading.words) or _asked_again_for_each(t))
        ),
        lambda t: t.about("each_named", t.topical, t.socs),
        "'welder pay in ohio? and electricians?' -> that question for each career named",
    ),
    Rule(
        "last_named",
        lambda t: len(t.socs) >= 2,
        _last_named,
        "several careers named in passing ('the librarian suggested library tech') -> the last",
    ),
    Rule(
        "general",
        lambda t: (
            t.first in GENERAL
            and not _says_where(t)
            # "and the national figure?": a place for the last answer, not a question of sources
            and not (t.reading.only_place and bool(t.context.occupations))
            # "omg thats so long. what about psychologists": the reaction, then a new career
            and not (t.reading.switches and bool(t.socs))
            # "lol ok", "interesting" after an answer: a reaction (what else to ask), not a
            # refusal
            and not (t.reading.reaction and t.first == "fallback" and bool(t.context.occupations))
            # "hi, nurse pay?" asks about nurses; "Thanks, I'll look into CNA programs." thanks
            and not (t.socs and t.first in SOCIAL and not (t.first in CLOSING and not t.topical))
            # "ok im gonna be a vet tech lol": a career named, and no word of goodbye
            and not (t.socs and t.first == "goodbye" and _BYE.isdisjoint(t.reading.words))
            and not (
                t.socs
                and t.first == "fallback"
                and (t.score < t.thresholds.answer or t.top_guess.intent != "fallback")
            )
            # "ok wait compare all 3", "which one has least stress lol": the careers discussed
            # set side by side, though the filler sounds like small talk
            and not (
                t.first == "fallback"
                and len(t.discussed) >= 2
                # asked ("big difference lol", "damn both good" are reactions)
                and (
                    t.reading.asks
                    or not {"which", "who", "compare"}.isdisjoint(t.reading.words)
                    # "what's the difference" (not "big difference lol")
                    or {"what", "difference"} <= set(t.reading.words)
                )
                and (
                    "compare" in t.reading.keyed
                    or (t.reading.wants_both and t.score < SURE_OUT_OF_SCOPE)
                )
            )
        ),
        lambda t: (
            # "thx, bye" and "bye, and thanks": both answered, the reading in the order asked
            Action("general", "closing", tuple(t.asked[:2]), score=t.score)
            if set(t.asked[:2]) == CLOSING
            # "fr? thats it??": surprise, not a goodbye
            else t.general("general", "fallback")
            if t.first == "goodbye" and t.reading.asks and t.score < SURE_QUESTION
            else t.general("general", t.first or "fallback")
        ),
        "greeting, thanks, help, source, or a clear non-career question -> that answer",
    ),
    Rule(
        "career_switch",
        lambda t: (
            bool(t.socs)
            and (
                (not t.topical and t.reading.is_short)
                # "and actual vets": "actual" sounds like "what do they actually do", unsure
                or (
                    t.reading.is_short
                    and (t.reading.switches or t.reading.words[:1] == ["and"])
                    and t.score < t.thresholds.answer
                    and t.topical[0] not in t.reading.keyed
                )
                or (t.reading.same_again and len(t.reading.topic_words) <= 3)
                # "smaller than i thought. what about zookeepers": the reaction asks nothing
                or (t.reading.switches and t.topical in ([], [DEFAULT_INTENT]))
                # "no sorry i mean the dental one, who make the teeth": a correction
                or (not t.topical and _corrects(t))
            )
            and bool(t.context.intents or t.context.pending_intents)
        ),
        _switch,
        "a career alone after a question ('how about carpenters then?') -> same question",
    ),
    Rule(
        "career_best_guess",
        lambda t: (
            bool(t.socs)
            and not t.topical
            and t.best_guess is not None
            # "what about project management" with nothing before it: no question to guess
            and not (not t.reading.topic_words and not t.context.occupations)
        ),
        lambda t: t.about("career_best_guess", [t.best_guess or DEFAULT_INTENT], t.socs),
        "a career named, the question unclear but one career intent ranked first -> that one",
    ),
    Rule(
        "not_about_the_career",
        lambda t: (
            bool(t.socs)
            and not t.topical
            and bool(t.guesses)
            and t.top_guess.intent == "fallback"
            and bool(t.reading.topic_words)  # ("the animal doctor": the name alone)
            and not t.reading.aspires  # "my kid wants to be a vet"
            # "the folks who put shingles on roofs": the career is the work described
            and t.reading.described is None
            # "...elevator mechanics are the best paid. Is that true in Oklahoma?": a question
            # about the career named, unless the off-topic reading is sure
            and (not t.reading.asks or t.top_guess.score >= SURE_OUT_OF_SCOPE)
        ),
        lambda t: t.general("not_about_the_career", "fallback"),
        "a career named in a message about something else ('my dentist said...') -> fallback",
    ),
    Rule(
        "weak_name_without_question",
        lambda t: bool(t.socs) and not t.topical and t.reading.names_weak,
        lambda t: t.unsure("weak_name_without_question"),
        "only a rare job title ('tracker') and no career question -> did you mean, or fallback",
    ),
    Rule(
        "career_without_question",
        lambda t: bool(t.socs) and not t.topical,
        lambda t: t.about("career_without_question", [DEFAULT_INTENT], t.socs),
        "a career named with no clear question -> its overview, with buttons",
    ),
    Rule(
        "each_discussed",
        lambda t: (
            not t.socs
            and bool(t.topical or _one_keyed(t))
            and t.first != "compare"
            and "compare" not in t.reading.keyed  # "compare all three on pay"
            and _each(t.reading.words)
            and len(t.discussed) >= 2
        ),
        lambda t: t.about("each_discussed", t.topical or _one_keyed(t), t.discussed),
        "'salary for all three please', 'do both need a degree' -> that question for each",
    ),
    Rule(
        "compare_discussed",
        lambda t: (
            not t.socs
            and len(t.discussed) >= 2
            and (
                t.reading.wants_both
                or t.first == "compare"
                or "compare" in t.reading.keyed  # "compare all three on pay in iowa"
                or (t.first == "salary" and len(t.context.occupations) >= 2)
                # "what do they pay" just after a list: the careers it offered, by pay
                or (
                    t.first == "salary"
                    and t.fresh_list
                    and bool(t.context.listed)
                    and not ALL_OF_THOSE.isdisjoint(t.reading.words)
                )
            )
        ),
        _both,
        "'which one earns more' after two careers -> side by side",
    ),
    Rule(
        "compare_states_discussed",
        lambda t: (
            not t.socs
            and len(t.context.occupations) == 1
            and len(t.context.states) >= 2
            and t.reading.place.state is None
            and t.reading.wants_both
            and t.first in ("compare", "salary", None)
        ),
        lambda t: Action(
            "compare_states_discussed",
            "states",
            ("salary",),
            tuple(t.context.occupations),
            t.context.states[-1],
            t.score,
            states=tuple(t.context.states),
        ),
        "'which pays more?' after one career's pay in two states -> the pay in each",
    ),
    Rule(
        "compare_one_discussed",
        lambda t: (
            not t.socs
            and len(t.discussed) == 1
            and not t.context.listed
            and t.reading.wants_both
            and t.first in ("compare", "salary", None)
        ),
        lambda t: t.about(
            "compare_one_discussed", ["compare"], t.discussed, state=t.state or t.context.state
        ),
        "'which pays more?' after one career -> which other career to set it against",
    ),
    Rule(
        "place_follow_up",
        lambda t: (
            (t.topical in ([], [DEFAULT_INTENT]) or t.reading.only_place)
            and t.reading.place.named
            and "fallback" not in t.reading.keyed  # "what's the weather in san diego"
            and (
                len(t.reading.topic_words) <= PLACE_FOLLOW_UP_WORDS
                or set(t.reading.topic_words) <= LIVING
                or _opens_on_place(t)
            )
            and bool(t.context.occupations)
        ),
        _place_follow_up,
        "'and in florida?' / 'nationally?' -> the last question for that place",
    ),
    Rule(
        "judges_last_answer",
        lambda t: (
            t.reading.judges_last
            and bool(t.context.occupations and t.context.intents)
            # "is it good pay?" after what they do: a pay question, not a judgement of duties
            and ("salary" not in t.reading.keyed or "salary" in t.last_question)
            # "thats a lot lol. is it hard": the question after the reaction
            and not (
                t.topical[:1] not in ([], ["salary"], ["overview"])
                # "is there a lot of burnout in that job": a word of the question, however unsure
                and (t.score >= SURE_QUESTION or t.topical[0] in t.reading.keyed)
            )
        ),
        _judge_last,
        "'is that good?' -> the last answer again, with its comparison",
    ),
    Rule(
        "reaction",
        lambda t: (
            t.reading.reaction
            and not t.socs
            # "k" is no pay question; "ok not bad" is no question about the downsides
            and (
                not t.topical or t.score < t.thresholds.cold or t.topical[0] not in t.reading.keyed
            )
        ),
        _reacted,
        "'dang thats low', 'wow ok': a reaction, no question -> fallback (what else to ask)",
    ),
    Rule(
        "the_others",
        lambda t: (
            not t.socs
            and _the_others(t) is not None
            and any(a == "other" and b in _OTHER_COUNT for a, b in pairwise(t.reading.words))
        ),
        lambda t: t.about(
            "the_others",
            [i for i in t.topical if i != DEFAULT_INTENT] or t.last_question,
            _the_others(t) or [],
            state=t.state or t.context.state,
        ),
        "'what about the other two' after one of three careers -> the same question for those",
    ),
    Rule(
        "exclaims_after_answer",
        lambda t: (
            t.reading.exclaims
            and bool(t.context.occupations)
            and not t.socs
            and "?" not in t.reading.text
            and not t.reading.keyed
        ),
        _reacted,
        "'that's rough', 'yeah thought so' after an answer (no question, no keyword) -> what "
        "else to ask, not a guess at a question",
    ),
    Rule(
        "follow_up_best_guess",
        lambda t: (
            not t.topical
            and not t.socs
            and bool(t.context.occupations)
            and t.follow_up_guess is not None
            and not t.reading.own_job
        ),
        lambda t: t.about(
            "follow_up_best_guess",
            [t.follow_up_guess or DEFAULT_INTENT],
            list(t.context.occupations),
        ),
        "a half-clear career question after a career was discussed -> the ranked one about it",
    ),
    Rule(
        "nothing_asked",
        lambda t: not t.topical,
        # "wow big jump", "WAIT what 😳" after an answer, read as no follow-up: what else to
        # ask, not a refusal
        lambda t: (
            _reacted(t)
            if t.reading.exclaims and t.context.occupations
            else t.unsure("nothing_asked")
        ),
        "no clear question -> did you mean, or fallback",
    ),
    Rule("cold_question", _cold, lambda t: t.unsure("cold_question"), _cold.__doc__ or ""),
    Rule(
        "compare_with_last",
        lambda t: (
            # "How does the librarian pay compare?": compare asked, though not first
            ("compare" in t.asked or t.reading.pay_comparison)
            and len(t.socs) == 1
            and bool(t.context.occupations)
            and (
                t.socs[0] not in t.context.occupations
                or ("compare" in t.asked and any(s not in t.socs for s in t.context.discussed))
                # "how much more do vets make" after vet techs vs vets: the same two again
                or (t.reading.pay_comparison and len(t.context.occupations) >= 2)
            )
        ),
        _compare_with_last,
        "'vs a cashier?' -> the career discussed against the one named",
    ),
    Rule("about", lambda t: True, _about, "a career question -> answered about the careers"),
)


def decide(turn: Turn) -> Action:
    """The action of the first rule whose condition holds (the last rule always holds)."""
    for rule in RULES:
        if rule.when(turn):
            return rule.then(turn)
    raise AssertionError("the last rule always holds")  # pragma: no cover
