"""Read one message: which occupations it names, which intents it asks, and how sure we are.

Pure and per-message; everything expensive (vocabulary, phrase table, inverted index) is built once
in `Matcher.__init__`.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise, takewhile

from careerbot.catalog import Catalog
from careerbot.understanding import rankings
from careerbot.understanding.classifier import (
    FALLBACK,
    OCCUPATION_TOKEN,
    STATE_TOKEN,
    LearnedIntents,
    mask_spans,
)
from careerbot.understanding.described import DescribedJobs
from careerbot.understanding.intents import FILLER, IntentClassifier, IntentScore
from careerbot.understanding.normalise import BREAK, Sentence, sentences, tokens, words_only
from careerbot.understanding.occupations import (
    CLIPPED,
    SCORES,
    Mention,
    OccupationFinder,
)
from careerbot.understanding.reading import Reading
from careerbot.understanding.spelling import Speller, english
from careerbot.understanding.states import Place, StateFinder

SOCIAL = frozenset({"greeting", "help", "thanks", "goodbye"})
CONJUNCTIONS = frozenset({"and", "also", "plus", "then", BREAK})
# "my paycheck", "my boss", "my pto": the user's own job, which careerbot does not know about.
OWN_JOB_WORDS = frozenset(
    """
    salary pay paycheck paycheque payday paystub check wage income job boss manager supervisor
    compensation earnings
    pto vacation w2 w 2 shift hour schedule raise bonus insurance benefit 401k deposit coworker
    employer company office meeting tax timesheet leave holiday sick
    """.split()
)
POSSESSIVE = frozenset({"my", "our"})
OWNERS = POSSESSIVE | {"his", "her", "their", "your"}
# A relative before a job name owns it ("my daughter's school librarian": the 's is dropped).
RELATIVES = frozenset(
    "daughter son kid child wife husband mom dad mother father brother sister friend cousin "
    "aunt uncle grandson granddaughter".split()
)
REFERRING = frozenset(
    {"they", "them", "their", "those", "these"}
)  # "it" is too often "is it raining"
# Words that point back to careers already discussed: "the two", "both of them".
BACK_REFERENCES = REFERRING | {"two", "both", "three", "either", "neither", "each"}
FIRST_PERSON = frozenset({"i", "im", "ive", "id", "me"})
# Workplace admin no career question needs: "how many hours of pto have i used".
WORKPLACE_WORDS = frozenset(
    {"pto", "w2", "401k", "payday", "paycheck", "paystub", "meeting", "holiday", "vacation",
     "timesheet", "deposit", "payroll", "calendar"}
)  # fmt: skip
# "how much do i make": about the user's own pay unless a career is named or being discussed.
PAY_WORDS = frozenset({"make", "earn", "paid", "pay", "salary", "income", "compensation", "wage",
                       "money"})  # fmt: skip
NEAR, DOMINANCE = 0.8, 1.5
# "is that good?", "is that a lot": a judgement of the last answer, about the same career.
JUDGING = frozenset({"good", "bad", "high", "low", "lot", "normal", "decent", "ok", "okay",
                     "alright", "fine", "worrying", "scary", "concerning", "average", "mid",
                     "fair", "expected", "drop", "cheap", "little", "great"})  # fmt: skip
_THAT = frozenset({"that", "this", "it"})
# A statement that judges the last answer: "that's kinda low", "seems fair", "kinda mid".
JUDGED = frozenset({"that", "this", "thats", "seems", "seem", "sounds", "kind", "pretty", "quite",
                    "very", "so"})  # fmt: skip
# "side by side", "which one earns more", "both": the careers already being discussed.
BOTH_PHRASES = (("side", "by", "side"), ("both",), ("the", "two"), ("compare", "them"),
                ("compare", "those"), ("versus", "each", "other"), ("of", "them"),
                ("difference", "between", "them"), ("one", "to", "the", "other"),
                ("between", "the", "two"), ("the", "2"))  # fmt: skip
# "which job is more stressful", "which is safer": "which" with a comparative.
COMPARATIVE = frozenset({"more", "less", "better", "worse", "higher", "lower", "safer", "easier",
                         "harder", "best", "most", "least", "bigger", "faster", "safest",
                         "easiest", "hardest", "highest", "lowest", "worst", "riskiest",
                         "quickest", "fastest", "shortest", "longest"})  # fmt: skip
# Words that make two careers named in one message a comparison rather than an aside; "and",
# "or" and a comma count only between the two names ("nurse or teacher", "nurses, teachers").
COMPARE_SIGNALS = frozenset({"versus", "vs", "compare", "comparison", "compared", "difference",
                             "between", "than", "both"})  # fmt: skip
JOINING = frozenset({"and", "or", BREAK})
# "I'm a school counselor", "I work as a nurse": the user's own job, not what they ask about.
SELF = (("i", "am", "a"), ("i", "am", "an"), ("im", "a"), ("im", "an"), ("i", "work", "as", "a"),
        ("i", "work", "as", "an"), ("i", "m", "a"), ("i", "work", "at", "a"),
        ("i", "work", "at", "the"), ("i", "have", "been", "a"), ("i", "have", "been", "an"),
        ("ive", "been", "a"), ("ive", "been", "an"), ("i", "worked", "as", "a"),
        ("i", "worked", "as", "an"), ("laid", "off", "from", "a"), ("laid", "off", "from", "the"),
        ("laid", "off", "as", "a"), ("laid", "off", "as", "an"))  # fmt: skip
# "till im a", "once i am a", "when im an": the user's job to be.
FUTURE_WORDS = frozenset({"till", "until", "when", "before", "once", "after", "if", "til"})
# The words around a career named alone: "and what about actuaries?", "same for nurses".
# A correction before a career named alone: "wait no i meant dentists", "sorry, pharmacists".
CORRECTING = frozenset("no nah wait i mean sorry oops".split())
SWITCH_WORDS = CORRECTING | frozenset(
    """and what how about then for so ok okay also hmm well the a an same too now being q
    question though""".split()
)
# "the security one", "the technician job": a career discussed, pointed to by a word of it
POINTING_NOUNS = frozenset("one job route role path side position option career".split())
_SIMILAR = frozenset({"similar", "related", "alternative", "alternatives"})
_CAREER_WORDS = frozenset("job career occupation field work profession option".split())
_WEAK_FOR_RELATED = frozenset({"fallback", "list_occupations", "personality", "overview"})
OFFERED_NAME_WORDS = 3  # "high school", "middle school one": a reply naming an option
STRUCTURAL = frozenset({"compare", "related"})  # intents asked by shape, not by a keyword
SWITCH_TAILS = frozenset({"tho", "though", "instead", "just", "regular", "then"})
SWITCH_LEADS = frozenset({"what", "how", "and", "ok", "okay", "so", "now"} | CORRECTING)
# Words of a message that tells about someone rather than asks.
PEOPLE = frozenset("i im my we our he his she her son daughter kid kids child".split())
MORE_OR_LESS = frozenset({"more", "less", "extra"})  # "how much more would he make as a medic"
# Words before a sentence's first real word: "hi, what do nurses make" opens with "what".
GREETING_WORDS = frozenset({"hi", "hello", "hey", "ok", "okay", "so", "and", "also", "but", BREAK})
QUESTION_STARTS = frozenset({"is", "are", "was", "does", "do", "would", "will", "isnt"})
# How a clause that asks something opens.
QUESTION_LEADS = QUESTION_STARTS | frozenset(
    "what how which why when where who can could should did were any tell give show list "
    "compare explain describe versus".split()
)


# "the second one", "number 2", "option 3", "2nd": a pick from a numbered list.
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
}  # fmt: skip
PICK_WORDS = frozenset(
    "the one option number no # pick choice i want please ok what about how and".split()
)  # "what about the first one", "and number 2"


def _picked_number(plain: list[str]) -> int | None:
    """The number a short reply picks, if it is only that: "2", "the second one", "option 3"."""
    rest = [word for word in plain if word not in PICK_WORDS]
    if len(rest) != 1 or len(plain) > 5:
        return None
    word = rest[0]
    if word.isdigit() and len(word) <= 3:
        return int(word)
    return ORDINALS.get(word)


# "which college is best for engineering", "what gpa do i need for nursing school": choosing or
# getting into a school, which careerbot has no data on (it knows what education a job needs).
# "school" alone is often the way into a job ("trade school", "nursing school"): only getting in
# makes it a question about the school.
COLLEGES = frozenset("college university campus".split())
RANKING = frozenset("best top ranked rank ranking".split())
ADMISSION = frozenset(
    "admission admissions gpa sat act tuition scholarship acceptance accepted credit".split()
)


# Said of getting into a school, with no school word needed ("what gpa for ucla nursing").
APPLYING = frozenset("gpa admission admissions acceptance".split())


def _picks_a_school(words: list[str]) -> bool:
    if not APPLYING.isdisjoint(words):
        return True
    getting_in = not ADMISSION.isdisjoint(words) or _contains(words, ("get", "into"))
    if not COLLEGES.isdisjoint(words):
        return getting_in or not RANKING.isdisjoint(words)
    return "school" in words and getting_in


# "my kid wants to be a vet", "thinking of becoming a nurse": the career is the subject.
WANTING = frozenset(
    "want wanna become becoming gonna planning thinking considering hoping dream".split()
)
ASPIRING = frozenset({"be", "become", "becoming", "being", "into", "pursue", "pursuing"})
# Last words that close a conversation whatever comes before them ("fine lol bye").
CLOSING_WORDS = frozenset({"bye", "goodbye", "thanks", "thank", "cya", "ttyl", "gtg"})
SHORT_CLOSING = 4  # "ok cool thanks bye"; longer messages may ask something first
CLOSING_FILLER = frozenset({"you", "much", "fine", "great", "alright", "again", "all", "ty"})
# Words for where a number is heading: a question about the outlook, not today's count.
TREND = frozenset(
    """up down grow growing shrink shrinking rising falling increase decrease future
    declining""".split()
)
# "going up", "rising": a count said to be moving (TREND alone also has "made up")
MOVING = frozenset("going rising growing shrinking declining dropping".split())
# "dang thats low", "wow ok", "k", "big difference lol": a reaction to an answer, no question.
REACTION_WORDS = frozenset(
    """k kk ok okay dang damn wow whoa thats that is cool nice oh lol lmao hmm huh it really so
    interesting jeez yikes bruh omg geez sheesh wild crazy insane makes sense sounds chill fr
    ngl interest""".split()
)  # ("interest": "interesting", folded)
# The reactions that can open a question: "lol ok what do they do", "wow, how long is school"
OPENING_REACTIONS = REACTION_WORDS - frozenset(
    "thats that is it so really makes sense sounds chill wild crazy insane interesting".split()
)
_SCHOOL_KINDS = frozenset("a an the public private high elementary middle local".split())


def _workplace_school(words: list[str], at: int) -> range:
    """The positions of "in (a) school(s)" just after a career (at `at`; "do", "work" may come
    between), else none."""
    while at < len(words) and words[at] in {"do", "work", "who"}:
        at += 1
    if at >= len(words) or words[at] not in {"in", "at"}:
        return range(0)
    end = at + 1
    while end < len(words) and words[end] in _SCHOOL_KINDS:
        end += 1
    return range(at, end + 1) if end < len(words) and words[end] == "school" else range(0)


STUDYING = frozenset({"major", "majors", "student", "students"})
# "is that true?", "is it really?": a question whether what was said before is so
CHECKING_A_CLAIM = frozenset("is that it this true really right correct accurate legit so".split())
# "why?", "why tho", "but why is that": the last answer, asked to explain itself again.
WHY_WORDS = frozenset("why tho though is that so really but how come not".split())
# "same as", "the same field": a likeness, not "the same question again".
NOT_AGAIN = frozenset("as like area field kind type sort line industry".split())
# Everyday words for the setting an official title names: "a teacher at a high school" is a
# secondary school teacher, "a social worker in a hospital" a healthcare one.
SETTING_WORDS = {"high": "secondary", "hospital": "healthcare", "hospitals": "healthcare",
                 "college": "postsecondary", "university": "postsecondary",
                 "city": "transit"}  # fmt: skip
# Words of a follow-up that only weigh one career against another ("diesel any better?").
OTHER_THAN = frozenset({"better", "worse", "instead", "any", "more", "less", "safer", "easier"})
# "the other one", "the first one", "the last job": one of the careers being discussed.
_POINTING_NOUNS = frozenset({"one", "ones", "job", "career", "option"})


def _points_to(plain: list[str]) -> int | None:
    """Which career discussed a message points to: 1-based from the first, -1 the last, 0 "the
    other one"; None when it points to none."""
    for word, after in pairwise(plain):
        if after not in _POINTING_NOUNS:
            continue
        if word == "other":
            return 0
        if word == "last":
            return -1
        if word in ORDINALS:
            return ORDINALS[word]
    return None


