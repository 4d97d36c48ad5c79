"""What the bot says on its own (not engine answers), as Telegram HTML.

Functions take the engine's catalogue so the texts name what this deployment actually knows.
"""

from careerbot.answers.sources import CREDITS
from careerbot.catalog import Intent, Occupation
from careerbot.catalog.profile import EXPOSURE_SOURCES, ONET_SOURCE, PROJECTIONS_SOURCE
from careerbot.telegram.formatting import link_html, quote

# The official sources behind the career profiles, listed on /about beside the wage survey.
PROFILE_SOURCES = (ONET_SOURCE, PROJECTIONS_SOURCE, *EXPOSURE_SOURCES.values())

COMMANDS: dict[str, str] = {
    "start": "Start over and see example questions",
    "help": "What you can ask",
    "careers": "The careers I know about",
    "about": "Where the figures come from",
    "privacy": "What I store about this chat, and for how long",
    "forget": "Delete what I store about this chat",
}
# The bot's profile: shown on an empty chat (up to 512 characters) and in its profile and when
# shared (up to 120).
DESCRIPTION = (
    "I answer questions about careers — pay, job outlook, education, daily duties, automation "
    "risk — from public labour-market data (U.S. BLS OEWS and Employment Projections, O*NET), "
    "and always say where a figure comes from. Ask in your own words; follow-ups welcome."
)
SHORT_DESCRIPTION = "Career questions answered from real, sourced labour-market data."
FORGOTTEN = (
    "Done: I deleted everything I stored about this chat (the careers and topics we talked "
    "about). Ask me anything to start again."
)

FLOOD_WARNING = "You're sending messages very fast — give me a few seconds, then ask again."
APOLOGY = "Sorry, something went wrong on my side while answering that. Please try again."
READS_TEXT = (
    "I can only read text messages. Type a question, for example "
    "“what do library technicians earn?”"
)
NOT_HERE = "Open a chat with me to ask more about this."
NO_CHART = "No pay figures to chart for that."
# A tap on a button this bot did not make (or no longer understands): a notice on the tap only.
BUTTON_REFUSED = "That button no longer works — ask me in your own words."
CHART_FAILED = (
    "Sorry, I couldn't draw that chart just now. The figures are in the answer above — "
    "please try the button again in a moment."
)


def greeting(first_name: str | None, example: Occupation | None) -> str:
    hello = f"Hi, {quote(first_name)}!" if first_name else "Hi!"
    lines = [
        f"{hello} I answer questions about careers — pay, job outlook, education, daily duties, "
        "automation risk and more — from public labour-market data, and always say where a "
        "figure comes from.",
        "",
        "Ask in your own words, typos and follow-ups welcome: "
        "<i>“what do library techs earn?”</i>, then <i>“and what about growth?”</i>",
    ]
    if example is not None:
        lines += ["", f"Or tap a question about <b>{quote(example.title)}</b>:"]
    return "\n".join(lines)


def help_text(intents: dict[str, Intent]) -> str:
    topics = [quote(intent.label) for intent in intents.values() if intent.needs_occupation]
    lines = [
        "<b>What you can ask</b>",
        "Name a career and what you want to know, in any words:",
    ]
    lines += [f"• {topic}" for topic in topics]
    lines += [
        "",
        "Follow-ups remember the career you asked about. Tap the buttons under an answer for "
        "the natural next question, or type a number to pick from a list.",
        "",
        "/careers — the careers I know about\n/about — sources and privacy\n/start — start over",
        "",
        "In a group, mention me or reply to one of my messages. In any chat, type my @username "
        "and a question to share an answer card.",
    ]
    return "\n".join(lines)


def careers_text(shown: list[Occupation], total: int, query: str) -> str:
    """The careers listing: all of them when few, else a search (`/careers <words>`)."""
    if total == 0:
        return "I don't know about any careers yet."
    if query:
        if not shown:
            return f"No career matches “{quote(query)}”. Try a shorter word, or /careers."
        lines = [f"<b>Careers matching “{quote(query)}” ({len(shown)})</b>"]
    elif len(shown) == total:
        lines = [f"<b>Careers I know about ({total})</b>"]
    else:
        lines = [
            f"<b>I know about {total} careers.</b>",
            "Search them with /careers and a word, e.g. <code>/careers library</code>. "
            "Some with full profiles:",
        ]
    lines += [f"• {quote(o.title)} ({quote(o.soc)})" for o in shown]
    lines += ["", "Ask about any of them in your own words, or tap one for an overview."]
    return "\n".join(lines)


def about_text(occupations: list[Occupation]) -> str:
    sources: dict[str, str] = {}  # name -> the first URL given for it
    for occupation in occupations:
        sources.setdefault(occupation.source.name, occupation.source.url)
    lines = ["<b>Where the figures come from</b>"]
    lines += [f"• {link_html(name, url)}" for name, url in sources.items()]
    lines += [f"• {link_html(source.name, source.url)}" for source in PROFILE_SOURCES]
    lines += ["Every answer names the source of its figures.", ""]
    lines += [quote(credit) for credit in CREDITS]  # O*NET's licence requires its credit here
    lines += [
        "",
        "What I store about this chat, and for how long: /privacy",
    ]
    return "\n".join(lines)


def privacy_text(retention_days: int | None) -> str:
    """/privacy: what is stored and for how long. `retention_days`: how long an idle chat's
    context is kept in persistent storage, or None when it is kept in memory only."""
    if retention_days is None:
        kept = "It is kept in memory only, and is gone when the bot restarts."
    else:
        kept = (
            f"It is deleted automatically {retention_days} days after this chat's last message "
            "to me."
        )
    lines = [
        "<b>What I store</b>",
        "Only this chat's conversation context — the careers and topics we last talked about, "
        "and any numbered options I offered — so that follow-ups like “and what about growth?” "
        "work. No message history, no names, usernames or phone numbers, nothing else. "
        "My logs never contain what you write.",
        "",
        "<b>For how long</b>",
        kept,
        "",
        "/forget deletes it now; /start starts the conversation over.",
    ]
    return "\n".join(lines)


def admin_error_report(update_id: int, event_type: str, error: BaseException) -> str:
    return (
        f"⚠️ careerbot failed on update {update_id} ({quote(event_type)}): "
        f"<code>{quote(type(error).__name__)}</code>. Details are in the log."
    )
