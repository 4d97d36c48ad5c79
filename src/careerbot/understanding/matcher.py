"""Read one message: which occupations it names, which intents it asks, and how sure we are.

Pure and per-message; everything expensive (vocabulary, phrase table, inverted index) is built once
in `Matcher.__init__`. The small rules that read one thing from a message's words (pay said in
passing, the user's own job, a state ranking asked...) and their word sets live in
`careerbot.understanding.cues`; this module combines them with the names and intents found.
"""

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, replace
from itertools import dropwhile, pairwise

from careerbot.catalog import Catalog
from careerbot.understanding import rankings
from careerbot.understanding.classifier import (
    FALLBACK,
    OCCUPATION_TOKEN,
    STATE_TOKEN,
    LearnedIntents,
    mask_spans,
)
from careerbot.understanding.cues import (
    _A_BOT,
    _AGE_OVER,
    _AI_OVER,
    _BEFORE_ONE,
    _CAREER_WORDS,
    _PAY_OVER,
    _SIDE_OVER,
    _SIMILAR,
    _SPANS,
    _THAT,
    _TO_THE_BOT,
    _WEAK_FOR_RELATED,
    ADDING,
    ASPIRING,
    BACK_REFERENCES,
    CHECKING_A_CLAIM,
    CLOSING_FILLER,
    CLOSING_WORDS,
    COMPARATIVE,
    COMPARE_SIGNALS,
    CONJUNCTIONS,
    COSTLIER,
    DOMINANCE,
    FIRST_PERSON,
    FORMER_LATTER,
    FUTURE_WORDS,
    GREETING_WORDS,
    GREETINGS_ABROAD,
    HEAD_WORDS,
    JOB_WORDS,
    JOINING,
    JUDGED,
    JUDGING,
    LATE_START_OVER,
    LICENSING,
    MORE_OR_LESS,
    MOVING,
    NEAR,
    NOT_AGAIN,
    OFFERED_NAME_WORDS,
    ORDINALS,
    OTHER_THAN,
    OWN_JOB_WORDS,
    OWNERS,
    PAY_WORDS,
    PEOPLE,
    POINTERS,
    POINTING_NOUNS,
    POSSESSIVE,
    PREFIX_WORD,
    QUICKER,
    REACTION_WORDS,
    REFERRING,
    RELATIVES,
    SELF,
    SELF_WITH_ARTICLE,
    SET_AGAINST,
    SETTING_WORDS,
    SHORT_CLOSING,
    SOCIAL,
    STORY_WORDS,
    STRUCTURAL,
    STUDYING,
    SWITCH_TAILS,
    SWITCH_WORDS,
    THANKING,
    THANKS_OPENING,
    TREND,
    WANTING,
    WORKPLACE_WORDS,
    WORKPLACES,
    _a_skill,
    _adds_another,
    _against_ai,
    _at_an_age,
    _contains,
    _hard_to_get_into,
    _how_many_of,
    _how_much_is_it,
    _in_spanish,
    _names_an_amount,
    _negated,
    _other_end,
    _picked_number,
    _picks_a_school,
    _pointed_modifier,
    _points_to,
    _ranks_states,
    _right_now,
    _runs,
    _says_pay,
    _school_year,
    _searched,
    _settled,
    _side_asked,
    _sides,
    _starting_out,
    _switches,
    _thanks_after_remark,
    _too_old,
    _topic_wise,
    _what_they_do,
    _what_they_make,
    _why_the_pay,
    _workplace_in,
    _workplace_school,
    asks_both,
    asks_close,
    bare_question,
    clause_spans,
    clauses_of,
    late_start,
    outside_topic,
    question_opening,
    reacts,
    situation,
    story_told,
    switch_opener,
    work_done,
    years_at_it,
)
from careerbot.understanding.described import (
    LEAD,
    MIN_SIMILARITY,
    DescribedJobs,
    DescribedResult,
    clause_end,
    paid_at_end,
)
from careerbot.understanding.glossary import Terms
from careerbot.understanding.intents import FILLER, IntentClassifier, IntentScore
from careerbot.understanding.normalise import (
    BREAK,
    HONORIFICS,
    QUESTION_LEADS,
    QUESTION_STARTS,
    Sentence,
    sentences,
    tokens,
    typed_words,
    words_only,
)
from careerbot.understanding.occupations import (
    CLIPPED,
    SCORES,
    Mention,
    OccupationFinder,
)
from careerbot.understanding.reading import Reading
from careerbot.understanding.spelling import ENGLISH_MIN_FREQUENCY, Speller, english
from careerbot.understanding.states import Place, StateFinder, mend_state_names

# Abbreviations that are a job only where the message names its workplace ("CO" is also
# Colorado and "commanding officer"): abbreviation -> (SOC code, the words that settle it)
_SETTLED_ABBREVIATIONS = {
    "co": ("33-3012", frozenset("prison jail correctional correction inmate".split())),
}
_SETTLED_ABBREVIATIONS["cos"] = _SETTLED_ABBREVIATIONS["co"]  # "COs" (not folded: "cos" is a word)


def _told_by_setting(words: list[str], found: list[Mention]) -> list[Mention]:
    """ "whats the worst part about being a CO in a prison": an abbreviation from
    _SETTLED_ABBREVIATIONS, where a word of its workplace is in the message, names its job."""
    for at, word in enumerate(words):
        meaning = _SETTLED_ABBREVIATIONS.get(word)
        if meaning is None or meaning[1].isdisjoint(words):
            continue
        if not any(m.start <= at < m.end for m in found):
            mention = Mention(at, at + 1, (meaning[0],), how="alias", score=90.0)
            return sorted([*found, mention], key=lambda m: m.start)
    return found


# "escalator repair", "watch repairman", "boiler mechanic": the repair word -> the start of the
# title word that says it ("repairer", "mechanic", "installer"); and the words that may follow
_REPAIR_STEMS = {"repair": "repair", "repairer": "repair", "repairman": "repair",
                 "repairmen": "repair", "mechanic": "mechanic", "installer": "install"}  # fmt: skip
_REPAIR_TAILS = frozenset("tech technician guy guys person people worker man men job".split())
# "thanks! one more: …", "ty, another question: …": what opens a further question
_THANKS_THEN = THANKS_OPENING | frozenset("one more another last quick question q also".split())
_THANKS_QUESTION_WORDS = 3  # a question after thanks longer than this is asked, not a remark


def _asked_after_thanks(plain: list[str]) -> list[str]:
    """ "thx! one more: what careers are good for artsy kids": the question after the thanks
    (from its question word on), or [] where no question follows them."""
    rest = list(dropwhile(lambda w: w in _THANKS_THEN, plain))
    return rest if rest[:1] and rest[0] in QUESTION_LEADS else []


# "where do you get the salary data", "where does that number come from"
_WHERE_FROM = frozenset({"get", "from", "come", "find", "source"})
# "self driving trucks", "driverless", "autonomous": automation said without "AI"
_SELF_DRIVING = frozenset({"driverless", "autonomous"})
_FORMERLY = frozenset({"former", "retired", "ex"})
_PLACE_LEADS = frozenset({"in", "near", "around"})
# Careers weighed as options in a story: "torn between", "deciding", "A or B"
_WEIGHING = frozenset({"between", "torn", "decid", "choos", "or", "versus"})
# "hard to become", "easy to get into", "difficult to get in": how hard the way in is
_HARD = frozenset({"hard", "easy", "difficult", "tough", "harder", "easier"})
_ENTERING = (("become",), ("get", "into"), ("get", "in"), ("break", "into"))


def _weighed(story: list[str], mentions: list[Mention], words: list[str]) -> tuple[str, ...]:
    """The careers of the story (SOC codes) weighed as options against the one asked about
    ("torn between", "deciding", "or"), none of those asked; () for the family's jobs around a
    question."""
    if _WEIGHING.isdisjoint(words):
        return ()
    asked = {soc for m in mentions for soc in m.socs}
    return tuple(dict.fromkeys(soc for soc in story if soc not in asked))


def _hard_to_enter(words: list[str]) -> bool:
    """ "is it hard to become a nurse", "how easy is it to get into welding": True."""
    for at, word in enumerate(words):
        if word in _HARD and words[at + 1 : at + 2] == ["to"]:
            rest = tuple(words[at + 2 : at + 4])
            if any(rest[: len(entering)] == entering for entering in _ENTERING):
                return True
    return False


_AS_A = frozenset({"a", "an", "as"})  # "my mom works as a nurse": the job named, not a tool
# "my mom works at a bank and she says tellers are disappearing": a career in what is said
_REPORTING = frozenset("say says said tell tells told think thinks thought heard hear".split())
# Counsellors' terms, and the answer that gives each: the SOC code is in the overview, the Job
# Zone in the education answer, the Holland code in the personality fit
_OFFICIAL_TERMS = {
    ("soc", "code"): "overview",
    ("occupation", "code"): "overview",
    ("job", "zone"): "education",
    ("holland", "code"): "personality",
    ("riasec", "code"): "personality",
}


def _official_term(plain: list[str]) -> str | None:
    """The intent whose answer gives the official term `plain` asks for ("soc code": the
    overview), or None."""
    return next(
        (_OFFICIAL_TERMS[pair] for pair in pairwise(plain) if pair in _OFFICIAL_TERMS), None
    )


# "what do you call someone who ...", "what would you call that job": the work's name asked
_NAMING = (("what", "do", "you", "call"), ("what", "would", "you", "call"),
           ("what", "do", "they", "call"), ("what", "do", "people", "call"))  # fmt: skip


def _names_asked(plain: list[str]) -> bool:
    """Whether `plain` opens by asking what a job is called ("what do you call ...")."""
    return any(tuple(plain[: len(naming)]) == naming for naming in _NAMING)


# "is library aide a good first job for a 16 year old", "would welding be a solid career":
# the career judged as a whole, whatever the story after it
_CAREER_VERDICTS = frozenset("good great decent solid real smart bad stable actual".split())
_ASKING_VERDICT = frozenset({"is", "would", "could", "will", "isnt"})


def _judges_career(plain: list[str]) -> bool:
    """Whether `plain` (the names taken out) opens with is/would/could and calls the career
    a good (decent, real…) job or career, a word between allowed ("a good first job")."""
    if not plain or plain[0] not in _ASKING_VERDICT:
        return False
    return any(
        word in _CAREER_VERDICTS and not _CAREER_WORDS.isdisjoint(plain[at + 1 : at + 3])
        for at, word in enumerate(plain[:8])
    )


# "per month", "a week", "monthly": pay by the period ("2 months of training" is no pay)
_BY_THE_MONTH = frozenset({"per", "a", "each", "every"})
_TIME_UNITS = frozenset("hour day night shift time twice once".split())


def _per_period(plain: list[str]) -> bool:
    """ "per month", "a week", "monthly", "weekly": pay by the month or the week."""
    return not {"monthly", "weekly"}.isdisjoint(plain) or any(
        plain[at] in _BY_THE_MONTH
        and plain[at + 1] in ("month", "week")
        # "60 hrs a week", "3 days a week", "twice a month": time, not pay
        and not (at and (plain[at - 1] in _TIME_UNITS or plain[at - 1].isdigit()))
        for at in range(len(plain) - 1)
    )


def _first_score(intents: list[IntentScore]) -> float:
    """The score of the first intent read, 0 for none."""
    return intents[0].score if intents else 0.0


# "the doctor who puts you to sleep", "the nurse that delivers babies": a clause describing
# which of a name's meanings is meant
_DESCRIBING_RELATIVES = frozenset({"who", "that", "whose"})
# "the doctor for your feet": what a name's meaning is for, which settles it the same way
_DESCRIBING_FOR = frozenset({"for"})


