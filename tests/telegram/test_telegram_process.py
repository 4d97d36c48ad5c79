"""The real `careerbot run` as a subprocess against the stand-in: answers, then stops cleanly
on SIGTERM within seconds, and never prints the token."""

import asyncio
import json
import logging
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
from standin import BotAPIStandIn

from careerbot.cli import main
from conftest import TOKEN

SECRET = "process-Secret_123"
STARTUP_TIMEOUT = 20.0  # importing aiogram and loading the catalogue take a few seconds
STOP_TIMEOUT = 5.0


class Process:
    def __init__(self, process: asyncio.subprocess.Process, standin: BotAPIStandIn) -> None:
        self.process = process
        self.standin = standin
        self.stderr = bytearray()
        self.env: dict[str, str] = {}
        assert process.stderr is not None
        self._reader = asyncio.create_task(self._drain(process.stderr))

    async def _drain(self, stream: asyncio.StreamReader) -> None:
        # Every line logged, and the exit, wake whoever waits on the stand-in (`wait_until`).
        while chunk := await stream.read(65536):
            self.stderr.extend(chunk)
            self.standin.notify()
        await self.process.wait()
        self.standin.notify()

    async def exit_code(self) -> int:
        """The exit code of a process expected to stop on its own within STARTUP_TIMEOUT."""
        code = await asyncio.wait_for(self.process.wait(), STARTUP_TIMEOUT)
        await self._reader
        return code

    async def terminate(self) -> int:
        """SIGTERM, then the exit code; fails if the process takes longer than STOP_TIMEOUT."""
        self.process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(self.process.wait(), STOP_TIMEOUT)
        await self._reader
        return code

    @property
    def log(self) -> str:
        return self.stderr.decode(errors="replace")


