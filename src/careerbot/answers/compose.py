"""Turn what was understood (intents, occupations) into an Answer, from the intent templates."""

import re
import string
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import cached_property

from careerbot.answers import ai, overview, prospects, verdicts, work
from careerbot.answers.facts import SHORT_LIMIT, Facts, Section, length
from careerbot.answers.model import (
    MAX_CHART_RANGES,
    Answer,
    Block,
    Chart,
    ChartRange,
    Citation,
    Suggestion,
)
from careerbot.answers.pay import (
    jobs_sentence,
    median_sentence,
    oews_values,
    pay_cell,
    state_values,
)
from careerbot.answers.sources import (
    CREDITS,
    EXPOSURE_CITATIONS,
    LLM_EXPOSURE,
    OEWS,
    ONET,
    PROJECTIONS,
)
from careerbot.answers.values import (
    NOT_PUBLISHED,
    bls_count,
    fixed,
    general_values,
    join_words,
    money,
    occupation_values,
    openings,
    place,
    whole_percent,
)
from careerbot.catalog import Catalog, Intent, Occupation
from careerbot.catalog.oews import OEWS_SOURCE, RELEASE, TOP_CODE_ANNUAL, Figures
from careerbot.catalog.profiles import RIASEC_NAMES
from careerbot.understanding import rankings
from careerbot.understanding.intents import FILLER, IntentScore
from careerbot.understanding.normalise import tokens, words_only
from careerbot.understanding.states import STATES, state_name

# The bot's own words that belong to no single intent.
ASK_WHICH = "Which career do you mean? Name one, or pick from the list."
# A message with no words ("?", "...", an emoji): a nudge, not "I can't help with that".
NOTHING_SAID = (
    "Ask me about any career: pay, duties, outlook, education, AI risk, work-life balance, "
    "personality fit, skills, pros and cons, or two careers side by side. For example: "
    "“what do library technicians earn?”"
)
ABOUT_BOT = (
    "I'm careerbot: a bot, not a person, and not ChatGPT. I'm open source, and I answer from "
    "official US data (BLS pay, jobs and outlook; O*NET duties, skills and education), saying "
    "where each figure comes from."
)
# A reaction to an answer ("dang thats low"): nothing to answer, something to offer.
REACTION = (
    "Anything else you'd like to know about {title}? Tap a button, or ask me to compare it with "
    "another career or to show it in another state."
)
REACTION_SUGGEST = ("outlook", "education", "strengths", "related")
# Choosing or getting into a school: no data on colleges, but on what each career asks for.
SCHOOLS = (
    "I don't have data on colleges, programs or admissions. What I can tell you is the education "
    "a career needs to start in it, from BLS and O*NET"
)
_GAPS = re.compile(r"(?<=\S) {2,}(?=\S)")  # the gap an empty placeholder leaves
# Matters outside the data (careerbot.understanding.cues.outside_topic), and who answers them.
OUTSIDE = {
    "immigration": "Visas, DACA, green cards and who may work in the US are outside what I "
    "know: my figures describe the work, not who may do it. U.S. Citizenship and Immigration "
    "Services (https://www.uscis.gov) or an immigration attorney can answer that.",
    "benefits": "How work affects benefits such as Social Security, Medicaid, unemployment or "
    "workers' compensation is outside what I know. The agency that pays the benefit can answer "
    "that: for Social Security, https://www.ssa.gov; for the rest, your state's office "
    "(https://www.usa.gov/benefits).",
    "veterans": "What the GI Bill and other VA benefits cover is outside what I know. The VA "
    "can answer that (https://www.va.gov/education for the GI Bill), as can a school's veterans "
    "office.",
    "cost": "What training costs is outside what I know: it varies by school and state. "
    "CareerOneStop's training finder lists programs near you, many with their costs "
    "(https://www.careeronestop.org/FindTraining/), and https://studentaid.gov explains aid.",
    "money": "Loans, financial aid, scholarships, taxes and retirement savings are outside what "
    "I know. For aid and loans, https://studentaid.gov or a school's financial aid office; for "
    "taxes, https://www.irs.gov or a tax adviser.",
    "law": "Wage and hour laws (the minimum wage, overtime, work permits for teens, breaks) are "
    "outside what I know. The US Department of Labor (https://www.dol.gov/agencies/whd) or your "
    "state's labor office can answer that.",
    "health": "Questions about your own health (symptoms, medicine, exercises) are for a doctor "
    "or a nurse: I can't give medical advice. What I can tell you is how physically demanding a "
    "career is, from what its workers do.",
    "applying": "Résumés, cover letters and job interviews are outside what I know. "
    "CareerOneStop's job search guides help with them "
    "(https://www.careeronestop.org/JobSearch/job-search.aspx), as do the free American Job "
    "Centers.",
    # A situation the figures do not rate careers by (cues.situation): said after an answer,
    # or on its own when the message asks nothing else
    "disability": "The figures here don't rate careers by disability or health condition: "
    "people with every kind work in every field, often with simple accommodations. The Job "
    "Accommodation Network (https://askjan.org) gives free, confidential advice by condition "
    "and by job. To find careers that fit, tell me what you like or are good at.",
    "record": "A criminal record matters most where a career needs a state licence or a "
    "background check (many health, education, security and finance jobs): each licensing "
    "board sets its own rules. CareerOneStop (https://www.careeronestop.org) lists reentry "
    "help and American Job Centers near you.",
}
SITUATIONS = frozenset({"disability", "record"})
OUTSIDE_CAREER = "What I can tell you about {title}: pay, training, outlook and more."
OUTSIDE_ANY = (
    "What I can tell you about is any US career: pay, duties, outlook, education, AI risk and "
    "more. Try “what do electricians earn in Texas?”"
)
# The yearly pay percentiles BLS OEWS publishes, by name, lowest first; and how many earn more
# than a sum between two of them (index: the higher one)
_PERCENTILES = (("p10", "10th percentile"), ("p25", "25th percentile"), ("median", "median"),
                ("p75", "75th percentile"), ("p90", "90th percentile"))  # fmt: skip
_MORE_EARN = {1: "between 3 in 4 and 9 in 10", 2: "between half and 3 in 4",
              3: "between 1 in 4 and half", 4: "between 1 in 10 and 1 in 4"}  # fmt: skip
