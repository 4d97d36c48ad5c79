"""Delivery at Telegram's limits: careerbot side by side with a bare aiogram echo bot in the same
run, both as real processes against the loopback Bot API stand-in (tests/telegram/standin.py)
enforcing Telegram's outbound limits (30 messages/s per bot, 1/s per private chat with short
bursts, 20/minute per group; 429 with retry_after beyond them).

Both bots run with the same GC settings (careerbot's `tune_gc`), the same log level and the same
stand-in. Each figure is the median of --runs runs (at least three), with the spread (min-max).

    python benchmarks/telegram_delivery.py                 # every scenario, ~15 minutes
    python benchmarks/telegram_delivery.py --only burst    # one scenario
    python benchmarks/telegram_delivery.py --quick         # smaller sizes, for a smoke run

Scenarios:
  burst     1,000 questions from 1,000 private chats at once: drain time against the ideal
            1,000/30 s, 429s provoked, chats answered exactly once.
  group     a group saturated with 130 mentions, then private questions: their answer time.
  restart   kill -9 and SIGTERM mid-burst, then restart (polling, Redis): lost and doubled.
  webhook   two webhook replicas on one Redis; one killed with -9 mid-burst: lost and doubled;
            and turns of one chat alternating between the replicas, the follow-up sent while
            the answer is on its way (quick) or after it arrived (slow): context kept.
  memory    RSS at start, after 20,000 messages from 5,000 chats, after 2,000 fuzzed updates
            of each kind (limits lifted on both sides: this measures memory, not pacing).
"""

import argparse
import asyncio
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import Any

import aiohttp

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "telegram"))

from standin import BotAPIStandIn, Call, Fault, OutboundLimits  # type: ignore[import-not-found]  # noqa: E402

TOKEN = "123456789:AAHbenchmarkTokenNotRealXyZ0123456789"
SECRET = "benchmark-Secret_1"
QUESTION = "what do library technicians earn?"
FOLLOW_UP = "and what about growth?"
MENTION = f"@careerbot_test_bot {QUESTION}"
THROUGHPUT = HERE / "telegram_throughput.py"
START_TIMEOUT = 60.0
# Limits lifted for the memory scenario (both bots): pacing would make it take an hour.
NO_LIMITS = {
    "CAREERBOT_SEND_RATE": "100000",
    "CAREERBOT_SEND_RATE_PRIVATE": "100000",
    "CAREERBOT_SEND_RATE_GROUP": "10000000",
}


