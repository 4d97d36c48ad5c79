"""Where per-chat conversation context lives: in memory, or in Redis for restarts and replicas."""

import asyncio

from aiogram.fsm.storage.base import BaseStorage
from aiogram.fsm.storage.memory import MemoryStorage

REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
# Conversations idle this long are forgotten by Redis, so the store does not grow forever.
REDIS_TTL_SECONDS = 30 * 24 * 3600


class StorageConfigError(Exception):
    """CAREERBOT_STORAGE_URL cannot be used; the message is one line for the operator."""


def make_storage(url: str | None) -> BaseStorage:
    if not url or url == "memory://":
        return MemoryStorage()
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
    return RedisStorage.from_url(url, state_ttl=REDIS_TTL_SECONDS, data_ttl=REDIS_TTL_SECONDS)


def retention_days(url: str | None) -> int | None:
    """How long (days) an idle chat's context is kept with this storage URL; None: in memory
    only, until the bot restarts."""
    if not url or url == "memory://":
        return None
    return REDIS_TTL_SECONDS // (24 * 3600)


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
