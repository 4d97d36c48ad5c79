"""Per-user flood protection: at most `rate` handled messages per `window` seconds.

A sliding window of the last `rate` accepted timestamps per user (bounded memory per user).
Over the limit the user is told once, politely, and further messages are dropped — never
queued — until the window frees up. Idle users are swept so the table does not grow forever.

Registered as an *inner* middleware, so it only counts messages a handler would answer: group
chatter the bot ignores does not use up anyone's allowance.
"""

import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, Message, TelegramObject

from careerbot.telegram import texts

Clock = Callable[[], float]


class _Bucket:
    __slots__ = ("times", "warned")

    def __init__(self, rate: int) -> None:
        self.times: deque[float] = deque(maxlen=rate)
        self.warned = False


class FloodControl:
    """The bookkeeping, free of aiogram so it is easy to test with a fake clock."""

    def __init__(self, rate: int, window: float, clock: Clock = time.monotonic) -> None:
        self.rate = rate
        self.window = window
        self.clock = clock
        self._buckets: dict[int, _Bucket] = {}
        self._next_sweep = clock() + window

    def check(self, user_id: int) -> tuple[bool, bool]:
        """(allowed, warn): `warn` is true for the first refused message of a burst."""
        now = self.clock()
        if now >= self._next_sweep:
            self._sweep(now)
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = _Bucket(self.rate)
        times = bucket.times
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) < self.rate:
            times.append(now)
            bucket.warned = False
            return True, False
        warn = not bucket.warned
        bucket.warned = True
        return False, warn

    def __len__(self) -> int:
        return len(self._buckets)

    def _sweep(self, now: float) -> None:
        horizon = now - self.window
        idle = [uid for uid, b in self._buckets.items() if not b.times or b.times[-1] <= horizon]
        for user_id in idle:
            del self._buckets[user_id]
        self._next_sweep = now + self.window


class FloodMiddleware(BaseMiddleware):
    def __init__(self, control: FloodControl) -> None:
        self.control = control

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user = getattr(event, "from_user", None)
        if user is None:
            return await handler(event, data)
        allowed, warn = self.control.check(user.id)
        if allowed:
            return await handler(event, data)
        if isinstance(event, CallbackQuery):
            # A tap must always be answered, or the button spins; the toast carries the warning.
            await event.answer(texts.FLOOD_WARNING if warn else None)
        elif isinstance(event, Message) and warn:
            await event.answer(texts.FLOOD_WARNING)
        return None
