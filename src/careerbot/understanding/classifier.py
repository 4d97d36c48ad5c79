"""A learned intent model: TF-IDF word (1–2) and character (2–5) n-grams → logistic regression.

Trained only from `intents/*.yaml` (every example phrasing and keyword), with occupation names and
named places masked to placeholder tokens (the same masking the caller applies to a message), so it
learns how a question is asked rather than which career the phrasings happened to name. Where the
nearest-phrasing classifier (`intents.IntentClassifier`) needs a phrasing close to the message,
this model generalises from character n-grams ("earnings", "earnin", "earn") and from what
separates intents, and its `fallback` class, trained on many out-of-scope near misses, gives a
calibrated way to say "not a career question".

Training (scikit-learn, deterministic, 2–5 s on a busy 2-core machine) happens at first load and
is cached on disk, keyed by the sha256 of the masked training texts and labels, the scikit-learn
version and this module's `MODEL_VERSION`; a counsellor who edits a YAML file changes the key, so
`careerbot validate` (or the next start) retrains. The cache is plain arrays (`numpy.savez`, read
with `allow_pickle=False`): a stale, corrupt or foreign file is ignored and rebuilt, never executed.

Scoring does not call scikit-learn: the learned vocabulary, idf weights and coefficients are kept
as a dict and numpy arrays, and a message costs one dict look-up per n-gram and one small gather
and dot product (tens of µs).
"""

import hashlib
import logging
import math
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from itertools import chain, pairwise
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

import numpy as np
import numpy.typing as npt

from careerbot.catalog.models import Intent
from careerbot.understanding.intents import RANKED, IntentScore
from careerbot.understanding.normalise import BREAK, tokens, words_only

log = logging.getLogger(__name__)

# Placeholders the caller puts where an occupation name or a place (state, city, country) stood.
OCCUPATION_TOKEN = "xoccx"
STATE_TOKEN = "xstatex"
FALLBACK = "fallback"

# Bump when the features or the training change, so an old cache is not reused.
MODEL_VERSION = "3"
SEED = 0
# Regularisation strength (scikit-learn's C) and the weight of the character block against the
# word block, chosen on tests/eval/dev: C 3/10/30 x weight 0.5/1/1.5 moved the combined in-scope
# accuracy by under a point, and C=30 (more confident) let CLINC150 refusal fall under 95%.
C = 10.0
CHAR_WEIGHT = 1.0
CHAR_SIZES = (2, 3, 4, 5)
CACHE_ENV = "CAREERBOT_CACHE_DIR"
_CHAR_CACHE_SIZE = 50_000  # words whose n-gram indices are kept
_CACHE_KEEP = 8  # model files kept in the cache folder

Mask = Callable[[list[str]], list[str]]
FloatArray = npt.NDArray[np.float64]


