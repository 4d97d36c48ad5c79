"""Messages per second answered by careerbot's Telegram bot, side by side with a bare aiogram echo
bot (the floor of what aiogram itself costs), both against the same loopback Bot API stand-in
(tests/telegram/standin.py); then careerbot's resident memory over 10,000 messages from 2,000
chats, sampled as it goes, to show it levels off.

Each bot runs as its own process, exactly as deployed: careerbot is `python -m careerbot run`;
the echo bot is this file with --echo-bot. The stand-in runs here, so the bot's RSS is its own.

    python benchmarks/telegram_throughput.py            # a few minutes (three runs each)
    python benchmarks/telegram_throughput.py --quick    # fewer messages
"""

import argparse
import asyncio
import os
import signal
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aiogram.types import InlineKeyboardMarkup

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "telegram"))

# mypy checks benchmarks/ without tests/ on its path; the stand-in is typed for when it is.
from standin import BotAPIStandIn  # type: ignore[import-not-found]  # noqa: E402

TOKEN = "123456789:AAHbenchmarkTokenNotRealXyZ0123456789"
# A realistic conversation; each turn is answered with one message (checked during warm-up).
CONVERSATION = (
    "what do library technicians earn?",
    "and what about growth?",
    "do they need a degree?",
    "r they gonna get replaced by ai",
    "library tech salery",
)
START_TIMEOUT = 30.0
ANSWER_TIMEOUT = 120.0


# This measures CPU per message, not pacing: careerbot's outbound limits are lifted (the
# stand-in here enforces none), or it would answer at Telegram's 30 messages/s by design.
UNPACED = {
    "CAREERBOT_SEND_RATE": "100000",
    "CAREERBOT_SEND_RATE_PRIVATE": "100000",
    "CAREERBOT_SEND_RATE_GROUP": "10000000",
}


@dataclass
class Bot:
    name: str
    argv: list[str]
    process: asyncio.subprocess.Process | None = None
    env: dict[str, str] | None = None

    async def start(self, standin: BotAPIStandIn) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERBOT_")}
        env |= {
            "CAREERBOT_BOT_TOKEN": TOKEN,
            "CAREERBOT_TELEGRAM_API_URL": standin.url,
            "CAREERBOT_LOG_LEVEL": "WARNING",  # the same for both bots
            **(self.env or {}),
        }
        self.process = await asyncio.create_subprocess_exec(
            *self.argv, env=env, stdout=asyncio.subprocess.DEVNULL
        )
        deadline = time.monotonic() + START_TIMEOUT
        while not standin.counts.get("getUpdates"):
            if self.process.returncode is not None or time.monotonic() > deadline:
                raise SystemExit(f"{self.name} did not start")
            await asyncio.sleep(0.05)

    async def stop(self) -> float:
        """SIGTERM; returns the seconds until the process exited."""
        assert self.process is not None
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(self.process.wait(), 15)
        return time.monotonic() - started

    def cpu_seconds(self) -> float:
        """User + system CPU time the bot process has used so far."""
        assert self.process is not None
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mb(self) -> float:
        assert self.process is not None
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        kb = next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:"))
        return int(kb) / 1024


