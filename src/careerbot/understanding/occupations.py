"""Find occupations named in a message by title, alias or SOC code, wherever they stand.

Every title and alias becomes a tuple of folded tokens in one dict, built at start-up; a message is
scanned for the longest known phrase at each position, so the cost depends on the message, not on
how many occupations the bot knows.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from careerbot.catalog.models import Occupation
from careerbot.understanding.normalise import tokens, words_only


@dataclass(frozen=True)
class Mention:
    start: int
    end: int  # exclusive token index
    socs: tuple[str, ...]  # more than one when the words name several occupations
    # Other meanings of a name resolved to its dominant one ("nurse" -> RNs; also LPNs, NPs).
    alternatives: tuple[str, ...] = ()


def _title_phrases(title: str) -> list[str]:
    """The title itself, and for "Library Technicians and Assistants" also each conjunct with the
    shared head word ("Library Technicians", "Library Assistants")."""
    phrases = [title]
    if " and " in title and "," not in title:
        left, right = title.split(" and ", 1)
        head, _, _ = left.rpartition(" ")
        if head and " " not in right:
            phrases += [left, f"{head} {right}"]
    return phrases


class OccupationFinder:
    def __init__(
        self,
        occupations: Iterable[Occupation],
        aliases: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """`aliases` adds everyday names; a name with several codes is ambiguous on purpose."""
        # Codes keep the order they are listed in (an alias lists the likeliest first).
        phrases: dict[tuple[str, ...], dict[str, None]] = defaultdict(dict)
        for name, socs in (aliases or {}).items():
            key = tuple(words_only(tokens(name)))
            if key:
                phrases[key].update(dict.fromkeys(socs))
        for occupation in occupations:
            phrases[(occupation.soc,)][occupation.soc] = None
            for name in [*_title_phrases(occupation.title), *occupation.aliases]:
                key = tuple(words_only(tokens(name)))
                if key:
                    phrases[key][occupation.soc] = None
        self._phrases = {key: tuple(socs) for key, socs in phrases.items()}
        # Longest phrase starting with each word: most words start none, and are skipped at once.
        self._longest: dict[str, int] = {}
        for key in self._phrases:
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))
        self.vocabulary = {word for key in self._phrases for word in key}

    def find(self, words: list[str]) -> list[Mention]:
        mentions: list[Mention] = []
        position = 0
        while position < len(words):
            longest = self._longest.get(words[position], 0)
            for length in range(min(longest, len(words) - position), 0, -1):
                socs = self._phrases.get(tuple(words[position : position + length]))
                if socs is not None:
                    mentions.append(Mention(position, position + length, socs))
                    position += length
                    break
            else:
                position += 1
        return mentions
