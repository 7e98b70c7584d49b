"""Common French first names (France, Belgium, Switzerland, Quebec), by their usual gender.

The shared table (:mod:`.firstnames`) comes from US baby names: it misses most French names
(``Bastien``, ``Clémence``, ``Gérard``, ``Sandrine``, ``Geneviève``) and reads some as the
other sex (``Laurence`` is a woman's in French).  The French entities rules and the French
quotes lexicon ask this table first.  Written unaccented and in lower case, as
:func:`~newswire.nlp.entities.names.unaccented` makes a word; hyphenated first names
(``Anne-Sophie``, ``Jean-Claude``) are read by their first part.
"""

from __future__ import annotations

from typing import Literal

from newswire.nlp.entities.firstnames import first_name_gender

__all__ = ["FRENCH_FEMALE_NAMES", "FRENCH_MALE_NAMES", "french_first_name_gender"]


def _table(block: str) -> frozenset[str]:
    return frozenset(block.split())


FRENCH_FEMALE_NAMES = _table("""
    adele adeline agathe agnes aicha alexandra alexia alice aline amandine amelie anais
    angelique anne annick annie anouk apolline ariane armelle audrey aurelie aurore axelle
    beatrice benedicte bernadette brigitte camille carole caroline cecile celia celine
    chantal charlene charlotte chloe christelle christiane christine claire clara claude
    claudine clemence clementine colette coline constance coralie corinne danielle delphine
    denise diane dominique edith eliane elise elisabeth elodie eloise emilie emma emmanuelle
    estelle eve evelyne fabienne fanny fatima fatou florence francine francoise gaelle
    genevieve georgette germaine ghislaine gisele helene henriette ines irene isabelle jacqueline
    jeanne jeannine johanne josee josette josiane judith julie juliette justine karine
    laetitia lea leila lina lise lou louise luce lucie lucienne lydie madeleine manon
    marceline margaux margot marianne marie marielle marine marion marjolaine marthe martine
    maryse mathilde maud maude melanie melissa mireille monique muriel murielle myriam
    nadege nadia nadine natacha nathalie nicole noemie oceane odette odile pascale patricia
    paulette pauline perrine rachel raymonde regine rose roseline sabine sabrina salome
    sandrine severine simone solange solene sonia sophie stephanie suzanne sylvie therese
    valentine valerie veronique victoire violaine virginie yasmine yolande yvette yvonne zoe
    laurence lorraine maryline gwenaelle rolande ginette huguette lucille noelle sylviane
""")
FRENCH_MALE_NAMES = _table("""
    adrien alain alban albert alexandre alexis alphonse amaury andre antoine armand arnaud
    arthur augustin aurelien baptiste bastien benjamin benoit bernard bertrand boris bruno
    cedric charles christian christophe claude clement corentin cyril cyrille damien daniel
    david denis didier dimitri dominique edgar edouard elie emile emmanuel eric etienne
    fabien fabrice felix fernand florent florian francis francois franck frederic gabriel
    gael gaetan gaston gauthier geoffroy georges gerald gerard germain ghislain gilbert
    gilles gregoire gregory guillaume guy gustave henri herve hubert hugo hugues jacques
    jean jeremie jeremy jerome joel jonathan jordan joseph julien justin kevin laurent leo
    leon lionel loic louis luc lucas lucien ludovic marc marcel mathias mathieu matthieu
    maurice maxime michel mickael nicolas noel norbert octave olivier pascal patrice patrick
    paul philippe pierre quentin raoul raphael raymond regis remi renaud rene richard robert
    rodolphe roger roland romain ronan samuel sebastien serge simon stephane sylvain
    theo thibault thierry thomas timothee tristan valentin vincent xavier yann yannick
    yves yvon real rejean normand gaetan marc-andre pierre-luc jean-francois
""")


def french_first_name_gender(word: str) -> Literal["f", "m"] | None:
    """``f`` or ``m`` for a French first name (``word`` unaccented; a hyphenated one by its
    first part), else what the shared table says."""
    key = word.casefold()
    first = key.split("-")[0]
    for name in (key, first):
        if name in FRENCH_FEMALE_NAMES and name not in FRENCH_MALE_NAMES:
            return "f"
        if name in FRENCH_MALE_NAMES and name not in FRENCH_FEMALE_NAMES:
            return "m"
    return first_name_gender(word)
