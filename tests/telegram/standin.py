"""A small Bot API stand-in: an aiohttp server on 127.0.0.1 that speaks enough of Telegram's Bot
API for careerbot (and the benchmark's echo bot) to run against it unchanged.

It answers like Telegram does — {"ok": true, "result": ...} or {"ok": false, "error_code": ...,
"description": ..., "parameters": ...} — and checks what Telegram checks where careerbot could get
it wrong: HTML that Telegram cannot parse, messages over 4,096 visible characters, captions over
1,024, callback_data over 64 bytes, a callback or inline query answered twice, more than 50 inline
results, a photo upload that is missing or is not an image, a message_thread_id that is not a
topic of a forum (400 "message thread not found"), a user who blocked the bot (403), a group that
was upgraded to a supergroup (400 with parameters.migrate_to_chat_id).

Tests queue updates (`message`, `callback`, `inline_query`, ...), which the bot fetches with
getUpdates (offset/limit/timeout semantics), and await the calls it records. `fail(method, ...)`
injects 429s, 5xx answers and hung requests; a failed attempt is recorded but not carried out,
so "answered exactly once" can be checked on the calls that succeeded.

Also usable from the command line for manual runs: `python tests/telegram/standin.py`.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time
from collections import deque
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import web

T = TypeVar("T")

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
PHOTO_UPLOAD_LIMIT = 10 * 1024 * 1024  # Bot API: photos up to 10 MB
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
# Telegram keeps an uploaded photo in several sizes: thumbnails whose longer side is at most
# these, and the photo itself (scaled down to 2,560 px if larger).
PHOTO_SIDES = (90, 320, 800, 1280)
PHOTO_MAX_SIDE = 2560
CALLBACK_DATA_LIMIT = 64
INLINE_RESULTS_LIMIT = 50
# Form fields aiogram sends JSON-encoded; everything else stays a string.
JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "results",
        "commands",
        "allowed_updates",
        "link_preview_options",
        "reply_parameters",
        "entities",
        "scope",
        "button",
    }
)
HTML_TAGS = frozenset(
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
        "a", "code", "pre", "blockquote", "tg-emoji",
    }
)  # fmt: skip
TAG = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))*)\s*>"
)
ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9A-Fa-f]+);")


class HTMLParseError(ValueError):
    pass


def parse_telegram_html(text: str) -> str:
    """The visible text of a parse_mode=HTML message, or HTMLParseError where Telegram would
    answer "can't parse entities"."""
    out: list[str] = []
    stack: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "<":
            match = TAG.match(text, index)
            if match is None:
                raise HTMLParseError(f"Unexpected '<' at byte offset {index}")
            closing, name = match.group(1) == "/", match.group(2).lower()
            if name not in HTML_TAGS:
                raise HTMLParseError(f'Unsupported start tag "{name}" at byte offset {index}')
            if closing:
                if not stack or stack[-1] != name:
                    raise HTMLParseError(f'Unmatched end tag "{name}" at byte offset {index}')
                stack.pop()
            else:
                stack.append(name)
            index = match.end()
        elif char == "&":
            match = ENTITY.match(text, index)
            if match is None:
                raise HTMLParseError(f"Unescaped '&' at byte offset {index}")
            out.append(html.unescape(match.group(0)))
            index = match.end()
        else:
            out.append(char)
            index += 1
    if stack:
        raise HTMLParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class APIError(Exception):
    def __init__(
        self, code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


@dataclass(frozen=True)
class Fault:
    """One injected failure for one attempt at a method."""

    kind: str  # "flood", "server", "bad_gateway", "hang"
    retry_after: int = 1
    seconds: float = 0.0

    @classmethod
    def flood(cls, retry_after: int = 1) -> Fault:
        return cls("flood", retry_after=retry_after)

    @classmethod
    def server_error(cls) -> Fault:
        return cls("server")

    @classmethod
    def bad_gateway(cls) -> Fault:
        return cls("bad_gateway")

    @classmethod
    def hang(cls, seconds: float) -> Fault:
        """Hold the request past the client's timeout, then drop it unprocessed."""
        return cls("hang", seconds=seconds)


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    ok: bool = True
    result: Any = None
    error: str | None = None
    at: float = field(default_factory=time.monotonic)

    @property
    def text(self) -> str:
        """The visible text of a sent message (the HTML as the user sees it)."""
        return str(self.result.get("text", "")) if isinstance(self.result, dict) else ""

    @property
    def caption(self) -> str:
        """The visible caption of a sent photo."""
        return str(self.result.get("caption", "")) if isinstance(self.result, dict) else ""

    @property
    def photo(self) -> bytes:
        """The bytes of an uploaded photo (b"" when the photo was sent by file_id or URL)."""
        value = self.params.get("photo")
        return value if isinstance(value, bytes) else b""

    @property
    def chat_id(self) -> int:
        return int(self.params.get("chat_id", 0))

    def buttons(self) -> list[dict[str, Any]]:
        markup = self.params.get("reply_markup") or {}
        return [button for row in markup.get("inline_keyboard", []) for button in row]


