"""Irish, Scottish Gaelic and Welsh first names, by the gender they carry.

The wider table of first names (:func:`~newswire.nlp.entities.words.firstnames.first_name_gender`)
is American: it knows ``Seán`` and ``Kirsty`` but neither ``Eoghan``, ``Ruaraidh``,
``Alasdair``, ``Eilidh``, ``Ffion`` nor ``Dafydd``. News from Ireland, Scotland and Wales then
reads such a name as no first name (``Skipper Alasdair MacRath`` keeps its noun, the given name
before ``Ó Dochartaigh`` is not known as one) and leaves the person without a gender for the
``he`` or ``she`` of the next sentence. These are common names of the three languages (not those
of any one article), lower case and without accents (the table is read as
:func:`~newswire.nlp.entities.words.firstnames.unaccented` writes a name); names also English
words or places (``Bryn``, ``Iona``, ``Wyn``, ``Una``) or borne by men and women alike
(``Bernie``, ``Dara``) are left out: unknown stays unknown.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["celtic_gender"]


def _table(block: str) -> frozenset[str]:
    """The whitespace-separated names of ``block`` (the tables of :mod:`.firstnames` are
    written so too; not imported from there, which reads this one)."""
    return frozenset(block.split())


_MALE = _table("""
    sean seamus ciaran cian oisin eoin eoghan donncha donnacha donnchadh padraig padraic
    diarmuid diarmaid darragh tadhg fionn conall cathal colm colman ruairi ruaraidh ruairidh
    ronan fergal feargal lorcan niall donal domhnall cormac caoimhin tomas micheal eamon
    eamonn seosamh cillian senan odhran fiachra daithi aodh aodhan breandan peadar proinsias
    alasdair alastair calum coinneach murdo murchadh seumas seoras torquil tormod aonghas
    uilleam lachlan ruaridh dafydd dewi emyr gethin rhydian rhodri rhys huw owain iolo iwan
    ieuan ifan gruffydd gwilym iorwerth llyr aled alun geraint meirion osian tomos carwyn
    dyfan elis hywel idris ioan tudur
""")
_FEMALE = _table("""
    siobhan aoife niamh sinead maire brid grainne orla orlaith aisling caoimhe clodagh
    saoirse roisin meabh eimear eithne nuala deirdre fionnuala ciara sadhbh ailbhe aine
    muireann mairead sile sorcha treasa eilidh catriona morag iseabail ishbel seonaid mairi
    ealasaid peigi oighrig morven shona ffion cerys catrin eurgain llinos nia sian rhiannon
    bethan carys angharad eleri elin nerys gwenllian lowri manon heledd mererid
""")


def celtic_gender(first: str) -> Literal["f", "m"] | None:
    """``m`` or ``f`` for a first name of the tables (any case, accents read away by the
    caller), else ``None``."""
    key = first.casefold()
    if key in _MALE:
        return "m"
    return "f" if key in _FEMALE else None
