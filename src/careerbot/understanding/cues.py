"""Word cues: what the words of a message say, read by small pure rules the matcher combines.

Each cue answers one question about a message's (folded) words: does it ask about pay in passing
("pay wise", "dont make much"), rank states ("which state pays the most"), set a career against
AI ("ai vs library tech"), say an age to start at, judge a side of a job ("whats good about"),
name the user's own job or people in their life, point to an option offered. The word sets
here are the cues' vocabulary; `careerbot.understanding.matcher` reads a message with them.
"""

import re
from collections.abc import Sequence, Set
from dataclasses import replace
from itertools import pairwise, takewhile

from careerbot.understanding.intents import FILLER
from careerbot.understanding.normalise import ARTICLES, BREAK, QUESTION_LEADS
from careerbot.understanding.occupations import Mention
from careerbot.understanding.rankings import AI_WORDS

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
                     "fair", "expected", "drop", "cheap", "little", "great", "enough"})  # fmt: skip
_THAT = frozenset({"that", "this", "it"})
# A statement that judges the last answer: "that's kinda low", "seems fair", "kinda mid".
JUDGED = frozenset({"that", "this", "thats", "seems", "seem", "sounds", "kind", "pretty", "quite",
                    "very", "so"})  # fmt: skip
# "side by side", "which one earns more", "both": the careers already being discussed.
BOTH_PHRASES = (("side", "by", "side"), ("both",), ("the", "two"), ("compare", "them"),
                ("compare", "those"), ("versus", "each", "other"), ("of", "them"),
                ("difference", "between", "them"), ("one", "to", "the", "other"),
                ("between", "the", "two"), ("the", "2"), ("is", "the", "difference"),
                # "which one needs a masters", "which of these requires a degree"
                ("which", "one"), ("which", "of"))  # fmt: skip
# "which job is more stressful", "which is safer": "which" with a comparative.
COMPARATIVE = frozenset({"more", "less", "better", "worse", "higher", "lower", "safer", "easier",
                         "tougher", "riskier",
                         "harder", "best", "most", "least", "bigger", "faster", "safest",
                         "easiest", "hardest", "highest", "lowest", "worst", "riskiest",
                         "quickest", "fastest", "shortest", "longest", "stronger", "strongest",
                         "weaker", "weakest", "greater", "greatest", "brighter",
                         "brightest"})  # fmt: skip
# "which is cheapest to get into": said of several careers, a comparison (of one career set
# against another, "is that cheaper to train for?" asks that career's education).
COSTLIER = frozenset({"cheaper", "cheapest", "pricier", "priciest"})
# "which is quicker to train for", "which takes longer to become": the way in, compared
QUICKER = frozenset(
    {"quicker", "quickest", "faster", "fastest", "shorter", "shortest", "longer", "longest"}
)
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
        ("laid", "off", "as", "a"), ("laid", "off", "as", "an"), ("i", "work", "in"),
        ("i", "worked", "in"), ("have", "worked", "in"), ("ive", "worked", "in"),
        ("i", "was", "a"), ("i", "was", "an"), ("currently", "a"),
        ("currently", "an"),
        # "laid off from call center": the job lost, with no article
        ("laid", "off", "from"), ("fired", "from"))  # fmt: skip
SELF_WITH_ARTICLE = tuple(phrase for phrase in SELF if phrase[-1] in {"a", "an", "the"})
# "till im a", "once i am a", "when im an": the user's job to be.
FUTURE_WORDS = frozenset({"till", "until", "when", "before", "once", "after", "if", "til"})
# The words around a career named alone: "and what about actuaries?", "same for nurses".
# A correction before a career named alone: "wait no i meant dentists", "sorry, pharmacists".
CORRECTING = frozenset("no nah wait i mean sorry oops".split())
SWITCH_WORDS = CORRECTING | frozenset(
    """and what how about then for so ok okay also hmm well the a an same too now being q
    question though bout abt here there working work as becoming become becom doing into going
    switching switch to""".split()  # ("becoming" folds to "becom")
)
# "the security one", "the technician job": a career discussed, pointed to by a word of it
POINTING_NOUNS = frozenset("one job route role path side position option career".split())
_SIMILAR = frozenset({"similar", "related", "alternative", "alternatives"})
_CAREER_WORDS = frozenset("job career occupation field work profession option trade".split())
# Words that say a message is about a job, whatever else it says ("tuning pianos for a living")
JOB_WORDS = _CAREER_WORDS | {"living", "gig", "paid", "suited", "dangerous", "risky"}
_WEAK_FOR_RELATED = frozenset({"fallback", "list_occupations", "personality", "overview"})
OFFERED_NAME_WORDS = 3  # "high school", "middle school one": a reply naming an option
STRUCTURAL = frozenset({"compare", "related"})  # intents asked by shape, not by a keyword
SWITCH_TAILS = frozenset({"tho", "though", "instead", "just", "regular", "then"})
_WORKERS = frozenset({"guy", "people", "ppl", "folk", "folks", "lady", "ladies", "dude"})
SWITCH_LEADS = frozenset({"what", "how", "and", "ok", "okay", "so", "now"} | CORRECTING)
# Words of a message that tells about someone rather than asks.
PEOPLE = frozenset("i im my we our he his she her son daughter kid kids child".split())
MORE_OR_LESS = frozenset({"more", "less", "extra"})  # "how much more would he make as a medic"
# Words before a sentence's first real word: "hi, what do nurses make" opens with "what".
GREETING_WORDS = frozenset({"hi", "hello", "hey", "ok", "okay", "so", "and", "also", "but", BREAK})


# "the second one", "number 2", "option 3", "2nd": a pick from a numbered list.
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
}  # fmt: skip
PICK_WORDS = frozenset(
    """the one option number no # pick choice i want please ok what about how and tell me more
    on for go with lets that you listed is""".split()
)  # "what about the first one", "and number 2", "tell me about the second one", "whats 3"
_PICK_LENGTH = 7  # words at most: "ok tell me more about the second one"


def _picked_number(plain: list[str]) -> int | None:
    """The number a short reply picks, if it is only that: "2", "the second one", "option 3"."""
    rest = [word for word in plain if word not in PICK_WORDS]
    if len(rest) != 1 or len(plain) > _PICK_LENGTH:
        # "ok go back to the list, number 4": a number said as one, in a longer message
        said = [b for a, b in pairwise(plain) if a in {"number", "option", "#"} and b.isdigit()]
        return int(said[0]) if len(said) == 1 and len(said[0]) <= 2 else None
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
    "admission admissions gpa sat act tuition scholarship acceptance accepted credit apply".split()
)


# Said of getting into a school, with no school word needed ("what gpa for ucla nursing").
APPLYING = frozenset("gpa admission admissions acceptance".split())


# "best paying jobs without a college degree", "no college": college ruled out, no school picked
_WITHOUT_COLLEGE = frozenset("without no not dont doesnt skip wo never".split())


_SCHOOL_TRUSTED = frozenset({"scam", "legit", "accredited", "reputable"})
_SCHOOL_JUDGED = _SCHOOL_TRUSTED | {"good", "recommend"}


def _picks_a_school(words: list[str]) -> bool:
    if not APPLYING.isdisjoint(words):
        return True
    getting_in = not ADMISSION.isdisjoint(words) or _contains(words, ("get", "into"))
    colleges = [
        at
        for at, word in enumerate(words)
        if word in COLLEGES and _WITHOUT_COLLEGE.isdisjoint(words[max(0, at - 3) : at])
    ]
    if colleges:
        return getting_in or not RANKING.isdisjoint(words)
    # "best nursing schools in california?": schools ranked
    # ("any good flight schools in anchorage", "recommend a good trade school near Akron", "is
    # Lincoln Tech a good school for diesel mechanics or is it a scam")
    ranked_schools = any(
        a in RANKING | _SCHOOL_JUDGED and "school" in words[at + 1 : at + 4]
        for at, a in enumerate(words)
    ) or ("school" in words and not _SCHOOL_TRUSTED.isdisjoint(words))
    # ("a good field to get into without going to med school": no school to pick)
    schools = [
        at
        for at, word in enumerate(words)
        if word == "school" and _WITHOUT_COLLEGE.isdisjoint(words[max(0, at - 4) : at])
    ]
    return bool(schools) and (getting_in or ranked_schools)


