"""Questions and answers printed as dash lines after a French paragraph saying who asks whom:
the lines alternate between the asker and the one asked.

``La présidente l'a interrogé sur le couteau. ¶ — Pourquoi prendre un couteau ? ¶ — J'avais
peur de lui. ¶ — Personne ne confirme ces violences. ¶ — Ma mère le sait.``: a court report
(or an interview written as dialogue) gives an exchange as dash lines, no cue on any.  The
paragraph just before the lines names the two with ``interroger``/``questionner``: its
subject asks (``La présidente``), its object answers (``l'``, the accused); in the passive
(``l'accusé a été interrogé par la présidente``) the other way round.  A pronoun standing for
one of them is read off the same verb in the paragraph before (the one that names them).
The first line must be a question; the lines then alternate, asker first.  With no such
verb, or a pronoun nothing names, the lines keep no speaker (:mod:`.marks` finds them); so
do lines whose speaker resolves to no person named in full (one word, ``Mardi``, is more
often a misread word than a name).

A broadcast or press interview is announced the other way round: the one asked is the
subject of ``répondre aux questions de …``/``à nos questions`` (``Elle a accepté de répondre
à nos questions.``) or of a passive ``interroger`` with no agent (``Invité de la matinale, le
ministre a été interrogé sur …``): the asker is the outlet, unnamed or no person, so only the
answers (every second line) are given.  A pronoun as the one asked is resolved as any other
(``elle`` after the spokeswoman just quoted).  French prints a dialogue in one pair of
quotation marks too, a dash at each change of speaker (``« Vous signiez sans lire ? ¶ – Je
faisais confiance. ¶ – … »``): a question opening with a quotation mark right before the
dash lines is their first line.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newswire.models import Quote
from newswire.nlp.quotes.base.parse_labels import NOMINAL_TAGS
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.layouts.court_exchanges_fr import court_roles
from newswire.nlp.quotes.lexicon_fr import FRENCH, NEGATIONS, REFUSING
from newswire.nlp.quotes.marked.mark_sets import ALL_MARKS
from newswire.nlp.quotes.resolution.named import Speaker

__all__ = ["dash_exchange_speakers", "with_dash_speakers"]

_DASHES = ("—", "–")
#: Verbs by which a paragraph says who questions whom.
_ASKING = frozenset(("interroger", "questionner"))
#: The verb by which the one asked is said to answer (``répondre aux questions de la RTS``).
_ANSWERING = "répondre"
_QUESTIONS = frozenset(("question", "questions"))
#: How far before the lines the naming paragraphs may be.
_REACH = 3
_MIN_LINES = 2
_ASKED_DEPS = frozenset(("obj", "nsubj", "iobj"))

Roles = tuple[Token | None, Token | None]


def with_dash_speakers(quotes: list[Quote], tmap: TextMap,
                       resolve: Callable[[Token], Speaker]) -> list[Quote]:
    """The quotes, each speakerless dash line of an announced exchange given its speaker,
    a person named in full (anyone else leaves the line as it was)."""
    speakers = dash_exchange_speakers(tmap)
    if not speakers:
        return quotes
    given = []
    for quote in quotes:
        # a headline's offsets are not the body's (zq7's headline went to a dash line's asker)
        token = speakers.get(tmap.paragraph_index(quote.start)) \
            if quote.field == "body" else None
        speaker = resolve(token) if token is not None and quote.speaker is None else None
        # a person by one word only is more often a misread word (``Mardi``) than a name
        if speaker is None or not speaker.name or speaker.kind != "person" \
                or " " not in speaker.name:
            given.append(quote)
            continue
        given.append(quote.model_copy(update={"speaker": speaker.name, "speaker_id":
                                              speaker.entity_id, "speaker_kind": speaker.kind}))
    return given


def dash_exchange_speakers(tmap: TextMap) -> dict[int, Token]:
    """The speaker token of each dash line of an announced exchange, by paragraph index."""
    if tmap.lexicon is not FRENCH:
        return {}
    speakers: dict[int, Token] = {}
    for run in _runs(tmap):
        asker, answerer = _roles(tmap, run[0])
        if answerer is None or not _ends_with_question(tmap, run[0]):
            # a court exchange announced by its questioner alone (:mod:`.court_exchanges_fr`)
            asker, answerer = court_roles(tmap, run[0]) if _asks(tmap, run[0]) else (None, None)
        if answerer is None:
            continue
        for turn, index in enumerate(run):
            speaker = asker if turn % 2 == 0 else answerer
            if speaker is not None:  # an outlet's questions: the answers only
                speakers[index] = speaker
    return speakers


def _runs(tmap: TextMap) -> list[list[int]]:
    """Runs of consecutive paragraphs opening with a dash, two lines or more."""
    runs: list[list[int]] = []
    for index, para in enumerate(tmap.paragraphs):
        start, end = tmap.trim(*para)
        if not tmap.text.startswith(_DASHES, start) or end <= start:
            continue
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index - 1, index] if _opens_dialogue(tmap, index - 1) else [index])
    return [run for run in runs if len(run) >= _MIN_LINES]


def _opens_dialogue(tmap: TextMap, index: int) -> bool:
    """Whether paragraph ``index`` is a question opening with a quotation mark: the first
    line of a dialogue printed in one pair of marks, a dash at each change of speaker."""
    line = _line(tmap, index) if index >= 0 else ""
    return bool(line) and line[0] in ALL_MARKS and line.endswith("?")


def _ends_with_question(tmap: TextMap, index: int) -> bool:
    return _line(tmap, index).endswith("?")


def _asks(tmap: TextMap, index: int) -> bool:
    """Whether the line holds a question, maybe before its own cue (``… ? a-t-elle
    demandé.``)."""
    return "?" in _line(tmap, index)


def _line(tmap: TextMap, index: int) -> str:
    """Paragraph ``index``'s text, without the blanks around it."""
    start, end = tmap.trim(*tmap.paragraphs[index])
    return tmap.text[start:end]


