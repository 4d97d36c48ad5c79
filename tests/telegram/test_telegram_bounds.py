"""Per-chat state stays bounded: stored context expires (memory and Redis), the send budget's
buckets and the chat locks are dropped when idle, the handled-update window is capped, and two
replicas sharing Redis share one send budget. Fake clocks or Redis's own bookkeeping: no sleeps."""

import asyncio
import itertools

import pytest
from aiogram.fsm.storage.base import StorageKey

from careerbot.telegram.ledger import MemoryLedger
from careerbot.telegram.outbound import Bucket, MemoryLimiter, OutboundScheduler, SendLimits
from careerbot.telegram.storage import ChatIsolation, ExpiringMemoryStorage, make_stores


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def key(chat: int) -> StorageKey:
    return StorageKey(bot_id=1, chat_id=chat, user_id=chat)


async def test_memory_storage_forgets_a_chat_after_its_ttl() -> None:
    clock = Clock()
    storage = ExpiringMemoryStorage(ttl=60.0, clock=clock)
    await storage.set_data(key(1), {"context": {"occupations": ["25-4031"]}})
    clock.now += 59
    assert await storage.get_data(key(1)) == {"context": {"occupations": ["25-4031"]}}
    await storage.set_data(key(1), {"context": {}})  # written again: kept another 60 s
    clock.now += 59
    assert await storage.get_data(key(1)) == {"context": {}}
    clock.now += 61
    assert await storage.get_data(key(1)) == {}


async def test_memory_storage_stays_bounded_by_the_chats_active_within_the_ttl() -> None:
    clock = Clock()
    storage = ExpiringMemoryStorage(ttl=60.0, clock=clock)
    for chat in range(5_000):
        await storage.set_data(key(chat), {"context": {"n": chat}})
        clock.now += 0.1  # 5,000 chats over 500 s: at most 600 of them within any 60 s
    assert storage.size <= 600 + 600 // 8 + 1


async def test_chat_locks_are_dropped_once_nobody_waits() -> None:
    isolation = ChatIsolation()
    order: list[int] = []

    async def turn(n: int) -> None:
        async with isolation.lock(key(1)):
            order.append(n)
            await asyncio.sleep(0)

    await asyncio.gather(*(turn(n) for n in range(5)))
    assert order == [0, 1, 2, 3, 4]
    assert isolation.size == 0


async def test_send_buckets_pace_and_are_swept_when_idle() -> None:
    clock = Clock()
    limiter = MemoryLimiter(clock)
    bucket = Bucket(rate=1.0, burst=3)
    waits = [await limiter.reserve("chat:1", bucket) for _ in range(5)]
    assert waits == [0.0, 0.0, 0.0, 1.0, 2.0]
    for chat in range(3_000):
        await limiter.reserve(f"chat:{chat}", Bucket(rate=30.0))
        clock.now += 1.0  # each chat's bucket is expired a second later
    assert len(limiter) < 1_100


async def test_a_flood_wait_holds_back_the_scope_it_belongs_to() -> None:
    clock = Clock()
    limiter = MemoryLimiter(clock)
    scheduler = OutboundScheduler(SendLimits(), limiter)
    await scheduler.flood(-100, 5)  # a group: only that group waits
    assert await limiter.reserve("chat:-100", SendLimits().group) == pytest.approx(5.0)
    assert await limiter.reserve("bot", SendLimits().overall) == 0.0
    await scheduler.flood(7, 2)  # a private chat: almost always the bot's overall budget
    assert await limiter.reserve("bot", SendLimits().overall) == pytest.approx(2.0)


async def test_the_handled_update_window_is_capped() -> None:
    ledger = MemoryLedger(window=100)
    for update_id in range(1, 1_001):
        await ledger.finish(update_id)
    assert len(ledger) == 100
    assert await ledger.seen(1_000) and not await ledger.seen(900)


async def test_two_replicas_on_one_redis_share_one_send_budget(redis_url: str) -> None:
    first = make_stores(redis_url, ttl=60, window=100, bot_id=1)
    second = make_stores(redis_url, ttl=60, window=100, bot_id=1)
    try:
        bucket = Bucket(rate=10.0)
        waits = []
        for n in range(10):  # the replicas take turns reserving the bot's next slot
            replica = first if n % 2 == 0 else second
            waits.append(await replica.limiter.reserve("bot", bucket))
        # One budget: slots 0.1 s apart across both (at 10/s), not two budgets side by side.
        steps = [b - a for a, b in itertools.pairwise(waits)]
        assert all(0.08 <= step <= 0.12 for step in steps), waits
        assert waits[-1] == pytest.approx(0.9, abs=0.05)
    finally:
        await first.close()
        await second.close()


async def test_redis_keeps_a_bounded_window_and_expires_per_chat_state(redis_url: str) -> None:
    stores = make_stores(redis_url, ttl=120, window=50, bot_id=2)
    try:
        for update_id in range(1, 201):
            await stores.ledger.finish(update_id)
        redis = stores.storage.redis  # type: ignore[attr-defined]
        assert await redis.zcard("careerbot:2:updates:handled") == 50
        assert await stores.ledger.seen(200) and not await stores.ledger.seen(100)
        await stores.storage.set_data(key(5), {"context": {"x": 1}})
        ttls = [await redis.ttl(name) async for name in redis.scan_iter("fsm:*")]
        assert ttls and all(0 < ttl <= 120 for ttl in ttls)
        await stores.limiter.reserve("chat:5", Bucket(rate=1.0))
        send_keys = [name async for name in redis.scan_iter("careerbot:2:send:*")]
        assert send_keys
        for name in send_keys:
            assert 0 < await redis.pttl(name) <= 1_001
    finally:
        await stores.close()
