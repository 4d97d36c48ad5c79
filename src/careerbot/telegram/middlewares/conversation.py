"""Loads a chat's conversation context from FSM storage before a handler and saves it.

Handlers replace `conversation.context` and call `await conversation.save()` *before* they send
the reply: a quick follow-up that reaches another replica as soon as the answer arrives must
find the new context already stored. Whatever is not saved yet is saved after the handler.

Updates of one chat are handled one at a time by the dispatcher's event isolation (a lock per
chat in this process, or in Redis across replicas: see storage.py), so a quick follow-up never
reads the context before the previous answer has stored it. When the chat turned out to have
moved (a group upgraded to a supergroup, see telegram/migration.py), its context moves with it.
"""

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

    __slots__ = ("_state", "context", "saved")

    def __init__(self, context: Context, state: FSMContext | None = None) -> None:
        self.saved = context
        self.context = context
        self._state = state

    def reset(self) -> None:
        self.context = Context()

    async def save(self) -> None:
        """Store the context if it changed (a no-op for chat-less updates like inline queries)."""
        if self._state is None or self.context is self.saved:
            return
        await self._state.update_data({CONTEXT_KEY: self.context.model_dump(mode="json")})
        self.saved = self.context


class ConversationMiddleware(BaseMiddleware):
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
        stored = await state.get_data()
        conversation = Conversation(Context.restore(stored.get(CONTEXT_KEY)), state)
        data["conversation"] = conversation
        try:
            return await handler(event, data)
        finally:
            # Saved even when the handler failed after answering, so the chat stays coherent.
            await conversation.save()
            migrations: ChatMigrations | None = data.get("migrations")
            moved_to = migrations.pop(state.key.chat_id) if migrations is not None else None
            if moved_to is not None:
                await move_chat(state, moved_to)


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
