"""A group upgraded to a supergroup gets a new chat id; the old one is refused from then on.

Telegram answers a send to the old id with 400 and `parameters.migrate_to_chat_id` (aiogram
raises TelegramMigrateToChat). `MigrateRequests`, a session request middleware, sends the same
request again to the new id, so an answer in flight is not lost, and notes the move in
`ChatMigrations`; the conversation middleware then moves the chat's stored context to the new
id once the update is handled. The "migrated to" service message Telegram sends to the old
group is noted the same way (handlers/migration.py).
"""

import logging
from typing import TYPE_CHECKING, Any

from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import TelegramMigrateToChat
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType

if TYPE_CHECKING:
    from aiogram import Bot

logger = logging.getLogger(__name__)

MAX_REMEMBERED = 10_000  # moves not yet applied; bounded so a flood of them cannot grow memory


class ChatMigrations:
    """Old chat id -> new chat id, for moves whose stored context is still to be moved."""

    def __init__(self) -> None:
        self._moves: dict[int, int] = {}
        self._installed: set[int] = set()  # id() of the bots MigrateRequests is installed on

    def record(self, old: int, new: int) -> None:
        if len(self._moves) >= MAX_REMEMBERED:
            self._moves.pop(next(iter(self._moves)))
        self._moves[old] = new

    def pop(self, old: int) -> int | None:
        return self._moves.pop(old, None)

    def install(self, bot: "Bot") -> None:
        """Add MigrateRequests to the bot's session once (start-up may run more than once)."""
        if id(bot) not in self._installed:
            bot.session.middleware(MigrateRequests(self))
            self._installed.add(id(bot))


class MigrateRequests(BaseRequestMiddleware):
    def __init__(self, migrations: ChatMigrations) -> None:
        self.migrations = migrations

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: "Bot",
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        try:
            return await make_request(bot, method)
        except TelegramMigrateToChat as error:
            old = getattr(method, "chat_id", None)
            if not isinstance(old, int):
                raise
            new = error.migrate_to_chat_id
            logger.info("chat %d became supergroup %d; sending there", old, new)
            self.migrations.record(old, new)
            # A topic or a quoted message of the old group means nothing in the new one.
            changes: dict[str, Any] = {"chat_id": new}
            for name in ("message_thread_id", "reply_parameters"):
                if getattr(method, name, None) is not None:
                    changes[name] = None
            return await make_request(bot, method.model_copy(update=changes))
