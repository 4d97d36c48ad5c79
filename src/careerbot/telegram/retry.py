"""Retrying Bot API requests through flood limits (429), server errors (5xx) and network trouble.

Installed as a session request middleware, so every call the bot makes — answers, callback
answers, commands — is retried the same way, and handlers never see a transient failure.
getUpdates is left alone: aiogram's polling loop already backs off and retries it, and a
retried long poll would only stack up waiting time.

A response that is not Telegram's JSON (a load balancer's 502 page) is retried like a 5xx.

At-least-once caveat: a request that timed out may have reached Telegram. Telegram has no
idempotency key, so a retried send after a timeout can, rarely, be delivered twice; 429 and 5xx
answers mean the request was not carried out, so those retries never double a message.
"""

import asyncio
import logging
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
from aiogram.methods import GetUpdates, Response, TelegramMethod
from aiogram.methods.base import TelegramType

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


class RetryRequests(BaseRequestMiddleware):
    def __init__(self, policy: RetryPolicy | None = None) -> None:
        self.policy = policy or RetryPolicy()

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: "Bot",
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        if method.__api_method__ == GetUpdates.__api_method__:
            return await make_request(bot, method)
        name = method.__api_method__
        retry = 0
        while True:
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as error:
                retry += 1
                if retry >= self.policy.attempts or error.retry_after > self.policy.max_retry_after:
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
