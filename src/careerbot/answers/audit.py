"""Check every figure in an answer against the loaded source values (for tests and
scripts/audit_answers.py): no number may appear that no file in data/ holds.

A number in the text ("$44,580", "6.8%", "-5,400", "4.1") is found when some source value,
rounded half up to the places shown, equals it -- as is, as a percent of a 0-1 share, as 100
minus a percentile ("less exposed than 72% of jobs"), or an hourly figure over 2,080 hours (the
seed profile's own hourly equivalent). Numbers inside the sources' own words (task statements,
titles) and the few fixed numbers of our wording (scales "of 5", "1 in 10", rule thresholds) are
listed, not guessed.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from careerbot.answers.model import Answer
from careerbot.answers.values import FULL_TIME_HOURS, half_up
from careerbot.catalog import Catalog
from careerbot.catalog.oews import FIGURES, TOP_CODE_ANNUAL, TOP_CODE_HOURLY

# Numbers that belong to our wording, not to a figure: scale ends, "1 in 10", "middle half",
# "fewer than 50" openings (BLS's 0.0 thousand),
# source years and release numbers, rule thresholds (verdicts.RULES, prospects.BRIGHT_OPENINGS),
# and durations in the BLS training categories.
WORDING = frozenset(
    Decimal(n)
    for n in (
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "10", "12", "15", "20", "50", "70", "75",
        "100",
        "2013", "2024", "2025", "2026", "2034", "30.3", "1000", "10000", "100000",
        "2080",
    )
)  # fmt: skip
PLACES = (0, 1, 2)  # decimals answers show
_SKIP = re.compile(r"\d{2}-\d{4}(?:\.\d{2})?|https?://\S+|10-20")
_NUMBER = re.compile(r"[-+−]?\$?\d[\d,]*(?:\.\d+)?")


@dataclass
class Audit:
    """Counts of figures checked and those no source holds (with the answer they came from)."""

    checked: int = 0
    wrong: list[tuple[str, str]] = field(default_factory=list)  # (number, where)


def numbers(text: str) -> list[tuple[str, Decimal]]:
    """(as written, value) for every number in `text`, SOC codes and URLs left out."""
    found = []
    for match in _NUMBER.finditer(_SKIP.sub(" ", text)):
        raw = match.group()
        cleaned = raw.replace("$", "").replace(",", "").replace("−", "-").lstrip("+")
        try:
            found.append((raw, Decimal(cleaned)))
        except ArithmeticError:
            continue
    return found


def _text_numbers(texts: Iterable[str]) -> set[Decimal]:
    return {abs(value) for text in texts for _, value in numbers(text)}


def source_values(catalog: Catalog, soc: str, state: str | None = None) -> list[float]:
    """Every number the loaded data holds for this occupation (and the comparisons it is
    measured against)."""
    values: list[float] = [TOP_CODE_ANNUAL, TOP_CODE_HOURLY]
    oews = catalog.oews
    rows = []
    if oews is not None:
        rows = [oews.national.get(soc), oews.all_occupations]
        if state:
            rows.append(oews.state(state, soc))
    for row in rows:
        if row is not None:
            values += [v for c in FIGURES if (v := row.number(c)) is not None]
    if len(rows) == 3 and rows[0] is not None and rows[2] is not None:
        for kind in ("annual", "hourly"):  # a state against the US: "15% below the US median"
            here, there = rows[2].number(f"{kind}_median"), rows[0].number(f"{kind}_median")
            if here is not None and there:
                values.append(abs(here - there) / there * 100)
    if catalog.all_occupations is not None:
        values += [float(v) for v in catalog.all_occupations.projections.model_dump().values()]
    occupation = catalog.occupations.get(soc)
    if occupation is not None:
        seed = occupation.model_dump()
        for key in ("median_salary", "reported_employment_change", "growth_rate"):
            if seed.get(key) is not None:
                values.append(float(seed[key]))
        values += [len(occupation.duties)]  # "…and 12 more in the profile"
        if occupation.median_salary is not None:
            values.append(occupation.median_salary / FULL_TIME_HOURS)
        if occupation.automation_risk is not None:
            values.append(occupation.automation_risk.probability)
        if occupation.work_life_balance is not None:
            values.append(occupation.work_life_balance.score)
        if occupation.riasec is not None:
            values += [score for _, score in occupation.riasec.ranked()]
    profile = catalog.profiles.get(soc)
    if profile is not None:
        core = [t for t in profile.tasks if t.core]
        values += [len(profile.tasks), len(core), len(profile.onet_codes)]  # counts we state
        values += [i.score for i in profile.interests]
        values += [s.importance for s in profile.skills] + [s.level for s in profile.skills]
        values += [e.percent for e in profile.education_required]
        values += [float(profile.job_zone)] if profile.job_zone is not None else []
        if profile.projection is not None:
            p = profile.projection
            values += [p.employment_2024, p.employment_2034, p.change, p.percent_change]
            values += [p.openings]
        for e in profile.exposure:
            values += [e.value, e.percentile, 100 - e.percentile]
    return values


def source_words(catalog: Catalog, soc: str) -> list[str]:
    """The sources' own words shown in answers (tasks, titles, names), whose numbers are theirs."""
    texts: list[str] = []  # every career's title: see title_numbers
    occupation = catalog.occupations.get(soc)
    if occupation is not None:
        texts += [*occupation.duties, *occupation.skills, *occupation.strengths]
        texts += [*occupation.challenges, occupation.education or ""]
        texts += [occupation.work_life_balance.label if occupation.work_life_balance else ""]
    profile = catalog.profiles.get(soc)
    if profile is not None:
        texts += [profile.description or "", profile.onet_title or "", *profile.onet_codes]
        texts += [t.text for t in profile.tasks] + [t.name for t in profile.technologies]
        texts += [s.name for s in profile.skills] + [e.level for e in profile.education_required]
        texts += [r.title for r in profile.related] + [e.basis for e in profile.exposure]
        if profile.projection is not None:
            p = profile.projection
            texts += [p.education, p.experience, p.training, p.title]
    return texts


