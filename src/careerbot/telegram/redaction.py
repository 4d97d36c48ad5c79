"""Keep the bot token (and the webhook secret) out of every log line.

aiohttp and aiogram errors can carry request URLs, and Bot API URLs contain `bot<token>`. The
redaction is installed as a log record factory rather than a handler or logger filter: a logger
filter misses records propagated from child loggers, and a handler filter misses handlers added
later (by pytest, by a supervisor). The factory sees every record of every logger.
"""

import logging
import re
import threading
from collections.abc import Iterable
from typing import Any

from careerbot import settings

REDACTED = "<redacted>"
# Anything shaped like a bot token, even one we were not told about (say, an old token in a URL).
TOKEN_SHAPE = re.compile(settings.TOKEN_SHAPE)

_lock = threading.Lock()
_secrets: set[str] = set()
_installed = False


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every known secret and every token-shaped string replaced."""
    for secret in sorted({*secrets, *_secrets}, key=len, reverse=True):
        if secret:
            text = text.replace(secret, REDACTED)
    return TOKEN_SHAPE.sub(REDACTED, text)


class RedactingFilter(logging.Filter):
    """Redacts a record in place; also usable on a handler of your own."""

    def filter(self, record: logging.LogRecord) -> bool:
        _redact_record(record)
        return True


def install_redaction(*secrets: str | None) -> None:
    """Redact these secrets (and any token-shaped text) from all log records from now on."""
    global _installed
    with _lock:
        _secrets.update(secret for secret in secrets if secret)
        if _installed:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            _redact_record(record)
            return record

        logging.setLogRecordFactory(factory)
        _installed = True


def _redact_record(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a malformed call: let logging report it as it normally would
        return
    record.msg, record.args = redact(message), None
    if record.exc_info and not record.exc_text:
        # Formatters reuse exc_text when set, so the traceback is rendered once, redacted.
        record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
