"""spaCy's attribute ruler, matched faster: the same matches, found per kind of token.

The English model's attribute ruler (179 rules: POS and features from the tag map, pronoun
and determiner features, a few two-word lemmas) runs spaCy's Matcher over every token:
16 ms for a 700-word article, about 8% of an article's CPU. Its rules test only a token's
TAG, LOWER, DEP and IS_SPACE (equal, IN, NOT_IN, REGEX), over one or two tokens, so which
rules a token meets depends on those four values alone: it is worked out once per
combination (the lower-case form counts only when some rule names it) and remembered.
The matches are the Matcher's, in its order, and the ruler's own ``set_annotations``
applies them. A ruler with any other kind of rule keeps spaCy's Matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["FastMatch", "speed_up_attribute_ruler"]

#: The token attributes the fast matcher reads, in the order of ``Doc.to_array``'s columns.
COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_IDS = [TAG, LOWER, DEP, IS_SPACE]
#: Above this many remembered word forms the memory starts again (a worker runs for weeks).
MAX_REMEMBERED = 100_000
#: The lower-case form of a word no rule names.
_ANY_WORD = -1
Values = tuple[int, int, int, int]
Test = Callable[[Values, str], bool]
Match = tuple[int, int, int, int]
Met = tuple[tuple[int, ...], tuple[int, ...], frozenset[int]]


@dataclass(frozen=True)
class _Rule:
    """One rule's pattern: a test per token, and the rule's place among the ruler's rules."""

    attr_id: int
    match_id: int
    tokens: tuple[Test, ...]


class FastMatch:
    """The attribute ruler's ``match``, from its rules (None from :meth:`of` when a rule is
    of a kind spaCy's Matcher would have to read).

    Its memory of kinds of tokens is shared by every call: fine on the worker's one NLP
    thread and under the GIL (a race only works an entry out twice); a pipeline shared by
    several threads of a free-threaded Python would need a lock here.
    """

    def __init__(self, rules: list[_Rule], named_words: set[int],
                 regexes: list[re.Pattern[str]], strings: Any) -> None:
        self._rules = rules
        self._named_words = named_words
        self._regexes = regexes
        self._strings = strings
        self._word_class: dict[int, int] = {}
        #: Per kind of token: the one-token rules it meets, the two-token rules it opens,
        #: those it closes (indices into the rules).
        self._met: dict[Values, Met] = {}

    @classmethod
    def of(cls, ruler: Any) -> FastMatch | None:
        """The fast match of ``ruler``'s rules, or None."""
        rules: list[_Rule] = []
        named: set[int] = set()
        regexes: list[re.Pattern[str]] = []
        for attr_id, entry in enumerate(ruler.patterns):
            match_id = ruler.vocab.strings.add(str(attr_id))
            for pattern in entry["patterns"]:  # a rule may have several: one _Rule each
                tests = [_token_test(spec, named, regexes) for spec in pattern]
                if not 1 <= len(tests) <= 2 or any(test is None for test in tests):
                    return None
                rules.append(_Rule(attr_id, match_id, tuple(t for t in tests if t is not None)))
        return cls(rules, named, regexes, ruler.vocab.strings)

    def __call__(self, doc: Doc) -> list[Match]:
        """What ``AttributeRuler.match`` returns for ``doc``: (rule, match id, start, end)."""
        met = [self._rules_met(row) for row in doc.to_array(_IDS).tolist()]
        rules = self._rules
        found: set[Match] = set()  # the Matcher finds a rule once per span, however many ways
        for i, (single, first, _) in enumerate(met):
            found.update((rules[r].attr_id, rules[r].match_id, i, i + 1) for r in single)
            if first and i + 1 < len(met):
                second = met[i + 1][2]
                found.update((rules[r].attr_id, rules[r].match_id, i, i + 2)
                             for r in first if r in second)
        return sorted(found)

    def _rules_met(self, row: list[int]) -> Met:
        """The one-token rules a token meets, and the two-token rules it opens or closes."""
        values: Values = (row[0], self._word(row[1]), row[2], row[3])
        met = self._met.get(values)
        if met is None:
            if len(self._met) >= MAX_REMEMBERED:
                self._met.clear()
            met = self._met[values] = self._work_out(values, row[1])
        return met

    def _word(self, lower: int) -> int:
        """The lower-case form as far as the rules tell words apart: itself when a rule
        names it or a REGEX takes it, else one value for every other word."""
        known = self._word_class.get(lower)
        if known is None:
            if len(self._word_class) >= MAX_REMEMBERED:
                self._word_class.clear()
            text = self._strings[lower] if self._regexes else ""
            taken = lower in self._named_words or any(r.search(text) for r in self._regexes)
            known = self._word_class[lower] = lower if taken else _ANY_WORD
        return known

    def _work_out(self, values: Values, lower: int) -> Met:
        text = self._strings[lower] if values[1] != _ANY_WORD else ""
        rules = list(enumerate(self._rules))
        single = tuple(i for i, r in rules if len(r.tokens) == 1 and r.tokens[0](values, text))
        first = tuple(i for i, r in rules if len(r.tokens) == 2 and r.tokens[0](values, text))
        second = frozenset(i for i, r in rules if len(r.tokens) == 2 and r.tokens[1](values, text))
        return single, first, second


def _token_test(spec: dict[str, Any], named: set[int],
                regexes: list[re.Pattern[str]]) -> Test | None:
    """One token's pattern as a test on its four values (and its lower-case text), or None."""
    tests: list[Test] = []
    for attr, wanted in spec.items():
        if attr not in COLUMNS:
            return None
        column = COLUMNS.index(attr)
        test = _value_test(column, wanted, named if attr == "LOWER" else None, regexes)
        if test is None:
            return None
        tests.append(test)
    return lambda values, text: all(test(values, text) for test in tests)


def _value_test(column: int, wanted: Any, named: set[int] | None,
                regexes: list[re.Pattern[str]]) -> Test | None:
    """A test of one attribute as the Matcher makes it: equal, IN, NOT_IN or REGEX."""
    if isinstance(wanted, bool | int | str):
        value = int(wanted) if isinstance(wanted, bool | int) else get_string_id(wanted)
        _name(named, [value])
        return lambda values, _text: values[column] == value
    if not isinstance(wanted, dict) or len(wanted) != 1:
        return None
    (operator, argument), = wanted.items()
    if operator in ("IN", "NOT_IN") and isinstance(argument, list):
        chosen = {get_string_id(v) for v in argument}
        _name(named, chosen)
        inside = operator == "IN"
        return lambda values, _text: (values[column] in chosen) == inside
    if operator == "REGEX" and isinstance(argument, str) and column == COLUMNS.index("LOWER"):
        pattern = re.compile(argument)
        regexes.append(pattern)
        # A word no rule names (and no REGEX took) is in no REGEX's set.
        return lambda values, text: values[column] != _ANY_WORD and bool(pattern.search(text))
    return None


def _name(named: set[int] | None, values: Any) -> None:
    """Remember the lower-case forms a rule names (so that they stay apart)."""
    if named is not None:
        named.update(values)


def speed_up_attribute_ruler(nlp: Language) -> bool:
    """Give ``nlp``'s attribute ruler the fast match when its rules allow; whether it did."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler: Any = nlp.get_pipe("attribute_ruler")
    fast = FastMatch.of(ruler)
    if fast is None:
        return False
    ruler.match = fast  # the ruler's __call__ matches with it, then sets its own annotations
    return True
