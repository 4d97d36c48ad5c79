"""Typo correction against the bot's own vocabulary (intent phrasings, titles, aliases).

A word English already has ("faint", "molar", "rather") is not a typo, however close it is to a
word of ours ("saint", "solar", "father"): it is corrected only to another form of itself
("stressed" -> "stress"). English is pyspellchecker's word-frequency list (about 160,000 words).

Built once at start-up. A one-edit typo ("salery", "libary", "techincian") is found through a
table of one-letter deletions, so the lookup costs a few dict probes instead of a scan; longer
words with two edits fall back to rapidfuzz over words of similar length, then to words that
sound the same (Metaphone, from jellyfish): "fisical" is "physical", "farmasist" "pharmacist".
Short words are left alone: "pray" is not a typo of "pay".
"""

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache

import jellyfish
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

MIN_LENGTH = 5  # shorter words are too easily another real word
SCAN_MIN_LENGTH = 7  # two-edit corrections only for long words
SCAN_CUTOFF = 80.0
LONG_SCAN_LENGTH, LONG_SCAN_CUTOFF = 10, 72.0
_CACHE_LIMIT = 50_000
LONG_ONLY_LENGTH = 8
UNKNOWN_SLIP_LENGTH = 6
# How often (in pyspellchecker's English frequency list) a word must occur to be a real word
# rather than a frequent misspelling: "molar" 534, "colombia" 81; "salery", "libary" absent.
ENGLISH_MIN_FREQUENCY = 50
# Endings that make another word of a known one, not a typo of it: "safer" is not "safe", and
# "yearly" is not "early". (Plurals and tenses are left to correction: "salarys" is "salary".)
DERIVING_ENDINGS = ("r", "er", "st", "est", "ly")
# A word typed by ear must still read like the word meant, spelt as it sounds (`heard`): "fisical"
# and "physical" are both "fisikal"; "curater" sounds like "quarter" (FSKL, KRTR) but reads
# "kurater" against "kuarter" (ratio 71).
SOUND_MIN_KEY, SOUND_CUTOFF = 3, 80.0
# Two words typed as one ("webdeveloper", "vettech"): only tokens this long, cut into parts of
# at least SPLIT_PART letters, each a word of ours or a common English word (SPLIT_ENGLISH)
SPLIT_MIN_LENGTH, SPLIT_PART, SPLIT_ENGLISH = 6, 3, 5_000
# Words that end a word rather than start one ("driverless" is not "driver less"), and chat
# words that are one word ("lowkey wanna be a barber": not "low key")
SUFFIX_WORDS = frozenset({"less", "ness", "ship", "able", "like", "wise", "ward", "wards", "hood"})
ONE_WORD = frozenset({"lowkey", "highkey"})
# One name typed as two words: parts this long, never these small words
JOIN_PART = 3
JOIN_NEVER = frozenset({"the", "and", "for", "you", "are", "how", "what", "who", "can", "not"})
_HEARD = (
    *(("tion", "shun"), ("sion", "shun"), ("cian", "shun"), ("tian", "shun")),  # "mortition"
    *(("ph", "f"), ("ck", "k"), ("qu", "kw"), ("x", "ks"), ("y", "i"), ("wr", "r"), ("igh", "i")),
)


def sound_keys(word: str) -> set[str]:
    """Metaphone keys of `word`: its own, and its key as `heard` with "ch" read as "k"
    ("sykiatrist" is how "psychiatrist" sounds; Metaphone reads every "ch" as in "church")."""
    return {jellyfish.metaphone(word), jellyfish.metaphone(heard(word.replace("ch", "k")))}


def heard(word: str) -> str:
    """`word` spelt the way it sounds, the way a word is typed by ear: "physical" -> "fisikal",
    "pharmacist" -> "farmasist", "psychiatrist" -> "sichiatrist" ("ch" stays: it is "k" only
    in some words, and `Speller._by_ear` tries both)."""
    spelt = word[1:] if word.startswith("ps") else word
    for written, sound in _HEARD:
        spelt = spelt.replace(written, sound)
    spelt = re.sub(r"c(?!h)", "k", re.sub(r"c(?=[eiy])", "s", spelt))
    return re.sub(r"(.)\1", r"\1", spelt)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def english() -> Mapping[str, int]:
    """English words -> frequency (pyspellchecker's list, lower case); read once, ~0.2 s.

    Contractions are also kept without their apostrophe, the form our tokens have: "arent" is
    "aren't", not a typo of "rent"."""
    from spellchecker import SpellChecker  # imported here: only a Speller needs it

    words = dict(SpellChecker(language="en", distance=1).word_frequency.dictionary)
    for word, frequency in list(words.items()):
        if "'" in word:
            bare = word.replace("'", "")
            words[bare] = max(words.get(bare, 0), frequency)
    return words


