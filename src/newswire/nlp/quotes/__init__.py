"""Quotes: quotation marks, reporting cues, reported speech, and who said each.

Marks (no spaCy), cues and attribution on the dependency parse, reported speech, speakers
resolved to entities (with gender), and the text map they share. May import
``newswire.models``, spaCy and ``nlp.entities``; never ``nlp.boilerplate``.
"""

from newswire.nlp.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]
