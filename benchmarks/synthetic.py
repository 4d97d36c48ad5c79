"""Synthetic occupations for size benchmarks: plausible titles and aliases, seeded, no real figures.

They exist only to make the catalog big (100 to 5,000 occupations); the real shipped occupation is
always included so questions about it can be checked.
"""

import dataclasses
import random
from itertools import product
from typing import Any

from careerbot.catalog import Catalog
from careerbot.catalog.models import AutomationRisk, Occupation, Riasec, Source, WorkLifeBalance

FIELDS = """
    aerospace agricultural animal archive art audio aviation bakery biomedical boiler bridge
    broadcast budget cable camera cardio cargo carpet casino cement chemical child civil claims
    clinical coastal compliance concrete construction court credit crime customs dairy data
    dental desktop diesel digital elevator energy engine event fabric farm fashion fiber film
    finance fire fitness flight floral food forest freight fuel furniture game garden gas
    geology glass grain graphic harbor health highway hotel housing hydro insurance interior
    irrigation jewelry kitchen lab land laser legal lighting loan locomotive lumber marine
    market media medical metal mine museum music network nuclear nursery ocean office oil
    optical orchard packaging paper parking patent payroll pension pharmacy photo pipeline plant
    plastics pool port poultry power print probation radio rail ranch records recycling rehab
    retail road robot roof safety school security seed sewer ship signal software soil solar
    sound sports stage steel storage survey tax textile theater tire tourism toy traffic train
    transit tree truck turbine tv utility valve video vineyard warehouse waste water weather
    welding wildlife wind window wine wood
    """.split()
ROLES = """
    analyst assembler assistant auditor builder buyer cleaner clerk coach coordinator counselor
    curator designer dispatcher driver editor engineer estimator examiner fitter grader guard
    handler helper inspector installer instructor investigator keeper laborer manager mechanic
    operator organizer packer painter planner programmer repairer researcher scheduler scientist
    setter sorter specialist supervisor surveyor technician tester trainer worker writer
    """.split()


def synthetic_catalog(base: Catalog, size: int, seed: int = 7) -> Catalog:
    """Exactly `size` occupations: the real ones first (career profiles, then BLS OEWS in SOC
    order), then synthetic ones; everyday-name aliases kept for the real ones retained."""
    rng = random.Random(seed)
    real = sorted(
        base.occupations.values(), key=lambda o: (o.source.file.startswith("oews"), o.soc)
    )
    occupations = {o.soc: o for o in real[:size]}
    template = real[0]
    names = [f"{f} {r}" for f, r in product(FIELDS, ROLES)]
    rng.shuffle(names)
    for number, name in enumerate(names[: max(0, size - len(occupations))]):
        soc = f"{90 + number // 10_000:02d}-{number % 10_000:04d}"
        field, role = name.split()
        occupations[soc] = Occupation(
            soc=soc,
            title=f"{name.title()}s",
            aliases=[f"{field} {role[:4]}", f"{role} of {field}"],
            median_salary=rng.randrange(25_000, 160_000, 10),
            growth_rate=round(rng.uniform(-10, 20), 1),
            automation_risk=AutomationRisk(probability=round(rng.random(), 2), level="Medium"),
            work_life_balance=WorkLifeBalance(score=round(rng.uniform(3, 9), 1), label="Fair"),
            riasec=Riasec(**{k: round(rng.uniform(0, 10), 1) for k in Riasec.model_fields}),
            skills=["Synthetic skill"],
            strengths=["Synthetic strength"],
            challenges=["Synthetic challenge"],
            duties=["Synthetic duty"],
            source=Source(
                name="synthetic", url="https://example.invalid/", file=template.source.file
            ),
        )
    aliases = {
        name: kept
        for name, codes in base.aliases.items()
        if (kept := tuple(code for code in codes if code in occupations))
    }
    # The real name indexes (O*NET titles, field nouns, unknown names) for the occupations kept;
    # only the fields this version of Catalog has (`--against` runs older code).
    extra: dict[str, Any] = {
        "profiles": getattr(base, "profiles", None),
        "titles": getattr(base, "titles", None),  # titles of left-out occupations are skipped
        "fields": {
            name: kept
            for name, codes in getattr(base, "fields", {}).items()
            if (kept := tuple(code for code in codes if code in occupations))
        },
        "also": getattr(base, "also", None),
        "outside": getattr(base, "outside", None),
    }
    known = {field.name for field in dataclasses.fields(Catalog)}
    return Catalog(
        occupations=occupations,
        intents=base.intents,
        aliases=aliases,
        oews=base.oews,
        **{name: value for name, value in extra.items() if name in known and value is not None},
    )


QUESTION_TEMPLATES = (
    "what do {t} earn?",
    "how much $$ do {t} make",
    "{t} salery",
    "is being a {t} chill",
    "r {t} gonna get replaced by ai",
    "what does a {t} do all day",
    "do {t} need a degree?",
    "{t} vs {u}",
    "pay and growth for {t}?",
    "tell me about {t}",
    "and what about growth?",
    "whats the weather in paris tomorrow",
    "how do i renew my library book",
    "when is my next paycheck",
    "skills?",
    "libary techincian job outlook",
)


def questions(catalog: Catalog, count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    titles = [o.title.lower() for o in catalog.occupations.values()]
    aliases = [a for o in catalog.occupations.values() for a in o.aliases] or titles
    out = []
    for _ in range(count):
        template = rng.choice(QUESTION_TEMPLATES)
        out.append(template.format(t=rng.choice(titles + aliases), u=rng.choice(titles)))
    return out
