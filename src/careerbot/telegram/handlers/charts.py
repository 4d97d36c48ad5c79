"""The "📊 Chart" button: the engine rebuilds the answer's pay chart, drawn here as a photo.

Drawing takes tens of milliseconds of CPU (more on the first call, which imports matplotlib), so
it runs in a worker thread and the event loop keeps answering other chats meanwhile; at most
CAREERBOT_CHART_CONCURRENCY charts are drawn at once, so a burst of taps queues instead of
filling memory with half-drawn figures.
"""

import asyncio
import logging
from typing import Any

from aiogram import Bot, F, Router
from aiogram.filters import Filter
from aiogram.types import BufferedInputFile, CallbackQuery

from careerbot.charts import render_chart
from careerbot.charts_support import CHARTS_MISSING, charts_installed
from careerbot.engine import Engine
from careerbot.settings import Settings
from careerbot.telegram import texts
from careerbot.telegram.formatting import chart_caption
from careerbot.telegram.keyboards import ChartTap, parse_chart
from careerbot.telegram.replies import tap_target

logger = logging.getLogger(__name__)

FILENAME = "pay.png"


class KnownChart(Filter):
    """Passes a "c:" tap whose data `parse_chart` accepts, as `request`."""

    async def __call__(self, query: CallbackQuery, engine: Engine) -> bool | dict[str, Any]:
        if query.data is None or query.message is None:
            return False
        request = parse_chart(query.data, engine.catalog.occupations)
        return {"request": request} if request is not None else False


class ChartSlots:
    """A semaphore sized by settings, created on first use (inside the running loop)."""

    def __init__(self) -> None:
        self._semaphore: asyncio.Semaphore | None = None

    def get(self, size: int) -> asyncio.Semaphore:
        if self._semaphore is None:
            self._semaphore = asyncio.Semaphore(size)
        return self._semaphore


async def chart_tapped(
    query: CallbackQuery,
    request: Any,
    bot: Bot,
    engine: Engine,
    settings: Settings,
    chart_slots: ChartSlots,
) -> None:
    chat_id, thread_id = tap_target(query)
    if not charts_installed():  # matplotlib is the optional extra careerbot[charts]
        await bot.send_message(chat_id, CHARTS_MISSING, message_thread_id=thread_id)
        return
    chart = engine.chart(request.occupations, request.state)
    if chart is None:  # no published pay figures
        await bot.send_message(chat_id, texts.NO_CHART, message_thread_id=thread_id)
        return
    try:
        async with chart_slots.get(settings.chart_concurrency):
            png = await asyncio.to_thread(render_chart, chart)
    except Exception as error:  # a drawing bug must not look like a broken bot
        logger.error(
            "failed to draw a pay chart (%s): %s: %s",
            query.data,
            type(error).__name__,
            error,
            exc_info=error,
        )
        await bot.send_message(chat_id, texts.CHART_FAILED, message_thread_id=thread_id)
        return
    await bot.send_photo(
        chat_id,
        BufferedInputFile(png, filename=FILENAME),
        caption=chart_caption(chart),
        message_thread_id=thread_id,
    )


def get_router() -> Router:
    router = Router(name="charts")
    router.callback_query.register(
        chart_tapped, F.data.startswith(f"{ChartTap.__prefix__}:"), KnownChart()
    )
    return router
