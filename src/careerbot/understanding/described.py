"""Jobs described instead of named: "the people who scan your books at the library", "the folks
who collect trash". Queried only when a message names no occupation and describes one; matched
against what each occupation does: its O*NET 30.3 description, task statements and job titles
(data/onet/occupations.csv, tasks.csv, titles.csv), as TF-IDF vectors (scikit-learn).
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from careerbot.understanding.normalise import BREAK, tokens

if TYPE_CHECKING:
    from careerbot.catalog import Catalog

# "people who …", "the ones that …", "person that …", "someone who …", "the job where you …"
_DESCRIBING = re.compile(
    r"\b(?:people|person|persons|folk|folks|one|ones|guy|guys|lady|ladies|someone|somebody|"
    r"worker|workers|job|jobs|career|work)\s+(?:who|that|which|where|whose)\s+(.+)"
)
# Words that say nothing about what a job does.
_STOP = frozenset(
    """
    a an the and or of to in on at for with by from your you my our their they them it its is are
    be been do does did what which who whom that this these those there here how much many
    salary pay paid earn make money wage called name job career work people person folk one
    guy someone somebody like kind sort thing stuff i me we can could would should will all
    some any just really usually always come
    """.split()
)
CONFIDENT = 0.35  # cosine similarity: at or above it (and well ahead) the best is taken as meant
MIN_SIMILARITY = 0.12  # below it nothing is offered
LEAD = 1.5  # the best must beat the runner-up by this factor to be taken as meant
LIMIT = 3


@dataclass(frozen=True)
class Described:
    """An occupation a described job may be: SOC code and score (0-100, cosine similarity x100)."""

    soc: str
    score: float


@dataclass(frozen=True)
class DescribedResult:
    """`candidates`, best first; `confident` when the best one can be answered without asking."""

    candidates: tuple[Described, ...]
    confident: bool


def _analyse(text: str) -> list[str]:
    # Line by line: `tokens` reads at most normalise.MAX_CHARS of what it is given.
    return [
        word
        for line in text.split("\n")
        for word in tokens(line)
        if word != BREAK and word not in _STOP
    ]


class DescribedJobs:
    """The TF-IDF index over what each occupation does. Built once; a query costs ~0.2 ms."""

    def __init__(self, documents: Mapping[str, str]) -> None:
        """`documents`: SOC code -> text of what the occupation does (description, tasks,
        titles). Raises nothing on an empty mapping: `find` then returns None."""
        self._socs = list(documents)
        self._columns: dict[str, int] = {}
        if self._socs:
            vectorizer = TfidfVectorizer(analyzer=_analyse, sublinear_tf=True, dtype=np.float64)
            # Columns sliced per query word: a query is then a few sparse column sums.
            self._matrix = vectorizer.fit_transform(documents[soc] for soc in self._socs).tocsc()
            self._columns = {word: int(i) for word, i in vectorizer.vocabulary_.items()}
            self._idf = vectorizer.idf_

    @classmethod
    def from_catalog(cls, catalog: "Catalog") -> "DescribedJobs":
        """Documents from the catalog's O*NET profiles (description and tasks) and job titles;
        occupations without a profile are described by their titles alone."""
        parts: dict[str, list[str]] = {soc: [o.title] for soc, o in catalog.occupations.items()}
        for row in catalog.titles:
            if row.soc in parts and row.kind in {"occupation", "alternate", "reported"}:
                parts[row.soc].append(row.title)
        profiles = catalog.profiles
        for soc in parts:
            profile = profiles.get(soc)
            if profile is not None:
                parts[soc].append(profile.description or "")
                parts[soc].extend(task.text for task in profile.tasks)
        return cls({soc: "\n".join(texts) for soc, texts in parts.items()})

    @staticmethod
    def describes(words: Iterable[str]) -> bool:
        """True when the words describe a worker ("the people who clean teeth")."""
        return _DESCRIBING.search(" ".join(w for w in words if w != BREAK)) is not None

    def find(self, words: list[str]) -> DescribedResult | None:
        """Occupations matching what `words` (folded tokens) describe after "people who …", or
        None when the message describes no worker or nothing is close."""
        match = _DESCRIBING.search(" ".join(w for w in words if w != BREAK))
        if match is None or not self._columns:
            return None
        counts: dict[int, int] = {}
        for word in match.group(1).split():
            column = self._columns.get(word)
            if column is not None and word not in _STOP:
                counts[column] = counts.get(column, 0) + 1
        if not counts:
            return None
        columns = list(counts)
        weights = np.array([(1 + np.log(counts[c])) * self._idf[c] for c in columns])
        weights /= np.linalg.norm(weights)
        similarity = np.asarray(self._matrix[:, columns] @ weights).ravel()
        best = similarity.argsort()[::-1][:LIMIT]
        candidates = tuple(
            Described(self._socs[i], round(float(similarity[i]) * 100, 1))
            for i in best
            if similarity[i] >= MIN_SIMILARITY
        )
        if not candidates:
            return None
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        best_score = candidates[0].score
        confident = best_score >= CONFIDENT * 100 and best_score >= LEAD * runner_up
        return DescribedResult(candidates, confident)
