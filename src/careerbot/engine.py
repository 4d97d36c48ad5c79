"""The understanding engine: text and the conversation's context in, an Answer and the new context
out. No I/O after start-up and nothing from Telegram, so the CLI, the bot, the tests and the
benchmarks all call the same `Engine.reply`.

One message, four steps: *understand* (`Matcher.understand` -> `Reading`), *decide*
(`careerbot.policy.decide` -> `Action`), *render* (`Engine._render`, the Composer, once) and
*remember* (`Engine._remember`, the one place the context changes).
"""

from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import ClassVar

from rapidfuzz.distance import OSA

from careerbot.answers.compose import (
    AGE_UNPUBLISHED,
    AI_WHY,
    COMPARE_TABLE_LIMIT,
    OUTSIDE,
    SITUATIONS,
    Composer,
)
from careerbot.answers.model import Answer, Block, Chart, Suggestion
from careerbot.answers.values import fixed
from careerbot.catalog import Catalog, Occupation, load_catalog
from careerbot.conversation import Context, Pick
from careerbot.policy import AFTER_COMPARE, Action, Kind, Thresholds, Turn, decide, touched
from careerbot.settings import Settings
from careerbot.understanding.cues import LICENSING, after_thanks
from careerbot.understanding.matcher import LearnedHook, Matcher
from careerbot.understanding.normalise import BREAK, QUESTION_LEADS, fold
from careerbot.understanding.occupations import DOING_VERBS
from careerbot.understanding.rankings import RankBy, sum_said
from careerbot.understanding.reading import Reading
from careerbot.understanding.states import IN_THE_COUNTRY, Place, state_name

ASK_WHICH_LIMIT = 6
# Careers remembered for "which one earns more", "compare all five of those": as many as one
# comparison table holds
DISCUSSED_LIMIT = COMPARE_TABLE_LIMIT
ALSO_LIMIT = 3
# A year this late in a pay question asks for a forecast ("what will nurses earn in 2030"):
# the OEWS figures are for May 2025.
FIRST_FUTURE_YEAR, LAST_YEAR = 2026, 2100
# Career questions remembered for "and audiologists, same four?"
ASKED_LIMIT = 6
PICK_RANGE = "Please pick a number from 1 to {limit}, or ask me another question."
PICK_ONE = "There is only one option: reply 1 to pick it, or ask me another question."
CITY_NOTE = (
    "These figures are for all of {state}: I have BLS pay by state, not by metro area (BLS "
    "publishes metro-area pay at https://www.bls.gov/oes/)."
)
REGION_NOTE = (
    "BLS publishes these figures for states, not for {region}, so they are for the whole US. "
    "Name a state for its figures."
)
FOREIGN_NOTE = (
    "My figures are for the United States only (I have none for {place}); here is the US picture."
)
CATCH_ALL_NOTE = (
    "BLS counts {job} in “{title}”, a catch-all group of smaller jobs: its figures cover "
    "all of them, not this job alone."
)
# "bruh is that like per month", "monthly salary", "per week": the pay by the period, worked out
MONTHS = frozenset({"month", "monthly"})
WEEKS = frozenset({"week", "weekly"})
PERIODS = MONTHS | WEEKS
# "do i need to be good at math": a skill named -> its O*NET 30.3 name (folded like a
# message's words at import: "writing" reads "writ")
SKILL_WORDS = {
    fold(word): skill
    for skill, words in {
        "Mathematics": ("math", "maths", "mathematics"),
        "Writing": ("writing", "write"),
        "Science": ("science",),
        "Speaking": ("speaking", "speak"),
        "Programming": ("programming", "coding"),
        "Active Listening": ("listening", "listen"),
    }.items()
    for word in words
}
SKILL_RATED = (
    "{skill}, for {title}: importance {importance} of 5 in O*NET 30.3, number {rank} of the "
    "{count} skills it rates most important for the job."
)
SKILL_UNRATED = (
    "{skill} is not among the {count} skills O*NET 30.3 rates most important for {title}."
)
# "accountant need CPA?", "do electricians need to be licensed": no data, said so
LICENSING_NOTE = (
    "Licences (set by each state: a CPA, the NCLEX for nurses, a trade licence) and "
    "certifications are not in my data: CareerOneStop's License Finder and Certification Finder "
    "list them. Here is the education BLS says the job needs."
)
# "whats the starting pay": BLS publishes no starting pay; the low percentiles are the guide
# ("first" is not one: "how much does the first one make" picks from a list)
STARTING = frozenset("start starting entry beginner beginning".split())
STARTING_PAY_NOTE = (
    "BLS publishes no starting pay. Beginners usually earn near the lower end of the range "
    "below: the 10th and 25th percentiles."
)
LATE_START_NOTE = (
    f"{AGE_UNPUBLISHED}. Here is what the work pays, how long the way in takes and how the "
    "jobs are growing."
)
NAMED_WITHIN_NOTE = "BLS counts “{name}” within “{title}”: the figures are for that whole group."
FUTURE_PAY_NOTE = (
    "BLS projects jobs, not pay: these are the latest published figures, not a forecast for {year}."
)
NATIONAL_ONLY_NOTE = (
    "These figures are national: BLS does not publish them by state. For pay in {state}, tap "
    "the button or ask “pay in {state}”."
)
STATES_KEPT = 4  # states of one career remembered for "which pays more?"
# Words of a question about machines doing the work (folded): "robots", "driverless trucks"
MACHINES = frozenset({"robot", "robotic", "driverless", "autonomous", "machine"})
PROJECTIONS_NATIONAL_NOTE = "BLS projects jobs for the whole US only. {jobs}"
LIST_NATIONAL_NOTE = (
    "This list is by US-wide figures. Pick a career, then ask “pay in {state}” for its pay there."
)
# "and in georgia?" after a national answer (duties, outlook...): the pay there, and why
PAY_IN_STATE_NOTE = (
    "That answer is the same in every state (BLS and O*NET publish it for the whole US), so here "
    "it is again, with the pay in {state}, which BLS publishes by state."
)
UNKNOWN = (
    "I don't know “{name}” as an occupation: the BLS wage survey has no job by that name, so I "
    "have no figures for it. Try another name for the job, or /careers to search. Or tell me "
    "what you like about it, and I'll find careers that fit: “jobs for people who like making "
    "videos”."
)
UNKNOWN_NEAR = (
    "The BLS wage survey has no occupation called “{name}”. The closest ones it does publish:"
)
MILITARY = (
    "“{name}” is a military job: the BLS wage survey covers civilian jobs only, so I have no "
    "figures for it. Military pay follows the official pay tables of the armed forces."
)
MILITARY_NEAR = "Civilian careers close to that work, with figures:"
MILITARY_SERVICE = (
    "I have no figures for military service: the BLS wage survey covers civilian jobs only, "
    "and military pay follows the official pay tables of the armed forces."
)
# A whole service says nothing of the work done: ask for it, to find civilian careers close to it.
MILITARY_ASK = (
    "Leaving the service? Tell me your specialty (infantry, corpsman, pilot, mechanic, cook…) "
    "or a civilian career you have in mind, and I'll show what it pays and how to get in."
)
EMPLOYER = (
    "I have no pay figures for “{name}”: the BLS wage survey publishes pay by occupation and "
    "state, across all employers, never for one employer."
)
EMPLOYER_OFFER = "Tap below for what the occupation pays across all employers."
# "how much do i make", "my boss cut my hours": the user's own job, which only they can look into
OWN_JOB_NOTE = (
    "Questions about your own job (your pay, hours, leave or a problem at work) are for your "
    "employer or HR; the US Department of Labor explains workers' rights: https://www.dol.gov/"
)
ALSO_NOTE = "That name can also mean: {titles}."
# The rules that ask which meaning of a name was meant ("teacher": which teachers?)
MEANINGS_ASKED = frozenset({"which_occupation", "described_job/ask", "pick/ask_next"})
UNPICKED_NOTE = (
    "You did not pick one, so this is for {title}, the most common. For another, tap it below: "
    "{titles}."
)
# Said before an answer to a described job (`Action.guessed`), with the others if any
GUESSED_NOTE = "I took the job you described to be {title}."
GUESSED_OTHERS = " If you meant another, tap it below: {titles}."
_DEFAULTS = Settings.model_fields