# "i want to kill myself", "nobody would care if i was gone": a person in crisis, whatever else
# the message says; answered with where to get help now, before any career
_IN_CRISIS = (("kill", "myself"), ("kill", "my", "self"), ("killing", "myself"),
              ("end", "my", "life"), ("ending", "my", "life"), ("end", "it", "all"),
              ("take", "my", "own", "life"), ("take", "my", "life"),
              ("want", "to", "die"), ("wish", "i", "was", "dead"), ("wish", "i", "were", "dead"),
              ("better", "off", "dead"), ("better", "off", "without", "me"),
              ("suicidal",), ("think", "about", "suicide"), ("thought", "of", "suicide"),
              ("hurt", "myself"), ("harm", "myself"), ("self", "harm"), ("cut", "myself"),
              ("cutt", "myself"), ("dont", "want", "to", "be", "alive"),
              ("dont", "want", "to", "live"), ("no", "reason", "to", "live"),
              ("no", "point", "in", "living"), ("point", "of", "living"),
              ("want", "to", "disappear"), ("care", "if", "i", "was", "gone"),
              ("care", "if", "i", "were", "gone"), ("care", "if", "i", "died"),
              ("see", "the", "point", "of", "anyth"))  # fmt: skip
# "i just got laid off", "lost my job", "im unemployed": starting over, with no question a
# figure answers ("what can i even do now")
# ("reading about layoffs at game companies" is the news, not the user's own)
_STARTING_OVER = (("laid", "off"), ("lay", "off"), ("my", "layoff"), ("a", "layoff"),
                  ("lost", "my", "job"),
                  ("got", "fired"), ("been", "fired"), ("unemployed",), ("out", "of", "work"),
                  ("lost", "my", "work"))  # fmt: skip
# "idk what i want to do", "no idea what to do with my life": undecided, nothing named
_UNDECIDED = (("what", "i", "want", "to", "do"), ("what", "to", "do", "with", "my", "life"),
              ("what", "i", "wanna", "do"), ("what", "to", "do", "after"),
              ("what", "career", "to", "choose"), ("what", "job", "to", "choose"),
              ("dont", "know", "what", "to", "do"), ("idk", "what", "to", "do"),
              ("what", "is", "a", "good", "career"), ("what", "career", "should", "i"),
              ("what", "job", "should", "i", "do"))  # fmt: skip


# "any jobs hiring near me", "where do i apply for jobs": openings, which careerbot does not list
# ("will she be able to find a job" asks the outlook)
_JOB_SEARCH = (("hiring", "near"), ("job", "near", "me"), ("job", "opening"),
               ("apply", "for", "job"), ("i", "find", "a", "job"), ("place", "hiring"),
               ("who", "is", "hiring"), ("job", "listing"), ("job", "posting"))  # fmt: skip
# "i feel hopeless", "i feel so lost and stuck", "stressed about my future": discouraged, before
# any question
_DISCOURAGED = (("hopeless",), ("feel", "lost"), ("feel", "so", "lost"), ("feel", "stuck"),
                ("never", "find", "anyth"), ("give", "up"), ("giving", "up"),
                ("feel", "like", "a", "failure"), ("cant", "stop", "cry"),
                ("cant", "stop", "crying"), ("stressed", "about", "my", "future"),
                ("worried", "about", "my", "future"), ("scared", "about", "my", "future"),
                ("anxious", "about", "my", "future"), ("feel", "overwhelmed"),
                ("feel", "so", "overwhelmed"))  # fmt: skip


def _starting_out(words: list[str]) -> str | None:
    """ "crisis" where the user speaks of ending their life or harming themselves, "laid_off"
    where the user has lost a job, "undecided" where they do not know what to
    do, "discouraged" where they feel hopeless or stuck, "job_search" where they look for
    openings, "age" where they worry they are too old to start, else None (`words`: folded, no
    sentence breaks)."""
    # every run of words the phrases could be, once (this runs on every message)
    said = {
        tuple(words[at : at + size])
        for size in range(1, _LONGEST_STARTING + 1)
        for at in range(len(words) - size + 1)
    }
    for kind, phrases in _STARTING_KINDS:
        if not said.isdisjoint(phrases):
            return kind
    return None


# "am i too old to retrain at 55", "nobody will hire me at my age": a worry about age, with no
# career named
_AGE_WORRY = (("too", "old"), ("too", "late"), ("at", "my", "age"), ("older", "worker"),
              ("older", "people"), ("age", "discrimination"))  # fmt: skip
# In the order they are looked for: a layoff said with "idk what to do" is a layoff, and a
# crisis is a crisis whatever else is said
_STARTING_KINDS = (
    ("crisis", frozenset(_IN_CRISIS)),
    ("laid_off", frozenset(_STARTING_OVER)),
    ("discouraged", frozenset(_DISCOURAGED)),
    ("job_search", frozenset(_JOB_SEARCH)),
    ("age", frozenset(_AGE_WORRY)),
    ("undecided", frozenset(_UNDECIDED)),
)
_LONGEST_STARTING = max(len(p) for _, phrases in _STARTING_KINDS for p in phrases)


# Matters outside the data, whatever career is named with them (folded words: "taxes" is
# "tax", "workers" is "worker"): who may work ("can my son be a cop with daca"), public benefits
# ("will i lose medicaid if i become a cna") and the user's own money ("can i use my 401k for
# welding school"). An occupation's figures answer none of them.
_OUTSIDE_TOPICS = (
    ("immigration", (("daca",), ("visa",), ("green", "card"), ("citizenship",),
                     ("work", "permit"), ("h1b",), ("h", "1b"), ("uscis",), ("asylum",),
                     ("undocumented",), ("immigration", "status"), ("sponsorship",), ("ssn",),
                     ("social", "security", "number"), ("itin",))),
    ("benefits", (("medicaid",), ("medicare",), ("social", "security"), ("ssi",), ("ssdi",),
                  ("food", "stamp"), ("unemployment", "benefit"), ("unemployment", "check"),
                  ("unemployment", "insurance"), ("worker", "comp"), ("worker", "compensation"),
                  ("disability", "benefit"), ("disability", "payment"), ("disability", "check"),
                  ("disability", "money"))),
    # "does the GI bill cover police academy": veterans' education and other VA benefits
    ("veterans", (("gi", "bill"), ("va", "benefit"), ("post", "9", "11"), ("vr", "e"),
                  ("va", "disability"), ("veteran", "benefit"))),
    # "how much does electrician school cost", "how much does the training cost": what
    # programs cost, which varies by school and state
    ("cost", (("school", "cost"), ("train", "cost"), ("program", "cost"), ("tuition", "cost"),
              ("cost", "of", "school"), ("cost", "of", "train"), ("student", "debt"),
              ("college", "cost"), ("course", "cost"), ("academy", "cost"),
              ("much", "is", "tuition"), ("tuition", "at"), ("tuition", "for"),
              ("cost", "to", "go"), ("cost", "to", "attend"))),
    ("money", (("401k",), ("roth",), ("student", "loan"), ("deferment",), ("forbearance",),
               ("fafsa",), ("financial", "aid"), ("pell", "grant"), ("scholarship",), ("tax",),
               ("taxe",), ("irs",), ("credit", "score"), ("health", "insurance"),
               ("private", "loan"), ("parent", "plus"), ("plus", "loan"), ("cosign",),
               ("pension",))),
    # "what's the minimum wage in ohio", "is it legal for a 15 year old to work 20 hours" (not
    # "library techs make like minimum wage": a figure judged)
    ("law", (("the", "minimum", "wage"), ("the", "federal", "minimum"), ("the", "state", "minimum"),
             ("overtime", "law"), ("labor", "law"), ("child", "labor"), ("legally",),
             ("is", "it", "legal"), ("is", "that", "legal"), ("even", "legal"),
             ("is", "this", "legal"))),
    # "i get migraines after every shift, what medicine should i take", "what stretches help":
    # the user's own health (not "careers in medicine")
    ("health", (("what", "medicine"), ("which", "medicine"), ("medication",), ("vitamin",),
                ("stretch",), ("see", "a", "doctor"), ("migraine",), ("headache",),
                ("carpal", "tunnel"))),
    # "how do i answer 'what's your biggest weakness' in a job interview", "check my resume" (not
    # "skills to put on a resume for library technician": the career's skills)
    ("applying", (("job", "interview"), ("interview", "question"), ("an", "interview"),
                  ("the", "interview"), ("resume",), ("cover", "letter"), ("my", "reference"))),
)  # fmt: skip
# "is that before taxes": the pay asked about, as the figures give it; "crazy hours during tax
# season": the accountants' busy months
_TAX_OF_PAY = frozenset({"before", "after", "pre"})
_TAX_TIME = frozenset({"season", "time", "deadline", "day"})
_SKILL_ASKED = frozenset({"skill", "skills"})