class BotAPIStandIn:
    def __init__(
        self,
        token: str,
        *,
        username: str = "careerbot_test_bot",
        first_name: str = "Careerbot",
        record: bool = True,
    ) -> None:
        self.token = token
        self.bot_user = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": first_name,
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }
        self.record = record  # the benchmark only counts, to keep the stand-in's cost flat
        self.calls: list[Call] = []
        self.counts: dict[str, int] = {}  # requests per method, counted on arrival
        self.succeeded: dict[str, int] = {}  # requests per method that were carried out
        self.webhook: dict[str, Any] = {}
        self.commands: list[dict[str, Any]] = []
        self.faults: dict[str, deque[Fault]] = {}
        self._updates: deque[dict[str, Any]] = deque()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._query_ids = itertools.count(1)
        self._open_queries: set[str] = set()
        self._chats: dict[int, dict[str, Any]] = {}
        self._topics: dict[int, set[int]] = {}  # forum chat id -> its topics' thread ids
        self._blocked: set[int] = set()
        self._migrated: dict[int, int] = {}  # old group id -> new supergroup id
        self.profile: dict[str, str] = {}  # description and short_description, as set
        self._new_update = asyncio.Event()
        self._changed = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- server -------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self, port: int = 0) -> None:
        app = web.Application(client_max_size=PHOTO_UPLOAD_LIMIT + 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        # No access log: request paths contain the token.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def close(self) -> None:
        self._closing = True
        self._new_update.set()  # release long polls
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error_response(APIError(401, "Unauthorized"))
        method = request.match_info["method"]
        params = await _read_params(request)
        self.counts[method] = self.counts.get(method, 0) + 1  # on arrival: long polls last
        self._changed.set()
        call = Call(method, params)
        queue = self.faults.get(method.lower())
        fault = queue.popleft() if queue else None
        try:
            if fault is not None:
                await self._inject(fault)
            handler = getattr(self, f"_api_{method.lower()}", None)
            if handler is None:
                raise APIError(404, "Not Found: method not found")
            call.result = await handler(params)
        except APIError as error:
            call.ok, call.error = False, error.description
            self._keep(call)
            return _error_response(error)
        except web.HTTPException as error:
            call.ok, call.error = False, error.reason
            self._keep(call)
            raise
        self._keep(call)
        return web.json_response({"ok": True, "result": call.result})

    def _keep(self, call: Call) -> None:
        if call.ok:
            self.succeeded[call.method] = self.succeeded.get(call.method, 0) + 1
        if self.record:
            self.calls.append(call)
        self._changed.set()

    async def _inject(self, fault: Fault) -> None:
        if fault.kind == "flood":
            raise APIError(
                429,
                f"Too Many Requests: retry after {fault.retry_after}",
                {"retry_after": fault.retry_after},
            )
        if fault.kind == "server":
            raise APIError(500, "Internal Server Error")
        if fault.kind == "bad_gateway":
            raise web.HTTPBadGateway(text="<html><body>502 Bad Gateway</body></html>")
        if fault.kind == "hang":
            await asyncio.sleep(fault.seconds)
            raise APIError(504, "Gateway Timeout: the request was dropped")

    def fail(self, method: str, *faults: Fault) -> None:
        """The next attempts at `method` meet these faults, in order."""
        self.faults.setdefault(method.lower(), deque()).extend(faults)

    # -- Bot API methods ----------------------------------------------------------------
    async def _api_getme(self, params: dict[str, Any]) -> Any:
        return self.bot_user

    async def _api_getupdates(self, params: dict[str, Any]) -> Any:
        if self.webhook.get("url"):
            raise APIError(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = float(params.get("timeout") or 0)
        if offset:  # confirms every update below the offset
            while self._updates and self._updates[0]["update_id"] < offset:
                self._updates.popleft()
        deadline = time.monotonic() + timeout
        while not self._updates and not self._closing:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            self._new_update.clear()
            with suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), remaining)
        return list(itertools.islice(self._updates, limit))

    async def _api_deletewebhook(self, params: dict[str, Any]) -> Any:
        if _flag(params.get("drop_pending_updates")):
            self._updates.clear()
        self.webhook = {}
        return True

    async def _api_setwebhook(self, params: dict[str, Any]) -> Any:
        url = params.get("url", "")
        if not url.startswith("https://"):
            raise APIError(400, "Bad Request: bad webhook: An HTTPS URL must be provided")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise APIError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook = params
        return True

    async def _api_getwebhookinfo(self, params: dict[str, Any]) -> Any:
        return {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    async def _api_setmycommands(self, params: dict[str, Any]) -> Any:
        commands = params.get("commands") or []
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise APIError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise APIError(400, "Bad Request: command description is invalid")
        self.commands = commands
        return True

    async def _api_setmydescription(self, params: dict[str, Any]) -> Any:
        description = str(params.get("description") or "")
        if len(description) > 512:
            raise APIError(400, "Bad Request: BOT_DESCRIPTION_INVALID")
        self.profile["description"] = description
        return True

    async def _api_setmyshortdescription(self, params: dict[str, Any]) -> Any:
        short = str(params.get("short_description") or "")
        if len(short) > 120:
            raise APIError(400, "Bad Request: BOT_ABOUT_INVALID")
        self.profile["short_description"] = short
        return True

    async def _api_sendchataction(self, params: dict[str, Any]) -> Any:
        self._check_recipient(int(params.get("chat_id") or 0), params)
        return True

    def _check_recipient(self, chat_id: int, params: dict[str, Any]) -> None:
        """What Telegram refuses before looking at the content: a chat that blocked the bot,
        a group that became a supergroup, a thread id that is not one of a forum's topics."""
        if chat_id in self._blocked:
            raise APIError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self._migrated:
            raise APIError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self._migrated[chat_id]},
            )
        thread = params.get("message_thread_id")
        if thread is not None and int(thread) not in self._topics.get(chat_id, set()):
            raise APIError(400, "Bad Request: message thread not found")

    async def _api_sendmessage(self, params: dict[str, Any]) -> Any:
        chat_id = int(params.get("chat_id") or 0)
        self._check_recipient(chat_id, params)
        text = _visible_text(params, "text")
        if not text.strip():
            raise APIError(400, "Bad Request: message text is empty")
        if utf16_length(text) > MESSAGE_LIMIT:
            raise APIError(400, "Bad Request: message is too long")
        message = self._sent_message(chat_id, params)
        message["text"] = text
        return message

    def _sent_message(self, chat_id: int, params: dict[str, Any]) -> dict[str, Any]:
        """The Message Telegram returns for anything the bot sends (buttons checked first)."""
        markup = params.get("reply_markup")
        _check_markup(markup)
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self.chat(chat_id),
            "from": self.bot_user,
        }
        if markup:
            message["reply_markup"] = markup
        chat = message["chat"]
        if params.get("message_thread_id"):  # checked: a forum topic
            message["message_thread_id"] = int(params["message_thread_id"])
            message["is_topic_message"] = True
        elif chat["type"] == "supergroup" and not chat.get("is_forum"):
            # A reply in a plain supergroup belongs to the reply thread of the message it
            # answers: Telegram sets message_thread_id, but it names no topic.
            reply = params.get("reply_parameters") or {}
            if reply.get("message_id"):
                message["message_thread_id"] = int(reply["message_id"])
        return message

    async def _api_sendphoto(self, params: dict[str, Any]) -> Any:
        chat_id = int(params.get("chat_id") or 0)
        if not chat_id:
            raise APIError(400, "Bad Request: chat_id is empty")
        self._check_recipient(chat_id, params)
        photo = params.get("photo")
        if isinstance(photo, bytes):
            if len(photo) > PHOTO_UPLOAD_LIMIT:
                raise APIError(400, "Bad Request: file is too big")
            size = _image_size(photo)
            if size is None:
                raise APIError(400, "Bad Request: IMAGE_PROCESS_FAILED")
        elif isinstance(photo, str) and photo and not photo.startswith("attach://"):
            size = (800, 600)  # a file_id or URL Telegram already has: no checks here
        else:
            raise APIError(400, "Bad Request: there is no photo in the request")
        caption = _visible_text(params, "caption")
        if utf16_length(caption) > CAPTION_LIMIT:
            raise APIError(400, "Bad Request: message caption is too long")
        message = self._sent_message(chat_id, params)
        message["photo"] = _photo_sizes(*size, len(photo) if isinstance(photo, bytes) else 0)
        if caption:
            message["caption"] = caption
        return message

    async def _api_answercallbackquery(self, params: dict[str, Any]) -> Any:
        self._close_query(params.get("callback_query_id", ""))
        return True

    async def _api_answerinlinequery(self, params: dict[str, Any]) -> Any:
        self._close_query(params.get("inline_query_id", ""))
        results = params.get("results") or []
        if len(results) > INLINE_RESULTS_LIMIT:
            raise APIError(400, "Bad Request: RESULTS_TOO_MUCH")
        ids = [str(result.get("id", "")) for result in results]
        if len(set(ids)) != len(ids) or any(not 1 <= len(i.encode()) <= 64 for i in ids):
            raise APIError(400, "Bad Request: RESULT_ID_INVALID")
        for result in results:
            content = result.get("input_message_content") or {}
            text = content.get("message_text", "")
            if content.get("parse_mode", "HTML") == "HTML":
                try:
                    text = parse_telegram_html(text)
                except HTMLParseError as error:
                    raise APIError(400, f"Bad Request: can't parse entities: {error}") from None
            if not result.get("title") or not text or utf16_length(text) > MESSAGE_LIMIT:
                raise APIError(400, "Bad Request: MESSAGE_TEXT_INVALID")
            _check_markup(result.get("reply_markup"))
        return True

    def _close_query(self, query_id: str) -> None:
        if query_id not in self._open_queries:
            raise APIError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        self._open_queries.discard(query_id)

    # -- updates ------------------------------------------------------------------------
    def chat(self, chat_id: int) -> dict[str, Any]:
        if chat_id not in self._chats:
            if chat_id > 0:
                self._chats[chat_id] = {"id": chat_id, "type": "private", "first_name": "Ada"}
            else:
                self._chats[chat_id] = {"id": chat_id, "type": "supergroup", "title": "Careers"}
        return self._chats[chat_id]

    def group(self, chat_id: int, title: str = "Careers club") -> dict[str, Any]:
        self._chats[chat_id] = {"id": chat_id, "type": "supergroup", "title": title}
        return self._chats[chat_id]

    def basic_group(self, chat_id: int, title: str = "Careers club") -> dict[str, Any]:
        """A basic (not super) group: the kind Telegram upgrades to a supergroup."""
        self._chats[chat_id] = {"id": chat_id, "type": "group", "title": title}
        return self._chats[chat_id]

    def forum(
        self, chat_id: int, topics: tuple[int, ...] = (), title: str = "Careers forum"
    ) -> dict[str, Any]:
        """A supergroup with topics: their message_thread_ids are `topics` (General has none)."""
        self._chats[chat_id] = {
            "id": chat_id,
            "type": "supergroup",
            "title": title,
            "is_forum": True,
        }
        self._topics[chat_id] = set(topics)
        return self._chats[chat_id]

    def block(self, chat_id: int) -> None:
        """The user of this private chat blocks the bot: every send to it gets 403."""
        self._blocked.add(chat_id)

    def migrate(self, old: int, new: int) -> dict[str, Any]:
        """The group `old` is upgraded to the supergroup `new`: sends to `old` get 400 with
        parameters.migrate_to_chat_id, as Telegram answers."""
        title = self.chat(old).get("title", "Careers club")
        self._migrated[old] = new
        return self.group(new, title)

    def channel(self, chat_id: int, title: str = "Career news") -> dict[str, Any]:
        self._chats[chat_id] = {"id": chat_id, "type": "channel", "title": title}
        return self._chats[chat_id]

    @staticmethod
    def user(user_id: int, first_name: str = "Ada") -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}

    def push(self, kind: str, payload: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        self._updates.append({"update_id": update_id, kind: payload})
        self._new_update.set()
        return update_id

    def update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """An update dict without queueing it (for webhook tests)."""
        return {"update_id": next(self._update_ids), kind: payload}

    def message_payload(
        self,
        chat_id: int,
        text: str | None = None,
        *,
        user_id: int | None = None,
        reply_to: dict[str, Any] | None = None,
        topic: int | None = None,
        **content: Any,
    ) -> dict[str, Any]:
        chat = self.chat(chat_id)
        sender = user_id if user_id is not None else (chat_id if chat_id > 0 else 42)
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": self.user(sender),
            **content,
        }
        if text is not None:
            message["text"] = text
            if entities := _entities(text):
                message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if topic is not None:  # a message in a forum topic
            message["message_thread_id"] = topic
            message["is_topic_message"] = True
        return message

    def message(self, chat_id: int, text: str | None = None, **options: Any) -> int:
        return self.push("message", self.message_payload(chat_id, text, **options))

    def edited_message(self, chat_id: int, text: str) -> int:
        payload = self.message_payload(chat_id, text)
        payload["edit_date"] = payload["date"] + 5
        return self.push("edited_message", payload)

    def channel_post(self, chat_id: int, text: str) -> int:
        chat = self.channel(chat_id)
        return self.push(
            "channel_post",
            {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": chat,
                "sender_chat": chat,
                "text": text,
            },
        )

    def sticker(self, chat_id: int) -> int:
        return self.push("message", self.sticker_payload(chat_id))

    def sticker_payload(self, chat_id: int) -> dict[str, Any]:
        sticker = {
            "file_id": "CAACAgIAAxkBAAE",
            "file_unique_id": "AgADsticker",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "👍",
        }
        return self.message_payload(chat_id, sticker=sticker)

    def photo(self, chat_id: int, caption: str | None = None, **options: Any) -> int:
        return self.push("message", self.photo_payload(chat_id, caption, **options))

    def photo_payload(
        self, chat_id: int, caption: str | None = None, **options: Any
    ) -> dict[str, Any]:
        photo = [{"file_id": "AgACphoto", "file_unique_id": "AQADphoto", "width": 90, "height": 60}]
        extra: dict[str, Any] = {"caption": caption} if caption else {}
        if caption and (entities := _entities(caption)):
            extra["caption_entities"] = entities
        return self.message_payload(chat_id, photo=photo, **extra, **options)

    def document(self, chat_id: int, caption: str | None = None) -> int:
        document = {"file_id": "BQACdoc", "file_unique_id": "AgADdoc", "file_name": "cv.pdf"}
        extra: dict[str, Any] = {"caption": caption} if caption else {}
        return self.message(chat_id, document=document, **extra)

    def callback(self, user_id: int, sent: Call, data: str) -> tuple[int, str]:
        """A tap on a button of the message recorded in `sent`; returns (update id, query id)."""
        payload = self.callback_payload(user_id, sent, data)
        return self.push("callback_query", payload), payload["id"]

    def callback_payload(self, user_id: int, sent: Call, data: str) -> dict[str, Any]:
        """A tap's CallbackQuery, answerable once (for `push`, `update` or a webhook)."""
        query_id = f"cq{next(self._query_ids)}"
        self._open_queries.add(query_id)
        return {
            "id": query_id,
            "from": self.user(user_id),
            "chat_instance": f"ci{sent.chat_id}",
            "data": data,
            "message": sent.result,
        }

    def inline_query(self, user_id: int, query: str) -> tuple[int, str]:
        query_id = f"iq{next(self._query_ids)}"
        self._open_queries.add(query_id)
        payload = {"id": query_id, "from": self.user(user_id), "query": query, "offset": ""}
        return self.push("inline_query", payload), query_id

    def open_query(self, query_id: str) -> None:
        """Make an id answerable (updates delivered by webhook rather than `callback`)."""
        self._open_queries.add(query_id)

    @property
    def pending_updates(self) -> int:
        return len(self._updates)

    # -- looking at what the bot did ----------------------------------------------------
    def calls_to(self, method: str, *, ok: bool | None = True) -> list[Call]:
        name = method.lower()
        return [c for c in self.calls if c.method.lower() == name and (ok is None or c.ok == ok)]

    def sent(self, chat_id: int | None = None) -> list[Call]:
        """Messages the bot sent successfully (to one chat, or to all)."""
        return [c for c in self.calls_to("sendMessage") if chat_id is None or c.chat_id == chat_id]

    def photos(self, chat_id: int | None = None) -> list[Call]:
        """Photos the bot sent successfully (to one chat, or to all)."""
        return [c for c in self.calls_to("sendPhoto") if chat_id is None or c.chat_id == chat_id]

    def notify(self) -> None:
        """Wake `wait_for` callers: something they may be waiting on changed (tests use it
        for events outside the stand-in, such as an update finished by the bot)."""
        self._changed.set()

    async def wait_for(
        self, predicate: Callable[[], T], timeout: float = 5.0, what: str = "a condition"
    ) -> T:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate()
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                made = ", ".join(f"{c.method}{'' if c.ok else '!'}" for c in self.calls[-15:])
                raise AssertionError(f"timed out waiting for {what}; last calls: {made}")
            self._changed.clear()
            with suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)

    async def wait_sent(self, chat_id: int, count: int = 1, timeout: float = 5.0) -> list[Call]:
        def enough() -> list[Call]:
            sent = self.sent(chat_id)
            return sent if len(sent) >= count else []

        return await self.wait_for(enough, timeout, f"{count} message(s) to chat {chat_id}")


