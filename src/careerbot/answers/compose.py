"""Turn what was understood (intents, occupations) into an Answer, from the intent templates."""

import string
from collections import Counter
from functools import cached_property

from careerbot.answers.model import Answer, Block, Chart, ChartRange, Citation, Suggestion
from careerbot.answers.values import (
    bls_count,
    bls_money,
    general_values,
    join_words,
    occupation_values,
    oews_values,
    state_values,
)
from careerbot.catalog import Catalog, Intent, Occupation
from careerbot.catalog.oews import OEWS_SOURCE, RELEASE, Figures
from careerbot.understanding.intents import IntentScore
from careerbot.understanding.normalise import tokens, words_only
from careerbot.understanding.states import state_name

# The bot's own words that belong to no single intent.
ASK_WHICH = "Which career do you mean? Name one, or pick from the list."
DID_YOU_MEAN = "I'm not quite sure what you're asking. Did you mean one of these?"
NO_MATCH = "I don't know any careers matching “{words}” yet. Here is what I know:"
COMPARE_ROWS = (  # figures from a career profile, where both have one
    ("Median pay (career profile)", "median_salary"),
    ("People employed (career profile)", "employment"),
    ("Growth over the decade", "growth_rate"),
    ("Automation risk", "automation_probability"),
    ("Work-life balance", "work_life_score"),
    ("Best personality fit", "riasec_top"),
    ("Education", "education"),
)
LIST_LIMIT = 30
# Topped up from these when an answer's own suggestions have no data for the career.
FALLBACK_SUGGESTIONS = ("salary", "employment", "overview")
MAX_CHART_RANGES = 8
PERCENTILES = ("p10", "p25", "median", "p75", "p90")
NO_STATE_FIGURES = "BLS publishes no figures for {title} in {state}; here is the national picture."
SOURCES_DIFFER = (
    "Two sources, two figures: the {profile} covers “{title}” and states no year; "
    "{release} counts “{oews_title}” on its own. Both are shown as published."
)
OEWS_CITATION = Citation(name=OEWS_SOURCE.name, url=OEWS_SOURCE.url)
# How a profile field reads in "not in my data yet: ..." (pay and jobs come from BLS OEWS).
FIELD_WORDS = {
    "duties": "duties",
    "growth_rate": "job outlook",
    "education": "education",
    "automation_risk": "automation risk",
    "work_life_balance": "work-life balance",
    "riasec": "personality fit",
    "skills": "skills",
    "strengths": "pros",
    "challenges": "cons",
}


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class Composer:
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.intents = catalog.intents
        self.occupations = catalog.occupations
        self.titles = sorted(o.title for o in catalog.occupations.values())
        self._general = general_values(self.titles)
        self._values = {soc: occupation_values(o) for soc, o in catalog.occupations.items()}
        # Offered when nobody named a career: the full career profiles (all, if there are none).
        profiles = [o.soc for o in self._by_title if o.source != OEWS_SOURCE]
        self.featured = profiles or [o.soc for o in self._by_title]
        self._all_citations = list(
            dict.fromkeys(Citation(name=o.source.name, url=o.source.url) for o in self._by_title)
        )
        self._missing = {
            soc: join_words([w for f, w in FIELD_WORDS.items() if not o.has(f)])  # type: ignore[arg-type]
            for soc, o in catalog.occupations.items()
        }
        # Words most list_occupations phrasings share ("careers", "know") are not search words.
        counts = Counter(
            word
            for example in catalog.intents["list_occupations"].examples
            for word in set(words_only(tokens(example)))
        )
        self._list_words = {word for word, count in counts.items() if count >= 2}

    # -- pieces ---------------------------------------------------------------------------
    @staticmethod
    def _fill(template: str, values: dict[str, str | None]) -> str:
        """Fill a template; a value the context lacks reads as empty rather than failing."""
        return template.format_map(_Blank({k: v for k, v in values.items() if v is not None}))

    def _block(self, intent: Intent, occupation: Occupation | None) -> Block | None:
        """The profile's answer; None when the profile lacks the data but BLS figures will
        answer instead."""
        values = dict(self._general)
        if occupation is not None:
            values.update(self._values[occupation.soc])
        template = intent.answer
        needed = _placeholders(template.heading) | _placeholders(template.text)
        has_data = occupation is None or (
            all(occupation.has(field) for field in intent.fields)
            and all(values.get(name) is not None for name in needed)
        )
        heading = self._fill(template.heading, values)
        if not has_data:
            if occupation is not None and template.oews and self._figures(occupation.soc):
                return None
            return Block(
                heading=heading, text=self._fill(template.missing or template.text, values)
            )
        items = list(getattr(occupation, template.items)) if occupation and template.items else []
        return Block(heading=heading, text=self._fill(template.text, values), items=items)

    def _oews_title(self, soc: str) -> str:
        return self.catalog.oews.titles.get(soc, "") if self.catalog.oews else ""

    def _figures(self, soc: str) -> Figures | None:
        return self.catalog.oews.national.get(soc) if self.catalog.oews else None

    def _oews_blocks(
        self, intent: Intent, occupation: Occupation, state: str | None, first: bool
    ) -> list[Block]:
        """BLS OEWS figures for the occupation, and for the state when one was named."""
        national = self._figures(occupation.soc)
        if national is None or not intent.answer.oews or self.catalog.oews is None:
            return []
        values = dict(self._general) | self._values[occupation.soc]
        values |= oews_values(
            self.catalog.oews.titles[occupation.soc], national, self._missing[occupation.soc]
        )
        heading = self._fill(intent.answer.heading, values) if first else ""
        blocks = [Block(heading=heading, text=self._fill(intent.answer.oews, values))]
        if state and intent.answer.oews_state:
            in_state = self.catalog.oews.state(state, occupation.soc)
            if in_state is None:
                text = NO_STATE_FIGURES.format(title=occupation.title, state=state_name(state))
            else:
                values |= state_values(state, in_state, national)
                text = self._fill(intent.answer.oews_state, values)
            blocks.insert(0, Block(heading=blocks[0].heading, text=text))
            blocks[1] = Block(text=blocks[1].text)
        return blocks

    def _citations(self, socs: list[str]) -> list[Citation]:
        citations: list[Citation] = []
        for soc in socs:
            source = self.occupations[soc].source
            citation = Citation(name=source.name, url=source.url)
            if citation not in citations:
                citations.append(citation)
        return citations

    def _answerable(self, intent_id: str, soc: str) -> bool:
        """Whether asking this would give figures, not "I don't have that yet"."""
        intent = self.intents[intent_id]
        occupation = self.occupations[soc]
        if intent.answer.oews and self._figures(soc) is not None:
            return True
        return all(occupation.has(field) for field in intent.fields)

    def _suggestions(self, after: list[str], socs: list[str]) -> list[Suggestion]:
        """The natural next questions, among those the data can answer for the first career."""
        if not socs:
            return []
        wanted: list[str] = []
        for intent_id in [*after, *FALLBACK_SUGGESTIONS]:
            wanted += [i for i in self.intents[intent_id].suggest if i not in wanted]
        wanted += [i for i in FALLBACK_SUGGESTIONS if i not in wanted]
        wanted = [
            i
            for i in wanted
            if i not in after and self.intents[i].needs_occupation and i != "compare"
            if self._answerable(i, socs[0])
        ]
        return [
            Suggestion(label=self.intents[i].label, intent=i, occupations=socs[:1])
            for i in wanted[:4]
        ]

    # -- answers --------------------------------------------------------------------------
    def about_occupations(
        self, intent_ids: list[str], socs: list[str], score: float, state: str | None = None
    ) -> Answer:
        blocks: list[Block] = []
        cited: list[Citation] = []
        for soc in socs:
            occupation = self.occupations[soc]
            for intent_id in intent_ids:
                intent = self.intents[intent_id]
                profile = self._block(intent, occupation)
                if profile is not None:
                    blocks.append(profile)
                    cited += self._citations([soc])
                figures = self._oews_blocks(intent, occupation, state, first=profile is None)
                if figures:
                    if profile is not None and intent.fields:
                        figures.append(
                            Block(
                                text=SOURCES_DIFFER.format(
                                    profile=occupation.source.name,
                                    title=occupation.title,
                                    release=RELEASE,
                                    oews_title=self._oews_title(soc),
                                )
                            )
                        )
                    blocks += figures
                    cited.append(OEWS_CITATION)
        if not cited:
            cited = self._citations(socs)
        return Answer(
            intent=intent_ids[0],
            intents=intent_ids,
            occupations=socs,
            state=state,
            score=score,
            blocks=blocks,
            sources=list(dict.fromkeys(cited)),
            suggestions=self._suggestions(intent_ids, socs),
            chart=self.pay_chart(socs, state) if "salary" in intent_ids else None,
        )

    def compare(self, socs: list[str], score: float, state: str | None = None) -> Answer:
        intent = self.intents["compare"]
        values = dict(self._general)
        if len(socs) < 2:
            known = self.occupations[socs[0]].title if socs else None
            text = self._fill(intent.answer.missing, values)
            if known:
                text += f" Of those, I know {known}."
            return Answer(
                intent="compare",
                intents=["compare"],
                occupations=socs,
                score=score,
                blocks=[Block(heading=self._fill(intent.answer.heading, values), text=text)],
                sources=self._citations(socs),
                suggestions=self._suggestions(["compare"], socs),
            )
        rows = []
        table = {soc: self._compare_cells(soc, state) for soc in socs}
        for label in dict.fromkeys(label for cells in table.values() for label in cells):
            found = [table[soc].get(label) for soc in socs]
            if all(cell is not None for cell in found):  # only what every one of them has
                pairs = [
                    f"{self.occupations[s].title}: {c}" for s, c in zip(socs, found, strict=True)
                ]
                rows.append(f"{label} — " + "; ".join(pairs))
        return Answer(
            intent="compare",
            intents=["compare"],
            occupations=socs,
            state=state,
            score=score,
            blocks=[
                Block(
                    heading=self._fill(intent.answer.heading, values),
                    text=self._fill(intent.answer.text, values),
                    items=rows,
                )
            ],
            sources=list(dict.fromkeys([*self._citations(socs), OEWS_CITATION])),
            suggestions=self._suggestions(["compare"], socs),
            chart=self.pay_chart(socs),
        )

    @staticmethod
    def _chart_range(label: str, figures: Figures) -> ChartRange:
        return ChartRange(
            label=label,
            p10=figures.number("annual_p10"),
            p25=figures.number("annual_p25"),
            median=figures.number("annual_median"),
            p75=figures.number("annual_p75"),
            p90=figures.number("annual_p90"),
            top_coded=any(figures.top_coded(f"annual_{p}") for p in PERCENTILES),
        )

    def pay_chart(self, socs: list[str], state: str | None = None) -> Chart | None:
        """Pay ranges for the occupations (and the state against the U.S.), from BLS OEWS."""
        oews = self.catalog.oews
        if oews is None:
            return None
        ranges: list[ChartRange] = []
        for soc in socs[:MAX_CHART_RANGES]:
            national = oews.national.get(soc)
            if national is None:
                continue
            title = self.occupations[soc].title
            in_state = oews.state(state, soc) if state else None
            if in_state is not None and state is not None and len(socs) == 1:
                ranges.append(self._chart_range(state_name(state), in_state))
                ranges.append(self._chart_range("U.S.", national))
            else:
                ranges.append(self._chart_range(title, national))
        if not ranges:
            return None
        title = "Yearly pay" if len(socs) > 1 else f"Yearly pay: {self.occupations[socs[0]].title}"
        return Chart(title=title, source=f"Source: {RELEASE}", ranges=ranges)

    def _compare_cells(self, soc: str, state: str | None = None) -> dict[str, str]:
        """Row label -> value for one occupation: BLS figures first, then the profile's."""
        cells: dict[str, str] = {}
        in_state = self.catalog.oews.state(state, soc) if state and self.catalog.oews else None
        if in_state is not None and state is not None:
            cells[f"Median pay in {state_name(state)}"] = bls_money(in_state, "annual_median")
        figures = self._figures(soc)
        if figures is not None:
            cells[f"Median pay ({RELEASE})"] = bls_money(figures, "annual_median")
            low, high = bls_money(figures, "annual_p10"), bls_money(figures, "annual_p90")
            cells["Pay range, 10th–90th percentile"] = f"{low} to {high}"
            cells[f"Jobs in the US ({RELEASE})"] = bls_count(figures)
        for label, key in COMPARE_ROWS:
            value = self._values[soc][key]
            if value is not None:
                cells[label] = value
        return cells

    def list_occupations(self, topic_words: list[str], score: float) -> Answer:
        intent = self.intents["list_occupations"]
        search = [word for word in topic_words if word not in self._list_words]
        found = sorted({rank for word in search for rank in self._titles_with_word.get(word, ())})
        matches = [self._by_title[rank] for rank in found]
        heading = self._fill(intent.answer.heading, self._general)
        if matches:
            text = self._fill(intent.answer.text, self._general)
        elif search:
            text = NO_MATCH.format(words=" ".join(search))
            matches = self._by_title
        else:
            text = self._fill(intent.answer.text, self._general)
            matches = self._by_title
        items = [f"{o.title} ({o.soc})" for o in matches[:LIST_LIMIT]]
        if len(matches) > LIST_LIMIT:
            items.append(f"…and {len(matches) - LIST_LIMIT:,} more")
        return Answer(
            intent="list_occupations",
            intents=["list_occupations"],
            score=score,
            blocks=[Block(heading=heading, text=text, items=items)],
            choices=[
                Suggestion(label=o.title, intent="overview", occupations=[o.soc])
                for o in matches[:8]
            ],
        )

    @cached_property
    def _name_words(self) -> dict[str, frozenset[str]]:
        """Each occupation's title and alias words, for list searches (built on the first one)."""
        return {
            soc: frozenset(words_only(tokens(" ".join([o.title, *o.aliases]))))
            for soc, o in self.occupations.items()
        }

    @cached_property
    def _titles_with_word(self) -> dict[str, list[int]]:
        """Each title or alias word -> the positions in `_by_title` of the occupations it names:
        a list search touches only the occupations it finds, not all of them (~2 ms before)."""
        index: dict[str, list[int]] = {}
        for rank, occupation in enumerate(self._by_title):
            for word in self._name_words[occupation.soc]:
                index.setdefault(word, []).append(rank)
        return index

    @cached_property
    def _by_title(self) -> list[Occupation]:
        return sorted(self.occupations.values(), key=lambda o: o.title)

    def general(self, intent_id: str, score: float, socs: list[str] | None = None) -> Answer:
        """Greeting, help, thanks, goodbye, fallback and source: no occupation needed."""
        intent = self.intents[intent_id]
        block = self._block(intent, None)
        socs = socs or []
        citations = (self._citations(socs) or self._all_citations) if intent_id == "source" else []
        starter = socs[:1] or self.featured[:1]
        return Answer(
            intent=intent_id,
            intents=[intent_id],
            occupations=socs if intent_id == "source" else [],
            score=score,
            blocks=[block],
            sources=citations,
            suggestions=[
                Suggestion(label=self.intents[i].label, intent=i, occupations=starter)
                for i in intent.suggest
                if i in self.intents and self.intents[i].needs_occupation
            ][:4],
        )

    def ask_which(
        self, intent_ids: list[str], score: float, offer: list[str], state: str | None = None
    ) -> Answer:
        choices = [
            Suggestion(label=self.occupations[soc].title, intent=intent_ids[0], occupations=[soc])
            for soc in offer
        ]
        return Answer(
            intent=intent_ids[0],
            intents=intent_ids,
            state=state,
            score=score,
            blocks=[Block(text=ASK_WHICH)],
            choices=choices,
        )

    def did_you_mean(self, candidates: list[IntentScore], socs: list[str], score: float) -> Answer:
        choices = []
        for candidate in candidates:
            intent = self.intents[candidate.intent]
            title = self.occupations[socs[0]].title if socs else ""
            label = f"{intent.label} — {title}" if title else intent.label
            choices.append(Suggestion(label=label, intent=intent.id, occupations=socs[:1]))
        return Answer(
            intent="fallback",
            intents=["fallback"],
            score=score,
            blocks=[Block(text=DID_YOU_MEAN)],
            choices=choices,
        )