def outside_topic(words: list[str], skip: Set[int]) -> tuple[str, int] | None:
    """The kind of matter outside the data the message names ("immigration", "benefits",
    "veterans", "cost", "money", "law", "health", "applying") and the position of its first word,
    leaving out the positions in `skip` (an occupation's name: "tax preparers"); None when it
    names none."""
    for at, word in enumerate(words):
        if at in skip or word not in _OUTSIDE_BY_FIRST:
            continue
        for kind, phrase in _OUTSIDE_BY_FIRST[word]:
            if tuple(words[at : at + len(phrase)]) != phrase:
                continue
            if kind == "applying" and not _SKILL_ASKED.isdisjoint(words):
                continue
            if word in ("tax", "taxe") and (
                (at and words[at - 1] in _TAX_OF_PAY)
                or not _TAX_TIME.isdisjoint(words[at + 1 : at + 2])
            ):
                continue
            return kind, at
    return None


# (this runs on every message: the phrases by their first word, looked up once per word)
_OUTSIDE_BY_FIRST: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _kind, _phrases in _OUTSIDE_TOPICS:
    for _phrase in _phrases:
        _OUTSIDE_BY_FIRST.setdefault(_phrase[0], []).append((_kind, _phrase))
for _said in _OUTSIDE_BY_FIRST.values():  # the longest first: "social security number"
    _said.sort(key=lambda kind_phrase: -len(kind_phrase[1]))


# A situation of the user's (or their child's) that the figures do not rate careers by: a
# disability or condition ("im deaf, can i be a nurse", "my son has adhd") or a criminal record
# ("can i be an electrician with a felony"). Said of someone: a person word a few words before.
_SITUATIONS = {
    "disability": frozenset(
        """deaf blind adhd add autism autistic asperger aspergers dyslexia dyslexic wheelchair
        disability disabled epilepsy paraplegic amputee ptsd tbi anxiety bipolar ocd""".split()
    ),
    "record": frozenset("felony felon felonie conviction convicted misdemeanor".split()),
}
_SAID_OF = frozenset("i im me my he she hes shes has have had with is am son daughter kid".split())
_SITUATION_WINDOW = 4


def situation(words: list[str], skip: Set[int]) -> str | None:
    """ "disability" or "record" where `words` (folded tokens) say the user or someone close
    has one ("i have adhd", "my son is autistic", "with a felony"), else None; positions in
    `skip` (an occupation's name) are left out."""
    for at, word in enumerate(words):
        if at in skip:
            continue
        kind = _SITUATION_OF.get(word)
        if kind is not None and not _SAID_OF.isdisjoint(words[max(0, at - _SITUATION_WINDOW) : at]):
            return kind
        if word == "record" and words[at - 1 : at] == ["criminal"]:
            return "record"
    return None


# (this runs on every message: each situation word's kind, looked up once per word)
_SITUATION_OF = {word: kind for kind, said in _SITUATIONS.items() for word in said}


# "my uncle", "my friends mom", "our neighbour", "a guy at the hospital": someone whose work is
# told ("my dad works nights at the water plant watching the gauges")
_STORY_PEOPLE = RELATIVES | frozenset(
    """neighbor neighbour grandpa grandma grandfather grandmother granddad grandad nephew niece
    tito tita stepdad stepmom boyfriend girlfriend fiance law""".split()
)
_STORY_OWNERS = frozenset({"my", "our"})
# The first word after the person that tells nothing of the work ("my son wants to be", "my
# dad is 50", "my mom said", "my son likes animals"; folded, as `tokens` gives them): no story
# of a job
_NOT_WORK = frozenset(
    """is was s has had wants want wanted said says told thinks thought asked loves loved likes
    liked hates hated keeps got gets just and who retired passed died lost quit became become
    will would can could might should always never also really school high teacher class boss
    job car house college team coach doctor company birthday like love hate say keep get think
    wish dream enjoy prefer plan hope study studie attend goe go does doe did do am are play
    saw seen met heard
    """.split()
)
# A question that points back at the story: "what does that pay", "could computers replace
# him", "jobs like hers"
_POINTING_BACK = frozenset(
    "that this those these him her hers his he she they them it job jobs work career".split()
)


def _storyteller(words: list[str], start: int, end: int) -> int | None:
    """Where the verb stands in a sentence (words[start:end]) that opens "my <relative> <verb>"
    ("my aunt sits in court all day typing"), or None."""
    at = start
    while at < end and words[at] in {"so", "well", "ok", "hi", "hello", "and", BREAK}:
        at += 1
    if at >= end or words[at] not in _STORY_OWNERS:
        return None
    at += 1
    people = 0
    while at < end and (words[at] in _STORY_PEOPLE or words[at] == "in"):
        people += words[at] in _STORY_PEOPLE
        at += 1
    if not people or at >= end - 2 or words[at] in _NOT_WORK or not words[at].isalpha():
        return None
    return at


def story_told(
    words: list[str], sentences: Sequence[tuple[int, int, bool]]
) -> tuple[int, int] | None:
    """Where a sentence that tells what someone close does for work stands, when a later
    sentence asks about "that job": "my uncle works at the chicken plant, he stands on the
    line all day deboning chickens with a knife. how much does that pay" -> the first
    sentence, from its verb to its end, as (start, end) positions of `words` (folded tokens);
    None when no such story is told. `sentences`: each sentence's (start, end) positions and
    whether it asks."""
    for start, end, asks in sentences:
        if asks:
            continue
        verb = _storyteller(words, start, end)
        if verb is None:
            continue
        later = [(a, b) for a, b, asked in sentences if a >= end and asked]  # the question
        if any(not _POINTING_BACK.isdisjoint(words[a:b]) for a, b in later):
            return verb, end if words[end - 1 : end] != [BREAK] else end - 1
    return None


SWITCH_LEAD_INS = frozenset({"ok", "okay", "so", "hmm", "alright", "right", "oh"})


def switch_opener(words: list[str]) -> int:
    """How many words open a message by moving on: "what about" and "how about" (2), "and"
    (1), else 0; after an "ok" or "so" ("ok and the guys who climb the towers"), counted in."""
    said = 1 if words[:1] and words[0] in SWITCH_LEAD_INS and len(words) > 1 else 0
    if words[said : said + 2] in (["what", "about"], ["how", "about"]):
        return said + 2
    return said + 1 if words[said : said + 1] == ["and"] else 0