def _roles(tmap: TextMap, first_line: int) -> Roles:
    """The asker and the one asked, named by the nearest asking verb before the lines (for
    a pronoun, the same role's noun at an earlier asking verb); a pronoun asked that no
    earlier asking verb names is resolved as any other (``Elle a accepté de répondre à nos
    questions`` after the president just named), an asker's is nobody."""
    verbs = [_verb_roles(t) for t in _asking_verbs(tmap, first_line)]
    if not verbs or verbs[0][1] is None:
        return None, None
    asker, answerer = verbs[0]
    return _named(asker, verbs), _named(answerer, verbs, answering=True) or answerer


def _asking_verbs(tmap: TextMap, first_line: int) -> list[Token]:
    """The asking verbs of the paragraphs before the lines, nearest first; none unless the
    paragraph right before has one."""
    found: list[Token] = []
    for index in range(first_line - 1, max(first_line - 1 - _REACH, -1), -1):
        start, end = tmap.paragraphs[index]
        first, last = tmap.tokens(start, end)
        verbs = [t for t in tmap.doc[first:last] if t.pos_ == "VERB"
                 and (t.lemma_ in _ASKING or _answers_questions(t))]
        if index == first_line - 1 and not verbs:
            return []
        found.extend(reversed(verbs))
    return found


def _answers_questions(verb: Token) -> bool:
    """Whether ``verb`` is ``répondre`` to questions (``a répondu aux questions de la RTS``),
    not refused (``n'a pas souhaité répondre à nos questions``: the lines are someone else's)."""
    if verb.lemma_ != _ANSWERING or not any(c.lemma_ in _QUESTIONS for c in verb.children):
        return False
    governing = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)
    return not any(v.lemma_ in REFUSING or any(c.lower_ in NEGATIONS for c in v.children)
                   for v in governing)


def _verb_roles(verb: Token) -> Roles:
    """(asker, asked) of one asking verb: subject and object, or agent and passive subject;
    of ``répondre aux questions``, nobody and its subject (the controlling verb's for an
    infinitive: ``Elle a accepté de répondre``): the asker is the outlet."""
    if verb.lemma_ == _ANSWERING:  # ``_asking_verbs`` took it for answering questions
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "xcomp":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return None, subject
    deps = {c.dep_: c for c in reversed(list(verb.children))}  # the first of each
    if "nsubj:pass" in deps:
        # ``Invitée de la matinale, la ministre a été interrogée``: the model takes the
        # participle for a second subject; the noun is the one asked
        asked = [c for c in verb.children if c.dep_ == "nsubj:pass" and c.pos_ in NOMINAL_TAGS]
        return deps.get("obl:agent"), asked[-1] if asked else deps["nsubj:pass"]
    # the model reads a name after the verb as a second subject at times
    after = (c for c in verb.rights if c.dep_ in _ASKED_DEPS and c.pos_ in NOMINAL_TAGS)
    subject = deps.get("nsubj")
    return (subject if subject is not None and subject.i < verb.i else None,
            deps.get("obj") or next(after, None))


def _named(token: Token | None, verbs: list[Roles], *, answering: bool = False) -> Token | None:
    """The token itself, or for a pronoun the same role's noun at an earlier asking verb."""
    if token is None or token.pos_ != "PRON":
        return token
    side = 1 if answering else 0
    named = (roles[side] for roles in verbs[1:])
    return next((t for t in named if t is not None and t.pos_ != "PRON"), None)
