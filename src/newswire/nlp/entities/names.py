"""Names as people write them: trimming, normalising, and titles that become a role.

Everything works on plain strings and character offsets, so each rule can be pinned with
a table of examples; nothing here knows about spaCy.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Titles that say what a person is; they move from the name into ``Entity.role``.
#: Longest first, so "Vice President" wins over "President".
ROLES = (
    "Secretary-General", "Secretary General", "Secretary of State", "Vice President",
    "Prime Minister", "Deputy Prime Minister", "Foreign Minister", "Defense Minister",
    "Defence Minister", "Finance Minister", "Interior Minister", "Health Minister",
    "Attorney General", "Chief Executive", "Speaker", "President", "Chancellor", "Minister",
    "Secretary", "Senator", "Governor", "Mayor", "King", "Queen", "Prince", "Princess", "Pope",
    "Ambassador", "Judge", "Justice", "General", "Admiral", "Colonel", "Chairman", "Chairwoman",
    "Chair", "Chairperson", "Premier", "Commissioner", "Sheriff", "Chief Justice",
    "Archbishop", "Cardinal", "CEO", "Sen.", "Rep.", "Gov.", "Gen.", "Col.", "Lt.", "Sgt.",
    "Adm.", "Dr.", "Prof.",
    # British, Australian and Canadian styles: no full stop, and their own offices.
    "Dr", "Prof", "Treasurer", "Councillor", "Coun.", "Const.", "Cpl.", "Det.", "Insp.",
    "Supt.", "Staff Sgt.", "Chief Constable", "Deputy Chief Constable", "Constable",
    "Police Chief", "Fire Chief", "Deputy Chief",
    # Occupations capitalised at the start of a sentence ("Lawyer Sharon Crowe said").
    "Lawyer", "Attorney", "Economist", "Analyst", "Professor", "Detective", "Sergeant",
    "Inspector", "Trustee", "Councilman", "Councilwoman", "Alderman", "Spokesperson",
    "Spokesman", "Spokeswoman", "Coach",
)
#: Titles that also open names of things ("General Motors", "Justice Department", "Premier
#: Oil", "President Enterprises"): before a name the model did not call a person, they need
#: a first name.
NOT_ONLY_PEOPLE = frozenset(("General", "Justice", "King", "Queen", "Prince", "Princess",
                             "Speaker", "Cardinal", "Secretary", "Chancellor", "Minister",
                             "Premier", "President", "CEO", "Dr",  # "Dr Pepper"
                             "Economist", "Analyst", "Coach", "Inspector", "Trustee"))
#: Words in front of a name that say nothing about the person's job: dropped, never a role.
HONORIFICS = ("Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Sir", "Dame", "Lady", "Lord")

_ROLE_ALT = "|".join(re.escape(r) for r in sorted(ROLES, key=len, reverse=True))
_HONOR_ALT = "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
# A title directly before a name: "NATO Secretary-General Jens Stoltenberg".
_ROLE_BEFORE = re.compile(rf"(?<![\w-])({_ROLE_ALT})\s+$")
# A title with its office, written in full: "Minister for Transport Eamon Ryan".
_ROLE_OF_BEFORE = re.compile(
    rf"(?<![\w-])((?:{_ROLE_ALT})\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+and\s+[A-Z][\w'-]*)?)"
    r"\s+$")
#: Job words written in lower case ("Chief financial officer", "Finance minister"): a role
#: only with no determiner before it ("the president Klaus Iohannis" describes).
_OFFICES = ("officer", "minister", "executive", "director", "secretary", "president",
            "chairman", "chairwoman", "chair", "governor", "commissioner", "spokesperson",
            "spokesman", "spokeswoman", "treasurer", "mayor", "manager", "economist",
            "analyst", "strategist", "founder", "lawyer", "attorney", "professor", "adviser",
            "advisor", "coach")
#: Words before a lower-case job that belong to it ("chief financial", "deputy finance").
_OFFICE_MODIFIERS = (
    "chief", "financial", "executive", "operating", "technology", "technical", "deputy",
    "vice", "assistant", "associate", "senior", "general", "managing", "finance", "foreign",
    "health", "interior", "defence", "defense", "justice", "education", "environment",
    "transport", "energy", "trade", "prime", "junior", "acting", "interim", "marketing",
    "information", "investment", "communications", "economic", "commercial", "legal",
    "medical", "police", "fire", "city", "state", "lead", "head", "co-founder", "founding",
    "national", "security", "additional", "municipal", "district", "regional", "press")
#: Words before a job that make it a description, not a title: "the president Klaus Iohannis".
_DETERMINER_BEFORE = re.compile(
    r"(?:^|\s)(?:the|a|an|its|his|her|their|our|your|this|that|[\w.-]+['’]s?)\s+$",
    re.IGNORECASE)


def _either_case(words: tuple[str, ...]) -> str:
    return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words)


_LOWER_ROLE_BEFORE = re.compile(
    rf"(?<![\w-])((?:(?:{_either_case(_OFFICE_MODIFIERS)})\s+){{0,3}}"
    rf"(?:{_either_case(_OFFICES)}))\s+$")
#: French: "Le ministre des Transports, Clément Beaune", "La mairesse de Montréal, Valérie
#: Plante", "le premier ministre François Legault" (a comma or none before the name).
_FR_OFFICES = ("premier ministre", "première ministre", "ministre", "maire", "mairesse",
               "président", "présidente", "porte-parole", "directeur général",
               "directrice générale", "directeur", "directrice", "chef", "secrétaire général",
               "secrétaire générale", "gouverneur", "député", "députée", "sénateur",
               "sénatrice", "chancelier", "chancelière", "procureur", "procureure")
_FR_ROLE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Ll]e|[Ll]a|[Ll]'|[Ll]’|[Ss]a|[Ss]on)\s*"
    rf"((?:{'|'.join(re.escape(o) for o in sorted(_FR_OFFICES, key=len, reverse=True))})"
    r"(?:\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*[\w'’-]+)?)\s*,?\s+$")
#: One-word titles ("Coun.", "Supt.", "Lawyer"): no name is only that.
_ONE_WORD_ROLES = frozenset(r for r in ROLES if " " not in r)
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
_OFFICE_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(_OFFICES)})[ \t]+[A-Z]")
# A title the model took into the name: "President Klaus Iohannis".
_LEADING_TITLE = re.compile(rf"^(?:({_ROLE_ALT})|(?:{_HONOR_ALT}))(?:\s+|(?<=\.))(?=\w)")
# A span that is the end of a title: "State" in "Secretary of State".
_ROLE_TAIL = re.compile(rf"(?<![\w-])(?:{_ROLE_ALT})$")
# Letters after a person's name that say what they are, not who: "Mary Lou McDonald TD".
_POST_NOMINAL = re.compile(
    r"(?:,?\s+(?:MP|TD|MLA|MSP|MEP|MPP|MNA|MHA|QC|KC|SC|OBE|CBE|MBE|KBE|DBE))+$")
_LEADING_THE = re.compile(r"^(?:the|The|THE|a|an)\s+")
#: Lower-case words that belong to names ("Charles de Gaulle", "Vincent van Gogh").
_PARTICLES = frozenset({
    "de", "da", "del", "della", "di", "du", "des", "van", "von", "der", "den", "le", "la",
    "al", "el", "bin", "ibn", "ben", "dos", "das", "ter", "ten", "zu", "y", "of", "and", "for",
})
_CONNECTIVES = frozenset({"of", "and", "for"})
# A name neither opens nor ends with a plain lower-case word ("their Cup", "Xinhua news
# agency"), nor ends with a number ("J. Russell 63", "MANAMA 1996-08-22").
_LEADING_LOWER = re.compile(r"^([a-z]+)\s+(?=\S)")
_TRAILING_LOWER = re.compile(r"\s+([a-z]+)$")
_TRAILING_NUMBER = re.compile(r"\s+\d[\d.,:/-]*$")
# A spaced dash separates two things ("CRICKET - ENGLISH COUNTY CHAMPIONSHIP"), and so does
# a number between two names ("BOSTON 6 Oakland"); an unclosed bracket opens another
# ("AEK Larnaca (Cyprus").
_SPACED_DASH = re.compile(r"\s[-–—]+\s")
_NUMBER_BETWEEN = re.compile(r"\s\d+(?:st|nd|rd|th)?\s(?=[A-Z])")
_UNCLOSED = re.compile(r"\s*\([^)]*$")
_INITIAL = re.compile(r"[^\W\d_]\.")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.IGNORECASE)
#: Names whose "'s" is their own ("Lloyd's chairman", "Moody's said"), not a person's or a
#: place's possessive ("Christie's", "Kohl's" and "Lowe's" are people's too: left out).
_OWN_POSSESSIVE = frozenset({
    "lloyd's", "moody's", "mcdonald's", "sainsbury's", "macy's", "kellogg's", "wendy's",
    "domino's", "sotheby's", "dillard's", "denny's", "applebee's", "hershey's", "harrah's",
})
#: Time zones, which the model reads as organisations ("0400 GMT").
_TIME_ZONES = frozenset({
    "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST",
    "EET", "AEST", "AEDT", "JST", "HKT", "SGT",
})
# Quotes, brackets and punctuation around a span are never part of a name; a final "."
# is kept when it closes an abbreviation ("U.S.", "Corp.").
_EDGE_JUNK = "\"'“”‘’«»()[]{}<>,;:!?*•–—-"
_ABBREVIATION_END = re.compile(r"(?:\b\w\.|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros)\.)$")
_CORPORATE_SUFFIX = re.compile(
    r",?\s+(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|PLC|plc|AG|SA|S\.A|NV|N\.V|GmbH|SpA"
    r"|S\.p\.A)\.?$"
)
#: A weekday, with a month and a day maybe ("THURSDAY, AUGUST 22", re-cased "Thursday,
#: August"): a date the model may read as a name in re-cased schedules, never a name.
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October"
           r"|November|December)")
_DATE = re.compile(rf"{_WEEKDAYS}(?:,?\s+{_MONTHS}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)?",
                   re.IGNORECASE)
_QUOTE_MAP = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‐": "-", "‑": "-"})


def trim(text: str, start: int, end: int, keep_dot: bool = False, *,
         lower_ends: bool = False) -> tuple[int, int]:
    """Offsets of the name inside ``text[start:end]``: no "the", possessive or edge punctuation.

    ``keep_dot`` keeps a final "." the tokenizer read as part of an abbreviation ("Fla.").
    ``lower_ends`` keeps plain lower-case words at a name's ends, as French writes names
    ("Coupe du monde de rugby"); English names have none there.
    """
    changed = True
    while changed and start < end:
        before = (start, end)
        piece = text[start:end]
        if match := _LEADING_THE.match(piece):
            start += match.end()
        if (match := _POSSESSIVE.search(text[start:end])) and not _own_possessive(
                text[start:end]):
            end = start + match.start()
        start, end = _trim_words(text, start, end, lower_ends)
        start, end = _strip_edges(text, start, end, keep_dot)
        changed = (start, end) != before
    return start, end


def _trim_words(text: str, start: int, end: int, lower_ends: bool) -> tuple[int, int]:
    """Drop what is no part of a name: the words before a spaced dash, a leading or trailing
    plain lower-case word (unless ``lower_ends``), a trailing number."""
    piece = text[start:end]
    if dashes := list(_SPACED_DASH.finditer(piece)):
        start += dashes[-1].end()
        piece = text[start:end]
    if cut := _NUMBER_BETWEEN.search(piece) or _UNCLOSED.search(piece):
        return start, start + cut.start()
    leading = None if lower_ends else _LEADING_LOWER.match(piece)
    if leading and leading.group(1) not in _PARTICLES:
        return start + leading.end(), end
    trailing = None if lower_ends else _TRAILING_LOWER.search(piece)
    if trailing and trailing.group(1) in _PARTICLES - _CONNECTIVES:
        trailing = None  # "Charles de" may yet become "Charles de Gaulle" elsewhere
    if tail := trailing or _TRAILING_NUMBER.search(piece):
        end = start + tail.start()
    return start, end


def _strip_edges(text: str, start: int, end: int, keep_dot: bool) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _EDGE_JUNK):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_JUNK):
        end -= 1
    if (end > start and text[end - 1] == "." and not keep_dot
            and not _ABBREVIATION_END.search(text[start:end])):
        end -= 1
    return start, end


def post_nominal_start(text: str, start: int, end: int) -> int:
    """Where the letters after a person's name begin (``TD``, ``MP``, ``QC``), else ``end``."""
    match = _POST_NOMINAL.search(text, start, end)
    return match.start() if match and match.start() > start else end