# A message of these words only says nothing to answer ("ok", "wait", "nvm", "idk"): with no
# career talked about yet, what the bot can do
FILLER_ONLY = frozenset(
    """ok okay k so wait nvm nevermind idk hmm hm um uh well yeah yes yep no nope lol bruh
    sure alright fine cool i dont do not know""".split()
)
# "are you chatgpt", "r u a real person", "who made you": the bot itself asked about
_ABOUT_ME = frozenset(
    """chatgpt gpt bot robot ai human person real made built created programmed name""".split()
)


def asks_about_the_bot(words: list[str]) -> bool:
    """ "are you chatgpt", "who made you", "r u a real person": a question about the bot
    itself (`words`, folded tokens), not about a career."""
    plain = [w for w in words if w != BREAK]
    return (
        len(plain) <= 8
        and bool(plain)
        and plain[0] in QUESTION_LEADS | {"are", "r", "is", "do", "did"}  # not "thank you bot"
        and not {"you", "u", "your", "ur"}.isdisjoint(plain)
        and not _ABOUT_ME.isdisjoint(plain)
        and not {"job", "career", "work", "replace", "take"} & set(plain)
    )


# Words ending in -ing that name no work done: "something", "starting salary", "for a living"
_NOT_DOING = frozenset(
    """thing something anything nothing everything morning evening during king ring spring
    string bring sing wing ceiling feeling meaning willing interesting amazing boring exciting
    outstanding ongoing upcoming starting going gonna living getting having being thinking
    considering wondering trying planning hoping paying earning looking liking loving hating
    asking saying growing dying shrinking declining hiring training kidding applying
    matching learning studying schooling wedding clothing housing parking funding meeting
    heating rating ranking""".split()
)
# "keeps taking credit for my work", "start taking social security", "my cleaning business":
# a habit, a plan or a thing's kind, not a job's work
_NOT_DOING_AFTER = frozenset(
    """keep keeps kept start started stop stopped quit avoid enjoy enjoys like likes love
    loves hate hates mind my our his her their your""".split()
)
_THING_DONE_FOR = frozenset(
    """company business industry school program class course
    agency age license""".split()
)
# "need to write the instruction manuals", "does it take to work on airplane engines": the
# work, said as what one needs to be able to do
_TO_DO_AFTER = frozenset({"need", "needs", "needed", "take", "takes", "require", "requires"})
_PREPARATION = frozenset(
    """training train skill education school schooling degree certificate certification
    license qualification experience study class course""".split()
)
_NOT_TO_DO = frozenset({"be", "become", "get", "have", "know", "go", "start", "study", "learn"})
_LIVING = ("for", "a", "living")
_OWN = frozenset({"my", "our", "me", "myself", "i", "im"})  # (not "mine": "mines" folds to it)


def _typed_ing(word: str, raw: frozenset[str]) -> str | None:
    """The -ing word of `raw` (as typed) that the token `word` stands for, folded and perhaps
    corrected ("remov" for "removing", "set" for "setting", "make" for "making"), or None."""
    for typed in (word, word + "ing", word + word[-1:] + "ing", word[:-1] + "ing"):
        if typed.endswith("ing") and typed in raw:
            return typed
    return None


# Verbs after "my uncle" that say no work done ("my uncle is", "my mom works at the bank")
_NOT_WORK_VERBS = frozenset(
    "is was has does works wants says thinks likes loves hates needs knows got gets lives goes "
    "told said".split()
)


def _relative_does(words: list[str], raw: frozenset[str]) -> int | None:
    """Where "my uncle fixes air conditioners", "my aunt drives the big trucks" says the work a
    relative does: the position of the verb (typed with its -s), else None."""
    for at in range(1, len(words) - 2):
        verb = words[at + 1]
        if words[at - 1] not in POSSESSIVE or words[at] not in RELATIVES:
            continue
        said = next((r for r in (verb + "s", verb + "es", verb) if r in raw), None)
        if said is not None and said.endswith("s") and said not in _NOT_WORK_VERBS:
            return at + 1
    return None


def work_done(words: list[str], raw: frozenset[str]) -> tuple[int, int] | None:
    """Where a message says a job as the work done, with no name or "people who": "dealing
    blackjack in las vegas, what's the pay", "downsides of removing asbestos", "what skills do
    you need to write instruction manuals", "my uncle fixes air conditioners, what is that
    job called" -> from the doing word to the end of its clause, as
    (start, end) positions of `words` (folded tokens, so "removing" is "remov"); `raw`, the
    message's words as typed (lower case), tells a folded -ing word. None when none is said."""
    start = None
    for at, word in enumerate(words):
        typed = _typed_ing(word, raw)
        if typed is not None and typed not in _NOT_DOING and len(typed) > 5:
            # the first doing word only: "keeps scheduling me for closing shifts" is no job
            if (
                at + 1 >= len(words)
                or words[at + 1] == BREAK
                or (at and words[at - 1] in _NOT_DOING_AFTER)
                or words[at + 1] in _THING_DONE_FOR
            ):
                return None
            start = at
            break
        if (
            word == "to"
            and at
            and words[at - 1] in _TO_DO_AFTER
            and at + 2 < len(words)
            and words[at + 1] not in _NOT_TO_DO
            and BREAK not in words[at + 1 : at + 3]
            # "what training do i need to do facials", not "does he need to file taxes"
            and not _PREPARATION.isdisjoint(words[:at])
        ):
            start = at + 1
            break
    if start is None:
        start = _relative_does(words, raw)
    if start is None:
        return None
    end = next((i for i in range(start, len(words)) if words[i] == BREAK), len(words))
    if tuple(words[end - 3 : end]) == _LIVING:  # "tuning pianos for a living"
        end -= 3
    # "how much does fixing my car cost", "taking credit for my work": the user's own matter
    if not _OWN.isdisjoint(words[start:end]):
        return None
    return (start, end) if end - start >= 2 else None


# Spanish words no English question uses and careerbot does not translate (folded: "dónde" =
# "donde"; the words it does translate, "cuanto gana un electricista", are normalise's
# borrowed words): a message with two of them is written in Spanish, which careerbot does not
# read ("necesito trabajo, donde puedo buscar").
_SPANISH = frozenset(
    """ganar trabajo trabajar necesito puedo cual cuales carrera dinero donde porque tambien
    mucho bueno gracias como paga empleo empleos universidad escuela tiempo tengo hacer
    buscar""".split()
)


# A question asked in English as well ("cuanto gana... sorry, how much electrician earn")
_ENGLISH_ASKING = frozenset(
    "how what which why when where does do is are can will should would could".split()
)


def _in_spanish(words: list[str]) -> bool:
    """Asked in Spanish only: two Spanish words, and no English question word."""
    return len(_SPANISH.intersection(words)) >= 2 and _ENGLISH_ASKING.isdisjoint(words)


