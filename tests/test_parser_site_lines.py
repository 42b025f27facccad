"""The site's sentences about its own apparatus after the text (stops.speaks_for_site, before_site_lines),
on made-up lines and pages: a comment form's options, the comments' rules, a comment's "Reply" end the text
whatever box comes first; a text that speaks of comments, newsletters or the reader does not end there."""

from __future__ import annotations

import random

import pytest
from madeup import HEAD, LAST, LEAD, MORE

from tuiarchive.parser.extract import extract
from tuiarchive.parser.stops import speaks_for_site

_FOOTER = ["", "© 2031 Harbour Ledger. All rights reserved."]
# the boxes after the text, each whole (a blank line between them)
_FORM = ["Leave a Reply", "Notify me of follow-up comments by email.", "Post comment"]
_RULES = ["Please keep your comments civil: our moderators remove abuse and spam."]
_DONE = ["Sign up for the morning briefing", "Thanks for subscribing!"]
_READER = [
    "Tomas Berg",
    "Nobody asked the people on the east bank whether they wanted a bridge at all, and now the ferry "
    "crews will lose their jobs when the last boat is sold off next winter to a company up the coast.",
]
_RELATED = ["More from Harbour Ledger", "Ferry fares to rise in April as fuel costs climb", "New school opens late"]
_TEASER = [
    "Ferry fares to rise in April as fuel costs climb",
    "The harbour ferry company said on Monday that the price of a single crossing would go up by a fifth "
    "from the first of April, blaming the cost of diesel and the repairs to its oldest boat last year.",
]


def _page(text: list[str], boxes: list[list[str]]) -> list[str]:
    lines = list(HEAD)
    for paragraph in text:
        lines += [paragraph, ""]
    for box in boxes:
        lines += [*box, ""]
    return lines + _FOOTER


@pytest.mark.parametrize(
    "line",
    [
        "Please keep your comments civil: our moderators remove abuse and spam.",
        "Comments that break our community rules are removed without notice.",
        "Notify me of new posts by email.",
        "Save my name and email in this browser for the next time I comment.",
        "Les commentaires sont modérés : merci de respecter notre charte.",
        "Por favor, mantén tus comentarios respetuosos con nuestra comunidad.",
        "Beritahu saya komentar baru melalui email.",
        "Сохранить моё имя для следующих комментариев.",
        # a form's message to the reader once sent
        "Thanks for signing up!",
        "You have been successfully subscribed to the weekly letter.",
        "Seu cadastro foi confirmado com sucesso!",
        "Vous êtes inscrit avec succès.",
        "Vielen Dank für Ihre Anmeldung!",
    ],
)
def test_the_sites_lines_about_its_apparatus(line: str) -> None:
    assert speaks_for_site(line), line


@pytest.mark.parametrize(
    "line",
    [
        # the opposite cases: a text that speaks of comments, a newsletter, the reader, in its own voice
        '"Please stop publishing our comments," one reader wrote in an email to the paper.',
        "You can send your comments to the council until 21 March, and a public meeting follows.",
        "Save the biscuits in a tin, and remember to keep them away from the damp.",
        "The newsletter, which has 20,000 subscribers, is sent every Friday morning.",
        "The paper closed its comments section in 2019 after its moderators quit.",
        "The harbour company did not respond to a request for comment.",
        "Lawyers we spoke to said most of the cases concerned comments on social media.",
        "If you have ever walked the harbour at dawn, you will know the sound of the ferry.",
        "Let us know in the comments what you make of the new bridge.",
        "The court ruled that the trademark had lapsed in 2019.",
        # review 08:14: the story's sentences with "our" or "please" in them
        "People who want a say should send their comments to the planning office; please give an address, "
        "a spokeswoman said.",
        "Our readers' comments on the first plan were mostly in favour, though many asked who would pay.",
        "The painter said the council had used her work without asking, and our own copyright adviser agreed.",
        "Die Stadt bittet um Kommentare bis Montag; bitte nennen Sie Ihre Adresse, sagte ein Sprecher.",
        "Email me if the timetable changes, the ferry's captain told the harbour office on Monday.",
        # comments, statements and registrations in the story's words: the past, the present, other verbs
        "His comments were removed from the official record after the hearing.",
        "The minister's comments will be published in full on Monday.",
        "Comments on the plan will be considered by the committee in May.",
        "The company said abusive comments will be removed within a day.",
        "Under the new law, platforms must show that illegal comments are removed within a day.",
        "Under the bill, comments that break the law will be removed within a day.",
        "Moderate voices were few: most comments on the plan were angry, and some were removed.",
        "From March, comments on council pages will be moderated by staff.",  # review 11:15
        "Thousands have successfully registered for the new service.",  # review 11:10
        "Su empresa fue registrada con éxito en 2019.",
        "Sie haben sich erfolgreich für die Meisterschaft angemeldet.",
        "The club successfully registered its new name with the league in 2019.",
        "Thank you for coming, she told the crowd at the harbour.",
    ],
)
def test_a_texts_own_lines_are_not_the_sites(line: str) -> None:
    assert not speaks_for_site(line), line