SUM_BELOW = (
    "{sum} is below the {name} for {title}{where} ({cut}): more than 9 in 10 of them earn "
    "more (BLS OEWS)."
)
SUM_ABOVE = (
    "{sum} is above the {name} for {title}{where} ({cut}): fewer than 1 in 10 of them "
    "earn more (BLS OEWS)."
)
SUM_BETWEEN = (
    "{sum} is between the {low_name} ({low}) and the {high_name} ({high}) for "
    "{title}{where}: {more} of them earn more (BLS OEWS)."
)
DID_YOU_MEAN = "I'm not quite sure what you're asking. Did you mean one of these?"
NO_MATCH = (
    "I don't know any careers matching “{words}”. Try a job title (“nurse”), an area "
    "(“healthcare jobs”, “trades”) or what you like (“i like animals, what jobs fit?”)."
)
SEARCH_FOUND = "{count} of the {total:,} careers I know match “{words}”. Pick one to learn more:"
COMPARE_ROWS = (  # figures from a seed career profile, where both have one (labelled so)
    ("Median pay (StartRight career profile)", "median_salary"),
    ("Growth (StartRight career profile)", "growth_rate"),
    ("Automation risk (StartRight career profile)", "automation_probability"),
)
RANKED_LIMIT = 10
MAX_CHOICES = RANKED_LIMIT  # buttons under a list: one for each career shown numbered
RANKED_HEADINGS: dict["rankings.RankBy | None", str] = {
    "pay": "💰 Highest median pay",
    "growth": "📈 Fastest projected growth, 2024–34",
    "openings": "📋 Most openings a year",
    "jobs": "👥 Most jobs",
    "ai": "🤖 Most exposed to AI language models",
    None: "📚 Careers",
}
LOWEST_HEADINGS: dict["rankings.RankBy", str] = {
    "pay": "💰 Lowest median pay",
    "growth": "📉 Slowest projected growth (or decline), 2024–34",
    "openings": "📋 Fewest openings a year",
    "jobs": "👥 Fewest jobs",
    "ai": "🤖 Least exposed to AI language models",
}
GLOSSARY_HEADING = "📖 {term}"
SAFER_HEADING = "🔀 Careers close to {title}, less exposed to AI"
SAFER_TEXT = (
    "Of the careers O*NET lists as close to {title}{where}, these are less exposed to AI "
    "language models, least first."
)
SAFER_NONE = (
    "None of the careers O*NET lists as close to {title}{where} is less exposed to AI language "
    "models."
)
SHORTER_HEADING = "🔀 Careers close to {title}, with less schooling to start"
SHORTER_TEXT = (
    "Of the careers O*NET lists as close to {title} (usually {education} to start), these "
    "need less education to start, by BLS's typical entry level, least first."
)
SHORTER_NONE = (
    "None of the careers O*NET lists as close to {title} (usually {education} to start) "
    "needs less education to start, by BLS's typical entry level."
)
# Up to this many careers are compared in a table; more (a whole list) are ranked instead.
COMPARE_TABLE_LIMIT = 6
# Medians within this share of the higher are said to be close, not one "highest"
CLOSE_PAY = 0.03
NO_BALANCE_COMPARED = (
    "Stress and work-life balance: no national source rates them for every job, so I won't "
    "say which is better from a score I don't have."
)
# What a comparison's focus (an intent) ranks many careers by
RANK_FOR_FOCUS: dict[str, "rankings.RankBy"] = {
    "salary": "pay",
    "outlook": "growth",
    "employment": "jobs",
    "automation": "ai",
}
WHAT_EACH_DOES = "📋 What each does (O*NET)"
NO_DESCRIPTION = "O*NET has no description of this occupation."
FEWEST_SCHOOL_AMONG = "🎓 Least education to start, of those"
UNDESCRIBED = (
    "I couldn't tell which job that is from the description. Try other words for what they do "
    "(“the people who fix elevators”), or the job's name if you know it: /careers searches "
    "the names."
)
ENGLISH_ONLY = (
    "Sorry, I can only read English for now. Lo siento, por ahora solo entiendo inglés: "
    "escribe tu pregunta en inglés, por ejemplo “how much do electricians make in Texas?”"
)
# "i just got laid off", "idk what i want to do": no figure answers it; ways to start exploring
# What BLS leaves unsaid about age, said to anyone worried about starting late
AGE_UNPUBLISHED = (
    "People change careers at every age. BLS publishes no figures on hiring by age, so I can't "
    "say how employers will see it"
)
STARTING_OUT = {
    # safe-messaging practice: say it is heard, give a line that answers now, keep the door open
    "crisis": (
        "I'm really sorry you're feeling this way. You don't have to carry it alone, and you "
        "deserve support right now:",
        [
            "in the US, call or text 988 (the 988 Suicide & Crisis Lifeline): free, "
            "confidential, any time; or chat at https://988lifeline.org",
            "if you might act on these thoughts now, call 911 or go to the nearest emergency room",
            "outside the US, https://findahelpline.com lists free helplines in your country",
        ],
        "Talking with someone you trust, a parent, a school counselor or a teacher, can help "
        "too. I'm a careers bot, and I'm here whenever you want to talk about what's next.",
    ),
    "laid_off": (
        "Sorry you lost your job. Here is how I can help you look at what's next:",
        [
            "careers close to the work you did: “im a forklift driver, what jobs are close to "
            "that”",
            "careers that pay what you need: “jobs that pay at least $20 an hour without a degree”",
            "careers for what you like: “i like working with my hands, what jobs fit me”",
        ],
        "For free help in person with job search and training, the US Department of Labor's "
        "American Job Centers are listed on CareerOneStop: https://www.careeronestop.org",
    ),
    "discouraged": (
        "That sounds hard, and a lot of people feel that way on the way to something that fits. "
        "One small step at a time. You could ask me about:",
        [
            "careers close to what you have done: “im a cashier, what jobs are close to that”",
            "careers for what you like: “i like working with my hands, what jobs fit me”",
            "careers you can start soon: “jobs you can start with a certificate”",
        ],
        "For free help in person, with a counselor, the US Department of Labor's American Job "
        "Centers are listed on CareerOneStop: https://www.careeronestop.org",
    ),
    "job_search": (
        "I don't list job openings, but these free, official sites do:",
        [
            "CareerOneStop Job Finder (US Department of Labor): "
            "https://www.careeronestop.org/Toolkit/Jobs/find-jobs.aspx",
            "your state's job bank, linked there, and for federal jobs USAJOBS: "
            "https://www.usajobs.gov",
            "apprenticeships: https://www.apprenticeship.gov",
        ],
        "I can tell you about the careers themselves: pay in your state, training, outlook. "
        "Try “what do dispatchers earn in Ohio?”",
    ),
    "age": (
        f"{AGE_UNPUBLISHED}, but I can help you find a way in:",
        [
            "careers you can start soon: “jobs you can start with a certificate”",
            "careers close to what you have done: “im a cashier, what jobs are close to that”",
            "careers that pay what you need: “jobs that pay at least $20 an hour without a degree”",
        ],
        "For free help in person with retraining, the US Department of Labor's American Job "
        "Centers are listed on CareerOneStop: https://www.careeronestop.org",
    ),
    "undecided": (
        "Not sure yet? That's normal, and a good place to start. You could ask me:",
        [
            "careers for what you like: “i like drawing and video games, what jobs fit me”",
            "careers for what you need: “jobs that pay at least $20 an hour without a degree”",
            "lists to explore: “highest paying jobs”, “fastest growing careers in healthcare”",
            "about any career you have heard of: “what do dental hygienists do”",
        ],
        "",
    ),
}
AI_LIST_TEXT = (
    "AI exposure (Eloundou et al. 2024) measures how much AI language models could speed up a "
    "job's tasks, not job losses; BLS's 2024–34 projections do not foresee rapid technological "
    "change."
)
# "jobs safe from ai that pay well": the side of the middle the careers listed are on
AI_SIDES = {
    "safe": "(less exposed to AI than half of all jobs)",
    "exposed": "(more exposed to AI than half of all jobs)",
}
# "careers that need an associate's degree": that level itself, by its index in
# rankings.EDUCATION_LEVELS
EDUCATION_EXACTLY = {
    4: "with an associate's degree to start",
    5: "with a bachelor's degree to start",
    6: "with a master's degree to start",
}
EDUCATION_CEILINGS = {
    0: "with no formal education needed to start",
    1: "with a high school diploma (or less) to start",
    2: "with no degree needed to start",
    3: "with no degree needed to start",
    4: "with no bachelor's degree needed to start",
    5: "with at most a bachelor's degree to start",
    6: "with at most a master's degree to start",
    7: "",
}
RANKED_TEXT = "Pick one to learn more:"
PAY_FLOOR = "paying a median of {annual} a year or more ({hourly} an hour)"
PAY_FLOOR_SHORT = "(at least {annual} a year)"
MOST_COMMON_FIRST = "The most common first, by jobs in the US (BLS Employment Projections, 2024)."
STATES_SHOWN = 5
STATES_HIGHEST = "💰 Where {title} earn the most"
STATES_LOWEST = "💰 Where {title} earn the least"
STATES_TEXT = (
    "Median pay a year, of the {count} states and territories (DC, Puerto Rico, Guam, the "
    "Virgin Islands) where BLS publishes one; the US median is {us}. Pay tends to be higher "
    "where living costs more."
)
STATES_NONE = "BLS publishes no pay by state for this career."
STATES_MOST_JOBS = "👥 Where the most {title} work"
STATES_FEWEST_JOBS = "👥 Where the fewest {title} work"
STATES_JOBS_TEXT = (
    "Jobs in each state, of the {count} states and territories where BLS publishes a count; "
    "{us} in the whole US. Big states have the most jobs of nearly every kind."
)
STATES_NO_JOBS = "BLS publishes no job counts by state for this career."
LIKED_HEADING = "🧭 Careers to match: {likes}"
LIKED_TEXT = (
    "Careers whose work O*NET rates most {kinds} (Holland interest types), the most common "
    "first. Median pay a year, US. Pick one to learn more:"
)
LIKED_PICKED = "Careers that go with it. Median pay a year, US. Pick one to learn more:"
LIKED_TOGETHER = (
    "Careers that fit every one of them at once, by how O*NET rates their work on {kinds} "
    "(Holland interest types), the best fit first. Median pay a year, US. Pick one to learn "
    "more:"
)
LIKED_BOTH = (
    "Careers that go with it first, then those whose work O*NET rates most {kinds} (Holland "
    "interest types), the most common first. Median pay a year, US. Pick one to learn more:"
)
IN_STATE = "in {state}"
MORE_LEFT = "…and {count:,} more (say “more” for the next ones)"
STATE_LIST = "Pay and job counts in {state} (BLS wage survey); education and growth are US-wide."
RANKED_EDUCATION = (
    "Education is BLS's typical education needed to start; where BLS says years of work in a "
    "related job come first, that is said too. Pick one to learn more:"
)
EXPERIENCE_FIRST = " — needs work in a related job first ({years}, BLS)"
RANKED_NONE = "No career I know fits all of that. Try fewer conditions."
# "more" after the whole list was shown
LIST_ENDED = "That was the whole list: no more careers I know fit. Try fewer conditions for more."
# (a liking's careers when none starts below the education asked: those, with what each needs)
NONE_BELOW_CEILING = (
    "I found none {ceiling}, so here are the careers that fit, with what each needs to start."
)
# Topped up from these when an answer's own suggestions have no data for the career.
FALLBACK_SUGGESTIONS = ("salary", "employment", "overview")
PERCENTILES = ("p10", "p25", "median", "p75", "p90")
ACROSS_THE_US = "Across the US, "
# Words of liking around what a list is searched for ("i love animals what jobs r there").
# Words for careers in general, never searched for though a title may have them ("Career/
# Technical Education Teachers", "Title Examiners").
LIST_NOUNS = frozenset("career job occupation field title type kind word people one other".split())
PAY_JUDGED = (
    "Against all jobs: the US median for all occupations is {us} a year; {title} earn a US "
    "median of {median}, {gap} {side} it (BLS OEWS)."
)
PAY_IN_STATES = "💰 Pay for {title}, by state (median a year, BLS wage survey, May 2025)"
PAY_WHY = (
    "BLS publishes what a job pays, not why. What goes with this pay: {title} typically start "
    "with {education} (BLS Employment Projections)."
)
AI_WHY = (
    "Why: these studies rate a job's tasks (O*NET task lists), not the job as a whole. The more "
    "of its tasks an AI model can do or speed up, the more exposed the job; tasks that need "
    "hands-on work, care for people or judgement on the spot count as less exposed."
)
GROWTH_JUDGED = (
    "Jobs for {title} are projected to change {change}% from 2024 to 2034, against {average}% "
    "for all jobs (BLS Employment Projections)."
)
NO_STATE_FIGURES = "BLS publishes no figures for {title} in {state}; here is the national picture."
NO_STATE_ROW = "BLS publishes no {state} figures for {titles}, so {them} show only US figures."
SOURCES_DIFFER = (
    "Two sources, two figures: the {profile} covers “{title}” and states no year; "
    "{release} counts “{oews_title}” on its own."
)
# The seed profile's own figures, always after the official ones and named.
SEED_LABEL = "The StartRight career profile (no year given) says:"
# "is that per month?", "per week": BLS publishes yearly and hourly pay; the rest is worked out
PERIOD_NOTE = (
    "Per {period}, {title}{where} earn a median of about {amount} (the yearly median, {year}, "
    "divided by {parts}: BLS publishes pay by the year and by the hour, not by the {period})."
)
# "i hate blood": what a list left out, and why (the tasks are O*NET 30.3's task statements,
# data/onet/tasks.csv; the user is told the source, not a file path)
LIMITS_NOTE = "Left out: {count} careers whose O*NET task statements mention {things}."
LIMITS_NONE = "None of these careers' O*NET task statements mention {things}."
# "would i ever have to see blood": the tasks that say it (O*NET 30.3 tasks.csv)
TASKS_SAYING = "{count} of the O*NET tasks for {title} {verb} {things}: {tasks}."
TASKS_NONE = (
    "None of the {count} O*NET tasks for {title} mention {things} (they list what the job "
    "does, not everything it may meet)."
)
TASKS_SHOWN = 3
# How a limit (data/interests.yaml `limits:` key) is said in that note
LIMITS_SAID = {
    "back": ("lifting",),
    "heavy lifting": ("lifting",),
    "knee": ("kneeling", "climbing", "lifting"),
    "knees": ("kneeling", "climbing", "lifting"),
}
SEARCH_ANY_WORDS = 3  # a search of up to this many words lists titles with any of them
# Words that find a title only with another word of the search ("work" in "social work")
_TOO_GENERAL = frozenset({"work", "job", "career", "field"})
# "where's that from?" just after an answer: that answer's sources first
LAST_SOURCES = "The {topics} figures I just gave for {titles} come from: {names} (links below)."


def _label_words(label: str) -> str:
    """An intent's button label as words in a sentence: "💰 Pay" -> "pay", "🤖 AI risk" ->
    "AI risk"."""
    words = label.split(" ", 1)[-1] if not label[:1].isalnum() else label
    return words if words[:2].isupper() else words[:1].lower() + words[1:]


REPORTED_CHANGE = (
    "Its “Employment {number}” is not the number of people working: it matches BLS's projected "
    "2024–34 change for library technicians and library assistants together (about {number} "
    "fewer jobs)."
)
OEWS_CITATION = OEWS
# How a field reads in "not in my data yet: ..." (for a career with no official profile).
FIELD_WORDS = {
    "duties": "duties",
    "outlook": "job outlook",
    "education": "education",
    "automation": "AI exposure",
    "personality": "personality fit",
    "skills": "skills",
    "related": "related careers",
}
MORE_LABEL = "More"
QUICK_ENTRY = "and a short way in (no apprenticeship, long training or years of experience first)"
# Fields whose presence _has_field reads straight off the profile.
HAS_FIELD = frozenset(
    {"duties", "personality", "skills", "related", "education", "outlook", "automation"}
)
SEED_ITEMS = 8
Builder = Callable[[Facts, str], Section | None]


def _qualified(
    heading: str, ranking: rankings.Ranking, names: Mapping[str, str] | None = None
) -> list[str]:
    """A list's heading with the areas (`names`: each folded area word as data/areas.yaml
    spells it) and the education ceiling asked: "Careers in healthcare with no degree needed
    to start"."""
    parts = [heading]
    if ranking.areas:
        parts.append("in " + ", ".join((names or {}).get(a, a) for a in ranking.areas))
    if ranking.min_education is not None and ranking.min_education == ranking.max_education:
        parts.append(EDUCATION_EXACTLY[ranking.min_education])  # "that need an associate's"
    elif ranking.max_education is not None:
        parts.append(EDUCATION_CEILINGS[ranking.max_education])
    if ranking.quick:
        parts.append(QUICK_ENTRY)
    return parts