@dataclass
class LearnedHook:
    """EXPERIMENT (classifier branch): the learned intent model revising `_asked`'s result.

    Thresholds are probabilities 0-100 (above 100 disables a rule), chosen on tests/eval/dev with
    benchmarks/intent_classifier.py --sweep:
    - `answer`: where the nearest-phrasing classifier is unsure (no intent) and the message has
      topic words, take the learned model's best intent if it is not `fallback` and its
      probability is at least this; at least `answer_unnamed` when the message names no
      occupation and that intent needs one ("is it going to snow this weekend" reads like a
      work-life question once "snow" is unknown);
    - `veto`: where it is sure of one intent, answer `fallback` instead when the learned
      P(fallback) is at least this (near misses: "the federal minimum wage", "help me write a
      speech"; social intents too unless `veto_social` is off); `veto_general` for intents
      that need no occupation (help, source, list_occupations...): there, fallback being more
      likely than every other intent together is enough; `veto_named` where the message names a
      career (then it takes more to refuse: "lib assistant pay?? like per hour");
    - `override`: where it is sure of one topical intent, take the learned model's best other
      topical intent when its probability is at least this; `override_keyed` where the message
      says a keyword of the model's intent and none of the sure one's ("what do they earn");
    - `rescue`: where it reads `fallback` but an occupation is named, take the learned model's
      best intent when its probability is at least this ("can robots take over trucker jobs");
      `rescue_unnamed` where none is, for a question about the bot or a follow-up that says
      its intent's keyword ("what is the source of this numbers", "need test or school?");
    - `trusted`: a nearest-phrasing score at or above this is kept without asking the model
      (measured: no change in accuracy at 95, and the model's cost is saved).
    Multi-intent readings ("pay and education?") are left as they are."""

    answer: float = 40.0
    answer_unnamed: float = 70.0
    veto_social: bool = True
    general: frozenset[str] = frozenset()  # intents that need no occupation: set by Matcher
    veto: float = 70.0
    veto_general: float = 50.0
    veto_named: float = 85.0
    rescue: float = 70.0
    trusted: float = 95.0
    override: float = 50.0
    override_keyed: float = 30.0
    rescue_unnamed: float = 90.0
    model: LearnedIntents | None = None

    def revise(
        self,
        masked: list[str],
        asked: list[IntentScore],
        topic: list[str],
        named: bool,
        keyed: frozenset[str] = frozenset(),
        following: bool = False,
    ) -> list[IntentScore]:
        """`asked` revised; `masked` is the message as the learned model reads it, `topic` its
        topic words (none: "what about nurses?" is a follow-up the engine answers from context),
        `named` whether it names an occupation, `keyed` the intents one of its words is a
        keyword of (an intent named in so many words is not overridden), `following` whether
        a career is under discussion."""
        if self.model is None or not topic:
            return asked
        if len(asked) > 1:
            return asked  # several questions: nothing below would change it, skip the model
        if asked and asked[0].intent == FALLBACK and not named:
            # "what is the source of this numbers": a question about the bot the model is all
            # but sure of, named by its keyword
            # "need test or school?" after a career: its keyword, and the model all but sure
            if keyed.isdisjoint(self.general) and not (following and keyed):
                return asked
            learned, _ = self.model.classify(masked, 1)
            best = learned[0]
            rescued = best.intent in keyed and (following or best.intent in self.general)
            return [best] if rescued and best.score >= self.rescue_unnamed else asked
        if asked and asked[0].score >= self.trusted:
            return asked  # the nearest phrasing is all but certain: skip the model (speed)
        learned, fallback = self.model.classify(masked, _KEYED_RANKS)
        best = learned[0]
        if not asked:
            cold = not named and best.intent not in self.general
            threshold = self.answer_unnamed if cold else self.answer
            if named and best.intent in keyed and best.intent not in self.general:
                # "semiconductor technician outlook with all the new chip plants": the
                # model's reading is a keyword the message says
                threshold = min(threshold, self.override_keyed)
            if best.intent != FALLBACK and best.score >= threshold:
                return [best]
            return asked
        sure = asked[0].intent
        if sure == FALLBACK:  # a career named: "can robots take over trucker jobs"
            return [best] if best.intent != FALLBACK and best.score >= self.rescue else asked
        veto = self.veto_general if sure in self.general else self.veto
        if named:  # a career named ("lib assistant pay?? like per hour") needs more to refuse
            veto = max(veto, self.veto_named)
        if sure in keyed:  # "thank you very much my friend": said in so many words
            veto = max(veto, self.veto)
        if fallback >= veto and (sure not in SOCIAL or self.veto_social):
            return [IntentScore(FALLBACK, fallback)]
        other = best.intent not in (sure, FALLBACK)
        # "could you give me the outlook?": the model hears "give me" as an overview, but the
        # question names its intent's keyword and not the model's. (The model is still heard on
        # questions about the bot: "careers related to animals" lists careers.)
        said = sure in keyed and best.intent not in keyed and best.intent not in self.general
        # "what do real estate agents actually earn?": read as "what do they do", but the model
        # hears the keyword the question says ("earn")
        # (A comparison or related careers are asked by the sentence's shape, not a keyword:
        # "which one is more likely to get automated", "whats close to nursing but less school")
        heard = (
            sure not in keyed
            and sure not in STRUCTURAL
            and best.intent in keyed
            and best.intent not in self.general
        )
        threshold = self.override_keyed if heard else self.override
        if sure not in SOCIAL and other and not said and best.score >= threshold:
            two_asked = len(Matcher._clauses(masked)) > 1  # ("skills u need to be X": one)
            if heard and two_asked and asked[0].score >= _SURE_OF_BOTH and sure not in STRUCTURAL:
                # "how much do massage therapists make and do u need school for it": the
                # nearest phrasing sure of one question, the model hearing another's keyword
                return [asked[0], best]
            return [best]
        # "ok but whats the actual outlook": "actual" sounds like "what do they actually make",
        # but the keyword said is among the model's first few, as likely as any other
        keyed_next = [
            s
            for s in learned[1:]
            if s.intent in keyed and s.intent not in self.general and s.intent != sure
        ]
        if (
            sure not in keyed
            and sure not in STRUCTURAL
            and sure not in SOCIAL
            and keyed_next
            and keyed_next[0].score >= self.override_keyed
        ):
            return [keyed_next[0]]
        return asked


_I_MEANT = frozenset({"meant", "mean"})
_PAY_UNITS = frozenset("hour hourly year yearly annual annually month monthly week weekly".split())
# The nearest phrasing's score (0-100) at which its reading stays beside another question the
# learned model hears by its keyword ("how much do they make and do u need school for it").
_SURE_OF_BOTH = 70.0
_WORKING_FOR = frozenset("for get getting got finish finishing earn earning do doing start".split())
_KEYED_RANKS = 3  # the learned model's first intents, among which a keyword said is heard
_SURE_OF_FILLER = 90.0  # percent: the learned model's reading of a follow-up of filler words
_LICENCE_WORDS = 3  # at most this many topic words: a question about the licence itself
# Words about an answer's content, which a career's head noun does not make a job title.
_ABOUT_THE_ANSWER = frozenset("information detail fact stat statistic number figure".split())


# Words that ask wherever they stand in a sentence ("hi i was wondering what you do")
ASKING_ANYWHERE = frozenset("what how which why when where who can could".split())
# Careers asked for in general: "what jobs are good for...", "are there good trade jobs"
_PLURAL_JOBS = frozenset({"jobs", "careers", "trades", "occupations", "professions"})
# ... unless they are set beside a career said: "what other jobs are like that"
_BESIDE_A_CAREER = frozenset(
    {"similar", "other", "those", "these", "them", "related", "instead", "close"}
)
_AND_SELF = frozenset(
    ("and", verb, *rest, article)
    for verb, rest in (("work", ("as",)), ("have", ("been",)))
    for article in ("a", "an")
)
_MAY_I = frozenset({"can", "could", "should", "would", "might", "may"})
_SOMEONES_WORDS = 4  # "my husband is a plumber", "her school counselor": who has the career
# What "how many years" / "how much time to train" alone is read as, before it is education
_TIME_TO_TRAIN_OVER = (["employment"], ["salary"], ["work_life_balance"])
_WORKING = frozenset({"work", "works", "worked", "working"})
_SAME_PLACE = frozenset({"same", "state"})  # "in the same state": the place said before
_GAP = "_"  # a word left out of a reading, which no table holds
_WORKERS = FIRST_PERSON | RELATIVES | {"we", "he", "she", "they", "both", "also", "still"}


def _worked_in(words: list[str]) -> frozenset[int]:
    """Positions of the field someone in the story works in: "His dad and I both work retail",
    "my mom works in healthcare" (the family's work, not a field of careers asked for)."""
    found: set[int] = set()
    for at in range(1, len(words) - 1):
        if words[at] == "teach" and words[at - 1] in {"i", "we"}:
            # "I teach a careers class. What are the fastest-growing jobs?": the user's work
            found.update(range(at, min(at + 3, len(words))))
            continue
        # a worker just before ("both work", "mom works"), not "want to work in healthcare",
        # "interested in working with computers": the work wished for
        if words[at] not in _WORKING or words[at - 1] not in _WORKERS:
            continue
        field = at + 2 if words[at + 1] == "in" else at + 1
        found.update(range(field, min(field + 2, len(words))))
    return frozenset(found)


def _asks_for_careers(typed: frozenset[str], words: list[str]) -> bool:
    """Careers asked for in general, by a plural said as typed (folding drops it): "what
    jobs are good for kids who like computers"."""
    # "what would be a good career for him", "what job is good for me": one career asked for
    good_for = any(
        a in {"career", "job"} and b in {"for", "fit", "suit"}
        for a, b in pairwise(w for w in words if w not in _GOOD_FOR_GAP)
    ) and not {"what", "which", "any"}.isdisjoint(words)
    plural = not _PLURAL_JOBS.isdisjoint(typed)
    return (plural or good_for) and _BESIDE_A_CAREER.isdisjoint(words)


# "a good career for him", "a job that would fit her", "what job is best for me"
_GOOD_FOR_GAP = frozenset("good great best right that would be is a an".split())


def _major(words: list[str], mention: Mention, studied: list[tuple[int, int]]) -> bool:
    """ "a computer science degree", "economics majors", "a degree in nursing": the mention is
    a subject studied (`studied`: rankings.studied_spans), with careers asked of it."""
    # (not "what does a nursing degree take": the way in to the career)
    asks_careers = not {"job", "career", "do", "get"}.isdisjoint(words)
    return asks_careers and (mention.start, mention.end) in studied


def _someones(words: list[str], mention: Mention) -> bool:
    """Whether the career is someone's in the story: an owner or a relative just before it,
    in its clause ("my husband is a plumber", "his counselor")."""
    before = words[max(0, mention.start - _SOMEONES_WORDS) : mention.start]
    if BREAK in before:
        before = before[len(before) - before[::-1].index(BREAK) :]
    if before[-1:] and before[-1] in OWNERS:
        return True  # "his counselor"
    # "my husband is a plumber", "her mom works as a nurse", "his dad's a corrections officer",
    # "her older sister is in nursing school" (not "his heart set on nursing")
    said_is = before[-2:] in (
        ["is", "a"], ["is", "an"], ["as", "a"], ["as", "an"], ["was", "a"], ["s", "a"],
        ["s", "an"], ["is", "in"],
    )  # fmt: skip
    # "my husband teaches high school chemistry": the subject a relative teaches
    teaches = "teach" in before or words[mention.start] == "teach"  # "teaches high school"
    if teaches and not (OWNERS | RELATIVES).isdisjoint(before):
        return True
    # "his dad's a corrections officer" (folded: "dad a")
    relative_a = before[-1:] in (["a"], ["an"]) and before[-2:-1] and before[-2] in RELATIVES
    return bool(relative_a) or (said_is and not (OWNERS | RELATIVES).isdisjoint(before))


# How a writer introduces themselves: "I'm Dr. Nguyen, counselor at Lincoln", "this is Ms. Ray"
INTRODUCING = (("i", "am"), ("im",), ("i", "m"), ("this", "is"), ("my", "name", "is"))


def _introduced(parts: list[Sentence], words: list[str], mention: Mention) -> bool:
    """Whether a job named in a greeting is the writer's own or someone's ("my counselor said
    to try this"): said after "my"/"our", or in a sentence that introduces the writer."""
    if mention.start and words[mention.start - 1] in OWNERS:
        return True
    at = 0
    for part in parts:
        if at <= mention.start < at + len(part.words):
            opening = [w for w in part.words if w not in GREETING_WORDS]
            return any(tuple(opening[: len(i)]) == i for i in INTRODUCING)
        at += len(part.words)
    return False


def _judges_first(said: list[str]) -> bool:
    """ "is that enough to live on? i dont want him struggling", "it is good salary or no?": the
    message opens by judging the answer, whatever it says after."""
    # ("is it good for someone shy" asks about the person: only the answer judged, or its pay)
    after = said[3:5]
    return (
        len(said) >= 3
        and {said[0], said[1]} in ({"is", "that"}, {"is", "it"}, {"is", "this"})
        and said[2] in JUDGING
        and (after[:1] in ([], [BREAK], ["or"], ["tho"]) or after == ["to", "live"]
             or after[0] in PAY_WORDS)
    )  # fmt: skip


def _where_from(words: list[str]) -> bool:
    """ "where is that info from", "where did u get those numbers": where the answer's figures
    come from, said with nothing else."""
    if "where" not in words or not {"from", "get", "find"} & set(words[-2:]):
        return False
    rest = set(words) - FILLER - _ABOUT_THE_ANSWER - {"come", "came", "data", "find", "u"}
    # "where is this personality data from": the figures named by their topic
    rest -= _FIGURES_OF
    return not rest and not _POINTING_AT_IT.isdisjoint(words)


_FIGURES_OF = frozenset(
    "personality salary pay wage outlook growth projection ai automation education skill "
    "employment".split()
)


_POINTING_AT_IT = frozenset("that this these those it your".split())


# "vs mechanical", "add mri to that": words that set a career against (or beside) those
# discussed ("vs" is read as "versus")
_VERSUS = frozenset({"versus", "compared", "against"}) | ADDING


_TELLING = frozenset({"tell", "me", "know", "learn", "hear", "read", "some", "any"})
_ABOUT_MORE = frozenset({"about", "on", "information", "detail", "details"})


