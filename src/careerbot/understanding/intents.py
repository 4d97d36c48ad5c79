"""Score a message against every intent's example phrasings.

Each phrasing is a bag of words and word pairs weighted by how specific they are to one intent
(an inverse intent frequency), and a message scores the cosine with its nearest phrasing. An
inverted index built at start-up means a message touches only the phrasings that share a word
with it. Keywords give short messages ("pay?", "skills") their own rule: a message made only of
one intent's keywords and filler words is that intent.
"""

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from careerbot.catalog.models import Intent
from careerbot.understanding.normalise import tokens, words_only

# Words that carry no topic on their own; they neither vote nor count against a short message.
FILLER = frozenset(
    """
    a an the what whats how is are was do does did can could would will should i me my you your
    they them their it its of for to in on at as about and or so any some please tell know want
    like just really like hey ok okay um uh lol well also too there this that these those be
    been being get got have has with from by if then than much many more most question going
    gonna which who why when where one ones thing stuff kind sort guy people person career job
    occupation same
    """.split()
)


RANKED = 5  # candidates kept per message: enough for "did you mean" and the runner-up


def features(words: Sequence[str]) -> set[str]:
    """Words and adjacent word pairs: pairs catch phrases like "how much" or "job security"."""
    found = set(words)
    found.update(f"{a} {b}" for a, b in pairwise(words))
    return found


@dataclass(frozen=True)
class IntentScore:
    intent: str
    score: float  # 0-100


class IntentClassifier:
    def __init__(self, intents: Iterable[Intent], strip: Callable[[list[str]], list[str]]) -> None:
        """`strip` removes occupation names from a phrasing's words before it is learned."""
        self._keywords: dict[str, set[str]] = defaultdict(set)
        phrasings: list[tuple[str, set[str]]] = []
        for intent in intents:
            for example in intent.examples:
                phrasings.append((intent.id, features(strip(words_only(tokens(example))))))
            for keyword in intent.keywords:
                words = tuple(words_only(tokens(keyword)))
                if words:
                    self._keywords[" ".join(words)].add(intent.id)
                    phrasings.append((intent.id, features(list(words))))
        intent_count = len({intent for intent, _ in phrasings}) or 1
        holders: dict[str, set[str]] = defaultdict(set)
        for intent_id, feats in phrasings:
            for feat in feats:
                holders[feat].add(intent_id)
        self.unknown_weight = math.log(1 + intent_count)
        self._weight = {
            feat: math.log(1 + intent_count / len(owners)) for feat, owners in holders.items()
        }
        # Phrasings are grouped by intent (they were added intent by intent), so one
        # `maximum.reduceat` over the per-phrasing scores gives each intent's best.
        self._intents: list[str] = []
        starts: list[int] = []
        norms: list[float] = []
        postings: dict[str, list[int]] = defaultdict(list)
        for index, (intent_id, feats) in enumerate(phrasings):
            if not self._intents or self._intents[-1] != intent_id:
                self._intents.append(intent_id)
                starts.append(index)
            norms.append(math.sqrt(sum(self._weight[f] ** 2 for f in feats)) or 1.0)
            for feat in feats:
                postings[feat].append(index)
        self._starts = np.array(starts, dtype=np.intp)
        self._norms = np.array(norms, dtype=np.float64)
        self._postings = {feat: np.array(ids, dtype=np.intp) for feat, ids in postings.items()}
        self._squared = {
            feat: np.full(len(ids), self._weight[feat] ** 2) for feat, ids in postings.items()
        }
        self.vocabulary = {word for feat in self._weight for word in feat.split()}

    def weight(self, feature: str) -> float:
        return self._weight.get(feature, self.unknown_weight)

    def keyed(self, words: Sequence[str]) -> frozenset[str]:
        """The intents that own a keyword (one word or two) anywhere in `words`."""
        return frozenset(self.keyed_in_order(words))

    def keyed_in_order(self, words: Sequence[str]) -> list[str]:
        """`keyed`, in the order their keywords are first said ("school length and pay":
        education, then salary)."""
        keys = [
            key
            for at, word in enumerate(words)
            for key in (" ".join(words[at : at + 2]), word)
            if key in self._keywords
        ]
        return list(dict.fromkeys(intent for key in keys for intent in sorted(self._keywords[key])))

    def keyword_intents(self, words: Sequence[str]) -> list[str] | None:
        """The intents whose keywords make up all the topic words of a short message, if any,
        in the order they were asked."""
        topical = [word for word in words if word not in FILLER]
        if not topical or len(topical) > 3:
            return None
        found: list[str] = []
        index = 0
        while index < len(topical):
            pair = " ".join(topical[index : index + 2])
            if index + 1 < len(topical) and pair in self._keywords:
                owners = self._keywords[pair]
                index += 2
            elif topical[index] in self._keywords:
                owners = self._keywords[topical[index]]
                index += 1
            else:
                return None
            found += [intent for intent in sorted(owners) if intent not in found]
        return found

    def scores(self, words: Sequence[str]) -> list[IntentScore]:
        """The best few intents that share a word with the message, best first."""
        feats = features(words)
        if not feats:
            return []
        weight = self._weight
        unknown = self.unknown_weight
        # A word no phrasing uses counts against the match (it is off-topic), unless it is filler
        # ("would", "as") or a pair of words, which say little on their own.
        message_norm = (
            math.sqrt(
                sum(
                    weight[f] ** 2
                    if f in weight
                    else (0.0 if " " in f or f in FILLER else unknown**2)
                    for f in feats
                )
            )
            or 1.0
        )
        shared = [feat for feat in feats if feat in self._postings]
        if not shared:
            return []
        # One C-level pass: sum each shared feature's weight into the phrasings that have it.
        dots = np.bincount(
            np.concatenate([self._postings[f] for f in shared]),
            weights=np.concatenate([self._squared[f] for f in shared]),
            minlength=len(self._norms),
        )
        best = np.maximum.reduceat(dots / self._norms, self._starts) / message_norm
        top = [int(i) for i in np.argsort(-best)[:RANKED] if best[i] > 0]
        ranked = [(self._intents[i], float(best[i])) for i in top]
        return [IntentScore(intent_id, min(100.0, 100.0 * score)) for intent_id, score in ranked]
