"""The understanding engine: text and the conversation's context in, an Answer and the new context
out. No I/O after start-up and nothing from Telegram, so the CLI, the bot, the tests and the
benchmarks all call the same `Engine.reply`."""

from pathlib import Path

from careerbot import thresholds
from careerbot.answers.compose import Composer
from careerbot.answers.model import Answer, Chart
from careerbot.catalog import Catalog, Occupation, load_catalog
from careerbot.conversation import Context, Pick
from careerbot.settings import Settings
from careerbot.understanding.intents import IntentScore
from careerbot.understanding.matcher import SOCIAL, Matcher, Understanding

# Intents that are not about one occupation's figures.
GENERAL = SOCIAL | {"fallback", "source"}
ASK_WHICH_LIMIT = 6
DID_YOU_MEAN_LIMIT = 3


class Engine:
    def __init__(
        self,
        catalog: Catalog,
        answer_threshold: float = thresholds.ANSWER,
        suggest_threshold: float = thresholds.SUGGEST,
        cold_threshold: float = thresholds.COLD,
    ) -> None:
        self.catalog = catalog
        self.suggest_threshold = suggest_threshold
        self.cold_threshold = cold_threshold
        self.matcher = Matcher(catalog, answer_threshold)
        self.composer = Composer(catalog)
        self.occupations: list[Occupation] = sorted(
            catalog.occupations.values(), key=lambda o: o.title
        )
        self.intents = catalog.intents
        self._starters = self.composer.featured[:ASK_WHICH_LIMIT]

    @classmethod
    def from_dirs(cls, data_dir: Path, intents_dir: Path, **limits: float) -> "Engine":
        return cls(load_catalog(data_dir, intents_dir), **limits)

    @classmethod
    def from_settings(cls, settings: Settings) -> "Engine":
        return cls.from_dirs(
            settings.data_dir,
            settings.intents_dir,
            answer_threshold=settings.answer_threshold,
            suggest_threshold=settings.suggest_threshold,
            cold_threshold=settings.cold_threshold,
        )

    # -- the two ways in ------------------------------------------------------------------
    def reply(self, text: str, context: Context | None = None) -> tuple[Answer, Context]:
        """Answer a free-text message."""
        context = context or Context()
        heard = self.matcher.understand(text if isinstance(text, str) else "")
        return self._resolve(heard, context)

    def respond(
        self, intent: str, occupations: list[str], context: Context | None = None
    ) -> tuple[Answer, Context]:
        """Answer a tapped button: the intent and occupations are already known."""
        context = context or Context()
        socs = [soc for soc in occupations if soc in self.catalog.occupations]
        if intent not in self.intents:
            return self._general("fallback", 0.0, context)
        # A button under a Texas answer, or a choice offered for Ohio, keeps its state.
        state = next(
            (p.state for p in context.choices if p.occupations == socs and intent in p.intents),
            context.state if socs == context.occupations else None,
        )
        return self._about([intent], socs, 100.0, context, state)

    def chart(self, occupations: list[str], state: str | None = None) -> Chart | None:
        """The pay chart for these occupations (and a state), for a "📊 Chart" button."""
        socs = [soc for soc in occupations if soc in self.catalog.occupations]
        return self.composer.pay_chart(socs, state) if socs else None

    # -- resolution with memory -----------------------------------------------------------
    def _resolve(self, heard: Understanding, context: Context) -> tuple[Answer, Context]:
        socs = heard.socs
        asked = [score.intent for score in heard.intents]
        score = heard.intents[0].score if heard.intents else heard.top_score

        state = heard.state
        if heard.number is not None and 1 <= heard.number <= len(context.choices):
            pick = context.choices[heard.number - 1]
            return self._about(pick.intents, pick.occupations, 100.0, context, pick.state)
        if (heard.own_job or (heard.own_pay and not context.occupations)) and not socs:
            return self._general("fallback", score, context)
        if asked and asked[0] == "list_occupations":
            answer = self.composer.list_occupations(heard.content_words, score)
            return answer, self._tick(context)
        if heard.ambiguous and not socs and (asked or heard.is_short):
            offer = list(heard.ambiguous[0])
            wanted = [i for i in asked if self.intents[i].needs_occupation] or ["overview"]
            if wanted == ["overview"] and context.pending_intents:
                wanted = context.pending_intents
            answer = self.composer.ask_which(wanted, score, offer, state)
            return self._offer(answer, context, wanted, state)
        if len(socs) >= 2:
            return self._about(["compare"], socs, max(score, 60.0), context, state)
        if not asked:
            if socs and heard.is_short:  # "what about library assistants?" keeps the question
                follow = context.pending_intents or context.intents or ["overview"]
                return self._about(follow, socs, max(score, 60.0), context, state)
            if state and heard.is_short and context.occupations and context.intents:
                # "and in texas?" asks the last question again for a state
                return self._about(context.intents, context.occupations, 60.0, context, state)
            return self._unsure(heard, context)
        if asked[0] in SOCIAL and socs:  # "library tech future stuff idk": about the career
            return self._unsure(heard, context)
        if asked[0] in GENERAL:
            return self._general(asked[0], score, context, socs)
        if (
            not socs
            and not context.occupations
            and (asked[0] == "overview" or (score < self.cold_threshold and not heard.refers_back))
        ):
            # A career question naming no career, with none in the conversation: only a clear
            # one ("how much do they make?") is asked back; "tell me about the oscars" is not.
            return self._unsure(heard, context)
        if asked[0] == "compare" and len(socs) == 1 and context.occupations:
            socs = list(dict.fromkeys([*context.occupations[:1], *socs]))  # "vs a cashier?"
        if not socs and len(context.occupations) >= 2 and asked[0] in {"salary", "compare"}:
            asked = ["compare"]  # "which one pays more" after a comparison
        if not socs and state is None and context.occupations:
            state = context.state  # "and the pay?" after a Texas answer stays in Texas
        return self._about(asked, socs or context.occupations, score, context, state)

    def _about(
        self,
        intent_ids: list[str],
        socs: list[str],
        score: float,
        context: Context,
        state: str | None = None,
    ) -> tuple[Answer, Context]:
        if intent_ids[0] == "compare":
            answer = self.composer.compare(socs, score, state)
            return answer, self._remember(context, ["overview"], socs, state)
        topical = [i for i in intent_ids if self.intents[i].needs_occupation]
        if not topical:
            return self._general(intent_ids[0], score, context, socs)
        if not socs:
            answer = self.composer.ask_which(topical, score, self._starters, state)
            return self._offer(answer, context, topical, state)
        answer = self.composer.about_occupations(topical, socs, score, state)
        return answer, self._remember(context, topical, socs, state)

    def _general(
        self, intent_id: str, score: float, context: Context, socs: list[str] | None = None
    ) -> tuple[Answer, Context]:
        cited = socs or (context.occupations if intent_id == "source" else [])
        return self.composer.general(intent_id, score, cited), self._tick(context)

    def _unsure(self, heard: Understanding, context: Context) -> tuple[Answer, Context]:
        candidates: list[IntentScore] = [
            candidate
            for candidate in heard.ranked
            if candidate.score >= self.suggest_threshold
            and self.intents[candidate.intent].needs_occupation
            and candidate.intent != "compare"
        ][:DID_YOU_MEAN_LIMIT]
        if candidates and heard.ranked[0].intent != "fallback":
            socs = heard.socs or context.occupations
            answer = self.composer.did_you_mean(candidates, socs, heard.top_score)
            return self._offer(answer, context, [])
        return self._general("fallback", heard.top_score, context)

    # -- context updates ------------------------------------------------------------------
    @staticmethod
    def _tick(context: Context) -> Context:
        return context.model_copy(update={"turns": context.turns + 1})

    @staticmethod
    def _remember(
        context: Context, intents: list[str], socs: list[str], state: str | None
    ) -> Context:
        return Context(occupations=socs, intents=intents, state=state, turns=context.turns + 1)

    @staticmethod
    def _offer(
        answer: Answer, context: Context, pending: list[str], state: str | None = None
    ) -> tuple[Answer, Context]:
        """Remember the numbered options shown, so a bare "2" picks one; `pending` intents wait
        for the user to name an occupation."""
        picks = [
            Pick(
                intents=pending if choice.intent in pending else [choice.intent],
                occupations=choice.occupations,
                state=state,
            )
            for choice in answer.choices
        ]
        update = {"pending_intents": pending, "choices": picks, "turns": context.turns + 1}
        return answer, context.model_copy(update=update)