def _default(name: str) -> float:
    value = _DEFAULTS[name].default
    assert isinstance(value, float)
    return value


# Replies that answer no question: thanks, a fallback, a nudge, a reaction
_NOTHING_ASKED = frozenset({"general", "closing", "nudge", "reaction", "about_bot"})
# Words that open a question or a follow-up ("wat about auto body guys", "and in florida",
# "one more - what about a security guard"), not a plan ("I'll look into CNA programs"); slang
# ("wat", "wbu") is read as the words it stands for
_ASKING = QUESTION_LEADS | {"and", "also", "one", "plus", "same"}


def _asks_something(reading: Reading) -> bool:
    """The words after thanks ask something of their own: a career, a place, a pick from a
    list or a question ("and the second one?"), not more thanks ("this helped a lot", "lots
    to think about")."""
    words = [w for w in reading.words if w != BREAK]
    return bool(
        reading.asks
        or (words and words[0] in _ASKING)
        or reading.number is not None
        or reading.points_to is not None
        or (bool(reading.place.state or reading.place.nationwide) and not reading.mentions)
    )


def _place_name(foreign: str) -> str:
    """A foreign place as written: "UK", "UAE", "New Zealand"."""
    return foreign.upper() if foreign in ("uk", "uae", "usa") else foreign.title()


_FIELD_WORDS = frozenset({"field", "work", "trade", "industry"})


def _in_title(word: str, title: frozenset[str]) -> bool:
    """Whether `word` is one of the title's words, a short form of one ("vet", "veterinary")
    or one slip from one ("truk", "truck")."""
    return word in title or any(
        part.startswith(word) or (len(word) >= 4 and OSA.distance(word, part) <= 1)
        for part in title
    )