# "what r plumbers making rn", "is anyone hiring rn lol": "rn" closing a message is "right now";
# after one of these words it is the nurse ("pay for an rn", "lpn or rn").
_RN_BEFORE_NURSE = frozenset(
    "a an the as for be become being versus or and to of is about like than with my her his between"
    " from".split()
)
_CLOSING = frozenset({"lol", "tho", "though", "fr", "ngl", "haha", BREAK})
# "im a cashier rn and want something better": "right now" closing a clause, not only a message
_CLAUSE_AFTER = frozenset({"and", "but", "so", "because", "bc", "cuz"})


def _right_now(words: list[str], mention: Mention) -> bool:
    if words[mention.start : mention.end] != ["rn"] or mention.start == 0:
        return False
    after = words[mention.end :]
    # "miserable rn, what...", "a cashier rn and..."
    ends = bool(after) and (after[0] == BREAK or after[0] in _CLAUSE_AFTER)
    ends = ends or all(w in _CLOSING for w in after)
    return words[mention.start - 1] not in _RN_BEFORE_NURSE and ends


# "not the librarian, the other person", "but you're not the actual librarian": the job meant is
# another one (described, or named elsewhere).
_NEGATING = frozenset({"not", "isnt", "arent", "except", "besides"})
_NEGATED_GAP = frozenset({"the", "a", "an", "actual", "real", "just", "one", "like"})


