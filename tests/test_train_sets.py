"""The boundary model's training across generators (benchmarks/train_sets.py, train_lines --madeup): every
made-up generator's pages carry the body's edges, the made-up groups share a fixed weight, and a page's weight
counts in the fit as that many copies of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.train_sets import GENERATORS, MADEUP_PREFIX, write_all


def test_every_generator_writes_pages_labelled_with_the_body_edges_and_the_title(tmp_path: Path) -> None:
    written = write_all(tmp_path)
    assert set(written) == set(GENERATORS)
    for name, folders in written.items():
        assert folders, name
        for folder in folders:
            labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
            assert len(labels) >= 10, folder
            for label in labels:
                assert (folder / label["file"]).is_file()
                assert label["file"].endswith(".txt"), "a saved HTML page's lines are not the ones the reader reads"
                assert label["body_first"] and label["body_last"] and label["title"], (folder, label["file"])


def test_the_training_seed_writes_the_same_pages_every_time(tmp_path: Path) -> None:
    once = write_all(tmp_path / "a", ["body_ends", "cjk"])
    twice = write_all(tmp_path / "b", ["body_ends", "cjk"])
    for name in once:
        for a, b in zip(once[name], twice[name], strict=True):
            assert (a / "labels.json").read_text(encoding="utf-8") == (b / "labels.json").read_text(encoding="utf-8")


def _page(group: str, name: str, rows: list[list[float]], first: int = 1, last: int = 2):  # type: ignore[no-untyped-def]
    from benchmarks.train_lines import Page

    return Page(group, name, [], {}, rows, first, last)


def test_the_made_up_groups_together_weigh_the_share_each_generator_alike() -> None:
    from benchmarks.train_sets import share_weights

    rows = [[0.0], [1.0], [1.0], [0.0]]
    real = [_page("page-copies", f"r{k}", rows) for k in range(6)]
    made = [_page(MADEUP_PREFIX + "a", f"a{k}", rows) for k in range(30)]
    made += [_page(MADEUP_PREFIX + "b", f"b{k}", rows) for k in range(3)]
    pages = real + made
    share_weights(pages, 0.5)
    assert all(p.weight == 1.0 for p in real)
    weight = {g: sum(p.weight for p in pages if p.group == g) for g in (MADEUP_PREFIX + "a", MADEUP_PREFIX + "b")}
    assert weight[MADEUP_PREFIX + "a"] == pytest.approx(1.5)
    assert weight[MADEUP_PREFIX + "b"] == pytest.approx(1.5)


def test_a_pages_weight_counts_as_that_many_copies_of_it() -> None:
    pytest.importorskip("numpy")
    from benchmarks.train_lines import fit

    def rows(k: int) -> list[list[float]]:
        return [[float(1 <= i <= 3) + 0.1 * ((i + k) % 3), float(i == 1), ((i * k) % 4) / 4] for i in range(6)]

    base = [_page("g", f"p{k}", rows(k), 1, 3) for k in range(5)]
    heavy = _page("g", "heavy", rows(7), 2, 3)
    twice = fit([*base, heavy, _page("g", "heavy2", rows(7), 2, 3)], "logistic", 0.1)
    heavy.weight = 2.0
    weighted = fit([*base, heavy], "logistic", 0.1)
    once = fit([*base, _page("g", "heavy", rows(7), 2, 3)], "logistic", 0.1)
    for target in ("first", "last", "body"):
        assert weighted["models"][target]["weights"] == pytest.approx(twice["models"][target]["weights"], abs=1e-5)
    assert weighted["models"]["last"]["weights"] != pytest.approx(once["models"]["last"]["weights"], abs=1e-5)


def test_the_headline_generators_label_every_page_with_its_title(tmp_path: Path) -> None:
    written = write_all(tmp_path, ["header_probes", "byline_probes"], titles=True)
    for folders in written.values():
        labels = json.loads((folders[0] / "labels.json").read_text(encoding="utf-8"))
        assert len(labels) >= 50
        assert all(label["title"] and (folders[0] / label["file"]).is_file() for label in labels)


def test_the_headline_scorers_made_up_groups_weigh_the_share() -> None:
    from benchmarks.train_sets import share_weights
    from benchmarks.train_title import Page

    def page(group: str) -> Page:
        return Page(group, "p", [0], [[0.0]], 0, [True], True, ["x"])

    pages = [page("fixtures") for _ in range(4)] + [page(MADEUP_PREFIX + "a") for _ in range(8)]
    share_weights(pages, 1.0)
    assert sum(p.weight for p in pages if p.group.startswith(MADEUP_PREFIX)) == pytest.approx(4.0)


def test_a_feature_left_out_gets_weight_zero_with_its_neighbours_copies() -> None:
    pytest.importorskip("numpy")
    from benchmarks.train_lines import fit, leave_out
    from tuiarchive.parser.features import NAMES

    width = len(NAMES)
    first, inside = NAMES.index("rules_first"), NAMES.index("in_rules_body")
    pages = []
    for k in range(6):
        rows = [[((i * 5 + k + j) % 7) / 7 for j in range(width)] for i in range(8)]
        for i, row in enumerate(rows):
            row[first], row[inside] = float(i == 2), float(2 <= i <= 5)
        pages.append(_page("g", f"p{k}", rows, 2, 5))
    kept = fit(pages, "logistic", 0.1)
    leave_out(pages, ["rules_first", "in_rules_body"])
    without = fit(pages, "logistic", 0.1)
    gone = [k for k, name in enumerate(NAMES) if name.split("@")[0] in ("rules_first", "in_rules_body")]
    assert len(gone) == 2 + 4  # in_rules_body is read at the neighbours' lines too
    assert kept["models"]["first"]["weights"][first] != 0
    assert all(without["models"][t]["weights"][k] == 0 for t in ("first", "last", "body") for k in gone)
