"""Long polling that neither loses nor doubles updates across stops, crashes and restarts.

aiogram's own polling confirms a batch (by asking for the next offset) as soon as it has *started*
handling it, and never confirms the last batch on a stop: a kill loses the updates being handled,
a clean stop makes Telegram deliver the last batch again. Here:

- each batch is first recorded in the ledger (storage.py: a Redis hash with Redis), and only then
  confirmed by the next getUpdates; after a kill, the restarted bot handles what was recorded but
  not finished;
- every handled update_id is recorded (middlewares/exactly_once.py), so a re-delivered update is
  not answered again;
- on a stop, updates being handled get `grace` seconds to finish; then the offset of everything
  handled (or durably recorded) is confirmed to Telegram before the process exits;
- at most `max_pending` updates are being handled at once; beyond that polling waits, so a burst
  is back-pressured at Telegram (which keeps the updates) instead of piling up in memory. Updates
  of one busy chat wait for that chat's lock without holding up other chats.

Without Redis, what was being handled when the process was killed is lost (memory does not
survive the process): run with Redis where that matters.
"""

import asyncio
import logging
from contextlib import suppress
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramAPIError, TelegramUnauthorizedError
from aiogram.methods import GetUpdates
from aiogram.types import Update
from aiogram.utils.backoff import Backoff, BackoffConfig
from pydantic import ValidationError

from careerbot.telegram.ledger import UpdateLedger

logger = logging.getLogger(__name__)

BACKOFF = BackoffConfig(min_delay=1.0, max_delay=5.0, factor=1.3, jitter=0.1)


class Poller:
    """Fetches updates with getUpdates and feeds them to the dispatcher, one task each."""

    def __init__(
        self,
        dispatcher: Dispatcher,
        bot: Bot,
        ledger: UpdateLedger,
        *,
        max_pending: int,
        polling_timeout: int = 30,
        grace: float = 5.0,
        backoff: BackoffConfig = BACKOFF,
    ) -> None:
        self.dispatcher = dispatcher
        self.bot = bot
        self.ledger = ledger
        self.max_pending = max_pending
        self.polling_timeout = polling_timeout
        self.grace = grace
        self.backoff = backoff
        self.offset: int | None = None
        """The next update_id to ask for; everything below it is confirmed (or will be)."""
        self._tasks: dict[int, asyncio.Task[Any]] = {}
        self._room = asyncio.Event()
        self._room.set()
        self._stopping = asyncio.Event()
        self._cut: set[int] = set()  # cancelled at shutdown before they finished

    def stop(self) -> None:
        """Ask `run()` to stop: it drains, confirms the offset and returns."""
        self._stopping.set()

    def __len__(self) -> int:
        return len(self._tasks)

    async def run(self, **workflow: Any) -> None:
        data = {"dispatcher": self.dispatcher, "bots": [self.bot], **self.dispatcher.workflow_data}
        data.update(workflow)
        await self.dispatcher.emit_startup(bot=self.bot, **data)
        try:
            await self._resume()
            await self._poll()
        finally:
            try:
                await self._drain()
                await self._confirm()
            finally:
                await self.dispatcher.emit_shutdown(bot=self.bot, **data)

    async def _resume(self) -> None:
        """Handle what a previous process recorded but did not finish."""
        left = await self.ledger.accepted()
        if left:
            logger.info("handling %d update(s) accepted before the last stop", len(left))
        for text in left.values():
            update = Update.model_validate_json(text, context={"bot": self.bot})
            await self._spawn(update)

    async def _poll(self) -> None:
        allowed = self.dispatcher.resolve_used_update_types()
        backoff = Backoff(config=self.backoff)
        timeout = self.bot.session.timeout
        kwargs = {"request_timeout": int(timeout + self.polling_timeout)} if timeout else {}
        stopping = asyncio.create_task(self._stopping.wait())
        try:
            while not self._stopping.is_set():
                method = GetUpdates(
                    offset=self.offset, timeout=self.polling_timeout, allowed_updates=allowed
                )
                fetching = asyncio.create_task(self.bot(method, **kwargs))
                await asyncio.wait({fetching, stopping}, return_when=asyncio.FIRST_COMPLETED)
                if not fetching.done():  # stopping: the long poll is abandoned, nothing lost
                    fetching.cancel()
                    with suppress(asyncio.CancelledError, Exception):
                        await fetching
                    return
                try:
                    updates = fetching.result()
                except TelegramUnauthorizedError:
                    raise
                except (TelegramAPIError, OSError, TimeoutError, ValidationError) as error:
                    # Only the kind of error: a malformed update's validation error quotes it.
                    logger.warning(
                        "getUpdates failed (%s); retry in %.1fs",
                        type(error).__name__,
                        backoff.next_delay,
                    )
                    await backoff.asleep()
                    continue
                backoff.reset()
                if not updates:
                    continue
                # Recorded before the next getUpdates confirms them (durable with Redis).
                try:
                    await self.ledger.accept(
                        {u.update_id: u.model_dump_json(exclude_unset=True) for u in updates}
                    )
                except Exception as error:  # Redis away: fetch them again later, lose nothing
                    logger.warning(
                        "could not queue updates (%s); retry in %.1fs",
                        type(error).__name__,
                        backoff.next_delay,
                    )
                    await backoff.asleep()
                    continue
                self.offset = updates[-1].update_id + 1
                for update in updates:
                    await self._spawn(update)
        finally:
            stopping.cancel()

    async def _spawn(self, update: Update) -> None:
        if update.update_id in self._tasks:
            return  # delivered again while still being handled
        while len(self._tasks) >= self.max_pending:
            self._room.clear()
            await self._room.wait()
        task = asyncio.create_task(self._handle(update))
        self._tasks[update.update_id] = task
        task.add_done_callback(lambda _: self._done(update.update_id))

    def _done(self, update_id: int) -> None:
        self._tasks.pop(update_id, None)
        if len(self._tasks) < self.max_pending:
            self._room.set()

    async def _handle(self, update: Update) -> None:
        try:
            await self.dispatcher.feed_update(self.bot, update)
        except Exception as error:  # the errors router apologised; never the update's content
            logger.error(
                "update %d failed: %s", update.update_id, type(error).__name__, exc_info=error
            )

    async def _drain(self) -> None:
        if not self._tasks:
            return
        logger.info("waiting up to %.0fs for %d update(s) being answered", self.grace, len(self))
        _, late = await asyncio.wait(list(self._tasks.values()), timeout=self.grace)
        if late:
            logger.warning("%d update(s) were still being answered at shutdown", len(late))
            self._cut = {uid for uid, task in self._tasks.items() if task in late}
            for task in late:
                task.cancel()
            await asyncio.wait(late)

    async def _confirm(self) -> None:
        """Tell Telegram which updates are done with, so a restart does not get them again."""
        if self.offset is None:
            return
        offset = self.offset
        if not self.ledger.durable and self._cut:  # cancelled ones: let Telegram keep them
            offset = min(offset, *self._cut)
        with suppress(TelegramAPIError, OSError, TimeoutError):
            await self.bot(GetUpdates(offset=offset, limit=1, timeout=0))
            logger.info("confirmed updates below %d", offset)
