"""Questions about the words careerbot's answers use: "what does median mean", "what is a job
zone", "whats O*NET", "define percentile". The terms and their explanations are data
(data/glossary.yaml), so a counsellor can add one without touching Python.
"""

from collections.abc import Mapping, Sequence
from itertools import pairwise

from careerbot.catalog.models import GlossaryTerm
from careerbot.understanding.normalise import ARTICLES, tokens, words_only

# "what does median mean", "meaning of percentile", "define soc code", "what do you mean by
# exposed", "what does SOC stand for" (folded: "meaning" and "means" read "mean")
_MEANING = frozenset({"mean", "meant", "define", "definition"})
# "what is a job zone", "whats riasec", "what are holland codes": the term, and nothing else
_WHAT_IS = (("what", "is"), ("whats",), ("what", "are"), ("what", "s"))


class Terms:
    """The glossary's terms, by the folded words people say for them; built once from
    data/glossary.yaml. `asked` costs a few dict probes per word of a message."""

    def __init__(self, glossary: Mapping[str, GlossaryTerm]) -> None:
        self._terms = dict(glossary)
        self._said: dict[tuple[str, ...], str] = {}
        for key, term in glossary.items():
            for said in (key, *term.says):
                words = tuple(words_only(tokens(said)))
                if words:
                    self._said.setdefault(words, key)
        self._longest = max((len(words) for words in self._said), default=0)

    def text(self, key: str) -> str:
        """The explanation of the term `key` (a data/glossary.yaml key). KeyError if unknown."""
        return self._terms[key].text

    def asked(
        self, words: Sequence[str], names_a_career: bool = False, in_talk: bool = True
    ) -> str | None:
        """The term a message asks the meaning of (its data/glossary.yaml key), or None.
        `words`: the message's folded words, without sentence breaks. A message that names a
        career (`names_a_career`) asks about it unless it says "mean" ("what does median mean
        for nurses"): "what is the outlook for nurses" asks the outlook. `in_talk`: a career
        was talked about, so "what's the median?" asks its median pay; with none, what the
        word means."""
        found = self._find(words)
        if found is None:
            return None
        key, start, end = found
        # "not pay, I meant the outlook": a correction, not a question of what a word means
        meaning = [w for at, w in enumerate(words) if w in _MEANING and words[at - 1 : at] != ["i"]]
        if meaning or ("stand", "for") in pairwise(words):
            return key
        if self._terms[key].asks:  # "is that before or after taxes?"
            # "whats my take home pay on 55k": the user's own pay worked out, not the word
            return None if words[start - 1 : start] in (["my"], ["our"]) else key
        if "explain" in words and not names_a_career:
            return key  # "explain job zones", not "explain the outlook for nurses"
        if names_a_career or (in_talk and not self._terms[key].bare):
            return None  # "what's the median?" after a pay answer asks the median pay
        lead = next((w for w in _WHAT_IS if tuple(words[: len(w)]) == w), None)
        if lead is None:
            return None
        between = [w for w in words[len(lead) : start] if w not in ARTICLES]
        return key if not between and end == len(words) else None

    def _find(self, words: Sequence[str]) -> tuple[str, int, int] | None:
        """The longest term said first: its key, and where its words start and end."""
        for at in range(len(words)):
            for length in range(min(self._longest, len(words) - at), 0, -1):
                key = self._said.get(tuple(words[at : at + length]))
                if key is not None:
                    return key, at, at + length
        return None