# -- processes ---------------------------------------------------------------------------
class Proc:
    """One bot process: careerbot (`python -m careerbot run [--webhook]`) or the echo bot."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str] | None = None) -> None:
        self.name, self.argv, self.extra = name, argv, env or {}
        self.process: asyncio.subprocess.Process | None = None

    async def start(self, standin: BotAPIStandIn, ready: Callable[[], Awaitable[bool]]) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERBOT_")}
        env |= {
            "CAREERBOT_BOT_TOKEN": TOKEN,
            "CAREERBOT_TELEGRAM_API_URL": standin.url,
            "CAREERBOT_LOG_LEVEL": "WARNING",
            "CAREERBOT_WEBHOOK_SECRET": SECRET,
            "CAREERBOT_HEALTH_PORT": "0",  # two replicas on one host; the webhook port has it
            **self.extra,
        }
        self.process = await asyncio.create_subprocess_exec(
            *self.argv,
            env=env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
            cwd=tempfile.gettempdir(),
        )
        deadline = time.monotonic() + START_TIMEOUT
        while not await ready():
            if self.process.returncode is not None or time.monotonic() > deadline:
                raise SystemExit(f"{self.name} did not start")
            await asyncio.sleep(0.05)

    async def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process is None or self.process.returncode is not None:
            return
        self.process.send_signal(sig)
        try:
            await asyncio.wait_for(self.process.wait(), 20)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()

    def rss_mb(self) -> float:
        assert self.process is not None
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        kb = next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:"))
        return int(kb) / 1024


def careerbot(*args: str, **env: str) -> Proc:
    return Proc("careerbot", [sys.executable, "-m", "careerbot", "run", *args], env)


def echo(*args: str, **env: str) -> Proc:
    # The echo bot gets careerbot's GC settings too (--tuned-gc): like with like.
    return Proc("echo", [sys.executable, str(THROUGHPUT), "--echo-bot", "--tuned-gc", *args], env)


def echo_webhook(port: int) -> Proc:
    return Proc("echo", [sys.executable, str(Path(__file__)), "--echo-webhook", str(port)])


def polling_ready(standin: BotAPIStandIn) -> Callable[[], Awaitable[bool]]:
    before = standin.counts.get("getUpdates", 0)

    async def ready() -> bool:
        return bool(standin.counts.get("getUpdates", 0) > before)

    return ready


def http_ready(port: int) -> Callable[[], Awaitable[bool]]:
    async def ready() -> bool:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            return False
        writer.close()
        return True

    return ready


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Redis:
    """A throwaway redis-server on a free port."""

    def __init__(self) -> None:
        server = shutil.which("redis-server")
        if server is None:
            raise SystemExit("redis-server is not installed (apt-get install redis-server)")
        self.port = free_port()
        self.dir = tempfile.mkdtemp()
        self.process = subprocess.Popen(
            [server, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", self.dir],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.05).close()
                return
            except OSError:
                time.sleep(0.05)
        raise SystemExit("redis-server did not start")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(5)
        shutil.rmtree(self.dir, ignore_errors=True)


async def until(check: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True


def activity(standin: BotAPIStandIn) -> int:
    """Requests the bot has made so far, long polls aside."""
    return sum(n for method, n in standin.counts.items() if method != "getUpdates")


async def done_or_quiet(
    standin: BotAPIStandIn, done: Callable[[], bool], quiet: float = 2.0, timeout: float = 180.0
) -> None:
    """Until `done()`, or until the bot has fetched every update and made no request for
    `quiet` seconds (the echo bot drops what met a 429: it would never be done)."""
    deadline = time.monotonic() + timeout
    last, since = -1, time.monotonic()
    while not done() and time.monotonic() < deadline:
        now_activity = activity(standin)
        if now_activity != last or standin.pending_updates:
            last, since = now_activity, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        await asyncio.sleep(0.01)


async def settle(standin: BotAPIStandIn, quiet: float = 1.5, timeout: float = 120.0) -> None:
    """Until the bot has sent nothing for `quiet` seconds (so late doubles are counted)."""
    deadline = time.monotonic() + timeout
    last, since = -1, time.monotonic()
    while time.monotonic() < deadline:
        sent = sum(standin.succeeded.get(m, 0) for m in ("sendMessage", "sendPhoto"))
        if sent != last:
            last, since = sent, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        await asyncio.sleep(0.05)


def per_chat(standin: BotAPIStandIn, chats: list[int]) -> tuple[int, int, int]:
    """(answered exactly once, lost, doubled) over `chats`."""
    counts = Counter(call.chat_id for call in standin.sent())
    once = sum(1 for chat in chats if counts[chat] == 1)
    lost = sum(1 for chat in chats if counts[chat] == 0)
    doubled = sum(1 for chat in chats if counts[chat] > 1)
    return once, lost, doubled


async def new_standin(limits: OutboundLimits | None, record: bool = True) -> BotAPIStandIn:
    standin = BotAPIStandIn(TOKEN, record=record, limits=limits)
    await standin.start()
    return standin


# -- scenarios ---------------------------------------------------------------------------
async def burst(bot: Callable[[], Proc], chats: int) -> dict[str, float]:
    standin = await new_standin(OutboundLimits())
    proc = bot()
    try:
        await proc.start(standin, polling_ready(standin))
        ids = list(range(1, chats + 1))
        started = time.monotonic()
        for chat in ids:
            standin.message(chat, QUESTION)
        await done_or_quiet(standin, lambda: len({c.chat_id for c in standin.sent()}) >= chats)
        drained = max((c.at for c in standin.sent()), default=time.monotonic()) - started
        await settle(standin, quiet=1.0, timeout=30)
        once, lost, doubled = per_chat(standin, ids)
        ideal = chats / OutboundLimits().per_second
        return {
            "drain s": drained,
            "x ideal": drained / ideal,
            "429s": standin.flood_errors,
            "once": once,
            "lost": lost,
            "doubled": doubled,
        }
    finally:
        await proc.stop()
        await standin.close()


async def group(bot: Callable[[], Proc], mentions: int, privates: int) -> dict[str, float]:
    standin = await new_standin(OutboundLimits())
    group_id = -100777
    standin.group(group_id)
    proc = bot()
    try:
        await proc.start(standin, polling_ready(standin))
        for n in range(mentions):
            standin.message(group_id, MENTION, user_id=10_000 + n)
        await until(lambda: len(standin.sent(group_id)) >= 1, 30)
        latencies = []
        for n in range(privates):
            chat = 500 + n
            asked = time.monotonic()
            standin.message(chat, QUESTION)
            await done_or_quiet(standin, lambda chat=chat: bool(standin.sent(chat)), timeout=90)  # type: ignore[misc]
            if standin.sent(chat):
                latencies.append(standin.sent(chat)[0].at - asked)
            await asyncio.sleep(0.2)  # questions arrive one by one while the group is busy
        answered = len(latencies)
        return {
            "median s": statistics.median(latencies) if latencies else float("nan"),
            "max s": max(latencies) if latencies else float("nan"),
            "answered": answered,
            "group answers": len(standin.sent(group_id)),
            "429s": standin.flood_errors,
        }
    finally:
        await proc.stop(signal.SIGKILL)
        await standin.close()


async def restart(bot: Callable[[], Proc], messages: int, sig: int) -> dict[str, float]:
    """A burst, a stop with `sig` a third of the way through, a restart; lost and doubled."""
    standin = await new_standin(OutboundLimits())
    redis = Redis()
    try:
        proc = bot_with_redis(bot, redis)
        await proc.start(standin, polling_ready(standin))
        ids = list(range(1, messages + 1))
        for chat in ids:
            standin.message(chat, QUESTION)
        await done_or_quiet(standin, lambda: len(standin.sent()) >= messages // 3)
        # At a random moment of a send cycle, not just as a send completes (which would aim
        # at the instant between Telegram's answer and the ledger's record of it).
        await asyncio.sleep(random.uniform(0, 1 / OutboundLimits().per_second))
        await proc.stop(sig)
        again = bot_with_redis(bot, redis)
        await again.start(standin, polling_ready(standin))
        # Quiet for longer than a killed process's chat locks (6 s) take to lapse.
        done = lambda: len({c.chat_id for c in standin.sent()}) >= messages  # noqa: E731
        await done_or_quiet(standin, done, quiet=10.0)
        await settle(standin, quiet=2.0, timeout=30)
        await again.stop()
        once, lost, doubled = per_chat(standin, ids)
        return {"once": once, "lost": lost, "doubled": doubled, "429s": standin.flood_errors}
    finally:
        redis.close()
        await standin.close()


def bot_with_redis(bot: Callable[[], Proc], redis: Redis) -> Proc:
    proc = bot()
    proc.extra["CAREERBOT_STORAGE_URL"] = redis.url
    return proc


class Telegram:
    """Telegram's side of webhook delivery: up to `connections` requests at once, round-robin
    over the replicas; a request that fails (connection reset, 5xx) is retried on the next."""

    def __init__(self, urls: list[str], connections: int = 40) -> None:
        self.urls = urls
        self.connections = connections
        self.turn = 0
        self.acknowledged: set[int] = set()

    async def deliver(self, http: aiohttp.ClientSession, update: dict[str, Any]) -> None:
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        for _ in range(50):
            url = self.urls[self.turn % len(self.urls)]
            self.turn += 1
            try:
                async with http.post(url, json=update, headers=headers) as response:
                    if response.status == 200:
                        self.acknowledged.add(update["update_id"])
                        return
            except (aiohttp.ClientError, TimeoutError):
                pass
            await asyncio.sleep(0.2)

    async def deliver_all(self, updates: list[dict[str, Any]]) -> None:
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        for update in updates:
            queue.put_nowait(update)
        timeout = aiohttp.ClientTimeout(total=90)
        async with aiohttp.ClientSession(timeout=timeout) as http:

            async def worker() -> None:
                while not queue.empty():
                    await self.deliver(http, queue.get_nowait())

            await asyncio.gather(*(worker() for _ in range(self.connections)))


async def webhook_pair(
    bot: str, redis: Redis, standin: BotAPIStandIn
) -> tuple[list[Proc], list[str]]:
    procs, urls = [], []
    for _ in range(2):
        port = free_port()
        if bot == "careerbot":
            proc = careerbot(
                "--webhook",
                CAREERBOT_WEBHOOK_URL="https://bot.example.org/webhook",
                CAREERBOT_WEBHOOK_HOST="127.0.0.1",
                CAREERBOT_WEBHOOK_PORT=str(port),
                CAREERBOT_STORAGE_URL=redis.url,
            )
        else:
            proc = echo_webhook(port)
        await proc.start(standin, http_ready(port))
        procs.append(proc)
        urls.append(f"http://127.0.0.1:{port}/webhook")
    return procs, urls


async def webhook_kill(bot: str, messages: int) -> dict[str, float]:
    standin = await new_standin(OutboundLimits())
    redis = Redis()
    procs: list[Proc] = []
    try:
        procs, urls = await webhook_pair(bot, redis, standin)
        ids = list(range(1, messages + 1))
        updates = [standin.update("message", standin.message_payload(c, QUESTION)) for c in ids]
        telegram = Telegram(urls)
        delivering = asyncio.create_task(telegram.deliver_all(updates))
        await done_or_quiet(standin, lambda: len(standin.sent()) >= messages // 3)
        await asyncio.sleep(random.uniform(0, 1 / OutboundLimits().per_second))
        await procs[0].stop(signal.SIGKILL)
        await delivering
        await settle(standin, quiet=2.0, timeout=60)
        once, lost, doubled = per_chat(standin, ids)
        return {"once": once, "lost": lost, "doubled": doubled, "acked": len(telegram.acknowledged)}
    finally:
        for proc in procs:
            await proc.stop(signal.SIGKILL)
        redis.close()
        await standin.close()


async def webhook_turns(chats: int) -> dict[str, float]:
    """Two careerbot replicas; chat turns alternate between them. quick: the follow-up is sent
    while the first answer is still on its way (it is slowed by 0.3 s at the stand-in); slow:
    after the first answer arrived. Context kept = the follow-up is about the same career."""
    standin = await new_standin(OutboundLimits())
    redis = Redis()
    procs: list[Proc] = []
    try:
        procs, urls = await webhook_pair("careerbot", redis, standin)
        kept = {"quick": 0, "slow": 0}
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with aiohttp.ClientSession() as http:

            async def post(url: str, update: dict[str, Any]) -> None:
                async with http.post(url, json=update, headers=headers) as response:
                    assert response.status == 200

            for n in range(chats):
                for mode in ("quick", "slow"):
                    chat = 1 + n * 2 + (mode == "slow")
                    first = standin.update("message", standin.message_payload(chat, QUESTION))
                    follow = standin.update("message", standin.message_payload(chat, FOLLOW_UP))
                    a, b = (urls[0], urls[1]) if n % 2 == 0 else (urls[1], urls[0])
                    if mode == "quick":
                        standin.fail("sendMessage", Fault.slow(0.3))
                        task = asyncio.create_task(post(a, first))
                        await until(lambda: standin.counts.get("sendMessage", 0) > 0, 10)
                        await post(b, follow)
                        await task
                    else:
                        await post(a, first)
                        await post(b, follow)
                    answers = standin.sent(chat)
                    if len(answers) == 2 and "Library Technicians" in answers[1].text:
                        kept[mode] += 1
                    standin.counts["sendMessage"] = 0
        return {"quick %": 100 * kept["quick"] / chats, "slow %": 100 * kept["slow"] / chats}
    finally:
        for proc in procs:
            await proc.stop(signal.SIGKILL)
        redis.close()
        await standin.close()


FUZZ_KINDS = ("text", "caption", "sticker", "callback", "inline", "edited", "unknown", "channel")


def fuzz(standin: BotAPIStandIn, kind: str, n: int, rng: random.Random) -> None:
    chat = 200_000 + n
    junk = "".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(rng.randrange(1, 400)))
    if kind == "text":
        standin.message(chat, junk)
    elif kind == "caption":
        standin.photo(chat, caption=junk[:1000])
    elif kind == "sticker":
        standin.sticker(chat)
    elif kind == "callback":
        soc = f"{rng.randrange(10, 99)}{rng.randrange(1000, 9999)}"
        data = rng.choice([f"q:salary:{'.'.join([soc] * 8)}", f"c:{soc}:ZZ", junk[:60], "q::"])
        sent = {"message_id": 1, "date": 0, "chat": standin.chat(chat), "text": "x"}
        standin.callback(chat, Call("sendMessage", {"chat_id": chat}, result=sent), data)
    elif kind == "inline":
        standin.inline_query(chat, junk[:200])
    elif kind == "edited":
        standin.edited_message(chat, junk)
    elif kind == "unknown":
        standin.push("future_kind", {"text": junk, "from": standin.user(chat)})
    elif kind == "channel":
        standin.channel_post(-300_000 - n, junk)


async def memory(
    bot: Callable[[], Proc], messages: int, chats: int, fuzzed: int
) -> dict[str, float]:
    standin = await new_standin(None, record=False)
    proc = bot()
    proc.extra |= NO_LIMITS
    try:
        await proc.start(standin, polling_ready(standin))
        await asyncio.sleep(1.0)
        start = proc.rss_mb()
        conversation = (QUESTION, FOLLOW_UP, "do they need a degree?", "library tech salery")
        warm = messages // 4
        for n in range(messages):
            standin.message(10_000 + n % chats, conversation[(n // chats) % len(conversation)])
            if n + 1 == warm:
                await until(lambda: standin.pending_updates == 0, 300)
                await settle(standin, quiet=0.5)
                warmed = proc.rss_mb()
            if standin.pending_updates > 2_000:
                await until(lambda: standin.pending_updates < 500, 300)
        await until(lambda: standin.pending_updates == 0, 300)
        await settle(standin, quiet=0.5)
        after_messages = proc.rss_mb()
        rng = random.Random(7)
        for kind in FUZZ_KINDS:
            for n in range(fuzzed):
                fuzz(standin, kind, n, rng)
            await until(lambda: standin.pending_updates == 0, 300)
        await settle(standin, quiet=1.0)
        after_fuzz = proc.rss_mb()
        return {
            "start MB": start,
            "warm MB": warmed,
            "20k msgs MB": after_messages,
            "fuzzed MB": after_fuzz,
            "growth MB": max(after_messages, after_fuzz) - warmed,
        }
    finally:
        await proc.stop(signal.SIGKILL)
        await standin.close()


# -- reporting ---------------------------------------------------------------------------
def summary(runs: list[dict[str, float]]) -> dict[str, str]:
    out = {}
    for key in runs[0]:
        values = [run[key] for run in runs]
        median = statistics.median(values)
        spread = f" ({min(values):.4g}–{max(values):.4g})" if len(values) > 1 else ""
        out[key] = f"{median:.4g}{spread}"
    return out


def table(title: str, rows: dict[str, dict[str, str]]) -> None:
    print(f"\n{title}")
    keys = list(next(iter(rows.values())))
    print("  " + " | ".join(["bot".ljust(10), *(k.ljust(22) for k in keys)]))
    for name, row in rows.items():
        print("  " + " | ".join([name.ljust(10), *(row.get(k, "").ljust(22) for k in keys)]))
    sys.stdout.flush()


async def repeat(runs: int, make: Callable[[], Awaitable[dict[str, float]]]) -> dict[str, str]:
    return summary([await make() for _ in range(runs)])


async def benchmark(only: set[str], runs: int, quick: bool) -> None:
    scale = 0.2 if quick else 1.0
    print(f"medians of {runs} runs (min–max); stand-in limits: {OutboundLimits()}")
    if "burst" in only:
        chats = int(1000 * scale)
        rows = {}
        for name, bot in (("careerbot", careerbot), ("echo", echo)):
            rows[name] = await repeat(runs, partial(burst, bot, chats))
        table(f"burst: {chats} questions from {chats} private chats at once", rows)
    if "group" in only:
        rows = {}
        for name, bot in (("careerbot", careerbot), ("echo", echo)):
            rows[name] = await repeat(runs, partial(group, bot, 130, int(20 * scale) or 5))
        table("a private chat's answer time while a group is saturated (130 mentions)", rows)
    if "restart" in only:
        messages = int(600 * scale)
        for label, sig in (("kill -9", signal.SIGKILL), ("SIGTERM", signal.SIGTERM)):
            rows = {}
            for name, bot in (("careerbot", careerbot), ("echo", echo)):
                rows[name] = await repeat(runs, partial(restart, bot, messages, sig))
            table(f"{label} a third into a {messages}-message burst, then restart (Redis)", rows)
    if "webhook" in only:
        messages = int(600 * scale)
        rows = {}
        for name in ("careerbot", "echo"):
            rows[name] = await repeat(runs, partial(webhook_kill, name, messages))
        table(f"webhook, two replicas: one killed (-9) a third into {messages} updates", rows)
        rows = {"careerbot": await repeat(runs, partial(webhook_turns, int(20 * scale) or 5))}
        rows["echo"] = {"quick %": "n/a (no context)", "slow %": "n/a (no context)"}
        table("webhook, two replicas on one Redis, turns of a chat alternating: context kept", rows)
    if "memory" in only:
        messages, chats, fuzzed = int(20_000 * scale), int(5_000 * scale), int(2_000 * scale)
        rows = {}
        for name, bot in (("careerbot", careerbot), ("echo", echo)):
            rows[name] = await repeat(runs, partial(memory, bot, messages, chats, fuzzed))
        table(
            f"RSS: start, after {messages:,} messages from {chats:,} chats, after {fuzzed:,} "
            f"fuzzed updates of each of {len(FUZZ_KINDS)} kinds (growth after a warm-up of "
            f"{messages // 4:,})",
            rows,
        )


# -- the echo bot in webhook mode ----------------------------------------------------------
async def echo_webhook_server(port: int) -> None:
    """aiogram's documented webhook setup, echoing texts: SimpleRequestHandler with its
    defaults (answers Telegram at once, handles in the background)."""
    from aiogram import Bot, Dispatcher, F
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.types import Message
    from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
    from aiohttp import web

    from careerbot.telegram.app import tune_gc

    tune_gc()
    session = AiohttpSession(
        api=TelegramAPIServer.from_base(os.environ["CAREERBOT_TELEGRAM_API_URL"])
    )
    bot = Bot(os.environ["CAREERBOT_BOT_TOKEN"], session=session)
    dispatcher = Dispatcher()

    @dispatcher.message(F.text)
    async def echo_text(message: Message) -> None:
        await message.answer(message.text or "")

    app = web.Application()
    SimpleRequestHandler(dispatcher, bot, secret_token=SECRET).register(app, path="/webhook")
    setup_application(app, dispatcher, bot=bot)
    await web._run_app(app, host="127.0.0.1", port=port, print=None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="burst,group,restart,webhook,memory")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="a fifth of the sizes")
    parser.add_argument("--echo-webhook", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.echo_webhook:
        asyncio.run(echo_webhook_server(args.echo_webhook))
        return
    asyncio.run(benchmark(set(args.only.split(",")), max(1, args.runs), args.quick))


if __name__ == "__main__":
    main()