# "my kid wants to be a vet", "thinking of becoming a nurse": the career is the subject.
WANTING = frozenset(
    "want wanna become becoming gonna planning thinking considering hoping dream".split()
)
ASPIRING = frozenset({"be", "become", "becoming", "being", "into", "pursue", "pursuing"})
# A message that opens with thanks ("Thanks so much, you've really put my mind at ease")
THANKING = frozenset({"thank", "thanks", "thx", "ty", "tysm", "thankyou", "gracias", "merci"})
# "thanks so much but...": the words of thanks before the question that follows them
THANKS_OPENING = THANKING | {"you", "u", "so", "much", "but", "and", "ok", "okay", "alot", "lot"}
# "hola", "salaam, I have some questions": a greeting in the user's own language
GREETINGS_ABROAD = frozenset(
    "hola buenas bonjour salut ciao salaam salam assalamualaikum namaste ola oi hallo".split()
)
# Last words that close a conversation whatever comes before them ("fine lol bye").
CLOSING_WORDS = frozenset({"bye", "goodbye", "thanks", "thank", "cya", "ttyl", "gtg"})
# A message this long (in words) tells a story before its question, which may drown it
STORY_WORDS = 25
SHORT_CLOSING = 5  # "ok that helps thanks bye"; longer messages may ask something first
# ("ok that helps thx": a closing word after a remark that the answer helped)
CLOSING_FILLER = frozenset(
    {
        "you",
        "much",
        "fine",
        "great",
        "alright",
        "again",
        "all",
        "ty",
        "that",
        "help",
        "helps",
        "helped",
    }
)
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
    ngl interest not bad good great awesome solid at all bet ight aight deadass cap no mid
    trash fire bussin lit valid""".split()
)  # ("interest": "interesting", folded; "ok not bad", "sounds good", "not bad at all"; "bet",
# "no cap", "thats trash", "deadass?": a teen's)
# Words a reaction opens with ("wow big jump", "thats terrible", "WAIT what 😳", "ugh")
_REACTION_OPENERS = frozenset(
    """k kk ok okay dang damn wow whoa that thats cool nice oh lol lmao hmm huh jeez yikes bruh
    omg geez sheesh wild crazy insane interest great awesome solid fr ngl wait ugh oof wtf
    dayum bro holy yeah yep hm ah aw aww meh welp yay bet ight aight deadass""".split()
)
_REACTION_LONGEST = 6  # words: "wow thats more than i thought"


def reacts(plain: list[str], text: str) -> bool:
    """A reaction to the last answer, asking nothing: "lol ok", "interesting", and short
    exclamations that open with one ("wow big jump", "thats terrible", "WAIT what 😳", "that's
    it??"): no question word after the first ("wow what do they do" asks)."""
    if not plain:
        return False
    if "?" not in text and set(plain) <= REACTION_WORDS:
        return True
    rest = plain[1:]
    # ("is it dangerous" asks: a question's first word opens no reaction)
    return (
        len(plain) <= _REACTION_LONGEST
        and plain[0] in _REACTION_OPENERS
        and (rest == ["what"] or QUESTION_LEADS.isdisjoint(plain))
    )


# The reactions that can open a question: "lol ok what do they do", "wow, how long is school"
OPENING_REACTIONS = REACTION_WORDS - frozenset(
    "thats that is it so really makes sense sounds chill wild crazy insane interesting".split()
)


def question_opening(plain: list[str]) -> int:
    """Where a question starts after the reaction that opens it ("lol ok what do they do",
    "ok so what do you need to become one": 2), else 0 ("lol wut", "so cool", "what pays"):
    the reaction, outweighed by the question, is left out of both its reading and the verdict
    on the last answer ("ok" is no "is that ok?")."""
    opening = next((i for i, w in enumerate(plain) if w not in OPENING_REACTIONS), 0)
    if opening and plain[opening] == "so":
        opening += 1  # "ok so what..." (a bare "so" opens no reaction: "so cool")
    if 0 < opening < len(plain) - 1 and plain[opening] in QUESTION_LEADS:
        return opening
    return 0


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


FORMER_LATTER = {"former": 1, "latter": -1}
# Words that point to a career discussed or offered ("the first one", "the other one", "the
# latter"), never part of a job's name
POINTERS = frozenset(ORDINALS) | frozenset(FORMER_LATTER) | {"other", "last", "next"}


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
        if word == "middle":  # "the middle one": said of three, the second
            return 2
        if word in ORDINALS:
            return ORDINALS[word]
    # "how does the former compare", "and the latter?"
    for word, after in pairwise(plain):
        if word == "the" and after in FORMER_LATTER:
            return FORMER_LATTER[after]
    # "What's the outlook for the first?", "and the last?": a pointer that ends the message,
    # or its clause before the place ("the median salary for the second in Massachusetts")
    if len(plain) >= 2 and plain[-2] == "the" and plain[-1] in ORDINALS:
        return ORDINALS[plain[-1]]
    for at, (word, after) in enumerate(pairwise(plain)):
        if word == "the" and after in ORDINALS and plain[at + 2 : at + 3] in (["in"], [BREAK]):
            return ORDINALS[after]
    if plain[-2:] == ["the", "last"]:
        return -1
    # "second?", "and the 2nd?": an ordinal alone, after what leads a follow-up
    said = [word for word in plain if word != BREAK]
    while said[:-1] and said[0] in _BEFORE_AN_ORDINAL:
        said = said[1:]
    return ORDINALS.get(said[0]) if len(said) == 1 else None


_BEFORE_AN_ORDINAL = frozenset({"and", "what", "about", "how", "ok", "then", "the", "now"})


# "what r plumbers making rn", "is anyone hiring rn lol": "rn" closing a message is "right now";
# after one of these words it is the nurse ("pay for an rn", "lpn or rn").
_RN_BEFORE_NURSE = frozenset(
    "a an the as for be become being versus or and to of is about like than with my her his between"
    " from not mean meant compare vs".split()
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


# "she does NOT want to be a teacher like me", "dont wanna become a nurse": a career refused
_INSTEAD_OF = frozenset({"related", "else", "other", "similar", "instead", "alternative"})
_NOT_WANTING = frozenset({"not", "dont", "doesnt", "never", "didnt"})
_WANTING_TO_BE = (["want", "to", "be"], ["want", "to", "become"], ["wanna", "be"],
                  ["wanna", "become"])  # fmt: skip


def _negated(words: list[str], mention: Mention) -> bool:
    before = words[max(0, mention.start - 3) : mention.start]
    while before and before[-1] in _NEGATED_GAP:
        before.pop()
    if bool(before) and (before[-1] in _NEGATING or before[-2:] == ["other", "than"]):
        return True
    if not _INSTEAD_OF.isdisjoint(words):
        return False  # "i dont want to be a nurse, what else is there": careers like it
    wider = words[max(0, mention.start - 6) : mention.start]
    while wider and wider[-1] in _NEGATED_GAP:
        wider.pop()
    return any(
        wider[-len(wish) :] == wish
        and wider[-len(wish) - 1 : -len(wish)] in ([w] for w in _NOT_WANTING)
        for wish in _WANTING_TO_BE
    )


_ABOUT_THIS = [(("what", "is", "this"), ("for",)), (("what", "is", "this"), ()),
               (("what", "this"), ("is", "for"))]  # fmt: skip
_THIS_BOT = ("chat", "bot", "chatbot", "app")
_HOW_DO = [("how", "do", "you"), ("how", "do", "i"), ("how", "does", "one"), ("how", "can", "i"),
           ("how", "would", "i"), ("how",), ("how", "to")]  # fmt: skip
_BECOME = [("become",), ("be",), ("get", "to", "be"), ("become", "one"), ("be", "one")]
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
    ("what", "does"): "duties",  # "tell me what a data scientist does"
    # "what do people in cybersecurity do", "what does someone in hr do"
    ("what", "do", "people", "in", "do"): "duties",
    ("what", "do", "people", "do"): "duties",
    ("what", "does", "someone", "in", "do"): "duties",
    ("what", "does", "someone", "do"): "duties",
    ("what", "do", "make"): "salary",  # "what do animators make", the name taken out
    # "whats the national average for nurses", "average for welders?": the pay survey's figure
    ("what", "is", "average"): "salary",
    ("what", "is", "national", "average"): "salary",
    ("national", "average"): "salary",
    ("average",): "salary",
    ("what", "does", "make"): "salary",  # "what does an animator make"
    # "thinking about becoming a teacher. what would i need": the way in
    ("what", "would", "i", "need"): "education",
    ("what", "do", "i", "need"): "education",
    ("what", "would", "he", "need"): "education",
    ("what", "would", "she", "need"): "education",
    ("what", "does", "he", "need"): "education",
    ("what", "does", "she", "need"): "education",
    ("what", "does", "even", "make"): "salary",
    ("what", "do", "even", "make"): "salary",
    ("what", "do", "even", "do"): "duties",
    # the career's name taken out: "how do u get to be a detective", "how to be a nurse"
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
# Words before a bare question: the greeting words, and a few more ("hmm, how much?"; "the
# pilot one, how do u become one", the career's name taken out).
_LEADING = (GREETING_WORDS - {BREAK}) | {"hmm", "then", "well", "yo", "one"}


_NARROWING = frozenset({"for", "at", "with", "on"})
_WHO_THEY_ARE = frozenset({"who", "that"})
_NARROWING_WORDS = 3  # "for games", "at a hospital"


def _switches(words: list[str], mentions: list[Mention]) -> bool:
    """ "smaller than i thought. what about zookeepers": the message ends by naming a career
    with only switching words ("what about", "and"), whatever came before it; or a clause
    before the end does ("What about truck drivers? His brother drives long-haul.", "how
    about archivists, since he loves old documents?"), whatever comes after it."""
    end = len(words)
    while end and words[end - 1] == BREAK:
        end -= 1
    bounds = [i for i in range(end) if words[i] == BREAK]
    starts = [0, *(i + 1 for i in bounds)]
    ends = [*bounds, end]
    last = len(starts) - 1
    return any(
        _switch_clause(words, mentions, start, stop, ending=k == last)
        for k, (start, stop) in enumerate(zip(starts, ends, strict=True))
    )


def _switch_clause(
    words: list[str], mentions: list[Mention], start: int, end: int, *, ending: bool
) -> bool:
    """Whether words[start:end] name a career with only switching words: "what about
    zookeepers", "barbers tho"; a name alone only when `ending` after a reaction."""
    named = {
        i for m in mentions if start <= m.start and m.end <= end for i in range(m.start, m.end)
    }
    # "what about the scientists who study livestock breeding and nutrition": who they are
    # is part of the name, careers said in it too
    said_who = next(
        (i for i in range(start, end) if words[i] in _WHO_THEY_ARE and i - 1 in named), None
    )
    if said_who is not None:
        end = said_who
        named = {i for i in named if i < said_who}
    last = max(named, default=end - 1) + 1
    # "what about being an animator for games": a few words that narrow the career named
    if last < end and words[last] in _NARROWING and end - last <= _NARROWING_WORDS:
        end = last
    # "what about auto body guys", "and the hvac people": who does it, part of the name
    named |= {i for i in range(start, end) if words[i] in _WORKERS and i - 1 in named}
    rest = [words[i] for i in range(start, end) if i not in named]
    first = min(named, default=end)
    if (
        ending
        and named
        and words[max(start, first - 2) : first] in (["what", "about"], ["how", "about"])
    ):
        # "thats so long 😭 what about mental health counselors": a remark, then the switch
        rest = [words[i] for i in range(first - 2, end) if i not in named]
    if not named or not set(rest) <= SWITCH_WORDS | SWITCH_TAILS:
        return False
    if not rest:  # "jeez. mental health counselors?": a name alone after a reaction
        return ending and start > 0
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
        # ("how much years study for orthodontist", "how much time and school": the same)
        if (first, second) == ("how", "many") or (
            (first, second) == ("how", "much")
            and (third in _SPANS or (third == "time" and not _STUDYING_TIME.isdisjoint(plain)))
        ):
            return third
    return None


# "how much time and school", "how much time to become": time to train (not "time off")
_STUDYING_TIME = frozenset("school study studying train training become college degree".split())


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


def bare_question(plain: list[str]) -> str | None:
    """The intent id of a question made of filler words only, once a career's name, articles,
    leading greetings, a trailing place word and a trailing condition ("... if he goes full
    time") are taken out ("what do they do" -> "duties", "how to be" -> "education"); None for
    any other words."""
    words = [word for word in plain if word != BREAK and word not in ARTICLES]
    while words and words[0] in _LEADING:
        words = words[1:]
    if "if" in words[2:]:  # "what does a library technician make if he goes full time"
        words = words[: words.index("if", 2)]
    while words and words[-1] in _BEFORE_A_PLACE:  # "how much in houston", the place taken out
        words = words[:-1]
    if words[-2:] == ["these", "day"]:  # "what a plumber makes these days"
        words = words[:-2]
    while words and words[-1] in _NOWADAYS:
        words = words[:-1]
    return BARE_QUESTIONS.get(tuple(words))


_NOWADAYS = frozenset({"nowadays", "today", "now", "currently", "anymore"})


_ORDINAL = re.compile(
    r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
)


def _school_year(words: list[str], mention: Mention) -> bool:
    """ "my 8th graders", "ninth graders": students in a school year, not graders of produce;
    and "my chemistry homework", "a biology quiz": a school subject, not its workers ("the
    nursing exam" is a licence)."""
    if words[mention.end : mention.end + 1] and words[mention.end] in _SCHOOLWORK:
        return True
    return (
        words[mention.start : mention.end] == ["grader"]
        and mention.start > 0
        and _ORDINAL.fullmatch(words[mention.start - 1]) is not None
    )


_SCHOOLWORK = frozenset("homework assignment assignments worksheet quiz".split())


# "need to know coding", "learn welding", "good at accounting": a field named as a skill.
# And "an associate degree in library science": a subject; "without going to law school": a
# school.
_SKILL_WORDS = frozenset(
    """know learn learning use using skill skills at degree major majoring studying studied
    diploma attend attending without finish finishing""".split()
)


def _a_skill(words: list[str], mention: Mention) -> bool:
    if mention.how != "field":
        return False
    # "what are the key skills for library paraprofessionals - cataloguing software, customer
    # service": a field listed after the skills asked
    listed = "skill" in words[max(0, mention.start - _LISTED_SKILLS) : mention.start]
    return listed or not _SKILL_WORDS.isdisjoint(words[max(0, mention.start - 3) : mention.start])


_LISTED_SKILLS = 10


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
# "remove the welders", "drop plumbers", "take out nurses" from a comparison; the verbs among
# them also point at a career by one word of it ("drop speech")
REMOVING_VERBS = frozenset({"remove", "drop", "minus", "exclude", "delete"})
REMOVING = REMOVING_VERBS | {"without", "out"}
# "balance for agents", "back to civil", "drop speech" (from a comparison)
_BEFORE_ONE = frozenset({"the", "for", "about", "to"}) | REMOVING_VERBS
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
_LEAST = frozenset("lowest worst least fewest".split())


def _ranks_states(words: list[str]) -> bool | None:
    """ "which state pays nurses the most", "best states for welders pay", "where do
    electricians make the most", "where are welders most in demand": states ranked (by pay, or
    by jobs: `states_by_jobs`), highest first (True) or lowest first
    (False); None where no such ranking is asked."""
    said = set(words)
    lowest = not _LEAST.isdisjoint(said)
    named = any(
        word in {"state", "states"} and not _RANKING_STATES.isdisjoint(words[max(0, i - 2) : i])
        for i, word in enumerate(words)
    )
    where = "where" in said and not (_MOST | _LEAST).isdisjoint(said)
    ranked = not (_MOST | _LEAST).isdisjoint(said) or not PAY_WORDS.isdisjoint(said)
    figure = not PAY_WORDS.isdisjoint(said) or states_by_jobs(words)
    if (named and ranked) or (where and figure):
        return not lowest
    return None


# "which states have the most jobs for LPNs", "where are welders most in demand": states
# ranked by how many work in the career there, not by its pay
_JOBS_WORDS = frozenset({"job", "jobs", "employ", "employed", "employment", "hiring", "demand",
                         "work", "opening", "openings"})  # fmt: skip


def states_by_jobs(words: list[str]) -> bool:
    """Whether a ranking of states asks where most (or fewest) work in the career: words for
    jobs, none for pay."""
    return not _JOBS_WORDS.isdisjoint(words) and PAY_WORDS.isdisjoint(words)


# "and the worst?", "what about the lowest", "the top ones again": the other end of the
# ranking just shown, nothing else said
_OTHER_END_WORDS = frozenset("and the what about how ones one again then state states".split())


def _other_end(words: list[str]) -> bool | None:
    """After a ranking: "and the worst?" asks it lowest first (False), "and the best?" highest
    first (True); None where more than that is said."""
    said = set(words)
    ends = said & (_MOST | _LEAST | {"worst", "bottom", "top"})
    if not ends or not said - ends <= _OTHER_END_WORDS:
        return None
    return ends.isdisjoint(_LEAST | {"worst", "bottom"})


def _at_an_age(words: list[str]) -> bool:
    """ "can u be an emt at 18", "how old do you have to be", "am i too young": whether one is
    old enough to start, a question of getting in (education and training). ("at 50, good
    idea?" asks whether the career is worth it: no such question.)"""
    pairs = set(pairwise(words))
    aged = any(w == "at" and a.isdigit() and 13 <= int(a) <= 21 for w, a in pairwise(words))
    said = aged or bool(pairs & {("too", "young"), ("how", "old")})
    return said and PAY_WORDS.isdisjoint(words)  # "what do nurses make at 30": pay


def clause_spans(words: list[str]) -> list[tuple[int, int]]:
    """Where each clause of `words` stands, as (start, end) positions, end exclusive: cut at
    each BREAK (punctuation) and "and", the cutting word in neither ("what does an actuary do,
    and how much do paralegals make" -> three clauses, one empty)."""
    cuts = [at for at, word in enumerate(words) if word in (BREAK, "and")]
    return list(zip([0, *(at + 1 for at in cuts)], [*cuts, len(words)], strict=True))


def clauses_of(words: list[str]) -> list[list[str]]:
    """`words` cut at each BREAK (punctuation), the BREAKs left out; a clause may be empty."""
    clauses: list[list[str]] = [[]]
    for word in words:
        if word == BREAK:
            clauses.append([])
        else:
            clauses[-1].append(word)
    return clauses


def _too_old(words: list[str]) -> bool:
    """ "am i too old to start", "is it too late at 45": starting late, a question of whether
    the career is worth it, asked last (not "am i too old to start? is the work physically
    hard", which asks the work). `words` with BREAK where punctuation stood."""
    clauses = clauses_of(words)
    late = [bool(set(pairwise(c)) & {("too", "old"), ("too", "late")}) for c in clauses]
    if not any(late):
        return False
    after = clauses[late.index(True) + 1 :]
    return all(set(c) <= FILLER for c in after)


_AGE_OVER = frozenset({"overview", "fallback", "employment"})
# Words that judge a move as a whole: "worth it?", "realistic?", "security guard ok?"
_EVALUATING = frozenset(
    "worth realistic ok okay good idea sense doable possible smart crazy viable wise".split()
)
_OWN_AGE_BEFORE = frozenset({"at", "im", "am", "turning", "after", "age", "aged"})
_GROWN = range(25, 91)  # an adult's age, not a school year or a count of years at work
# What a late start's reading may replace: the way in, the sides, the fit, the hours or the pay
# ("63 and need income, security guard ok?"), heard in the story around the question
LATE_START_OVER = frozenset(
    {"education", "strengths", "challenges", "personality", "work_life_balance", "salary"}
)


def _grown_age(word: str) -> bool:
    return word.isascii() and word.isdigit() and int(word) in _GROWN


def late_start(words: list[str]) -> bool:
    """ "Is 58 too old to become a real estate agent?", "culinary school at 40 to become a
    chef, worth it?", "63 and need income, security guard ok?": an adult's age said, and a
    last clause that only judges the move, which the overview answers (training, pay,
    outlook). Not "how long would that take at my age" (the way in) nor a pay question.
    `words`: the message without the career's name, BREAK where punctuation stood."""
    clauses = [c for c in clauses_of(words) if c]
    plain = [w for c in clauses for w in c]
    pairs = set(pairwise(plain))
    aged = (
        bool(pairs & {("too", "old"), ("too", "late"), ("my", "age")})
        or any(a in _OWN_AGE_BEFORE and _grown_age(b) for a, b in pairs)
        or any(_grown_age(c[0]) for c in clauses)  # "63 and need income", "Retired, 61."
    )
    if not aged or not clauses:
        return False
    last = clauses[-1]
    if not PAY_WORDS.isdisjoint(last) or {("how", "long"), ("how", "much")} & set(pairwise(last)):
        return False
    if any(c[0] in {"what", "how", "which"} for c in clauses[:-1]):
        return False  # "what training would i need, im 34 is that too old": asked first
    late = bool({("too", "old"), ("too", "late")} & set(pairwise(last)))
    return late or not _EVALUATING.isdisjoint(last)


_HARD = frozenset("hard easy easier harder difficult tough competitive".split())


def _pointed_modifier(words: list[str]) -> tuple[int, int] | None:
    """Where "the dental one", "the aerospace job" says its word or two (start, end), in a
    message that may ask more: "no sorry i mean the dental one, who make the teeth", "the
    aerospace one, how much". None when no such words."""
    for i, word in enumerate(words):
        if word not in POINTING_NOUNS:
            continue
        for size in (1, 2):
            start = i - size
            if start < 1 or words[start - 1] != "the":
                continue
            said = words[start:i]
            if any(w == BREAK or w in FILLER or w in POINTERS for w in said):
                continue
            return start, i
    return None


_REMARK_WORDS = 6  # "ok that makes me feel better. thank you": a short remark, then thanks


def _thanks_after_remark(words: list[str]) -> bool:
    """ "ok that makes me feel better. thank you", "lol nvm wrong bot, thx": a last clause of
    thanks after a short remark that asks nothing (not "can u do my homework, thanks")."""
    clauses = [clause for clause in clauses_of(words) if clause]
    if len(clauses) < 2 or THANKING.isdisjoint(clauses[-1]):
        return False
    if not set(clauses[-1]) <= THANKS_OPENING | CLOSING_FILLER | {"very"}:
        return False
    before = [word for clause in clauses[:-1] for word in clause]
    opening = [w for w in before if w not in GREETING_WORDS and w not in REACTION_WORDS]
    return len(before) <= _REMARK_WORDS and not (opening and opening[0] in QUESTION_LEADS)


def _hard_to_get_into(words: list[str]) -> bool:
    """ "is it hard to get into", "how hard is it to get into nursing": getting in (training,
    admission), not being hired ("is it hard to get hired" is the job market: outlook)."""
    into = next((at for at, pair in enumerate(pairwise(words)) if pair == ("get", "into")), None)
    if into is None or _HARD.isdisjoint(words):
        return False
    # "...get into harvard": a school named after it, not the career (names are left out)
    return all(word in FILLER for word in words[into + 2 :])


def _against_ai(words: list[str]) -> bool:
    """ "ai vs library tech", "nurses versus robots": a career set against AI (its name taken
    out of `words`)."""
    return any(
        (w in AI_WORDS and a in {"vs", "versus"}) or (w in {"vs", "versus"} and a in AI_WORDS)
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


# "what do chefs actually make", "what does a welder really earn a year": pay, however like
# "what do chefs actually do" the words read
_MAKE = frozenset({"make", "makes", "earn", "earns", "making", "earning"})
_MAKE_TAIL = frozenset(
    "a an year month week hour per now typically usually on average in there here rn".split()
)
_MAKE_ADVERBS = frozenset("actually really usually typically normally realistically".split())


def _what_they_make(words: list[str]) -> bool:
    """ "what do <career> actually make": `words` without the career's name (or with it,
    unread, where a follow-up names it by a word of its own)."""
    if tuple(words[:2]) not in {("what", "do"), ("what", "does"), ("what", "would")}:
        return False
    at = next((i for i, w in enumerate(words) if w in _MAKE), None)
    if at is None:
        return False
    # "what do agents actually make": a name of two words at most, unread, before the verb
    unread = [w for w in words[2:at] if w not in _MAKE_ADVERBS | {"they", "you", "u", "one"}]
    return len(unread) <= 2 and set(words[at + 1 :]) <= _MAKE_TAIL


_PAY_LEVELS = frozenset({"low", "high", "little", "much", "less", "more", "underpaid", "cheap"})
_PAID = frozenset({"make", "makes", "earn", "earns", "paid", "pay", "pays", "salary", "wage"})
_WHY_SO = frozenset("why so is it that this are they them the for really lol".split())


def _why_the_pay(words: list[str]) -> bool:
    """ "why so low for paramedics", "why do orthos make more": why pay is what it is (the
    phrasings hear "why" as the pros of a career)."""
    if words[:1] != ["why"] or _PAY_LEVELS.isdisjoint(words):
        return False
    # "why is it so low" (after a pay answer) asks nothing else; "why is the outlook so low" does
    return not _PAID.isdisjoint(words) or set(words) <= _PAY_LEVELS | _WHY_SO


_DO = frozenset({"do", "does", "did"})
_BETWEEN_WHAT_DO = frozenset(
    "a an the they them those these people ppl exactly actually really even one person".split()
)
_AFTER_DO = frozenset(
    """in simple term terms exactly actually all day long at work for a living daily basis on
    typical every there here like lol""".split()
)
_THE_JOB = (
    ("is", "this", "job"),
    ("is", "that", "job"),
    ("is", "the", "job"),
    ("is", "their", "job"),
)


def _what_they_do(words: list[str]) -> bool:
    """ "can you explain what an occupational therapist does in simple terms", "what library
    pages do", "what even is that job", "what is the job of pharmacy technician": the work
    itself. `words` without the career's name."""
    said = [w for w in words if w != BREAK]
    if "what" not in said:
        return False
    at = said.index("what")
    rest = said[at + 1 :]
    done = max((i for i, w in enumerate(rest) if w in _DO), default=None)
    if done is not None and set(rest[:done]) <= _BETWEEN_WHAT_DO | _DO:
        return set(rest[done + 1 :]) <= _AFTER_DO
    plain = [w for w in rest if w not in {"even", "exactly", "actually", "really"}]
    # "what is this job", "what is the job of X" (not "what is the job market like")
    return any(
        tuple(plain[i : i + 3]) in _THE_JOB and plain[i + 3 : i + 4] in ([], ["of"])
        for i in range(len(plain))
    )


# "add mri to that", "throw in plumbers", "plus electricians": a career added to those discussed
ADDING = frozenset({"add", "include", "throw", "plus"})
# Words of a licence or certification: "accountant need CPA?", "do you have to be licensed"
LICENSING = frozenset("license licence licensed licensing licenses cpa nclex certified".split())
# "how much is that in michigan", "how much do they get an hour": pay, after a career
_HOW_MUCH_TAIL = frozenset(
    "is are that it this there do does they them those one get gets an a per hour year over "
    "for in here".split()
)


def _how_much_is_it(words: list[str]) -> bool:
    """ "how much is that (in michigan)", "the aerospace one, how much": `words` without the
    place end in a bare "how much"."""
    return any(
        words[at : at + 2] == ["how", "much"] and set(words[at + 2 :]) <= _HOW_MUCH_TAIL
        for at in range(len(words) - 1)
    )


# "at the dentist", and the one worked beside: "hands the dentist tools", "helps the vet tech"
_AT_WORK = frozenset(
    {"at", "for", "in", "with", "by", "help", "assist", "hand", "support", "under", "beside",
     "before", "after", "until"}  # "checks your teeth before the dentist comes in"
)  # fmt: skip


def _workplace_in(words: list[str], mention: Mention, span: tuple[int, int]) -> bool:
    """The mention lies in the described clause, after "at", "for"... ("at the dentist"), or
    is the one the work helps ("hands the dentist tools")."""
    start, end = span
    if words[start + 1] not in {"who", "that", "which", "whose"}:
        return False  # "the person at the library checkout desk": that is the job
    if not (start + 2 <= mention.start and mention.end <= end):
        return False
    before = [w for w in words[max(start, mention.start - 3) : mention.start] if w not in ARTICLES]
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


# "how many of them are there", "how much of them": a count of one career's workers, not two
_COUNTING = frozenset({"many", "much"})


def asks_both(words: list[str]) -> bool:
    """ "side by side", "which of them earns more", "both": the careers discussed, together
    ("how many of them are there" counts one career's workers)."""
    return any(
        _contains(words, phrase)
        and not (
            phrase == ("of", "them")
            and all(
                i and words[i - 1] in _COUNTING
                for i in range(len(words) - 1)
                if words[i : i + 2] == ["of", "them"]
            )
        )
        for phrase in BOTH_PHRASES
    )


# "what job is near to this?", "what else can a driver do", "what other jobs use the same skills"
_CLOSE_PAIRS = frozenset(
    {("near", "to"), ("close", "to"), ("closest", "to"), ("similar", "to"), ("similar", "work"),
     ("similar", "job"), ("what", "else"), ("other", "job"), ("other", "work"),
     ("same", "skill"), ("use", "my"), ("is", "close"), ("job", "close"), ("work", "close"),
     ("like", "mine"), ("to", "mine")}
)  # fmt: skip


def asks_close(words: list[str]) -> bool:
    """ "what job is near to this?", "what else can a driver do", "jobs like mine": careers
    close to one, asked in a career changer's own words."""
    return any(pair in _CLOSE_PAIRS for pair in pairwise(words))


def years_at_it(words: list[str]) -> bool:
    """ "trucker 26 yrs", "i clean houses 15 years", "been doing warehouse work forever": the
    user's own work, told with how long it lasted."""
    told = any(a.isdigit() and b in {"year", "yr"} for a, b in pairwise(words))
    return told or any(a == "been" and b == "doing" for a, b in pairwise(words))


# "thx. wat about auto body guys", "ok thanks. what about in florida", "thank you so much, this
# helps. one more - what about a security guard?": thanks said first, then the next question
_THANKS_FIRST = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|k|great|cool|perfect|awesome|alright|oh|got\s+it)\W+)*"
    r"(?:thanks|thank\s+(?:you|u)|thx|thnx|thanx|ty|tysm|appreciate\s+it|many\s+thanks)"
    r"(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|ton|bunch)|\s+again)?"
    r"(?:\s*[,.!;:~-]+\s*|\s+|$)"
    r"(?:(?:this|that|it)\s+(?:helps|helped|(?:was|is|s)\s+(?:so\s+|really\s+|very\s+)?helpful)"
    r"\s*[,.!;:~-]*\s*)?",
    re.IGNORECASE,
)
# ... not "thanks for the help", "thanks, bye": the thanks goes on, or closes
_THANKS_GOES_ON = re.compile(
    r"^(?:for|to|so\b|bye|goodbye|good\s*bye|cya|see\s+y|later|ttyl|have\s+a|\W*$)", re.IGNORECASE
)


def after_thanks(text: str) -> str:
    """The message without thanks said before another question ("thx. wat about auto body
    guys" -> "wat about auto body guys"): thanks first is answered by answering what follows.
    The message itself where it thanks only, thanks for something, or thanks and says goodbye."""
    said = _THANKS_FIRST.match(text)
    if said is None:
        return text
    rest = text[said.end() :]
    if _THANKS_GOES_ON.match(rest) or len(re.findall(r"\w+", rest)) < 2:
        return text
    return rest
