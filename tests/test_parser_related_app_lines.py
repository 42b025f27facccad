"""Stage `related`, its last look: an app's or an app store's call is no headline, told by its shape
(brief s37 item 2: app buttons listed as items in wordings nobody listed): an app store's name
where a few words say where to get something, or the site's "we" right before its app. A headline
about an app store names its subject first and stays. Every line here is made up for the tests."""

from __future__ import annotations

import pytest
from madeup_related import ITEMS
from madeup_related import related as _related

_CALLS = {
    "en": ["Also on the App Store", "Find us on Google Play", "Read this and more in our app"],
    "de": ["Gratis im App Store", "Auf Google Play verfügbar", "Mehr davon in unserer App"],
    "fr": ["Aussi sur l'App Store", "Trouvez-nous sur Google Play", "Tout le journal dans notre appli"],
    "it": ["Ora su App Store", "Anche su Google Play", "Leggi tutto nella nostra app"],
}


@pytest.mark.parametrize("lang", sorted(_CALLS))
def test_app_and_store_calls_under_a_list_are_no_items(lang: str) -> None:
    assert _related(["Most read", *ITEMS, "", *_CALLS[lang]]) == ITEMS


def test_headlines_about_app_stores_stay() -> None:
    headlines = [
        "Regulator fines phone maker over App Store fees",
        "Copycat banking apps found in the Google Play store",
        "Town hall launches a parking app for the harbour",
        "Why our council's bin app keeps crashing",
    ]
    assert _related(["Most read", *headlines]) == headlines