def feed(standin: BotAPIStandIn, messages: int, chats: int, first_chat: int) -> None:
    """`messages` messages spread round-robin over `chats` private chats, each chat walking
    through the conversation in order."""
    for n in range(messages):
        chat = first_chat + n % chats
        turn = (n // chats) % len(CONVERSATION)
        standin.message(chat, CONVERSATION[turn])


async def answered(standin: BotAPIStandIn, target: int) -> None:
    deadline = time.monotonic() + ANSWER_TIMEOUT
    while standin.succeeded.get("sendMessage", 0) < target:
        if time.monotonic() > deadline:
            got = standin.succeeded.get("sendMessage", 0)
            raise SystemExit(f"timed out: {got} of {target} messages answered")
        await asyncio.sleep(0.005)


async def throughput(bot: Bot, messages: int, chats: int) -> float:
    standin = BotAPIStandIn(TOKEN, record=False)
    await standin.start()
    try:
        await bot.start(standin)
        warm_up = 200
        feed(standin, warm_up, 40, first_chat=900_000)
        await answered(standin, warm_up)
        await asyncio.sleep(0.5)
        if standin.succeeded.get("sendMessage", 0) != warm_up:
            raise SystemExit(f"{bot.name}: expected one message per question")
        started, bot_cpu, standin_cpu = time.perf_counter(), bot.cpu_seconds(), time.process_time()
        feed(standin, messages, chats, first_chat=1)
        await answered(standin, warm_up + messages)
        rate = messages / (time.perf_counter() - started)
        bot_ms = (bot.cpu_seconds() - bot_cpu) * 1000 / messages
        standin_ms = (time.process_time() - standin_cpu) * 1000 / messages
        print(
            f"    {bot.name}: {rate:.0f}/s; CPU per message: "
            f"bot {bot_ms:.2f} ms, stand-in {standin_ms:.2f} ms"
        )
        await bot.stop()
        return rate
    finally:
        await standin.close()


async def memory(bot: Bot, messages: int, chats: int, samples: int) -> list[tuple[int, float]]:
    standin = BotAPIStandIn(TOKEN, record=False)
    await standin.start()
    try:
        await bot.start(standin)
        readings = [(0, bot.rss_mb())]
        batch = messages // samples
        for step in range(samples):
            # The next batch continues every chat's conversation (chats are reused).
            for n in range(step * batch, (step + 1) * batch):
                standin.message(10_000 + n % chats, CONVERSATION[(n // chats) % len(CONVERSATION)])
            await answered(standin, (step + 1) * batch)
            readings.append(((step + 1) * batch, bot.rss_mb()))
        stopped = await bot.stop()
        print(f"  careerbot stopped {stopped:.2f} s after SIGTERM")
        return readings
    finally:
        await standin.close()


async def benchmark(quick: bool, runs: int) -> None:
    messages, chats = (1_000, 100) if quick else (3_000, 300)
    careerbot = Bot("careerbot", [sys.executable, "-m", "careerbot", "run"], env=UNPACED)
    # Like with like: the echo bots get careerbot's GC settings (tune_gc) too.
    echo = Bot("echo", [sys.executable, str(Path(__file__).resolve()), "--echo-bot", "--tuned-gc"])
    sized = Bot("echo-sized", [*echo.argv, "--sized"])

    print(f"Throughput: {messages:,} messages from {chats:,} chats, loopback Bot API stand-in")
    print("  (every bot with careerbot's GC settings; median of the runs, min-max in brackets)")
    # Alternate the bots, so a noisy moment on the machine hits all of them alike.
    bots = (echo, sized, careerbot)
    rates: dict[str, list[float]] = {bot.name: [] for bot in bots}
    for _ in range(runs):
        for bot in bots:
            rates[bot.name].append(await throughput(bot, messages, chats))
    median = {name: statistics.median(values) for name, values in rates.items()}

    def row(label: str, name: str) -> None:
        values = rates[name]
        print(f"  {label:40}{median[name]:6.0f} messages/s  ({min(values):.0f}-{max(values):.0f})")

    row("bare aiogram echo bot:", "echo")
    row("echo bot, careerbot-sized replies:", "echo-sized")
    row("careerbot:", "careerbot")
    ratio = median["careerbot"] / median["echo"]
    print(f"  careerbot / bare echo:                  {ratio:6.0%}  (target >= 80%)")
    sized_ratio = median["careerbot"] / median["echo-sized"]
    print(f"  careerbot / echo-sized:                 {sized_ratio:6.0%}")

    total, chats_rss = (4_000, 800) if quick else (10_000, 2_000)
    print(f"\nResident memory of careerbot over {total:,} messages from {chats_rss:,} chats")
    readings = await memory(careerbot, total, chats_rss, samples=10)
    for count, rss in readings:
        print(f"  after {count:6,} messages: {rss:6.1f} MB")
    second_half = [rss for count, rss in readings if count >= total // 2]
    print(
        f"  growth over the second half: {second_half[-1] - second_half[0]:+.1f} MB "
        f"(after the first {total // 2:,} messages every chat has its context stored)"
    )


# -- the bare aiogram echo bot -----------------------------------------------------------
async def echo_bot() -> None:
    """What aiogram costs on its own: receive a text, send it back. Same session and polling
    settings as careerbot, minus everything careerbot does."""
    from aiogram import Bot as AiogramBot
    from aiogram import Dispatcher, F
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.types import Message

    from careerbot.telegram.bot import MAX_CONCURRENT_UPDATES

    session = AiohttpSession(
        api=TelegramAPIServer.from_base(os.environ["CAREERBOT_TELEGRAM_API_URL"])
    )
    bot = AiogramBot(os.environ["CAREERBOT_BOT_TOKEN"], session=session)
    dispatcher = Dispatcher()

    @dispatcher.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(message.text or "")

    await dispatcher.start_polling(bot, tasks_concurrency_limit=MAX_CONCURRENT_UPDATES)


def sized_reply() -> "tuple[str, InlineKeyboardMarkup | None]":
    """The first answer of the conversation, rendered as careerbot sends it."""
    from careerbot.engine import Engine
    from careerbot.settings import load_settings
    from careerbot.telegram.formatting import render_answer
    from careerbot.telegram.keyboards import answer_keyboard

    answer, _ = Engine.from_settings(load_settings()).reply(CONVERSATION[0])
    return render_answer(answer)[0], answer_keyboard(answer)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer messages")
    parser.add_argument("--runs", type=int, default=3, help="runs per bot (median reported)")
    parser.add_argument("--echo-bot", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--sized", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--tuned-gc", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.echo_bot:
        import logging

        logging.basicConfig(level=logging.WARNING)
        if args.tuned_gc:
            from careerbot.telegram.app import tune_gc

            tune_gc()
        asyncio.run(echo_bot())
        return
    asyncio.run(benchmark(args.quick, max(1, args.runs)))


if __name__ == "__main__":
    main()
