"""The "📊 Chart" button: the engine rebuilds the answer's pay chart, drawn here as a photo.

Drawing takes tens of milliseconds of CPU (more on the first call, which imports matplotlib), so
it runs in a worker thread and the event loop keeps answering other chats meanwhile.
"""

import asyncio
import logging

from aiogram import Bot, Router
from aiogram.types import BufferedInputFile, CallbackQuery

from careerbot.charts import render_chart
from careerbot.charts_support import CHARTS_MISSING, charts_installed
from careerbot.engine import Engine
from careerbot.telegram import texts
from careerbot.telegram.formatting import chart_caption
from careerbot.telegram.keyboards import ChartTap
from careerbot.telegram.replies import acknowledge_tap

logger = logging.getLogger(__name__)

FILENAME = "pay.png"


async def chart_tapped(
    query: CallbackQuery, callback_data: ChartTap, bot: Bot, engine: Engine
) -> None:
    target = await acknowledge_tap(query)
    if target is None:
        return
    chat_id, thread_id = target
    if not charts_installed():  # matplotlib is the optional extra careerbot[charts]
        await bot.send_message(chat_id, CHARTS_MISSING, message_thread_id=thread_id)
        return
    chart = engine.chart(callback_data.occupations(), callback_data.region())
    if chart is None:  # stale or forged codes, or no published pay figures
        await bot.send_message(chat_id, texts.NO_CHART, message_thread_id=thread_id)
        return
    try:
        png = await asyncio.to_thread(render_chart, chart)
    except Exception as error:  # a drawing bug must not look like a broken bot
        logger.error(
            "failed to draw a pay chart (%s): %s: %s",
            callback_data.pack(),
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
    router.callback_query.register(chart_tapped, ChartTap.filter())
    return router