def _entities(text: str) -> list[dict[str, Any]]:
    """bot_command and mention entities, as Telegram adds them."""
    entities = []
    for match in re.finditer(r"(?<!\S)/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?|@[A-Za-z0-9_]{5,}", text):
        kind = "bot_command" if match.group(0).startswith("/") else "mention"
        if kind == "bot_command" and match.start() != 0:
            continue
        offset = utf16_length(text[: match.start()])
        entities.append({"type": kind, "offset": offset, "length": utf16_length(match.group(0))})
    return entities


def _visible_text(params: dict[str, Any], field: str) -> str:
    """The text a user would see once Telegram parsed the entities; a 400 if they don't parse."""
    text = str(params.get(field) or "")
    if params.get("parse_mode") != "HTML":
        return text
    try:
        return parse_telegram_html(text)
    except HTMLParseError as error:
        raise APIError(400, f"Bad Request: can't parse entities: {error}") from None


def _check_markup(markup: Any) -> None:
    if not markup:
        return
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not button.get("text"):
                raise APIError(
                    400, "Bad Request: text buttons are unallowed in the inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= CALLBACK_DATA_LIMIT:
                raise APIError(400, "Bad Request: BUTTON_DATA_INVALID")


def _image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG or JPEG, or None for anything Telegram could not process."""
    if data.startswith(PNG_SIGNATURE) and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        return (width, height) if width and height else None
    if data.startswith(JPEG_SIGNATURE):
        return 800, 600  # real enough: the stand-in does not parse JPEG frames
    return None


def _photo_sizes(width: int, height: int, file_size: int) -> list[dict[str, Any]]:
    """PhotoSize objects as Telegram returns them: thumbnails, then the photo, smallest first."""
    longest = max(width, height)
    sides = [side for side in PHOTO_SIDES if side < longest]
    sides.append(min(longest, PHOTO_MAX_SIDE))
    sizes = []
    for index, side in enumerate(sides):
        scale = side / longest
        unique = f"AQADphoto{index}"
        size: dict[str, Any] = {
            "file_id": f"AgACAgIAAxkDAAI{unique}",
            "file_unique_id": unique,
            "width": max(1, round(width * scale)),
            "height": max(1, round(height * scale)),
        }
        if file_size:
            size["file_size"] = max(1, round(file_size * scale * scale))
        sizes.append(size)
    return sizes


def _flag(value: Any) -> bool:
    return str(value).lower() in {"true", "1"}


async def _read_params(request: web.Request) -> dict[str, Any]:
    """Query, JSON or form parameters. Uploaded files become bytes under their parameter: sent
    in the field itself (`photo=<file>`), or as aiogram does, `photo=attach://<name>` with the
    file in the field <name> (which is then dropped)."""
    if request.content_type == "application/json":
        body = await request.json()
        return dict(body) if isinstance(body, dict) else {}
    params: dict[str, Any] = dict(request.query)
    files: dict[str, bytes] = {}
    if request.can_read_body:
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, str):
                params[key] = value
            else:
                files[key] = value.file.read()
    for key, value in list(params.items()):
        if isinstance(value, str) and value.startswith("attach://"):
            name = value.removeprefix("attach://")
            if name in files:
                params[key] = files.pop(name)
    params.update(files)
    for key in JSON_FIELDS & params.keys():
        with suppress(ValueError, TypeError):
            params[key] = json.loads(params[key])
    return params


def _error_response(error: APIError) -> web.Response:
    body: dict[str, Any] = {
        "ok": False,
        "error_code": error.code,
        "description": error.description,
    }
    if error.parameters:
        body["parameters"] = error.parameters
    return web.json_response(body, status=error.code)


async def _serve_forever(token: str, port: int) -> None:
    standin = BotAPIStandIn(token)
    await standin.start(port)
    print(f"Bot API stand-in on {standin.url} for token {token.split(':')[0]}:…", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--token", default="123456789:" + "A" * 35)
    parser.add_argument("--port", type=int, default=8081)
    args = parser.parse_args()
    with suppress(KeyboardInterrupt):
        asyncio.run(_serve_forever(args.token, args.port))
