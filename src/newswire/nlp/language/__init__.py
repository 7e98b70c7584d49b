"""Language: which language an article is written in, and how sure that is.

``identify`` weighs the input's claim against the text; ``detect`` reads a text alone (with
py3langid, loaded once per process); ``iso639_1`` turns the codes inputs write (``fr-FR``,
``fra``) into ISO 639-1. May import ``newswire.models`` and light libraries (py3langid,
langcodes); never spaCy, ``nlp.entities``, ``nlp.quotes``, ``nlp.boilerplate`` or the pipeline,
so that any room can ask a text's language cheaply.
"""

from newswire.nlp.language.codes import UNDETERMINED, iso639_1
from newswire.nlp.language.detect import Detection, detect
from newswire.nlp.language.identify import Identified, identify

__all__ = ["UNDETERMINED", "Detection", "Identified", "detect", "identify", "iso639_1"]
