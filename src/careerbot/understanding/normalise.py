"""Turn raw text into the tokens every matcher compares: lower case, no accents, slang expanded,
plural and -ing endings folded, so "Libary Technicians earn $$?" and "library technician earn money"
meet in the middle."""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Long messages are read from their start: enough for any real question, and it bounds the work
# per message whatever a user pastes.
MAX_CHARS = 1_000

_TOKEN = re.compile(r"\d{2}-\d{4}|\$+|[a-z0-9]+|[?!.,;&+/]")
BREAK = "|"  # where a clause ends: punctuation, kept so "pay? growth?" can be split
_PUNCTUATION = frozenset("?!.,;&+/")
_SENTENCE_END = frozenset("?!.")
# How a sentence that asks a yes/no question opens ("is it hard", "do they need a degree").
QUESTION_STARTS = frozenset({"is", "are", "was", "does", "do", "would", "will", "isnt"})
# How a clause that asks something opens.
ARTICLES = frozenset({"a", "an", "the"})  # skipped where a phrase may open with one
QUESTION_LEADS = QUESTION_STARTS | frozenset(
    "what how which why when where who can could should did were any tell give show list "
    "compare explain describe versus".split()
)
HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "prof"})
_LAUGHS = frozenset({"lol", "lmao", "lmfao", "haha", "hahaha", "rofl"})
_APOSTROPHES = re.compile(r"['’`´]")

# Words of Spanish, Tagalog and Hindi that bilingual users mix into an English question
# ("cuanto gana un electricista en florida", "magkano sahod ng RN sa california", "accountant
# banne ke liye kya padhai chahiye"), as the English words the intents were written with. Only
# words no English question uses: not "y" ("y is it so low"), "mi" (Michigan), "la", "los",
# "las", "el" (Los Angeles, Las Vegas, El Paso), "me", "ate", "ba" (a BA degree).
# Spanish (folded: "cuánto" is "cuanto", "años" is "anos")
_SPANISH_BORROWED = {
    "cuanto": "how much", "cuanta": "how much", "cuantos": "how many", "gana": "make",
    "ganan": "make", "ganaria": "make", "pagan": "pay", "sueldo": "salary", "salario": "salary",
    "que": "what", "hace": "do", "hacen": "do", "un": "a", "una": "a", "en": "in", "es": "is",
    "peligroso": "dangerous", "peligrosa": "dangerous", "estudiar": "study", "estudian": "study",
    "anos": "years", "necesita": "need", "necesitan": "need", "quiero": "i want", "ser": "to be",
    "quiere": "wants", "hijo": "son", "hija": "daughter", "futuro": "future", "dia": "day",
    "todo": "all",
    "tecnico": "technician", "aire": "air", "acondicionado": "conditioning",
    "electricista": "electrician", "plomero": "plumber", "soldador": "welder",
    "enfermera": "nurse", "enfermero": "nurse", "maestro": "teacher", "maestra": "teacher",
    "abogado": "lawyer", "abogada": "lawyer", "medico": "doctor", "ingeniero": "engineer",
    "ingeniera": "engineer", "carnicero": "butcher", "costurera": "dressmaker",
    "traductor": "translator", "traductora": "translator", "contador": "accountant",
    "contadora": "accountant", "mecanico": "mechanic", "carpintero": "carpenter",
    "cocinero": "cook", "cocinera": "cook", "bombero": "firefighter", "pintor": "painter",
    "camionero": "truck driver", "riesgo": "risk", "contadores": "accountants",
    "electricistas": "electricians", "plomeros": "plumbers", "enfermeras": "nurses",
    "enfermeros": "nurses", "maestros": "teachers", "abogados": "lawyers", "medicos": "doctors",
    "ingenieros": "engineers", "mecanicos": "mechanics", "carpinteros": "carpenters",
    "cocineros": "cooks", "bomberos": "firefighters", "soldadores": "welders",
    "tecnicos": "technicians", "camioneros": "truck drivers", "traductores": "translators",
    "privado": "private", "privada": "private",
}  # fmt: skip
_BORROWED = {
    **_SPANISH_BORROWED,
    # Tagalog
    "magkano": "how much pay", "sahod": "salary", "ano": "what", "sweldo": "salary", "sa": "in",
    "ng": "of",
    "lang": "", "naman": "", "anak": "child", "tito": "uncle", "tita": "aunt",
    "magandang": "good", "umaga": "morning", "hapon": "afternoon", "gabi": "evening",
    "trabaho": "work", "pwede": "can",
    # Hindi
    "kitna": "how much", "kitne": "how much", "milta": "pay", "kya": "what",
    "padhai": "education", "chahiye": "needed", "banne": "become", "ke": "", "liye": "for",
    "hai": "", "kaisa": "how", "aur": "and", "bhai": "", "yaar": "", "mein": "in", "naukri": "job",
    "dhanyavaad": "thanks", "dhanyawad": "thanks", "shukriya": "thanks",
    # ("chali jayegi", "will go away": no state, though "chali" is near "cali")
    "chali": "", "chala": "", "jayegi": "", "jaayegi": "", "jayega": "", "ki": "of",
    "ka": "of", "nahi": "not", "kaise": "how", "kab": "when",
}  # fmt: skip