def _negated(words: list[str], mention: Mention) -> bool:
    before = words[max(0, mention.start - 3) : mention.start]
    while before and before[-1] in _NEGATED_GAP:
        before.pop()
    return bool(before) and (before[-1] in _NEGATING or before[-2:] == ["other", "than"])


_ABOUT_THIS = [(("what", "is", "this"), ("for",)), (("what", "is", "this"), ()),
               (("what", "this"), ("is", "for"))]  # fmt: skip
_THIS_BOT = ("chat", "bot", "chatbot", "app")
_HOW_DO = [("how", "do", "you"), ("how", "do", "i"), ("how", "does", "one"), ("how", "can", "i"),
           ("how", "would", "i"), ("how",), ("how", "to")]  # fmt: skip
_BECOME = [("become",), ("get", "to", "be"), ("become", "one")]
# Questions made only of filler words, which no phrasing score can tell apart: after a career
# was named, "how much?" asks its pay, "what do they do" its duties.
BARE_QUESTIONS = {
    ("how", "much"): "salary",
    ("how", "much", "do", "they", "get"): "salary",
    ("how", "long"): "education",
    ("how", "many"): "employment",
    ("how", "many", "are", "there"): "employment",
    ("what", "do", "they", "do"): "duties",
    ("what", "does", "it", "do"): "duties",
    ("what", "do", "they", "even", "do"): "duties",
    # the career's name taken out: "what does a library tech do", "what do plumbers even do"
    ("what", "does", "do"): "duties",
    ("what", "do", "do"): "duties",
    ("what", "does", "even", "do"): "duties",
    ("what", "is", "do"): "duties",  # "whats an esthetician do"
    ("what", "they", "do"): "duties",  # "what they do?"
    ("what", "do", "make"): "salary",  # "what do animators make", the name taken out
    ("what", "does", "make"): "salary",  # "what does an animator make"
    ("what", "does", "even", "make"): "salary",
    ("what", "do", "even", "make"): "salary",
    ("what", "do", "even", "do"): "duties",
    # the career's name taken out: "how do u get to be a detective", "how to become one"
    **{(*lead, *become): "education" for lead in _HOW_DO for become in _BECOME},
    ("how", "many", "of", "them", "are", "there"): "employment",
    ("how", "many", "of", "them"): "employment",
    # the career's name taken out: "welding worth it?", "surveying as a career?"
    ("worth", "it"): "overview",
    ("is", "it", "worth", "it"): "overview",
    ("is", "worth", "it"): "overview",
    ("as", "career"): "overview",
    ("as", "job"): "overview",
    ("is", "good", "career"): "overview",
    ("good", "career"): "overview",
    # about the bot itself
    ("what", "can", "you", "do"): "help",
    ("what", "can", "you", "help", "with"): "help",
    ("where", "is", "that", "from"): "source",
    ("where", "that", "from"): "source",
    ("where", "is", "this", "from"): "source",
    ("where", "does", "that", "come", "from"): "source",
    ("where", "did", "you", "get", "that"): "source",
    ("what", "do", "you", "do"): "help",
    ("what", "is", "this"): "help",
    ("what", "is", "this", "for"): "help",
    # "what is this chat for", "what this bot is for"
    **{(*lead, thing, *tail): "help" for lead, tail in _ABOUT_THIS for thing in _THIS_BOT},
    ("how", "does", "this", "work"): "help",
    ("who", "are", "you"): "help",
    ("what", "are", "you"): "help",
}
_ARTICLES = frozenset({"a", "an", "the"})
# Words before a bare question: the greeting words, and a few more ("hmm, how much?").
_LEADING = (GREETING_WORDS - {BREAK}) | {"hmm", "then", "well", "yo"}


