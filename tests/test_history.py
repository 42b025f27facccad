"""The app's memory of where the reader has been, without the app."""

from __future__ import annotations

from tuiarchive.app.history import QUERIES_KEPT, QueryHistory, Trail


def test_trail_goes_back_and_forward_and_drops_the_forward_part_on_a_new_visit() -> None:
    trail = Trail()
    assert trail.back() is None and trail.forward() is None
    for article in ("a", "b", "c"):
        trail.visit(article)
    trail.visit("c")  # opening the same article again is not a new step
    assert trail.back() == "b"
    assert trail.back() == "a"
    assert trail.back() is None
    assert trail.forward() == "b"
    trail.visit("d")  # from b: c is no longer ahead
    assert trail.forward() is None
    assert trail.back() == "b"


def test_query_history_walks_back_then_forward_to_what_was_typed() -> None:
    history = QueryHistory()
    assert history.older("x") is None and history.newer() is None
    for query in ("olst", "astrolabe", " olst "):  # a repeat moves to the end, trimmed
        history.record(query)
    assert history.queries == ["astrolabe", "olst"]
    assert history.older("museum") == "olst"
    assert history.older("olst") == "astrolabe"
    assert history.older("astrolabe") is None  # nothing older: stay
    assert history.newer() == "olst"
    assert history.newer() == "museum"  # back to the draft
    assert history.newer() is None  # not walking any more: ↓ goes on to the results


def test_query_history_skips_the_query_already_shown_and_keeps_a_bounded_list() -> None:
    history = QueryHistory(["a", "b"])
    assert history.older("b") == "a"  # "b" is in the box already
    history.record("")
    assert history.queries == ["a", "b"]
    for n in range(QUERIES_KEPT + 5):
        history.record(f"q{n}")
    assert len(history.queries) == QUERIES_KEPT and history.queries[-1] == f"q{QUERIES_KEPT + 4}"
