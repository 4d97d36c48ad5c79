"""Choosing which careers to show when the user has not named one: the examples on /start and
in empty inline queries, and /careers without a word (with one: Composer.search). The catalogue
can hold hundreds of careers, many with only a few figures, so examples favour the fullest
profiles."""

from collections.abc import Sequence
from typing import get_args

from careerbot.catalog import Occupation
from careerbot.catalog.models import OccupationField

PROFILE_FIELDS: tuple[OccupationField, ...] = get_args(OccupationField)


def richness(occupation: Occupation) -> int:
    """How many profile fields the occupation has figures for."""
    return sum(1 for name in PROFILE_FIELDS if occupation.has(name))


def featured(occupations: Sequence[Occupation], count: int) -> list[Occupation]:
    """The `count` fullest profiles; ties keep the catalogue's (alphabetical) order."""
    ranked = sorted(enumerate(occupations), key=lambda item: (-richness(item[1]), item[0]))
    return [occupation for _, occupation in ranked[:count]]
