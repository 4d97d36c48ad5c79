"""The one typed reading of a message that the dialogue policy decides on.

`understanding` knows language (spelling, names, places, intent scores) and nothing of dialogue;
everything it found about one message is here, so a rule in `careerbot.policy` reads its
evidence from one value and a wrong answer can be traced to what was read.
"""

import re
from dataclasses import dataclass, field

from careerbot.understanding.described import DescribedResult
from careerbot.understanding.intents import IntentScore
from careerbot.understanding.normalise import BREAK, SLANG_SOURCES
from careerbot.understanding.occupations import Mention
from careerbot.understanding.rankings import Ranking
from careerbot.understanding.states import Place
from careerbot.understanding.unknown_jobs import UnknownJob

# "what about library assistants?" has at most this many topic words besides the name.
MAX_WORDS_FOR_FOLLOW_UP = 1
# Words that leave "and in florida?" a bare place (whatever an intent classifier reads into them).
PLACE_ONLY_WORDS = frozenset(
    """and in what about how then for the ok okay so but hmm there like figure figures number
    numbers instead specifically please pls i mean exactly just across over all whole
    entire versus is are""".split()
)
# "library technician and a library assistant": two names of one occupation this close are
# compared; further apart ("nursing ... registered nurses") they are the same career said twice.
NEAR_WORDS = 3
# How a name was found that says little on its own (see occupations.Mention.how).
WEAK_HOW = frozenset({"onet_title", "fuzzy"})


