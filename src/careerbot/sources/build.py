"""`careerbot data build`: read the official releases in ../shared/data and write the compact,
committed files in data/ (data/onet/*.csv, data/projections/, data/exposure/).

Everything is read and checked before anything is written, and files are written to a temporary
folder first, so a malformed source leaves data/ as it was. The output is deterministic.
"""

import csv
import io
from collections.abc import Iterable, Sequence

from careerbot.sources import onet
from careerbot.sources.soc import SocRule

KINDS = ("occupation", "alternate", "short", "reported")


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """UTF-8 CSV text, `\\n` line ends, quoted only where needed: the committed file format."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def title_rows(
    release: onet.OnetRelease, rule: SocRule
) -> tuple[list[tuple[str, str, str, str]], int]:
    """Rows (title, soc, onet_soc, kind) of data/onet/titles.csv, and how many were dropped
    because their O*NET-SOC code maps to no OEWS occupation.

    kind: "occupation" (O*NET's title), "alternate" (job_titles "Job Title"), "short"
    ("Short Title"), "reported" (sample_of_reported_titles). One row per identical (title, soc):
    the first kind in that order wins, then the lowest O*NET-SOC code.
    """
    found = [onet.OnetTitle(o.code, o.title, "occupation") for o in onet.occupations(release)]
    found += onet.job_titles(release)
    if release.has("reported_titles"):
        found += onet.reported_titles(release)
    best: dict[tuple[str, str], tuple[int, str]] = {}
    dropped = 0
    for item in found:
        soc = rule.oews_soc(item.code)
        if soc is None:
            dropped += 1
            continue
        title = " ".join(item.title.split())
        rank = (KINDS.index(item.kind), item.code)
        key = (title, soc)
        if key not in best or rank < best[key]:
            best[key] = rank
    rows = [(t, soc, code, KINDS[k]) for (t, soc), (k, code) in best.items()]
    rows.sort(key=lambda r: (r[1], KINDS.index(r[3]), r[0].casefold(), r[0], r[2]))
    return rows, dropped
