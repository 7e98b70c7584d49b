"""Titles around a person's name: the roles that move into ``Entity.role``, and where they sit.

A title before a name ("Prime Minister Mark Carney", "Minister for Transport Eamon Ryan",
"chief financial officer Jane Doe", "le premier ministre François Legault"), a title the
model took into the name, a one-word title the model read as an entity of its own, the end of
a title ("State" in "Secretary of State") and the letters after a name ("TD", "MP"); and names
the model typed or cut wrongly because of them: ``Ms Holloway`` (an organisation to the English
model: :mod:`.honoured`), ``Minister for Housing Ciarán Mulvey`` (the person ``Housing
Ciarán Mulvey``: :func:`office_words_end`), ``KC`` alone after ``Miranda Ashworth``
(:func:`lone_post_nominal`). Plain strings and character offsets, as in
:mod:`newswire.nlp.entities.words.names`; no spaCy here.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.words.firstnames import is_any_first_name, is_first_name
from newswire.nlp.entities.words.names import HONORIFICS, words
from newswire.nlp.entities.words.namewords import not_a_person

__all__ = [
    "ADDRESS_TITLES", "LEGISLATORS_LETTERS", "NAME_AFTER", "NOT_ONLY_PEOPLE", "POST_NOMINALS",
    "ROLES", "canonical_role", "ends_a_role",
    "legislator_name_start", "lone_post_nominal", "lone_title", "office_words_end",
    "post_nominal_start", "role_before", "split_leading_title",
]

#: Military ranks of two words, without full stops (South Asian, British and African copy:
#: "Brig Gen Imran Hossain Bhuiyan"); the model may tag the rank alone a person.
_RANKS = ("Brig Gen", "Maj Gen", "Lt Gen", "Lt Col", "Brigadier General", "Major General")
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
    "Dr", "Prof", "Treasurer", "Councillor", "Cllr", "Cllr.", "Coun.", "Const.", "Cpl.",
    "Det.", "Insp.", "Supt.", "Staff Sgt.", "Chief Constable", "Deputy Chief Constable",
    "Constable", "Police Chief", "Fire Chief", "Deputy Chief",
    # Occupations capitalised at the start of a sentence ("Lawyer Sharon Crowe said").
    "Lawyer", "Attorney", "Economist", "Analyst", "Professor", "Detective", "Sergeant",
    "Inspector", "Trustee", "Councilman", "Councilwoman", "Alderman", "Spokesperson",
    "Spokesman", "Spokeswoman", "Coach", "Superintendent", "Principal", "Director",
    "Epidemiologist", "Physician", "Scientist", "Researcher", "Historian", "Psychologist",
    "Sociologist", "Pediatrician", "Paramedic", "Firefighter", "Nurse", "Teacher", "Rabbi",
    "Imam", "Reverend", "Ombudsman", "Coroner", "Registrar", "Warden", "Captain", "Capt.",
    "Lieutenant", "Commander",
    # Commonwealth legislators' and councillors' styles ("Cr Jane Doe" in Australia, "Hon
    # Chris Bishop" in New Zealand, "MLC Rosalind Farquhar" in an Australian upper house).
    "Cr", "Clr", "MLC", "MHR",
    # A legislator's letters written before the name ("NDP MPP Joel Harden"); not "TD",
    # which opens bank names ("TD Securities").
    "MP", "MLA", "MPP", "MNA", "MHA", "MSP", "MEP",
    # Police ranks as letters ("DSP Abutu Sunday-Ochefu"), a US representative, a reeve.
    "DSP", "ASP", "SSP", "Representative", "Reeve",
    # British and Irish police ranks written without full stops ("Det Garda Niamh Colgan",
    # "Det Supt Ann Cole", "DCI Mark Heald").
    "Garda", "Det Garda", "Detective Garda", "Det", "Sgt", "Insp", "Supt", "Chief Supt",
    "DCI", "DI",
    # Irish heads of government and the Dáil's chair ("Taoiseach Micheál Martin said"):
    # offices held by one person, never a body's name, whatever the model typed the span.
    "Taoiseach", "Tánaiste", "Tanaiste", "Ceann Comhairle",
    # US local and state offices ("Ottawa County Clerk Brian Vosburg", "Assemblymember Rosa
    # Tran"), which the model takes into the name.
    "Clerk", "Assemblymember", "Assemblyman", "Assemblywoman", "Alderwoman", "Councilmember",
    "Comptroller", "Assessor",
    *_RANKS,
)
#: Titles that also open names of things ("General Motors", "Justice Department", "Premier
#: Oil", "President Enterprises"): before a name the model did not call a person, they need
#: a first name.
NOT_ONLY_PEOPLE = frozenset(("General", "Justice", "King", "Queen", "Prince", "Princess",
                             "Speaker", "Cardinal", "Secretary", "Chancellor", "Minister",
                             "Premier", "President", "CEO", "Dr",  # "Dr Pepper"
                             "Economist", "Analyst", "Coach", "Inspector", "Trustee",
                             "Principal", "Director", "Nurse", "Teacher", "Warden",
                             "Captain", "Commander",  # "Principal Financial", "Captain Morgan"
                             "MP",  # "MP Materials"
                             "Representative",  # "Representative Office"
                             # Police ranks' letters open fund managers' and companies'
                             # names: "DSP Investment Managers", "SSP Group".
                             "DSP", "ASP", "SSP",
                             # "Garda Síochána", "DI Group".
                             "Garda", "Det", "DI", "DCI"))

#: Titles only a person is addressed by before a surname ("Cr Fairclough", "Senator Albury",
#: "Sen. Vance", "Insp. Walsh"): one of them and one or two capitalised words, a person,
#: whatever the model typed the span (as "Ms Holloway" is); two titles ("Det. Insp. Walsh")
#: are not read. Not "Hon" without its dot, which opens "Hon Hai".
ADDRESS_TITLES = ("Cr", "Clr", "Cllr", "Cllr.", "Coun.", "Councillor", "Senator", "Sen.", "Rep.",
                  "Hon.", "MLC", "MLA", "MHA", "MHR", "MPP", "MSP", "MNA", "Det.",
                  "Insp.", "Supt.", "Sgt.", "Const.", "Cpl.", "Lt.", "Gov.", "DSP", "ASP",
                  "SSP", "Alhaji", "Alhaja", "Engr", "Engr.", "Det Garda", "Det Sgt",
                  "Det Insp", "Det Supt", "Sgt", "Insp", "Supt")

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
#: Plante", "le premier ministre François Legault" (a comma or none before the name). The
#: office's complement is a word, never a bare article: in "le député de la Nièvre" the
#: place after "de la" completes the office and holds none.
_FR_OFFICES = ("premier ministre", "première ministre", "ministre", "maire", "mairesse",
               "président", "présidente", "porte-parole", "directeur général",
               "directrice générale", "directeur", "directrice", "chef", "secrétaire général",
               "secrétaire générale", "gouverneur", "député", "députée", "sénateur",
               "sénatrice", "chancelier", "chancelière", "procureur", "procureure")
_FR_ROLE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Ll]e|[Ll]a|[Ll]'|[Ll]’|[Ss]a|[Ss]on)\s*"
    rf"((?:{'|'.join(re.escape(o) for o in sorted(_FR_OFFICES, key=len, reverse=True))})"
    r"(?:\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*(?!(?:la|le|les)\s)[\w'’-]+)?)\s*,?\s+$")
#: One-word titles ("Coun.", "Supt.", "Lawyer"): no name is only that.
_ONE_WORD_ROLES = frozenset(r for r in ROLES if " " not in r)
#: A capitalised word right after a span (after spaces): a name follows it.
NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
_OFFICE_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(_OFFICES)})[ \t]+[A-Z]")
# A title the model took into the name: "President Klaus Iohannis".
_LEADING_TITLE = re.compile(rf"^(?:({_ROLE_ALT})|(?:{_HONOR_ALT}))(?:\s+|(?<=\.))(?=\w)")
# A span that is the end of a title: "State" in "Secretary of State".
_ROLE_TAIL = re.compile(rf"(?<![\w-])(?:{_ROLE_ALT})$")
#: A legislator's letters after the name (``Mary Lou McDonald TD``, ``Rhodri Gwynne MS`` of
#: the Senedd), or before it after the party (``Bloc MP Sylvie Dufresne-Caron``).
LEGISLATORS_LETTERS = ("MP", "TD", "MS", "MLA", "MSP", "MEP", "MPP", "MNA", "MHA")
#: Letters after a person's name that say what they are, not who: a legislator's, a senior
#: counsel's, an honour's. The one list: the quotes stage reads it too.
POST_NOMINALS = (*LEGISLATORS_LETTERS, "QC", "KC", "SC", "OBE", "CBE", "MBE", "KBE", "DBE")
_POST_NOMINAL_ALT = "|".join(sorted(POST_NOMINALS, key=len, reverse=True))
_LEGISLATORS_ALT = "|".join(sorted(LEGISLATORS_LETTERS, key=len, reverse=True))
_POST_NOMINAL = re.compile(rf"(?:,?\s+(?:{_POST_NOMINAL_ALT}))+$")



def post_nominal_start(text: str, start: int, end: int) -> int:
    """Where the letters after a person's name begin (``TD``, ``MP``, ``QC``), else ``end``."""
    match = _POST_NOMINAL.search(text, start, end)
    return match.start() if match and match.start() > start else end


