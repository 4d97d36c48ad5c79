"""Webhook mode in-process: the aiohttp app `careerbot run --webhook` serves, on a random port."""

import socket
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from standin import BotAPIStandIn

from careerbot.engine import Engine
from careerbot.telegram.app import register_webhook
from careerbot.telegram.bot import build_bot, build_dispatcher
from careerbot.telegram.webhook import build_webhook_app, webhook_secret
from conftest import make_settings

SECRET = "s3cret-Webhook_value"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@pytest.fixture
async def webhook(standin: BotAPIStandIn, engine: Engine) -> AsyncIterator[str]:
    settings = make_settings(
        standin, webhook_url="https://bot.example.org/webhook", webhook_secret=SECRET
    )
    bot = build_bot(settings)
    dispatcher = build_dispatcher(settings, engine)
    runner = web.AppRunner(build_webhook_app(settings, bot, dispatcher), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    await register_webhook(bot, dispatcher, settings)
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


async def post(url: str, update: dict[str, Any], secret: str | None) -> int:
    headers = {SECRET_HEADER: secret} if secret is not None else {}
    async with (
        aiohttp.ClientSession() as http,
        http.post(url + "/webhook", json=update, headers=headers) as response,
    ):
        return response.status


async def test_registers_the_webhook_with_its_secret(webhook: str, standin: BotAPIStandIn) -> None:
    assert standin.webhook["url"] == "https://bot.example.org/webhook"
    assert standin.webhook["secret_token"] == SECRET
    assert "message" in standin.webhook["allowed_updates"]
    assert "callback_query" in standin.webhook["allowed_updates"]


async def test_healthz(webhook: str) -> None:
    async with aiohttp.ClientSession() as http, http.get(webhook + "/healthz") as response:
        assert response.status == 200
        assert await response.text() == "ok"


async def test_updates_without_the_secret_are_refused(webhook: str, standin: BotAPIStandIn) -> None:
    update = standin.update("message", standin.message_payload(5, "what do library techs earn?"))
    assert await post(webhook, update, None) in (401, 403)
    assert await post(webhook, update, "wrong-secret") in (401, 403)
    # A refused update is never handed to the dispatcher: the 401 is the whole outcome.
    assert not standin.sent(5) and not standin.calls_to("sendMessage", ok=None)


async def test_updates_with_the_secret_are_answered(webhook: str, standin: BotAPIStandIn) -> None:
    update = standin.update("message", standin.message_payload(5, "what do library techs earn?"))
    assert await post(webhook, update, SECRET) == 200
    [reply] = await standin.wait_sent(5)
    assert "$37,540" in reply.text
    follow = standin.update("message", standin.message_payload(5, "and what about growth?"))
    assert await post(webhook, follow, SECRET) == 200
    replies = await standin.wait_sent(5, 2)
    assert "-7.0%" in replies[1].text and "shrink" in replies[1].text.lower()


async def test_callback_via_webhook(webhook: str, standin: BotAPIStandIn) -> None:
    update = standin.update("message", standin.message_payload(6, "/start"))
    assert await post(webhook, update, SECRET) == 200
    [greeting] = await standin.wait_sent(6)
    standin.open_query("cq-webhook")
    tap = {
        "id": "cq-webhook",
        "from": standin.user(6),
        "chat_instance": "ci",
        "data": greeting.buttons()[0]["callback_data"],
        "message": greeting.result,
    }
    assert await post(webhook, standin.update("callback_query", tap), SECRET) == 200
    await standin.wait_sent(6, 2)
    assert len(standin.calls_to("answerCallbackQuery")) == 1


def test_secret_is_derived_from_the_token_when_not_configured(standin: BotAPIStandIn) -> None:
    settings = make_settings(standin, webhook_url="https://bot.example.org/webhook")
    derived = webhook_secret(settings)
    assert derived == webhook_secret(settings)  # stable across replicas and restarts
    assert settings.bot_token is not None
    assert settings.bot_token.get_secret_value() not in derived
    assert len(derived) == 64 and derived.isalnum()


async def test_a_body_that_is_not_an_update_gets_400(webhook: str, standin: BotAPIStandIn) -> None:
    headers = {SECRET_HEADER: SECRET}
    async with aiohttp.ClientSession() as http:
        for body in (b"not json at all", b"\xff\xfe", b"[1, 2]", b'{"no": "update_id"}'):
            async with http.post(webhook + "/webhook", data=body, headers=headers) as response:
                assert response.status == 400, body
    update = standin.update("message", standin.message_payload(7, "what do library techs earn?"))
    assert await post(webhook, update, SECRET) == 200
    [reply] = await standin.wait_sent(7)
    assert "$37,540" in reply.text


async def test_readiness_checks_the_storage(webhook: str) -> None:
    async with aiohttp.ClientSession() as http, http.get(webhook + "/readyz") as response:
        assert (response.status, await response.text()) == (200, "ready")


async def test_readiness_fails_while_redis_is_unreachable() -> None:
    pytest.importorskip("redis")
    from aiogram.fsm.storage.redis import RedisStorage

    from careerbot.telegram.health import add_health_routes

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    storage = RedisStorage.from_url(f"redis://127.0.0.1:{closed}/0")
    app = web.Application()
    add_health_routes(app, storage)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/readyz") as ready:
                assert ready.status == 503
                assert "cannot reach Redis" in await ready.text()
            async with http.get(f"http://127.0.0.1:{port}/healthz") as alive:
                assert alive.status == 200  # alive, just not ready
    finally:
        await runner.cleanup()
        await storage.close()


async def test_drop_pending_updates_reaches_set_webhook(
    standin: BotAPIStandIn, engine: Engine
) -> None:
    settings = make_settings(
        standin, webhook_url="https://bot.example.org/webhook", drop_pending_updates=True
    )
    bot = build_bot(settings)
    await register_webhook(bot, build_dispatcher(settings, engine), settings)
    await bot.session.close()
    assert standin.webhook["drop_pending_updates"] in (True, "true", "True")