def _switches(words: list[str], mentions: list[Mention]) -> bool:
    """ "smaller than i thought. what about zookeepers": the message ends by naming a career
    with only switching words ("what about", "and"), whatever came before it."""
    end = len(words)
    while end and words[end - 1] == BREAK:
        end -= 1
    start = max((i + 1 for i in range(end) if words[i] == BREAK), default=0)
    named = {
        i for m in mentions if start <= m.start and m.end <= end for i in range(m.start, m.end)
    }
    rest = [words[i] for i in range(start, end) if i not in named]
    if not named or not set(rest) <= SWITCH_WORDS | SWITCH_TAILS:
        return False
    if not rest:  # "jeez. mental health counselors?": a name alone after a reaction
        return start > 0
    # "what about zookeepers", "barbers tho", "what about being a detective instead?"
    return rest[0] in SWITCH_LEADS or not SWITCH_TAILS.isdisjoint(rest)


_ADDING = frozenset({"and", "about", "also", "plus"})


def _adds_another(words: list[str], mentions: list[Mention]) -> bool:
    """ "how much do welders make in ohio? and electricians?", "what do hygienists earn and
    what about dental assistants": the message ends by adding a career to the question."""
    if len(mentions) < 2:
        return False
    last = max(mentions, key=lambda m: m.start)
    after = set(words[last.end :]) - _CLOSING - FILLER - SWITCH_WORDS
    if not after <= {"state", "please", "pls", "too", "there"}:  # "and for plumber same state?"
        return False
    before: list[str] = []
    for word in reversed(words[: last.start]):
        if word == BREAK:
            continue
        if word not in SWITCH_WORDS and word not in _ADDING:
            break
        before.append(word)
    return not _ADDING.isdisjoint(before)


# "what's good about being an elevator mechanic", "the hardest part of teaching special ed":
# a side asked by a judging word on the job or a part of it, at the head of the question.
_GOOD = frozenset("good nice great best love like cool".split())
_HARD = frozenset("hard hardest worst bad tough toughest difficult downside annoying".split())
_ON_A_SIDE = frozenset({"about", "part", "parts", "thing", "things"})
SIDE_LEAD_WORDS = 6  # the judging word is within the question's first words


def _side_asked(asking: list[str]) -> str | None:
    """ "strengths" or "challenges" when a sentence opens by judging the job ("what's good
    about...", "what's the worst part of..."), else None."""
    starts = [0, *(i + 1 for i, word in enumerate(asking) if word == BREAK)]
    for start in starts:
        opening = list(takewhile(lambda w: w != BREAK, asking[start:]))[:SIDE_LEAD_WORDS]
        for word, after in pairwise(opening):
            if after in _ON_A_SIDE and word in _GOOD:
                return "strengths"
            if after in _ON_A_SIDE and word in _HARD:
                return "challenges"
    return None


# "how many years/exams/classes": what it takes to get in, not a count of jobs
_SPANS = frozenset(
    "year years yr yrs month months week weeks semester semesters exam exams test tests class "
    "classes course courses credit credits".split()
)


def _how_many_of(plain: list[str]) -> str | None:
    """What "how many" counts: "years" in "how many years to be a lawyer", else None."""
    for first, second, third in zip(plain, plain[1:], plain[2:], strict=False):
        if (first, second) == ("how", "many"):
            return third
    return None


def _settled(mention: Mention, fits: list[str]) -> Mention:
    """The mention meaning the one occupation that fits, the others its alternatives; as it
    was unless exactly one fits."""
    if len(fits) != 1:
        return mention
    options = (*mention.socs, *mention.alternatives)
    return replace(mention, socs=(fits[0],), alternatives=tuple(s for s in options if s != fits[0]))


def _sides(plain: list[str]) -> list[str]:
    """The sides asked for by name: "pros and cons" (or "upsides and downsides") both, "pros"
    or "cons" one; [] for neither."""
    words = set(plain)
    if {"pro", "con"} <= words or {"upside", "downside"} <= words:
        return ["strengths", "challenges"]
    if ("pro" in words) != ("con" in words):
        return ["strengths" if "pro" in words else "challenges"]
    return []


_BEFORE_A_PLACE = frozenset({"in", "for", "at", "around", "near", "over"})


def _bare_question(plain: list[str]) -> str | None:
    words = [word for word in plain if word != BREAK and word not in _ARTICLES]
    while words and words[0] in _LEADING:
        words = words[1:]
    while words and words[-1] in _BEFORE_A_PLACE:  # "how much in houston", the place taken out
        words = words[:-1]
    return BARE_QUESTIONS.get(tuple(words))


_ORDINAL = re.compile(
    r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
)


def _school_year(words: list[str], mention: Mention) -> bool:
    """ "my 8th graders", "ninth graders": students in a school year, not graders of produce."""
    return (
        words[mention.start : mention.end] == ["grader"]
        and mention.start > 0
        and _ORDINAL.fullmatch(words[mention.start - 1]) is not None
    )


# "need to know coding", "learn welding", "good at accounting": a field named as a skill.
# And "an associate degree in library science": a subject; "without going to law school": a
# school.
_SKILL_WORDS = frozenset(
    """know learn learning use using skill skills at degree major majoring studying studied
    diploma attend attending without finish finishing""".split()
)


