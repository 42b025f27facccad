"""More classes of benchmarks/body_starts (issue 14, session 41): the furniture of the held-out copies'
classes that fall short, around the same invented stories: the date only at the end of the story, a
lead caption without a credit, a byline with the writer's job on lines of its own, a list of figures
inside the story, an audio player's line over the text, the date in the kicker line over the headline,
the byline only at the end, a caption between the story's paragraphs, a "Read also" line inside the
text, a ticker of other headlines over the page, a share bar over the text, a byline under the lead
caption. Every word is written for this benchmark (no phrase comes from a real page)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from .body_starts import Built, Page


class More(TypedDict):
    roles: list[str]  # a writer's job on its own line under the name
    listen: list[list[str]]  # an audio player's lines over the text
    sections: list[str]  # a kicker's section, before the date on its line
    ticker: str  # the ticker's label over the page
    share: list[str]  # a share bar's buttons
    published: str  # the label of a date printed under the story
    figures: list[str]  # a list's rows of figures inside the story (label: figure)
    figures_intro: str  # the sentence announcing them


MORE: dict[str, More] = {
    "en": {
        "roles": ["Environment correspondent", "Senior reporter", "Local affairs editor", "Reporter, Valley desk"],
        "listen": [["Listen to this article", "4:12"], ["▶ Listen", "05:31 min"], ["Listen to this story · 3 min"]],
        "sections": ["NEWS", "LOCAL", "Region"],
        "ticker": "Breaking",
        "share": ["Share", "Facebook", "X", "WhatsApp", "Email", "Copy link"],
        "published": "Published",
        "figures": ["Length: 1.9 km", "Cost: 14 million", "Workers: 120", "Opening: autumn 2026"],
        "figures_intro": "The work in figures:",
    },
    "de": {
        "roles": ["Korrespondentin für Umwelt", "Redakteur Lokales", "Leitende Redakteurin", "Reporter im Landkreis"],
        "listen": [["Artikel anhören", "4:12"], ["▶ Vorlesen", "05:31 Min."], ["Diesen Artikel anhören · 3 Min."]],
        "sections": ["NACHRICHTEN", "LOKALES", "Region"],
        "ticker": "Eilmeldung",
        "share": ["Teilen", "Facebook", "X", "WhatsApp", "E-Mail", "Link kopieren"],
        "published": "Veröffentlicht am",
        "figures": ["Länge: 1,9 km", "Kosten: 14 Millionen Euro", "Arbeiter: 120", "Eröffnung: Herbst 2026"],
        "figures_intro": "Die Zahlen im Überblick:",
    },
    "fr": {
        "roles": [
            "Correspondante environnement",
            "Journaliste au service Région",
            "Rédacteur en chef adjoint",
            "Reporter",
        ],
        "listen": [["Écouter cet article", "4:12"], ["▶ Écouter", "05:31 min"], ["Écouter l'article · 3 min"]],
        "sections": ["ACTUALITÉ", "RÉGION", "Société"],
        "ticker": "Dernière minute",
        "share": ["Partager", "Facebook", "X", "WhatsApp", "E-mail", "Copier le lien"],
        "published": "Publié le",
        "figures": ["Longueur : 1,9 km", "Coût : 14 millions d'euros", "Ouvriers : 120", "Ouverture : automne 2026"],
        "figures_intro": "Le chantier en chiffres :",
    },
    "es": {
        "roles": ["Corresponsal de medio ambiente", "Redactora de Local", "Jefe de sección", "Periodista"],
        "listen": [["Escuchar este artículo", "4:12"], ["▶ Escuchar", "05:31 min"], ["Escucha la noticia · 3 min"]],
        "sections": ["NOTICIAS", "LOCAL", "Sociedad"],
        "ticker": "Última hora",
        "share": ["Compartir", "Facebook", "X", "WhatsApp", "Correo", "Copiar enlace"],
        "published": "Publicado el",
        "figures": ["Longitud: 1,9 km", "Coste: 14 millones de euros", "Obreros: 120", "Apertura: otoño de 2026"],
        "figures_intro": "La obra en cifras:",
    },
    "it": {
        "roles": ["Corrispondente ambiente", "Redattrice cronaca locale", "Caporedattore", "Giornalista"],
        "listen": [["Ascolta l'articolo", "4:12"], ["▶ Ascolta", "05:31 min"], ["Ascolta questo articolo · 3 min"]],
        "sections": ["CRONACA", "LOCALE", "Società"],
        "ticker": "Ultim'ora",
        "share": ["Condividi", "Facebook", "X", "WhatsApp", "Email", "Copia link"],
        "published": "Pubblicato il",
        "figures": ["Lunghezza: 1,9 km", "Costo: 14 milioni di euro", "Operai: 120", "Apertura: autunno 2026"],
        "figures_intro": "Il cantiere in cifre:",
    },
    "pt": {
        "roles": ["Correspondente de ambiente", "Repórter da secção Local", "Editora-adjunta", "Jornalista"],
        "listen": [["Ouvir este artigo", "4:12"], ["▶ Ouvir", "05:31 min"], ["Ouça a notícia · 3 min"]],
        "sections": ["NOTÍCIAS", "LOCAL", "Sociedade"],
        "ticker": "Última hora",
        "share": ["Partilhar", "Facebook", "X", "WhatsApp", "E-mail", "Copiar link"],
        "published": "Publicado a",
        "figures": ["Comprimento: 1,9 km", "Custo: 14 milhões de euros", "Operários: 120", "Abertura: outono de 2026"],
        "figures_intro": "A obra em números:",
    },
    "nl": {
        "roles": ["Verslaggever milieu", "Redacteur regio", "Chef binnenland", "Journalist"],
        "listen": [
            ["Luister naar dit artikel", "4:12"],
            ["▶ Luisteren", "05:31 min"],
            ["Beluister dit artikel · 3 min"],
        ],
        "sections": ["NIEUWS", "REGIO", "Binnenland"],
        "ticker": "Net binnen",
        "share": ["Delen", "Facebook", "X", "WhatsApp", "E-mail", "Link kopiëren"],
        "published": "Gepubliceerd op",
        "figures": ["Lengte: 1,9 km", "Kosten: 14 miljoen euro", "Arbeiders: 120", "Opening: najaar 2026"],
        "figures_intro": "Het werk in cijfers:",
    },
}


def _pic(p: Page, chance: float, bare: bool = False) -> tuple[list[str], str]:
    """The lead picture by chance: its caption alone (no credit) when bare."""
    if p.rng.random() >= chance:
        return [], "none"
    from .body_starts import LAYOUTS  # (body_starts imports this module)

    layout = "caption-alone" if bare else p.rng.choice(LAYOUTS)
    return p.caption(layout), layout


def _standfirst(p: Page, chance: float) -> list[str]:
    return [p.story["dek"], ""] if p.rng.random() < chance else []


def _date_at_end(p: Page) -> Built:
    """No date over the text: the headline, perhaps a byline, a standfirst or a picture; the date under the story."""
    m, r = MORE[p.lang], p.rng
    head = [p.story["title"], ""]
    if r.random() < 0.5:
        head += [*p.byline(), ""]
    pic, layout = _pic(p, 0.5)
    stand = _standfirst(p, 0.3)
    when = p.date()[0]
    tail = [f"{m['published']} {when}" if r.random() < 0.5 else when, ""]
    return [*p.site(), *head, *stand, *pic, *p.text(), *tail, *p.end()], p.label(), layout


def _caption_bare(p: Page) -> Built:
    """A lead caption without its credit, under the byline and date, or under the headline alone."""
    pic, layout = _pic(p, 1.0, bare=True)
    head = [p.story["title"], "", *p.byline(), *p.date(), ""]
    if p.rng.random() < 0.3:
        head = [p.story["title"], ""]
    return [*p.site(), *head, *pic, *p.text(), *p.end()], p.label(), layout


def _byline_role(p: Page) -> Built:
    """A byline with the writer's job on a line of its own (or two writers, each with a job)."""
    m, w, r = MORE[p.lang], p.words, p.rng
    a, b = p.names[0], p.names[1]
    form = r.randrange(3)
    if form == 0:
        by = [f"{w['by']} {a}", r.choice(m["roles"])]
    elif form == 1:
        by = [a, r.choice(m["roles"])]
    else:
        roles = r.sample(m["roles"], 2)
        by = [a, roles[0], b, roles[1]]
    pic, layout = _pic(p, 0.4)
    head = [p.story["title"], "", *by, *p.date(), ""]
    return [*p.site(), *head, *pic, *p.text(), *p.end()], p.label(), layout