@asynccontextmanager
async def careerbot_run(
    standin: BotAPIStandIn, tmp_path: Path, *args: str, **env: str
) -> AsyncIterator[Process]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CAREERBOT_")}
    environment |= {
        "CAREERBOT_BOT_TOKEN": TOKEN,
        "CAREERBOT_TELEGRAM_API_URL": standin.url,
        "CAREERBOT_LOG_LEVEL": "DEBUG",  # the most chances for a token to slip into a log
        "CAREERBOT_HEALTH_PORT": str(free_port()),
        "PYTHONUNBUFFERED": "1",
        **env,
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "careerbot",
        "run",
        *args,
        cwd=tmp_path,  # away from any .env in the checkout
        env=environment,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    running = Process(process, standin)
    running.env = environment
    try:
        yield running
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        assert TOKEN not in running.log
        assert TOKEN.split(":")[1] not in running.log


async def wait_until(check: Callable[[], bool], process: Process, what: str) -> None:
    """Wait for `check` to hold, woken by the stand-in's calls and the process's output."""
    await process.standin.wait_for(
        lambda: check() or process.process.returncode is not None, STARTUP_TIMEOUT, what
    )
    if not check():
        raise AssertionError(f"careerbot exited while waiting for {what}:\n{process.log}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def test_run_polls_answers_and_stops_on_sigterm(
    standin: BotAPIStandIn, tmp_path: Path
) -> None:
    standin.message(76, "sent while the bot was down")
    async with careerbot_run(standin, tmp_path, CAREERBOT_DROP_PENDING_UPDATES="true") as bot:
        await wait_until(lambda: bool(standin.counts.get("getUpdates")), bot, "polling")
        [delete] = standin.calls_to("deleteWebhook")
        assert delete.params["drop_pending_updates"] in (True, "true", "True")
        assert standin.pending_updates == 0, "the update kept while down was dropped"
        standin.message(77, "what do library technicians earn?")
        [reply] = await standin.wait_sent(77, timeout=10)
        assert "$37,540" in reply.text
        assert not standin.sent(76)
        await wait_until(lambda: bool(standin.commands), bot, "setMyCommands")
        health = f"http://127.0.0.1:{bot.env['CAREERBOT_HEALTH_PORT']}"
        async with aiohttp.ClientSession() as http:
            async with http.get(health + "/healthz") as alive:
                assert alive.status == 200
            async with http.get(health + "/readyz") as ready:
                assert (ready.status, await ready.text()) == (200, "ready")
        loop = asyncio.get_running_loop()
        started = loop.time()
        code = await bot.terminate()
        assert code == 0, bot.log
        assert loop.time() - started < STOP_TIMEOUT
        assert "Traceback" not in bot.log


async def test_run_webhook_serves_checks_the_secret_and_stops_on_sigterm(
    standin: BotAPIStandIn, tmp_path: Path
) -> None:
    port = free_port()
    env = {
        "CAREERBOT_WEBHOOK_URL": "https://bot.example.org/hook",
        "CAREERBOT_WEBHOOK_SECRET": SECRET,
        "CAREERBOT_WEBHOOK_HOST": "127.0.0.1",
        "CAREERBOT_WEBHOOK_PORT": str(port),
        "CAREERBOT_WEBHOOK_PATH": "/hook",
        "CAREERBOT_LOG_FORMAT": "json",
    }
    async with careerbot_run(standin, tmp_path, "--webhook", **env) as bot:
        await wait_until(lambda: bool(standin.webhook), bot, "setWebhook")
        assert standin.webhook["secret_token"] == SECRET
        assert SECRET not in bot.log
        base = f"http://127.0.0.1:{port}"
        update = standin.update("message", standin.message_payload(78, "library tech salary"))
        async with aiohttp.ClientSession() as http:
            async with http.get(base + "/healthz") as health:
                assert (health.status, await health.text()) == (200, "ok")
            async with http.post(base + "/hook", json=update) as refused:
                assert refused.status in (401, 403)
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            async with http.post(base + "/hook", json=update, headers=headers) as accepted:
                assert accepted.status == 200
        [reply] = await standin.wait_sent(78, timeout=10)
        assert "$37,540" in reply.text
        code = await bot.terminate()
        assert code == 0, bot.log
        lines = [line for line in bot.log.splitlines() if line.strip()]
        assert lines and all(json.loads(line)["level"] for line in lines), "JSON lines only"


async def test_a_webhook_secret_telegram_would_refuse_stops_it_at_start(
    standin: BotAPIStandIn, tmp_path: Path
) -> None:
    env = {
        "CAREERBOT_WEBHOOK_URL": "https://bot.example.org/hook",
        "CAREERBOT_WEBHOOK_SECRET": "my secret!",  # a space and "!": Telegram says no
        "CAREERBOT_WEBHOOK_PORT": str(free_port()),
    }
    async with careerbot_run(standin, tmp_path, "--webhook", **env) as bot:
        assert await bot.exit_code() == 2, bot.log
    [line] = bot.log.strip().splitlines()
    assert "CAREERBOT_WEBHOOK_SECRET" in line and "my secret" not in line
    assert not standin.calls, "refused before talking to Telegram"


def test_unreachable_redis_is_one_line_and_a_failed_exit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`careerbot run` from its entry point, in this process (aiogram is already imported here,
    which saves a subprocess its 5-10 s of imports): the storage is checked before anything
    else, so no Bot API server is needed."""
    pytest.importorskip("redis")
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", root.handlers[:])  # `run` configures logging
    monkeypatch.setattr(root, "level", root.level)
    monkeypatch.chdir(tmp_path)  # away from any .env in the checkout
    for name in [name for name in os.environ if name.startswith("CAREERBOT_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("CAREERBOT_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("CAREERBOT_TELEGRAM_API_URL", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("CAREERBOT_HEALTH_PORT", "0")
    monkeypatch.setenv("CAREERBOT_STORAGE_URL", f"redis://127.0.0.1:{free_port()}/0")
    assert main(["run"]) == 1
    out, err = capsys.readouterr()
    [line] = err.splitlines()
    assert line.startswith("careerbot: cannot reach Redis at CAREERBOT_STORAGE_URL"), err
    assert TOKEN not in out + err
    logging.captureWarnings(False)


async def test_unreachable_api_does_not_leak_the_token(tmp_path: Path) -> None:
    # Nothing listens on this port: every request fails with a connection error that aiogram
    # logs; the bot keeps retrying until told to stop.
    unreachable = BotAPIStandIn(TOKEN)
    unreachable.port = free_port()
    async with careerbot_run(unreachable, tmp_path) as bot:
        await wait_until(lambda: "Cannot connect" in bot.log, bot, "a connection error")
        assert await bot.terminate() == 0, bot.log
