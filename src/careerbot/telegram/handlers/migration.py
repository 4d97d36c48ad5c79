"""The service message Telegram sends to a group upgraded to a supergroup: its stored context
moves to the new chat id (by the conversation middleware, once this handler returns)."""

from aiogram import F, Router
from aiogram.types import Message

from careerbot.telegram.migration import ChatMigrations


async def migrated(message: Message, migrations: ChatMigrations) -> None:
    assert message.migrate_to_chat_id is not None  # the filter below
    migrations.record(message.chat.id, message.migrate_to_chat_id)


def get_router() -> Router:
    router = Router(name="migration")
    router.message.register(migrated, F.migrate_to_chat_id)
    return router