@pytest.mark.parametrize("seed", range(12))
def test_the_text_ends_at_the_sites_first_box_whatever_follows(seed: int) -> None:
    """A reader's comment and another story's teaser are prose too: after a box of the site's apparatus
    (its comment form, its rules: whichever comes first), the text has ended, in
    whatever order the other boxes follow. (A teaser before any of them is another matter: nothing here
    tells it from the text.)"""
    rng = random.Random(seed)
    site, prose = [_FORM, _RULES, _DONE], [_READER, _TEASER]
    rng.shuffle(site)
    rest = site[1:] + prose
    rng.shuffle(rest)
    boxes = [site[0], *rest]
    body = extract(_page([LEAD, MORE, LAST], boxes), title_model=None).body
    assert body[-1] == LAST, (seed, [b[0] for b in boxes], body[-2:])


@pytest.mark.parametrize("done", ["Thanks for subscribing!", "Seu cadastro foi confirmado com sucesso!"])
def test_the_text_ends_at_a_forms_message_before_other_prose(done: str) -> None:
    """A form's message to the reader once sent, alone on its line after the text, then a reader's comment
    and another story's teaser (prose both): the text ended before the message."""
    body = extract(_page([LEAD, MORE, LAST], [[done], _READER, _TEASER]), title_model=None).body
    assert body[-1] == LAST, body[-2:]


@pytest.mark.parametrize("where", ["middle", "end"])
def test_a_sentence_like_the_sites_between_paragraphs_of_text_is_the_texts(where: str) -> None:
    """Review 08:14: a sentence of the text that reads like a notice ("please", "our rules", a comment)
    right between two of its paragraphs is the text's; the text goes on after it."""
    notice = "Residents may send comments on the plan until Friday; our rules for the consultation are online."
    paragraphs = [LEAD, notice, MORE, LAST] if where == "middle" else [LEAD, MORE, notice, LAST]
    body = extract(_page(paragraphs, [_RELATED]), title_model=None).body
    assert body == paragraphs, body


def test_a_text_about_comments_and_newsletters_is_read_to_its_end() -> None:
    """The opposite case: paragraphs that speak of comments, a newsletter and the reader, in the text's
    own voice, and a quote in the site's voice: all of them the text's."""
    about = (
        "The council's newsletter, sent to 20,000 homes, asked residents for their comments on the bridge, "
        'and its editor said: "Please keep your comments short, our staff read every one of them."'
    )
    you = (
        "You can send your comments on the timetable to the council until 21 March, and there will be a "
        "public meeting about the ferry in the town hall at the end of the month for those who want to speak."
    )
    body = extract(_page([LEAD, about, MORE, you], [_RELATED]), title_model=None).body
    assert body == [LEAD, about, MORE, you], body


def test_a_text_about_moderating_comments_is_read_to_its_end() -> None:
    """The opposite case: a story about a law on comments, its paragraphs saying what will be done to them
    (the future, no reporting verb), between paragraphs of its text and as its last words: the text's."""
    law = (
        "Under the bill, comments that break the law will be removed within a day, and the platforms that "
        "keep them up longer will pay a fine of up to a tenth of what they earned in the country that year."
    )
    last = "Comments that are only rude will not be removed, and nobody will be fined for them under the new rules."
    body = extract(_page([LEAD, law, MORE, last], [_RELATED]), title_model=None).body
    assert body == [LEAD, law, MORE, last], body
    body = extract(_page([LEAD, MORE, law], [_RELATED]), title_model=None).body
    assert body == [LEAD, MORE, law], body


def test_a_readers_comment_under_the_last_ones_reply_button_is_not_the_text() -> None:
    """Readers' comments, each under the name and date of its writer and the button of the one before:
    the text ends before the first comment met after a "Reply" button, whatever the comment says."""
    thread = [
        ["Reply", "12 March 2031", "Tomas Berg"],
        [_READER[1]],
        ["Reply", "13 March 2031", "Ana Lima"],
        ["The bridge was promised twenty years ago and the council should say how the money was spent, since "
         "the ferry crossing cost the town far less than this and nobody asked for anything else."],
    ]  # fmt: skip
    lines = _page([LEAD, MORE, LAST], thread)
    lines[lines.index("12 March 2031")] = "12 March 2031 · 2 comments"  # a page with comments says so
    body = extract(lines, title_model=None).body
    assert body[-1] == LAST, body[-2:]


@pytest.mark.parametrize("buttons", [["Like", "Report"], ["Reply"], ["Reply", "Share"]])
def test_a_posts_buttons_inside_the_text_do_not_end_it(buttons: list[str]) -> None:
    """The opposite case: a social post quoted in the text keeps its buttons ("Reply", "Like", "Report")
    on lines of their own, no date stamp beside its "Reply" (review 08:42); the text goes on after it
    (on a page with readers' comments too)."""
    post = ["Harbour Watch @harbourwatch", "The first lorry crossed the new bridge at 6am today.", *buttons]
    lines = _page([LEAD, MORE], [post, [LAST], _RELATED])
    lines[lines.index("12 March 2031")] = "12 March 2031 · 2 comments"
    body = extract(lines, title_model=None).body
    assert body[0] == LEAD and body[-1] == LAST, body