def _without_tell_more(plain: list[str]) -> list[str]:
    """`plain` without the "more" of "tell me more about physician assistants", "want to know
    more", "one more question": more said, not a comparison ("can you tell me which pays
    more" keeps it)."""
    before = ["", *plain][: len(plain)]
    after = [*plain[1:], ""][: len(plain)]
    return [
        w
        for w, b, a in zip(plain, before, after, strict=True)
        # "one more - what about a security guard", "one more question": another question
        if not (w == "more" and (b in _TELLING or a in _ABOUT_MORE or b == "one"))
    ]


def _i_meant(words: list[str]) -> int | None:
    """Where "I meant" / "I mean" ends, with words after it ("not pay, I meant the outlook"),
    else None."""
    return next(
        (at for at in range(1, len(words) - 1) if words[at] in _I_MEANT and words[at - 1] == "i"),
        None,
    )


def _long_names(mentions: list[Mention]) -> set[int]:
    """Positions of the names of two words or more."""
    return {i for m in mentions if m.end - m.start > 1 for i in range(m.start, m.end)}


def _scores(intents: list[IntentScore]) -> list[float]:
    """The first intent's score, as a list (empty where none was read)."""
    return [s.score for s in intents[:1]]


# "Good morning counsellors, ...", "hi nurses!": the readers greeted, no career asked about
_SALUTATIONS = frozenset("hi hello hey morn afternoon even dear hiya greeting".split())  # folded


def _greeted(words: list[str], mention: Mention) -> bool:
    """True for a career named as the people greeted: after a greeting word, at the end of
    its sentence or before a comma-like break ("Good morning counsellors, quick question")."""
    before = words[max(0, mention.start - 2) : mention.start]
    after = words[mention.end : mention.end + 1]
    return (
        bool(before)
        and before[-1] in _SALUTATIONS | {"all", "fellow"}
        and not _SALUTATIONS.isdisjoint(before)
        and after in ([], [BREAK])
    )


def _former_or_latter(words: list[str], mention: Mention) -> bool:
    """ "the former" / "the latter": a word that points, not a job name."""
    return (
        mention.end - mention.start == 1
        and words[mention.start] in FORMER_LATTER
        and mention.start > 0
        and words[mention.start - 1] == "the"
    )


_PERSON_NOT_WORK = rankings.LIKING | frozenset(
    "is are was am has have had wants want wanted needs hates hate gets get".split()
)


def _about_a_person(described: list[str]) -> bool:
    """ "person who likes puzzles", "someone who is shy": a person described by what they like
    or are, not by work done."""
    return any(a in {"who", "that"} and b in _PERSON_NOT_WORK for a, b in pairwise(described))


# "safe from robots", "is coding still safe w all the AI stuff": safe from automation
_SAFE_FROM = frozenset(
    "ai robot robots automation automated computer computers software machine machines replace "
    "replaced future chatgpt tech technology outsourced offshore".split()
)
_SAFE_ASKED = frozenset(
    {("safe", "job"), ("safe", "to"), ("safe", "work"), ("it", "safe"), ("get", "hurt"),
     ("gets", "hurt"), ("getting", "hurt"), ("safe", "career")}
)  # fmt: skip


def _asks_if_safe(plain: list[str]) -> bool:
    """ "is it safe to be a roofer?", "is being a cop safe", "I worry he gets hurt": whether
    the work is safe (not "a safe career long term", "more safe", "public safety")."""
    if not {"long", "term", "still", "more", "safer", "safest"}.isdisjoint(plain):
        return False
    return any(pair in _SAFE_ASKED for pair in pairwise(plain)) or (
        plain[:1] == ["is"] and plain[-1:] == ["safe"]
    )


_GETTING_INTO = frozenset({"get", "go", "break", "getting", "going"})
_THAT_JOB = frozenset({"it", "that", "this", "the", "its", "thats"})


def _points_back(words: list[str]) -> bool:
    """ "is the job physical", "is it stressful", "do they...": words pointing at a career
    already talked about."""
    return (
        not REFERRING.isdisjoint(words)
        or any(a in _THAT_JOB and b in {"job", "work", "career", "it"} for a, b in pairwise(words))
        or words[:2] in (["is", "it"], ["it", "is"])
    )


def _outside_words(catalog: Catalog) -> frozenset[str]:
    """The words of the names data/outside.yaml knows (military jobs, names BLS does not
    publish, employers): words as typed, never a typo nor two words run together
    ("doordash")."""
    outside = catalog.outside
    names = [*outside.military, *outside.unpublished, *outside.employers]
    return frozenset(word for name in names for word in tokens(name))


def _would_make_a_good(plain: list[str]) -> bool:
    """ "would she make a good event planner", "would he make a great nurse": a person's fit."""
    return any(
        a in {"would", "will", "she", "he", "i", "they"}
        and b == "make"
        and c in {"a", "an"}
        and d in {"good", "great", "decent", "bad"}
        for a, b, c, d in zip(plain, plain[1:], plain[2:], plain[3:], strict=False)
    )


def _settled_by_message(words: list[str], mentions: list[Mention]) -> list[Mention]:
    """A name with several meanings dropped where the message names one of them plainly: "got
    into Michigan Tech for engineering. What do mechanical engineers make?" asks about
    Mechanical Engineers, not which engineer (unless the two are set side by side): the name
    is read as the one it plainly means."""
    plain = [m.socs[0] for m in mentions if len(m.socs) == 1]
    if not COMPARE_SIGNALS.isdisjoint(words):
        return mentions
    settled = []
    for m in mentions:
        meant = [soc for soc in plain if soc in m.socs]
        # the same career said twice: its words stay a name, not a question
        settled.append(replace(m, socs=(meant[0],)) if len(m.socs) > 1 and meant else m)
    return settled


