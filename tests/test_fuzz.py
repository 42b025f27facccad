"""Property-based tests: arbitrary bytes to the parser (the search: test_fuzz_search.py).

Whatever comes in, the answer is an article or a one-line reason: never an exception
escaping, never a hang (each example has a deadline).
"""

from __future__ import annotations

import json
import random

from conftest import FIXTURE_PAGES, SAMPLES, fuzz
from hypothesis import given
from hypothesis import strategies as st

from tuiarchive.parser import NotAnArticle, parse_bytes

PAGES = sorted(FIXTURE_PAGES.glob("*.txt")) + sorted(p for p in SAMPLES.glob("*.txt"))


def _parse(data: bytes) -> None:
    try:
        article = parse_bytes(data, "fuzz.txt")
    except NotAnArticle as exc:
        reason = str(exc)
        assert reason and "\n" not in reason
        return
    assert article.title and article.body
    json.dumps(article.to_json())  # always serialisable
    for text in [article.title, *article.body, *(r.headline for r in article.related)]:
        assert "\x1b" not in text and "\x00" not in text


@fuzz(1500)
@given(st.binary(max_size=4000))
def test_parser_survives_arbitrary_bytes(data: bytes) -> None:
    _parse(data)


@fuzz(1500)
@given(st.text(max_size=3000))
def test_parser_survives_arbitrary_text(text: str) -> None:
    _parse(text.encode("utf-8", "surrogatepass"))


line_pieces = st.sampled_from(
    [
        "Share", "By", "By Jane Doe", "March 3, 2025 9:14 AM", "2 min read", "Read more", "Most popular",
        "Editors' Picks", "Advertisement", "Related", "Tags", "© 2025 Site", "", "Ukraine marked the",
        "A long sentence that reads like the text of an article and ends with a full stop.",
        "Headline Of Another Article In A List", "[Al Jazeera]", "- Drone, missile attacks -",
    ]
)  # fmt: skip


@fuzz(500)
@given(st.lists(st.one_of(line_pieces, st.text(max_size=80)), max_size=120))
def test_parser_survives_page_shaped_nonsense(lines: list[str]) -> None:
    _parse("\n".join(lines).encode("utf-8", "surrogatepass"))


@fuzz(300)
@given(st.integers(min_value=0, max_value=len(PAGES) - 1), st.randoms(use_true_random=False))
def test_parser_survives_mutated_real_pages(index: int, rnd: random.Random) -> None:
    data = bytearray(PAGES[index].read_bytes())
    for _ in range(rnd.randint(1, 40)):
        op = rnd.random()
        pos = rnd.randrange(len(data) + 1)
        if op < 0.3 and data:
            data[min(pos, len(data) - 1)] = rnd.randrange(256)
        elif op < 0.6:
            data[pos:pos] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 20)))
        elif op < 0.8 and data:
            del data[pos : pos + rnd.randint(1, 200)]
        else:
            lines = bytes(data).split(b"\n")
            rnd.shuffle(lines)
            data = bytearray(b"\n".join(lines))
    _parse(bytes(data))
