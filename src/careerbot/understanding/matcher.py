"""Read one message: which occupations it names, which intents it asks, and how sure we are.

Pure and per-message; everything expensive (vocabulary, phrase table, inverted index) is built once
in `Matcher.__init__`.
"""

from dataclasses import dataclass, field

from careerbot.catalog import Catalog
from careerbot.understanding.intents import FILLER, IntentClassifier, IntentScore
from careerbot.understanding.normalise import BREAK, tokens
from careerbot.understanding.occupations import Mention, OccupationFinder
from careerbot.understanding.spelling import Speller
from careerbot.understanding.states import StateFinder

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
REFERRING = frozenset(
    {"they", "them", "their", "those", "these"}
)  # "it" is too often "is it raining"
FIRST_PERSON = frozenset({"i", "im", "ive", "id", "me"})
# Workplace admin no career question needs: "how many hours of pto have i used".
WORKPLACE_WORDS = frozenset(
    {"pto", "w2", "401k", "payday", "paycheck", "paystub", "meeting", "holiday", "vacation",
     "timesheet", "deposit", "payroll", "calendar"}
)  # fmt: skip
# "how much do i make": about the user's own pay unless a career is named or being discussed.
PAY_WORDS = frozenset({"make", "earn", "paid", "pay", "salary", "income", "compensation", "wage"})
# "what about library assistants?" has no topic words besides the name; "where can i find the
# best divorce lawyer" has several and is not a question about lawyers' careers.
_MAX_WORDS_FOR_FOLLOW_UP = 1
NEAR, DOMINANCE = 0.8, 1.5


@dataclass(frozen=True)
class Understanding:
    words: list[str]  # corrected tokens
    mentions: list[Mention]
    intents: list[IntentScore]  # what the message asks, in the order asked; empty if unsure
    ranked: list[IntentScore]  # every candidate for the whole message, best first
    own_job: bool = False
    own_pay: bool = False  # "how much do i earn": the user's pay, unless a career is in context
    refers_back: bool = False  # "they", "it": about a career named before (or to be named)
    number: int | None = None  # a bare "2", picking from a numbered list
    state: str | None = None  # two-letter code of a US state named
    topic_words: list[str] = field(default_factory=list)  # besides occupations and states
    content_words: list[str] = field(default_factory=list)  # every non-filler word

    @property
    def socs(self) -> list[str]:
        """Occupations named unambiguously, in order of mention."""
        found: list[str] = []
        for mention in self.mentions:
            if len(mention.socs) == 1 and mention.socs[0] not in found:
                found.append(mention.socs[0])
        return found

    @property
    def ambiguous(self) -> list[tuple[str, ...]]:
        return [mention.socs for mention in self.mentions if len(mention.socs) > 1]

    @property
    def top_score(self) -> float:
        return self.ranked[0].score if self.ranked else 0.0

    @property
    def is_short(self) -> bool:
        """Few topic words besides the occupation: "what about library assistants?"."""
        return len(self.topic_words) <= _MAX_WORDS_FOR_FOLLOW_UP


class Matcher:
    def __init__(self, catalog: Catalog, answer_threshold: float) -> None:
        self.answer_threshold = answer_threshold
        self.finder = OccupationFinder.from_catalog(catalog)
        self.states = StateFinder()
        self.classifier = IntentClassifier(catalog.intents.values(), strip=self._strip_occupations)
        everyday = self.classifier.vocabulary | self.states.vocabulary
        self.finder.everyday = frozenset(everyday)
        names = self.finder.core_vocabulary
        self.speller = Speller(
            names | everyday, long_only=names - everyday, keep=self.finder.vocabulary
        )

    def _strip_occupations(self, words: list[str]) -> list[str]:
        return self._outside(words, self.finder.find(words))

    @staticmethod
    def _outside(words: list[str], mentions: list[Mention]) -> list[str]:
        inside = {i for mention in mentions for i in range(mention.start, mention.end)}
        return [word for i, word in enumerate(words) if i not in inside]

    def understand(self, text: str) -> Understanding:
        raw = tokens(text)
        words = [self.speller.correct(word) for word in raw]
        mentions = self.finder.find(words)
        state, state_positions = self.states.find(words)
        taken = {i for mention in mentions for i in range(mention.start, mention.end)}
        if state_positions & taken:  # "new york" inside an occupation name is not a state
            state, state_positions = None, set()
        rest = [w for i, w in enumerate(words) if i not in taken and i not in state_positions]
        plain = [word for word in rest if word != BREAK]
        topic = [word for word in plain if word not in FILLER]
        number = int(plain[0]) if len(plain) == 1 and plain[0].isdigit() else None
        own_job = not mentions and (
            not WORKPLACE_WORDS.isdisjoint(plain)
            or any(
                word in POSSESSIVE and OWN_JOB_WORDS.intersection(plain[i + 1 : i + 3])
                for i, word in enumerate(plain)
            )
        )
        own_pay = (
            not mentions and not FIRST_PERSON.isdisjoint(plain) and not PAY_WORDS.isdisjoint(plain)
        )
        ranked = self.classifier.scores(plain)
        intents = self._asked(plain, rest, ranked, bool(mentions))
        return Understanding(
            words=words,
            mentions=mentions,
            intents=intents,
            ranked=ranked,
            own_job=own_job,
            own_pay=own_pay,
            refers_back=not REFERRING.isdisjoint(plain),
            number=number,
            state=state,
            topic_words=topic,
            content_words=[w for w in words if w not in FILLER and w != BREAK],
        )

    def _asked(
        self, plain: list[str], rest: list[str], ranked: list[IntentScore], named_occupation: bool
    ) -> list[IntentScore]:
        keyword = self.classifier.keyword_intents(plain)
        if keyword:
            return self._without_social([IntentScore(intent, 90.0) for intent in keyword])
        if not ranked:
            return []
        confident = self._confident(ranked, named_occupation)
        if confident and ranked[0].intent in {"compare", "list_occupations", "fallback"}:
            return [ranked[0]]
        # "what do they make and what degree do they need": each clause can be clear even when
        # the whole message, diluted by the other, is not.
        asked: list[IntentScore] = []
        for clause in self._clauses(rest):
            clause_ranked = self.classifier.scores(clause)
            if clause_ranked and self._confident(clause_ranked, named_occupation):
                best = clause_ranked[0]
                if best.intent != "fallback" and best.intent not in {a.intent for a in asked}:
                    asked.append(best)
        if len(self._without_social(asked)) > 1:
            return self._without_social(asked)
        return [ranked[0]] if confident else []

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

    @staticmethod
    def _clauses(words: list[str]) -> list[list[str]]:
        clauses: list[list[str]] = [[]]
        for word in words:
            if word in CONJUNCTIONS:
                clauses.append([])
            else:
                clauses[-1].append(word)
        return [clause for clause in clauses if any(w not in FILLER for w in clause)]

    @staticmethod
    def _without_social(asked: list[IntentScore]) -> list[IntentScore]:
        topical = [score for score in asked if score.intent not in SOCIAL]
        return topical or asked