@dataclass(frozen=True)
class Reading:
    """What one message says.

    `intents` are what it asks, in the order asked (empty when unsure); `ranked` every intent
    candidate for the whole message, best first (scores 0-100). `mentions` are occupation names
    in order of mention, each with how it was found. `place` is the US state, city, foreign
    place or "nationally" it names."""

    words: list[str]  # corrected tokens
    mentions: list[Mention]
    intents: list[IntentScore]
    ranked: list[IntentScore]
    # The learned model's ranking (probabilities 0-100), read only where the message is unsure:
    # `intents` empty, or `fallback` with a job named.
    learned: list[IntentScore] = field(default_factory=list)
    place: Place = field(default_factory=Place)
    unknown: UnknownJob | None = None  # a job name careerbot has no figures for ("youtuber")
    employer: str | None = None  # "how much does google pay": an employer, whose pay BLS omits
    described: DescribedResult | None = None  # "the people who clean your teeth": candidates
    # "the person who puts the cast on your arm": a worker described, but no job found for it
    undescribed: bool = False
    own_job: bool = False  # "my paycheck", "my boss": the user's own job
    own_pay: bool = False  # "how much do i earn": the user's pay, unless a career is in context
    # "im a teacher aide, what other jobs are close": the user's own career (SOC codes), said
    # with "I'm a", "I work as a"; not one asked about, but the subject of related careers
    own_careers: tuple[str, ...] = ()
    # careers of the story around the question, none asked about ("torn between a dental
    # assistant and a radiology tech. how much does a dental assistant make?"): kept in the
    # conversation as discussed, so "which needs less school" sets them side by side
    story: tuple[str, ...] = ()
    refers_back: bool = False  # "they", "them": about a career named before (or to be named)
    judges_last: bool = False  # "is that good?", "is that a lot": about the last answer
    wants_both: bool = False  # "side by side", "which one earns more": the careers discussed
    # "what does an actuary do, whats the outlook for electricians, and how much do paralegals
    # make": each question with the career named in its own clause, (intent, SOC code), in
    # the order asked (empty unless two or more different questions each name their own)
    pairs: tuple[tuple[str, str], ...] = ()
    compares: bool = False  # several careers named as a comparison, not one in passing
    comparative: bool = False  # "safer", "more", "lower": set against something
    pay_comparison: bool = False  # "how much more would he make as a paramedic"
    number: int | None = None  # a bare "2", picking from a numbered list
    picks_a_school: bool = False  # "which college is best for nursing": no career question
    # "which state pays nurses the most", "where do welders make the most": states by pay
    # (None: not asked; True: highest first; False: lowest first)
    ranks_states: bool | None = None
    aspires: bool = False  # "wants to be a vet": a career as the goal, whatever else is said
    reaction: bool = False  # "dang thats low", "wow ok": a reaction, nothing asked
    # "wow big jump", "thats terrible", "ugh": a short exclamation after an answer, which a
    # reply meets with what else to ask rather than a refusal (cues.reacts)
    exclaims: bool = False
    # "would i ever have to see blood", "do nurses lift patients": parts of the work named
    # (data/interests.yaml `limits:` keys), with or without a dislike
    touches: tuple[str, ...] = ()
    same_again: bool = False  # "receptionists, same risk?": the last question, a new career
    switches: bool = False  # "...ok. what about zookeepers": ends naming a career, nothing asked
    adds_another: bool = False  # "welder pay in ohio? and electricians?": the question for both
    asks: bool = False  # a sentence ends with "?" ("...Is that true in Oklahoma?")
    # "what does median mean", "what is a job zone": the data/glossary.yaml term asked about
    defines: str | None = None
    # "i just got laid off" ("laid_off"), "idk what i want to do" ("undecided"): no question
    # a figure answers, but a way to start exploring
    starting_out: str | None = None
    # "Is 58 too old to become a real estate agent?": a career asked about as a late start,
    # answered with its overview and a word on age (cues.late_start)
    late_start: bool = False
    # "cuanto gana un electricista en texas": not read yet (not when also asked in English)
    in_spanish: bool = False
    # "can my son be a cop with daca": the question asks only of a matter outside the data
    # ("immigration", "benefits", "veterans", "cost", "money", "law", "health", "applying"),
    # whatever career it names
    outside: str | None = None
    # "my dad drives the trash truck and hops off the back. is that job hard": the job asked
    # about is told as what someone does (`described` reads it)
    story_told: bool = False
    # "im deaf", "my son has adhd", "with a felony": a situation the figures do not rate
    # careers by ("disability", "record"), said beside whatever is asked
    situation: str | None = None
    # "and the worst?" after a ranking: the other end (False: lowest first; None: not asked)
    other_end: bool | None = None
    # The intents whose keywords the message says ("which needs more school": education)
    keyed: frozenset[str] = frozenset()
    keyed_order: tuple[str, ...] = ()  # `keyed`, in the order said
    # "highest paying jobs without a degree": what a list question ranks by and keeps
    ranking: Ranking = field(default_factory=Ranking)
    # The words `ranking` was read from: the message's, without the user's own job and the
    # field the family works in ("His dad and I both work retail"); a list is composed from them
    ranking_words: list[str] = field(default_factory=list)
    points_to: int | None = None  # "the other one" 0, "the first one" 1, "the last one" -1
    topic_words: list[str] = field(default_factory=list)  # besides occupations and places
    content_words: list[str] = field(default_factory=list)  # every non-filler word
    text: str = ""  # the message as sent, to quote the user's own words back

    def said(self, mention: Mention) -> str:
        """The user's own words for `mention` ("delivery driving", not the folded "delivery
        driv"), found in `text`; the folded words where they cannot be found."""
        folded = [w for w in self.words[mention.start : mention.end] if w != BREAK]
        # ("HR specialist": "hr", expanded to "hour" as in "$20/hr", is found as typed)
        pattern = r"\W+".join(
            "(?:"
            + "|".join(rf"{re.escape(said)}\w*" for said in (word, *SLANG_SOURCES.get(word, ())))
            + ")"
            for word in folded
        )
        found = re.search(rf"\b{pattern}", self.text, re.IGNORECASE)
        return found.group(0).lower() if found else " ".join(folded)

    @property
    def state(self) -> str | None:
        return self.place.state

    @property
    def socs(self) -> list[str]:
        """Occupations named unambiguously (or with a dominant meaning), in order of mention.
        Two names of one occupation compared ("library technician vs library assistant") mean
        the second name's other meaning (Library Assistants, Clerical)."""
        found: list[str] = []
        by: dict[str, Mention] = {}  # the mention each code came from
        for mention in self.mentions:
            if len(mention.socs) != 1:
                continue
            soc = mention.socs[0]
            if soc in found and self.compares and mention.start - by[soc].end <= NEAR_WORDS:
                other = next((s for s in mention.alternatives if s not in found), None)
                first = by[soc]
                earlier = next((s for s in first.alternatives if s not in found), None)
                if other is not None:
                    soc = other
                elif earlier is not None:  # "library assistant vs library technician"
                    found[found.index(soc)] = earlier
                    by[earlier] = first
            if soc not in found:
                found.append(soc)
                by[soc] = mention
        return found

    @property
    def ambiguous(self) -> list[tuple[str, ...]]:
        """Names that mean several occupations, none dominant ("teacher")."""
        return [mention.socs for mention in self.mentions if len(mention.socs) > 1]

    @property
    def alternatives(self) -> list[str]:
        """Other meanings of the names resolved to their dominant one ("nurse": LPNs, NPs)."""
        found: list[str] = []
        for mention in self.mentions:
            found += [soc for soc in mention.alternatives if soc not in found]
        return found

    @property
    def names_weak(self) -> bool:
        """Every career named only by a rare O*NET title or a near spelling: weak evidence
        that the message is about a career at all."""
        return bool(self.mentions) and all(m.how in WEAK_HOW for m in self.mentions)

    @property
    def top_intent(self) -> str | None:
        return self.ranked[0].intent if self.ranked else None

    @property
    def top_score(self) -> float:
        return self.ranked[0].score if self.ranked else 0.0

    @property
    def only_place(self) -> bool:
        """Nothing but a place and joining words: "and in florida?", "what about nationally"."""
        place = self.place.positions
        return self.place.named and all(
            word == BREAK or word in PLACE_ONLY_WORDS or i in place
            for i, word in enumerate(self.words)
        )

    @property
    def says_nothing(self) -> bool:
        """No word, name, place, number or question at all: "?", "...", an emoji."""
        return not (
            self.mentions
            or self.unknown
            or self.described
            or self.intents
            or self.ranked
            or self.topic_words
            or self.place.named
            or self.number is not None
            or any(char.isalpha() for word in self.words for char in word)
        )

    @property
    def is_short(self) -> bool:
        """Few topic words besides the occupation: "what about library assistants?"."""
        return len(self.topic_words) <= MAX_WORDS_FOR_FOLLOW_UP