def _data_list(p: Page) -> Built:
    """A list of figures inside the story, under its first or second paragraph."""
    m, r = MORE[p.lang], p.rng
    pic, layout = _pic(p, 0.4)
    head = [p.story["title"], "", *p.byline(), *p.date(), ""]
    rows = [m["figures_intro"], *m["figures"], ""] if r.random() < 0.5 else ["", *m["figures"], ""]
    text = p.text()
    at = 2 if r.random() < 0.5 else 4  # (after the first or the second paragraph and its blank)
    return [*p.site(), *head, *pic, *text[:at], *rows, *text[at:], *p.end()], p.label(), layout


def _audio(p: Page) -> Built:
    """An audio player's line(s) between the header and the text."""
    m, r = MORE[p.lang], p.rng
    pic, layout = _pic(p, 0.4)
    player = [*r.choice(m["listen"]), ""]
    head = [p.story["title"], "", *p.byline(), *p.date(), ""]
    if r.random() < 0.5:
        return [*p.site(), *head, *player, *pic, *p.text(), *p.end()], p.label(), layout
    return [*p.site(), *head, *pic, *player, *p.text(), *p.end()], p.label(), layout


def _kicker_date(p: Page) -> Built:
    """The date in the kicker line over the headline ("NEWS | 3 March 2026"); a byline or none under it."""
    m, r = MORE[p.lang], p.rng
    kicker = f"{r.choice(m['sections'])} {r.choice(('|', '·', '–'))} {p.date()[0]}"
    head = [kicker, p.story["title"], ""]
    if r.random() < 0.6:
        head += [*p.byline(), ""]
    pic, layout = _pic(p, 0.4)
    stand = _standfirst(p, 0.3)
    return [*p.site(), *head, *stand, *pic, *p.text(), *p.end()], p.label(), layout