class Speller:
    def __init__(
        self,
        vocabulary: Iterable[str],
        frequency: dict[str, int] | None = None,
        long_only: Iterable[str] = (),
        keep: Iterable[str] = (),
        english: Mapping[str, int] | None = None,
    ) -> None:
        """`long_only` words are reached only from typos of LONG_ONLY_LENGTH letters or more:
        occupation names are many, and "cancer" must not become "dancer", nor "tiger" "tiler".
        `keep` words are real words left as they are, but never a correction's target: the
        60,000 O*NET job titles hold "plater" and "swatch", which are not typos of "later" and
        "watch", yet too many rare words to correct everyday typos towards. `english` maps
        real words to their frequency (see `english()`); none given, every word may be a typo."""
        self._english = english or {}
        self.vocabulary = frozenset(vocabulary)
        self._keep = frozenset(keep)
        self._frequency = frequency or {}
        self._long_only = frozenset(long_only)
        by_delete: dict[str, set[str]] = defaultdict(set)
        by_length: dict[int, list[str]] = defaultdict(list)
        by_sound: dict[str, set[str]] = defaultdict(set)
        for word in self.vocabulary:
            if len(word) >= MIN_LENGTH - 1 and not word[0].isdigit():
                for key in _deletes(word):
                    by_delete[key].add(word)
                by_length[len(word)].append(word)
                if word.isalpha():
                    for key in sound_keys(word):
                        by_sound[key].add(word)
        self._by_delete = {key: tuple(sorted(words)) for key, words in by_delete.items()}
        self._by_sound = {key: tuple(sorted(words)) for key, words in by_sound.items()}
        # each word as heard, as spelt and with "ch" read as "k": built once, not per typo
        self._heard = {
            word: (heard(word), heard(word.replace("ch", "k")))
            for words in by_sound.values()
            for word in words
        }
        # (sorted: rapidfuzz keeps the first of equal scores, and a set's order changes from one
        # process to the next with string hashing)
        self._by_length = {length: tuple(sorted(words)) for length, words in by_length.items()}
        self._cache: dict[str, str] = {}

    def keep_words(self, words: Iterable[str]) -> None:
        """Leave `words` as typed from now on (words found to be no typo after building)."""
        self._keep = self._keep | frozenset(words)
        self._cache.clear()

    def correct(self, token: str) -> str:
        """Return the vocabulary word `token` was meant to be, or `token` itself."""
        if (
            token in self.vocabulary
            or token in self._keep
            or len(token) < MIN_LENGTH
            or not token.isalpha()
            or self._derived(token)
        ):
            return token
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        found = (
            self._one_edit(token)
            or self._scan(token)
            or self._by_ear(token)
            or self._one_edit(token, True)
            or token
        )
        if found != token and not self._may_correct(token, found):
            found = token
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[token] = found
        return found

    def split(self, token: str) -> list[str]:
        """`token` as the two words typed without a space ("softwaredeveloper" -> "software",
        "developer"; "vettech" -> "vet", "tech"), or `[token]` where it is a word, a typo the
        speller corrects, or no two words with one of ours among them. Of several cuts, the one
        with the most words of ours, then the commonest English words."""
        if (
            len(token) < SPLIT_MIN_LENGTH
            or not token.isalpha()
            or token in self.vocabulary
            or token in self._keep
            or self._english.get(token, 0) >= ENGLISH_MIN_FREQUENCY
            or token in ONE_WORD
            or self.correct(token) != token
        ):
            return [token]

        def known(word: str) -> tuple[int, int] | None:
            ours = word in self.vocabulary
            common = self._english.get(word, 0)
            return (int(ours), common) if ours or common >= SPLIT_ENGLISH else None

        cuts = []
        for at in range(SPLIT_PART, len(token) - SPLIT_PART + 1):
            first, second = known(token[:at]), known(token[at:])
            if first is None or second is None or token[at:] in SUFFIX_WORDS:
                continue
            if first[0] + second[0]:  # a word of ours in it ("doordash" is no "door dash")
                rank = (first[0] + second[0], min(first[1], second[1]))
                cuts.append((rank, [token[:at], token[at:]]))
        return max(cuts)[1] if cuts else [token]

    def joined(self, words: list[str]) -> list[str]:
        """`words` with a job name typed as two words made one: "zoo ologist", "psych ologist":
        one part is no word, and the two together are (or are one slip from) a job name word of
        ours (`long_only`). Two words ("auto body", "power plant") stay two, and a small word
        is never part of a name ("the rapist")."""
        out: list[str] = []
        at = 0
        while at < len(words):
            name = self._joins(words[at : at + 2])
            if name is not None:
                out.append(name)
                at += 2
                continue
            out.append(words[at])
            at += 1
        return out

    def _joins(self, pair: list[str]) -> str | None:
        if len(pair) != 2 or JOIN_NEVER.intersection(pair):
            return None
        if not all(word.isalpha() and len(word) >= JOIN_PART for word in pair):
            return None
        if all(self._known(word) for word in pair):
            return None  # "pharmacy tech", "power plant": two words, as they should be
        together = pair[0] + pair[1]
        name = together if together in self._long_only else self.correct(together)
        near = name in self._long_only and OSA.distance(together, name) <= 1
        return name if near else None

    def _known(self, word: str) -> bool:
        """A word of ours or of English, not a typo."""
        return (
            word in self.vocabulary
            or word in self._keep
            or self._english.get(word, 0) >= ENGLISH_MIN_FREQUENCY
        )

    def _may_correct(self, token: str, found: str) -> bool:
        """A real English word is corrected only to another form of itself; so is an -ing
        word folded (see normalise.fold): "animat" is "animating", not "animal"."""
        if self._english.get(token + "ing", 0) >= ENGLISH_MIN_FREQUENCY:
            return found.startswith(token) or token.startswith(found)  # "steriliz", "catalogu"
        if self._english.get(token, 0) < ENGLISH_MIN_FREQUENCY:
            return True
        if token.endswith("ed") and found.endswith(("er", "or")):
            return False  # "she designed the logo", "the bonus they announced": a deed, no worker
        return token.startswith(found[:-1]) or found.startswith(token[:-1])

    def _derived(self, token: str) -> bool:
        """A known word with a deriving ending ("safer", "yearly", "hardest"); with an English
        list, only a real word is one ("plumbr" is a typo of "plumber", not "plumb" + "r")."""
        if self._english and self._english.get(token, 0) < ENGLISH_MIN_FREQUENCY:
            return False
        return any(
            token.endswith(ending)
            and len(token) - len(ending) >= MIN_LENGTH - 1
            and (token[: -len(ending)] in self.vocabulary or token[: -len(ending)] in self._keep)
            for ending in DERIVING_ENDINGS
        )

    def _one_edit(self, token: str, slips: bool = False) -> str | None:
        """The vocabulary word one edit from `token`; `slips`: a name word too, for a token of
        UNKNOWN_SLIP_LENGTH letters or more in no English word ("barbar", "drivre", "welderz"),
        tried only where nothing else is found (not "barne" of "barnes and noble")."""
        candidates: set[str] = set()
        if token in self._by_delete:  # a letter was left out: "libary" -> "library"
            candidates.update(self._by_delete[token])
        for key in _deletes(token):
            if key in self.vocabulary:  # a letter was added: "salarry" -> "salary"
                candidates.add(key)
            candidates.update(self._by_delete.get(key, ()))  # swapped or replaced letter
        # "plumbr", "plumer": a letter left out of a name, in no English word, is that name
        # ("cancer" stays: it is a word)
        unknown_word = self._english.get(token, 0) < ENGLISH_MIN_FREQUENCY
        near = {word for word in candidates if OSA.distance(token, word) <= 1}
        found = {
            word
            for word in near
            if len(token) >= LONG_ONLY_LENGTH
            or word not in self._long_only
            or (unknown_word and len(word) == len(token) + 1 and token in _deletes(word))
        }
        if slips and unknown_word and len(token) >= UNKNOWN_SLIP_LENGTH:
            found = near
        if not found:
            return None
        return max(found, key=lambda word: (self._frequency.get(word, 0), word))

    def _scan(self, token: str) -> str | None:
        if len(token) < SCAN_MIN_LENGTH:
            return None
        pool = [
            word
            for length in range(len(token) - 2, len(token) + 3)
            for word in self._by_length.get(length, ())
            if word[0] == token[0]
            and (len(token) >= LONG_ONLY_LENGTH or word not in self._long_only)
        ]
        # a long word typed by ear ("electrishun") strays further from the word meant
        cutoff = SCAN_CUTOFF if len(token) < LONG_SCAN_LENGTH else LONG_SCAN_CUTOFF
        best = process.extractOne(token, pool, scorer=fuzz.ratio, score_cutoff=cutoff)
        return None if best is None else best[0]

    def _by_ear(self, token: str) -> str | None:
        """The vocabulary word that sounds like `token`, a word in no English list ("fisical",
        "electrishun", "farmasist") and still reads like it, spelt as heard (SOUND_CUTOFF)."""
        if self._english.get(token, 0) >= ENGLISH_MIN_FREQUENCY:
            return None
        keys = {key for key in sound_keys(token) if len(key) >= SOUND_MIN_KEY}
        pool = {word for key in keys for word in self._by_sound.get(key, ())}
        spelt = heard(token)
        scored = [
            (
                max(fuzz.ratio(spelt, form) for form in self._heard[word]),
                self._english.get(word, 0),
                word,
            )
            for word in pool
        ]
        best = max((entry for entry in scored if entry[0] >= SOUND_CUTOFF), default=None)
        return None if best is None else best[2]
