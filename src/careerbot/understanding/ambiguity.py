"""Ambiguity by evidence: the one rule that decides whether a name meaning several occupations
is answered for one of them or asked about first.

A name such as "nurse" belongs to several OEWS occupations. When one of them holds at least
DOMINANT_SHARE of their combined employment (BLS OEWS May 2025, data/oews/national.csv
`employment`), the name is taken to mean it and the others become alternatives the policy can
offer as buttons ("Also: LPNs, Nurse Practitioners"). Otherwise no meaning dominates ("teacher",
"engineer") and the mention stays ambiguous: the policy asks which one first.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# Registered Nurses hold 77% of the jobs "nurse" can mean, Heavy Truck Drivers 68% of "truck
# driver", morticians 64% of "funeral director" and architectural drafters 64% of "drafter": all
# dominate (answered, the others as buttons; people asking name these ones). Elementary teachers
# hold 28% of "teacher" and family physicians 58% of "doctor": neither does, so the bot asks.
DOMINANT_SHARE = 0.6
MAX_CHOICES = 6  # an ambiguous name offers at most this many occupations (the biggest first)


@dataclass(frozen=True)
class Meaning:
    """What a name resolves to: `socs` has one code when a meaning dominates (then
    `alternatives` lists the other codes, biggest employment first) and several when none does."""

    socs: tuple[str, ...]
    alternatives: tuple[str, ...] = ()


def resolve(
    socs: Sequence[str], employment: Mapping[str, int], *, keep_order: bool = False
) -> Meaning:
    """Apply the dominance rule to the codes a name can mean.

    `employment` maps SOC code -> jobs (BLS OEWS national estimate; a code without one counts
    as 0). With `keep_order` (a hand-kept alias, which lists the likeliest meaning first) an
    ambiguous result keeps the given order; otherwise codes are ordered by employment.
    """
    unique = list(dict.fromkeys(socs))
    if len(unique) <= 1:
        return Meaning(tuple(unique))
    biggest = sorted(unique, key=lambda soc: -employment.get(soc, 0))
    total = sum(employment.get(soc, 0) for soc in unique)
    top = biggest[0]
    if total > 0 and employment.get(top, 0) >= DOMINANT_SHARE * total:
        return Meaning((top,), tuple(biggest[1:MAX_CHOICES]))
    ordered = unique if keep_order else biggest
    return Meaning(tuple(ordered[:MAX_CHOICES]))
