"""A dek without its full stop under the headline, the byline and the date under it, then a picture's caption
and credit over the text: the headline scorer must not take the dek, whose words the text takes up more than
the headline's, for the headline the rules read over it. Made-up pages, written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract

PAGES = {
    "en": (
        ["The Fenwick Lamp", "Home", "Towns", "Business", "Letters", ""],
        "Last orders at the ropeworks: Fenwick's ninety-year-old trade comes to an end",
        "The owners say rising rents and a slump in orders from boatyards left them with no other choice",
        ["By Hattie Merriman", "22 September 2025"],
        ["Coils of rope stacked on the loading bay behind the old works.", "Photo: Quayside Studio"],
        [
            "The owners of the Fenwick ropeworks said on Monday that rising rents and a slump in orders from the "
            "boatyards along the river had left them with no other choice than to shut in December.",
            "The firm, which still employs fourteen people, said the rents it pays had doubled since the "
            "spring, while orders from the boatyards have fallen for a third year, and no buyer came forward.",
            "Staff were told of the decision at a meeting on Friday afternoon, and several said they had "
            "expected it since the last of the big orders from the boatyards was cancelled in the summer.",
        ],
    ),
    "de": (
        ["Der Talkurier", "Startseite", "Region", "Wirtschaft", "Leserbriefe", ""],
        "Letzte Schicht am Kai: Fenwicks neunzigjähriges Handwerk geht zu Ende",
        "Die Inhaber sagen, steigende Mieten und weniger Aufträge der Bootswerften ließen ihnen keine Wahl",
        ["Von Hanne Mittermeier", "22. September 2025"],
        ["Aufgerollte Taue liegen an der Laderampe hinter der alten Seilerei.", "Foto: Studio Kaimauer"],
        [
            "Die Inhaber der Seilerei am Kai in Fenwick sagten am Montag, steigende Mieten und weniger "
            "Aufträge der Bootswerften am Fluss ließen ihnen keine andere Wahl, als im Dezember zu schließen.",
            "Der Betrieb beschäftigt noch vierzehn Menschen; die Mieten hätten sich seit dem Frühjahr verdoppelt, "
            "die Aufträge der Bootswerften seien das dritte Jahr gesunken, und ein Käufer fand sich nicht.",
            "Die Belegschaft erfuhr am Freitagnachmittag von der Entscheidung, und mehrere sagten, sie hätten "
            "damit gerechnet, seit der letzte große Auftrag der Werften im Sommer storniert worden war.",
        ],
    ),
    "fr": (
        ["Le Fanal du Quai", "Accueil", "Villes", "Économie", "Courrier", ""],
        "Dernier nœud au port : un savoir-faire de quatre-vingt-dix ans s'éteint à Fenwick",
        "Les propriétaires expliquent que la hausse des loyers et la chute des commandes des chantiers navals "
        "ne leur laissaient pas le choix",
        ["Par Hortense Mirabel", "22 septembre 2025"],
        ["Des rouleaux de corde empilés sur le quai de chargement derrière l'atelier.", "Photo : Studio du Port"],
        [
            "Les propriétaires de la corderie du port de Fenwick ont dit lundi que la hausse des loyers et la "
            "chute des commandes des chantiers navals ne leur laissaient pas d'autre choix que de fermer en décembre.",
            "L'entreprise, qui emploie encore quatorze personnes, affirme que les loyers ont doublé depuis le "
            "printemps, que les commandes baissent pour la troisième année et qu'aucun repreneur n'est venu.",
            "Les salariés ont appris la décision vendredi après-midi et plusieurs ont dit s'y attendre depuis "
            "l'annulation, cet été, de la dernière grosse commande des chantiers.",
        ],
    ),
}


def _page(lang: str, picture_first: bool) -> tuple[list[str], str]:
    top, headline, dek, meta, picture, text = PAGES[lang]
    under = [*picture, *meta] if picture_first else [*meta, *picture]
    lines = [*top, headline, dek, *under, ""]
    for paragraph in text:
        lines += [paragraph, ""]
    return [*lines, top[1], f"© 2025 {top[0]}"], headline


@pytest.mark.parametrize("lang", sorted(PAGES))
@pytest.mark.parametrize("model", [None, "shipped"])
def test_the_dek_over_the_byline_and_the_caption_is_no_headline(lang: str, model: str | None) -> None:
    lines, headline = _page(lang, picture_first=False)
    assert extract(lines, title_model=model).title == headline


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_dek_with_no_picture_under_it_is_no_headline(lang: str) -> None:
    lines, headline = _page(lang, picture_first=False)
    lines = [line for line in lines if line not in PAGES[lang][4]]
    assert extract(lines).title == headline
