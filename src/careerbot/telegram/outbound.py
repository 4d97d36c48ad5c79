"""The outbound scheduler: paces every message the bot sends to stay under Telegram's limits,
instead of meeting them as 429s.

Telegram limits a bot three ways (https://core.telegram.org/bots/faq#broadcasting-to-users):
about 30 messages per second in all, about one per second in a private chat (short bursts
allowed), and about 20 per minute in a group. Each limit is a GCRA token bucket (the "virtual
scheduling" form: each bucket keeps its theoretical arrival time, TAT): a send *reserves* the
next free slot and sleeps until it, so concurrent sends are paced in arrival order and nobody
polls.

A send first reserves a slot in its own chat's bucket and sleeps until then, and only then
reserves a slot in the bot's global bucket. So sends for different chats never wait behind one
busy chat: a group that has used its 20 a minute delays only itself, and takes a global slot
only when it may actually send.

With Redis configured the buckets live in Redis (one Lua script, Redis's clock), so every
replica of the bot shares one budget; otherwise they live in memory. Memory is bounded: a
bucket whose TAT has passed holds no information and is dropped.
"""

import asyncio
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from redis.asyncio import Redis

logger = logging.getLogger(__name__)

GLOBAL_KEY = "bot"
SWEEP_EVERY = 1024  # reservations between sweeps of expired in-memory buckets


@dataclass(frozen=True)
class Bucket:
    """A rate limit: `rate` messages per second on average, up to `burst` back to back."""

    rate: float
    burst: int = 1

    @property
    def interval(self) -> float:
        """Seconds between two sends at the steady rate."""
        return 1.0 / self.rate

    @property
    def tolerance(self) -> float:
        """How far ahead of the steady schedule a send may go (GCRA's tau), seconds."""
        return (self.burst - 1) * self.interval


@dataclass(frozen=True)
class SendLimits:
    """The three scopes of Telegram's outbound limits (defaults: Telegram's published ones)."""

    overall: Bucket = Bucket(rate=30.0, burst=1)
    private: Bucket = Bucket(rate=1.0, burst=3)
    group: Bucket = Bucket(rate=20 / 60, burst=3)

    def for_chat(self, chat_id: int | str) -> Bucket:
        return self.private if is_private(chat_id) else self.group


def is_private(chat_id: int | str) -> bool:
    """Private chats have the user's (positive) id; groups and channels negative ids or @names."""
    return isinstance(chat_id, int) and chat_id > 0


class Limiter(Protocol):
    """Where the buckets live. Times are seconds."""

    async def reserve(self, key: str, bucket: Bucket) -> float:
        """Reserve the next free slot of `key`'s bucket; the seconds to wait until it."""

    async def hold_off(self, key: str, bucket: Bucket, seconds: float) -> None:
        """Nothing may be sent in `key`'s scope for `seconds` (Telegram said retry_after)."""

    async def close(self) -> None: ...


class MemoryLimiter:
    """Buckets in this process: {key: TAT}. Expired TATs are swept, so memory stays bounded by
    the chats that sent something within their last interval."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._tat: dict[str, float] = {}
        self._until_sweep = SWEEP_EVERY

    async def reserve(self, key: str, bucket: Bucket) -> float:
        now = self.clock()
        self._until_sweep -= 1
        if self._until_sweep <= 0:
            self._sweep(now)
        tat = max(self._tat.get(key, now), now)
        self._tat[key] = tat + bucket.interval
        return max(0.0, tat - bucket.tolerance - now)

    async def hold_off(self, key: str, bucket: Bucket, seconds: float) -> None:
        now = self.clock()
        # The next send is allowed at TAT - tolerance: push that to now + seconds.
        self._tat[key] = max(self._tat.get(key, now), now + seconds + bucket.tolerance)

    def _sweep(self, now: float) -> None:
        self._tat = {key: tat for key, tat in self._tat.items() if tat > now}
        self._until_sweep = SWEEP_EVERY

    def __len__(self) -> int:
        return len(self._tat)

    async def close(self) -> None:
        self._tat.clear()


# KEYS[1]: the bucket's TAT (milliseconds on Redis's clock); ARGV: interval ms, tolerance ms.
# Returns the wait in microseconds. The key expires once its TAT has passed.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local new_tat = tat + interval
redis.call('SET', KEYS[1], string.format('%.3f', new_tat), 'PX', math.ceil(new_tat - now) + 1)
local wait = tat - tolerance - now
if wait < 0 then wait = 0 end
return math.floor(wait * 1000)
"""
# KEYS[1]: TAT; ARGV: hold-off ms, tolerance ms.
_HOLD_OFF = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local target = now + tonumber(ARGV[1]) + tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < target then
  redis.call('SET', KEYS[1], string.format('%.3f', target), 'PX', math.ceil(target - now) + 1)
