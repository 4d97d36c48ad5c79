"""One router per feature; `get_routers()` builds them in the order they must be tried.

Routers are built per call, not at import: a router can belong to one dispatcher only, and the
tests and the benchmark build several.
"""

from aiogram import Router

from careerbot.telegram.handlers import (
    callbacks,
    charts,
    errors,
    inline,
    migration,
    other_content,
    questions,
    start,
)


def get_routers() -> list[Router]:
    # Commands before free text, so "/help" is never sent to the engine as a question; the
    # routers messages go through first, since each router passed costs a little per message.
    # Chart taps before the other callbacks, whose last handler takes any button it does not know.
    # (Errors reach the errors router wherever it is: they are propagated as their own event.)
    # A migration notice is a service message: its router is cheap and passes everything else.
    modules = (start, questions, other_content, migration, charts, callbacks, inline, errors)
    return [module.get_router() for module in modules]


__all__ = ["get_routers"]