def _byline_end(p: Page) -> Built:
    """The byline only at the end of the story; the date under the headline or nowhere."""
    w, r = p.words, p.rng
    head = [p.story["title"], ""]
    if r.random() < 0.6:
        head += [*p.date(), ""]
    pic, layout = _pic(p, 0.4)
    sign = f"{w['by']} {p.names[0]}" if r.random() < 0.5 else p.names[0]
    return [*p.site(), *head, *pic, *p.text(), sign, "", *p.end()], p.label(), layout


def _mid_caption(p: Page) -> Built:
    """A picture's caption (with its credit, or alone) between the story's first paragraphs; a lead of one
    sentence sometimes."""
    r = p.rng
    head = [p.story["title"], "", *p.byline(), *p.date(), ""]
    layout = r.choice(("caption/credit", "credit/caption", "caption(credit)", "caption-alone"))
    lead = p.lead.split(". ")[0] + "." if r.random() < 0.4 else None
    text = p.text(lead=lead)
    at = 2 if r.random() < 0.6 else 4
    lines = [*p.site(), *head, *text[:at], *p.caption(layout), *text[at:], *p.end()]
    return lines, p.label(lead), layout


def _read_also(p: Page) -> Built:
    """A "Read also: <headline>" line inside the text, under the first or second paragraph; a short lead sometimes."""
    w, r = p.words, p.rng
    head = [p.story["title"], "", *p.byline(), *p.date(), ""]
    pic, layout = _pic(p, 0.3)
    label, other = r.choice(w["link_labels"]), r.choice(w["headlines"])
    card = [r.choice((f"{label}: {other}", f"{label.upper()} {other}", f"{label} | {other}")), ""]
    lead = p.lead.split(". ")[0] + "." if r.random() < 0.3 else None
    text = p.text(lead=lead)
    at = 2 if r.random() < 0.6 else 4
    return [*p.site(), *head, *pic, *text[:at], *card, *text[at:], *p.end()], p.label(lead), layout


def _ticker(p: Page) -> Built:
    """A ticker of the latest headlines over the page, on one line or a line each."""
    m, r = MORE[p.lang], p.rng
    heads = r.sample(p.words["headlines"], 3)
    ticker = [f"{m['ticker']}: {heads[0]} +++ {heads[1]} +++ {heads[2]}"] if r.random() < 0.5 else [m["ticker"], *heads]
    head = [p.story["title"], "", *p.byline(), *p.date(), ""]
    pic, layout = _pic(p, 0.4)
    return [*ticker, "", *p.site(), *head, *pic, *p.text(), *p.end()], p.label(), layout


def _share_top(p: Page) -> Built:
    """A share bar between the header and the text: its buttons a line each, or on one line."""
    m, r = MORE[p.lang], p.rng
    bar = [*m["share"], ""] if r.random() < 0.5 else [" ".join(m["share"][:5]), ""]
    head = [p.story["title"], "", *p.byline(), *p.date(), ""]
    pic, layout = _pic(p, 0.4)
    if r.random() < 0.5:
        return [*p.site(), *head, *bar, *pic, *p.text(), *p.end()], p.label(), layout
    return [*p.site(), *head, *pic, *bar, *p.text(), *p.end()], p.label(), layout


def _byline_after_caption(p: Page) -> Built:
    """The headline, the date, the lead picture's caption, then the byline over the text."""
    pic, layout = _pic(p, 1.0)
    stand = _standfirst(p, 0.3)
    head = [p.story["title"], "", *p.date(), "", *stand, *pic, *p.byline(), ""]
    return [*p.site(), *head, *p.text(), *p.end()], p.label(), layout


MORE_CLASSES: dict[str, Callable[[Page], Built]] = {
    "date-at-end": _date_at_end,
    "caption-bare": _caption_bare,
    "byline-role": _byline_role,
    "data-list": _data_list,
    "audio": _audio,
    "kicker-date": _kicker_date,
    "byline-end": _byline_end,
    "mid-caption": _mid_caption,
    "read-also": _read_also,
    "ticker": _ticker,
    "share-top": _share_top,
    "byline-after-caption": _byline_after_caption,
}
