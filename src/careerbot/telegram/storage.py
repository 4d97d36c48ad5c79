"""Where per-chat state lives — conversation context, the per-chat lock, the send budget, the
handled-update ledger — in memory, or in Redis for restarts and replicas.

Everything per chat expires after CAREERBOT_CONVERSATION_TTL seconds idle, in memory as in Redis,
so the store never grows with the number of chats ever seen.
"""

import asyncio
import time
from collections.abc import AsyncGenerator, Callable, Mapping
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import (
    BaseEventIsolation,
    BaseStorage,
    StateType,
    StorageKey,
)

from careerbot.telegram.ledger import MemoryLedger, RedisLedger, UpdateLedger
from careerbot.telegram.outbound import Limiter, MemoryLimiter, RedisLimiter

if TYPE_CHECKING:
    from redis.asyncio import Redis
    from redis.asyncio.lock import Lock

try:  # redis is an optional extra
    from redis.exceptions import LockError
except ImportError:  # pragma: no cover - only Redis storage raises it

    class LockError(Exception):  # type: ignore[no-redef]
        pass


REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
# A Redis chat lock outlives a replica killed while holding it by at most this long; a live
# replica extends its locks every third of it, however long its update takes.
REDIS_LOCK_SECONDS = 6.0
KEY_PREFIX = "careerbot"
REDIS_CONNECTIONS = 50  # per process
REDIS_POOL_WAIT = 60.0  # seconds an operation may wait for a free connection


class StorageConfigError(Exception):
    """CAREERBOT_STORAGE_URL cannot be used; the message is one line for the operator."""


@dataclass
class _Record:
    state: str | None = None
    data: dict[str, Any] | None = None
    expires: float = 0.0


class ExpiringMemoryStorage(BaseStorage):
    """aiogram's MemoryStorage with a TTL: a chat's state is forgotten `ttl` seconds after it
    was last written. Expired records are swept as the storage is used (every `ttl` / 8), so
    memory is bounded by the chats active within the last TTL."""

    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.clock = clock
        self._records: dict[StorageKey, _Record] = {}
        self._next_sweep = clock() + ttl / 8

    def _get(self, key: StorageKey) -> _Record | None:
        now = self.clock()
        if now >= self._next_sweep:
            self._records = {k: r for k, r in self._records.items() if r.expires > now}
            self._next_sweep = now + self.ttl / 8
        record = self._records.get(key)
        if record is not None and record.expires <= now:
            del self._records[key]
            return None
        return record

    def _put(self, key: StorageKey) -> _Record:
        record = self._get(key) or self._records.setdefault(key, _Record())
        record.expires = self.clock() + self.ttl
        return record

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        self._put(key).state = state.state if isinstance(state, State) else state

    async def get_state(self, key: StorageKey) -> str | None:
        record = self._get(key)
        return record.state if record is not None else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        self._put(key).data = dict(data)

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        record = self._get(key)
        return dict(record.data) if record is not None and record.data else {}

    @property
    def size(self) -> int:
        """Chats with stored state. (Not __len__: aiogram tests `storage or MemoryStorage()`.)"""
        return len(self._records)

    async def close(self) -> None:
        self._records.clear()


