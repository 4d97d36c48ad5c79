"""Load and check the occupation and intent files, reporting every problem at once as
`path: field: message` lines instead of a traceback."""

import csv
import re
import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from careerbot.catalog.models import (
    GENERAL_PLACEHOLDERS,
    OCCUPATION_PLACEHOLDERS,
    OEWS_PLACEHOLDERS,
    REQUIRED_INTENTS,
    STATE_PLACEHOLDERS,
    AllOccupations,
    Glossary,
    GlossaryTerm,
    Intent,
    InterestArea,
    InterestTable,
    Occupation,
)
from careerbot.catalog.oews import OEWS_SOURCE, OewsData, OewsError, load_oews
from careerbot.catalog.profile import JobTitle, Profile
from careerbot.catalog.profiles import ProfileStore, TitleList

Model = TypeVar("Model", bound=BaseModel)
# libyaml's loader when PyYAML was built with it: start-up reads ~25 files on every `careerbot ask`.
if TYPE_CHECKING:
    _BaseLoader = yaml.SafeLoader
else:
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):
    """The safe loader, refusing a key said twice in one mapping (YAML keeps the last one
    silently: an alias written twice would lose one of its meanings unseen)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str | int | float | bool] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str | int | float | bool):
                continue
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)
        return mapping


def _yaml_problem(error: yaml.YAMLError) -> str:
    """ "is not valid YAML (line 3): duplicate key 'nurse'": one line, as the user reads it."""
    mark = getattr(error, "problem_mark", None)
    where = f" (line {mark.line + 1})" if mark is not None else ""
    return f"is not valid YAML{where}: {getattr(error, 'problem', None) or error}"


def _yaml(text: str) -> object:
    return yaml.load(text, Loader=_Loader)  # both loaders are the safe ones


class CatalogError(Exception):
    """One or more problems in the data or intent files."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Outside:
    """data/outside.yaml: job names BLS OEWS publishes no figures for. `military`: names of
    armed-forces jobs -> the closest civilian occupations ([] if none); `unpublished`: other
    names -> the nearest real occupations ([] if none)."""

    military: dict[str, tuple[str, ...]] = field(default_factory=dict)
    unpublished: dict[str, tuple[str, ...]] = field(default_factory=dict)
    employers: tuple[str, ...] = ()  # employers' names: BLS publishes no pay by employer


@dataclass(frozen=True)
class Catalog:
    occupations: dict[str, Occupation]
    intents: dict[str, Intent]
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # everyday name -> SOCs
    oews: OewsData | None = None
    all_occupations: AllOccupations | None = None  # data/all_occupations.yaml
    fields: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "welding" -> SOCs
    # aliases.yaml `also:`: name -> occupations offered beside the one it means ("Also: …")
    also: dict[str, tuple[str, ...]] = field(default_factory=dict)
    outside: Outside = field(default_factory=lambda: Outside())
    # data/areas.yaml: "healthcare" -> SOC 2018 major groups ("29", "31"), for list questions
    areas: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # data/interests.yaml: "drawing" -> Artistic, and careers for it, for "i like drawing, what
    # jobs fit me" (keys as written; careerbot.understanding.rankings folds them)
    interests: dict[str, InterestArea] = field(default_factory=dict)
    # data/interests.yaml `limits:`: "blood" -> O*NET task words that rule a career out for
    # someone who says it ("i hate blood": tasks that say "blood")
    limits: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # data/cities.csv: "savannah" -> "GA" (GeoNames; scripts/build_cities.py)
    cities: dict[str, str] = field(default_factory=dict)
    # data/glossary.yaml: "median" -> what it means, for "what does median mean"
    glossary: dict[str, GlossaryTerm] = field(default_factory=dict)
    # Career profiles from the official sources (data/onet, data/projections, data/exposure),
    # by OEWS SOC, and O*NET job titles (data/onet/titles.csv). Read-only, read on first use:
    # see careerbot.catalog.profiles. Empty when the files are missing.
    profiles: Mapping[str, Profile] = field(default_factory=dict)
    titles: Sequence[JobTitle] = field(default_factory=list)

    def profile_problems(self) -> list[str]:
        """Every problem in the profile and title files (`data/<file>: line N: message`);
        reads and builds everything, so call it from `careerbot validate`, not per question."""
        found = []
        for part in (self.profiles, self.titles):
            if isinstance(part, ProfileStore | TitleList):
                found.extend(part.problems())
        return found