def _growth_ends(changes: dict[str, float], title: dict[str, str]) -> str:
    """ "Fastest projected growth, 2024–34: Paralegals (+0.2%); slowest: Court Reporters
    (-2.1%)." from BLS Employment Projections percent changes (SOC code -> percent), both
    ends said so "which has the worst outlook" is answered as well as "the best"; "" where
    two share the top."""
    best = max(changes, key=lambda soc: changes[soc])
    if list(changes.values()).count(changes[best]) != 1:
        return ""
    worst = min(changes, key=lambda soc: changes[soc])
    return (
        f"Fastest projected growth, 2024–34: {title[best]} ({fixed(changes[best], sign=True)}%);"
        f" slowest: {title[worst]} ({fixed(changes[worst], sign=True)}%)."
    )


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class _Cache(dict[str, Facts]):
    def __init__(self, make: Callable[[str], Facts]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, soc: str) -> Facts:
        made = self[soc] = self._make(soc)
        return made


# Every question a career profile answers (the intents the all-occupation tests, the audit and
# the composition benchmark ask of every occupation).
PROFILE_INTENTS = (
    "overview",
    "salary",
    "employment",
    "duties",
    "education",
    "outlook",
    "personality",
    "skills",
    "related",
    "automation",
    "strengths",
    "challenges",
    "work_life_balance",
)


def _median_to_rank(figures: Figures) -> float | None:
    """A yearly median to rank careers by (dollars a year): BLS's top code where the median
    is above it (at least this: ranks first, shown as "or more"), None where unpublished."""
    if figures.top_coded("annual_median"):
        return TOP_CODE_ANNUAL
    return figures.number("annual_median")


