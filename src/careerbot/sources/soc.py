"""The O*NET-SOC → SOC rule: which OEWS occupation (data/oews/national.csv) an O*NET-SOC code,
a BLS Employment Projections code or an AI-exposure table's code belongs to, and which O*NET
occupations describe each OEWS occupation. data/README.md states the same rule in words.
"""

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from careerbot.sources.errors import SourceError, at

# O*NET 2019 taxonomy codes that split one SOC 2018 detailed occupation into codes SOC 2018
# itself does not have (O*NET-SOC 2019 taxonomy), e.g. 21-1011 Substance Abuse and Behavioral
# Disorder Counselors + 21-1014 Mental Health Counselors = SOC 2018 21-1018.
SPLIT_SOC_CODES: Mapping[str, str] = {
    "21-1011": "21-1018",
    "21-1014": "21-1018",
    "25-2055": "25-2052",
    "25-2056": "25-2052",
    "25-9042": "25-9045",
    "25-9043": "25-9045",
    "25-9049": "25-9045",
    "51-2022": "51-2028",
    "51-2023": "51-2028",
    "53-1042": "53-1047",
    "53-1043": "53-1047",
    "53-1044": "53-1047",
    "53-1049": "53-1047",
}


def load_oews_titles(path: Path) -> dict[str, str]:
    """{SOC: OEWS title} of the detailed occupations in data/oews/national.csv (830 rows)."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as error:
        raise SourceError(path, "", f"cannot be read ({error.strerror or error})") from None
    titles = {}
    for line, row in enumerate(rows, 2):
        if not row.get("soc") or not row.get("title"):
            raise SourceError(path, at(line), "needs soc and title")
        titles[row["soc"]] = row["title"]
    return titles


@dataclass(frozen=True)
class SocRule:
    """The rule, over the SOC codes the bot knows (the OEWS detailed occupations).

    `oews_soc(code)` takes any 6-digit SOC code or 8-digit O*NET-SOC code and returns the OEWS
    SOC code it belongs to, or None:
      1. its 6-digit SOC code (the O*NET-SOC code without ".xx") when OEWS publishes it;
      2. else the SOC 2018 code O*NET split it from (SPLIT_SOC_CODES);
      3. else the OEWS combined code of its SOC broad group (last digit 0, e.g. 13-1021 → 13-1020,
         31-1122 → 31-1120) when OEWS publishes that instead of the detailed codes;
      4. else None (e.g. military 55-xxxx, 11-1031 Legislators: not in OEWS).
    """

    known: frozenset[str]

    def oews_soc(self, code: str) -> str | None:
        soc = code[:7]
        if soc in self.known:
            return soc
        split = SPLIT_SOC_CODES.get(soc)
        if split is not None and split in self.known:
            return split
        combined = soc[:6] + "0"
        return combined if combined in self.known else None

    def onet_codes(self, with_data: Iterable[str]) -> dict[str, list[str]]:
        """{OEWS SOC: the O*NET-SOC codes whose data describe it}, codes sorted.

        `with_data` are the O*NET-SOC codes O*NET publishes data for (task statements). For
        each SOC detailed code inside the OEWS occupation, take its `.00` O*NET occupation when
        that has data; otherwise all its detailed O*NET occupations (.01, .02, ...) with data.
        An OEWS occupation covering several SOC codes (combined or split codes) gets them all.
        OEWS occupations with none are left out.
        """
        by_soc6: dict[str, list[str]] = {}
        for code in sorted(set(with_data)):
            if self.oews_soc(code) is not None:
                by_soc6.setdefault(code[:7], []).append(code)
        chosen: dict[str, list[str]] = {}
        for soc6, codes in sorted(by_soc6.items()):
            main = f"{soc6}.00"
            picked = [main] if main in codes else codes
            target = self.oews_soc(soc6)
            assert target is not None  # only mapped codes were kept above
            chosen.setdefault(target, []).extend(picked)
        return {soc: sorted(codes) for soc, codes in chosen.items()}
