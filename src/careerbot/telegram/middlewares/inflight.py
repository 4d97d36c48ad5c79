"""Tracks updates being handled, so shutdown can let them finish before closing the session."""

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject

logger = logging.getLogger(__name__)


class InFlight(BaseMiddleware):
    """Outer update middleware; `drain()` waits (bounded) for updates still being answered."""

    def __init__(self) -> None:
        self._count = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        self._count += 1
        self._idle.clear()
        try:
            return await handler(event, data)
        finally:
            self._count -= 1
            if not self._count:
                self._idle.set()

    def __len__(self) -> int:
        return self._count

    async def drain(self, timeout: float) -> None:
        if not self._count:
            return
        logger.info("waiting up to %.0fs for %d update(s) being answered", timeout, self._count)
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            logger.warning("%d update(s) were still being answered at shutdown", self._count)