def _describe_type_error(item: Any) -> str:
    kind = item["type"]
    if kind in {"float_parsing", "float_type", "int_parsing", "int_type", "int_from_float"}:
        return "must be a number"
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not a known field"
    return str(item["msg"])


def _parse_file(path: Path, model: type[Model], problems: list[str]) -> Model | None:
    shown = _shown(path)
    try:
        raw = _yaml(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        problems.append(f"{shown}: is not UTF-8 text")
        return None
    except yaml.YAMLError as error:
        problems.append(f"{shown}: {_yaml_problem(error)}")
        return None
    if not isinstance(raw, dict):
        problems.append(f"{shown}: must be a YAML mapping of field: value")
        return None
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        for item in error.errors():
            field = ".".join(str(part) for part in item["loc"]) or "(file)"
            problems.append(f"{shown}: {field}: {_describe_type_error(item)}")
        return None


def _shown(path: Path) -> str:
    """A short path for messages: relative to the working directory when possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _yaml_files(folder: Path, what: str, problems: list[str]) -> list[Path]:
    if not folder.is_dir():
        problems.append(f"{_shown(folder)}: {what} folder not found")
        return []
    files = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    if not files:
        problems.append(f"{_shown(folder)}: no {what} files (*.yaml) found")
    return files


def _load_all(
    files: Iterable[Path],
    model: type[Model],
    key: Callable[[Model], str],
    problems: list[str],
) -> dict[str, tuple[Path, Model]]:
    loaded: dict[str, tuple[Path, Model]] = {}
    for path in files:
        item = _parse_file(path, model, problems)
        if item is None:
            continue
        name = key(item)
        if name in loaded:
            problems.append(f"{_shown(path)}: duplicates {name} from {_shown(loaded[name][0])}")
            continue
        loaded[name] = (path, item)
    return loaded


def _template_problems(shown: str, intent: Intent) -> list[str]:
    allowed = GENERAL_PLACEHOLDERS | (OCCUPATION_PLACEHOLDERS if intent.needs_occupation else set())
    extra = {"oews": OEWS_PLACEHOLDERS, "oews_state": OEWS_PLACEHOLDERS | STATE_PLACEHOLDERS}
    found = []
    for part in ("heading", "text", "missing", "oews", "oews_state"):
        template = getattr(intent.answer, part)
        allowed_here = allowed | extra.get(part, frozenset())
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        except ValueError as error:
            found.append(f"{shown}: answer.{part}: broken placeholder ({error})")
            continue
        for name in sorted(names - allowed_here):
            found.append(f"{shown}: answer.{part}: unknown placeholder {{{name}}}")
    return found


def load_catalog(data_dir: Path, intents_dir: Path) -> Catalog:
    problems: list[str] = []
    occupation_files = _yaml_files(data_dir / "occupations", "occupation", problems)
    intent_files = _yaml_files(intents_dir, "intent", problems)

    occupations = _load_all(occupation_files, Occupation, lambda item: item.soc, problems)
    for soc, (path, occupation) in occupations.items():
        if path.stem != soc:
            problems.append(f"{_shown(path)}: soc: {soc} does not match the file name")
        if not (data_dir / occupation.source.file).is_file():
            problems.append(
                f"{_shown(path)}: source.file: {occupation.source.file} not found "
                f"in {_shown(data_dir)}"
            )

    intents = _load_all(intent_files, Intent, lambda item: item.id, problems)
    for intent_id, (path, intent) in intents.items():
        if path.stem != intent_id:
            problems.append(f"{_shown(path)}: id: {intent_id} does not match the file name")
        for target in intent.suggest:
            if target not in intents:
                problems.append(f"{_shown(path)}: suggest: unknown intent {target}")
        problems.extend(_template_problems(_shown(path), intent))
    if intent_files:
        for missing in sorted(REQUIRED_INTENTS - intents.keys()):
            problems.append(f"{_shown(intents_dir)}: missing the required intent {missing}.yaml")

    everything = {soc: item for soc, (_, item) in occupations.items()}
    oews = _load_oews(data_dir, problems)
    if oews is not None:
        for soc, title in oews.titles.items():
            if soc not in everything:
                everything[soc] = Occupation(soc=soc, title=title, source=OEWS_SOURCE)
    aliases = _load_aliases(data_dir / "aliases.yaml", set(everything), problems)
    totals = data_dir / "all_occupations.yaml"
    all_occupations = _parse_file(totals, AllOccupations, problems) if totals.is_file() else None
    also = _load_aliases(
        data_dir / "aliases.yaml", set(everything), problems, table="also", optional=True
    )
    fields = _load_aliases(data_dir / "fields.yaml", set(everything), problems, table="fields")
    outside = _load_outside(data_dir / "outside.yaml", set(everything), problems)
    areas = _load_areas(data_dir / "areas.yaml", problems)
    interests = _load_interests(data_dir / "interests.yaml", set(everything), problems)
    cities = _load_cities(data_dir / "cities.csv", problems)
    glossary_path = data_dir / "glossary.yaml"
    glossary = _parse_file(glossary_path, Glossary, problems) if glossary_path.is_file() else None

    if problems:
        raise CatalogError(list(dict.fromkeys(problems)))  # a file read twice: said once
    known = frozenset(everything)
    return Catalog(
        occupations=everything,
        intents={intent_id: item for intent_id, (_, item) in intents.items()},
        aliases=aliases,
        oews=oews,
        all_occupations=all_occupations,
        profiles=ProfileStore(data_dir, known),
        titles=TitleList(data_dir, known),
        fields=fields,
        also=also,
        outside=outside,
        areas=areas,
        interests=interests.interests,
        limits=interests.limits,
        cities=cities,
        glossary=glossary.terms if glossary else {},
    )


# A SOC major group ("33"), a minor group ("33-3") or a detailed code ("33-1012")
_MAJOR_GROUP = re.compile(r"\d\d(-\d{1,4})?")


def _load_areas(path: Path, problems: list[str]) -> dict[str, tuple[str, ...]]:
    """data/areas.yaml: `areas: {word: [SOC group, ...]}` ("healthcare": ["29", "31"]; a
    minor group or a code where a major group says too much: "law enforcement": ["33-3"])."""
    if not path.is_file():
        return {}
    raw = _read_yaml_mapping(path, problems)
    table = (raw or {}).get("areas") or {}
    if not isinstance(table, dict):
        problems.append(f"{_shown(path)}: areas: must be a mapping of word -> major groups")
        return {}
    areas: dict[str, tuple[str, ...]] = {}
    for word, groups in table.items():
        good = isinstance(groups, list) and all(
            isinstance(g, str) and _MAJOR_GROUP.fullmatch(g) for g in groups
        )
        if not isinstance(word, str) or not good or not groups:
            problems.append(
                f"{_shown(path)}: areas: {word}: must be a list of SOC groups ('33', '33-3')"
            )
            continue
        areas[word] = tuple(groups)
    return areas


def _load_interests(path: Path, known: set[str], problems: list[str]) -> InterestTable:
    """data/interests.yaml: `interests: {liking: {types: [RIASEC letters], careers: [SOC]}}`
    and `limits: {limit: [task words]}`."""
    if not path.is_file():
        return InterestTable(interests={})
    table = _parse_file(path, InterestTable, problems)
    if table is None:
        return InterestTable(interests={})
    for limit, words in table.limits.items():
        if not words or not all(isinstance(w, str) and w.strip() for w in words):
            problems.append(f"{_shown(path)}: limits.{limit}: must be a list of task words")
    for liking, area in table.interests.items():
        unknown = [soc for soc in area.careers if soc not in known]
        if unknown:
            problems.append(
                f"{_shown(path)}: interests.{liking}.careers: unknown SOC code(s) "
                + ", ".join(unknown)
            )
    return table


def _load_cities(path: Path, problems: list[str]) -> dict[str, str]:
    """data/cities.csv: `city,state,population` (state a USPS code)."""
    if not path.is_file():
        return {}
    try:
        with path.open(encoding="utf-8", newline="") as file:
            rows = list(csv.DictReader(file))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        problems.append(f"{_shown(path)}: cannot be read ({error})")
        return {}
    cities: dict[str, str] = {}
    for number, row in enumerate(rows, 2):
        city, state = row.get("city"), row.get("state")
        if not city or not state or not _USPS.fullmatch(state):
            problems.append(f"{_shown(path)}: line {number}: needs a city and a USPS state code")
            continue
        cities[city] = state
    return cities


_USPS = re.compile(r"[A-Z]{2}")


def _load_oews(data_dir: Path, problems: list[str]) -> OewsData | None:
    try:
        return load_oews(data_dir)
    except (OewsError, OSError, UnicodeDecodeError) as error:
        problems.append(f"{_shown(data_dir / 'oews')}: {error}")
        return None


def _read_yaml_mapping(path: Path, problems: list[str]) -> dict[Any, Any] | None:
    try:
        raw = _yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        problems.append(f"{_shown(path)}: {_yaml_problem(error)}")
        return None
    except UnicodeDecodeError:
        problems.append(f"{_shown(path)}: is not UTF-8 text")
        return None
    if not isinstance(raw, dict):
        problems.append(f"{_shown(path)}: must be a YAML mapping")
        return None
    return raw


def _codes_table(
    table: object, where: str, known: set[str], problems: list[str], allow_empty: bool = False
) -> dict[str, tuple[str, ...]]:
    if not isinstance(table, dict):
        problems.append(f"{where}: must be a mapping of name: [SOC codes]")
        return {}
    names: dict[str, tuple[str, ...]] = {}
    for name, codes in table.items():
        codes = [] if codes is None else codes if isinstance(codes, list) else [codes]
        unknown = [str(code) for code in codes if str(code) not in known]
        if unknown or (not codes and not allow_empty):
            problems.append(f"{where}.{name}: unknown SOC code(s) {', '.join(unknown)}")
            continue
        names[str(name)] = tuple(str(code) for code in codes)
    return names


def _load_aliases(
    path: Path,
    known: set[str],
    problems: list[str],
    table: str = "aliases",
    optional: bool = False,
) -> dict[str, tuple[str, ...]]:
    """data/aliases.yaml: `aliases: {everyday name: [SOC, ...]}`; several codes = ambiguous;
    its optional `also:` table has the same shape (occupations offered beside the one meant).
    data/fields.yaml has the same shape under `fields:` ("welding": [51-4121])."""
    if not path.is_file():
        return {}
    raw = _read_yaml_mapping(path, problems)
    if raw is None or (optional and table not in raw):
        return {}
    return _codes_table(raw.get(table), f"{_shown(path)}: {table}", known, problems)


def _load_outside(path: Path, known: set[str], problems: list[str]) -> Outside:
    """data/outside.yaml: `military: {name: [closest civilian SOC, ...]}`, `unpublished: {name:
    [nearest SOC, ...]}`, `employers: [name, ...]`."""
    if not path.is_file():
        return Outside()
    raw = _read_yaml_mapping(path, problems)
    if raw is None:
        return Outside()
    employers = raw.get("employers") or []
    if not isinstance(employers, list) or not all(isinstance(n, str) for n in employers):
        problems.append(f"{_shown(path)}: employers: must be a list of names")
        employers = []
    military, unpublished = (
        _codes_table(raw.get(key) or {}, f"{_shown(path)}: {key}", known, problems, True)
        for key in ("military", "unpublished")
    )
    return Outside(military, unpublished, tuple(employers))
