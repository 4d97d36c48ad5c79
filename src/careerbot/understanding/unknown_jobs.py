"""Job names careerbot has no figures for: armed-forces jobs (outside BLS OEWS, which covers
civilian jobs), names in data/outside.yaml ("youtuber", "doordash driver"), and job-like words no
vocabulary knows ("a streamer", "vlogger salary"), so the policy can say the name is unknown
instead of guessing, offering the nearest real occupations only where they are genuinely close.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from careerbot.understanding.normalise import BREAK, tokens, words_only

# A word built like a job name ("vlogger", "astronaut") ...
_JOB_ENDINGS = ("er", "or", "ist", "ian", "naut", "ier", "eur")  # sommelier, entrepreneur
# ... counts as one only where the words around it say a job is meant.
_BEFORE = frozenset("a an become becoming being as professional".split())
_AFTER = frozenset("salary pay paid wage earn make career job income degree".split())
_MIN_LENGTH = 5
# Adjectives built like job names ("is that a proper career", "whats a safer career", "im an
# eager learner"): said before "a"/"career" as often as any job, never a job themselves.
_ADJECTIVES = frozenset(
    """proper other another eager clever sober super tender bitter major minor junior senior
    superior inferior prior former latter inner outer upper under over better bigger safer
    easier harder higher lower longer shorter faster slower cheaper richer smarter stronger
    tougher quieter cooler nicer greater larger smaller newer older younger wider closer lesser
    happier healthier calmer simpler steadier busier wiser braver fewer sooner later earlier
    further farther""".split()
)


class Span(Protocol):
    """An occupation mention's token span (occupations.Mention)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class UnknownJob:
    """Words `start:end` (token indices, end exclusive) of a message name a job careerbot has no
    figures for. `military`: an armed-forces job, outside BLS OEWS wage data. `near`: SOC codes of
    the nearest real (for a military job, civilian) occupations, best first ([] when none is
    genuinely close)."""

    name: str
    start: int
    end: int
    military: bool = False
    near: tuple[str, ...] = ()
    # every listed name the message says, (start, end) each ("army vet, was infantry": both)
    others: tuple[tuple[int, int], ...] = ()

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Where this name and every other listed name said stand in the message."""
        return ((self.start, self.end), *self.others)


# "how much does starbucks pay", "does chick fil a pay well": an employer named between "does"
# and "pay" (one to three words nothing else knows) ...
_EMPLOYER_BEFORE = frozenset({"does", "do", "would", "will"})
_EMPLOYER_AFTER = frozenset({"pay", "paid", "hire", "hiring"})
# A listed employer is asked about where it pays ("starbucks pay?", "the pay at costco"), not
# where it is only a workplace ("stocker at walmart, hourly?": the stocker's pay).
_EMPLOYER_PAYS = _EMPLOYER_AFTER | {"pays", "salary", "salaries", "wage", "wages", "hourly"}
_EMPLOYER_ASKS = _EMPLOYER_PAYS | {"make", "makes", "earn", "earns", "offer", "offers"}
_JOINING = frozenset({"and", "of", "the", "n"})
_EMPLOYER_MAX_WORDS = 3
# ... but never a pronoun or a word about the job itself ("how much does it pay").
_NOT_AN_EMPLOYER = frozenset(
    """it that this they them job jobs one work career position role each either both he she
    you i we people person companies company employers employer places place most usually
    really still even actually""".split()
)


class UnknownJobs:
    """Built once from data/outside.yaml; `find` costs a few dict probes per word."""

    def __init__(
        self,
        military: Mapping[str, Sequence[str]] | None = None,
        unpublished: Mapping[str, Sequence[str]] | None = None,
        employers: Iterable[str] = (),
    ) -> None:
        """`military` and `unpublished`: name -> the nearest real occupations (SOC codes, best
        first); `employers`: names of employers (data/outside.yaml `employers:`), whose pay BLS does
        not publish: its figures are by occupation and state, across all employers."""
        self._employers = {
            key: name for name in employers if (key := tuple(words_only(tokens(name))))
        }
        self._longest_employer = max((len(key) for key in self._employers), default=0)
        # folded words -> (military, nearest SOC codes, the name as data/outside.yaml writes it)
        self._names: dict[tuple[str, ...], tuple[bool, tuple[str, ...], str]] = {}
        for is_military, table in ((False, unpublished), (True, military)):
            for name, near in (table or {}).items():
                key = tuple(words_only(tokens(name)))
                if key:
                    self._names[key] = (is_military, tuple(near), name)
        self._longest = max((len(key) for key in self._names), default=0)

    def employer(
        self, words: list[str], mentions: Sequence[Span], known: Callable[[str], bool]
    ) -> str | None:
        """The employer a message asks about ("how much does google pay software engineers",
        "starbucks pay?"), as listed (else its folded words), or None: a listed employer, or
        one to three words nothing knows between "does" and "pay". `known` as in `find`."""
        positions = [i for i, word in enumerate(words) if word != BREAK]
        plain = [words[i] for i in positions]
        named = {i for mention in mentions for i in range(mention.start, mention.end)}
        for at in range(len(plain)):
            for length in range(min(self._longest_employer, len(plain) - at), 0, -1):
                key = tuple(plain[at : at + length])
                if key not in self._employers or positions[at] in named:
                    continue
                after = plain[at + length] if at + length < len(plain) else ""
                before = plain[at - 1] if at else ""
                pay_at = at >= 2 and before in ("at", "for") and plain[at - 2] in _EMPLOYER_PAYS
                # "how much do google engineers make", not "will google translate kill the job"
                rest = plain[at + length :]
                asked = before in _EMPLOYER_BEFORE and not _EMPLOYER_ASKS.isdisjoint(rest)
                # "is it true nurses at kaiser get paid more": the employer's workers paid
                asked = asked or (before in ("at", "for") and "paid" in rest[:3])
                if after in _EMPLOYER_PAYS or asked or (pay_at and not named):
                    return self._employers[key]
        for at, word in enumerate(plain):
            if word not in _EMPLOYER_BEFORE:
                continue
            for length in range(1, _EMPLOYER_MAX_WORDS + 1):
                end = at + 1 + length
                if end >= len(plain) or plain[end] not in _EMPLOYER_AFTER:
                    continue
                between = plain[at + 1 : end]
                own = [w for w in between if w not in _JOINING]
                if (
                    own
                    and not any(positions[i] in named for i in range(at + 1, end))
                    and _NOT_AN_EMPLOYER.isdisjoint(between)
                    and not any(known(w) for w in own)
                ):
                    return " ".join(between)
        return None

    @property
    def names(self) -> frozenset[tuple[str, ...]]:
        """Every listed name, as folded tokens."""
        return frozenset(self._names)

    def find(
        self, words: list[str], mentions: Sequence[Span], known: Callable[[str], bool]
    ) -> UnknownJob | None:
        """The first unknown job name in `words` (folded tokens), or None. A name inside a longer
        occupation mention ("marine engineer") is that occupation, not an unknown job. `known`
        tells a word the bot understands (intents, states, occupation names): a job-like word
        outside them is an unknown job name."""
        positions = [i for i, word in enumerate(words) if word != BREAK]
        plain = [words[i] for i in positions]
        named = {i for mention in mentions for i in range(mention.start, mention.end)}
        listed: list[UnknownJob] = []
        for at in range(len(plain)):
            for length in range(min(self._longest, len(plain) - at), 0, -1):
                found = self._names.get(tuple(plain[at : at + length]))
                if found is None:
                    continue
                start, end = positions[at], positions[at + length - 1] + 1
                inside = [m for m in mentions if m.start < end and start < m.end]
                if any(m.end - m.start > end - start for m in inside):
                    continue  # "marine engineer" is a real occupation
                military, near, name = found  # "uber eats driver", not "uber eat driver"
                listed.append(UnknownJob(name, start, end, military, near))
        if listed:
            # "army vet, was infantry": the job with careers close to it, not the service
            job = next((job for job in listed if job.near), listed[0])
            return replace(job, others=tuple((j.start, j.end) for j in listed if j is not job))
        for at, word in enumerate(plain):
            if (
                positions[at] in named
                or len(word) < _MIN_LENGTH
                or not word.isalpha()
                or not word.endswith(_JOB_ENDINGS)
                or word in _ADJECTIVES
                or known(word)
            ):
                continue
            before = plain[at - 1] if at > 0 else ""
            after = plain[at + 1] if at + 1 < len(plain) else ""
            if len(plain) == 1 or before in _BEFORE or after in _AFTER:
                return UnknownJob(word, positions[at], positions[at] + 1)
        return None