# Spanish words that are English words or names too ("para" is a paraprofessional, "la" Los
# Angeles): read as Spanish only in a message with a Spanish word of _BORROWED's own
_SPANISH_SMALL = {"para": "for", "de": "of", "el": "the", "la": "the", "los": "the",
                  "las": "the", "del": "of the", "y": "and", "por": "for", "con": "with",
                  "ia": "ai"}  # fmt: skip
_SPANISH_MARKERS = frozenset(_SPANISH_BORROWED) - {
    "un", "una", "en", "es", "que", "ser", "dia", "todo", "aire", "hace", "anos"
}  # fmt: skip

_HOW_NEXT = frozenset("much many long do does to is are r u can hard old".split())
# Words after "teaching" that make it the career, not the work done or part of a name
_TEACHING_AFTER = frozenset(
    "? . , ! ; is career job jobs stressful good worth hard really still and or vs then "
    "anymore lol tho pay salary instead".split()
)

# Before "teaching", words that make it the user's own work or part of a name
_NOT_TEACHERS = frozenset("substitute student practice i im am was been love like enjoy".split())

# Words typed by ear or fast on a phone, read before any other step. The speller (spelling.py)
# finds most such words by sound ("fisical", "liberry"); these it misses, as short, another
# English word ("carrer" would be "carrier"), far in letters and sound ("piolet"), or needed
# before it runs ("oficer", "desiner")
_BY_EAR = {
    "tek": "tech", "teks": "techs", "technishuns": "technicians", "piolet": "pilot",
    "shef": "chef", "realestate": "real estate", "kemists": "chemists",
    "sycologist": "psychologist", "astronot": "astronaut", "astronots": "astronauts",
    "carrer": "career", "carrers": "careers", "nurs": "nurse", "oficer": "officer",
    "desiner": "designer",
}  # fmt: skip

# Chat shorthand a student types, mapped to the words the intents were written with.
SLANG: dict[str, tuple[str, ...]] = {
    # Tagalog's polite "po" ("how about CNA po?", "it's low po"): no word of the question
    "po": (),
    "r": ("are",),
    "u": ("you",),
    "ur": ("your",),
    "ya": ("you",),
    "yall": ("you",),
    "da": ("the",),
    "tha": ("the",),
    "n": ("and",),
    "w": ("with",),
    "abt": ("about",),
    "mor": ("more",),
    "wbu": ("what", "about"),
    "hbu": ("how", "about"),
    "bout": ("about",),
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "tryna": ("trying", "to"),
    "kinda": ("kind", "of"),
    "sorta": ("sort", "of"),
    "dunno": ("do", "not", "know"),
    "idk": ("i", "do", "not", "know"),
    "whats": ("what", "is"),
    "hows": ("how", "is"),
    "wats": ("what", "is"),
    "wat": ("what",),
    "tht": ("that",),
    "dat": ("that",),
    "wut": ("what",),
    "wht": ("what",),
    "pls": ("please",),
    "plz": ("please",),
    "thx": ("thanks",),
    "thxx": ("thanks",),
    "thank": ("thanks",),  # "thank you": the keyword
    "thnx": ("thanks",),
    "thanx": ("thanks",),
    "tnx": ("thanks",),
    "thnks": ("thanks",),
    "rly": ("really",),
    "skool": ("school",),
    "gud": ("good",),
    "wud": ("would",),
    "cud": ("could",),
    "shud": ("should",),
    "lemme": ("let", "me"),
    "gimme": ("give", "me"),
    "ty": ("thank", "you"),
    "tysm": ("thank", "you"),
    "$": ("money",),
    "$$": ("money",),
    "$$$": ("money",),
    "$$$$": ("money",),
    "k": ("thousand",),
    "vs": ("versus",),
    "v": ("versus",),
    "info": ("information",),
    "ppl": ("people",),
    "yr": ("year",),
    "b4": ("before",),
    "taught": ("teach",),  # "ive taught middle school for 12 years": the work done
    "yrs": ("year",),
    "hr": ("hour",),
    "pro": ("professional",),  # "pro gamer", "pro athlete" ("pros and cons" stays "pros")
    "hrs": ("hour",),
    "tho": ("though",),
    "bc": ("because",),
    "cuz": ("because",),
    "coz": ("because",),
    "ai": ("ai",),
    # a dropped g: "whats the startin pay", "how much they makin"
    "startin": ("starting",),
    "makin": ("making",),
    "workin": ("working",),
    "gettin": ("getting",),
    "lookin": ("looking",),
    "thinkin": ("thinking",),
    "payin": ("paying",),
    "goin": ("going",),
    "doin": ("doing",),
    "tryin": ("trying",),
    "hirin": ("hiring",),
    "somethin": ("something",),
    "nothin": ("nothing",),
    # question words as they are often mistyped: "wich one is beter", "whats the diffrence"
    "wich": ("which",),
    "whic": ("which",),
    "wihch": ("which",),
    "beter": ("better",),
    "bettr": ("better",),
    "diffrence": ("difference",),
    "diference": ("difference",),
    "differnce": ("difference",),
    "wher": ("where",),
    # "aight preciate it", "goodnight"
    "aight": ("alright",),
    "preciate": ("appreciate",),
    "goodnight": ("good", "night"),
    **{typed: tuple(meant.split()) for typed, meant in _BORROWED.items()},
    **{typed: tuple(meant.split()) for typed, meant in _BY_EAR.items()},
}