def said(answer: Answer) -> str:
    """What an answer states (headings, text, bullets, button labels): not the numbering of
    choices or the source lines, whose numbers are not figures."""
    parts = [part for b in answer.blocks for part in (b.heading, b.text, *b.items)]
    parts += [s.label for s in [*answer.choices, *answer.suggestions]]
    return "\n".join(parts)


_TITLE_NUMBERS: dict[int, frozenset[Decimal]] = {}


def title_numbers(catalog: Catalog) -> frozenset[Decimal]:
    """Numbers inside any career's title (related careers and compares quote them), read once
    per catalog."""
    key = id(catalog.occupations)
    if key not in _TITLE_NUMBERS:
        titles = [o.title for o in catalog.occupations.values()]
        titles += list(catalog.oews.titles.values()) if catalog.oews else []
        _TITLE_NUMBERS[key] = frozenset(_text_numbers(titles))
    return _TITLE_NUMBERS[key]


class Checker:
    """Checks answers about one occupation against `values` (source figures) and `words`
    (texts from the sources, whose own numbers count as found)."""

    def __init__(
        self, values: Iterable[float], words: Iterable[str], known: frozenset[Decimal] = WORDING
    ) -> None:
        # Every source value as it reads rounded to 0, 1 and 2 places (and 0-1 shares as
        # percents): a look-up per number, not a scan.
        self._rounded: set[Decimal] = set()
        for v in values:
            for candidate in (v, v * 100) if 0 <= v <= 1 else (v,):
                for places in PLACES:
                    self._rounded.add(abs(half_up(candidate, places)))
        self._words = _text_numbers(words) | WORDING | known

    @classmethod
    def for_catalog(cls, catalog: Catalog, soc: str, state: str | None = None) -> "Checker":
        """A checker over the values the catalog loaded for this occupation."""
        values, words = source_values(catalog, soc, state), source_words(catalog, soc)
        return cls(values, words, title_numbers(catalog))

    def found(self, value: Decimal) -> bool:
        return abs(value) in self._words or abs(value) in self._rounded

    def check(self, text: str, where: str, audit: Audit) -> None:
        """Count every number in `text`; record those no source holds."""
        for raw, value in numbers(text):
            audit.checked += 1
            if not self.found(value):
                audit.wrong.append((raw, where))
