"""Job names careerbot has no figures for: armed-forces jobs (outside BLS OEWS, which covers
civilian jobs), names in data/outside.yaml ("youtuber", "doordash driver"), and job-like words no
vocabulary knows ("a streamer", "vlogger salary"), so the policy can say the name is unknown
instead of guessing, offering the nearest real occupations only where they are genuinely close.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from careerbot.understanding.normalise import BREAK, tokens, words_only

# A word built like a job name ("vlogger", "astronaut") ...
_JOB_ENDINGS = ("er", "or", "ist", "ian", "naut")
# ... counts as one only where the words around it say a job is meant.
_BEFORE = frozenset("a an become becoming being as professional".split())
_AFTER = frozenset("salary pay paid wage earn make career job income degree".split())
_MIN_LENGTH = 5


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
    the nearest real occupations, best first ([] when none is genuinely close)."""

    name: str
    start: int
    end: int
    military: bool = False
    near: tuple[str, ...] = ()


class UnknownJobs:
    """Built once from data/outside.yaml; `find` costs a few dict probes per word."""

    def __init__(
        self,
        military: Iterable[str] = (),
        unpublished: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self._names: dict[tuple[str, ...], tuple[bool, tuple[str, ...]]] = {}
        for name, near in (unpublished or {}).items():
            key = tuple(words_only(tokens(name)))
            if key:
                self._names[key] = (False, tuple(near))
        for name in military:
            key = tuple(words_only(tokens(name)))
            if key:
                self._names[key] = (True, ())
        self._longest = max((len(key) for key in self._names), default=0)

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
        for at in range(len(plain)):
            for length in range(min(self._longest, len(plain) - at), 0, -1):
                found = self._names.get(tuple(plain[at : at + length]))
                if found is None:
                    continue
                start, end = positions[at], positions[at + length - 1] + 1
                inside = [m for m in mentions if m.start < end and start < m.end]
                if any(m.end - m.start > end - start for m in inside):
                    continue  # "marine engineer" is a real occupation
                military, near = found
                return UnknownJob(" ".join(plain[at : at + length]), start, end, military, near)
        for at, word in enumerate(plain):
            if (
                positions[at] in named
                or len(word) < _MIN_LENGTH
                or not word.isalpha()
                or not word.endswith(_JOB_ENDINGS)
                or known(word)
            ):
                continue
            before = plain[at - 1] if at > 0 else ""
            after = plain[at + 1] if at + 1 < len(plain) else ""
            if len(plain) == 1 or before in _BEFORE or after in _AFTER:
                return UnknownJob(word, positions[at], positions[at] + 1)
        return None