_NO_FOLD = frozenset({"this", "is", "was", "has", "does", "his", "yes", "bus", "us", "less", "ai",
                      # fields whose -ing is the name, not a tense: "accounting" is not "account"
                      "accounting", "surveying", "marketing",
                      # "hours" are a schedule ("pharmacist hours"), "an hour" a rate of pay
                      "hours"})  # fmt: skip


# Plurals of job abbreviations too short for the general rule: "rns", "nps", "pas".
_SHORT_PLURALS = {"rns": "rn", "nps": "np", "pas": "pa", "pts": "pt", "ots": "ot", "mas": "ma",
                  "djs": "dj", "pis": "pi"}  # fmt: skip


def fold(token: str) -> str:
    """Fold plural and -ing endings: technicians -> technician, studies -> study."""
    if token in _NO_FOLD or token[0].isdigit():
        return token
    if token in _SHORT_PLURALS:
        return _SHORT_PLURALS[token]
    if token in ("men", "women"):  # "garbage men", "business women"
        return token[:-3] + "man"
    if len(token) > 5 and token.endswith("men"):
        return token[:-3] + "man"  # linemen -> lineman, firemen -> fireman
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 5 and token.endswith(("sses", "ches", "shes", "xes")):
        return token[:-2]  # waitresses -> waitress, coaches -> coach
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    if len(token) > 6 and token.endswith("ing"):
        return token[:-3]
    return token


def clean(text: str) -> str:
    """Lower-case, strip accents and control characters, drop apostrophes."""
    text = text[:MAX_CHARS]
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(char for char in text if not unicodedata.combining(char))
    if "IT" in text and not _SHOUTED.match(text):
        # "IT jobs", "how much do IT people make": information technology, not the pronoun
        # (unless the whole message is in capitals)
        text = _IT.sub("information technology", text)
    text = _WITHOUT.sub("without", text)  # "jobs w/o college": one word, not "with" and "o"
    text = _HASH_NUMBER.sub(r"number \1", text)  # "what does #1 do": the option numbered 1
    # "how much gain a construction worker": Spanish "ganar" (and Portuguese) said as "gain" or
    # "win"; only right after "much", so "what skills will i gain" keeps its word
    text = _MUCH_GAIN.sub(r"\1 earn", text)
    return _APOSTROPHES.sub("", text.lower())


_WITHOUT = re.compile(r"\bw/o\b", re.IGNORECASE)
_HASH_NUMBER = re.compile(r"#\s?(\d)")
_MUCH_GAIN = re.compile(r"\b(much)\s+(?:gain|gains|win|wins)\b", re.IGNORECASE)
_IT = re.compile(r"\bIT\b")
# Mostly capitals: "WHAT IS IT" shouts; "IT" there is the pronoun
_SHOUTED = re.compile(r"^[^a-z]*$")


