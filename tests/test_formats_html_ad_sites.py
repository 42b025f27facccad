"""Saved web pages: where an ad widget's links lead decides, in four languages (formats/htmlads):
- under an ad widget's header, after ads whose links leave the site, a run of links to the site's
  own articles is the site's list, though no advertiser's line under each ad gives the rhythm;
- ads that lead to several advertisers' landing pages (one path segment, no number) go, while a
  network of sister sites' articles (a date or a number in each address) stays.
Every page here is made up for the tests (our own names, hosts and headlines; no real page's text)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from tuiarchive.formats import parse_file
from tuiarchive.formats.htmlads import article_path

# per language: the site's host, its headline, four paragraphs, an ad header the lexicon knows, the
# site's three headlines and three ads' titles (no advertiser's line under any)
PAGES = {
    "en": (
        "saltmarsh-tribune.example",
        "Night buses return to the coast road after a winter without them",
        [
            "The night buses between the three coast villages run again from Monday, after the county found a"
            " driver pool to share with the school service.",
            "Riders said the winter without a late bus had kept shift workers at the fish plant from taking the"
            " evening turns they needed.",
            "The operator will run the route hourly until two in the morning and review the numbers in the summer.",
            "Villagers who had formed a car share said they would keep it going for the weekends anyway.",
        ],
        "Promoted stories",
        [
            "Fishing quota talks stall over the spring herring catch",
            "Lifeguards ask for a second tower at the north beach",
            "Parish council buys the old chapel for a youth club",
        ],
        [
            "Dentists hate how simple this whitening routine is",
            "The garden hose that never kinks is back in stock",
            "Why retirees are moving inland to this quiet valley",
        ],
    ),
    "de": (
        "mooranzeiger.example",
        "Nachtbusse fahren nach einem Winter wieder auf der Küstenstraße",
        [
            "Die Nachtbusse zwischen den drei Küstendörfern fahren ab Montag wieder, nachdem der Kreis einen"
            " Fahrerpool mit dem Schulverkehr gefunden hat.",
            "Fahrgäste sagten, ohne späten Bus hätten Schichtarbeiter der Fischfabrik die Abendschichten nicht"
            " übernehmen können.",
            "Der Betreiber fährt die Linie stündlich bis zwei Uhr nachts und prüft die Zahlen im Sommer.",
            "Dorfbewohner, die eine Fahrgemeinschaft gegründet hatten, wollen sie an Wochenenden weiterführen.",
        ],
        "Gesponserte Inhalte",
        [
            "Gespräche über die Heringsquote stocken im Frühjahr",
            "Rettungsschwimmer fordern zweiten Turm am Nordstrand",
            "Gemeinderat kauft die alte Kapelle für einen Jugendtreff",
        ],
        [
            "Zahnärzte staunen über diese einfache Methode für weiße Zähne",
            "Der Gartenschlauch ohne Knicke ist wieder auf Lager",
            "Warum Rentner in dieses ruhige Tal im Hinterland ziehen",
        ],
    ),
    "fr": (
        "echo-des-dunes.example",
        "Les bus de nuit reviennent sur la route côtière après un hiver sans eux",
        [
            "Les bus de nuit entre les trois villages côtiers circulent de nouveau dès lundi, le département ayant"
            " trouvé des chauffeurs partagés avec le ramassage scolaire.",
            "Les usagers expliquent que sans bus tardif, les ouvriers de la conserverie ne pouvaient pas prendre"
            " les équipes du soir.",
            "L'exploitant assurera un départ par heure jusqu'à deux heures du matin et fera le point cet été.",
            "Les habitants qui avaient organisé du covoiturage comptent le garder pour les week-ends.",
        ],
        "Contenus partenaires",
        [
            "Les quotas de hareng bloquent les discussions du printemps",
            "Les sauveteurs réclament un second poste sur la plage nord",
            "La commune rachète l'ancienne chapelle pour les jeunes",
        ],
        [
            "Les dentistes détestent cette routine de blanchiment si simple",
            "Le tuyau d'arrosage qui ne se plie jamais est de retour",
            "Pourquoi les retraités partent vivre dans cette vallée tranquille",
        ],
    ),
    "es": (
        "heraldo-salinas.example",
        "Los autobuses nocturnos vuelven a la carretera de la costa tras un invierno",
        [
            "Los autobuses nocturnos entre los tres pueblos de la costa vuelven a circular desde el lunes, después"
            " de que la diputación encontrara conductores compartidos con el transporte escolar.",
            "Los usuarios dicen que sin autobús tardío los trabajadores de la conservera no podían cubrir los"
            " turnos de noche.",
            "La empresa hará un servicio cada hora hasta las dos de la madrugada y revisará las cifras en verano.",
            "Los vecinos que habían organizado coches compartidos piensan mantenerlos los fines de semana.",
        ],
        "Contenido patrocinado",
        [
            "Se estancan las negociaciones de la cuota de arenque",
            "Los socorristas piden una segunda torre en la playa norte",
            "El ayuntamiento compra la vieja capilla para los jóvenes",
        ],
        [
            "Los dentistas odian lo sencilla que es esta rutina de blanqueo",
            "La manguera de jardín que nunca se dobla vuelve a estar disponible",
            "Por qué los jubilados se mudan a este valle tranquilo del interior",
        ],
    ),
}
BRANDS = ["brightsmile-shop", "kinkfree-hose", "valley-homes"]  # advertisers' hosts, made up


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def _own(host: str, headline: str, n: int) -> str:
    return f"https://www.{host}/2031/05/{_slug(headline)}-{7300 + n}"


def _tracked(n: int, headline: str) -> str:
    """An ad network's link: another host each, a click id in the query."""
    return f"https://{('go', 'trk', 'r')[n]}.adnet{n}.example/{_slug(headline)[:24]}?cid=9f3a{n}c71e&utm_medium=native"