class Engine:
    def __init__(
        self,
        catalog: Catalog,
        answer_threshold: float = _default("answer_threshold"),
        suggest_threshold: float = _default("suggest_threshold"),
        cold_threshold: float = _default("cold_threshold"),
        learned: LearnedHook | None = None,
    ) -> None:
        """Thresholds are matcher confidence, 0-100; their defaults live in `Settings`."""
        self.catalog = catalog
        self.thresholds = Thresholds(
            suggest=suggest_threshold, cold=cold_threshold, answer=answer_threshold
        )
        self.matcher = Matcher(catalog, answer_threshold, learned)
        self.composer = Composer(catalog)
        self.occupations: list[Occupation] = sorted(
            catalog.occupations.values(), key=lambda o: o.title
        )
        self.intents = catalog.intents
        self._common = self._most_common()
        self._starters = self._popular()

    def _most_common(self) -> list[str]:
        """Every occupation with BLS OEWS national employment, most people employed first,
        none of them an "All Other" (sorted once, at start-up)."""
        oews = self.catalog.oews
        jobs = (
            {soc: figures.number("employment") or 0.0 for soc, figures in oews.national.items()}
            if oews is not None
            else {}
        )
        common = sorted(
            (s for s in jobs if s in self.catalog.occupations),
            key=lambda soc: -jobs[soc],
        )
        return [s for s in common if "All Other" not in self.catalog.occupations[s].title]

    def _popular(self, areas: Sequence[str] = ()) -> list[str]:
        """Careers offered when a question names none: the showcase profile, then the
        occupations employing the most people (BLS OEWS). With `areas` (SOC major groups,
        "41"), the most common careers in them instead, without the showcase ([] when none has
        figures)."""
        if areas:
            return [s for s in self._common if s.startswith(tuple(areas))][:ASK_WHICH_LIMIT]
        featured = self.composer.featured[:1]
        return list(dict.fromkeys([*featured, *self._common]))[:ASK_WHICH_LIMIT]

    @classmethod
    def from_dirs(
        cls, data_dir: Path, intents_dir: Path, learned: bool = True, **limits: float
    ) -> "Engine":
        """The engine for these folders; `learned` adds the learned intent model (trained from
        the intents, or loaded from its cache: see understanding/classifier.py)."""
        hook = LearnedHook() if learned else None
        return cls(load_catalog(data_dir, intents_dir), learned=hook, **limits)

    @classmethod
    def from_settings(cls, settings: Settings) -> "Engine":
        return cls.from_dirs(
            settings.data_dir,
            settings.intents_dir,
            answer_threshold=settings.answer_threshold,
            suggest_threshold=settings.suggest_threshold,
            cold_threshold=settings.cold_threshold,
        )

    def warm(self) -> None:
        """Build now what is otherwise built on first use: every occupation's profile and the
        described-job index (about a second, cached on disk). A long-running bot calls this at
        start-up, so no user's first question about a career waits on a file read; the one-shot
        `careerbot ask` does not."""
        self.composer.warm()
        self.matcher.finder.warm()

    # -- the two ways in ------------------------------------------------------------------
    def reply(self, text: str, context: Context | None = None) -> tuple[Answer, Context]:
        """Answer a free-text message."""
        context = context or Context()
        text = text if isinstance(text, str) else ""
        reading, action = self._read(text, context)
        rest = after_thanks(text)
        if rest != text and action.kind in _NOTHING_ASKED:
            # "thx. wat about auto body guys": thanks first, then a question, which is answered
            # ("thank you, this will be useful for my class" thanks only)
            then_reading, then = self._read(rest, context)
            if then.kind not in _NOTHING_ASKED and _asks_something(then_reading):
                reading, action = then_reading, then
        answer = self._render(action, reading.place, reading=reading)
        return answer, self._remember(
            context, action, answer, reading.story, self._verdict_named(action, answer)
        )

    def _read(self, text: str, context: Context) -> tuple[Reading, Action]:
        """The reading of `text` in `context`, and the action the dialogue policy takes on it."""
        reading = self.matcher.understand(
            text,
            recent=context.occupations,
            offered=[pick.occupations[-1] for pick in context.choices if pick.occupations],
            discussed=context.discussed,
        )
        return reading, decide(Turn(reading, context, self.intents, self.thresholds))

    def respond(
        self,
        intent: str,
        occupations: list[str],
        context: Context | None = None,
        detail: bool = False,
    ) -> tuple[Answer, Context]:
        """Answer a tapped button: the intent and occupations are already known. `detail` asks
        for the long form of an answer (a "More" button)."""
        context = context or Context()
        socs = [soc for soc in occupations if soc in self.catalog.occupations]
        if intent not in self.intents:
            action = Action("button/unknown", "general", ("fallback",))
        else:
            # A button under a Texas answer, or a choice offered for Ohio, keeps its state.
            state = next(
                (p.state for p in context.choices if p.occupations == socs and intent in p.intents),
                context.state if socs == context.occupations else None,
            )
            kind: Kind = "compare" if intent == "compare" else "about"
            if not self.intents[intent].needs_occupation:
                kind = "general"
            action = Action("button", kind, (intent,), tuple(socs), state, 100.0)
        answer = self._render(action, Place(), detail=detail)
        return answer, self._remember(
            context, action, answer, verdict=self._verdict_named(action, answer)
        )

    def chart(self, occupations: list[str], state: str | None = None) -> Chart | None:
        """The pay chart for these occupations (and a state), for a "📊 Chart" button."""
        socs = [soc for soc in occupations if soc in self.catalog.occupations]
        return self.composer.pay_chart(socs, state) if socs else None

    # -- render: one Action, one Answer ------------------------------------------------------
    def _skill_asked(self, soc: str, said: set[str]) -> list[str]:
        """ "do i need to be good at math": how O*NET 30.3 rates the skills named (SKILL_WORDS)
        for `soc` (importance 1-5, and its rank among the skills rated), or that O*NET does
        not count it among them."""
        profile = self.catalog.profiles.get(soc)
        if profile is None or not profile.skills:
            return []
        ranked = sorted(profile.skills, key=lambda s: (-s.importance, -s.level))
        title = self.catalog.occupations[soc].title
        notes = []
        for name in dict.fromkeys(SKILL_WORDS[w] for w in said if w in SKILL_WORDS):
            at = next((i for i, skill in enumerate(ranked) if skill.name == name), None)
            if at is None:
                notes.append(SKILL_UNRATED.format(skill=name, count=len(ranked), title=title))
            else:
                notes.append(
                    SKILL_RATED.format(
                        skill=name,
                        title=title,
                        importance=fixed(ranked[at].importance),
                        rank=at + 1,
                        count=len(ranked),
                    )
                )
        return notes

    @staticmethod
    def _named_as(reading: Reading | None, soc: str) -> str | None:
        """The user's own words for the occupation `soc` in this message ("tattoo artist" for
        Artists and Related Workers, All Other), or None when it was not named here (a follow-up,
        a button) or was named by its code or official title."""
        if reading is None:
            return None
        for mention in reading.mentions:
            if soc in mention.socs and mention.how not in ("code", "title"):
                return reading.said(mention)
        return None

    def _named_within(self, reading: Reading) -> dict[str, str]:
        """SOC code -> the name the user gave it, where that name is a job BLS counts within a
        differently named group ("video game designer" within Web and Digital Interface
        Designers, "park ranger" within Conservation Scientists): a name of two words or more
        whose words before the last are not in the title."""
        named: dict[str, str] = {}
        for mention in reading.mentions:
            words = reading.words[mention.start : mention.end]
            # (not a name picked from the options offered: "high school" after "which teachers?")
            if len(mention.socs) != 1 or mention.how in ("code", "title", "offered"):
                continue
            # one word only where O*NET files it under the group ("farrier" in Animal
            # Caretakers); a hand-kept one-word name is the same job ("cop")
            if len(words) < 2 and mention.how != "onet_title":
                continue
            title = self.matcher.title_words.get(mention.socs[0])  # built at start-up
            if title is None:
                continue
            said = reading.said(mention)
            if len(said.split()) != len(words) or any(
                not typed.startswith(word[:2])
                for typed, word in zip(said.split(), words, strict=True)
            ):
                continue  # "HR specialist" is the title, shortened
            # ("bank teller" is one of the Tellers: the title says nothing the name does not; nor
            # does "truk driver" or "vet tech": a slip or a short form of the title's words)
            kept = words[:-1] or words
            if words[0] in DOING_VERBS or words[-1] in _FIELD_WORDS:
                continue  # "make software", "the electrical field": the work, said of the job
            if not any(_in_title(word, title) for word in kept) and title - set(words):
                named[mention.socs[0]] = said
        return named

    def _paired(self, action: Action, detail: bool) -> Answer:
        """Each question answered for its own career, in the order asked ("what does an
        actuary do, and how much do paralegals make"): the answers' blocks one after another,
        their sources once each, the last one's next questions."""
        parts = [
            self.composer.about_occupations(
                [intent], [soc], action.score, action.state, detail=detail
            )
            for intent, soc in action.pairs
        ]
        sources = list({source.url: source for part in parts for source in part.sources}.values())
        return parts[-1].model_copy(
            update={
                "intent": action.pairs[0][0],
                "intents": list(dict.fromkeys(intent for intent, _ in action.pairs)),
                "occupations": list(dict.fromkeys(soc for _, soc in action.pairs)),
                "blocks": [block for part in parts for block in part.blocks],
                "sources": sources,
                "chart": None,
            }
        )

    def _render(
        self,
        action: Action,
        place: Place,
        detail: bool = False,
        reading: Reading | None = None,
    ) -> Answer:
        composer = self.composer
        intents, socs, state = list(action.intents), list(action.socs), action.state
        if action.kind == "compare" and socs:
            answer = composer.compare(
                socs, action.score, state, focus=list(action.focus), lowest=action.lowest
            )
        elif action.kind == "about" and action.pairs:
            answer = self._paired(action, detail)
        elif action.kind == "about" and action.safer and socs:
            answer = composer.related_safer(socs[0], action.score, state)
        elif action.kind == "about" and action.shorter and socs:
            answer = composer.related_shorter(socs[0], action.score, state)
        elif action.kind in ("about", "compare") and socs:
            topical = [i for i in intents if self.intents[i].needs_occupation] or ["overview"]
            answer = composer.about_occupations(topical, socs, action.score, state, detail=detail)
        elif action.kind in ("about", "compare", "ask_which"):
            offer = list(action.offer) or self._popular(action.areas) or self._starters
            wanted = [i for i in intents if self.intents[i].needs_occupation] or ["overview"]
            answer = composer.ask_which(wanted, action.score, offer, state)
            answer = answer.model_copy(update={"occupations": socs})  # kept for every option
        elif action.kind == "unknown_job":
            answer = self._unknown_job(action)
        elif action.kind == "employer":
            answer = self._employer(action)
        elif action.kind == "did_you_mean":
            answer = composer.did_you_mean(list(action.candidates), socs, action.score)
        elif action.kind == "list":
            within = [list(words) for words in action.within]
            answer = composer.list_occupations(
                list(action.words),
                action.score,
                within,
                state=place.state or action.state,
                offset=action.offset,
            )
        elif action.kind == "pick_range":
            answer = Answer(
                intent="fallback",
                intents=["fallback"],
                score=100.0,
                blocks=[
                    Block(
                        text=PICK_ONE
                        if action.limit == 1
                        else PICK_RANGE.format(limit=action.limit)
                    )
                ],
            )
        elif action.kind == "reaction":
            answer = composer.reaction(socs, action.score)
        elif action.kind == "about_bot":
            answer = composer.about_bot(action.score)
        elif action.kind == "nudge":
            answer = composer.nothing_said(action.score)
        elif action.kind == "schools":
            answer = composer.schools(socs, action.score)
        elif action.kind == "states" and action.states:
            answer = composer.pay_in_states(socs[0], list(action.states), action.score)
        elif action.kind == "states" and intents[:1] == ["employment"]:
            answer = composer.states_by_jobs(socs[0], action.score, lowest=action.lowest)
        elif action.kind == "states":
            answer = composer.states_by_pay(socs[0], action.score, lowest=action.lowest)
        elif action.kind == "outside":
            answer = composer.outside(action.words[0], socs, action.score)
        elif action.kind == "english_only":
            answer = composer.english_only(action.score)
        elif action.kind == "undescribed":
            answer = composer.undescribed(action.score)
        elif action.kind == "guide":
            answer = composer.starting_out(action.words[0], action.score)
        elif action.kind == "define":
            answer = composer.define(action.words[0], action.score)
        elif action.kind == "closing":
            answer = composer.closing(action.score, intents)
        else:
            intent = intents[0] if intents else "fallback"
            answer = composer.general(intent, action.score, socs, shown=action.shown)
        national_only = self._national_only(action, answer, place)
        notes = self._notes(action, answer, place, national_only, reading)
        update: dict[str, object] = {"reason": action.rule}
        if national_only and answer.occupations:
            # "and in ohio?" after an education answer: the state's pay, one tap away (the
            # button keeps the state: see `respond`)
            pay = Suggestion(
                label=f"💰 Pay in {state_name(action.state or '')}",
                intent="salary",
                occupations=list(answer.occupations),
            )
            update["suggestions"] = [pay, *answer.suggestions]
        if action.kind == "list" and place.state and answer.choices and answer.state is None:
            # "highest paying jobs in texas": the list is national; each career's pay in the
            # state is one question away
            notes.append(LIST_NATIONAL_NOTE.format(state=state_name(place.state)))
        if notes:
            update["blocks"] = [Block(text=" ".join(notes)), *answer.blocks]
        if action.rule == "own_job":  # after the refusal: where the user can ask instead
            update["blocks"] = [*answer.blocks, Block(text=OWN_JOB_NOTE)]
        if (action.also or action.guessed) and answer.occupations:
            titles = ", ".join(self.catalog.occupations[s].title for s in action.also[:ALSO_LIMIT])
            blocks: list[Block] = update.get("blocks", answer.blocks)  # type: ignore[assignment]
            taken = self.catalog.occupations[action.socs[-1]].title
            # said first, where the career is a guess: every figure is for it (a description
            # read with confidence too, so a wrong reading shows)
            if action.unpicked and titles:
                said = UNPICKED_NOTE.format(title=taken, titles=titles)
                update["blocks"] = [Block(text=said), *blocks]
            elif action.guessed:
                others = GUESSED_OTHERS.format(titles=titles) if titles else ""
                update["blocks"] = [Block(text=GUESSED_NOTE.format(title=taken) + others), *blocks]
            else:
                update["blocks"] = [*blocks, Block(text=ALSO_NOTE.format(titles=titles))]
        if action.also and answer.occupations:
            update["suggestions"] = [
                *(
                    Suggestion(
                        label=f"Also: {self.catalog.occupations[soc].title}",
                        intent=answer.intent,
                        occupations=[soc],
                    )
                    for soc in action.also[:ALSO_LIMIT]
                ),
                *answer.suggestions,
            ]
        if reading is not None and reading.situation in SITUATIONS and action.kind != "outside":
            # "im deaf, can i be a nurse": the answer, then what the figures cannot say of it
            so_far: list[Block] = update.get("blocks", answer.blocks)  # type: ignore[assignment]
            update["blocks"] = [*so_far, Block(text=OUTSIDE[reading.situation])]
        return answer.model_copy(update=update)

    def _unknown_job(self, action: Action) -> Answer:
        """Say plainly that the name is not a BLS occupation; offer the nearest real ones."""
        name = " ".join(action.words) or "that job"
        if action.military:
            if action.offer:
                text = f"{MILITARY.format(name=name)}\n\n{MILITARY_NEAR}"
            else:  # "army", "veteran": a service, not a job
                text = f"{MILITARY_SERVICE}\n\n{MILITARY_ASK}"
        elif action.offer:
            text = UNKNOWN_NEAR.format(name=name)
        else:
            text = UNKNOWN.format(name=name)
        wanted = [i for i in action.intents if self.intents[i].needs_occupation] or ["overview"]
        # "what civilian jobs fit an infantryman": each career offered opens on its overview, not
        # on careers related to it
        shown = "overview" if wanted[0] == "related" else wanted[0]
        choices = [
            Suggestion(label=self.catalog.occupations[soc].title, intent=shown, occupations=[soc])
            for soc in action.offer
            if soc in self.catalog.occupations
        ]
        # No figure is given for a name careerbot does not know ("youtuber salary", "do navy
        # seals get paid well"), so the answer is a fallback, like pay at a named employer. Only
        # genuinely close civilian careers offered ("doordash driver" → Light Truck Drivers)
        # answer the question asked, once picked.
        reported = wanted if choices and not action.military else ["fallback"]
        return Answer(
            intent=reported[0],
            intents=reported,
            state=action.state if choices else None,
            score=action.score,
            blocks=[Block(text=text)],
            choices=choices,
        )

    def _employer(self, action: Action) -> Answer:
        """Say that pay by employer is not published; offer the careers named, across all
        employers, as buttons (intent fallback: no figure is given for the employer)."""
        name = " ".join(action.words).title() or "that employer"
        text = EMPLOYER.format(name=name)
        suggestions = [
            Suggestion(
                label=f"💰 {self.catalog.occupations[soc].title}",
                intent="salary",
                occupations=[soc],
            )
            for soc in action.socs
            if soc in self.catalog.occupations
        ]
        if suggestions:
            text = f"{text} {EMPLOYER_OFFER}"
        return Answer(
            intent="fallback",
            intents=["fallback"],
            score=action.score,
            blocks=[Block(text=text)],
            suggestions=suggestions,
        )

    def _notes(
        self,
        action: Action,
        answer: Answer,
        place: Place,
        national_only: bool,
        reading: Reading | None,
    ) -> list[str]:
        """What the user should know about where the figures are for (`national_only`: see
        `_national_only`, worked out once by the caller), and what the message said about it
        (`reading`; None for a button)."""
        if action.rule == "remarks_on_last" and action.socs:
            # "dang thats low" after the pay: the verdict against all jobs, before what else
            # to ask
            verdict = self._verdict(action.words[0] if action.words else "", action.socs[0])
            return [verdict] if verdict else []
        if not answer.occupations:
            return []
        notes: list[str] = []
        named = self._named_within(reading) if reading is not None else {}
        # ("I was nurse in Philippines, what I need to be nurse in USA?": where the user comes
        # from, the question asked of the US)
        if place.foreign and not (
            reading is not None and not IN_THE_COUNTRY.isdisjoint(pairwise(reading.words))
        ):
            notes.append(FOREIGN_NOTE.format(place=_place_name(place.foreign)))
        if place.region:
            notes.append(REGION_NOTE.format(region=place.region))
        if action.state and place.city and place.state == action.state and not national_only:
            # (an overview in San Antonio is national: the national note says so, alone)
            notes.append(CITY_NOTE.format(state=state_name(action.state)))
        catch_all = [
            soc
            for soc in answer.occupations
            if soc in self.catalog.occupations
            and self.catalog.occupations[soc].title.endswith(", All Other")
        ]
        # (not over a whole list compared: "which of those pays the most")
        if catch_all and action.kind in ("about", "compare") and len(answer.occupations) <= 2:
            title = self.catalog.occupations[catch_all[0]].title
            job = self._named_as(reading, catch_all[0])
            notes.append(CATCH_ALL_NOTE.format(job=f"“{job}”" if job else "this job", title=title))
        elif (
            action.kind == "about"
            and len(answer.occupations) == 1
            and answer.occupations[0] in named
        ):
            soc = answer.occupations[0]
            title = self.catalog.occupations[soc].title
            notes.append(NAMED_WITHIN_NOTE.format(name=named[soc], title=title))
        said = set(reading.words) if reading is not None else set()
        touches = action.touches or (touched(reading) if reading is not None else ())
        if touches and action.kind == "about" and len(answer.occupations) == 1:
            # "would i ever have to see blood", "do they lift heavy boxes": the tasks that
            # say it, first, whatever the answer is about
            said_tasks = self.composer.tasks_saying(answer.occupations[0], touches)
            notes += [said_tasks] if said_tasks else []
        pairs = set(pairwise(reading.words)) if reading is not None else set()
        machines = bool(MACHINES & said) or ("self", "driv") in pairs  # "self-driving"
        if "automation" in action.intents and len(answer.occupations) == 1 and machines:
            # "will self-driving trucks replace them": the estimate that measured machines first
            notes += [m] if (m := self.composer.machines_note(answer.occupations[0])) else []
        if "skills" in action.intents and len(answer.occupations) == 1:
            # "do i need to be good at math": that skill's O*NET rating, first
            notes += self._skill_asked(answer.occupations[0], said)
        asked_sum = (
            sum_said(reading.words)
            if reading is not None and "salary" in action.intents and len(answer.occupations) == 1
            else None
        )
        if asked_sum is not None:
            # "is 80k a good salary for a nurse": where that sum stands among the nurses' pay
            yearly, hourly = asked_sum
            placed = self.composer.sum_placed(answer.occupations[0], yearly, action.state, hourly)
            notes += [placed] if placed else []
        if "salary" in action.intents and len(answer.occupations) == 1 and PERIODS & said:
            weekly = not WEEKS.isdisjoint(said) and MONTHS.isdisjoint(said)
            by_period = self.composer.by_period(answer.occupations[0], action.state, weekly)
            notes += [by_period] if by_period else []
        if "education" in action.intents and not LICENSING.isdisjoint(said):
            notes.append(LICENSING_NOTE)  # "accountant need CPA?"
        if "overview" in action.intents and reading is not None and reading.late_start:
            notes.append(LATE_START_NOTE)  # "Is 58 too old to become a real estate agent?"
        if "salary" in action.intents and not STARTING.isdisjoint(said):
            notes.append(STARTING_PAY_NOTE)  # "whats the startin pay"
        future = [w for w in said if w.isdigit() and FIRST_FUTURE_YEAR <= int(w) <= LAST_YEAR]
        if "salary" in action.intents and future:  # "what will nurses earn in 2030"
            notes.append(FUTURE_PAY_NOTE.format(year=max(future)))
        state_jobs = (
            self.composer.state_jobs(answer.occupations[0], action.state)
            if national_only and action.state and action.intents[:1] == ("outlook",)
            else None
        )
        if state_jobs:
            # "are there jobs for welders in arizona": projections are national, the count of
            # jobs there is not
            notes.append(PROJECTIONS_NATIONAL_NOTE.format(jobs=state_jobs))
        elif national_only:
            notes.append(NATIONAL_ONLY_NOTE.format(state=state_name(action.state or "")))
        if action.rule == "place_follow_up/pay" and action.state:
            notes.append(PAY_IN_STATE_NOTE.format(state=state_name(action.state)))
        if action.rule == "judges_last_answer" and answer.occupations:
            # "is that good?" after pay (or an overview): the verdict against all jobs, before
            # the figures
            soc = answer.occupations[0]
            why = reading is not None and reading.words[:1] == ["why"]
            if action.intents[:1] == ("salary",) and why:
                notes += [judged] if (judged := self.composer.pay_why(soc)) else []
            elif action.intents[:1] == ("automation",) and why:
                notes.append(AI_WHY)
            elif judged := self._verdict(action.intents[0] if action.intents else "", soc):
                notes.append(judged)
        return notes

    # The figure a comparison's verdict names its winner by
    _WINNER_BY: ClassVar[dict[str, RankBy]] = {
        "salary": "pay",
        "outlook": "growth",
        "employment": "jobs",
    }

    def _verdict_named(self, action: Action, answer: Answer) -> str | None:
        """The career a comparison's verdict names (the highest, or lowest, by the figure
        asked) after a question of which ("which of those pays the most"); else None."""
        socs = list(answer.occupations)
        by = self._WINNER_BY.get(action.focus[0]) if action.focus else None
        # (only a question of which: "bookkeeper is easier. how much they earn?" set against
        # accountants is about bookkeepers still)
        asked_which = action.rule in ("compare_discussed", "ranks_meanings")
        if answer.intent != "compare" or len(socs) < 2 or by is None or not asked_which:
            return None
        valued = [(value, soc) for soc in socs if (value := self.composer.figure(soc, by))]
        if not valued:
            return None
        return (min if action.lowest else max)(valued)[1]

    def _verdict(self, intent: str, soc: str) -> str | None:
        """The verdict against all jobs on the figure of an answer about `soc` to `intent`:
        the pay (salary) or the overview's pay and outlook; None for another intent or where a
        figure is not published."""
        if intent == "salary":
            return self.composer.pay_judged(soc)
        if intent == "overview":
            return self.composer.overview_judged(soc)
        return None

    @staticmethod
    def _national_only(action: Action, answer: Answer, place: Place) -> bool:
        """A state was asked about ("and in ohio?") but the answer, never naming it, gave
        national figures only (education, outlook, skills are not published by state)."""
        if not action.state or place.state != action.state:
            return False
        return state_name(action.state) not in answer.plain_text()

    # -- remember: the one place the context changes -------------------------------------------
    @staticmethod
    def _list_kept(
        context: Context, answer: Answer, intents: list[str], state: str | None
    ) -> list[Pick]:
        """A list of careers stays open while one career from it is talked about ("the second
        one", "what does it pay", "number 3?"): its options, each now asking the last question
        in the last place; so do the meanings offered by "which career?" ("how much do teachers
        make", "2", then "what about the first one"). Anything else closes it."""
        if len(answer.occupations) != 1 or answer.occupations[0] not in context.offered:
            return []
        return [
            pick.model_copy(update={"intents": intents, "state": state}) for pick in context.choices
        ]

    @staticmethod
    def _states(context: Context, answer: Answer, action: Action) -> list[str]:
        """`Context.states` after an answer: the same careers in another state add it; other
        careers start it again (`action.states` when several were answered at once)."""
        said = [s for s in (*action.states, action.state) if s]
        same = list(answer.occupations) == context.occupations
        kept = [s for s in context.states if s not in said] if same else []
        return [*kept, *dict.fromkeys(said)][-STATES_KEPT:]

    @staticmethod
    def _series(context: Context, action: Action, socs: Sequence[str]) -> list[str]:
        """`Context.series` after an answer about `socs`: one more career asked the same
        question ("wbu firefighters" after cops' pay, "and for carpenters and electricians") joins
        it; the same careers keep it; any other answer starts it again."""
        if list(socs) == context.occupations:
            return context.series
        # (a switch only: "the second one", then "number 1" are picks from a list, not a series)
        switched = action.rule in ("career_switch", "each_switched")
        if switched and set(socs).isdisjoint(context.occupations):
            before = context.series or context.occupations
            return [*(s for s in before if s not in socs), *socs][-COMPARE_TABLE_LIMIT:]
        return list(socs)

    @staticmethod
    def _remember(
        context: Context,
        action: Action,
        answer: Answer,
        story: Sequence[str] = (),
        verdict: str | None = None,
    ) -> Context:
        """The context after `answer`; `story`: careers named around the question but not
        asked about (Reading.story), remembered as discussed before the answer's; `verdict`: the
        career a comparison's verdict named (see `_verdict_named`), for "tell me more about
        that one"."""
        turns = context.turns + 1
        if (
            action.kind in ("about", "compare", "states")
            and answer.occupations
            and not answer.choices
        ):
            told = [s for s in story if s not in answer.occupations]
            recent = [s for s in context.discussed if s not in answer.occupations and s not in told]
            recent = [*recent, *told]
            intents = list(action.intents)
            if action.rule == "place_follow_up/pay":
                intents = intents[:-1]  # the pay was added, not asked: "what about welders?"
            if intents[:1] == ["compare"] and len(answer.occupations) < 2:
                intents = [AFTER_COMPARE]  # no comparison was made: follow-ups ask about pay
            still_open = Engine._list_kept(context, answer, intents, action.state)
            if not still_open and action.also and len(answer.occupations) == 1 and not recent:
                # "nurses" answered for RNs, "That name can also mean: LPNs, NPs": "the second
                # one" picks the next meaning, in the order they were said (once other careers
                # were talked about, "the first one" is the first of them)
                still_open = [
                    Pick(intents=intents, occupations=[soc], state=action.state)
                    for soc in [*answer.occupations, *action.also[:ALSO_LIMIT]]
                ]
            return Context(
                occupations=list(answer.occupations),
                verdict=verdict,
                intents=intents,
                choices=still_open,
                state=action.state,
                discussed=[*recent, *answer.occupations][-DISCUSSED_LIMIT:],
                compared=list(answer.occupations)
                if len(answer.occupations) >= 2
                else context.compared,
                series=Engine._series(context, action, answer.occupations),
                asked=[
                    *(i for i in context.asked if i not in intents),
                    *(i for i in intents if i != "compare"),
                ][-ASKED_LIMIT:],
                focus=list(action.focus) if intents[:1] == ["compare"] else [],
                states=Engine._states(context, answer, action),
                states_ranked=action.kind == "states",
                listed=context.listed if still_open else [],
                turns=turns,
            )
        if answer.choices:
            # Every numbered option keeps what is still to be answered: the question, the other
            # careers named and the state ("nurse vs teacher pay in ohio", then "1").
            asking = action.kind in ("ask_which", "unknown_job")
            kept = list(action.socs) if asking else []
            pending = list(action.intents) if asking else []
            picks = [
                Pick(
                    intents=pending or [choice.intent],
                    occupations=list(dict.fromkeys([*kept, *choice.occupations])),
                    state=action.state if asking else action.state or context.state,
                    then_ask=[list(socs) for socs in action.then_ask],
                )
                for choice in answer.choices
            ]
            # a list's question, and each follow-up that narrowed it, for the next to narrow
            listed = [[*words] for words in action.within] if action.kind == "list" else []
            if action.kind == "list":
                listed.append(list(action.words))
            # "which teacher?": the meanings of a name given (the starter careers are none)
            meanings = action.rule in MEANINGS_ASKED or (
                action.rule == "choice_pending" and context.meanings
            )
            update: dict[str, object] = {
                "pending_intents": pending,
                "choices": picks,
                "turns": turns,
            }
            if action.kind == "about" and answer.occupations:
                # "what's close to admin assistant? options?": the list answers a question about
                # that career, which "how is it different from what i do now" goes back to
                recent = [s for s in context.discussed if s not in answer.occupations]
                update |= {
                    "occupations": list(answer.occupations),
                    "state": action.state,
                    "discussed": [*recent, *answer.occupations][-DISCUSSED_LIMIT:],
                }
            shown = action.offset + len(answer.choices) if action.kind == "list" else 0
            if action.kind == "list":  # "best paying jobs in texas": its state, for "more"
                update["state"] = answer.state
            more = action.kind == "list" and answer.more > 0
            return context.model_copy(
                update={
                    **update,
                    "listed": listed,
                    "meanings": meanings,
                    "list_shown": shown,
                    "list_more": more,
                }
            )
        if action.kind == "unknown_job":
            # "how much do youtubers make", then "ok what about video editors": the question
            # stands for the next career named; no career known is being talked about
            asked = [i for i in action.intents if i != "compare"]
            return context.model_copy(
                update={"turns": turns, "occupations": [], "intents": asked, "choices": []}
            )
        if action.kind == "outside" and action.socs:
            # "can my son be a cop with daca": not answered, yet "what do they make" next is
            # about cops
            recent = [s for s in context.discussed if s not in action.socs]
            return context.model_copy(
                update={
                    "turns": turns,
                    "occupations": list(action.socs),
                    "discussed": [*recent, *action.socs][-DISCUSSED_LIMIT:],
                    "choices": [],
                }
            )
        return context.model_copy(update={"turns": turns})


__all__ = ["Engine", "Reading"]
