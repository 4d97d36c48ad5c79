"""Score the engine on a labelled set: single questions and multi-turn dialogues (JSON lines).

A question line: {"text": ..., "intent": ..., "occupations": [...], "intents": [...] (optional)}.
A dialogue line: {"id": ..., "turns": [question, question, ...]}, answered with memory.
A turn is right when its intent (and the full intent list, when labelled), its occupations and its
US state ("state": "TX"; no key means none) all match; the state only for intents about careers
(a fallback or a "thanks" states no figures, so a place named in it is not scored).
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from careerbot.conversation import Context
from careerbot.engine import Engine


@dataclass(frozen=True)
class Turn:
    text: str
    intent: str
    occupations: tuple[str, ...]
    intents: tuple[str, ...] | None = None
    state: str | None = None


@dataclass(frozen=True)
class Case:
    name: str
    turns: tuple[Turn, ...]


class EvalFileError(ValueError):
    pass


def _turn(raw: object, where: str) -> Turn:
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str) or "intent" not in raw:
        raise EvalFileError(f"{where}: needs at least 'text' and 'intent'")
    intents = raw.get("intents")
    return Turn(
        text=raw["text"],
        intent=str(raw["intent"]),
        occupations=tuple(raw.get("occupations") or ()),
        intents=tuple(intents) if intents else None,
        state=str(raw["state"]) if raw.get("state") else None,
    )


def load_cases(path: Path) -> list[Case]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as error:
            raise EvalFileError(f"{where}: not JSON ({error.msg})") from None
        if isinstance(raw, dict) and "turns" in raw:
            turns = tuple(_turn(t, f"{where} turn {i}") for i, t in enumerate(raw["turns"], 1))
            cases.append(Case(name=str(raw.get("id", where)), turns=turns))
        else:
            cases.append(Case(name=where, turns=(_turn(raw, where),)))
    return cases


@dataclass
class Miss:
    case: str
    text: str
    expected: str
    got: str


@dataclass
class Report:
    total: int = 0
    correct: int = 0
    occupation_correct: int = 0
    by_intent: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    dialogues: int = 0
    dialogues_correct: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_text(self, show_errors: bool = False) -> str:
        lines = [f"{'intent':<20}{'right':>7}{'total':>7}{'accuracy':>10}"]
        for intent, (right, total) in sorted(self.by_intent.items()):
            lines.append(f"{intent:<20}{right:>7}{total:>7}{right / total:>10.1%}")
        lines.append(
            f"\noverall: {self.correct}/{self.total} turns right ({self.accuracy:.1%}); "
            f"occupations right in {self.occupation_correct / max(self.total, 1):.1%}"
        )
        if self.dialogues:
            lines.append(
                f"dialogues entirely right: {self.dialogues_correct}/{self.dialogues} "
                f"({self.dialogues_correct / self.dialogues:.1%})"
            )
        if show_errors:
            lines.append("\nmisses:")
            lines += [
                f"  {m.case}: {m.text!r}: expected {m.expected}, got {m.got}" for m in self.misses
            ]
        return "\n".join(lines)

    def to_json(self) -> str:
        return json.dumps(
            {
                "total": self.total,
                "correct": self.correct,
                "accuracy": round(self.accuracy, 4),
                "occupation_accuracy": round(self.occupation_correct / max(self.total, 1), 4),
                "by_intent": {k: {"right": r, "total": t} for k, (r, t) in self.by_intent.items()},
                "dialogues": self.dialogues,
                "dialogues_correct": self.dialogues_correct,
            }
        )


def evaluate(engine: Engine, cases: list[Case]) -> Report:
    report = Report()
    for case in cases:
        context = Context()
        all_right = True
        for turn in case.turns:
            answer, context = engine.reply(turn.text, context)
            intent_right = answer.intent == turn.intent and (
                turn.intents is None or tuple(answer.intents) == turn.intents
            )
            occupations_right = tuple(answer.occupations) == turn.occupations or (
                # side by side, A and B is the same answer as B and A
                turn.intent == "compare" and sorted(answer.occupations) == sorted(turn.occupations)
            )
            # The state counts where the answer is about careers: a refusal or a "thanks" gives
            # no figures, so "what's the minimum wage in florida" is right without Florida.
            about_careers = (
                turn.intent in engine.intents and engine.intents[turn.intent].needs_occupation
            )
            state_right = answer.state == turn.state or not about_careers
            right = intent_right and occupations_right and state_right
            report.total += 1
            report.correct += right
            report.occupation_correct += occupations_right
            report.by_intent[turn.intent][0] += right
            report.by_intent[turn.intent][1] += 1
            if not right:
                all_right = False
                expected = f"{turn.intents or turn.intent} {list(turn.occupations)} {turn.state}"
                got = f"{answer.intents} {answer.occupations} {answer.state} ({answer.reason})"
                report.misses.append(Miss(case.name, turn.text, expected, got))
        if len(case.turns) > 1:
            report.dialogues += 1
            report.dialogues_correct += all_right
    return report
