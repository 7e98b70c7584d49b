"""Boilerplate phrases per language, for the line rules that recognise a line by its words.

:mod:`newswire.nlp.boilerplate.line_rules` was written for English pages; publishers in
other languages say "Abonnez-vous", "Folgen Sie uns", "Lea también". A line that *opens*
with one of these phrases, and is no longer than its rule allows, is boilerplate of that
kind. The phrases of different languages do not collide, so every table applies to every
line, on a page in any language; the English rules run on English pages only
(:mod:`.page_language`), so each language's phrases that those rules also know ("Lesen Sie
auch", "5 Min. Lesezeit") are here too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

__all__ = ["MAX_WORDS", "WORDS", "foreign_rule_for", "foreign_rule_hits"]

#: Language -> rule -> phrases a boilerplate line opens with (lower case, regex allowed).
WORDS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "fr": {
        "subscribe": (r"abonnez-vous", r"je m[’']abonne", r"inscrivez-vous", r"déjà abonné",
                      r"recevez (?:notre|nos|la) newsletter", r"s[’']abonner"),
        "social": (r"suivez-nous", r"retrouvez-nous sur", r"rejoignez-nous sur",
                   r"partager sur (?:facebook|twitter|x|linkedin)"),
        "promo": (r"(?:à )?lire aussi", r"lire la suite", r"voir aussi", r"sur le même sujet",
                  r"à découvrir", r"les plus lus", r"publicité\W*$", r"(?:à )?voir également"),
        "comments": (r"\d* ?commentaires?\W*$", r"réagir\W*$", r"laisser un commentaire"),
        "consent": (r"nous utilisons des cookies", r"politique de confidentialité",
                    r"mentions légales", r"gérer (?:mes|les) cookies"),
        "share": (r"partager\W*$", r"imprimer\W*$", r"copier le lien\W*$"),
        "dateline": (r"publié le\b", r"mis à jour le\b", r"modifié le\b"),
        "photo-credit": (r"crédits? photo\s*:", r"photo\s*:"),
        "reading-time": (r"temps de lecture\s*:", r"\d+\s*min(?:utes)?\.? de lecture"),
    },
    "de": {
        "subscribe": (r"jetzt abonnieren", r"abonnieren sie", r"newsletter abonnieren",
                      r"melden sie sich (?:jetzt )?für", r"zum newsletter"),
        "social": (r"folgen sie uns", r"teilen sie (?:diesen|den) artikel",
                   r"auf (?:facebook|twitter|x|whatsapp) teilen"),
        "promo": (r"lesen sie auch", r"mehr zum thema", r"weitere artikel",
                  r"das könnte sie auch interessieren",
                  r"anzeige\W*$", r"weiterlesen\W*$", r"meistgelesen"),
        "comments": (r"\d* ?kommentare?\W*$", r"kommentieren\W*$"),
        "consent": (r"wir verwenden cookies", r"datenschutzerklärung", r"impressum\W*$",
                    r"cookie-einstellungen"),
        "share": (r"teilen\W*$", r"drucken\W*$", r"link kopieren\W*$"),
        "dateline": (r"veröffentlicht am\b", r"aktualisiert am\b", r"stand:"),
        "photo-credit": (r"foto\s*:", r"bild\s*:"),
        "reading-time": (r"lesezeit\s*:", r"\d+\s*min(?:uten)?\.? lesezeit"),
    },
    "es": {
        "subscribe": (r"suscr[íi]bete", r"suscr[íi]base", r"recibe nuestro bolet[íi]n"),
        "social": (r"s[íi]guenos", r"comp[áa]rtelo en"),
        "promo": (r"le[ae] también", r"leer más", r"te puede interesar", r"publicidad\W*$",
                  r"más noticias"),
        "comments": (r"\d* ?comentarios?\W*$",),
        "consent": (r"utilizamos cookies", r"política de privacidad", r"aviso legal"),
        "dateline": (r"actualizado\b", r"publicado\b"),
    },
    "it": {
        "subscribe": (r"abbonati", r"iscriviti alla newsletter"),
        "social": (r"seguici su",),
        "promo": (r"leggi anche", r"potrebbe interessarti", r"pubblicità\W*$"),
        "consent": (r"utilizziamo (?:i )?cookie", r"informativa sulla privacy"),
        "dateline": (r"aggiornato il\b", r"pubblicato il\b"),
    },
    "pt": {
        "subscribe": (r"assine (?:já|agora|a newsletter)", r"inscreva-se"),
        "social": (r"siga-nos",),
        "promo": (r"leia (?:mais|também)", r"veja também", r"publicidade\W*$"),
        "reading-time": (r"tempo de leitura\s*:", r"\d+\s*min(?:utos)?\.? de leitura"),
        "consent": (r"utilizamos cookies", r"política de privacidade"),
    },
    "nl": {
        "subscribe": (r"abonneer (?:je|nu)", r"schrijf je in voor"),
        "social": (r"volg ons",),
        "promo": (r"lees ook", r"lees meer", r"advertentie\W*$"),
        "consent": (r"wij gebruiken cookies", r"privacybeleid"),
    },
}
#: The longest line (in words) each rule may take, as in ``line_rules.RULES``.
MAX_WORDS: Mapping[str, int] = {
    "subscribe": 30, "social": 30, "promo": 30, "comments": 12, "consent": 80, "share": 4,
    "dateline": 12, "photo-credit": 25, "reading-time": 8,
}


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One anchored pattern per rule, every language's phrases in it."""
    by_rule: dict[str, list[str]] = {}
    for rules in WORDS.values():
        for rule, phrases in rules.items():
            by_rule.setdefault(rule, []).extend(phrases)
    return tuple((rule, re.compile(rf"^[\W_]*(?:{'|'.join(phrases)})", re.IGNORECASE))
                 for rule, phrases in by_rule.items())


def foreign_rule_for(line: str, n_words: int) -> str | None:
    """The rule a line in another language than English matches by its words, or None."""
    for rule, pattern in _patterns():
        if n_words <= MAX_WORDS[rule] and pattern.search(line):
            return rule
    return None


def foreign_rule_hits(line: str, n_words: int, rule: str) -> bool:
    """Whether ``rule``'s phrases open ``line`` (of ``n_words`` words), whatever rule
    :func:`foreign_rule_for` tries first."""
    return any(name == rule and n_words <= MAX_WORDS[name] and pattern.search(line)
               for name, pattern in _patterns())