def _a_skill(words: list[str], mention: Mention) -> bool:
    return mention.how == "field" and not _SKILL_WORDS.isdisjoint(
        words[max(0, mention.start - 3) : mention.start]
    )


_THOUSANDS = re.compile(r"\d+k")


_TO_THE_BOT = frozenset({("are", "you"), ("is", "this"), ("you", "are")})
_A_BOT = frozenset("ai chatgpt gpt robot bot chatbot automated artificial intelligence".split())
# What a judged side wins over: readings of the rest of the message, not a second question.
_SIDE_OVER = frozenset({"overview", "salary", "fallback", "duties", "work_life_balance"})
_PAY_OVER = frozenset({"overview", "outlook", "fallback"})  # readings pay said outweighs
# Job words too general alone ("technicians", "techs"), which a workplace may make a name.
HEAD_WORDS = frozenset(
    "technician technologist tech assistant aide clerk attendant specialist coordinator".split()
)
WORKPLACES = frozenset(
    "library hospital school pharmacy lab museum restaurant hotel airport farm zoo bank court "
    "clinic".split()
)
_AI_OVER = frozenset({"outlook", "overview"})  # readings AI said in the message outweighs
PREFIX_WORD = 6  # "corrections" -> "correctional": a word this long may start a title word
_BEFORE_ONE = frozenset({"the", "for", "about"})  # "balance for agents", "about the assistants"
# Words that set a name against the career talked of ("a regular nurse", "different from").
CONTRASTING = frozenset(
    "regular normal other different diff than vs versus compared unlike".split()
)
# "a regular nurse", "no i meant nurses": a name set against the career talked of
SET_AGAINST = CONTRASTING | (CORRECTING - {"i"})
_SEARCHED = frozenset({"career", "job", "occupation"})  # folded: "careers", "jobs" too


def _searched(words: list[str], mention: Mention) -> bool:
    """ "careers with 'therapist'", "jobs with nurse in the title": a name searched for."""
    before = [w for w in words[: mention.start] if w != BREAK][-2:]
    return len(before) == 2 and before[0] in _SEARCHED and before[1] == "with"


def _names_an_amount(words: list[str]) -> bool:
    """ "$17 an hour" ("$" reads "money"), "70k", "six figures": a sum of money."""
    return any(
        _THOUSANDS.fullmatch(word)
        or (word == "money" and after.isdigit())
        or (word == "six" and after == "figure")
        for word, after in pairwise([*words, ""])
    )


# "they dont make much", "do welders make bank": how much the pay is, in everyday words
_HOW_MUCH_PAY = frozenset("much enough bank alot lot decent good more less".split())
# "growth-wise", "school wise": the topic asked about, said as "<topic> wise"
_TOPICS_WISE = {
    "pay": "salary",
    "money": "salary",
    "salary": "salary",
    "growth": "outlook",
    "future": "outlook",
    "job": "outlook",
    "school": "education",
    "education": "education",
    "stress": "work_life_balance",
    "hour": "work_life_balance",
    "personality": "personality",
    "skill": "skills",
}


_RANKING_STATES = frozenset("which what best top highest most lowest worst least".split())
_MOST = frozenset("most best highest top more".split())
_LEAST = frozenset("lowest worst least".split())


def _ranks_states(words: list[str]) -> bool | None:
    """ "which state pays nurses the most", "best states for welders pay", "where do
    electricians make the most": states ranked by pay, highest first (True) or lowest first
    (False); None where no such ranking is asked."""
    said = set(words)
    lowest = not _LEAST.isdisjoint(said)
    named = any(
        word in {"state", "states"} and not _RANKING_STATES.isdisjoint(words[max(0, i - 2) : i])
        for i, word in enumerate(words)
    )
    where = "where" in said and not (_MOST | _LEAST).isdisjoint(said)
    ranked = not (_MOST | _LEAST).isdisjoint(said) or not PAY_WORDS.isdisjoint(said)
    if (named and ranked) or (where and not PAY_WORDS.isdisjoint(said)):
        return not lowest
    return None


def _at_an_age(words: list[str]) -> bool:
    """ "can u be an emt at 18", "how old do you have to be", "am i too young": whether one is
    old enough to start, a question of getting in (education and training). ("at 50, good
    idea?" asks whether the career is worth it: no such question.)"""
    pairs = set(pairwise(words))
    aged = any(w == "at" and a.isdigit() and 13 <= int(a) <= 21 for w, a in pairwise(words))
    said = aged or bool(pairs & {("too", "young"), ("how", "old")})
    return said and PAY_WORDS.isdisjoint(words)  # "what do nurses make at 30": pay


_AGE_OVER = frozenset({"overview", "fallback", "employment"})
_AI = frozenset({"ai", "robot", "chatgpt", "automation"})


def _against_ai(words: list[str]) -> bool:
    """ "ai vs library tech", "nurses versus robots": a career set against AI (its name taken
    out of `words`)."""
    return any(
        (w in _AI and a in {"vs", "versus"}) or (w in {"vs", "versus"} and a in _AI)
        for w, a in pairwise(words)
    )


def _topic_wise(words: list[str]) -> str | None:
    """ "where do actuaries fit in, growth-wise": the intent of the "<topic> wise" said."""
    return next(
        (_TOPICS_WISE[w] for w, a in pairwise(words) if a == "wise" and w in _TOPICS_WISE), None
    )


_PAID_HOW = frozenset({"best", "highest", "well", "better", "worst", "lowest", "poorly", "badly"})