def mask_spans(words: Sequence[str], spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """`words` with each (start, end, placeholder) span replaced by one placeholder token.

    Spans are token index ranges (end exclusive) and must not overlap."""
    out = list(words)
    for start, end, placeholder in sorted(spans, reverse=True):
        out[start:end] = [placeholder]
    return out


def word_features(words: Sequence[str]) -> list[str]:
    """Words and adjacent word pairs (pairs do not cross a clause break)."""
    feats = [word for word in words if word != BREAK]
    feats += [f"{a} {b}" for a, b in pairwise(words) if BREAK not in (a, b)]
    return feats


@lru_cache(maxsize=8192)
def _word_char_grams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    return tuple(padded[i : i + n] for n in CHAR_SIZES for i in range(len(padded) - n + 1)) or (
        padded,
    )


def char_features(words: Sequence[str]) -> list[str]:
    """Character 2–5-grams inside each word padded with spaces (scikit-learn's `char_wb`)."""
    return [gram for word in words if word != BREAK for gram in _word_char_grams(word)]


def training_set(intents: Iterable[Intent], mask: Mask) -> tuple[list[list[str]], list[str]]:
    """Every example phrasing and keyword as masked tokens, with its intent id.

    Raises nothing: an example that masks to nothing (only an occupation name) is kept as the
    placeholder alone."""
    texts: list[list[str]] = []
    labels: list[str] = []
    for intent in sorted(intents, key=lambda item: item.id):
        for phrase in [*intent.examples, *intent.keywords]:
            words = mask(words_only(tokens(phrase)))
            if words:
                texts.append(words)
                labels.append(intent.id)
    return texts, labels


def _content_key(texts: Sequence[Sequence[str]], labels: Sequence[str]) -> str:
    digest = hashlib.sha256()
    for part in (MODEL_VERSION, version("scikit-learn"), repr((C, CHAR_WEIGHT, CHAR_SIZES, SEED))):
        digest.update(part.encode())
        digest.update(b"\0")
    for words, label in zip(texts, labels, strict=True):
        digest.update(label.encode())
        digest.update(b"\t")
        digest.update(" ".join(words).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def default_cache_dir() -> Path:
    """$CAREERBOT_CACHE_DIR, else $XDG_CACHE_HOME/careerbot, else ~/.cache/careerbot."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "careerbot"


@dataclass(frozen=True)
class _Weights:
    """What scoring needs, as plain arrays (also what the cache file holds)."""

    classes: list[str]
    words: dict[str, int]  # word n-gram -> feature index, in [0, len(words))
    chars: dict[str, int]  # character n-gram -> feature index, after the word n-grams
    idf: FloatArray  # (features,)
    coef: FloatArray  # (features, classes): the transposed coefficients, gathered by row
    intercept: FloatArray  # (classes,)


def logistic_regression() -> Any:
    """The classifier, as configured for training (scikit-learn's LogisticRegression).

    newton-cg converges in a few exact steps (lbfgs needs ~50 and stops less close to the
    optimum) and uses no randomness; `random_state` is fixed all the same."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, solver="newton-cg", tol=1e-4, max_iter=1_000, random_state=SEED)


def _train(texts: Sequence[Sequence[str]], labels: Sequence[str]) -> _Weights:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion
    from threadpoolctl import threadpool_limits

    word = TfidfVectorizer(analyzer=word_features, sublinear_tf=True)
    char = TfidfVectorizer(analyzer=char_features, sublinear_tf=True)
    union = FeatureUnion(
        [("word", word), ("char", char)], transformer_weights={"char": CHAR_WEIGHT}
    )
    model = logistic_regression()
    # One BLAS thread: on a busy 2-core machine more threads only wait for each other (measured:
    # 13 s with the default threads, under 2 s with one).
    with threadpool_limits(limits=1):
        model.fit(union.fit_transform(texts), list(labels))
    word, char = union.named_transformers["word"], union.named_transformers["char"]
    # Two vocabularies: the word "ab" and the character n-gram "ab" are different features.
    word_vocab: dict[str, int] = {feat: int(index) for feat, index in word.vocabulary_.items()}
    offset = len(word_vocab)
    char_vocab = {gram: offset + int(index) for gram, index in char.vocabulary_.items()}
    return _Weights(
        classes=[str(label) for label in model.classes_],
        words=word_vocab,
        chars=char_vocab,
        idf=np.concatenate([word.idf_, char.idf_]).astype(np.float64),
        coef=np.ascontiguousarray(model.coef_.T, dtype=np.float64),
        intercept=model.intercept_.astype(np.float64),
    )


def _save(path: Path, key: str, weights: _Weights) -> None:
    """Write atomically (temp file + rename), so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    word_features = sorted(weights.words, key=weights.words.__getitem__)
    char_features = sorted(weights.chars, key=weights.chars.__getitem__)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as handle:
        np.savez(
            handle,
            key=np.array(key),
            classes=np.array(weights.classes),
            words=np.array(word_features),
            chars=np.array(char_features),
            idf=weights.idf,
            coef=weights.coef,
            intercept=weights.intercept,
        )
    os.replace(handle.name, path)
    # Each edit of the intents leaves a model behind; keep the few most recent (several intent
    # folders may share one cache, as tests and a counsellor's copy do).
    older = sorted(path.parent.glob("intent-model-*.npz"), key=_mtime, reverse=True)
    for stale in older[_CACHE_KEEP:]:
        stale.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed meanwhile by another process
        return 0.0


def _load(path: Path, key: str) -> _Weights | None:
    """The cached weights if the file holds exactly this key and consistent shapes, else None."""
    try:
        with np.load(path, allow_pickle=False) as stored:
            if str(stored["key"]) != key:
                return None
            classes = [str(name) for name in stored["classes"]]
            words = [str(name) for name in stored["words"]]
            chars = [str(name) for name in stored["chars"]]
            idf = stored["idf"].astype(np.float64)
            coef = stored["coef"].astype(np.float64)
            intercept = stored["intercept"].astype(np.float64)
    except (OSError, ValueError, KeyError, EOFError, BadZipFile) as error:  # truncated, not npz
        log.info("intent model cache %s unreadable (%s): retraining", path, error)
        return None
    count = len(words) + len(chars)
    shapes_ok = (
        idf.shape == (count,)
        and coef.shape == (count, len(classes))
        and intercept.shape == (len(classes),)
        and len(set(words)) == len(words)
        and len(set(chars)) == len(chars)
        and bool(np.isfinite(coef).all() and np.isfinite(idf).all())
    )
    if not shapes_ok:
        log.info("intent model cache %s is inconsistent: retraining", path)
        return None
    return _Weights(
        classes=classes,
        words={feature: index for index, feature in enumerate(words)},
        chars={gram: len(words) + index for index, gram in enumerate(chars)},
        idf=idf,
        coef=np.ascontiguousarray(coef),
        intercept=intercept,
    )


class LearnedIntents:
    """Intent probabilities for a message, from a logistic regression over TF-IDF n-grams.

    Build with `LearnedIntents.train(intents, mask)`; `mask` turns a phrasing's folded tokens into
    the tokens the model learns from (occupation names → `OCCUPATION_TOKEN`, states →
    `STATE_TOKEN`), and the caller applies the same masking to a message before `scores`.
    """

    def __init__(
        self,
        weights: _Weights,
        key: str,
        from_cache: bool,
        path: Path | None = None,
        examples: int = 0,
    ) -> None:
        self._w = weights
        self.key = key  # sha256 of the training data, features and scikit-learn version
        self.from_cache = from_cache  # False when this process trained the model
        self.path = path  # the cache file, None when it could not be written
        self.examples = examples  # phrasings and keywords trained on
        self.classes = list(weights.classes)
        self._char_cache: dict[str, tuple[int, ...]] = {}
        if FALLBACK not in self.classes:
            raise ValueError(f"the intents have no {FALLBACK!r} intent to learn refusal from")
        self._fallback = self.classes.index(FALLBACK)

    @classmethod
    def train(
        cls,
        intents: Iterable[Intent],
        mask: Mask,
        cache_dir: Path | None = None,
        use_cache: bool = True,
    ) -> "LearnedIntents":
        """Train from the intents (or load the cached model trained from the same content).

        `cache_dir` defaults to `default_cache_dir()`; a cache that cannot be read is rebuilt and
        one that cannot be written is skipped (the model is then trained at every start).
        Raises ValueError when no intent is `fallback` (the model could not learn to refuse)."""
        texts, labels = training_set(intents, mask)
        if FALLBACK not in labels:
            raise ValueError(f"the intents have no {FALLBACK!r} intent to learn refusal from")
        key = _content_key(texts, labels)
        path = (cache_dir or default_cache_dir()) / f"intent-model-{key[:32]}.npz"
        if use_cache and path.is_file():
            cached = _load(path, key)
            if cached is not None:
                return cls(cached, key, True, path, len(texts))
        weights = _train(texts, labels)
        saved: Path | None = None
        if use_cache:
            try:
                _save(path, key, weights)
                saved = path
            except OSError as error:  # read-only home, full disk: train again next time
                log.warning("could not cache the intent model in %s: %s", path.parent, error)
        return cls(weights, key, False, saved, len(texts))

    def describe(self) -> str:
        """One line for `careerbot validate`: trained or loaded, from how much, cached where."""
        how = "loaded from its cache" if self.from_cache else "trained"
        where = f"cache {self.path}" if self.path else "not cached (cache folder not writable)"
        return (
            f"intent model {how}: {len(self.classes)} intents, {self.examples} phrasings and "
            f"keywords, key {self.key[:12]}; {where}"
        )

    def _char_indices(self, word: str) -> tuple[int, ...]:
        """The known character n-grams of one word, as feature indices (cached per word: a
        message's words are mostly ones seen before)."""
        found = self._char_cache.get(word)
        if found is None:
            chars = self._w.chars
            found = tuple(chars[g] for g in _word_char_grams(word) if g in chars)
            if len(self._char_cache) >= _CHAR_CACHE_SIZE:
                self._char_cache.clear()  # bounded whatever users type
            self._char_cache[word] = found
        return found

    def _vector(self, words: Sequence[str]) -> tuple[npt.NDArray[np.intp], FloatArray]:
        """Feature indices and TF-IDF values (each block l2-normalised), as in training."""
        vocabulary = self._w.words
        word_counts = Counter(
            index for feat in word_features(words) if (index := vocabulary.get(feat)) is not None
        )
        char_counts = Counter(
            chain.from_iterable(self._char_indices(word) for word in words if word != BREAK)
        )
        word_end = len(word_counts)
        counts = [*word_counts.items(), *char_counts.items()]
        if not counts:
            return np.empty(0, dtype=np.intp), np.empty(0)
        indices = np.fromiter((index for index, _ in counts), dtype=np.intp, count=len(counts))
        tf = np.fromiter((tf for _, tf in counts), dtype=np.float64, count=len(counts))
        values = (np.log(tf) + 1.0) * self._w.idf[indices]  # sublinear tf, as trained
        for block, weight in ((slice(0, word_end), 1.0), (slice(word_end, None), CHAR_WEIGHT)):
            norm = math.sqrt(float(values[block] @ values[block]))
            if norm:
                values[block] *= weight / norm
        return indices, values

    def _probabilities(self, words: Sequence[str]) -> FloatArray:
        indices, values = self._vector(words)
        logits = self._w.intercept + values @ self._w.coef[indices]
        exp = np.exp(logits - logits.max())
        result: FloatArray = exp / exp.sum()
        return result

    def probabilities(self, words: Sequence[str]) -> dict[str, float]:
        """P(intent | message) for every intent, summing to 1 (a message with no known n-gram
        gets the model's prior, which favours `fallback`)."""
        return dict(zip(self.classes, map(float, self._probabilities(words)), strict=True))

    def classify(
        self, words: Sequence[str], limit: int = RANKED
    ) -> tuple[list[IntentScore], float]:
        """The `limit` most probable intents with their probability as a score 0–100, best first,
        and P(fallback) as 0–100 (whether or not it is among them).

        `words` are the message's folded tokens (`normalise.tokens`) with occupation names and
        states already masked by the caller (`OCCUPATION_TOKEN`, `STATE_TOKEN`)."""
        probs = self._probabilities(words)
        top = np.argsort(-probs)[:limit]
        classes = self.classes
        ranked = [IntentScore(classes[i], 100.0 * float(probs[i])) for i in top]
        return ranked, 100.0 * float(probs[self._fallback])

    def scores(self, words: Sequence[str], limit: int = RANKED) -> list[IntentScore]:
        """The `limit` most probable intents, scores 0–100, best first (see `classify`)."""
        return self.classify(words, limit)[0]

    def out_of_scope(self, words: Sequence[str], min_top: float, max_fallback: float) -> bool:
        """True when the message is not a question careerbot answers: the best intent is
        `fallback`, or its probability is under `min_top`, or P(fallback) is at least
        `max_fallback` (both 0–100)."""
        ranked, fallback = self.classify(words, 1)
        best = ranked[0]
        return best.intent == FALLBACK or best.score < min_top or fallback >= max_fallback
