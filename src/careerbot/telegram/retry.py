"""Retrying Bot API requests through flood limits (429), server errors (5xx) and network trouble.

Installed as a session request middleware, so every call the bot makes — answers, callback
answers, commands — is retried the same way, and handlers never see a transient failure.
getUpdates is left alone: aiogram's polling loop already backs off and retries it, and a
retried long poll would only stack up waiting time.

A response that is not Telegram's JSON (a load balancer's 502 page) is retried like a 5xx.

Every message sent to a chat first waits for its turn in the outbound scheduler (outbound.py),
before each attempt. A 429 that still arrives slows the scope it belongs to and the message is
sent again once its turn comes: flood waits never use up the attempts, so a message is never
dropped for meeting a flood limit (only a wait longer than `max_retry_after` gives up).

At-least-once caveat: a request that timed out may have reached Telegram. Telegram has no
idempotency key, so a retried send after a timeout can, rarely, be delivered twice; 429 and 5xx
answers mean the request was not carried out, so those retries never double a message.
"""

import asyncio
import logging
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import (
    ClientDecodeError,
    RestartingTelegram,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import GetUpdates, Response, SendChatAction, TelegramMethod
from aiogram.methods.base import TelegramType

from careerbot.telegram.outbound import OutboundScheduler

if TYPE_CHECKING:
    from aiogram import Bot

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    """Tries in all, the first included."""
    base_delay: float = 0.5
    """First backoff for 5xx and network errors; doubles each time, with jitter."""
    max_delay: float = 30.0
    max_retry_after: float = 120.0
    """Longer flood waits than this are not slept through: the caller gets the error."""

    def backoff(self, retry: int) -> float:
        delay = min(self.max_delay, self.base_delay * 2.0 ** (retry - 1))
        return delay * random.uniform(0.8, 1.2)


# Methods that post to a chat and count against Telegram's message limits.
PACED_PREFIXES = ("send", "copy", "forward", "edit")


def paced_chat(method: TelegramMethod[Any]) -> int | str | None:
    """The chat a method posts a message to, or None for methods the limits do not cover."""
    name = method.__api_method__
    if name == SendChatAction.__api_method__ or not name.startswith(PACED_PREFIXES):
        return None
    chat_id = getattr(method, "chat_id", None)
    return chat_id if isinstance(chat_id, int | str) else None


class RetryRequests(BaseRequestMiddleware):
    def __init__(
        self, policy: RetryPolicy | None = None, scheduler: OutboundScheduler | None = None
    ) -> None:
        self.policy = policy or RetryPolicy()
        self.scheduler = scheduler

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: "Bot",
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        if method.__api_method__ == GetUpdates.__api_method__:
            return await make_request(bot, method)
        name = method.__api_method__
        chat = paced_chat(method) if self.scheduler is not None else None
        retry = 0
        while True:
            try:
                if chat is not None and self.scheduler is not None:
                    await self.scheduler.turn(chat)
                return await make_request(bot, method)
            except TelegramRetryAfter as error:
                if error.retry_after > self.policy.max_retry_after:
                    raise
                if chat is not None and self.scheduler is not None:
                    # The scheduler makes the next turn wait; the attempt is not used up.
                    await self.scheduler.flood(chat, error.retry_after)
                    continue
                retry += 1
                if retry >= self.policy.attempts:
                    raise
                delay = float(error.retry_after)
                reason = f"flood limit, retry after {error.retry_after}s"
            except (TelegramServerError, RestartingTelegram, TelegramNetworkError) as error:
                retry += 1
                if retry >= self.policy.attempts:
                    raise
                delay = self.policy.backoff(retry)
                reason = f"{type(error).__name__}: {error.message}"
            except ClientDecodeError:  # a proxy's HTML error page (502/504): not Telegram's answer
                retry += 1
                if retry >= self.policy.attempts:
                    raise
                delay = self.policy.backoff(retry)
                reason = "unreadable response"
            logger.warning(
                "%s failed (%s); retry %d/%d in %.1fs",
                name,
                reason,
                retry,
                self.policy.attempts - 1,
                delay,
            )
            await asyncio.sleep(delay)