class Composer:
    """Answers from the catalog: every figure from a named file in data/ (see data/README.md).

    Composition is pure and cheap (dict look-ups and string joins, well under 1 ms per answer):
    everything per occupation that does not depend on the question is built once here.
    """

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.intents = catalog.intents
        self.occupations = catalog.occupations
        self.titles = sorted(o.title for o in catalog.occupations.values())
        self._general = general_values(self.titles)
        self._values = {soc: occupation_values(o) for soc, o in catalog.occupations.items()}
        # Offered when nobody named a career: the seed career profiles (all, if there are none).
        profiles = [o.soc for o in self._by_title if o.source != OEWS_SOURCE]
        self.featured = profiles or [o.soc for o in self._by_title]
        us = catalog.oews.all_occupations if catalog.oews else None
        us_median = us.number("annual_median") if us else None

        def facts(soc: str) -> Facts:
            return Facts(
                occupation=catalog.occupations[soc],
                profile=catalog.profiles.get(soc),
                oews=self._figures(soc),
                oews_title=self._oews_title(soc) or None,
                us_median=us_median,
                all_occupations=catalog.all_occupations,
            )

        # Built on first use: the profiles are read lazily, and most careers are never asked.
        self._facts = _Cache(facts)
        self._sections: dict[tuple[str, str], Section | None] = {}
        self._answerable_cache: dict[tuple[str, str], bool] = {}
        known = {soc: o.title for soc, o in catalog.occupations.items()}
        self._builders: dict[str, Builder] = {
            "duties": work.duties,
            "personality": work.personality,
            "skills": work.skills,
            "related": lambda facts, heading: work.related(facts, heading, known),
            "education": prospects.education,
            "outlook": prospects.outlook,
            "automation": ai.automation,
            "strengths": verdicts.strengths,
            "challenges": verdicts.challenges,
            "work_life_balance": verdicts.work_life,
            "overview": overview.overview,
        }
        # What "where does your data come from" cites: the official sources every occupation
        # draws on (a seed profile's own report is cited under that career's answers).
        self._all_citations = [OEWS, ONET, PROJECTIONS, *EXPOSURE_CITATIONS.values()]
        # Words most list_occupations phrasings share ("careers", "know") are not search words,
        # unless a title has them ("careers with animals", "computer jobs": searched), and words
        # of liking never are ("i love animals what jobs r there").
        counts = Counter(
            word
            for example in catalog.intents["list_occupations"].examples
            for word in set(words_only(tokens(example)))
        )
        self._interest_words = rankings.interest_words(catalog.interests)
        self._areas = rankings.folded_areas(catalog.areas)
        self._area_names = {" ".join(tokens(word)): word for word in reversed(catalog.areas)}
        self._limit_words = rankings.interest_words(catalog.limits)
        self._ruled_out_by: dict[str, frozenset[str]] = {}  # limit -> SOC codes (built once)
        self._limit_patterns: dict[tuple[str, ...], re.Pattern[str]] = {}
        self._list_words = rankings.LIKING | {
            word
            for word, count in counts.items()
            if count >= 2 and (word not in self._titles_with_word or word in LIST_NOUNS)
        }

    def warm(self) -> None:
        """Read every occupation's profile now rather than on its first question (~0.5 s for
        830): a long-running bot calls this at start-up so no user waits on a file read; the
        one-shot CLI does not."""
        for soc in self.occupations:
            _ = self._facts[soc]

    # -- pieces ---------------------------------------------------------------------------
    @staticmethod
    def _fill(template: str, values: dict[str, str | None]) -> str:
        """Fill a template; a value the context lacks reads as empty rather than failing (and
        the spaces around an empty one close up: "{state_pay} {state_vs_national} ...")."""
        filled = template.format_map(_Blank({k: v for k, v in values.items() if v is not None}))
        return "\n".join(line.rstrip() for line in _GAPS.sub(" ", filled).split("\n")).strip()

    def _values_for(self, occupation: Occupation | None) -> dict[str, str | None]:
        values = dict(self._general)
        if occupation is not None:
            values.update(self._values[occupation.soc])
        return values

    def _seed_block(self, intent: Intent, occupation: Occupation) -> Block | None:
        """The seed career profile's own answer, labelled as the profile's; None when this
        occupation has no seed profile or the profile lacks the field."""
        if occupation.source == OEWS_SOURCE or not intent.fields or intent.answer.text == "":
            return None
        values = self._values_for(occupation)
        template = intent.answer
        needed = _placeholders(template.text)
        if not all(occupation.has(f) for f in intent.fields) or any(
            values.get(name) is None for name in needed
        ):
            return None
        text = f"{SEED_LABEL} {self._fill(template.text, values)}"
        if intent.id == "outlook" and occupation.reported_employment_change is not None:
            text += " " + REPORTED_CHANGE.format(
                number=f"{occupation.reported_employment_change:,}"
            )
        items = list(getattr(occupation, template.items)) if template.items else []
        if len(items) > SEED_ITEMS:  # a chat message, not the whole report
            items = [*items[:SEED_ITEMS], f"…and {len(items) - SEED_ITEMS} more in the profile"]
        return Block(text=text, items=items)

    def _missing_block(self, intent: Intent, occupation: Occupation | None) -> Block:
        values = self._values_for(occupation)
        template = intent.answer
        return Block(
            heading=self._fill(template.heading, values),
            text=self._fill(template.missing or template.text, values),
        )

    def _block(self, intent: Intent, occupation: Occupation | None) -> Block:
        """A general intent's answer (greeting, help, ...), from its template."""
        values = self._values_for(occupation)
        return Block(
            heading=self._fill(intent.answer.heading, values),
            text=self._fill(intent.answer.text, values),
        )

    def _oews_title(self, soc: str) -> str:
        return self.catalog.oews.titles.get(soc, "") if self.catalog.oews else ""

    def _figures(self, soc: str) -> Figures | None:
        return self.catalog.oews.national.get(soc) if self.catalog.oews else None

    def _oews_blocks(
        self, intent: Intent, occupation: Occupation, state: str | None
    ) -> list[Block]:
        """BLS wage-survey figures for the occupation, and for the state when one was named
        (the state first)."""
        national = self._figures(occupation.soc)
        if national is None or not intent.answer.oews or self.catalog.oews is None:
            return []
        values = self._values_for(occupation)
        title = self.catalog.oews.titles[occupation.soc]
        values |= oews_values(title, national, "")
        heading = self._fill(intent.answer.heading, values)
        blocks = [Block(heading=heading, text=self._fill(intent.answer.oews, values))]
        if state and intent.answer.oews_state:
            in_state = self.catalog.oews.state(state, occupation.soc)
            if in_state is None:
                text = NO_STATE_FIGURES.format(title=title, state=place(state))
            else:
                values |= state_values(state, title, in_state, national)
                text = self._fill(intent.answer.oews_state, values)
                # "median" is explained once, where it first appears: in the state's sentence.
                # The national figures after the state's, said to be national.
                national_pay = median_sentence(title, national, explain=False)
                values["oews_pay"] = ACROSS_THE_US + national_pay
            national_text = self._fill(intent.answer.oews, values)
            blocks = [Block(heading=heading, text=text), Block(text=national_text)]
        return blocks

    def _citations(self, socs: list[str]) -> list[Citation]:
        citations: list[Citation] = []
        for soc in socs:
            source = self.occupations[soc].source
            citation = OEWS if source == OEWS_SOURCE else Citation(name=source.name, url=source.url)
            if citation not in citations:
                citations.append(citation)
        return citations

    def _section(self, intent_id: str, soc: str) -> Section | None:
        """The field's answer for the occupation, built once (sections are immutable)."""
        key = (intent_id, soc)
        if key in self._sections:
            return self._sections[key]
        builder = self._builders.get(intent_id)
        section = None
        if builder is not None:
            values = self._values_for(self.occupations[soc])
            heading = self._fill(self.intents[intent_id].answer.heading, values)
            section = builder(self._facts[soc], heading)
        self._sections[key] = section
        return section

    def _answerable(self, intent_id: str, soc: str) -> bool:
        """Whether asking this would give figures, not "I don't have that yet" (cached)."""
        key = (intent_id, soc)
        if key not in self._answerable_cache:
            self._answerable_cache[key] = self._can_answer(intent_id, soc)
        return self._answerable_cache[key]

    def _can_answer(self, intent_id: str, soc: str) -> bool:
        intent = self.intents[intent_id]
        occupation = self.occupations[soc]
        if intent.answer.oews and self._figures(soc) is not None:
            return True
        if intent_id == "work_life_balance":  # always answers, but only the seed has a score
            return occupation.has("work_life_balance")
        if intent_id in self._builders:
            return self._has_field(intent_id, soc)
        return bool(intent.fields) and all(occupation.has(f) for f in intent.fields)

    def _has_field(self, intent_id: str, soc: str) -> bool:
        """Whether the field's builder will answer, read off the data without building the
        answer (suggestions ask this for several fields at once)."""
        facts = self._facts[soc]
        profile = facts.profile
        if intent_id in {"overview", "strengths", "challenges"}:
            return facts.oews is not None or profile is not None
        if intent_id not in HAS_FIELD:
            return self._section(intent_id, soc) is not None
        if profile is None:
            return False
        related = any(r.soc in self.occupations and r.soc != soc for r in profile.related)
        return {
            "duties": bool(profile.description or profile.tasks),
            "personality": bool(profile.interests),
            "skills": bool(profile.skills or profile.technologies),
            "related": related,
            "education": bool(
                profile.projection or profile.job_zone is not None or profile.education_required
            ),
            "outlook": profile.projection is not None,
            "automation": bool(profile.exposure),
        }[intent_id]

    def _suggestions(self, after: list[str], socs: list[str]) -> list[Suggestion]:
        """The natural next questions, among those the data can answer for the first career."""
        if not socs:
            return []
        wanted: list[str] = []
        for intent_id in [*after, *FALLBACK_SUGGESTIONS]:
            wanted += [i for i in self.intents[intent_id].suggest if i not in wanted]
        wanted += [i for i in FALLBACK_SUGGESTIONS if i not in wanted]
        wanted = [
            i
            for i in wanted
            if i not in after and self.intents[i].needs_occupation and i != "compare"
            if self._answerable(i, socs[0])
        ]
        return [
            Suggestion(label=self.intents[i].label, intent=i, occupations=socs[:1])
            for i in wanted[:4]
        ]

    def missing_fields(self, soc: str) -> list[str]:
        """The fields (in words) no source answers for this occupation."""
        return [words for i, words in FIELD_WORDS.items() if not self._answerable(i, soc)]

    # -- answers --------------------------------------------------------------------------
    def about_occupations(
        self,
        intent_ids: list[str],
        socs: list[str],
        score: float,
        state: str | None = None,
        *,
        detail: bool = False,
    ) -> Answer:
        """Answer profile questions about occupations. An answer longer than SHORT_LIMIT
        characters shows its short form and a "More" suggestion (`detail=True`); `detail=True`
        gives the full form. Official figures come first; a seed profile's own figures follow,
        labelled as the profile's."""
        blocks: list[Block] = []
        cited: list[Citation] = []
        choices: list[Suggestion] = []
        more: list[str] = []
        for soc in socs:
            occupation = self.occupations[soc]
            for intent_id in intent_ids:
                intent = self.intents[intent_id]
                seed = self._seed_block(intent, occupation)
                seed_cited = self._citations([soc]) if seed else []
                section = self._section(intent_id, soc)
                if section is not None:
                    shown = section.full if detail else section.short
                    blocks += shown
                    cited += section.citations
                    choices += section.more if detail and section.more else section.choices
                    if seed is not None:
                        if (
                            detail
                            or length([*shown, seed]) <= SHORT_LIMIT
                            or intent_id
                            in {
                                "automation",
                                "personality",
                                "outlook",
                                "work_life_balance",
                            }
                        ):
                            blocks.append(seed)
                            cited += seed_cited
                        else:
                            more.append(intent_id)
                    if section.has_more and not detail:
                        more.append(intent_id)
                    continue
                figures = self._oews_blocks(intent, occupation, state)
                if figures:
                    blocks += figures
                    cited.append(OEWS)
                    if seed is not None:
                        blocks.append(seed)
                        blocks.append(
                            Block(
                                text=SOURCES_DIFFER.format(
                                    profile=occupation.source.name,
                                    title=occupation.title,
                                    release=RELEASE,
                                    oews_title=self._oews_title(soc),
                                )
                            )
                        )
                        cited += seed_cited
                elif seed is not None:
                    blocks += [Block(heading=self._missing_block(intent, occupation).heading), seed]
                    cited += seed_cited
                else:
                    blocks.append(self._missing_block(intent, occupation))
        suggestions = self._suggestions(intent_ids, socs)
        if more and len(socs) == 1:
            suggestions.insert(
                0,
                Suggestion(label=MORE_LABEL, intent=more[0], occupations=socs[:1], detail=True),
            )
        return Answer(
            intent=intent_ids[0],
            intents=intent_ids,
            occupations=socs,
            state=state,
            score=score,
            blocks=blocks,
            sources=list(dict.fromkeys(cited)),
            suggestions=suggestions,
            choices=choices,
            chart=self.pay_chart(socs, state) if "salary" in intent_ids else None,
        )

    def compare(
        self,
        socs: list[str],
        score: float,
        state: str | None = None,
        focus: list[str] | None = None,
        lowest: bool = False,
    ) -> Answer:
        """Occupations side by side: BLS wage-survey figures (labelled with BLS's titles),
        projections, entry education and AI exposure; a row only where every one has a figure.
        In a state, an occupation with no state row is named, never silently dropped. `focus`
        (intents: education, outlook, employment, automation, salary) is what the verdict that
        opens the answer is about; none: pay and growth. More than COMPARE_TABLE_LIMIT careers
        (a whole list: "which of those pays the most") are ranked by the figure of the focus
        instead, highest first unless `lowest` (see `_ranked_among`)."""
        if len(socs) > COMPARE_TABLE_LIMIT:
            return self._ranked_among(socs, score, (focus or ["salary"])[0], lowest)
        intent = self.intents["compare"]
        values = dict(self._general)
        if len(socs) < 2:
            known = self.occupations[socs[0]].title if socs else None
            text = self._fill(intent.answer.missing, values)
            if known:
                text += f" I have {known}: name the other one to set it against."
            return Answer(
                intent="compare",
                intents=["compare"],
                occupations=socs,
                score=score,
                blocks=[Block(heading=self._fill(intent.answer.heading, values), text=text)],
                sources=self._citations(socs),
                suggestions=self._suggestions(["compare"], socs),
            )
        rows = []
        table = {soc: self._compare_cells(soc, state) for soc in socs}
        for label in dict.fromkeys(label for cells in table.values() for label in cells):
            found = [table[soc].get(label) for soc in socs]
            if all(cell is not None for cell in found):  # only what every one of them has
                pairs = [
                    f"{self._facts[s].official_title}: {c}"
                    for s, c in zip(socs, found, strict=True)
                ]
                rows.append(f"{label} — " + "; ".join(pairs))
        text = self._fill(intent.answer.text, values)
        verdict = self._compare_verdict(socs, state, focus or [])
        if verdict:
            text = f"{verdict} {text}"
        if state and self.catalog.oews is not None:
            absent = [s for s in socs if self.catalog.oews.state(state, s) is None]
            if absent:
                titles = [self._facts[s].official_title for s in absent]
                text += " " + NO_STATE_ROW.format(
                    state=place(state),
                    titles=" and ".join(titles),
                    them="those rows" if len(absent) < len(socs) else "all rows",
                )
        cited = [OEWS]
        if any(self._facts[s].profile is not None for s in socs):
            cited += [PROJECTIONS, EXPOSURE_CITATIONS["llm_exposure"]]
        blocks = [Block(heading=self._fill(intent.answer.heading, values), text=text, items=rows)]
        if "duties" in (focus or []):  # "what's the difference between them": the work itself
            blocks.append(self._what_each_does(socs))
            cited.append(ONET)
        return Answer(
            intent="compare",
            intents=["compare"],
            occupations=socs,
            state=state,
            score=score,
            blocks=blocks,
            sources=list(dict.fromkeys([*cited, *self._citations(socs)])),
            suggestions=self._suggestions(["compare"], socs),
            chart=self.pay_chart(socs),
        )

    def _what_each_does(self, socs: list[str]) -> Block:
        """The first sentence of each career's O*NET 30.3 description ("What each does"); a
        career with no description says so."""
        items = []
        for soc in socs:
            profile = self._facts[soc].profile
            said = (profile.description or "").strip() if profile is not None else ""
            first = said.split(". ")[0].rstrip(".") + "." if said else NO_DESCRIPTION
            items.append(f"{self._facts[soc].official_title}: {first}")
        return Block(heading=WHAT_EACH_DOES, items=items)

    @staticmethod
    def _chart_range(label: str, figures: Figures) -> ChartRange:
        return ChartRange(
            label=label,
            p10=figures.number("annual_p10"),
            p25=figures.number("annual_p25"),
            median=figures.number("annual_median"),
            p75=figures.number("annual_p75"),
            p90=figures.number("annual_p90"),
            top_coded=any(figures.top_coded(f"annual_{p}") for p in PERCENTILES),
        )

    def states_by_pay(self, soc: str, score: float, lowest: bool = False) -> Answer:
        """ "which state pays nurses the most": the STATES_SHOWN states (and DC) with the highest
        (or lowest) annual median pay for `soc` in the BLS wage survey (OEWS, May 2025), beside
        the US median; a top-coded median ($239,200 or more) ranks first. States where BLS
        published no annual median are left out."""
        title = self.occupations[soc].title

        def median(figures: Figures) -> float | None:
            if figures.top_coded("annual_median"):
                return TOP_CODE_ANNUAL
            return figures.number("annual_median")

        medians = self._states_by(soc, median, lowest)
        items = [f"{state_name(code)}: {pay_cell(f)}" for _, code, f in medians[:STATES_SHOWN]]
        national = self._figures(soc)
        us = pay_cell(national) if national else NOT_PUBLISHED
        heading = (STATES_LOWEST if lowest else STATES_HIGHEST).format(title=title)
        text = STATES_TEXT.format(count=len(medians), us=us) if medians else STATES_NONE
        return _by_state("salary", soc, score, Block(heading=heading, text=text, items=items))

    def states_by_jobs(self, soc: str, score: float, lowest: bool = False) -> Answer:
        """ "which states have the most jobs for LPNs": the STATES_SHOWN states (and DC) where
        the most (or fewest) people work in `soc`, from the BLS wage survey (OEWS, May 2025)
        employment estimates, beside the US total. States where BLS published none are left
        out."""
        title = self.occupations[soc].title
        counts = self._states_by(soc, lambda figures: figures.number("employment"), lowest)
        items = [f"{state_name(code)}: {n:,.0f} jobs" for n, code, _ in counts[:STATES_SHOWN]]
        national = self._figures(soc)
        total = national.number("employment") if national else None
        us = f"{total:,.0f}" if total is not None else NOT_PUBLISHED
        heading = (STATES_FEWEST_JOBS if lowest else STATES_MOST_JOBS).format(title=title)
        text = STATES_JOBS_TEXT.format(count=len(counts), us=us) if counts else STATES_NO_JOBS
        return _by_state("employment", soc, score, Block(heading=heading, text=text, items=items))

    def _states_by(
        self, soc: str, figure: Callable[[Figures], float | None], lowest: bool
    ) -> list[tuple[float, str, Figures]]:
        """(figure, USPS code, the state's figures) for each state where BLS OEWS publishes
        `figure` for `soc`: highest first (lowest first if `lowest`), ties by code."""
        oews = self.catalog.oews
        found: list[tuple[float, str, Figures]] = []
        for code in STATES:
            figures = oews.state(code, soc) if oews else None
            value = figure(figures) if figures is not None else None
            if figures is not None and value is not None:
                found.append((value, code, figures))
        return sorted(found, key=lambda vcf: (vcf[0] if lowest else -vcf[0], vcf[1]))

    def pay_in_states(self, soc: str, states: list[str], score: float) -> Answer:
        """ "pay in ohio and michigan": the annual median pay for `soc` in each of `states`
        (USPS codes, in the order asked) beside the US median, from the BLS wage survey (OEWS,
        May 2025); a state where BLS published none says so."""
        oews = self.catalog.oews
        items = []
        for code in states:
            figures = oews.state(code, soc) if oews else None
            items.append(f"{state_name(code)}: {pay_cell(figures) if figures else NOT_PUBLISHED}")
        national = self._figures(soc)
        items.append(f"US: {pay_cell(national) if national else NOT_PUBLISHED}")
        title = self.occupations[soc].title
        return Answer(
            intent="salary",
            intents=["salary"],
            occupations=[soc],
            score=score,
            blocks=[Block(heading=PAY_IN_STATES.format(title=title), items=items)],
            sources=[OEWS],
            state=states[0] if states else None,
        )

    def pay_chart(self, socs: list[str], state: str | None = None) -> Chart | None:
        """Pay ranges for the occupations (and the state against the U.S.), from BLS OEWS."""
        oews = self.catalog.oews
        if oews is None:
            return None
        ranges: list[ChartRange] = []
        for soc in socs[:MAX_CHART_RANGES]:
            national = oews.national.get(soc)
            if national is None:
                continue
            title = self._facts[soc].official_title
            in_state = oews.state(state, soc) if state else None
            if in_state is not None and state is not None and len(socs) == 1:
                ranges.append(self._chart_range(state_name(state), in_state))
                ranges.append(self._chart_range("U.S.", national))
            else:
                ranges.append(self._chart_range(title, national))
        if not ranges:
            return None
        title = (
            "Yearly pay" if len(socs) > 1 else f"Yearly pay: {self._facts[socs[0]].official_title}"
        )
        return Chart(title=title, source=f"Source: {RELEASE}", ranges=ranges)

    def _related_close(self, soc: str) -> list[str]:
        """The careers O*NET lists as related to `soc` (in O*NET's order) that careerbot has."""
        profile = self.catalog.profiles.get(soc)
        related = sorted(profile.related, key=lambda r: r.index) if profile else []
        return list(
            dict.fromkeys(r.soc for r in related if r.soc in self.occupations and r.soc != soc)
        )

    def related_safer(self, soc: str, score: float, state: str | None = None) -> Answer:
        """ "What jobs are similar but safer from AI": the careers O*NET lists as related to
        `soc` that are less exposed to AI language models than it (Eloundou et al., as a
        percentile of all jobs), least exposed first, each with its percentile."""
        title = self.occupations[soc].title
        own = self._rank_figure(soc, "ai")
        close = self._related_close(soc)
        exposure = {other: self._rank_figure(other, "ai") for other in close}
        safer = sorted(
            (other for other in close if own is not None and (exposure[other] or 100.0) < own),
            key=lambda other: exposure[other] or 0.0,
        )
        items = [f"{self.occupations[o].title}: {ai.rank(exposure[o] or 0.0)}" for o in safer]
        where = f" ({ai.rank(own)})" if own is not None else ""
        found = (SAFER_TEXT if safer else SAFER_NONE).format(title=title, where=where)
        # what the measure is, and is not: the caveat every list by AI exposure has
        text = f"{found} {AI_LIST_TEXT}" + (f" {RANKED_TEXT}" if safer else "")
        listed = self._career_list(
            SAFER_HEADING.format(title=title), text, items[:RANKED_LIMIT], safer[:RANKED_LIMIT],
            score, [ONET, LLM_EXPOSURE],
        )  # fmt: skip
        return _as_related(listed, soc, state)

    def related_shorter(self, soc: str, score: float, state: str | None = None) -> Answer:
        """ "what other job is near to nurse with less study": the careers O*NET lists as
        related to `soc` whose typical entry education (BLS Employment Projections 2024-34) is
        below its own, least first, each with that education."""
        title = self.occupations[soc].title
        own = rankings.education_level(self._entry_education(soc))
        close = self._related_close(soc)
        levels = {other: rankings.education_level(self._entry_education(other)) for other in close}
        shorter = sorted(
            (other for other in close if levels[other] < own), key=lambda other: levels[other]
        )
        plain = {o: prospects.plain_education(self._entry_education(o) or "") for o in shorter}
        items = [f"{self.occupations[o].title}: {plain[o]}" for o in shorter]
        education = prospects.plain_education(self._entry_education(soc) or "no published level")
        text = (SHORTER_TEXT if shorter else SHORTER_NONE).format(title=title, education=education)
        listed = self._career_list(
            SHORTER_HEADING.format(title=title), text, items[:RANKED_LIMIT],
            shorter[:RANKED_LIMIT], score, [ONET, PROJECTIONS],
        )  # fmt: skip
        return _as_related(listed, soc, state)

    def _ranked_among(self, socs: list[str], score: float, focus: str, lowest: bool) -> Answer:
        """ "Which of those pays the most" after a list: every career of `socs` ranked by the
        figure `focus` asks (salary: OEWS median pay; outlook: projected growth; employment:
        jobs; automation: AI exposure; education: BLS entry education, least first), each
        with it; a career with no figure is left out."""
        by: rankings.RankBy = RANK_FOR_FOCUS.get(focus, "pay")
        lowest = lowest and focus in RANK_FOR_FOCUS  # "least stressful" says nothing of pay
        ranking = rankings.Ranking(by=by, lowest=lowest)
        if focus == "education":  # "which needs the least school": by BLS's entry level
            levels = {soc: rankings.education_level(self._entry_education(soc)) for soc in socs}
            order = sorted(socs, key=lambda soc: (levels[soc], socs.index(soc)), reverse=lowest)
            items = [
                f"{self.occupations[s].title}: {self._entry_education(s) or NOT_PUBLISHED}"
                for s in order
            ]
            heading, sources = FEWEST_SCHOOL_AMONG, [PROJECTIONS]
        else:
            ranked = rankings.rank(
                ranking, socs, self._rank_figure, self._entry_education, self._quick_entry
            )
            order = [r.soc for r in ranked]
            items = [self._ranked_item(by, r) for r in ranked]
            heading = (LOWEST_HEADINGS[by] if lowest else RANKED_HEADINGS[by]) + " of those"
            sources = {"pay": [OEWS], "ai": [LLM_EXPOSURE]}.get(by, [PROJECTIONS])
        # "which of those is least stressful": no figure says; by pay, said so
        text = (
            RANKED_TEXT if focus != "work_life_balance" else f"{NO_BALANCE_COMPARED} {RANKED_TEXT}"
        )
        ranked_list = self._career_list(heading, text, items, order, score, sources)
        # a comparison all the same: its careers are the ones discussed next
        return ranked_list.model_copy(
            update={"intent": "compare", "intents": ["compare"], "occupations": order}
        )

    def _compare_verdict(self, socs: list[str], state: str | None, focus: list[str]) -> str:
        """ "Highest median pay: Registered Nurses ($93,600 a year). Fastest projected growth,
        2024–34: Nurse Practitioners (+40.1%)." — only where every career has the figure (BLS
        wage survey; Employment Projections), and none for a tie or a top-coded wage. With a
        `focus` other than pay ("which needs more school"), the verdict on that instead."""
        other = [f for f in focus if f != "salary"]
        if other:
            focused = [v for f in other if (v := self._verdict_on(f, socs, state))]
            if focused:
                return " ".join(focused)
        said: list[str] = []
        oews = self.catalog.oews
        rows = {
            soc: (oews.state(state, soc) if state and oews is not None else self._figures(soc))
            for soc in socs
        }
        published = {soc: row for soc, row in rows.items() if row is not None}
        pay = {soc: row.number("annual_median") for soc, row in published.items()}
        if len(published) == len(socs) and None not in pay.values():
            best, second = sorted(pay, key=lambda soc: pay[soc] or 0.0, reverse=True)[:2]
            where = f" in {place(state)}" if state else ""
            if (pay[best] or 0.0) - (pay[second] or 0.0) < CLOSE_PAY * (pay[best] or 0.0):
                # $98,100 against $97,550 is no winner
                said.append(
                    f"Median pay{where} is close: {self._facts[best].official_title} "
                    f"({pay_cell(published[best])}), {self._facts[second].official_title} "
                    f"({pay_cell(published[second])})."
                )
            elif len(socs) == 2:  # "how much more do NPs make than RNs": the gap, said
                gap = (pay[best] or 0.0) - (pay[second] or 0.0)
                said.append(
                    f"Highest median pay{where}: {self._facts[best].official_title} "
                    f"({pay_cell(published[best])}), {money(gap)} a year more than "
                    f"{self._facts[second].official_title} ({pay_cell(published[second])})."
                )
            else:  # "which of the three pays least" is answered too: both ends said
                lowest = min(pay, key=lambda soc: pay[soc] or 0.0)
                said.append(
                    f"Highest median pay{where}: {self._facts[best].official_title} "
                    f"({pay_cell(published[best])}); lowest: "
                    f"{self._facts[lowest].official_title} ({pay_cell(published[lowest])})."
                )
        changes = {}
        for soc in socs:
            profile = self._facts[soc].profile
            if profile is None or profile.projection is None:
                break
            changes[soc] = profile.projection.percent_change
        else:
            title = {soc: self._facts[soc].official_title for soc in socs}
            said.append(_growth_ends(changes, title))
        return " ".join(said)

    def _ai_verdict(self, socs: list[str], title: dict[str, str]) -> str:
        """ "More exposed to AI language models: Court Reporters (more exposed than 98% of
        jobs)." (Eloundou et al.); "" where one has no score or two share the top."""
        percentile = {soc: self._rank_figure(soc, "ai") for soc in socs}
        if any(value is None for value in percentile.values()):
            return ""
        ranked = sorted(socs, key=lambda soc: percentile[soc] or 0.0, reverse=True)
        top, second = percentile[ranked[0]] or 0.0, percentile[ranked[1]] or 0.0
        if top == second:
            return ""
        last = ranked[-1]
        lowest = f"{title[last]} ({ai.rank(percentile[last] or 0.0)})"
        if len(socs) == 2:
            return (
                f"More exposed to AI language models: {title[ranked[0]]} ({ai.rank(top)}), "
                f"against {lowest}."
            )
        return (
            f"Most exposed to AI language models: {title[ranked[0]]} ({ai.rank(top)}); least: "
            f"{lowest}."
        )

    def _verdict_on(self, focus: str, socs: list[str], state: str | None = None) -> str:
        """One line on `focus` (education, employment or outlook) for the careers compared,
        from BLS Employment Projections: entry education, jobs and openings, growth; for
        work-life balance, that no figure rates it. Jobs in a `state`: the BLS wage survey's
        count there. "" for another focus, where one of them has no figure, or where they tie
        on education."""
        if focus == "employment" and state and self.catalog.oews is not None:
            oews = self.catalog.oews
            counts = {soc: row.number("employment") if (row := oews.state(state, soc)) else None
                      for soc in socs}  # fmt: skip
            if None in counts.values():
                return ""
            most = max(socs, key=lambda soc: counts[soc] or 0.0)
            return (
                f"Most jobs in {place(state)}: {self._facts[most].official_title} "
                f"({counts[most]:,.0f}, {RELEASE})."
            )
        projections = {}
        for soc in socs:
            profile = self._facts[soc].profile
            if profile is None or profile.projection is None:
                return ""
            projections[soc] = profile.projection
        title = {soc: self._facts[soc].official_title for soc in socs}
        if focus == "education":
            level = {soc: rankings.education_level(p.education) for soc, p in projections.items()}
            least = min(level, key=lambda soc: level[soc])
            fewest = [soc for soc in socs if level[soc] == level[least]]
            education = projections[least].education.lower()
            if len(fewest) == len(socs):  # "which needs less school": a tie is the answer
                return f"The same education to start for each: {education} (BLS)."
            names = "; ".join(title[soc] for soc in fewest)  # (titles hold commas of their own)
            # "which needs more school" is answered too: the other end said
            most = max(level, key=lambda soc: level[soc])
            longest = "; ".join(title[soc] for soc in socs if level[soc] == level[most])
            return (
                f"Least education to start: {names} ({education}); most: {longest} "
                f"({projections[most].education.lower()}, BLS)."
            )
        if focus == "employment":
            most = max(projections, key=lambda soc: projections[soc].employment_2024)
            return (
                f"Most jobs: {title[most]} ({projections[most].employment_2024:,} in 2024; "
                f"{projections[most].openings:,} openings a year, BLS)."
            )
        if focus == "automation":  # "which is more at risk from ai": the more exposed one
            return self._ai_verdict(socs, title)
        if focus == "work_life_balance":  # "which one is more stressful": no figure says
            return f"{NO_BALANCE_COMPARED} {verdicts.BALANCE_POINTER}"
        if focus == "outlook":
            changes = {soc: p.percent_change for soc, p in projections.items()}
            return _growth_ends(changes, title)
        return ""

    def _compare_cells(self, soc: str, state: str | None = None) -> dict[str, str]:
        """Row label -> value for one occupation: official figures first, then a seed
        profile's, labelled as the profile's."""
        cells: dict[str, str] = {}
        in_state = self.catalog.oews.state(state, soc) if state and self.catalog.oews else None
        if in_state is not None and state is not None:
            cells[f"Median pay in {place(state)}"] = pay_cell(in_state)
            cells[f"Jobs in {place(state)}"] = bls_count(in_state)
        figures = self._figures(soc)
        if figures is not None:
            cells[f"Median pay, US ({RELEASE})"] = pay_cell(figures)
            cells[f"Jobs in the US ({RELEASE})"] = bls_count(figures)
        facts = self._facts[soc]
        projection = facts.profile.projection if facts.profile else None
        if projection is not None:
            cells["Projected change 2024–34"] = f"{fixed(projection.percent_change, sign=True)}%"
            cells["Openings a year"] = openings(projection.openings)
            cells["Typical education to start"] = prospects.plain_education(projection.education)
        llm = facts.exposure("llm_exposure")
        if llm is not None:
            cells["Tasks AI language models could help with"] = ai.rank(llm.percentile)
        for label, key in COMPARE_ROWS:
            value = self._values[soc][key]
            if value is not None:
                cells[label] = value
        return cells

    def list_occupations(
        self,
        topic_words: list[str],
        score: float,
        within: Sequence[list[str]] = (),
        state: str | None = None,
        offset: int = 0,
    ) -> Answer:
        """The careers known, searched by the words given ("careers with engineer"), or ranked
        where the words ask for it ("highest paying jobs without a degree": see rankings).
        `within`: the words of the list these narrow ("which of those need only a high school
        diploma" after "fastest growing careers"), first the list's question, then each
        follow-up that narrowed it before. `state` (a USPS code, "TX"): pay and job counts
        ranked by that state's OEWS figures, the answer's `state` then set; other figures
        (growth, education) are national. `offset`: how many of the list were shown before
        ("show more"): the next ones are shown."""
        ranking = self._ask(topic_words)
        pool: list[str] | None = None
        if within:
            asked = [self._ask(w) for w in within]
            for earlier in reversed(asked):
                ranking = rankings.narrowed(earlier, ranking)
            first = asked[0]
            if not (first.asked or first.likes):  # a search: "careers with engineer"
                pool = [o.soc for o in self.search(self._search_words(within[0]))] or None
        if ranking.likes:
            return self._liked_list(ranking, score, offset)
        if (
            ranking.by is not None
            or ranking.max_education is not None
            or ranking.min_pay
            or ranking.limits  # "jobs without needles": every career, less those
        ):
            return self._ranked_list(ranking, score, pool, state, offset)
        if ranking.groups and pool is None:
            # "healthcare jobs", "careers in the skilled trades": the area's careers, the most
            # common first (a title search would find "Healthcare Support Workers, All Other")
            return self._ranked_list(ranking, score, offset=offset)
        intent = self.intents["list_occupations"]
        search = self._search_words(topic_words)
        matches = self.search(search)
        heading = self._fill(intent.answer.heading, self._general)
        if matches and search:  # "careers with therapist": say what was searched
            total = len(self._by_title)
            text = SEARCH_FOUND.format(count=len(matches), total=total, words=" ".join(search))
        elif matches:
            text = self._fill(intent.answer.text, self._general)
        elif search:  # no list of all 830 careers in title order: ways to search instead
            text = NO_MATCH.format(words=" ".join(search))
        else:
            text = self._fill(intent.answer.text, self._general)
            matches = self._by_title
        matches = matches[offset:]
        # (a page as long as its buttons: "more" goes on from the last career shown)
        items = [f"{o.title} ({o.soc})" for o in matches[:RANKED_LIMIT]]
        if len(matches) > RANKED_LIMIT:
            items.append(MORE_LEFT.format(count=len(matches) - RANKED_LIMIT))
        return Answer(
            intent="list_occupations",
            intents=["list_occupations"],
            score=score,
            blocks=[Block(heading=heading, text=text, items=items, numbered=True)],
            choices=[
                Suggestion(label=o.title, intent="overview", occupations=[o.soc])
                for o in matches[:MAX_CHOICES]
            ],
            more=max(0, len(matches) - RANKED_LIMIT),
        )

    def _ask(self, words: list[str]) -> rankings.Ranking:
        return rankings.ask(words, self._areas, self._interest_words, self._limit_words)

    def _limit_pattern(self, limits: Sequence[str]) -> "re.Pattern[str]":
        """The regular expression that finds `limits` (data/interests.yaml `limits:` keys) in
        O*NET task statements: a word beginning with one of their task words ("lift" in
        "Lift patients"); compiled once per set of limits."""
        key = tuple(limits)
        if key not in self._limit_patterns:
            stems = "|".join(re.escape(w) for limit in key for w in self.catalog.limits[limit])
            self._limit_patterns[key] = re.compile(rf"\b(?:{stems})", re.IGNORECASE)
        return self._limit_patterns[key]

    @staticmethod
    def _limits_said(limits: Sequence[str]) -> str:
        """How limits are said in a note: "blood or needles", "kneeling, climbing or lifting"."""
        words = [word for limit in limits for word in LIMITS_SAID.get(limit, (limit,))]
        return join_words(list(dict.fromkeys(words)), "or")

    def ruled_out(self, limits: Sequence[str]) -> frozenset[str]:
        """SOC codes of the careers that `limits` (data/interests.yaml `limits:` keys: "blood")
        rule out: those with an O*NET 30.3 task statement (data/onet/tasks.csv) that has a
        word beginning with one of the limit's task words ("lift" in "Lift patients")."""
        ruled: set[str] = set()
        for limit in limits:
            if limit not in self._ruled_out_by:
                said = self._limit_pattern([limit])
                self._ruled_out_by[limit] = frozenset(
                    soc
                    for soc in self.occupations
                    if (profile := self.catalog.profiles.get(soc)) is not None
                    and any(said.search(task.text) for task in profile.tasks)
                )
            ruled |= self._ruled_out_by[limit]
        return frozenset(ruled)

    def _leave_out(self, ranking: rankings.Ranking, socs: Sequence[str]) -> tuple[list[str], str]:
        """`socs` (a list's careers, in order) less those the ranking's limits rule out, and
        the note that says so ("Left out: 12 careers here whose O*NET tasks mention blood.";
        "" without limits)."""
        if not ranking.limits:
            return list(socs), ""
        ruled = self.ruled_out(ranking.limits)
        kept = [soc for soc in socs if soc not in ruled]
        said = self._limits_said(ranking.limits)
        left_out = len(socs) - len(kept)
        note = LIMITS_NOTE.format(count=left_out, things=said) if left_out else None
        return kept, note or LIMITS_NONE.format(things=said)

    def tasks_saying(self, soc: str, limits: Sequence[str]) -> str:
        """ "would i ever have to see blood": the O*NET 30.3 task statements of `soc` that say
        a part of the work (`limits`: data/interests.yaml keys), or that none of them does;
        "" where O*NET lists no tasks for it."""
        profile = self.catalog.profiles.get(soc)
        if profile is None or not profile.tasks:
            return ""
        said = self._limit_pattern(limits)
        found = [task.text for task in profile.tasks if said.search(task.text)]
        things = self._limits_said(limits)
        title = self.occupations[soc].title
        if not found:
            return TASKS_NONE.format(count=len(profile.tasks), title=title, things=things)
        shown = "; ".join(task.rstrip(".") for task in found[:TASKS_SHOWN])
        verb = "mentions" if len(found) == 1 else "mention"
        return TASKS_SAYING.format(
            count=len(found), title=title, verb=verb, things=things, tasks=shown
        )

    def _search_words(self, topic_words: list[str]) -> list[str]:
        """The words of a list question that name what to search for (not "list", "careers")."""
        return [w for w in topic_words if w not in self._list_words and w not in FILLER]

    def search(self, words: list[str]) -> list[Occupation]:
        """The one occupation search ("list careers with engineer", /careers library): the
        occupations whose title or aliases hold every word (folded tokens), else any of them,
        in title order; a SOC code ("25-4031") finds its occupation."""
        codes = [self.occupations[w] for w in words if w in self.occupations]
        hits = [set(self._titles_with_word.get(word, ())) for word in words]
        every = set.intersection(*hits) if hits else set()
        # Any word will do for a short search ("nurse or teacher"), not for a long message,
        # where one stray word ("10th graders") would list Graders and Sorters
        # ("work with bees": not Social Work Teachers for "work" alone)
        anyhow = [hit for word, hit in zip(words, hits, strict=True) if word not in _TOO_GENERAL]
        found = every or (set().union(*anyhow) if len(words) <= SEARCH_ANY_WORDS else set())
        return codes + [self._by_title[rank] for rank in sorted(found)]

    def define(self, term: str, score: float) -> Answer:
        """ "What does median mean": the explanation of `term` (a data/glossary.yaml key), as
        a source answer (it says what the figures are). KeyError if `term` is not there."""
        return Answer(
            intent="source",
            intents=["source"],
            score=score,
            blocks=[
                Block(
                    heading=GLOSSARY_HEADING.format(term=term),
                    text=self.catalog.glossary[term].text,
                )
            ],
        )

    def _ranked_list(
        self,
        ranking: rankings.Ranking,
        score: float,
        pool: Sequence[str] | None = None,
        state: str | None = None,
        offset: int = 0,
    ) -> Answer:
        """ "Highest median pay, no degree needed to start": the top RANKED_LIMIT occupations
        (of `pool`, SOC codes, if given: else all) by the official figure asked
        (rankings.rank), each with it, and the sources. With `state`, pay and jobs are that
        state's (BLS OEWS); a ranking by another figure stays national (answer `state` None)."""
        socs = [o.soc for o in self._by_title] if pool is None else pool
        by_pay_or_jobs = ranking.by in ("pay", "jobs") or (
            ranking.by is None and (ranking.max_education is not None or ranking.min_pay)
        )
        in_state = state if state and by_pay_or_jobs and self.catalog.oews else None
        figure = self._rank_figure
        if in_state is not None:
            where = in_state

            def figure(soc: str, by: rankings.RankBy) -> float | None:
                return self._state_rank_figure(soc, by, where)

        ranked = rankings.rank(ranking, socs, figure, self._entry_education, self._quick_entry)
        kept, limits_note = self._leave_out(ranking, [r.soc for r in ranked])
        if limits_note:
            keep = set(kept)
            ranked = [r for r in ranked if r.soc in keep]
        heading = RANKED_HEADINGS[ranking.by]
        if ranking.by is not None and ranking.lowest:
            heading = LOWEST_HEADINGS[ranking.by]
        if ranking.min_pay is not None:
            floor = ranking.min_pay
            annual, hourly = f"${floor:,.0f}", f"${floor / rankings.HOURS_A_YEAR:,.2f}"
            floor_words = PAY_FLOOR if ranking.by is None else PAY_FLOOR_SHORT
            heading += " " + floor_words.format(annual=annual, hourly=hourly)
        if ranking.ai is not None:
            heading += " " + AI_SIDES[ranking.ai]
        parts = _qualified(heading, ranking, self._area_names)
        shown = min(ranking.count or RANKED_LIMIT, RANKED_LIMIT)  # "top 5": five
        ranked = ranked[offset:]  # "show more": the next ones
        # no order asked (a pay floor, an education ceiling): the most common careers first,
        # each with its pay
        shown_by = "pay" if ranking.by is None else ranking.by
        items = [self._ranked_item(shown_by, r, in_state) for r in ranked[:shown]]
        if in_state is not None:
            parts.append(IN_STATE.format(state=state_name(in_state)))
        if ranking.max_education is not None:
            # "pay well without a degree": police supervisors qualify only after years on
            # the force, so BLS's work experience in a related job is said beside each
            items = [
                item + EXPERIENCE_FIRST.format(years=years.lower()) if years else item
                for item, years in zip(
                    items, (self._experience(r.soc) for r in ranked[:shown]), strict=False
                )
            ]
        if len(ranked) > shown:
            items.append(MORE_LEFT.format(count=len(ranked) - shown))
        text = RANKED_TEXT if ranking.max_education is None else RANKED_EDUCATION
        text = text if ranked else (LIST_ENDED if offset else RANKED_NONE)
        sources = [OEWS, PROJECTIONS] if shown_by == "pay" else [PROJECTIONS]
        if ranking.by is None and ranked:
            text = MOST_COMMON_FIRST + " " + text
        if "ai" in (ranking.by, ranking.ai and "ai"):
            # what the measure is, and is not: no job is said to be "replaced"
            text = f"{AI_LIST_TEXT} {text}"
            sources = [LLM_EXPOSURE] if ranking.by == "ai" else [*sources, LLM_EXPOSURE]
        socs = [r.soc for r in ranked[:shown]]
        text = f"{limits_note} {text}" if limits_note else text
        if limits_note and ONET not in sources:  # the careers left out, by their O*NET tasks
            sources = [*sources, ONET]
        if in_state is not None:
            text = f"{STATE_LIST.format(state=state_name(in_state))} {text}"
        answer = self._career_list(" ".join(parts), text, items, socs, score, sources)
        more = max(0, len(ranked) - shown)
        return answer.model_copy(update={"state": in_state, "more": more})

    def _state_rank_figure(self, soc: str, by: rankings.RankBy, state: str) -> float | None:
        """A state's OEWS median pay (dollars a year) or employment for ranking; other figures
        national (see `_rank_figure`)."""
        if by not in ("pay", "jobs"):
            return self._rank_figure(soc, by)
        oews = self.catalog.oews
        figures = oews.state(state, soc) if oews else None
        if figures is None:
            return None
        return figures.number("employment") if by == "jobs" else _median_to_rank(figures)

    def _career_list(
        self,
        heading: str,
        text: str,
        items: list[str],
        socs: Sequence[str],
        score: float,
        sources: list[Citation],
    ) -> Answer:
        """A list of careers to explore: the block, and the first MAX_CHOICES as buttons that
        open each one's overview."""
        return Answer(
            intent="list_occupations",
            intents=["list_occupations"],
            score=score,
            blocks=[Block(heading=heading, text=text, items=items, numbered=True)],
            choices=[
                Suggestion(label=self.occupations[soc].title, intent="overview", occupations=[soc])
                for soc in socs[:MAX_CHOICES]
            ],
            sources=sources,
        )

    def _liked_list(self, ranking: rankings.Ranking, score: float, offset: int = 0) -> Answer:
        """ "i like drawing and video games, what jobs fit me": the careers data/interests.yaml
        names for those interests, then those whose O*NET interest profile fits the Holland
        types liked (rankings.by_interest), each with its median pay (BLS OEWS)."""
        # "likes math", "hates math": an interest, not the area of math jobs ("healthcare" is)
        kept = tuple(word for word in ranking.areas if word not in self._interest_words)
        groups = tuple(dict.fromkeys(g for word in kept for g in self._areas[word]))
        ranking = replace(ranking, groups=groups, areas=kept)
        areas = [self.catalog.interests[like] for like in ranking.likes]
        # The interest types fill the list only for likings with no careers picked by hand
        # ("helping people"): "outdoors" by type alone would list janitors (Realistic work).
        types = list(
            dict.fromkeys(code for area in areas if not area.careers for code in area.types)
        )

        def fit(soc: str) -> float | None:
            if not types:
                return None
            profile = self.catalog.profiles.get(soc)
            scores = {i.code: i.score for i in profile.interests} if profile else {}
            if not all(code in scores for code in types):
                return None
            return sum(scores[code] for code in types) / len(types)

        if ranking.together:
            # "jobs that combine art and math": every interest's types at once, each career
            # as strong as its weakest fit, best first (not art jobs, then math jobs)
            types = list(dict.fromkeys(code for area in areas for code in area.types))

            def both(soc: str) -> float | None:
                profile = self.catalog.profiles.get(soc)
                scores = {i.code: i.score for i in profile.interests} if profile else {}
                if not all(code in scores for code in types):
                    return None
                return min(
                    sum(scores[code] for code in area.types) / len(area.types) for area in areas
                )

            # (the hand-picked careers of every interest said, first)
            shared = [soc for soc in areas[0].careers if all(soc in area.careers for area in areas)]
            socs = rankings.by_interest(
                shared,
                [o.soc for o in self._by_title],
                both,
                lambda soc: self._rank_figure(soc, "jobs"),
                ranking,
                self._entry_education,
                floor=rankings.BOTH_FIT_FLOOR,
                best_fit_first=True,
            )
        else:
            socs = rankings.by_interest(
                [soc for area in areas for soc in area.careers],
                [o.soc for o in self._by_title],
                fit,
                lambda soc: self._rank_figure(soc, "jobs"),
                ranking,
                self._entry_education,
            )
        socs, limits_note = self._leave_out(ranking, socs)
        if ranking.by is not None:  # "work with my hands and make good money": best paid first
            by = ranking.by
            valued = [(value, soc) for soc in socs if (value := self._rank_figure(soc, by))]
            valued.sort(key=lambda vs: vs[0], reverse=not ranking.lowest)
            socs = [soc for _, soc in valued]
        shown = min(ranking.count or RANKED_LIMIT, RANKED_LIMIT)
        socs = socs[offset:]  # "show more": the next ones
        items = []
        for soc in socs[:shown]:
            figures = self._figures(soc)
            title = self.occupations[soc].title
            items.append(f"{title}: {pay_cell(figures)}" if figures else title)
        liked = LIKED_HEADING.format(likes=join_words(list(ranking.likes)))
        parts = _qualified(liked, ranking, self._area_names)
        kinds = join_words([RIASEC_NAMES[code] for code in types])
        picked = any(area.careers for area in areas)
        text = (LIKED_BOTH if picked else LIKED_TEXT) if types else LIKED_PICKED
        if ranking.together:
            text = LIKED_TOGETHER
        text = text.format(kinds=kinds)
        if not socs and ranking.max_education is not None and not offset:
            # "likes drawing and math ... not sure college is worth it": none of the careers
            # that fit starts below that level, so those that fit, each with what it needs,
            # rather than nothing
            wider = replace(ranking, max_education=None, min_education=None, quick=False)
            answer = self._liked_list(wider, score)
            if answer.choices:
                block = answer.blocks[0]
                needs = [self._entry_education(c.occupations[0]) for c in answer.choices]
                # (the items past the buttons, "…and 12 more", stay as they are)
                items = [
                    f"{item} — {need[0].lower() + need[1:]} to start" if need else item
                    for item, need in zip(block.items, needs, strict=False)
                ] + block.items[len(needs) :]
                note = NONE_BELOW_CEILING.format(ceiling=EDUCATION_CEILINGS[ranking.max_education])
                block = block.model_copy(update={"text": f"{note} {block.text}", "items": items})
                return answer.model_copy(update={"blocks": [block]})
        text = text if socs else (LIST_ENDED if offset else RANKED_NONE)
        text = f"{limits_note} {text}" if limits_note else text
        return self._career_list(" ".join(parts), text, items, socs[:shown], score, [ONET, OEWS])

    def figure(self, soc: str, by: rankings.RankBy) -> float | None:
        """The figure careers are ranked by (see `_rank_figure`): US median pay (dollars a
        year), projected growth (percent), openings or jobs; None where not published."""
        return self._rank_figure(soc, by)

    def _rank_figure(self, soc: str, by: rankings.RankBy) -> float | None:
        if by == "ai":  # percentile of all jobs, exposure to AI language models
            profile = self.catalog.profiles.get(soc)
            exposure = profile and next(
                (e for e in profile.exposure if e.measure == "llm_exposure"), None
            )
            return exposure.percentile if exposure else None
        if by == "pay":
            figures = self._figures(soc)
            return None if figures is None else _median_to_rank(figures)
        profile = self.catalog.profiles.get(soc)
        projection = profile.projection if profile is not None else None
        if projection is None:
            return None
        return {
            "growth": projection.percent_change,
            "openings": float(projection.openings),
            "jobs": float(projection.employment_2024),
        }[by]

    def _entry_education(self, soc: str) -> str | None:
        profile = self.catalog.profiles.get(soc)
        return profile.projection.education if profile and profile.projection else None

    def _quick_entry(self, soc: str) -> bool:
        """Whether BLS's typical way in is short: no apprenticeship, long on-the-job training or
        internship, and no years of work in a related job first (Employment Projections)."""
        profile = self.catalog.profiles.get(soc)
        projection = profile.projection if profile else None
        if projection is None:
            return False
        return projection.training in prospects.SHORT_TRAINING and self._experience(soc) is None

    def _experience(self, soc: str) -> str | None:
        """BLS's typical work experience in a related occupation ("5 years or more", "Less
        than 5 years"), None when none is needed or none is published."""
        profile = self.catalog.profiles.get(soc)
        years = profile.projection.experience if profile and profile.projection else None
        return None if years in (None, "", "None") else years

    def _ranked_item(
        self, by: rankings.RankBy | None, ranked: rankings.Ranked, state: str | None = None
    ) -> str:
        title = self.occupations[ranked.soc].title
        if by == "pay":
            oews = self.catalog.oews
            figures = oews.state(state, ranked.soc) if state and oews else self._figures(ranked.soc)
            return f"{title}: {pay_cell(figures)}" if figures else title
        if by == "growth":
            return f"{title}: {fixed(ranked.value, sign=True)}% by 2034"
        if by == "openings":
            return f"{title}: {ranked.value:,.0f} openings a year"
        if by == "jobs":
            return f"{title}: {ranked.value:,.0f} jobs"
        if by == "ai":
            return f"{title}: {ai.rank(ranked.value)}"
        return title

    @cached_property
    def _name_words(self) -> dict[str, frozenset[str]]:
        """Each occupation's title and alias words, for list searches (built on the first one)."""
        return {
            soc: frozenset(words_only(tokens(" ".join([o.title, *o.aliases]))))
            for soc, o in self.occupations.items()
        }

    @cached_property
    def _titles_with_word(self) -> dict[str, list[int]]:
        """Each title or alias word -> the positions in `_by_title` of the occupations it names:
        a list search touches only the occupations it finds, not all of them (~2 ms before)."""
        index: dict[str, list[int]] = {}
        for rank, occupation in enumerate(self._by_title):
            for word in self._name_words[occupation.soc]:
                index.setdefault(word, []).append(rank)
        return index

    @cached_property
    def _by_title(self) -> list[Occupation]:
        return sorted(self.occupations.values(), key=lambda o: o.title)

    def pay_judged(self, soc: str) -> str | None:
        """ "Is that good?" after a pay answer: the career's US median against the US median
        for all jobs (BLS OEWS, both annual dollars), or None where either is not published."""
        facts = self._facts[soc]
        median = facts.oews.number("annual_median") if facts.oews else None
        us = facts.us_median
        if median is None or not us:
            return None
        gap = median / us - 1
        side = "above" if gap >= 0 else "below"
        return PAY_JUDGED.format(
            us=money(us), title=self.occupations[soc].title, median=money(median),
            gap=whole_percent(abs(gap) * 100), side=side,
        )  # fmt: skip

    def machines_note(self, soc: str) -> str | None:
        """ "will robots take truck drivers' jobs": the 2013 computerisation estimate (Frey &
        Osborne) for `soc`, said first; None where there is none (see ai.machines_note)."""
        return ai.machines_note(self._facts[soc]) if soc in self.occupations else None

    def state_jobs(self, soc: str, state: str) -> str | None:
        """ "About 4,530 people work as Dental Hygienists in Arizona (BLS wage survey, May
        2025)." for "are there jobs for dental hygienists in arizona", where projections are
        national; None where BLS published no count for the state."""
        oews = self.catalog.oews
        row = oews.state(state, soc) if oews is not None else None
        if oews is None or row is None or row.number("employment") is None:
            return None
        sentence = jobs_sentence(oews.titles[soc], row, place(state))
        return f"{sentence[:-1]} ({RELEASE})."

    def sum_placed(
        self, soc: str, amount: float, state: str | None = None, hourly: float | None = None
    ) -> str | None:
        """ "is 80k a good salary for a nurse": where `amount` (dollars a year) stands among
        the published percentiles of the career's yearly pay (BLS OEWS May 2025, in `state`
        where given), between which two, and so how many earn more; `hourly`: the sum as said,
        dollars an hour ("$25 an hour" is $52,000 a year at 2,080 hours). None where a
        percentile is not published or top-coded."""
        oews = self.catalog.oews
        row = oews.state(state, soc) if state and oews is not None else self._figures(soc)
        if row is None:
            return None
        cuts = [row.number(f"annual_{p}") for p, _ in _PERCENTILES]
        if any(cut is None for cut in cuts) or any(
            row.top_coded(f"annual_{p}") for p, _ in _PERCENTILES
        ):
            return None
        points = [
            (name, float(cut)) for (_, name), cut in zip(_PERCENTILES, cuts, strict=True) if cut
        ]
        title = self.occupations[soc].title
        where = f" in {place(state)}" if state else ""
        said = (
            f"{money(hourly)} an hour ({money(amount)} a year, full time)"
            if hourly
            else f"{money(amount)} a year"
        )
        below = next((i for i, (_, cut) in enumerate(points) if amount < cut), len(points))
        if below == 0:
            name, cut = points[0]
            return SUM_BELOW.format(sum=said, title=title, where=where, name=name, cut=money(cut))
        if below == len(points):
            name, cut = points[-1]
            return SUM_ABOVE.format(sum=said, title=title, where=where, name=name, cut=money(cut))
        (low_name, low), (high_name, high) = points[below - 1], points[below]
        return SUM_BETWEEN.format(
            sum=said, title=title, where=where, low_name=low_name, low=money(low),
            high_name=high_name, high=money(high), more=_MORE_EARN[below],
        )  # fmt: skip

    def by_period(self, soc: str, state: str | None = None, weekly: bool = False) -> str | None:
        """ "is that per month?": the median yearly pay (BLS OEWS May 2025, in `state` where
        given) divided by 12 (by 52 when `weekly`), said to be worked out so; None where BLS
        publishes no yearly median."""
        oews = self.catalog.oews
        row = oews.state(state, soc) if state and oews is not None else self._figures(soc)
        median = row.number("annual_median") if row is not None else None
        if median is None:
            return None
        where = f" in {place(state)}" if state else ""
        parts = 52 if weekly else 12
        return PERIOD_NOTE.format(
            period="week" if weekly else "month",
            title=self.occupations[soc].title,
            where=where,
            amount=money(median / parts),
            year=money(median),
            parts=parts,
        )

    def pay_why(self, soc: str) -> str | None:
        """ "Why?" after a pay answer: BLS gives no reasons, so the typical entry education
        (BLS Employment Projections) and the pay against all jobs (`pay_judged`); None where
        neither is published."""
        education = self._entry_education(soc)
        parts = [
            PAY_WHY.format(
                title=self.occupations[soc].title, education=prospects.plain_education(education)
            )
            if education
            else None,
            self.pay_judged(soc),
        ]
        said = [part for part in parts if part]
        return " ".join(said) if said else None

    def overview_judged(self, soc: str) -> str | None:
        """ "Is that good?" after an overview: the pay against all jobs (`pay_judged`), then the
        projected change 2024-34 against all jobs' (BLS Employment Projections, percent); None
        where neither is published."""
        facts = self._facts[soc]
        parts = [self.pay_judged(soc)]
        projection = facts.profile.projection if facts.profile else None
        if projection is not None and facts.average_growth is not None:
            change = fixed(projection.percent_change, sign=True)
            average = fixed(facts.average_growth, sign=True)
            title = self.occupations[soc].title
            parts.append(GROWTH_JUDGED.format(title=title, change=change, average=average))
        said = [part for part in parts if part]
        return " ".join(said) if said else None

    def general(
        self,
        intent_id: str,
        score: float,
        socs: list[str] | None = None,
        shown: Sequence[str] = (),
    ) -> Answer:
        """Greeting, help, thanks, goodbye, fallback and source: no occupation needed. For
        source, `socs` and `shown` (the careers and questions of the answer just given, if any)
        put that answer's own sources first ("where's that from?" after a pay answer: the BLS
        wage survey), then every official source."""
        intent = self.intents[intent_id]
        block = self._block(intent, None)
        socs = socs or []
        starter = socs[:1] or self.featured[:1]
        blocks = [block]
        citations: list[Citation] = []
        if intent_id == "source":
            asked = [i for i in shown if i in self.intents and self.intents[i].needs_occupation]
            if socs and asked:
                compared = asked[:1] == ["compare"] and len(socs) >= 2
                last = self.compare(socs, score) if compared else None
                if last is None:
                    asked = [i for i in asked if i != "compare"] or ["overview"]
                    last = self.about_occupations(asked, socs, score)
                citations = list(last.sources)
                titles = join_words([self.occupations[soc].title for soc in socs])
                names = join_words([c.name for c in citations])
                topics = (
                    "comparison"
                    if compared
                    else join_words([_label_words(self.intents[i].label) for i in asked])
                )
                lead = LAST_SOURCES.format(topics=topics, titles=titles, names=names)
                if citations:
                    blocks[0] = block.model_copy(update={"text": f"{lead}\n\n{block.text}"})
            citations += [c for c in self._all_citations if c not in citations]
            blocks.append(Block(heading="Credits", items=list(CREDITS)))
        return Answer(
            intent=intent_id,
            intents=[intent_id],
            occupations=[],
            score=score,
            blocks=blocks,
            sources=citations,
            suggestions=[
                Suggestion(label=self.intents[i].label, intent=i, occupations=starter)
                for i in intent.suggest
                if i in self.intents and self.intents[i].needs_occupation
            ][:4],
        )

    def closing(self, score: float, asked: Sequence[str] = ("thanks", "goodbye")) -> Answer:
        """ "thx, bye", "bye and thanks": the thanks answered, then the goodbye; `intents` as
        asked (thanks and goodbye, in either order)."""
        thanks, goodbye = self.general("thanks", score), self.general("goodbye", score)
        return thanks.model_copy(  # no "Next" buttons after a goodbye
            update={
                "intent": asked[0],
                "intents": list(asked),
                "blocks": [*thanks.blocks, *goodbye.blocks],
                "suggestions": [],
            }
        )

    def nothing_said(self, score: float) -> Answer:
        """A reply to "?", "..." or an emoji: nothing to answer (intent `fallback`), so a short
        nudge with example questions as buttons."""
        fallback = self.general("fallback", score)
        return fallback.model_copy(update={"blocks": [Block(text=NOTHING_SAID)]})

    def about_bot(self, score: float) -> Answer:
        """A reply to "are you chatgpt", "who made you": what careerbot is (a bot, open source,
        answering from official US data), then what to ask it (intent `fallback`)."""
        fallback = self.general("fallback", score)
        return fallback.model_copy(
            update={"blocks": [Block(text=ABOUT_BOT), Block(text=NOTHING_SAID)]}
        )

    def english_only(self, score: float) -> Answer:
        """A reply to a question in Spanish: careerbot reads English only, said in both
        languages with an example (intent `fallback`)."""
        return Answer(
            intent="fallback", intents=["fallback"], score=score, blocks=[Block(text=ENGLISH_ONLY)]
        )

    def undescribed(self, score: float) -> Answer:
        """A reply to a worker described in words no job's O*NET tasks match ("the person who
        puts the cast on your arm"): said so, with how to ask instead (intent `fallback`)."""
        return Answer(
            intent="fallback", intents=["fallback"], score=score, blocks=[Block(text=UNDESCRIBED)]
        )

    def starting_out(self, kind: str, score: float) -> Answer:
        """A reply to "i want to kill myself" (`kind` "crisis": where to get help now), "i just
        got laid off" (`kind` "laid_off"), "idk what i want to do"
        ("undecided"), "i feel hopeless" ("discouraged") or "any jobs hiring near me"
        ("job_search"): no figure answers it (intent `fallback`), so the ways careerbot can help
        to explore, as example questions. KeyError for another `kind`."""
        text, items, after = STARTING_OUT[kind]
        blocks = [Block(text=text, items=items)] + ([Block(text=after)] if after else [])
        return Answer(intent="fallback", intents=["fallback"], score=score, blocks=blocks)

    def reaction(self, socs: list[str], score: float) -> Answer:
        """A reply to "dang thats low" or "wow ok" after an answer about `socs`: no question was
        asked (intent `fallback`), so offer what else can be asked about the first of them."""
        if not socs or socs[0] not in self.occupations:
            return self.general("fallback", score)
        title = self.occupations[socs[0]].title
        return Answer(
            intent="fallback",
            intents=["fallback"],
            score=score,
            blocks=[Block(text=REACTION.format(title=title))],
            suggestions=[
                Suggestion(label=self.intents[i].label, intent=i, occupations=socs[:1])
                for i in REACTION_SUGGEST
                if i in self.intents
            ],
        )

    def outside(self, kind: str, socs: list[str], score: float) -> Answer:
        """A reply to a question about a matter outside the data, `kind` "immigration" ("can
        my son be a cop with daca"), "benefits" ("will i lose medicaid"), "veterans" ("does
        the GI bill cover police academy"), "cost" ("how much does nursing school cost"),
        "money" ("can i use my 401k for school"), "law"
        ("what's the minimum wage in ohio"), "health" ("what medicine should i take for
        migraines"), "applying" ("what do they ask in a job interview"), or a situation,
        "disability" or "record" ("what jobs are good for someone with PTSD"): who can answer
        it instead, and what careerbot can say about the first of `socs` (intent `fallback`).
        KeyError for another `kind`."""
        known = [soc for soc in socs if soc in self.occupations][:1]
        about = (
            OUTSIDE_CAREER.format(title=self.occupations[known[0]].title) if known else OUTSIDE_ANY
        )
        return Answer(
            intent="fallback",
            intents=["fallback"],
            score=score,
            blocks=[Block(text=OUTSIDE[kind]), Block(text=about)],
            suggestions=[
                Suggestion(label=self.intents[i].label, intent=i, occupations=known)
                for i in REACTION_SUGGEST
                if i in self.intents and known
            ],
        )

    def schools(self, socs: list[str], score: float) -> Answer:
        """A reply to "which college is best for nursing": careerbot has no data on schools, so
        it says so and offers the education the career named needs (intent `fallback`)."""
        known = [soc for soc in socs if soc in self.occupations][:1]
        named = f" — for example for {self.occupations[known[0]].title}." if known else "."
        return Answer(
            intent="fallback",
            intents=["fallback"],
            score=score,
            blocks=[Block(text=SCHOOLS + named)],
            suggestions=[
                Suggestion(
                    label=self.intents["education"].label,
                    intent="education",
                    occupations=known or self.featured[:1],
                )
            ]
            if "education" in self.intents
            else [],
        )

    def ask_which(
        self, intent_ids: list[str], score: float, offer: list[str], state: str | None = None
    ) -> Answer:
        choices = [
            Suggestion(label=self.occupations[soc].title, intent=intent_ids[0], occupations=[soc])
            for soc in offer
        ]
        return Answer(
            intent=intent_ids[0],
            intents=intent_ids,
            state=state,
            score=score,
            blocks=[Block(text=ASK_WHICH)],
            choices=choices,
        )

    def did_you_mean(self, candidates: list[IntentScore], socs: list[str], score: float) -> Answer:
        choices = []
        for candidate in candidates:
            intent = self.intents[candidate.intent]
            title = self.occupations[socs[0]].title if socs else ""
            label = f"{intent.label} — {title}" if title else intent.label
            choices.append(Suggestion(label=label, intent=intent.id, occupations=socs[:1]))
        return Answer(
            intent="fallback",
            intents=["fallback"],
            score=score,
            blocks=[Block(text=DID_YOU_MEAN)],
            choices=choices,
        )


def _as_related(listed: Answer, soc: str, state: str | None) -> Answer:
    """A list of careers close to `soc`, answered as the related question about it (the state
    kept for the next question: these figures are national)."""
    update = {"intent": "related", "intents": ["related"], "occupations": [soc], "state": state}
    return listed.model_copy(update=update)


def _by_state(intent: str, soc: str, score: float, block: Block) -> Answer:
    """An answer of figures by state for one career (BLS OEWS, May 2025)."""
    return Answer(
        intent=intent, intents=[intent], occupations=[soc], score=score, blocks=[block],
        sources=[OEWS],
    )  # fmt: skip
