"""The site's appeal and its newsletter line under a paywall are never the text: the one paragraph over the
paywall is (review W69's made-up French page)."""

from __future__ import annotations

from tuiarchive.parser.extract import extract

_TEXT = (
    "Le bac qui relie les deux rives de la Loire a repris ses traversées lundi matin, après six mois de "
    "réparations sur sa coque et son moteur."
)
_PAGE = [
    "Le Petit Riverain",
    "Rechercher",
    "ACCUEIL > RÉGION",
    "Le bac de la Loire reprend du service",
    "Les riverains saluent la fin de six mois de détours.",
    "Claire Demange",
    "mardi 3 juin 2025 - Mis à jour le 4 juin 2025",
    "Copier le lien",
    "Partager l'article",
    "Le passeur à la barre, lundi matin.",
    "Crédit photo : Hugo Lenoir",
    _TEXT,
    "La suite est réservée aux abonnés",
    "Cet article vous est offert partiellement.",
    "Abonnez-vous pour 1 € le premier mois",
    "Déjà abonné ? Se connecter",
    "Partager l'article",
    "WhatsApp",
    "X",
    "Les horaires cités proviennent du département.",
    "Notre journal vit grâce à ses lecteurs. Soutenez-nous dès 1 €.",
    "Inscrivez-vous à notre lettre d'information et recevez l'essentiel de l'actualité chaque matin.",
    "Les plus lus",
    "La fête du fleuve revient en juin",
    "Un nouveau marché de producteurs le jeudi",
    "Mentions légales",
]


def test_the_paragraph_over_a_paywall_is_the_text_not_the_appeal_under_it() -> None:
    assert extract(_PAGE, title_model=None).body == [_TEXT]