class Matcher:
    def __init__(
        self, catalog: Catalog, answer_threshold: float, learned: LearnedHook | None = None
    ) -> None:
        self.answer_threshold = answer_threshold
        self._areas = rankings.folded_areas(catalog.areas)
        self._interests = rankings.interest_words(catalog.interests)
        self._limits = rankings.interest_words(catalog.limits)
        # the intents that ask about a career (not "thanks", "help", a list)
        self._career_intents = frozenset(
            intent.id for intent in catalog.intents.values() if intent.needs_occupation
        )
        self.terms = Terms(catalog.glossary)
        self.finder = OccupationFinder.from_catalog(catalog)
        # Words of each official title (SOC code -> folded words), to tell the meanings of a name
        # apart by the words around it ("a special ed teacher in an elementary school"); the
        # engine reads them too (a name BLS counts within a group)
        self.title_words = self.finder.title_words
        # (a thing, a repair stem) -> the occupations whose official title has both: "escalator
        # repair" is Elevator and Escalator Installers and Repairers (see `_repairers`)
        repaired: dict[tuple[str, str], list[str]] = defaultdict(list)
        for soc, title in self.title_words.items():
            for stem in set(_REPAIR_STEMS.values()):
                if any(word.startswith(stem) for word in title):
                    for thing in title:
                        repaired[thing, stem].append(soc)
        self._repaired = dict(repaired)
        # Title words with their clipped forms ("technician", "tech"), and the words of the
        # everyday names of that career alone ("mri tech"), for "the tech one", "the mri one".
        alias_words = self.finder.alias_words()
        self._pointing_words = {
            soc: words
            | {CLIPPED[w] for w in words if w in CLIPPED}
            | (alias_words.get(soc, frozenset()) - FILLER)
            for soc, words in self.title_words.items()
        }
        # Each official title's head noun ("Civil Engineers" -> "engineer"), for a follow-up
        # that names another career by its first word alone ("mechanical?").
        self._heads = {
            soc: head
            for soc, occupation in catalog.occupations.items()
            for head in words_only(tokens(occupation.title.split(",")[0]))[-1:]
        }
        self.states = StateFinder(catalog.cities)
        # Before anything reads names: the words of the intents and places are never a misspelt
        # job name, and every use of the finder (training included) must see the same set.
        phrasing = {
            word
            for intent in catalog.intents.values()
            for phrase in [*intent.examples, *intent.keywords]
            for word in tokens(phrase)
        }
        self.finder.everyday = frozenset(phrasing | self.states.vocabulary | self.states.city_words)
        self.classifier = IntentClassifier(catalog.intents.values(), strip=self._strip_occupations)
        self.learned = learned
        # intents that need no occupation (help, source, list_occupations...)
        self.general = frozenset(
            intent.id for intent in catalog.intents.values() if not intent.needs_occupation
        )
        if learned is not None:
            learned.model = LearnedIntents.train(catalog.intents.values(), self.mask)
            learned.general = frozenset(
                intent.id for intent in catalog.intents.values() if not intent.needs_occupation
            )
        everyday = self.classifier.vocabulary | self.states.vocabulary
        # A word only a hand-kept name has, in no English list, may be a typo kept on purpose
        # ("sofware engineer"): not a word to keep as typed, nor to correct towards, where the
        # speller takes it for another job-name word ("software"), so that "sofware developer"
        # is read too. Slang the speller cannot place ("cna", "phleb"), or would take for
        # another English word ("lawer" is not "lower"), stays a word.
        words = english()
        typed = {
            word
            for word in self.finder.alias_only_words() - everyday
            if words.get(word, 0) < ENGLISH_MIN_FREQUENCY
        }
        names = self.finder.core_vocabulary - typed
        self.speller = Speller(
            names | everyday,
            long_only=names - everyday,
            keep=(self.finder.vocabulary - typed)
            | self.states.city_words
            | _outside_words(catalog),
            english=words,
        )
        self.speller.keep_words(word for word in typed if self.speller.correct(word) not in names)

    def mask(
        self, words: list[str], mentions: list[Mention] | None = None, place: Place | None = None
    ) -> list[str]:
        """Words with each occupation name and each named place (a US state or city, a foreign
        country) replaced by one placeholder token, and no clause breaks: what the learned intent
        model reads. "Nationally" and "the country" stay words: they are part of the question."""
        if mentions is None:
            mentions = self.finder.find(words)
        if place is None:
            place = self.states.find(words)
        spans = [(m.start, m.end, OCCUPATION_TOKEN) for m in mentions]
        taken = {i for m in mentions for i in range(m.start, m.end)}
        named_place = place.state is not None or place.foreign is not None
        if named_place and taken.isdisjoint(place.positions):
            for start, end in _runs(place.positions):  # each place named, one token each
                spans.append((start, end, STATE_TOKEN))
        return [word for word in mask_spans(words, spans) if word != BREAK]

    def _about_work(self, words: list[str]) -> bool:
        """A word for a job ("job", "for a living") or a career question's keyword ("pay",
        "downsides", "training"): the message is about work."""
        keyed = set(self.classifier.keyed_in_order(words)) - SOCIAL - {FALLBACK, "source"}
        return (
            bool(keyed)
            or not JOB_WORDS.isdisjoint(words)
            # "how does someone get into restoring old paintings"
            or any(a in _GETTING_INTO and b == "into" for a, b in pairwise(words))
        )

    def _read_as_work(self, words: list[str], span: tuple[int, int]) -> DescribedResult | None:
        """The words at `span` (a story told, or work done) read as "people who ...": the
        described jobs where that reads as some job's work (likely), else None."""
        found = self.finder.described(["people", "who", *words[span[0] : span[1]]])
        return found if found is not None and found.likely else None

    def _strip_occupations(self, words: list[str]) -> list[str]:
        return self._outside(words, self.finder.find(words))

    @staticmethod
    def _outside(words: list[str], mentions: list[Mention]) -> list[str]:
        inside = {i for mention in mentions for i in range(mention.start, mention.end)}
        return [word for i, word in enumerate(words) if i not in inside]

    def understand(
        self,
        text: str,
        recent: Sequence[str] = (),
        offered: Sequence[str] = (),
        discussed: Sequence[str] = (),
    ) -> Reading:
        """Read one message: names, place, intents with scores, references back. `recent` are
        the SOC codes the conversation was last about: "mechanical?" after Civil Engineers
        names Mechanical Engineers. `offered` are the SOC codes of a numbered list just shown:
        "high school" after "Which teachers?" names Secondary School Teachers. `discussed`:
        every career of the conversation, for "the technician job" among them."""
        # (two words typed as one, "webdeveloper", or one name typed as two, "bar tender":
        # mended before any position is taken)
        parts = [
            Sentence(
                self.speller.joined([w for word in part.words for w in self.speller.split(word)]),
                part.question_mark,
            )
            for part in sentences(text, read_careers=True)
        ]
        spans = self._sentence_spans(parts)
        words = [
            self.speller.correct(word)
            for word in mend_state_names([word for part in parts for word in part.words])
        ]
        found = [
            m
            for m in self.finder.find(words)
            if not _right_now(words, m) and not _school_year(words, m)
        ]
        found = self._repairers(words, found)
        found = _told_by_setting(words, found)
        if len(found) > 1:  # "do library assistants need to know coding": a skill, not a job
            found = [m for m in found if not _a_skill(words, m)]
        selves = [m for m in found if self._about_self(words, m)]
        story: list[str] = []  # careers of the story around the question, none asked about
        own = {i for m in selves for i in range(max(0, m.start - 4), m.end)}
        own_words = {i for m in selves for i in range(m.start, m.end)}
        # "not the librarian, the other person": no part of the question either; nor "our
        # athletes" or "my nurse" beside the career asked about (people, not careers).
        # "the former", "the latter" point to careers discussed ("Former" is an O*NET title)
        found = [m for m in found if not _former_or_latter(words, m) and not _greeted(words, m)]
        negated = [m for m in found if _negated(words, m)]
        # ("going back for my LPN", "getting my RN": the licence the user works towards)
        owned = [
            m
            for m in found
            if m.start
            and words[m.start - 1] in OWNERS
            and not (words[m.start - 1] == "my" and words[max(0, m.start - 2)] in _WORKING_FOR)
        ]
        # "my daughter's chemistry teacher gave her a C": someone's own teacher, even alone
        related = [m for m in found if m.start and words[m.start - 1] in RELATIVES]
        # "his school counselor keeps pushing college but are there good trade jobs for him":
        # careers asked for in general, the counselor a person of the story
        typed = typed_words(text)  # (as typed: plurals and -ing words folding drops)
        general = _asks_for_careers(typed, words)
        if len(owned) < len(found) or related or (owned and general):
            negated += [m for m in [*owned, *related] if m not in negated]
        # "what can you do with an economics major": the subject studied, which the interests
        # table lists careers for, not the one career named after it (economists)
        studied = rankings.studied_spans(words, self._interests)
        negated += [m for m in found if m not in negated and _major(words, m, studied)]
        own |= {i for m in negated for i in range(m.start, m.end)}
        # "doordash driver": a name with no figures, even where part of it ("driver") is one.
        unknown = self.finder.unknown_job(words, found)
        mentions = [
            m
            for m in found
            if not self._about_self(words, m)
            and m not in negated
            and not (unknown and any(a <= m.start and m.end <= b for a, b in unknown.spans))
        ]
        # "the person who cleans your teeth at the dentist": a job named as the workplace of
        # a job described is not the one asked about.
        span = DescribedJobs.span(words)
        # (not where careers are asked for in general: "he is obsessed with cars and fixing
        # stuff ... are there good trade jobs for kids like him": the story says what he likes)
        told = (
            story_told(words, spans)
            if span is None and unknown is None and len(parts) > 1 and not general
            else None
        )
        told_work: DescribedResult | None = None
        if told is not None:
            # only a story that reads as some job's work ("my sister works at target" tells
            # a workplace, not the work), read as the work of "people who ..."
            told_work = self._read_as_work(words, told)
            if told_work is None:
                told = None
        if told is not None:
            # "my dad drives the trash truck and hops off the back at every house. is that job
            # hard on your body": the work told is the job asked about, not the truck
            span = told
            # (not "my mom works at a bank and she says tellers are disappearing": a career
            # named in what the person says is the one asked about)
            # "my mom cleans houses": the work told is a name ("clean houses"), though said
            # right after a relative, as "my daughter's chemistry teacher" is
            mentions += [m for m in negated if m.start == told[0] and m not in mentions]
            inside = [m for m in mentions if told[0] <= m.start < told[1]]
            # (nor "my dad drives long haul and my mom drives a school bus": two careers named)
            if _REPORTING.isdisjoint(words[told[0] : told[1]]) and len(inside) <= 1:
                mentions = [
                    m
                    for m in mentions
                    # ("my mom cleans houses": the name is the work told, and kept)
                    if not (told[0] < m.start < told[1] and words[m.start - 1] not in _AS_A)
                ]
        if span is not None:
            mentions = [m for m in mentions if not _workplace_in(words, m, span)]
        mentions = self._settled_by_setting(words, mentions)
        mentions = self._settled_by_description(words, mentions)
        mentions = _settled_by_message(words, mentions)
        talked_of = list(dict.fromkeys([*recent, *discussed]))  # the latest first
        mentions = self._settled_by_talk(words, mentions, talked_of)
        questions_at = self._question_sentences(spans, words)
        asked_of = [m for m in mentions if m.start in questions_at]
        # "maybe doing animation instead. Is that any more stable than game design?": set
        # against the career of the story, which stays
        against = any("than" in words[max(0, m.start - 2) : m.start] for m in asked_of)
        if asked_of and len(questions_at) < len(words) and not against:
            # "She wanted to be a nurse but now wants to study art. What do artists earn?":
            # the career asked about is the one in the sentence that asks, not one in the
            # story before it (unless it settles the name asked: "I was an agronomist. What
            # do soil scientists do?")
            asked_socs = {soc for m in asked_of for soc in m.socs}
            question_start = min(questions_at)
            kept = [
                m
                for m in mentions
                if m.start in questions_at
                # after the question, a career set against the one asked about ("what is a
                # library technician? I not understand the difference with librarian"), not
                # one of the story ("... wants to quit trucking for it")
                or (m.start > question_start and not COMPARE_SIGNALS.isdisjoint(words))
                or not asked_socs.isdisjoint(m.socs)
            ]
            # the story's careers are names still, no part of the question
            own |= {i for m in mentions if m not in kept for i in range(m.start, m.end)}
            # ("torn between a dental assistant and a radiology tech. how much does a dental
            # assistant make?": the other career stays in the conversation, to compare)
            story = [
                m.socs[0]
                for m in mentions
                if m not in kept and len(m.socs) == 1 and m not in selves
            ]
            mentions = kept
        elif (
            general
            and mentions
            and len(questions_at) < len(words)
            and all(m.start not in questions_at and _someones(words, m) for m in mentions)
        ):
            # "my husband is a plumber. what jobs are good for kids who like computers?": the
            # people of the story have careers; the question asks for careers in general
            own |= {i for m in mentions for i in range(m.start, m.end)}
            story = [m.socs[0] for m in mentions if len(m.socs) == 1 and m not in selves]
            mentions = []
        elif (
            len(questions_at) < len(words)
            and len({m.socs for m in mentions}) > 1
            and (relatives := [m for m in mentions if _someones(words, m)])
            # two careers still left to compare where the message compares ("my husband
            # teaches chemistry ... torn between software developer and data scientist")
            and len(mentions) - len(relatives) >= (2 if self._compares(words, mentions) else 1)
        ):
            # "Pharmacy technician. Good job or not? ... my husband's a pastor": the careers of
            # the family told around the question are the story's, not the one asked about
            own |= {i for m in relatives for i in range(m.start, m.end)}
            story = [m.socs[0] for m in relatives if len(m.socs) == 1 and m not in selves]
            mentions = [m for m in mentions if m not in relatives]
        elif span is not None and span[0] in questions_at and len(questions_at) < len(words):
            # "what do the techs who fix wind turbines make? my brother in law wants to quit
            # trucking for it", "I just retired from the Army. The people who fit hearing aids,
            # what training do they need?": the job described in the question is asked about,
            # not a career (or a service) of the story around it
            around = [m for m in mentions if m.start not in questions_at]
            if around and len(around) == len(mentions):
                own |= {i for m in around for i in range(m.start, m.end)}
                story = [m.socs[0] for m in around if len(m.socs) == 1 and m not in selves]
                mentions = []
            if unknown is not None and unknown.start not in questions_at:
                unknown = None
        if not mentions and offered and unknown is None:
            mentions = self._offered_name(words, offered)
            found = [*found, *mentions]
        if not mentions and unknown is None and span is None:
            mentions = self._head_with_a_word(words, own)
            found = [*found, *mentions]
        if not mentions and len(talked_of) >= 2 and unknown is None:
            mentions = self._one_of_recent(words, talked_of)
            found = [*found, *mentions]
        if not mentions and (recent or offered) and unknown is None:
            # (after a list: "the aerospace one" among engineering careers not on its page)
            mentions = self._with_recent_head(words, recent or offered)
            found = [*found, *mentions]  # its words are the name, not the question
        # "dealing blackjack in vegas, what's the pay": a job said as the work done, looked up
        # as "people who deal blackjack" (and kept only where that reads as some job's work)
        # (only where the message is about work: "whats the best way of cooking steak" no)
        done = (
            work_done(words, typed)
            if span is None and unknown is None and not mentions and self._about_work(words)
            else None
        )
        done_work: DescribedResult | None = None
        if done is not None:
            # "installing alarm systems ... growing": the question said after the work ends it
            asked_at = next(
                (
                    at
                    for at in range(done[0] + 2, done[1])
                    if words[at] in JOB_WORDS or self.classifier.keyed_in_order([words[at]])
                ),
                done[1],
            )
            done = (done[0], asked_at)
            done_work = self._read_as_work(words, done)
            if (
                done_work is None
                # "is the job sad, working w cancer patients": the career discussed, described
                or not {c.soc for c in done_work.candidates}.isdisjoint(recent)
                # "is the job physical? lifting boxes, standing all day": the same job's work;
                # in a conversation, a new job is said clearly or as a move ("what about ...")
                or (
                    bool(recent)
                    and (_points_back(words) or not (done_work.confident or switch_opener(words)))
                )
            ):
                done = None
            else:
                span = done
        place = self.states.meant(words, questions_at, spans)
        # "what about in LA" after teachers' pay: a place after "in", not the O*NET title "LA
        # Teacher" (a name found only among the careers just talked about)
        in_place = [
            m
            for m in mentions
            if place.positions.issuperset(range(m.start, m.end))
            and m.start > 0
            and words[m.start - 1] in _PLACE_LEADS
        ]
        if in_place:
            mentions = [m for m in mentions if m not in in_place]
            found = [m for m in found if m not in in_place]
        # The user's own job ("I am a school counselor") takes its words out of the question.
        taken = {i for mention in found for i in range(mention.start, mention.end)}
        if unknown is not None:  # "youtubers": a job name, no part of the question
            taken |= set(range(unknown.start, unknown.end))
        # "graphic design major, is AI going to wreck this": the user's field of study, said
        # with it, asks nothing about education
        taken |= {m.end for m in found if m.end < len(words) and words[m.end] in STUDYING}
        # "what do library paraprofessionals do in schools": where they work, not schooling
        taken |= {i for m in found for i in _workplace_school(words, m.end)}
        if place.positions & taken:  # "new york" inside an occupation name is not a state
            place = Place()
        # "the people who check out books at the library, is that a good career": the words
        # that describe a job ask nothing; the question is read from the rest.
        # ("what do the techs who fix wind turbines make": the field named inside the
        # description is the career; the clause still asks nothing)
        inside_span = span is not None and all(
            span[0] <= m.start and m.end == span[1] for m in mentions
        )
        describing = None if (mentions and not inside_span) or unknown else span
        after = words[describing[1] :] if describing is not None else []
        if describing is not None and (
            describing == done  # the work done, from its doing word on: the question is around
            or describing[1] < len(words) - 1
            or after in (["do"], ["does"])
            or (after and paid_at_end(after) == len(after))  # "... who clean teeth make"
        ):
            taken |= set(range(*describing))  # not when the question is inside the clause
        rest = [w for i, w in enumerate(words) if i not in taken and i not in place.positions]
        plain = [word for word in rest if word != BREAK]
        topic = [word for word in plain if word not in FILLER]
        number = _picked_number(plain)
        # "i wanna be a youtuber, how much $$", "I want to work in a kitchen, how much pay": a
        # job wished for (or one careerbot does not know) is no question about the user's own.
        wished = unknown is not None or describing is not None or not WANTING.isdisjoint(plain)
        own_job = (
            not mentions
            and not wished
            and (
                not WORKPLACE_WORDS.isdisjoint(plain)
                or any(
                    word in POSSESSIVE and OWN_JOB_WORDS.intersection(plain[i + 1 : i + 3])
                    for i, word in enumerate(plain)
                )
            )
        )
        own_pay = (
            not mentions
            and not wished
            # "I'd like 5 careers in healthcare ..., with pay and outlook": careers asked for
            and not general
            and not FIRST_PERSON.isdisjoint(plain)
            and not PAY_WORDS.isdisjoint(plain)
            and not _thanks_after_remark(words)  # "ok that makes me feel better. thank you"
        )
        everything = frozenset(range(len(words)))
        job_named = bool(mentions) or unknown is not None
        # "what's the pay difference between the two in NC?": careers meant, not named; the
        # learned model takes as much to refuse it as a message that names one.
        meant = bool(mentions) or (bool(recent) and not BACK_REFERENCES.isdisjoint(plain))
        greets = (
            self._greets_and_asks_nothing(parts, words)
            and unknown is None
            and all(_introduced(parts, words, m) for m in mentions)
        )
        intents, ranked, learned = self._intents(
            words, everything, taken, own, mentions, place, job_named, meant, bool(recent)
        )
        # A story around the question ("Hi, sorry this is long. My son is 17 ... What do
        # welders make?") can drown it: unsure of the whole, read the sentences that ask.
        focus = questions_at
        if focus != everything:
            second = self._intents(
                words, focus, taken, own, mentions, place, job_named, meant, bool(recent)
            )
            # Only a question: "i want to be a web developer. how long would it take me" reads
            # like a trip's length once the career is out of sight.
            asks = bool(second[0]) and second[0][0].intent != FALLBACK
            # "What training do HVAC technicians need? My son's friend makes good money doing
            # it.": where the sentence that asks is clear, it beats the story around it.
            clearer = asks and second[0][0].score >= self.answer_threshold
            # "...library assistants dont make much. is that true?": the question is the claim
            question = {words[i] for i in focus} - FILLER - {BREAK}
            claim = question <= CHECKING_A_CLAIM and intents and intents[0].intent != FALLBACK
            if not claim and (
                (not intents and asks) or (intents and clearer and second[0] != intents)
            ):
                intents, ranked, learned = second
            # "How much is tuition at Ivy Tech these days? My son wants to do their HVAC
            # program": the question, naming no career and pointing back to none, asks
            # something else than the careers of the story, which stay the story's
            elsewhere = (
                not intents
                and all(score.intent == FALLBACK for score in second[0])
                and bool(second[1])
                and second[1][0].intent == FALLBACK
                and all(m.start not in focus for m in mentions)
                and BACK_REFERENCES.isdisjoint(question)
            )
            if elsewhere and mentions:
                story = [*story, *(m.socs[0] for m in mentions if len(m.socs) == 1)]
                own |= {i for m in mentions for i in range(m.start, m.end)}
                mentions = []
                intents, ranked, learned = second
        keyed_order = tuple(self.classifier.keyed_in_order(plain))
        keyed = frozenset(keyed_order)
        first = intents[0].intent if intents else None
        if _SELF_DRIVING.intersection(plain) or ("self", "driv") in pairwise(plain):
            keyed = keyed | {"automation"}  # "with all the self driving stuff coming"
        if first in _AI_OVER and "automation" in keyed and (first not in keyed or len(keyed) == 1):
            # "AI translate now very good. This job will disappear?", "is being a software
            # engineer still worth it with all the ai stuff": a future or worth the message
            # puts down to AI is the automation question
            intents = [IntentScore("automation", intents[0].score)]
        if (
            "source" in keyed
            and plain[:1] == ["where"]
            and not _WHERE_FROM.isdisjoint(plain)
            and not mentions
        ):
            # "where do you get the salary data": where the figures come from, not the pay
            intents = [IntentScore("source", max(self.answer_threshold, _first_score(intents)))]
        if _hard_to_enter(plain) and (keyed - SOCIAL - {FALLBACK}) <= {"education", "challenges"}:
            # "is it hard to become a nurse", "how hard to get into": the way in, not the cons
            intents = [IntentScore("education", max(self.answer_threshold, _first_score(intents)))]
        if mentions and _would_make_a_good(plain) and first in (None, "salary", "overview"):
            # "would she make a good event planner?": whether she fits, not what it pays
            intents = [
                IntentScore("personality", max(self.answer_threshold, _first_score(intents)))
            ]
        official = _official_term(plain)
        if official is not None and mentions:
            # "what's the SOC code for dental hygienists", "what job zone is a paralegal": a
            # counsellor's term for what one answer gives
            intents = [IntentScore(official, max(self.answer_threshold, _first_score(intents)))]
        if (mentions or describing is not None) and _names_asked(plain):
            # "what do you call someone who builds cabinets": the name of the work, and what it
            # is (not a phone call)
            intents = [IntentScore("overview", max(self.answer_threshold, _first_score(intents)))]
        if mentions and _judges_career(plain) and (not intents or intents[0].intent == FALLBACK):
            # "is library aide a good first job for a 16 year old": the career judged, though
            # a first job's age reads like a question about the user's own
            intents = [IntentScore("overview", max(self.answer_threshold, _first_score(intents)))]
        if (
            _asks_if_safe(plain)
            and "automation" not in keyed
            and _SAFE_FROM.isdisjoint(plain)
            and (keyed - SOCIAL - {FALLBACK}) <= {"challenges"}
        ):
            # "is it safe to be a roofer?", "is being a cop safe", "I worry he gets hurt": the
            # work's dangers (the cons), not safety from AI (no AI said)
            intents = [IntentScore("challenges", max(self.answer_threshold, _first_score(intents)))]
        if _per_period(plain) and (keyed - SOCIAL - {FALLBACK}) <= {"salary"}:
            # "bruh is that like per month or wat", "monthly?": pay, by the month
            intents = [IntentScore("salary", max(self.answer_threshold, _first_score(intents)))]
        beside = [
            w for i, w in enumerate(words) if describing and not describing[0] <= i < describing[1]
        ]
        if (
            describing is not None
            and (not intents or intents[0].intent == FALLBACK)
            and not PAY_WORDS.isdisjoint(beside)
            and not QUESTION_LEADS.isdisjoint(beside)
        ):
            # "the guy at the airport who waves the planes in, what does he make": "he" is the
            # worker described, whose pay is asked
            intents = [IntentScore("salary", self.answer_threshold)]
        if describing is not None and not taken.issuperset(range(*describing)):
            # "whats the pay for the ppl who clean ur teeth": the question shares its clause
            # with the description, whose words drown it; a keyword of one intent settles it.
            asked = keyed - SOCIAL - {FALLBACK}
            if len(asked) == 1 and (not intents or intents[0].intent not in asked):
                intents = [IntentScore(next(iter(asked)), self.answer_threshold)]
        if (
            not intents
            and recent
            and ranked
            and keyed - SOCIAL - {FALLBACK} == {ranked[0].intent}
            and not mentions
        ):
            # "can robots take my job tho" after electricians' pay: half clear, but its one
            # keyword and the best guess agree, about the career discussed
            intents = [IntentScore(ranked[0].intent, self.answer_threshold)]
        if greets and (not intents or intents[0].intent in {FALLBACK, "greeting"}):
            # "Hello, I'm a high school counselor preparing a careers unit.": a greeting, and a
            # word about who is writing, with nothing asked
            intents = [IntentScore("greeting", 100.0)]
            mentions = []  # the writer's own job, or their counselor's: no career asked about
        unread = not intents or intents[0].intent == FALLBACK
        # "Thank you, you help me a lot": thanks for the help, no request for it
        thanked_for_help = (
            bool(intents) and intents[0].intent == "help" and QUESTION_LEADS.isdisjoint(plain)
        )
        if (unread or thanked_for_help) and not job_named and "?" not in text:
            if (
                plain[:1]
                and plain[0] in THANKING
                # not "thx! one more: what careers are good for artsy kids" (asked, unread)
                and len(_asked_after_thanks(plain)) <= _THANKS_QUESTION_WORDS
            ):
                # "Thanks so much, you've really put my mind at ease": thanks, said at length
                intents = [IntentScore("thanks", 90.0)]
            elif plain[:1] and plain[0] in GREETINGS_ABROAD:
                # "hola", "salaam, I have some questions": a greeting in the user's language
                intents = [IntentScore("greeting", 90.0)]
        # "ok so what do you need to become one": the question after the reaction is judged
        said = plain[question_opening(plain) :]
        judged = any(  # "seems low", "very low", "kinda mid": a judgement, however long
            a in JUDGED and b in JUDGING for a, b in pairwise(said)
        )
        judges_last = (
            (
                not mentions
                and (len(topic) <= 2 or (judged and len(topic) <= 4) or _judges_first(said))
                and not JUDGING.isdisjoint(said)
                # "it is good salary or no?": pay judged, not asked ("what pay is good")
                and (
                    PAY_WORDS.isdisjoint(plain)
                    or any(a in JUDGING and b in PAY_WORDS for a, b in pairwise(said))
                )
                # "is it a good career?" after the pay judges the career, not the figure
                and not any(
                    a in JUDGING and _CAREER_WORDS.intersection(said[i + 1 : i + 3])
                    for i, a in enumerate(said)
                )
                and (
                    # "is that good?", "it is good salary or no?"
                    (("?" in text or said[0] in QUESTION_STARTS) and not _THAT.isdisjoint(said))
                    # "that's kinda low ngl", "seems low for a dangerous job", "hmm kinda mid"
                    or (said[0] not in QUESTION_LEADS and not JUDGED.isdisjoint(said))
                )
            )
            or (
                # "why?", "why that number", "why is it rated that way?"
                not mentions and bool(plain) and plain[0] == "why" and len(topic) <= 3
            )
        )
        if describing is not None and describing == told:
            described = told_work  # read once, above
        elif describing is not None and describing == done:
            described = done_work
        elif describing is not None:
            described = self.finder.described(words[slice(*describing)])
        else:
            described = None
        compared = _without_tell_more(plain)  # "tell me more about X" compares nothing
        # "Former retail store manager here. What careers can I get into?": the user's own job
        # (and the field the family works in) names no field of careers asked for
        worked = _worked_in(words)
        ranking_words = [
            # (the field worked in left as a gap: "works at a car plant" likes no cars)
            _GAP if i in worked else w
            for i, w in enumerate(words)
            if w != BREAK and i not in own_words
        ]
        return Reading(
            text=text,
            words=words,
            mentions=mentions,
            unknown=unknown,
            employer=self.finder.employer(words, mentions),
            described=described,
            undescribed=describing is not None
            and (described is None or not described.candidates)
            # not "an introverted person who likes puzzles": the user, not a job
            and not _about_a_person(words[describing[0] : describing[1]]),
            intents=intents,
            ranked=ranked,
            learned=learned,
            place=place,
            own_job=own_job,
            own_pay=own_pay,
            # (only careers weighed as options: "torn between", "deciding", "or"; not the
            # family's jobs around a question)
            story=_weighed(story, mentions, words),
            own_careers=tuple(m.socs[0] for m in selves if len(m.socs) == 1),
            refers_back=not REFERRING.isdisjoint(plain),
            judges_last=judges_last,
            pairs=self._pairs(words, mentions, intents),
            wants_both=not mentions
            and (
                asks_both(plain)
                # "which is cheapest to get into": a cost, compared among the careers only
                or (
                    not {"which", "who"}.isdisjoint(plain)
                    and not (COMPARATIVE | COSTLIER | QUICKER).isdisjoint(plain)
                )
            ),
            compares=self._compares(words, mentions),
            pay_comparison=not PAY_WORDS.isdisjoint(plain)
            and not MORE_OR_LESS.isdisjoint(compared),
            comparative=not COMPARATIVE.isdisjoint(compared),
            number=number,
            reaction="?" not in text and bool(plain) and set(plain) <= REACTION_WORDS,
            exclaims=not mentions and not place.positions and reacts(plain, text),
            touches=rankings.limited(plain, self._limits, cued=False),
            aspires=any(
                not ASPIRING.isdisjoint(words[max(0, m.start - 3) : m.start]) for m in mentions
            ),
            picks_a_school=_picks_a_school(words),
            ranks_states=_ranks_states(plain),
            same_again=any(
                word == "same" and after not in NOT_AGAIN for word, after in pairwise([*plain, ""])
            ),
            switches=_switches(self._beside_the_name(words, place, negated), mentions),
            adds_another=_adds_another(words, mentions),
            keyed=keyed,
            keyed_order=keyed_order,
            asks=any(part.question_mark for part in parts),
            defines=self.terms.asked(
                [w for w in words if w != BREAK],
                bool(mentions),
                in_talk=bool(recent or offered or discussed),
            ),
            starting_out=_starting_out([w for w in words if w != BREAK]),
            late_start=[s.intent for s in intents[:1]] == ["overview"]
            and late_start([w for i, w in enumerate(words) if i not in taken]),
            in_spanish=_in_spanish(words),
            # ("the people who do your taxes": the work described, no tax question)
            outside=self._outside_matter(
                words,
                taken | place.positions | (set(range(*describing)) if describing else set()),
                questions_at,
            ),
            story_told=describing is not None and describing == told,
            situation=situation(words, taken),
            other_end=_other_end([w for w in words if w != BREAK]),
            ranking=rankings.ask(ranking_words, self._areas, self._interests, self._limits),
            ranking_words=ranking_words,
            points_to=None if mentions else _points_to(plain),
            topic_words=topic,
            content_words=[w for w in words if w not in FILLER and w != BREAK],
        )

    def _intents(
        self,
        words: list[str],
        focus: frozenset[int],
        taken: set[int],
        own: set[int],
        mentions: list[Mention],
        place: Place,
        job_named: bool,
        meant: bool,
        following: bool = False,
    ) -> tuple[list[IntentScore], list[IntentScore], list[IntentScore]]:
        """What the words at `focus` positions ask (names, places and the user's own job left
        out): the intents asked, every intent ranked (nearest phrasing), and the learned
        model's ranking where the message is unsure (else empty)."""
        asking = [
            w
            for i, w in enumerate(words)
            if i in focus and i not in taken and i not in place.positions
        ]
        plain = [word for word in asking if word != BREAK]
        topic = [word for word in plain if word not in FILLER]
        if len(topic) > 1 and self.classifier.keyword_intents(plain[:1]) == ["greeting"]:
            # "yo whats a dental hygienist make": the greeting opens the question, and the
            # phrasing nearest "yo whats ..." is a greeting
            plain, topic = plain[1:], topic[1:]
        if plain[:1] and plain[0] in THANKING and len(topic) > 2:
            # "thanks but what do nurses make": thanks, then the question, which is answered;
            # "thx! one more: what careers are good for artsy kids": with no career named,
            # where a question opens the rest
            rest = (
                list(dropwhile(lambda w: w in THANKS_OPENING, plain))
                if mentions
                else _asked_after_thanks(plain)
            )
            if mentions or rest:
                plain, topic = rest, [word for word in rest if word not in FILLER]
        corrected = _i_meant(plain)
        if corrected is not None and not self.classifier.keyed(plain[corrected + 1 :]):
            corrected = None  # "how much does a ups driver make jk i mean delivery drivers"
        if corrected is not None:
            # "not pay, I meant the outlook", "no i meant outlook": what is meant is the question
            plain = plain[corrected + 1 :]
            topic = [word for word in plain if word not in FILLER]
        opening = question_opening(plain)
        if opening:
            # "lol ok what do they do": the reaction opens the question, which it outweighs
            plain = plain[opening:]
            topic = [word for word in plain if word not in FILLER]
        ranked = self.classifier.scores(plain)
        keyed = self.classifier.keyed(plain)
        intents = self._asked(plain, asking, ranked, bool(mentions))
        if (
            mentions
            and not topic
            and not {"one", "ones"}.isdisjoint(plain)
            and not _how_much_is_it(plain)
        ):
            # "what about the hvac one": a career picked, nothing asked (the nearest phrasing
            # is "what about the downsides")
            intents = []
        if [s.intent for s in intents] == ["employment"] and not TREND.isdisjoint(plain):
            # "is the number of library tech jobs going up or down": where the count is heading
            intents = [IntentScore("outlook", intents[0].score)]
        if not intents and _sides(plain):
            # "can you give us three pros for the video?", "and a couple of cons"
            intents = [IntentScore(_sides(plain)[0], 90.0)]
        if not mentions and tuple(plain[:2]) in _TO_THE_BOT and set(topic) <= _A_BOT:
            # "are u chatgpt", "is this an ai": about careerbot itself, not a career's AI risk
            intents = [IntentScore(FALLBACK, 90.0)]
        if not intents and any(_searched(words, mention) for mention in mentions):
            # "any careers with 'therapist'?": a search for a word, not a question about it
            intents = [IntentScore("list_occupations", 90.0)]
        if not intents and mentions and _names_an_amount(plain):
            # "electricians in dallas clear 70k, is that true?": a sum of money is about pay
            intents = [IntentScore("salary", self.answer_threshold)]
        learned: list[IntentScore] = []
        if self.learned is not None:  # experimental: see LearnedHook
            # The user's own job ("I am a school counselor") is no part of the question.
            heard = [BREAK if i in own or i not in focus else w for i, w in enumerate(words)]
            if corrected is not None:  # "not pay, I meant the outlook": from what is meant on
                said = _i_meant(words) or 0
                heard = [BREAK if i <= said else w for i, w in enumerate(heard)]
            masked = self.mask(heard, mentions, place)
            intents = self.learned.revise(masked, intents, topic, meant, keyed, following)
            unsure = not intents or (intents[0].intent == FALLBACK and job_named)
            if unsure and topic and self.learned.model is not None:
                # The policy may still act on the model's guess where the conversation supplies
                # the career ("need a license for this?"), or weigh it against a fallback read
                # where a career is named ("pros and cons of library tech work").
                learned = self.learned.model.scores(masked, 3)
            elif not intents and not topic and following and self.learned.model is not None:
                # "what does that job do" after a career: filler words only, which the model
                # reads all but surely ("and the other one?" it does not)
                best = self.learned.model.scores(masked, 1)[0]
                if best.intent not in self.general and best.score >= _SURE_OF_FILLER:
                    intents = [best]
        if not intents and mentions and keyed - self.general == {"automation"}:
            # "an animator. ... is that something AI is going to take over?": the story drowns
            # the question, but AI is said and a career named. (Only AI: "school" or "part
            # time" in a story is no question about training or hours.)
            intents = [IntentScore("automation", self.answer_threshold)]
        if (
            not intents
            and len(mentions) == 1
            and len(words) >= STORY_WORDS
            and (beside := self._keyed_beside(words, mentions[0], taken))
        ):
            # "... She asked me to find out what that kind of library clerk job pays in
            # Minnesota ...": the story drowns the question, but the clause naming the career
            # says one thing of it
            intents = [IntentScore(beside, self.answer_threshold)]
        if [s.intent for s in intents] in _TIME_TO_TRAIN_OVER and (
            _how_many_of(plain) in _SPANS | {"time"}
        ):
            # "how many years total to be a lawyer": time to train, not a count of jobs (after
            # the learned model, which reads "how many" as a count); "how much years study for
            # orthodontist" neither pay
            intents = [IntentScore("education", intents[0].score)]
        elif [s.intent for s in intents] == ["work_life_balance", "education"] and (
            _how_many_of(plain) == "time"
        ):
            intents = intents[1:]  # "how much time and school": the time is the training's
        elif [s.intent for s in intents] == ["employment"] and "opening" in plain:
            # "how many job openings for nurses": BLS projects openings a year, in the outlook
            intents = [IntentScore("outlook", intents[0].score)]
        # After the learned model, which reads the story around it as an overview.
        side = _side_asked(asking) if mentions or following else None
        if side is not None and (not intents or intents[0].intent in _SIDE_OVER):
            # "whats good about being an elevator mechanic, heard they make bank"
            intents = [IntentScore(side, self.answer_threshold)]
        unsure = not intents or intents[0].intent in _AGE_OVER
        if (mentions or following) and _hard_to_get_into(plain):
            # "is it hard to get into" (after a career): getting in, however near "is it hard
            # to get hired" (outlook) or "how hard is it to get into harvard" reads
            intents = [IntentScore("education", max([self.answer_threshold, *_scores(intents)]))]
        elif (mentions or following) and unsure and _at_an_age(plain):
            # "can u be an emt at 18": old enough to start is a question of getting in
            intents = [IntentScore("education", self.answer_threshold)]
        elif (mentions or following) and _scores(intents) == [] and _too_old(asking):
            # "Am I too old to start this at 45?": whether the career is worth it, which the
            # overview answers (training, pay, outlook); no question about the user's own job
            intents = [IntentScore("overview", self.answer_threshold)]
        elif (
            (mentions or following)
            and late_start(asking)
            and (not intents or intents[0].intent in LATE_START_OVER)
        ):
            # "culinary school at 40 to become a chef, worth it?": whether the move is worth
            # it, though the story speaks of school or hours
            intents = [IntentScore("overview", max([self.answer_threshold, *_scores(intents)]))]
        if mentions and _against_ai(plain):
            # "ai vs library tech who wins": whether AI takes the job
            intents = [IntentScore("automation", self.answer_threshold)]
        wise = _topic_wise(plain)
        if wise is not None and (mentions or following):
            # "where do actuaries fit in, growth-wise": the topic said, over any other reading
            intents = [
                IntentScore(wise, max([s.score for s in intents[:1]] + [self.answer_threshold]))
            ]
        weak = intents[:1] and intents[0].intent in _PAY_OVER and (mentions or following)
        long_names = _long_names(mentions)  # (a word of one is no licence: "certified ...")
        # ("i want to work in nursing, what do they make": the clause that asks)
        if (
            (mentions or following)
            and any(_what_they_make(c) for c in clauses_of(asking))
            and "salary" not in {s.intent for s in intents}  # (asked with others: kept)
        ):
            # "What do chefs actually make?": pay, though "what do chefs actually do" is near
            intents = [IntentScore("salary", max([*_scores(intents), 90.0]))]
        elif (
            (mentions or following)
            and (not intents or intents[0].intent in self.general | {"overview"})
            and _what_they_do(plain)
        ):
            # "can you explain what an occupational therapist does in simple terms"
            intents = [IntentScore("duties", max([*_scores(intents), self.answer_threshold]))]
        elif (mentions or following) and _contains(plain, ("job", "market")):
            # "whats the job market like for it" ("job" is a filler word, so no keyword)
            intents = [IntentScore("outlook", max([*_scores(intents), self.answer_threshold]))]
        elif (mentions or following) and _why_the_pay(plain):
            intents = [IntentScore("salary", max([*_scores(intents), self.answer_threshold]))]
        elif (mentions or following) and not intents and _how_much_is_it(plain):
            intents = [IntentScore("salary", self.answer_threshold)]
        elif (
            (mentions or following)
            and not intents
            and len(topic) <= _LICENCE_WORDS
            and not LICENSING.isdisjoint(
                w for i, w in enumerate(words) if i in focus and i not in long_names
            )
        ):
            # "accountant need CPA?" (a CPA is also a name for accountants): a licence, which
            # is part of getting in ("the pay once he's licensed" asks the pay)
            intents = [IntentScore("education", self.answer_threshold)]
        elif (weak or (not intents and mentions)) and _says_pay(plain):
            # "is it worth it pay wise", "library assistants dont make much. is that true?"
            score = max([s.score for s in intents[:1]] + [self.answer_threshold])
            intents = [IntentScore("salary", score)]
        if (
            "related" in keyed
            and not _SIMILAR.isdisjoint(plain)  # not "what is that career like overall"
            and (following or mentions)
            and not _CAREER_WORDS.isdisjoint(plain)
            and (not intents or intents[0].intent in _WEAK_FOR_RELATED)
        ):
            # "ok cool what are some similar jobs", "what kinds of similar jobs might suit him":
            # careers like the one discussed, said in so many words
            intents = [IntentScore("related", self.answer_threshold)]
        elif (
            (mentions or own)
            and (years_at_it(words) or bool(own))
            and asks_close(plain)
            and (not intents or intents[0].intent != "related")
        ):
            # "trucker 26 yrs, my back and knees are finished. what else can a driver do":
            # the user's own work, and careers close to it
            intents = [IntentScore("related", self.answer_threshold)]
        elif (
            # ("Are there other trades like it that take less time": the career discussed)
            (mentions or (following and "like" in plain))
            and any(a == "other" and b in _CAREER_WORDS for a, b in pairwise(plain))
            # "what other jobs can a nurse do" reads like the nurse's duties
            and (
                not intents
                or intents[0].intent in _WEAK_FOR_RELATED | {"duties", "education", "skills"}
            )
        ):
            # "which other jobs I can do with civil engineering degree"
            intents = [IntentScore("related", self.answer_threshold)]
        if following and _where_from(plain):
            # "where is that info from", "where did you get that number": the answer's source
            # (the nearest phrasing may be "where is my package from target")
            intents = [IntentScore("source", max([*_scores(intents), 90.0]))]
        if (
            [s.intent for s in intents] == ["source"]
            and following
            and not TREND.isdisjoint(plain)
            and not MOVING.isdisjoint(plain)
        ):
            # "is that number going up" after a count: where it is heading, not its source
            # ("are these numbers made up" stays a question about the source)
            intents = [IntentScore("outlook", intents[0].score)]
        return intents, ranked, learned

    def _with_recent_head(self, words: list[str], recent: Sequence[str]) -> list[Mention]:
        """ "mechanical?", "ok how about high school", "diesel any better?", "vs mechanical": a
        word or two that, with the last career's head noun ("engineer", "teacher", "mechanic"),
        name another."""
        kept = [
            i
            for i, w in enumerate(words)
            if w != BREAK
            and w not in FILLER
            and w not in SWITCH_WORDS
            and w not in OTHER_THAN
            and w not in _VERSUS
            and w not in _SAME_PLACE  # "and mechanical in the same state"
        ]
        if not 1 <= len(kept) <= 2 or kept[-1] - kept[0] != len(kept) - 1:
            # "no sorry i mean the dental one, who make the teeth": the words of "the … one"
            pointed = _pointed_modifier(words)
            if pointed is None:
                return []
            kept = list(range(*pointed))
        said = [words[i] for i in kept]
        if set(said) <= JUDGING or self.classifier.keyword_intents(said):
            return []  # "is that a lot?", "which is safer from ai": a question, not a name
        if not _PAY_UNITS.isdisjoint(said):
            return []  # "whats that an hour" (after library assistants) is no "HR assistant"
        if not POINTERS.isdisjoint(said):
            return []  # "the first one" points to a career discussed ("first assistant" is none)
        if not _ABOUT_THE_ANSWER.isdisjoint(said):
            return []  # "where is that info from": the answer's, not an "information assistant"
        # the last career's head noun first: "add mri to that" after sonographers and x-ray
        # technicians is an MRI technician
        for head in dict.fromkeys(self._heads[soc] for soc in recent if soc in self._heads):
            found = self.finder.meaning(" ".join([*(words[i] for i in kept), head]))
            if found is not None and len(found.socs) == 1 and found.socs[0] not in recent:
                return [replace(found, start=kept[0], end=kept[-1] + 1)]
        return []

    def _repairers(self, words: list[str], found: list[Mention]) -> list[Mention]:
        """ "escalator repair tech", "computer repair guy", "is watch repair still a job": what
        is repaired, said before "repair", "mechanic" or "installer", names the one occupation
        whose official title has both (Elevator and Escalator Installers and Repairers). It
        replaces a generic name found for the words after it ("repair tech": automotive)."""
        for at in range(1, len(words)):
            stem = _REPAIR_STEMS.get(words[at])
            thing = words[at - 1]
            if stem is None or thing in FILLER or len(thing) < 4 or not thing.isalpha():
                continue
            if any(m.start <= at - 1 < m.end for m in found):
                continue  # "auto mechanic", "elevator mechanic": named already
            owners = self._repaired.get((thing, stem), [])
            if len(owners) != 1:
                continue
            end = at + 1 + (at + 1 < len(words) and words[at + 1] in _REPAIR_TAILS)
            kept = [m for m in found if m.end <= at - 1 or m.start >= end]
            return sorted([*kept, Mention(at - 1, end, (owners[0],), how="title", score=90.0)],
                          key=lambda m: m.start)  # fmt: skip
        return found

    def _one_of_recent(self, words: list[str], recent: Sequence[str]) -> list[Mention]:
        """ "the technician job", "the assistant route", "the security one", "balance for
        agents", "diesel pay in wyoming?": a word of one of the careers just discussed (and of
        no other), said as "the … one/job/route", after "for"/"about" or first; "corrections"
        for Correctional Officers (a word of six letters or more that starts a title word)."""
        titles = {soc: self._pointing_words.get(soc, frozenset()) for soc in recent}
        first = next((i for i, w in enumerate(words) if w != BREAK), -1)
        for i, word in enumerate(words):
            if word in FILLER or word == BREAK:
                continue
            before = words[i - 1] if i else ""
            after = words[i + 1] if i + 1 < len(words) else ""
            if before not in _BEFORE_ONE and after not in POINTING_NOUNS and i != first:
                continue
            owners = [
                soc
                for soc, title in titles.items()
                if word in title
                or (len(word) >= PREFIX_WORD and any(t.startswith(word) for t in title))
            ]
            if len(owners) == 1:  # the pointing noun is part of the name, not the question
                end = i + 2 if after in POINTING_NOUNS else i + 1
                return [Mention(i, end, (owners[0],), how="offered")]
        return []

    def _offered_name(self, words: list[str], offered: Sequence[str]) -> list[Mention]:
        """ "high school", "the mechanical one", "secondary": a word or three that name one of
        the options just offered, with the options' head noun ("teacher", "engineer") or by
        the words of its official title alone."""
        kept = [
            i
            for i, w in enumerate(words)
            if w != BREAK and w not in FILLER and w not in SWITCH_WORDS and w not in OTHER_THAN
        ]
        if not 1 <= len(kept) <= OFFERED_NAME_WORDS or kept[-1] - kept[0] != len(kept) - 1:
            pointed = _pointed_modifier(words)  # "the aerospace one, how much"
            if pointed is None:
                return []
            kept = list(range(*pointed))
        said = [words[i] for i in kept]
        if not ORDINALS.keys().isdisjoint(said):
            return []  # "the first one" is a number, not "First-Line Supervisors"
        # The options' head nouns, the commonest first: after a list of engineering jobs,
        # "aerospace" is Aerospace Engineers, not the one Aerospace Engineering Technologist
        heads = Counter(self._heads[soc] for soc in offered if soc in self._heads)
        meant: set[str] = set()
        for head, _ in heads.most_common():
            found = self.finder.meaning(" ".join([*said, head]))
            meant = {soc for soc in (found.socs if found else ()) if soc in offered}
            if meant:
                break
        # "secondary", "middle school": words of one option's title (not "what education": a
        # question's keyword, though "Career/Technical Education" is in one title)
        if not meant and not self.classifier.keyword_intents(said):
            meant = {soc for soc in offered if set(said) <= self.title_words.get(soc, set())}
        if len(meant) != 1:
            return []
        return [Mention(kept[0], kept[-1] + 1, (meant.pop(),), how="offered")]

    def _settled_by_setting(self, words: list[str], mentions: list[Mention]) -> list[Mention]:
        """A name with several meanings, settled by a word around it that only one meaning's
        official title has: "special ed teacher in an elementary school" -> Kindergarten and
        Elementary School; "social worker in a hospital" -> Healthcare Social Workers."""
        named = {i for m in mentions for i in range(m.start, m.end)}
        around = {SETTING_WORDS.get(w, w) for i, w in enumerate(words) if i not in named}
        settled: list[Mention] = []
        for mention in mentions:
            options = (*mention.socs, *mention.alternatives)
            if len(options) > 1:
                mention = _settled(mention, self._own_words_meet(options, around))
            settled.append(mention)
        return settled

    def _pairs(
        self, words: list[str], mentions: list[Mention], intents: list[IntentScore]
    ) -> tuple[tuple[str, str], ...]:
        """Each question paired with the career its own clause names ("what does an actuary
        do, whats the outlook for electricians, and how much do paralegals make"): the clauses
        (cut at punctuation and "and") that name one career each, each clause's likeliest
        question among those the message asks (nearest phrasing, the name left out). Empty
        unless every clause that names a career asks one, and two questions differ."""
        asked = [score.intent for score in intents if score.intent in self._career_intents]
        named = [m for m in mentions if len(m.socs) == 1]
        if len(asked) < 2 or len(named) < 2 or len(named) != len(mentions):
            return ()
        pairs: list[tuple[str, str]] = []
        for start, end in clause_spans(words):
            inside = [m for m in named if start <= m.start < end]
            if len(inside) > 1:
                return ()  # "what do actuaries and electricians make": one question, both
            if inside:
                taken = set(range(inside[0].start, inside[0].end))
                clause = [w for i, w in enumerate(words[start:end], start) if i not in taken]
                ranked = [r.intent for r in self.classifier.scores(clause) if r.intent in asked]
                if not ranked:
                    return ()
                pairs.append((ranked[0], inside[0].socs[0]))
        socs = [soc for _, soc in pairs]
        if len(pairs) < 2 or len(set(socs)) != len(socs) or len({i for i, _ in pairs}) < 2:
            return ()
        return tuple(pairs)

    def _settled_by_description(self, words: list[str], mentions: list[Mention]) -> list[Mention]:
        """A name with several meanings, settled by the clause that describes it: "the doctor
        who puts you to sleep before surgery" -> Anesthesiologists, "the doctor for your feet"
        -> Podiatrists. The clause is looked up as a described job (O*NET tasks); its likely
        answer is taken where it is one of the name's meanings or in the same SOC minor group
        as one (anesthesiologists are physicians, 29-12xx; the major group after "for"), else
        the meaning the clause fits far best; none when two fit alike ("the cable guy who sets
        up your internet": both telecom installers, still asked)."""
        settled: list[Mention] = []
        for mention in mentions:
            after = words[mention.end : mention.end + 1]
            relative = bool(after) and after[0] in _DESCRIBING_RELATIVES
            if len(mention.socs) > 1 and (relative or (after and after[0] in _DESCRIBING_FOR)):
                clause = words[mention.end + 1 : clause_end(words, mention.end + 1)]
                index = self.finder.warm()
                result = index.find(["people", "who", *clause])
                options = (*mention.socs, *mention.alternatives)
                # "who ...": the same minor group ("29-12", physicians); "for ...": the same
                # major group (podiatrists, 29-10, are doctors "for your feet")
                size = 5 if relative else 2
                groups = {soc[:size] for soc in options}
                leader = result.candidates[0].soc if result is not None else ""
                if not (result is not None and result.likely and leader[:size] in groups):
                    # else the meaning the clause fits far best ("sets up your internet")
                    fits = sorted(index.scores(clause, options).items(), key=lambda p: -p[1])
                    leader = ""
                    if fits and fits[0][1] >= MIN_SIMILARITY * 100:
                        second = fits[1][1] if len(fits) > 1 else 0.0
                        leader = fits[0][0] if fits[0][1] >= LEAD * second else ""
                if leader:
                    mention = replace(
                        mention,
                        socs=(leader,),
                        alternatives=tuple(s for s in options if s != leader),
                    )
            settled.append(mention)
        return settled

    def _own_words_meet(self, options: Sequence[str], said: Iterable[str]) -> list[str]:
        """The meanings whose official title has a word that no other meaning's title has
        among `said` (folded words)."""
        titles = {soc: self.title_words.get(soc, frozenset()) for soc in options}
        heard = frozenset(said) - FILLER
        return [
            soc
            for soc in options
            if titles[soc].difference(*(titles[o] for o in options if o != soc)) & heard
        ]

    def _head_with_a_word(self, words: list[str], own: set[int]) -> list[Mention]:
        """A job word too general to name a job alone that makes one name with a workplace
        said in the message: "are libraries still hiring technicians" -> Library Technicians
        (only where that one name is found)."""
        # not the user's own job ("I'm a school counselor", "my library assistant job")
        plain = [
            (i, w)
            for i, w in enumerate(words)
            if w != BREAK and w not in FILLER and i not in own and words[i - 1] not in OWNERS
        ]
        places = [w for _, w in plain if w in WORKPLACES]
        found: dict[str, int] = {}
        for at, head in plain:
            if head not in HEAD_WORDS:
                continue
            for word in places:
                meant = self.finder.meaning(f"{word} {head}")
                if meant is not None and len(meant.socs) == 1:
                    found.setdefault(meant.socs[0], at)
        if len(found) != 1:
            return []
        soc, at = found.popitem()
        return [Mention(at, at + 1, (soc,), how="field", score=SCORES["field"])]

    def _settled_by_talk(
        self, words: list[str], mentions: list[Mention], talked_of: Sequence[str]
    ) -> list[Mention]:
        """A name with several meanings, settled by the careers talked about: "the worst parts
        of being a professor" after English professors means them; "work life balance for
        agents" after real estate agents means them (one word of the latest career's title);
        "what about brokers" after real estate agents means Real Estate Brokers (a title word
        only that meaning shares with the latest career's)."""
        if not talked_of:
            return mentions
        talked_words = self.title_words.get(talked_of[0], frozenset())  # the latest career
        contrasted = not SET_AGAINST.isdisjoint(words)
        settled: list[Mention] = []
        for mention in mentions:
            options = (*mention.socs, *mention.alternatives)
            if len(options) > 1:
                # Only a name still to be asked about takes the meaning talked of, or one word
                # of the latest career's title: "how is that different from a regular nurse"
                # after NPs contrasts them.
                fits = [soc for soc in mention.socs if soc in talked_of and len(mention.socs) > 1]
                said = words[mention.start : mention.end]
                if (
                    not fits
                    and not contrasted
                    and talked_of[0] in options
                    and len(said) == 1
                    and said[0] in talked_words
                ):
                    fits = [talked_of[0]]
                if not fits and talked_of[0] not in options:
                    fits = self._own_words_meet(options, talked_words)
                mention = _settled(mention, fits)
            settled.append(mention)
        return settled

    def _greets_and_asks_nothing(self, parts: list[Sentence], words: list[str]) -> bool:
        """The message opens with a greeting and no sentence asks anything."""
        opening = [w for w in words if w != BREAK][:2]
        greeting = any(
            "greeting" in (self.classifier.keyword_intents(opening[:n]) or []) for n in (1, 2)
        )
        if not parts or not greeting:
            return False
        for part in parts:
            said = [w for w in part.words if w not in GREETING_WORDS]
            if (
                part.question_mark
                # ("my grandson Michael, who is seventeen": "who" tells of him mid-sentence)
                or not (ASKING_ANYWHERE - {"who"}).isdisjoint(said)
                or (said and said[0] in QUESTION_LEADS)
            ):
                return False  # "yo can u do my math hw": a request all the same
        return True  # ("This is Mr. Alvarez" asks nothing: "is" asks only opening a sentence)

    def _outside_matter(
        self, words: list[str], taken: Set[int], questions_at: Set[int]
    ) -> str | None:
        """The kind of matter outside the data (cues.outside_topic: "immigration", "health"...)
        that the question asks about, when no other clause of the question asks about a career: "can
        my son be a cop with daca" does; "What does that pay? And will it reduce her Social
        Security?" asks the pay as well, and "I just got my green card. What do chemical
        engineers make?" tells it in the story only."""
        found = outside_topic(words, taken)
        if found is None or found[1] not in questions_at:
            return None
        kind, at = found
        for start, end in clause_spans(words):
            if start <= at < end or start not in questions_at:
                continue
            clause = [w for i, w in enumerate(words[start:end], start) if i not in taken]
            if clause and self._asks(clause) and self._asks_a_career_question(clause):
                return None
        return kind

    def _asks_a_career_question(self, clause: list[str]) -> bool:
        """Whether a clause asks something an occupation's figures answer: a bare question,
        an intent's keywords, or a sure reading of a career intent."""
        bare = bare_question(clause)
        said = [bare] if bare else self.classifier.keyword_intents(clause) or []
        if set(said) - SOCIAL - {FALLBACK}:
            return True
        ranked = self.classifier.scores(clause)
        return (
            bool(ranked)
            and ranked[0].intent not in SOCIAL | {FALLBACK}
            and (ranked[0].score >= self.answer_threshold)
        )

    @staticmethod
    def _sentence_spans(parts: list[Sentence]) -> list[tuple[int, int, bool]]:
        """Each sentence's (start, end) positions in the message's words, and whether it asks:
        it ends with "?" or opens like a question ("what", "could you", "tell me")."""
        spans: list[tuple[int, int, bool]] = []
        at = 0
        for part in parts:
            first = next((w for w in part.words if w not in GREETING_WORDS), "")
            spans.append((at, at + len(part.words), part.question_mark or first in QUESTION_LEADS))
            at += len(part.words)
        return spans

    @staticmethod
    def _question_sentences(spans: list[tuple[int, int, bool]], words: list[str]) -> frozenset[int]:
        """Positions of the words of the sentences that ask (`spans`, as `_sentence_spans`
        gives them), where a message tells a story around them; every position otherwise."""
        everything = frozenset(range(len(words)))
        if len(spans) < 2 or all(asks for *_, asks in spans) or not any(a for *_, a in spans):
            return everything
        return frozenset(i for start, end, asks in spans if asks for i in range(start, end))

    @staticmethod
    def _beside_the_name(words: list[str], place: Place, negated: list[Mention]) -> list[str]:
        """`words` with the place named and a career said not to be meant blanked out ("no
        wait i meant LPN in texas not RN" reads "no wait i meant LPN"), for `_switches`."""
        blank = set(place.positions) | {i for m in negated for i in range(m.start, m.end)}
        blank |= {i - 1 for i in blank if i > 0 and words[i - 1] in {"in", "not"}}
        return ["the" if i in blank else word for i, word in enumerate(words)]

    def _keyed_beside(self, words: list[str], mention: Mention, taken: set[int]) -> str | None:
        """The one career intent whose keyword the clause naming `mention` says, the names
        (`taken` positions) left out ("what that kind of library clerk job pays in Minnesota":
        salary; "school" in "school bus" says nothing), or None for none or several."""
        for start, end in clause_spans(words):
            if start <= mention.start < end:
                said = [words[i] for i in range(start, end) if i not in taken]
                keyed = set(self.classifier.keyed_in_order(said))
                # (not education: "going back to school", "after graduation" tell the story)
                keyed -= SOCIAL | {FALLBACK, "education"} | self.general
                return next(iter(keyed)) if len(keyed) == 1 else None
        return None

    @staticmethod
    def _about_self(words: list[str], mention: Mention) -> bool:
        before = tuple(words[max(0, mention.start - 6) : mention.start])
        if years_at_it(list(before[-2:])):
            return True  # "i have 30 years carpenter", "been doing warehouse work"
        if years_at_it(list(before[-4:-2])) and before[-2:-1] == ("as",):
            return True  # "after 8 years as a mechanic"
        after = words[mention.end : mention.end + 3]
        # "Former retail store manager here", "retired cop here, ...", "ex nurse, now ...": a
        # sentence that opens on the user's past job ("Library assistant here in US" may be
        # the job asked about)
        if before[-1:] and before[-1] in _FORMERLY and before[-2:-1] in ((), (BREAK,)):
            return True
        if before[-2:] in (("been", "in"), ("been", "a"), ("been", "an")):
            # "im 47, been in retail management for 22 yrs", "been in retail 12 years"
            return years_at_it(after[1:] if after[:1] == ["for"] else after[:2])
        if (not before or before[-1] == BREAK) and after[:1] in (["for"], [BREAK]):
            # "RN for 9 yrs in Tucson.", "High school english teacher, 14 years.": a sentence
            # that opens on the user's job and how long they have done it
            return years_at_it(after[1:])
        # "I'm Ms. Alvarez, a counselor", "this is Dr. Kim, an RN": the writer, introduced by
        # title and name
        if before[-1:] in (("a",), ("an",)) and any(
            word in HONORIFICS and before[max(0, at - len(intro)) : at] == intro
            for at, word in enumerate(before)
            for intro in INTRODUCING
        ):
            return True
        # "I'm 41 and work as a paralegal", "I'm 44 and have been a truck driver": the
        # sentence opens on the user ("my husband is 40 and works as a plumber" does not)
        opening = before[len(before) - before[::-1].index(BREAK) :] if BREAK in before else before
        if (
            before[-4:] in _AND_SELF
            and opening[:1] in (("im",), ("i",))
            and (BREAK in before or len(words[: mention.start]) <= len(before))
        ):
            return True
        # "I'm a middle school counselor", "im a retired cop": one word may come between
        # after an article ("I was thinking nursing" is no nurse)
        skipped = before[:-1] if before[-1:] != (BREAK,) else None
        for said in (before, skipped):
            for phrase in SELF if said is before else SELF_WITH_ARTICLE:
                if said is not None and said[-len(phrase) :] == phrase:
                    # "how long till im an aircraft mechanic", "can I work as a massage
                    # therapist?": the job to be, not the user's own
                    ahead = said[: -len(phrase)]
                    return not (ahead and ahead[-1] in FUTURE_WORDS | _MAY_I)
        return False

    @staticmethod
    def _compares(words: list[str], mentions: list[Mention]) -> bool:
        """Two careers named as a comparison ("nurse vs teacher", "pay for nurses and teachers"),
        not one in passing ("the librarian suggested she look into library technician")."""
        if len(mentions) < 2:
            return False
        if not COMPARE_SIGNALS.isdisjoint(words):
            return True
        if not {"better", "safer", "worse"}.isdisjoint(words):
            return True  # "thinking cop but my dad says firefighter is the better job"
        if any(a == "which" and b in _CAREER_WORDS for a, b in pairwise(words)) and (
            "more" in words or "most" in words
        ):
            return True  # "... nursing but i want computer science. which career pays more"
        which_of = any(
            a == "which" and b == "of" and c in {"those", "these", "them", "the"}
            for a, b, c in zip(words, words[1:], words[2:], strict=False)
        )
        if which_of and not {"more", "most", "better", "less", "least"}.isdisjoint(words):
            return True  # "one wants car mechanic, the other ... Which of those earns more?"
        # ... not one job said again: "truck driver job, big truck with trailer"
        between = [words[a.end : b.start] for a, b in pairwise(mentions) if a.socs != b.socs]
        return any(len(gap) <= 3 and not JOINING.isdisjoint(gap) for gap in between)

    def _asked(
        self, plain: list[str], rest: list[str], ranked: list[IntentScore], named_occupation: bool
    ) -> list[IntentScore]:
        bare = bare_question(plain)
        if bare == "help":  # "hi what can u do": the question, not the greeting
            return [IntentScore(bare, 100.0)]
        if (
            plain
            and plain[-1] in CLOSING_WORDS
            and len(plain) <= SHORT_CLOSING
            and set(plain[:-1]) <= REACTION_WORDS | CLOSING_WORDS | CLOSING_FILLER
        ):
            # "fine lol bye", "ok cool thanks", "ok bye, thanks": a few words that end the
            # conversation, each closing word's intent in the order said
            said = [
                intent
                for word in plain
                if word in CLOSING_WORDS
                for intent in (
                    ["thanks"] if word == "thank" else self.classifier.keyword_intents([word]) or []
                )
            ]
            return [IntentScore(i, 100.0) for i in dict.fromkeys(said)]
        if not named_occupation and _thanks_after_remark(rest):
            return [IntentScore("thanks", 90.0)]  # "ok that makes me feel better. thank you"
        keyword = self.classifier.keyword_intents(plain)
        if keyword:
            # "what does a library tech do and is it stressful": a bare question beside them.
            ordered = self._clause_intents(rest)
            if set(keyword) < set(ordered) and set(keyword).isdisjoint(SOCIAL):
                return [IntentScore(i, 100.0 if i not in keyword else 90.0) for i in ordered]
            return self._without_social([IntentScore(intent, 90.0) for intent in keyword])
        sides = _sides(plain)
        if len(sides) == 2:  # "pros and cons of library tech work", whatever else is said
            return [IntentScore(side, 100.0) for side in sides]
        if bare is not None:  # certain: no model second-guesses it
            return [IntentScore(bare, 100.0)]
        if not ranked:
            return []
        if named_occupation and plain and set(plain) <= SWITCH_WORDS | SWITCH_TAILS:
            return []  # "and what about actuaries?": a career alone, no question of its own
        confident = self._confident(ranked, named_occupation)
        keyed = self.classifier.keyed(plain) - SOCIAL - {FALLBACK}
        # "is a dental hygienist likely to be automated, and what's the outlook?": two questions
        # said by their keywords, though "likely" sounds like "which is more likely"
        two_said = ranked[0].intent == "compare" and "compare" not in keyed and len(keyed) > 1
        if (
            confident
            and ranked[0].intent in {"compare", "list_occupations", "fallback"}
            and not two_said
        ):
            return [ranked[0]]
        # "what do they make and what degree do they need": each clause can be clear even when
        # the whole message, diluted by the other, is not.
        asked: list[IntentScore] = []
        clauses = self._clauses(rest)
        for clause in clauses:
            if not self._asks(clause):
                continue  # "My daughter is considering law." tells, it does not ask
            bare = bare_question(clause)
            if bare is not None and bare not in {a.intent for a in asked}:
                asked.append(IntentScore(bare, 100.0))  # "what do they do and do u need college"
                continue
            clause_ranked = self.classifier.scores(clause)
            if clause_ranked and self._confident(clause_ranked, named_occupation):
                best = clause_ranked[0]
                keyed = self.classifier.keyed(clause) - SOCIAL - {FALLBACK}
                if len(keyed) == 1 and best.intent not in keyed:
                    # "what does an HVAC tech earn": the clause's keyword, not "what does … do"
                    best = IntentScore(next(iter(keyed)), best.score)
                if best.intent != "fallback" and best.intent not in {a.intent for a in asked}:
                    asked.append(best)
            elif len(keyed := self.classifier.keyed(clause[:1]) - SOCIAL - {FALLBACK}) == 1:
                # "future of welding careers and what do welders do": a clause that opens on
                # its keyword asks it, though too short for the model to be sure
                only = next(iter(keyed))
                if only not in {a.intent for a in asked}:
                    asked.append(
                        IntentScore(only, clause_ranked[0].score if clause_ranked else 0.0)
                    )
        topical = self._without_social(asked)
        closing = self.classifier.keyword_intents(clauses[-1]) if clauses else None
        if closing and set(closing) <= SOCIAL and (not topical or topical[0].intent in SOCIAL):
            # "ok makes sense. bye": the last words close the conversation ("thank you dear,
            # goodbye": with the thanks said before them).
            thanked = any(
                "thanks" in (self.classifier.keyword_intents(c) or []) or "thank" in c
                for c in clauses[:-1]
            )
            said = ["thanks"] * thanked + list(closing)
            return self._without_social([IntentScore(i, 100.0) for i in dict.fromkeys(said)])
        social = {score.intent for score in asked if score.intent in SOCIAL}
        only_social = not topical or topical[0].intent in SOCIAL
        if only_social and "help" in social and ranked[0].intent in SOCIAL:
            return [IntentScore("help", ranked[0].score)]  # "hi what can u do"
        if confident and ranked[0].intent in SOCIAL and topical and topical[0].intent not in SOCIAL:
            return topical  # "thank you. and what is the pay like?"
        if len(topical) > 1:
            # "im thinking about library tech, what degree do i need": the clause that only
            # names the career is no question of its own.
            return [score for score in topical if score.intent != "overview"] or topical
        if (
            named_occupation
            and len(topical) == 1
            and topical[0].intent not in SOCIAL
            and self.classifier.keyword_intents(clauses[-1]) == [topical[0].intent]
        ):
            # "I want to know job of sushi chef in America. Salary please.": a clause of
            # nothing but an intent's keyword asks it, however long the rest
            return topical
        return [ranked[0]] if confident else []

    def _clause_intents(self, rest: list[str]) -> list[str]:
        """Each clause's bare question or keywords, in the order asked."""
        found: list[str] = []
        for clause in self._clauses(rest):
            bare = bare_question(clause)
            for intent in [bare] if bare else self.classifier.keyword_intents(clause) or []:
                if intent not in found:
                    found.append(intent)
        return found

    def _confident(self, ranked: list[IntentScore], named_occupation: bool) -> bool:
        """Sure enough to answer: above the threshold or, when the message names a career,
        nearly so and far ahead of the rest (a long question dilutes every score, not the gap)."""
        top = ranked[0].score
        if top >= self.answer_threshold:
            return True
        runner_up = ranked[1].score if len(ranked) > 1 else 0.0
        return (
            named_occupation
            and top >= self.answer_threshold * NEAR
            and top >= runner_up * DOMINANCE
        )

    def _asks(self, clause: list[str]) -> bool:
        """Whether a clause asks something: it opens like a question ("is the pay worth it",
        "what degree..."), or is made of an intent's keywords ("pay", "growth outlook")."""
        if clause[0] in QUESTION_LEADS or self.classifier.keyword_intents(clause) is not None:
            return True
        # "automation risk": a few words, no one's story ("my son want to study pharmacy").
        topical = [word for word in clause if word not in FILLER]
        return len(topical) <= 2 and PEOPLE.isdisjoint(clause)

    @staticmethod
    def _clauses(words: list[str]) -> list[list[str]]:
        clauses: list[list[str]] = [[]]
        for word in words:
            if word in CONJUNCTIONS:
                clauses.append([])
            else:
                clauses[-1].append(word)
        return [
            clause
            for clause in clauses
            if any(w not in FILLER for w in clause) or bare_question(clause) is not None
        ]

    @staticmethod
    def _without_social(asked: list[IntentScore]) -> list[IntentScore]:
        topical = [score for score in asked if score.intent not in SOCIAL]
        # "thx, bye": the social intents in the order said
        return topical or asked
