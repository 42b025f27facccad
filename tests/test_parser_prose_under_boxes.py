"""A page with prose is never refused (issue 14), in any script: one paragraph of a story over a wall of boxes (a
paywall's offer, a licence line, a comment thread, the site's list) is still an article, whose body
is that paragraph. Pages made up for the test (the reviewer's W45 class: a paywalled page's one visible
paragraph, where neither the rules' span nor the densest stretch holds it)."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract
from tuiarchive.parser.page import NoArticle

# A harbour page in French: one visible paragraph, then a paywall, a licence line and comments
HARBOUR_FR = [
    "Accueil",
    "Littoral",
    "La digue du nord sera rehaussée d'un mètre",
    "Par Armelle Quéré · 3 avril 2031",
    "Les blocs de granit livrés la semaine dernière seront posés avant les grandes marées d'automne, "
    "ce qui mettra enfin le quartier du port à l'abri des tempêtes d'hiver.",
    "Abonnez-vous dès 2 € par mois",
    "Déjà abonné ? Identifiez-vous",
    "La suite de cet article est réservée à nos abonnés",
    "Cet article vous est offert en partie.",
    "Ce texte est publié sous licence libre : reproduction permise avec le nom de son auteur.",
    "Lire les commentaires",
    "marin29",
    "il y a 20 min",
    "Et le parking du port, il sera fermé pendant les travaux ?",
    "J'aime",
    "solenn_b",
    "il y a 11 min",
    "Enfin une bonne nouvelle.",
    "Répondre",
    "Hervé Quéré",
    "il y a 4 min",
    "On l'attendait depuis la tempête de 2029.",
    "J'aime",
    "Littoral",
    "Le phare de la pointe rouvre aux visiteurs",
    "Nature",
    "Les sternes reviennent nicher sur l'îlot",
    "Sports",
    "Le club d'aviron gagne la coupe régionale",
    "Contact",
    "Mentions légales",
]


# The parser reviewer's made-up reproduction of W45 (session 39): refused before this fix
MARINA_FR = [
    "Accueil",
    "Mer",
    "Le port de plaisance double sa capacité",
    "Par Yannick Le Goff, Maëlle Tanguy · 14 mars 2031",
    "Les pontons flottants commandés l'an dernier sont arrivés par barge et seront posés avant l'été, "
    "ce qui portera le port à près de huit cents places.",
    "Abonnez-vous dès 1 € par mois",
    "Déjà inscrit ? Connexion",
    "La suite de cet article est réservée aux abonnés",
    "Cet article vous est partiellement offert.",
    "Cet article est publié sous licence libre : reprise autorisée avec le nom de l'auteur.",
    "Voir les commentaires",
    "yann41",
    "il y a 12 min",
    "Et les tarifs, ils vont monter ?",
    "J'aime",
    "gwen88",
    "il y a 9 min",
    "Bonne nouvelle pour le port.",
    "Répondre",
    "Loïc Tanguy",
    "il y a 5 min",
    "Il était temps, la liste d'attente est énorme.",
    "J'aime",
    "Mer",
    "Pêche",
    "Les chalutiers restent à quai à cause du vent",
    "Environnement",
    "Une colonie de phoques s'installe près du phare",
    "Loisirs",
    "La régate d'automne change de parcours",
    "Pêche",
    "Le prix de la sardine recule à la criée",
    "Contact",
    "Mentions légales",
    "Plan du site",
]


def test_the_reviewers_page_is_an_article() -> None:
    article = extract(MARINA_FR, filename="port.txt")
    assert article.title == MARINA_FR[2]
    assert article.body == [MARINA_FR[4]]


def test_a_paragraph_over_a_paywall_licence_and_comments_is_an_article() -> None:
    article = extract(HARBOUR_FR, filename="digue.txt")
    assert article.title == "La digue du nord sera rehaussée d'un mètre"
    assert article.body == [HARBOUR_FR[4]]


def test_lines_without_prose_are_still_refused() -> None:
    rows = ["date,port,boats", "2031-04-01,Nord,120", "2031-04-02,Sud,98", "2031-04-03,Est,77"] * 5
    with pytest.raises(NoArticle):
        extract(rows, filename="boats.csv")


# Made-up pages in scripts without capitals (Arabic, Hindi): refused before, all their lines "not prose"
BRIDGE_AR = [
    "الرئيسية",
    "أخبار",
    "افتتاح جسر جديد فوق النهر في المدينة",
    "بقلم سارة الهاشمي",
    "12 مارس 2031",
    "أعلن مجلس المدينة يوم الثلاثاء أن الجسر الجديد فوق النهر سيفتح أمام المشاة في "
    "بداية شهر سبتمبر، بعد تأخير دام ستة أشهر بسبب الأمطار الغزيرة.",
    "وقال المهندسون إن الجسر اجتاز جميع اختبارات الحمولة في يناير، وإن أعمال الطلاء ستستمر عدة أسابيع بعد الافتتاح.",
    "وعبر سكان الحي عن سعادتهم بقرب انتهاء الأعمال، بعد عامين كانت فيهما العبارة الوسيلة الوحيدة لعبور النهر.",
    "الأكثر قراءة",
    "ارتفاع أسعار الخبز في الأسواق المحلية",
    "فريق المدينة يفوز بالكأس بعد مباراة مثيرة",
]
BRIDGE_HI = [
    "होम",
    "समाचार",
    "नदी पर नया पुल सितंबर में खुलेगा",
    "नगर परिषद ने मंगलवार को कहा कि नदी पर बना नया पैदल पुल सितंबर की शुरुआत में आम लोगों के लिए खोल दिया जाएगा।",
    "इंजीनियरों ने बताया कि पुल ने जनवरी में सभी भार परीक्षण पास कर लिए थे और रंगाई का काम कुछ हफ्ते और चलेगा।",
    "सबसे ज़्यादा पढ़ी गई",
    "शहर में दूध के दाम बढ़े",
]


@pytest.mark.parametrize(("page", "title", "text"), [(BRIDGE_AR, 2, slice(5, 8)), (BRIDGE_HI, 2, slice(3, 5))])
def test_a_story_in_a_script_without_capitals_is_an_article(page: list[str], title: int, text: slice) -> None:
    article = extract(page, filename="bridge.txt")
    assert article.title == page[title]
    assert article.body == page[text]


def test_a_list_of_headlines_in_a_script_without_capitals_is_still_refused() -> None:
    headlines = [line for line in BRIDGE_AR if not line.endswith(".")] * 3  # no line ends a sentence
    with pytest.raises(NoArticle):
        extract(headlines, filename="list.txt")