def split_leading_title(text: str) -> tuple[str | None, int]:
    """The role a name starts with (if any) and how many characters to skip to the name."""
    skipped, role = 0, None
    while match := _LEADING_TITLE.match(text[skipped:]):
        role = role or match.group(1)
        skipped += match.end()
    return role, skipped


def role_before(text: str, start: int) -> str | None:
    """The title written right before ``text[start:]``, on the same line, e.g. "President"."""
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - 60):start]
    if match := _ROLE_OF_BEFORE.search(window) or _ROLE_BEFORE.search(window):
        return canonical_role(match.group(1))
    if match := _FR_ROLE_BEFORE.search(window) or _lower_role(window):
        role = " ".join(match.group(1).split())
        return role[0].upper() + role[1:]
    return None


def _lower_role(window: str) -> re.Match[str] | None:
    """A job in lower case before a name, with no determiner before it (then it describes)."""
    match = _LOWER_ROLE_BEFORE.search(window)
    if match is None or _DETERMINER_BEFORE.search(window, 0, match.start()):
        return None
    return match


def ends_a_role(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends a title: "State" in "Secretary of State"."""
    window_start = max(text.rfind("\n", 0, start) + 1, start - 30)
    match = _ROLE_TAIL.search(text, window_start, end)
    return match is not None and match.start() < start


def lone_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only a one-word title before a name ("Coun." or "Coun"
    with its dot after, "Insp.", "Sen." in "Insp. Tim Walsh", "Lawyer" in "Lawyer Priya
    Sandhu", which the model reads as a place), or the first word of a job written in
    lower case ("Press" in "Press secretary Karoline Leavitt"): the model's span there is no
    entity."""
    word = text[start:end] + ("." if text[end:end + 1] == "." else "")
    after = end + (len(word) - (end - start))
    if word in _ONE_WORD_ROLES:
        return bool(_NAME_AFTER.match(text, after))
    return word.lower() in _OFFICE_MODIFIERS and bool(_OFFICE_AFTER.match(text, end))


def canonical_role(role: str) -> str:
    """One spelling per role, so "Secretary General" and "Secretary-General" count together."""
    return "Secretary-General" if role == "Secretary General" else role


@lru_cache(maxsize=65_536)
def normalise(name: str) -> str:
    """The key two spellings of one name share: case, quotes, spaces and accents folded."""
    folded = unicodedata.normalize("NFKD", name.translate(_QUOTE_MAP))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = _CORPORATE_SUFFIX.sub("", folded)
    return " ".join(folded.casefold().split())


def is_corporate(name: str) -> bool:
    """Whether ``name`` ends with a company's legal form ("Cofinec S.A.", "Rabobank NV")."""
    return _CORPORATE_SUFFIX.search(name) is not None


def is_particle(word: str) -> bool:
    """Whether ``word`` belongs to a surname in any case ("van der Sar", "De Kock")."""
    return word.casefold() in _PARTICLES


def words(name: str) -> list[str]:
    """The words of a name, hyphenated parts kept together ("Jean-Claude Juncker" has two)."""
    return re.findall(r"[\w.'’-]+", name)


def _own_possessive(name: str) -> bool:
    """Whether the name, one word, keeps its "'s": "Lloyd's", "Moody's"; not after a first
    name ("Laquan McDonald's family")."""
    return name.replace("’", "'").casefold() in _OWN_POSSESSIVE


def is_time_zone(text: str) -> bool:
    """Whether ``text`` is a time zone's abbreviation ("GMT", "EDT"): no entity."""
    return text in _TIME_ZONES


def is_date(text: str) -> bool:
    """Whether ``text`` is a weekday and maybe a date after it ("Friday, August 23rd")."""
    return _DATE.fullmatch(text) is not None


def looks_like_name(text: str) -> bool:
    """A name has at least one capital letter or digit, and more than one letter or digit
    (an initial, "D.", is not a name)."""
    return any(c.isupper() or c.isdigit() for c in text) and any(
        c.isalnum() for c in text) and not _INITIAL.fullmatch(text)
