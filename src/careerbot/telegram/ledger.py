"""The handled-update ledger: which update_ids were answered, so an update Telegram delivers
again (after a restart, a webhook retry, a replica killed mid-request) is not answered twice.

It remembers the last `window` handled update_ids (a bounded window: Telegram re-delivers only
recent updates). With Redis it also holds the updates a poller has *accepted* but not yet
handled — a durable queue — so the poller can confirm them to Telegram at once and a process
killed mid-burst handles them after its restart instead of losing them.
"""

from collections import OrderedDict
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from redis.asyncio import Redis


class UpdateLedger(Protocol):
    durable: bool
    """True when accepted updates survive the process (Redis): the poller may confirm them."""

    async def seen(self, update_id: int) -> bool:
        """Whether this update was already handled (within the window)."""

    async def finish(self, update_id: int) -> None:
        """Record the update as handled and drop it from the accepted queue."""

    async def accept(self, updates: dict[int, str]) -> None:
        """Queue {update_id: update JSON} durably before their offset is confirmed."""

    async def accepted(self) -> dict[int, str]:
        """Updates accepted but not finished (by a process that stopped), oldest first."""

    async def close(self) -> None: ...


class MemoryLedger:
    """The last `window` handled update_ids, in this process (an ordered set, oldest evicted)."""

    durable = False

    def __init__(self, window: int) -> None:
        self.window = window
        self._handled: OrderedDict[int, None] = OrderedDict()

    async def seen(self, update_id: int) -> bool:
        return update_id in self._handled

    async def finish(self, update_id: int) -> None:
        self._handled[update_id] = None
        while len(self._handled) > self.window:
            self._handled.popitem(last=False)

    async def accept(self, updates: dict[int, str]) -> None:
        """Nothing to do: memory does not survive the process anyway."""

    async def accepted(self) -> dict[int, str]:
        return {}

    def __len__(self) -> int:
        return len(self._handled)

    async def close(self) -> None:
        self._handled.clear()


class RedisLedger:
    """`<prefix>:handled`: a sorted set of update_ids trimmed to the newest `window`;
    `<prefix>:accepted`: a hash {update_id: update JSON} of updates not yet handled."""

    durable = True

    def __init__(self, redis: "Redis", prefix: str, window: int) -> None:
        self.redis = redis
        self.handled = f"{prefix}:handled"
        self.queue = f"{prefix}:accepted"
        self.window = window

    async def seen(self, update_id: int) -> bool:
        return await self.redis.zscore(self.handled, str(update_id)) is not None

    async def finish(self, update_id: int) -> None:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.zadd(self.handled, {str(update_id): update_id})
            pipe.zremrangebyrank(self.handled, 0, -self.window - 1)
            pipe.hdel(self.queue, str(update_id))
            await pipe.execute()

    async def accept(self, updates: dict[int, str]) -> None:
        if updates:
            await self.redis.hset(self.queue, mapping={str(k): v for k, v in updates.items()})

    async def accepted(self) -> dict[int, str]:
        raw = await self.redis.hgetall(self.queue)
        pending = {int(key): value for key, value in raw.items()}
        return {key: _text(pending[key]) for key in sorted(pending)}

    async def close(self) -> None:
        """The Redis client belongs to the storage, which closes it."""


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value