end
return 0
"""


class RedisLimiter:
    """Buckets in Redis, shared by every replica. Each reservation is one atomic script call
    on Redis's clock, so replicas need no clock agreement."""

    def __init__(self, redis: "Redis", prefix: str) -> None:
        self.redis = redis
        self.prefix = prefix
        self._reserve = redis.register_script(_RESERVE)
        self._hold_off = redis.register_script(_HOLD_OFF)

    async def reserve(self, key: str, bucket: Bucket) -> float:
        args = [bucket.interval * 1000, bucket.tolerance * 1000]
        micros = await self._reserve(keys=[f"{self.prefix}:{key}"], args=args)
        return int(micros) / 1_000_000

    async def hold_off(self, key: str, bucket: Bucket, seconds: float) -> None:
        args = [seconds * 1000, bucket.tolerance * 1000]
        await self._hold_off(keys=[f"{self.prefix}:{key}"], args=args)

    async def close(self) -> None:
        """The Redis client belongs to the storage, which closes it."""


class OutboundScheduler:
    """Decides when each send may go. `turn(chat_id)` returns once the chat's and the bot's
    budgets allow one more message; `flood(chat_id, retry_after)` applies a 429 that still
    arrived (another process sharing the token, a limit lower than configured)."""

    def __init__(
        self, limits: SendLimits, limiter: Limiter, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limits = limits
        self.limiter = limiter
        self.clock = clock
        self._spacing = asyncio.Lock()
        self._last_send = -math.inf
        # At most about two seconds of the bot's budget reserved by this process at a time: a
        # process that dies takes its reserved but unused slots with it (the shared TAT has
        # moved on), so a thousand queued sends would leave the other replicas, or its own
        # restart, half a minute of budget that nobody uses.
        self._holding = asyncio.Semaphore(max(1, round(limits.overall.rate * 2)))

    async def turn(self, chat_id: int | str) -> None:
        chat_wait = await self.limiter.reserve(f"chat:{chat_id}", self.limits.for_chat(chat_id))
        if chat_wait > 0:
            await asyncio.sleep(chat_wait)
        async with self._holding:
            overall_wait = await self.limiter.reserve(GLOBAL_KEY, self.limits.overall)
            if overall_wait > 0:
                await asyncio.sleep(overall_wait)
            await self._space()

    async def _space(self) -> None:
        """Reserved slots are right on average, but a process that stalled (a long GC pause, a
        busy CPU) wakes several sends whose slots have all passed at once; Telegram would see
        them as one burst. So sends leave this process at least one steady interval apart
        (beyond the bucket's burst), in real time."""
        overall = self.limits.overall
        async with self._spacing:
            gap = self._last_send + overall.interval / overall.burst - self.clock()
            if gap > 0:
                await asyncio.sleep(gap)
            self._last_send = self.clock()

    async def flood(self, chat_id: int | str, retry_after: float) -> None:
        """A 429 for a send to `chat_id`. In a group it is the group's 20 a minute (Telegram's
        long retry_after values come from there): only that group slows down. In a private chat
        the per-chat limit is loose, so it is almost always the bot's overall budget: the whole
        bot slows down, and that chat too."""
        seconds = max(0.0, float(retry_after))
        await self.limiter.hold_off(f"chat:{chat_id}", self.limits.for_chat(chat_id), seconds)
        if is_private(chat_id):
            await self.limiter.hold_off(GLOBAL_KEY, self.limits.overall, seconds)
        logger.warning(
            "flood limit met in a %s chat: retry after %ss",
            "private" if is_private(chat_id) else "group",
            math.ceil(seconds),
        )

    async def close(self) -> None:
        await self.limiter.close()