class ChatIsolation(BaseEventIsolation):
    """One update of a chat at a time, in this process: an asyncio lock per chat, dropped as
    soon as nobody holds or waits for it (aiogram's SimpleEventIsolation keeps one per chat
    forever)."""

    def __init__(self) -> None:
        self._locks: dict[StorageKey, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    @property
    def size(self) -> int:
        """Chats with an update being handled or waiting. (Not __len__: aiogram tests
        `events_isolation or DisabledEventIsolation()`.)"""
        return len(self._locks)

    async def close(self) -> None:
        self._locks.clear()


class RedisChatIsolation(BaseEventIsolation):
    """One update of a chat at a time across every replica: a lock per chat in Redis.

    Like aiogram's RedisEventIsolation, but the lock expires REDIS_LOCK_SECONDS after its
    holder stops extending it, so a replica killed mid-update holds up that chat's re-delivered
    update for seconds, not minutes, while a live replica keeps its lock through long paced
    sends."""

    def __init__(self, redis: "Redis", prefix: str) -> None:
        self.redis = redis
        self.prefix = prefix

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        name = f"{self.prefix}:{key.chat_id}:{key.thread_id or ''}:{key.user_id}"
        lock = self.redis.lock(name, timeout=REDIS_LOCK_SECONDS, sleep=0.05)
        await lock.acquire()
        keeper = asyncio.create_task(self._keep(lock))
        try:
            yield
        finally:
            keeper.cancel()
            with suppress(LockError):  # expired while this process was stalled
                await lock.release()

    @staticmethod
    async def _keep(lock: "Lock") -> None:
        while True:
            await asyncio.sleep(REDIS_LOCK_SECONDS / 3)
            await lock.extend(REDIS_LOCK_SECONDS, replace_ttl=True)

    async def close(self) -> None:
        """The Redis client belongs to the storage, which closes it."""


@dataclass
class Stores:
    """The four per-chat stores, all in memory or all in one Redis."""

    storage: BaseStorage
    isolation: BaseEventIsolation
    limiter: Limiter
    ledger: UpdateLedger

    async def close(self) -> None:
        await self.ledger.close()
        await self.limiter.close()
        await self.isolation.close()
        await self.storage.close()


def make_stores(url: str | None, *, ttl: float, window: int, bot_id: int) -> Stores:
    """Stores for CAREERBOT_STORAGE_URL: memory when unset, else Redis.

    `ttl`: seconds a chat's state is kept idle; `window`: handled update ids remembered;
    `bot_id`: keys are per bot, so two bots can share one Redis. Raises StorageConfigError."""
    if not url or url == "memory://":
        return Stores(
            ExpiringMemoryStorage(ttl), ChatIsolation(), MemoryLimiter(), MemoryLedger(window)
        )
    if not url.startswith(REDIS_SCHEMES):
        raise StorageConfigError(
            "CAREERBOT_STORAGE_URL must start with redis:// or rediss:// (or be unset for memory)"
        )
    try:
        # Imported here: redis is an optional extra and aiogram's Redis storage imports it.
        from aiogram.fsm.storage.redis import RedisStorage
    except ImportError:
        raise StorageConfigError(
            "CAREERBOT_STORAGE_URL points at Redis but the redis package is not installed: "
            "pip install 'careerbot[redis]'"
        ) from None
    from redis.asyncio import BlockingConnectionPool, Redis

    seconds = max(1, round(ttl))
    # A blocking pool: in a burst, a thousand updates at once wait for a connection instead of
    # failing with "Too many connections" (the default pool raises when it runs out).
    pool = BlockingConnectionPool.from_url(
        url, max_connections=REDIS_CONNECTIONS, timeout=REDIS_POOL_WAIT
    )
    redis = Redis(connection_pool=pool)
    storage = RedisStorage(redis, state_ttl=seconds, data_ttl=seconds)
    prefix = f"{KEY_PREFIX}:{bot_id}"
    isolation = RedisChatIsolation(redis, f"{prefix}:lock")
    return Stores(
        storage,
        isolation,
        RedisLimiter(redis, f"{prefix}:send"),
        RedisLedger(redis, f"{prefix}:updates", window),
    )


def make_storage(url: str | None, ttl: float = 30 * 24 * 3600) -> BaseStorage:
    """Just the conversation storage (the CLI's health checks and older callers)."""
    return make_stores(url, ttl=ttl, window=1, bot_id=0).storage


def retention_days(url: str | None, ttl: float) -> int | None:
    """How long (days) an idle chat's context is kept with this storage URL and TTL (seconds);
    None: in memory only, until the bot restarts (or the TTL passes, whichever is first)."""
    if not url or url == "memory://":
        return None
    return max(1, round(ttl / (24 * 3600)))


class StorageUnavailable(Exception):
    """The storage cannot be reached; the message is one line for the operator."""


STORAGE_CHECK_TIMEOUT = 5.0


async def check_storage(storage: BaseStorage) -> None:
    """Raise StorageUnavailable unless the storage answers (Redis: a PING within 5 s)."""
    redis = getattr(storage, "redis", None)  # aiogram's RedisStorage; memory needs no check
    if redis is None:
        return
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import RedisError

    try:
        await asyncio.wait_for(redis.ping(), STORAGE_CHECK_TIMEOUT)
    except (OSError, TimeoutError, RedisConnectionError) as error:
        raise StorageUnavailable(f"cannot reach Redis at CAREERBOT_STORAGE_URL: {error}") from None
    except RedisError as error:  # a wrong password, a replica that refuses, ...
        raise StorageUnavailable(
            f"cannot use Redis at CAREERBOT_STORAGE_URL: {type(error).__name__}: {error}"
        ) from None
