"""Cross-cutting concerns around handlers: flood control, conversation context, shutdown."""

from careerbot.telegram.middlewares.conversation import Conversation, ConversationMiddleware
from careerbot.telegram.middlewares.exactly_once import ExactlyOnce
from careerbot.telegram.middlewares.flood import FloodControl, FloodMiddleware
from careerbot.telegram.middlewares.inflight import InFlight

__all__ = [
    "Conversation",
    "ConversationMiddleware",
    "ExactlyOnce",
    "FloodControl",
    "FloodMiddleware",
    "InFlight",
]