def _says_pay(words: list[str]) -> bool:
    """ "pay wise", "money-wise", "make much", "make good money": a question about pay said in
    passing, which outweighs a reading of the whole as an overview."""
    for at, (word, after) in enumerate(pairwise([*words, ""])):
        if after == "wise" and word in _TOPICS_WISE and _TOPICS_WISE[word] == "salary":
            return True
        # not "lol i make more than that": the user's own pay
        mine = at > 0 and words[at - 1] in FIRST_PERSON
        if word in {"make", "earn", "paid"} and after in _HOW_MUCH_PAY and not mine:
            return True
        if word in _PAID_HOW and after in {"paid", "paying"}:  # "the best paid trades"
            return True
    return False


_AT_WORK = frozenset({"at", "for", "in", "with", "by"})


def _workplace_in(words: list[str], mention: Mention, span: tuple[int, int]) -> bool:
    """The mention lies in the described clause, after "at", "for"... ("at the dentist")."""
    start, end = span
    if words[start + 1] not in {"who", "that", "which", "whose"}:
        return False  # "the person at the library checkout desk": that is the job
    if not (start + 2 <= mention.start and mention.end <= end):
        return False
    before = [w for w in words[max(start, mention.start - 3) : mention.start] if w not in _ARTICLES]
    return bool(before) and before[-1] in _AT_WORK


def _runs(positions: frozenset[int]) -> list[tuple[int, int]]:
    """Contiguous runs of token positions, as (start, end) with end exclusive."""
    runs: list[tuple[int, int]] = []
    for position in sorted(positions):
        if runs and runs[-1][1] == position:
            runs[-1] = (runs[-1][0], position + 1)
        else:
            runs.append((position, position + 1))
    return runs


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))


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
        learned, fallback = self.model.classify(masked, 1)
        best = learned[0]
        if not asked:
            cold = not named and best.intent not in self.general
            threshold = self.answer_unnamed if cold else self.answer
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
            return [best]
        return asked


