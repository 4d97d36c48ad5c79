"""Inline mode: "@bot library tech salary" in any chat offers answer cards to post there."""

import hashlib

from aiogram import Router
from aiogram.types import (
    InlineQuery,
    InlineQueryResultArticle,
    InlineQueryResultUnion,
    InputTextMessageContent,
)

from careerbot.answers.model import Answer
from careerbot.engine import Engine
from careerbot.telegram.formatting import plain_summary, render_answer
from careerbot.telegram.showcase import featured

MAX_RESULTS = 50  # Telegram's limit per answerInlineQuery
EXAMPLE_INTENTS = ("overview", "salary", "outlook", "education", "automation")
EXAMPLE_OCCUPATIONS = 8
CACHE_SECONDS = 300
TITLE_LIMIT = 64
DESCRIPTION_LIMIT = 120


async def inline_answers(query: InlineQuery, engine: Engine) -> None:
    text = query.query.strip()
    answers = _answers_for(text, engine) if text else _examples(engine)
    results: list[InlineQueryResultUnion] = [_card(a, engine) for a in answers[:MAX_RESULTS]]
    # Answers depend only on the query, not on who asks, so Telegram may share its cache.
    await query.answer(results, cache_time=CACHE_SECONDS, is_personal=False)


def _answers_for(text: str, engine: Engine) -> list[Answer]:
    """The answer to the query, then its natural next questions as further cards."""
    answer, _ = engine.reply(text)
    answers = [answer]
    for suggestion in [*answer.choices, *answer.suggestions]:
        follow, _ = engine.respond(suggestion.intent, suggestion.occupations)
        answers.append(follow)
    return _unique(answers)


def _examples(engine: Engine) -> list[Answer]:
    answers = [
        engine.respond(intent, [occupation.soc])[0]
        for occupation in featured(engine.occupations, EXAMPLE_OCCUPATIONS)
        for intent in EXAMPLE_INTENTS
        if intent in engine.intents
    ]
    return _unique(answers)


def _unique(answers: list[Answer]) -> list[Answer]:
    seen: set[str] = set()
    kept = []
    for answer in answers:
        if answer.blocks and _result_id(answer) not in seen:
            seen.add(_result_id(answer))
            kept.append(answer)
    return kept


def _result_id(answer: Answer) -> str:
    key = "|".join([",".join(answer.intents), ",".join(answer.occupations), answer.plain_text()])
    return hashlib.sha1(key.encode()).hexdigest()  # 40 chars: within the 64-byte id limit


def _card(answer: Answer, engine: Engine) -> InlineQueryResultArticle:
    # A posted card is one message: the first part, which is a whole paragraph or more.
    message = render_answer(answer)[0]
    return InlineQueryResultArticle(
        id=_result_id(answer),
        title=_title(answer, engine)[:TITLE_LIMIT],
        description=plain_summary(answer, DESCRIPTION_LIMIT),
        input_message_content=InputTextMessageContent(message_text=message),
    )


def _title(answer: Answer, engine: Engine) -> str:
    intent = engine.intents.get(answer.intent)
    titles = {o.soc: o.title for o in engine.occupations}
    names = ", ".join(titles.get(soc, soc) for soc in answer.occupations)
    label = intent.label if intent is not None else answer.intent
    if names:
        return f"{label} · {names}"
    return answer.blocks[0].heading or label


def get_router() -> Router:
    router = Router(name="inline")
    router.inline_query.register(inline_answers)
    return router
