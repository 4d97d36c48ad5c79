"""Cross-cutting concerns around handlers: flood control, conversation context, shutdown."""

from careerbot.telegram.middlewares.conversation import Conversation, ConversationMiddleware
from careerbot.telegram.middlewares.flood import FloodControl, FloodMiddleware
from careerbot.telegram.middlewares.inflight import InFlight

__all__ = [
    "Conversation",
    "ConversationMiddleware",
    "FloodControl",
    "FloodMiddleware",
    "InFlight",
]