class Matcher:
    def __init__(
        self, catalog: Catalog, answer_threshold: float, learned: LearnedHook | None = None
    ) -> None:
        self.answer_threshold = answer_threshold
        self._areas = catalog.areas
        self._interests = rankings.interest_words(catalog.interests)
        self.finder = OccupationFinder.from_catalog(catalog)
        # Words of each official title, to tell the meanings of a name apart by the words around
        # it ("a special ed teacher in an elementary school").
        self._title_words = {
            soc: frozenset(words_only(tokens(occupation.title)))
            for soc, occupation in catalog.occupations.items()
        }
        # Title words with their clipped forms ("technician", "tech"), and the words of the
        # everyday names of that career alone ("mri tech"), for "the tech one", "the mri one".
        alias_words = self.finder.alias_words()
        self._pointing_words = {
            soc: words
            | {CLIPPED[w] for w in words if w in CLIPPED}
            | (alias_words.get(soc, frozenset()) - FILLER)
            for soc, words in self._title_words.items()
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
        if learned is not None:
            learned.model = LearnedIntents.train(catalog.intents.values(), self.mask)
            learned.general = frozenset(
                intent.id for intent in catalog.intents.values() if not intent.needs_occupation
            )
        everyday = self.classifier.vocabulary | self.states.vocabulary
        names = self.finder.core_vocabulary
        self.speller = Speller(
            names | everyday,
            long_only=names - everyday,
            keep=self.finder.vocabulary | self.states.city_words,
            english=english(),
        )

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
        parts = sentences(text)
        words = [self.speller.correct(word) for part in parts for word in part.words]
        found = [
            m
            for m in self.finder.find(words)
            if not _right_now(words, m) and not _school_year(words, m)
        ]
        if len(found) > 1:  # "do library assistants need to know coding": a skill, not a job
            found = [m for m in found if not _a_skill(words, m)]
        own = {
            i
            for m in found
            if self._about_self(words, m)
            for i in range(max(0, m.start - 4), m.end)
        }
        # "not the librarian, the other person": no part of the question either; nor "our
        # athletes" or "my nurse" beside the career asked about (people, not careers).
        negated = [m for m in found if _negated(words, m)]
        owned = [m for m in found if m.start and words[m.start - 1] in OWNERS]
        # "my daughter's chemistry teacher gave her a C": someone's own teacher, even alone
        related = [m for m in found if m.start and words[m.start - 1] in RELATIVES]
        if len(owned) < len(found) or related:
            negated += [m for m in [*owned, *related] if m not in negated]
        own |= {i for m in negated for i in range(m.start, m.end)}
        # "doordash driver": a name with no figures, even where part of it ("driver") is one.
        unknown = self.finder.unknown_job(words, found)
        mentions = [
            m
            for m in found
            if not self._about_self(words, m)
            and m not in negated
            and not (unknown and unknown.start <= m.start and m.end <= unknown.end)
        ]
        # "the person who cleans your teeth at the dentist": a job named as the workplace of
        # a job described is not the one asked about.
        span = DescribedJobs.span(words)
        if span is not None:
            mentions = [m for m in mentions if not _workplace_in(words, m, span)]
        mentions = self._settled_by_setting(words, mentions)
        talked_of = list(dict.fromkeys([*recent, *discussed]))  # the latest first
        mentions = self._settled_by_talk(words, mentions, talked_of)
        questions_at = self._question_sentences(parts, words)
        asked_of = [m for m in mentions if m.start in questions_at]
        if asked_of and len(questions_at) < len(words):
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
                or m.start > question_start
                or not asked_socs.isdisjoint(m.socs)
            ]
            # the story's careers are names still, no part of the question
            own |= {i for m in mentions if m not in kept for i in range(m.start, m.end)}
            mentions = kept
        if not mentions and offered and unknown is None:
            mentions = self._offered_name(words, offered)
            found = [*found, *mentions]
        if not mentions and unknown is None and span is None:
            mentions = self._head_with_a_word(words, own)
            found = [*found, *mentions]
        if not mentions and len(talked_of) >= 2 and unknown is None:
            mentions = self._one_of_recent(words, talked_of)
            found = [*found, *mentions]
        if not mentions and recent and unknown is None:
            mentions = self._with_recent_head(words, recent)
            found = [*found, *mentions]  # its words are the name, not the question
        place = self.states.find(words)
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
        describing = None if mentions or unknown else span
        if describing is not None and describing[1] < len(words) - 1:
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
            and not FIRST_PERSON.isdisjoint(plain)
            and not PAY_WORDS.isdisjoint(plain)
        )
        everything = frozenset(range(len(words)))
        job_named = bool(mentions) or unknown is not None
        # "what's the pay difference between the two in NC?": careers meant, not named; the
        # learned model takes as much to refuse it as a message that names one.
        meant = bool(mentions) or (bool(recent) and not BACK_REFERENCES.isdisjoint(plain))
        greets = self._greets_and_asks_nothing(parts, words) and not job_named
        intents, ranked, learned = self._intents(
            words, everything, taken, own, mentions, place, job_named, meant, bool(recent)
        )
        # A story around the question ("Hi, sorry this is long. My son is 17 ... What do
        # welders make?") can drown it: unsure of the whole, read the sentences that ask.
        focus = self._question_sentences(parts, words)
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
            if question <= CHECKING_A_CLAIM and intents and intents[0].intent != FALLBACK:
                pass
            elif (not intents and asks) or (intents and clearer and second[0] != intents):
                intents, ranked, learned = second
        keyed = self.classifier.keyed(plain)
        first = intents[0].intent if intents else None
        if first in _AI_OVER and "automation" in keyed and (first not in keyed or len(keyed) == 1):
            # "AI translate now very good. This job will disappear?", "is being a software
            # engineer still worth it with all the ai stuff": a future or worth the message
            # puts down to AI is the automation question
            intents = [IntentScore("automation", intents[0].score)]
        if describing is not None and not taken.issuperset(range(*describing)):
            # "whats the pay for the ppl who clean ur teeth": the question shares its clause
            # with the description, whose words drown it; a keyword of one intent settles it.
            asked = keyed - SOCIAL - {FALLBACK}
            if len(asked) == 1 and (not intents or intents[0].intent not in asked):
                intents = [IntentScore(next(iter(asked)), self.answer_threshold)]
        if greets and (not intents or intents[0].intent in {FALLBACK, "greeting"}):
            # "Hello, I'm a high school counselor preparing a careers unit.": a greeting, and a
            # word about who is writing, with nothing asked
            intents = [IntentScore("greeting", 100.0)]
        judged = any(  # "seems low", "very low", "kinda mid": a judgement, however long
            a in JUDGED and b in JUDGING for a, b in pairwise(plain)
        )
        judges_last = (
            not mentions
            and (len(topic) <= 2 or (judged and len(topic) <= 4))
            and not JUDGING.isdisjoint(plain)
            and PAY_WORDS.isdisjoint(plain)
            and (
                # "is that good?", "it is good salary or no?"
                (("?" in text or plain[0] in QUESTION_STARTS) and not _THAT.isdisjoint(plain))
                # "that's kinda low ngl", "seems low for a dangerous job", "hmm kinda mid"
                or (plain[0] not in QUESTION_LEADS and not JUDGED.isdisjoint(plain))
            )
        ) or (
            # "why?", "why that number", "why is it rated that way?"
            not mentions and bool(plain) and plain[0] == "why" and len(topic) <= 3
        )
        described = None if describing is None else self.finder.described(words[slice(*describing)])
        return Reading(
            words=words,
            mentions=mentions,
            unknown=unknown,
            employer=self.finder.employer(words, mentions),
            described=described,
            intents=intents,
            ranked=ranked,
            learned=learned,
            place=place,
            own_job=own_job,
            own_pay=own_pay,
            own_careers=tuple(
                m.socs[0] for m in found if len(m.socs) == 1 and self._about_self(words, m)
            ),
            refers_back=not REFERRING.isdisjoint(plain),
            judges_last=judges_last,
            wants_both=not mentions
            and (
                any(_contains(plain, p) for p in BOTH_PHRASES)
                or (not {"which", "who"}.isdisjoint(plain) and not COMPARATIVE.isdisjoint(plain))
            ),
            compares=self._compares(words, mentions),
            pay_comparison=not PAY_WORDS.isdisjoint(plain) and not MORE_OR_LESS.isdisjoint(plain),
            comparative=not COMPARATIVE.isdisjoint(plain),
            number=number,
            reaction="?" not in text and bool(plain) and set(plain) <= REACTION_WORDS,
            aspires=any(
                not ASPIRING.isdisjoint(words[max(0, m.start - 3) : m.start]) for m in mentions
            ),
            picks_a_school=_picks_a_school(words),
            ranks_states=_ranks_states(plain),
            same_again=any(
                word == "same" and after not in NOT_AGAIN for word, after in pairwise([*plain, ""])
            ),
            switches=_switches(words, mentions),
            adds_another=_adds_another(words, mentions),
            keyed=keyed,
            asks=any(part.question_mark for part in parts),
            ranking=rankings.ask([w for w in words if w != BREAK], self._areas, self._interests),
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
        opening = next((i for i, w in enumerate(plain) if w not in OPENING_REACTIONS), 0)
        if opening and plain[opening] in QUESTION_LEADS and len(plain) - opening > 1:
            # "lol ok what do they do": the reaction opens the question, which it outweighs
            # (not "lol wut", a reaction still)
            plain = plain[opening:]
            topic = [word for word in plain if word not in FILLER]
        ranked = self.classifier.scores(plain)
        keyed = self.classifier.keyed(plain)
        intents = self._asked(plain, asking, ranked, bool(mentions))
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
            masked = self.mask(heard, mentions, place)
            intents = self.learned.revise(masked, intents, topic, meant, keyed, following)
            unsure = not intents or (intents[0].intent == FALLBACK and job_named)
            if unsure and topic and self.learned.model is not None:
                # The policy may still act on the model's guess where the conversation supplies
                # the career ("need a license for this?"), or weigh it against a fallback read
                # where a career is named ("pros and cons of library tech work").
                learned = self.learned.model.scores(masked, 3)
        if [s.intent for s in intents] == ["employment"] and _how_many_of(plain) in _SPANS:
            # "how many years total to be a lawyer": time to train, not a count of jobs (after
            # the learned model, which reads "how many" as a count)
            intents = [IntentScore("education", intents[0].score)]
        # After the learned model, which reads the story around it as an overview.
        side = _side_asked(asking) if mentions or following else None
        if side is not None and (not intents or intents[0].intent in _SIDE_OVER):
            # "whats good about being an elevator mechanic, heard they make bank"
            intents = [IntentScore(side, self.answer_threshold)]
        unsure = not intents or intents[0].intent in _AGE_OVER
        if (mentions or following) and unsure and _at_an_age(plain):
            # "can u be an emt at 18": old enough to start is a question of getting in
            intents = [IntentScore("education", self.answer_threshold)]
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
        if (weak or (not intents and mentions)) and _says_pay(plain):
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
        """ "mechanical?", "ok how about high school", "diesel any better?": a word or two that,
        with the last career's head noun ("engineer", "teacher", "mechanic"), name another."""
        kept = [
            i
            for i, w in enumerate(words)
            if w != BREAK and w not in FILLER and w not in SWITCH_WORDS and w not in OTHER_THAN
        ]
        if not 1 <= len(kept) <= 2 or kept[-1] - kept[0] != len(kept) - 1:
            return []
        said = [words[i] for i in kept]
        if set(said) <= JUDGING or self.classifier.keyword_intents(said):
            return []  # "is that a lot?", "which is safer from ai": a question, not a name
        head = self._heads.get(recent[0])
        if head is None:
            return []
        found = self.finder.meaning(" ".join([*(words[i] for i in kept), head]))
        if found is None or len(found.socs) != 1 or found.socs[0] in recent:
            return []
        return [replace(found, start=kept[0], end=kept[-1] + 1)]

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
            return []
        said = [words[i] for i in kept]
        heads = dict.fromkeys(self._heads[soc] for soc in offered if soc in self._heads)
        meant = {
            soc
            for head in heads
            if (found := self.finder.meaning(" ".join([*said, head]))) is not None
            for soc in found.socs
            if soc in offered
        }
        if not meant:  # "secondary", "middle school": words of one option's title
            meant = {soc for soc in offered if set(said) <= self._title_words.get(soc, set())}
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

    def _own_words_meet(self, options: Sequence[str], said: Iterable[str]) -> list[str]:
        """The meanings whose official title has a word that no other meaning's title has
        among `said` (folded words)."""
        titles = {soc: self._title_words.get(soc, frozenset()) for soc in options}
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
        talked_words = self._title_words.get(talked_of[0], frozenset())  # the latest career
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
            if part.question_mark or not QUESTION_LEADS.isdisjoint(part.words):
                return False  # "yo can u do my math hw": a request all the same
        return True

    def _question_sentences(self, parts: list[Sentence], words: list[str]) -> frozenset[int]:
        """Positions of the words of the sentences that ask, where a message tells a story
        around them; every position otherwise. A sentence asks if it ends with "?" or opens
        like a question ("what", "could you", "tell me")."""
        spans: list[tuple[int, int, bool]] = []
        at = 0
        for part in parts:
            first = next((w for w in part.words if w not in GREETING_WORDS), "")
            spans.append((at, at + len(part.words), part.question_mark or first in QUESTION_LEADS))
            at += len(part.words)
        everything = frozenset(range(len(words)))
        if len(spans) < 2 or all(asks for *_, asks in spans) or not any(a for *_, a in spans):
            return everything
        return frozenset(i for start, end, asks in spans if asks for i in range(start, end))

    @staticmethod
    def _about_self(words: list[str], mention: Mention) -> bool:
        before = tuple(words[max(0, mention.start - 5) : mention.start])
        for phrase in SELF:
            if before[-len(phrase) :] == phrase:
                # "how long till im an aircraft mechanic": the job to be, not the user's own
                ahead = before[: -len(phrase)]
                return not (ahead and ahead[-1] in FUTURE_WORDS)
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
        # ... not one job said again: "truck driver job, big truck with trailer"
        between = [words[a.end : b.start] for a, b in pairwise(mentions) if a.socs != b.socs]
        return any(len(gap) <= 3 and not JOINING.isdisjoint(gap) for gap in between)

    def _asked(
        self, plain: list[str], rest: list[str], ranked: list[IntentScore], named_occupation: bool
    ) -> list[IntentScore]:
        bare = _bare_question(plain)
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
        if confident and ranked[0].intent in {"compare", "list_occupations", "fallback"}:
            return [ranked[0]]
        # "what do they make and what degree do they need": each clause can be clear even when
        # the whole message, diluted by the other, is not.
        asked: list[IntentScore] = []
        clauses = self._clauses(rest)
        for clause in clauses:
            if not self._asks(clause):
                continue  # "My daughter is considering law." tells, it does not ask
            bare = _bare_question(clause)
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
        return [ranked[0]] if confident else []

    def _clause_intents(self, rest: list[str]) -> list[str]:
        """Each clause's bare question or keywords, in the order asked."""
        found: list[str] = []
        for clause in self._clauses(rest):
            bare = _bare_question(clause)
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
            if any(w not in FILLER for w in clause) or _bare_question(clause) is not None
        ]

    @staticmethod
    def _without_social(asked: list[IntentScore]) -> list[IntentScore]:
        topical = [score for score in asked if score.intent not in SOCIAL]
        # "thx, bye": the social intents in the order said
        return topical or asked
