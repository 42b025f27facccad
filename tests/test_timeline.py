"""Seeing the archive: the timeline of matches by month and the facets by site and author."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from test_app import SIZE, settle

from tuiarchive.app.main import ArchiveApp
from tuiarchive.app.narrow import with_date, with_field
from tuiarchive.app.results import ResultsList
from tuiarchive.app.screens import PickScreen
from tuiarchive.app.timeline import Bar, Timeline, all_months, bars
from tuiarchive.archive import Archive


def test_facets_count_every_match(samples_index: Path) -> None:
    with Archive(samples_index) as archive:
        for query in ("", "olst", "olst NOT flood", '"prime minister"', "title:astrolabe OR museum"):
            page = archive.search(query, limit=1000)
            facets = archive.facets(query)
            months = Counter(f"{h.published:%Y-%m}" for h in page.hits if h.published)
            assert facets.months == dict(sorted(months.items())), query
            sites = Counter(h.site for h in page.hits if h.site)
            assert dict(facets.sites) == {s: n for s, n in sites.items() if (s, n) in facets.sites}
            assert sum(n for _, n in facets.sites) <= page.total
        assert archive.facets("nosuchwordanywhere").months == {}


def test_bars_group_months_and_say_their_dates() -> None:
    months = {"2024-11": 2, "2025-02": 5}
    assert all_months(months) == [("2024-11", 2), ("2024-12", 0), ("2025-01", 0), ("2025-02", 5)]
    assert bars(months, 10) == [Bar("2024-11", "2024-11", 2), Bar("2024-12", "2024-12", 0),
                                Bar("2025-01", "2025-01", 0), Bar("2025-02", "2025-02", 5)]  # fmt: skip
    two = bars(months, 2)
    assert two == [Bar("2024-11", "2024-12", 2), Bar("2025-01", "2025-02", 5)]
    assert two[0].date_query() == "date:[2024-11-01 to 2024-12-31]"
    assert Bar("2025-02", "2025-02", 1).date_query() == "date:2025-02"


def test_narrowing_replaces_the_date_and_adds_a_field_once() -> None:
    assert with_date("olst", "date:2025-03") == "olst date:2025-03"
    assert with_date("olst date:[2025-01 to 2025-04] flood", "date:2025-03") == "olst date:2025-03 flood"
    assert with_date("", "date:2025-03") == "date:2025-03"
    assert with_date("olst published:2020", "date:2025-03") == "olst date:2025-03"  # the field by its other name
    assert with_field("olst", "site", "The Dresk Ledger") == 'olst site:"The Dresk Ledger"'
    assert with_field('olst site:"The Dresk Ledger"', "site", "The Dresk Ledger") == 'olst site:"The Dresk Ledger"'
    assert with_field("olst", "author", 'Anna "Ace" Berg') == 'olst author:"Anna Ace Berg"'


async def test_the_timeline_changes_with_the_query_and_a_bar_narrows_it(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        timeline = app.query_one(Timeline)
        everything = dict(timeline.months)
        assert sum(everything.values()) >= 40
        shown = str(timeline.render())
        assert shown.startswith(min(everything)) and shown.rstrip().endswith(max(everything))
        app.query_one("#search").value = "astrolabe"
        await settle(app, pilot)
        narrowed = dict(timeline.months)
        assert narrowed != everything and sum(narrowed.values()) < sum(everything.values())
        # a click on the bar of the busiest month narrows the search to it
        busiest = max(narrowed, key=narrowed.get)
        column = next(x for x in range(timeline.size.width) if (b := timeline.bar_at(x)) and b.first == busiest)
        await pilot.click(Timeline, offset=(column + 1, 0))  # + the padding
        await settle(app, pilot)
        assert app.query_one("#search").value == f"astrolabe date:{busiest}"
        assert app.query_one(ResultsList).total == narrowed[busiest]
        assert timeline.months == {busiest: narrowed[busiest]}


async def test_a_facet_narrows_the_query(samples_index: Path) -> None:
    app = ArchiveApp(samples_index, "olst")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        before = app.query_one(ResultsList).total
        site, count = app.facets.sites[0]
        app.query_one(ResultsList).focus()
        await pilot.press("f")
        assert isinstance(app.screen, PickScreen)
        await pilot.press("enter")  # the first facet: the site with most matches
        await settle(app, pilot)
        results = app.query_one(ResultsList)
        assert app.query_one("#search").value == f'olst site:"{site}"'
        assert results.total == count < before
        assert all(results.hit_at(i).site == site for i in range(results.total))


async def test_t_narrows_to_a_month_from_a_list(samples_index: Path) -> None:
    app = ArchiveApp(samples_index, "olst")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        first = app.query_one(Timeline).bars[0]
        app.query_one(ResultsList).focus()
        await pilot.press("t")
        assert isinstance(app.screen, PickScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.query_one("#search").value == f"olst {first.date_query()}"
        assert app.query_one(ResultsList).total == first.count


async def test_a_narrow_row_shows_the_snippet_s_first_match(samples_index: Path) -> None:
    app = ArchiveApp(samples_index, "reservoirs")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        results = app.query_one(ResultsList)
        for row in range(min(3, results.total)):
            hit = results.hit_at(row)
            first = next(text for text, matched in hit.snippet if matched)
            assert first in results.render_line(row * 4 + 2).text, hit.snippet


async def test_settled_waits_until_the_counts_are_on_the_timeline(samples_index: Path) -> None:
    """The snapshots wait for `settled`: it must cover the facets' message too, not only their
    worker. On a busy machine the message landed after the worker was done and the wait was over,
    and the main screen's snapshot was taken without its timeline. Here the message is held
    back (as the busy machine did) until well after the worker ended."""
    import threading

    from tuiarchive.app.messages import FacetsCounted

    app = ArchiveApp(samples_index, "olst")
    post = app.post_message
    held: list[threading.Timer] = []

    def hold_facets(message) -> bool:
        if isinstance(message, FacetsCounted) and not held:
            held.append(threading.Timer(0.5, post, (message,)))
            held[0].start()
            return True
        return post(message)

    app.post_message = hold_facets
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert held, "the facets were counted"
        assert app.facets is not None and app.query_one(Timeline).bars


async def test_a_count_that_lands_after_the_timeline_is_gone_is_dropped(samples_index: Path) -> None:
    """Quitting while the facets were being counted: their message came in as the app closed,
    with the timeline already removed, and the app ended on NoMatches (seen in test_app)."""
    from tuiarchive.app.messages import FacetsCounted

    app = ArchiveApp(samples_index, "olst")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        facets = app.facets
        assert facets is not None
        await app.query_one(Timeline).remove()
        app.post_message(FacetsCounted(app.generation, facets))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_code in (None, 0)
