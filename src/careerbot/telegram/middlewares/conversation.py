"""Loads a chat's conversation context from FSM storage before a handler and saves it after.

Handlers read and replace `conversation.context`; only a changed context is written back.
Updates of one chat are handled one at a time (a per-chat lock), so a quick follow-up never
reads the context before the previous answer has stored it. When the chat turned out to have
moved (a group upgraded to a supergroup, see telegram/migration.py), its context moves with it.
"""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import StorageKey
from aiogram.types import TelegramObject

from careerbot.conversation import Context
from careerbot.telegram.migration import ChatMigrations

CONTEXT_KEY = "context"


class Conversation:
    """The context of one chat while one update is being handled."""

    __slots__ = ("context", "loaded")

    def __init__(self, context: Context) -> None:
        self.loaded = context
        self.context = context

    def reset(self) -> None:
        self.context = Context()


class _ChatLocks:
    """asyncio locks per chat, dropped as soon as nobody holds or waits for them."""

    def __init__(self) -> None:
        self._locks: dict[object, tuple[asyncio.Lock, int]] = {}

    async def run(self, key: object, work: Callable[[], Awaitable[Any]]) -> Any:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                return await work()
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)


class ConversationMiddleware(BaseMiddleware):
    def __init__(self) -> None:
        self.locks = _ChatLocks()

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        state: FSMContext | None = data.get("state")
        if state is None:  # no chat (inline queries): a conversation of one message
            data["conversation"] = Conversation(Context())
            return await handler(event, data)

        async def handle() -> Any:
            stored = await state.get_data()
            conversation = Conversation(Context.restore(stored.get(CONTEXT_KEY)))
            data["conversation"] = conversation
            try:
                return await handler(event, data)
            finally:
                # Saved even when the handler failed after answering, so the chat stays coherent.
                if conversation.context is not conversation.loaded:
                    dumped = conversation.context.model_dump(mode="json")
                    await state.update_data({CONTEXT_KEY: dumped})
                migrations: ChatMigrations | None = data.get("migrations")
                moved_to = migrations.pop(state.key.chat_id) if migrations is not None else None
                if moved_to is not None:
                    await move_chat(state, moved_to)

        return await self.locks.run(state.key, handle)


async def move_chat(state: FSMContext, new_chat_id: int) -> None:
    """Move the chat's stored data to `new_chat_id` (per-chat keys: user id = chat id)."""
    old = state.key
    new = StorageKey(
        bot_id=old.bot_id,
        chat_id=new_chat_id,
        user_id=new_chat_id if old.user_id == old.chat_id else old.user_id,
        destiny=old.destiny,
    )
    moved = await state.storage.get_data(old)
    if moved:
        await state.storage.set_data(new, moved)
    await state.clear()
