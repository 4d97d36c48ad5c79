"""What the work is and who it suits, from O*NET 30.3: duties (description and core tasks),
personality fit (RIASEC interests, OI scale 1-7), skills (essential skills, importance IM 1-5,
and Hot Technologies) and related careers (O*NET related occupations, closest first)."""

from careerbot.answers.facts import SHORT_LIMIT, Facts, Section, fit, length
from careerbot.answers.model import Block, Suggestion
from careerbot.answers.sources import ONET
from careerbot.answers.values import fixed, join_words
from careerbot.catalog.profiles import RIASEC_NAMES

FULL_LIMIT = 15  # items in a full answer: a chat message, not the whole database
SHORT_CHOICES = 6  # related careers offered as buttons before "More"
# RIASEC types in words a 16-year-old knows (after O*NET's own definitions).
INTEREST_WORDS = {
    "R": "hands-on work with tools, machines, plants or animals",
    "I": "figuring things out: ideas, research, solving problems",
    "A": "creating: art, design, writing, music, self-expression",
    "S": "helping, teaching or looking after people",
    "E": "leading, persuading, selling and taking charge",
    "C": "organising: records, data and clear step-by-step work",
}
# The same, in two or three words, for "suit people who enjoy ...".
INTEREST_SHORT = {
    "R": "hands-on work",
    "I": "figuring things out",
    "A": "creating things",
    "S": "helping people",
    "E": "leading and persuading",
    "C": "organising",
}
# A third interest is named when within this of the second (OI points).
THIRD_INTEREST_GAP = 1.0
HOT = "Hot technologies (software employers often ask for):"


def _note(facts: Facts, text: str, brief: bool = True) -> str:
    note = facts.onet_note(brief)
    return f"{text} {note}" if note else text


def duties(facts: Facts, heading: str) -> Section | None:
    profile = facts.profile
    if profile is None or not (profile.description or profile.tasks):
        return None
    core = [t.text for t in profile.tasks if t.core] or [t.text for t in profile.tasks]
    description = profile.description or ""
    lead = _note(facts, description, brief=False)
    brief = _note(facts, first_sentence(description))
    short = fit(heading, brief, core, after="Main tasks:" if core else "")
    if length([short]) > SHORT_LIMIT:  # a long first sentence: the tasks wait for "More"
        short = Block(heading=heading, text=brief)
    full_items = core[:FULL_LIMIT]
    extra = len(core) - len(full_items)
    after = "Main tasks:" if core else ""
    if extra > 0:
        after = f"The {len(full_items)} main tasks of {len(core)} (all on O*NET OnLine):"
    full = Block(heading=heading, text=f"{lead} {after}".strip(), items=full_items)
    return Section(short=[short], full=[full], citations=[ONET])


def first_sentence(text: str) -> str:
    """The description's first sentence (O*NET descriptions run to several)."""
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


def _interest_line(code: str, score: float) -> str:
    return f"{RIASEC_NAMES[code]}: {INTEREST_WORDS[code]} ({fixed(score)} of 7)"


def personality(facts: Facts, heading: str) -> Section | None:
    profile = facts.profile
    if profile is None or not profile.interests:
        return None
    ranked = sorted(profile.interests, key=lambda i: -i.score)
    top = ranked[:2]
    if len(ranked) > 2 and ranked[1].score - ranked[2].score <= THIRD_INTEREST_GAP:
        top.append(ranked[2])
    words = join_words([INTEREST_SHORT[i.code] for i in top])
    who = facts.subject.replace("People in this job", "This job")
    verb = "suits" if who == "This job" else "suit"
    first = f"{who} {verb} people who enjoy {words}."
    scale = "O*NET scores six interest types (Holland's RIASEC) from 1 to 7"
    brief = " ".join(p for p in (first, facts.onet_note(brief=True), scale) if p)
    lead = " ".join(p for p in (first, facts.onet_note(), scale) if p)
    short = Block(
        heading=heading,
        text=f"{brief}:",
        items=[_interest_line(i.code, i.score) for i in top],
    )
    full = Block(
        heading=heading,
        text=f"{lead}; all six, highest first:",
        items=[_interest_line(i.code, i.score) for i in ranked],
    )
    return Section(short=[short], full=[full], citations=[ONET])


def skills(facts: Facts, heading: str) -> Section | None:
    profile = facts.profile
    if profile is None or not (profile.skills or profile.technologies):
        return None
    ranked = sorted(profile.skills, key=lambda s: (-s.importance, -s.level))
    lines = [f"{s.name} (importance {fixed(s.importance)} of 5)" for s in ranked]
    hot = [t.name for t in profile.technologies if t.hot]
    lead = (
        f"The skills that matter most for {facts.official_title}, rated by O*NET:"
        if lines
        else f"No skill ratings for {facts.official_title} in O*NET."
    )
    short: list[Block] = []
    for skill_count, tech_count in ((5, 6), (5, 3), (4, 3), (3, 2), (3, 0)):
        hot_text = f"{HOT} {join_words(hot[:tech_count])}." if hot and tech_count else ""
        short = [Block(heading=heading, text=_note(facts, lead), items=lines[:skill_count])]
        short += [Block(text=hot_text)] if hot_text else []
        if length(short) <= SHORT_LIMIT:
            break
    full = [Block(heading=heading, text=_note(facts, lead, brief=False), items=lines[:10])]
    full += [Block(text=f"{HOT} {join_words(hot[:FULL_LIMIT])}.")] if hot else []
    return Section(short=short, full=full, citations=[ONET])


def related(facts: Facts, heading: str, known: dict[str, str]) -> Section | None:
    """`known`: SOC -> title of the careers the bot can answer about (buttons go only there)."""
    profile = facts.profile
    if profile is None:
        return None
    seen: dict[str, str] = {}
    for item in sorted(profile.related, key=lambda r: r.index):
        if item.soc in known and item.soc != facts.occupation.soc and item.soc not in seen:
            seen[item.soc] = known[item.soc]
    if not seen:
        return None
    lead = f"Careers O*NET lists as close to {facts.official_title}, closest first. Tap one:"
    shown = list(seen.items())
    short = Block(heading=heading, text=lead)
    full = Block(heading=heading, text=lead.replace("closest first", "all of them, closest first"))
    choices = [
        Suggestion(label=title, intent="overview", occupations=[soc])
        for soc, title in shown[:SHORT_CHOICES]
    ]
    if len(shown) > SHORT_CHOICES:
        extra = [
            Suggestion(label=title, intent="overview", occupations=[soc])
            for soc, title in shown[:FULL_LIMIT]
        ]
        return Section(short=[short], full=[full], citations=[ONET], choices=choices, more=extra)
    return Section(short=[short], full=[full], citations=[ONET], choices=choices)