# "thanksss", "heyyy", "sooo": a letter typed three times or more counts twice.
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_TRAILING_STRETCH = re.compile(r"([a-z])\1{2,}$")


@lru_cache(maxsize=4096)
def _expand(token: str) -> tuple[str, ...]:
    token = _TRAILING_STRETCH.sub(r"\1", token)  # "thanksss", "heyyy": the last letter once
    token = _STRETCHED.sub(r"\1\1", token)  # "cooool": twice
    return tuple(fold(word) for word in SLANG.get(token, (token,)))


def typed_words(text: str) -> frozenset[str]:
    """The words of `text` as typed (lower case, unfolded, slang not expanded): "removing",
    which `tokens` folds to "remov"."""
    return frozenset(word for word in _TOKEN.findall(clean(text)) if word.isalpha())


def tokens(text: str) -> list[str]:
    """The folded tokens of `text`, slang expanded, with BREAK where punctuation stood."""
    return [word for sentence in sentences(text) for word in sentence.words]


@dataclass(frozen=True)
class Sentence:
    """One sentence's tokens (as `tokens` gives them, its closing BREAK included) and whether
    it ends with a question mark."""

    words: list[str]
    question_mark: bool


def sentences(text: str, read_careers: bool = False) -> list[Sentence]:
    """`tokens(text)` cut into sentences at ".", "!" and "?"; concatenated, they are exactly
    `tokens(text)`, so a position in one is a position in the other. `read_careers`: a user's
    message, where "teaching" said alone is the career ("what about teaching?": teachers);
    the phrasings the intents are learned from keep the word."""
    found: list[Sentence] = []
    out: list[str] = []
    raws = _TOKEN.findall(clean(text))
    spanish = not _SPANISH_MARKERS.isdisjoint(raws)  # "el riesgo de IA para contadores"
    # the last word, found from the end: most messages end in a word or one mark
    last_word = next((i for i in reversed(range(len(raws))) if raws[i] not in _PUNCTUATION), -1)
    for at, raw in enumerate(raws):
        if at == last_word and raw.lower() in _LAUGHS and out and out[0] in QUESTION_LEADS:
            continue  # "is it dangerous lol": the question, laughed after, is still asked
        if raw == "." and out and out[-1] in HONORIFICS:
            continue  # "I'm Dr. Nguyen, counselor at Lincoln": no sentence ends after "Dr."
        if raw in _PUNCTUATION:
            if out and out[-1] != BREAK:
                out.append(BREAK)
            if raw in _SENTENCE_END and out:
                found.append(Sentence(out, raw == "?"))
                out = []
            elif raw == "?" and found and not out:  # "what?!" ends the sentence it asked
                found[-1] = Sentence(found[-1].words, True)
        elif raw == "k" and not (out and out[-1][:1].isdigit()):
            out.append("ok")  # "k" alone is "ok"; after a number ("70 k") it is thousand
        elif raw.lower() in _LAUGHS and out and out[-1] != BREAK:
            # "lineman tiktok got me wanting to climb poles lol whats the pay": a laugh after
            # words ends their sentence, as a full stop would
            found.append(Sentence([*out, raw.lower(), BREAK], False))
            out = []
        elif (
            read_careers
            and raw == "teaching"
            and (at + 1 == len(raws) or raws[at + 1] in _TEACHING_AFTER)
            and (not at or raws[at - 1] not in _NOT_TEACHERS)
        ):
            # "what about teaching?", "is teaching stressful": the career, teachers ("teaching
            # assistant", "teaching kids" stay: a name, the work done)
            out.extend(_expand("teachers"))
        elif raw == "hw" and read_careers and raws[at + 1 : at + 2] and raws[at + 1] in _HOW_NEXT:
            out.append("how")  # "hw much", "hw do u become": how (not "math hw", homework)
        elif spanish and raw in _SPANISH_SMALL:
            out.extend(fold(word) for word in _SPANISH_SMALL[raw].split())
        else:
            out.extend(_expand(raw))
    if out:
        found.append(Sentence(out, False))
    return found


def words_only(words: list[str]) -> list[str]:
    return [word for word in words if word != BREAK]


# Folded word -> the shorthand typed for it ("hour" <- "hr", "hrs"): to find a name as typed.
SLANG_SOURCES: dict[str, tuple[str, ...]] = {}
for _typed, _meant in SLANG.items():
    if len(_meant) == 1:
        SLANG_SOURCES[fold(_meant[0])] = (*SLANG_SOURCES.get(fold(_meant[0]), ()), _typed)