def split_leading_title(text: str) -> tuple[str | None, int]:
    """The role a name starts with (if any) and how many characters to skip to the name."""
    skipped, role = 0, None
    while match := _LEADING_TITLE.match(text[skipped:]):
        role = role or (match.group(1) and canonical_role(match.group(1)))
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
    if word in _ONE_WORD_ROLES or word in _RANKS:  # the model's own span "Brig Gen"
        return bool(NAME_AFTER.match(text, after))
    return word.lower() in _OFFICE_MODIFIERS and bool(_OFFICE_AFTER.match(text, end))


#: Spellings of one role: a councillor's abbreviations across the Commonwealth ("Cr" in
#: Australia and New Zealand, "Cllr" in Britain and Ireland, "Coun." in Canada).
_SAME_ROLE = {"Secretary General": "Secretary-General", "Cr": "Councillor",
              "Clr": "Councillor", "Cllr": "Councillor", "Cllr.": "Councillor",
              "Coun.": "Councillor"}


def canonical_role(role: str) -> str:
    """One spelling per role, so "Secretary General" and "Secretary-General" (or "Cr" and
    "Councillor") count together."""
    return _SAME_ROLE.get(role, role)

#: A title and the preposition of its office, right before a span: "Minister for ".
_OFFICE_OPEN = re.compile(rf"(?<![\w-])(?:{_ROLE_ALT})[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?$")
#: Letters after a name that say what a person is ("Miranda Ashworth KC"), after a word.
_LETTERS_ALONE = re.compile(rf"(?:{_POST_NOMINAL_ALT})")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|An?|This|That)[ \t])[A-Z][\w'’-]*[a-z][ \t]$")
#: Last words of a body of people, which a person's name never ends with: after ``CEO of``
#: the span is the organisation (``Washington Restaurant Association``), not a person.
_BODY_LAST_WORDS = frozenset({
    "Association", "Society", "Committee", "Commission", "Council", "Coalition", "Alliance",
    "Club", "Board", "Union", "Federation", "League", "Agency", "Department", "Ministry",
})
#: How far before a span the title of its office may begin.
_OFFICE_WINDOW = 40


def office_words_end(text: str, start: int, end: int) -> int:
    """Where the name begins in a span right after ``Minister for`` (``Housing Ciarán
    Mulvey``: at ``Ciarán``): at the first known first name after the span's first word,
    else, in a span of three words, at its second; ``start`` when no office opens before
    it, or the span has fewer than three words or ends as an organisation's name does, or no
    word says where the name begins."""
    if _OFFICE_OPEN.search(text, max(0, start - _OFFICE_WINDOW), start) is None:
        return start
    parts = words(text[start:end])
    if len(parts) < 3 or parts[-1] in _BODY_LAST_WORDS or not_a_person(parts):
        return start  # "CEO of Washington Restaurant Association": the organisation
    spans = list(re.finditer(r"\S+", text[start:end]))
    fallback = spans[1] if len(spans) == 3 else spans[0]
    # A common English first name first, else the wider table's (``Minister of Economy, Trade
    # and Industry Kenji Morishita``: foreign ministers' offices are long, their names not
    # English; the office's words are no first names).
    named = next((w for w in spans[1:-1] if is_first_name(w.group())), None) or next(
        (w for w in spans[1:-1] if is_any_first_name(w.group().rstrip(","))), fallback)
    return start + named.start()


#: A party's words and a legislator's letters opening a span before a name the model took
#: in with them: "Bloc MP Sylvie Dufresne-Caron", "B.C. Green Party MLA Ruth Langford".
_PARTY_LETTERS = re.compile(
    rf"(?:[A-Z][\w.'’-]*[ \t]+){{1,4}}(?:{_LEGISLATORS_ALT})[ \t]+"
    r"(?=[A-Z][\w'’-]*[a-z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*[a-z][\w'’-]*)+$)")


def legislator_name_start(text: str, start: int, end: int) -> int:
    """Where the name begins in a span that opens with a party and a legislator's letters
    (``Bloc MP Sylvie Dufresne-Caron``: at ``Sylvie``), two capitalised words or more after
    them; else ``start``."""
    match = _PARTY_LETTERS.match(text[:end], start)
    return match.end() if match else start


def lone_post_nominal(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only the letters after a name written just before it
    (``KC`` in ``Miranda Ashworth KC``, which the model reads as an organisation): no name."""
    return _LETTERS_ALONE.fullmatch(text, start, end) is not None \
        and _WORD_BEFORE.search(text, max(0, start - 30), start) is not None