def _landing(n: int, headline: str) -> str:
    """An advertiser's own offer page: another site each, one path segment, no number."""
    return f"https://www.{BRANDS[n]}.example/{_slug(headline)[:40]}"


def _page(tmp_path: Path, lang: str, *blocks: tuple[str, list[tuple[str, str]]]) -> Path:
    host, title, paragraphs = PAGES[lang][:3]
    own = _own(host, title, 0)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    lists = "".join(
        f"<aside>{f'<h2>{header}</h2>' if header else ''}<ul>"
        + "".join(f'<li><a href="{url}">{text}</a></li>' for text, url in links)
        + "</ul></aside>"
        for header, links in blocks
    )
    html = f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="{own}"></head><body>
<header><nav><a href="https://www.{host}/">Home</a> <a href="https://www.{host}/region">Region</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">Ola Brenning</p>
<time datetime="2031-05-06T08:00:00+00:00">2031-05-06</time>{body}</article>{lists}</main>
<footer><p><a href="https://www.{host}/impressum">Impressum</a></p></footer></body></html>"""
    path = tmp_path / f"page-{lang}.html"
    path.write_text(html, encoding="utf-8")
    return path


def _headlines(path: Path) -> set[str]:
    return {r.headline for r in parse_file(path).related}


@pytest.mark.parametrize("lang", list(PAGES))
def test_the_sites_run_after_the_ads_under_an_ad_header_is_its_list(tmp_path: Path, lang: str) -> None:
    host, _, _, ad_header, site, ads = PAGES[lang]
    links = [(t, _tracked(n, t)) for n, t in enumerate(ads)] + [(t, _own(host, t, n + 1)) for n, t in enumerate(site)]
    got = _headlines(_page(tmp_path, lang, (ad_header, links)))
    assert set(site) <= got
    assert not got & set(ads)


# headers over an ad widget that no rule holds (made up): the links alone tell the widget
FRESH_HEADERS = {
    "en": "Elsewhere online",
    "de": "Aus dem Netz",
    "fr": "Ailleurs sur la toile",
    "es": "Descubre también",
}


@pytest.mark.parametrize("lang", list(FRESH_HEADERS))
@pytest.mark.parametrize("header", ["fresh", "none"])
def test_the_sites_run_after_the_ads_under_any_header_is_its_list(tmp_path: Path, lang: str, header: str) -> None:
    host, _, _, _, site, ads = PAGES[lang]
    links = [(t, _tracked(n, t)) for n, t in enumerate(ads)] + [(t, _own(host, t, n + 1)) for n, t in enumerate(site)]
    got = _headlines(_page(tmp_path, lang, (FRESH_HEADERS[lang] if header == "fresh" else "", links)))
    assert set(site) <= got
    assert not got & set(ads)


def test_an_ad_the_copy_reading_kept_goes_by_its_boxs_mix(tmp_path: Path) -> None:
    """The copy reading drops two of the widget's three ads (they speak to the reader) and keeps the
    third: alone among the site's items it reaches one site, but its box's links reach three."""
    host, _, _, _, site, _ = PAGES["en"]
    ads = [
        "Homeowners are replacing their windows with this clever trick",
        "This tiny gadget keeps your car battery charged all winter",
        "Travellers over fifty are booking this quiet coastal cruise",
    ]
    got = _headlines(
        _page(
            tmp_path,
            "en",
            (FRESH_HEADERS["en"], [(t, _tracked(n, t)) for n, t in enumerate(ads)]),
            ("", [(t, _own(host, t, n + 1)) for n, t in enumerate(site)]),
        )
    )
    assert set(site) <= got
    assert not got & set(ads)


@pytest.mark.parametrize("lang", list(PAGES))
def test_the_sites_own_sponsored_pages_under_an_ad_header_stay_out(tmp_path: Path, lang: str) -> None:
    """An ad header right over links to the site's own host, no link leaving it first: the site's
    own sponsored pages, no list of its articles."""
    host, _, _, ad_header, site, _ = PAGES[lang]
    got = _headlines(_page(tmp_path, lang, (ad_header, [(t, _own(host, t, n + 1)) for n, t in enumerate(site)])))
    assert not got & set(site)


@pytest.mark.parametrize("lang", list(PAGES))
def test_ads_to_advertisers_landing_pages_go(tmp_path: Path, lang: str) -> None:
    host, _, _, _, site, ads = PAGES[lang]
    got = _headlines(
        _page(
            tmp_path,
            lang,
            ("", [(t, _landing(n, t)) for n, t in enumerate(ads)]),
            ("", [(t, _own(host, t, n + 1)) for n, t in enumerate(site)]),
        )
    )
    assert set(site) <= got
    assert not got & set(ads)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sister_sites_articles_stay(tmp_path: Path, lang: str) -> None:
    """Three sister sites' articles (a date and a number in each address): the network's list, no ads."""
    host, _, _, _, site, _ = PAGES[lang]
    sisters = [(t, _own(f"sister{n}-{host}", t, n + 1)) for n, t in enumerate(site)]
    assert set(site) <= _headlines(_page(tmp_path, lang, ("", sisters)))


def test_an_articles_path() -> None:
    assert article_path("/2031/05/ferry-crews-vote")
    assert article_path("/news/ferry-crews-vote-to-strike")
    assert article_path("/a/88213")
    assert not article_path("/")
    assert not article_path("/region")
    assert not article_path("/offer-name")
