"""Answers as Telegram HTML, split into messages that fit Telegram's limit.

Every piece of text from the engine or the user is escaped; the only markup is what this module
adds (<b> and <a href>). Telegram measures the 4,096-character limit on the visible text after
entity parsing, in UTF-16 code units, so that is what `visible_length` counts.
"""

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from aiogram.utils.text_decorations import html_decoration

from careerbot.answers.model import Answer, Chart

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
EMPTY_ANSWER = "Sorry, I have nothing to say about that yet."


def quote(text: str) -> str:
    """Escape text for Telegram HTML: aiogram's own quoting (aiogram.utils.text_decorations)."""
    return html_decoration.quote(text)


def link_html(name: str, url: str) -> str:
    """<a href="url">name</a> with both escaped. Not aiogram's TextLink: as of aiogram 3.31 it
    leaves the href unescaped, and a `"` or `&` in a data file's URL would break the message."""
    return f'<a href="{html.escape(url, quote=True)}">{quote(name)}</a>'


def visible_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji may count twice)."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Line:
    """One rendered line: its HTML and the plain text a reader sees."""

    html: str
    plain: str

    @classmethod
    def text(cls, text: str) -> "Line":
        return cls(quote(text), text)

    @classmethod
    def bold(cls, text: str) -> "Line":
        return cls(f"<b>{quote(text)}</b>", text)

    @classmethod
    def link(cls, prefix: str, name: str, url: str) -> "Line":
        return cls(quote(prefix) + link_html(name, url), prefix + name)


Paragraph = list[Line]


def answer_paragraphs(answer: Answer) -> list[Paragraph]:
    """The answer as paragraphs of lines: blocks, numbered choices, then sources."""
    paragraphs: list[Paragraph] = []
    for block in answer.blocks:
        lines: Paragraph = []
        if block.heading:
            lines.append(Line.bold(block.heading))
        if block.text:
            lines.extend(Line.text(part) for part in block.text.split("\n"))
        lines.extend(Line.text(line) for line in block.lines(len(answer.choices)))
        if lines:
            paragraphs.append(lines)
    if answer.choices and not answer.choices_shown:
        paragraphs.append(
            [Line.text(f"{n}. {choice.label}") for n, choice in enumerate(answer.choices, 1)]
        )
    if answer.sources:
        paragraphs.append([Line.link("Source: ", s.name, s.url) for s in answer.sources])
    return paragraphs


def render_answer(answer: Answer, limit: int = MESSAGE_LIMIT) -> list[str]:
    """The answer as one or more HTML messages, each within `limit` visible characters."""
    return pack(answer_paragraphs(answer), limit) or [quote(EMPTY_ANSWER)]


def pack(paragraphs: Iterable[Paragraph], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join paragraphs with blank lines into as few messages as fit; split a paragraph only at
    line boundaries, and a line only when it alone is too long (at spaces when possible)."""
    messages: list[str] = []
    html_parts: list[str] = []
    used = 0

    def flush() -> None:
        nonlocal used
        if html_parts:
            messages.append("".join(html_parts))
        html_parts.clear()
        used = 0

    def add(line: Line, separator: str) -> None:
        nonlocal used
        cost = visible_length(line.plain)
        if html_parts and used + visible_length(separator) + cost > limit:
            flush()
        if html_parts:
            html_parts.append(separator)
            used += visible_length(separator)
        html_parts.append(line.html)
        used += cost

    for paragraph in paragraphs:
        size = visible_length("\n".join(line.plain for line in paragraph))
        if html_parts and used + 2 + size > limit:
            flush()  # start the paragraph on a fresh message rather than split it
        for index, line in enumerate(paragraph):
            separator = "\n" if index else "\n\n"
            for piece in split_line(line, limit):
                add(piece, separator)
                separator = "\n"
    flush()
    return messages


def split_line(line: Line, limit: int) -> list[Line]:
    """A line longer than `limit` as several plain lines, cut at spaces where possible."""
    if visible_length(line.plain) <= limit:
        return [line]
    pieces: list[Line] = []
    rest = line.plain
    while visible_length(rest) > limit:
        cut = _cut_point(rest, limit)
        pieces.append(Line.text(rest[:cut].rstrip()))
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(Line.text(rest))
    return pieces


def _cut_point(text: str, limit: int) -> int:
    """The largest index whose prefix fits `limit` UTF-16 units, moved back to a space."""
    end = 0
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            break
        end = index + 1
    space = text.rfind(" ", 0, end)
    return space if space > end // 2 else end


def chart_caption(chart: Chart, limit: int = CAPTION_LIMIT) -> str:
    """A pay chart's photo caption: the title in bold, what is charted, the source; within
    `limit` visible characters (a caption cannot be split, so anything beyond is dropped)."""
    lines = [Line.bold(chart.title)]
    labels = [r.label for r in chart.ranges]
    if len(labels) > 1:
        lines.append(Line.text(" vs ".join(labels)))
    lines.append(Line.text(chart.source))
    return pack([lines], limit)[0]


def plain_summary(answer: Answer, limit: int) -> str:
    """A one-line plain description of an answer (inline result cards)."""
    text = " ".join(
        part for block in answer.blocks for part in (block.text, *block.items) if part
    ) or " ".join(block.heading for block in answer.blocks if block.heading)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_TAG = re.compile(r"<[^>]+>")


def pack_html(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split ready-made HTML (the bot's own texts, where no tag spans a line break) into
    messages at line boundaries."""
    lines = [Line(line, html.unescape(_TAG.sub("", line))) for line in text.split("\n")]
    return pack([lines], limit)
