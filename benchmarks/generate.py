"""A synthetic archive for benchmarks: N article files in the seed's page layout.

The words come from a real corpus when one is given (`--from`, default the BBC corpus in
../shared), read at run time and never copied into the repository; without one, built-in
filler sentences stand in. Output is deterministic for a seed, titles are unique (after the
catalog's headline normalisation, so every pick resolves to exactly one article), dates are
spread over several years, and files are spread into folders of 1000.

    python -m benchmarks.generate --size 20000 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from tuiarchive.text import headline_key

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "corpora" / "bbc-fulltext"
PER_FOLDER = 1000
FIRST_DAY = datetime(2018, 1, 1)
SPAN_DAYS = 8 * 365  # 2018 to 2025
MAX_SOURCE_FILES = 20_000  # enough variety; reading more only slows the start

MONTHS = (  # noqa: SIM905 - a word list reads better as text
    "January February March April May June July August September October November December"
).split()

# Real place names (facts, not text) to vary recombined headlines.
PLACES = (  # noqa: SIM905 - a word list reads better as text
    "Aberdeen Adelaide Amsterdam Ankara Athens Atlanta Auckland Baghdad Baltimore Bangkok Barcelona Basel "
    "Beirut Belfast Belgrade Bergen Berlin Bilbao Birmingham Bogota Bologna Bordeaux Boston Bratislava "
    "Bremen Brisbane Bristol Brussels Bucharest Budapest Cairo Calgary Cardiff Chicago Cologne Copenhagen "
    "Cork Dallas Delhi Denver Derby Detroit Dortmund Dresden Dublin Dundee Durban Edinburgh Florence "
    "Frankfurt Gdansk Geneva Genoa Ghent Glasgow Graz Hamburg Hanoi Helsinki Houston Istanbul Jakarta "
    "Kampala Karachi Kyiv Lagos Leeds Leipzig Lille Lima Lisbon Liverpool Ljubljana London Lyon Madrid Malmo "
    "Manchester Marseille Melbourne Miami Milan Montreal Moscow Mumbai Munich Nairobi Nantes Naples "
    "Newcastle Nice Oslo Ottawa Oxford Palermo Paris Perth Porto Prague Quebec Riga Rome Rotterdam Salzburg "
    "Santiago Seattle Seoul Seville Sofia Stockholm Stuttgart Sydney Tallinn Tampere Tokyo Toronto Toulouse "
    "Turin Utrecht Valencia Vienna Vilnius Warsaw Wellington Zagreb Zurich"
).split()

# Function words that make poor "common word" queries (whoosh drops its own stop words).
_FUNCTION_WORDS = frozenset(
    (  # noqa: SIM905 - a word list reads better as text
        "about after again also been before being between both could does doing during each even every first "
        "from have having here into just last like made make many more most much must only other over said same "
        "says should since some such than that their them then there these they this those three through under "
        "until very were what when where which while will with would year years told there's it's against among "
        "another around because become whose your yours"
    ).split()
)


# ---------------------------------------------------------------------- source text
@dataclass(slots=True)
class Source:
    name: str
    headlines: list[str]
    paragraphs: list[str]
    notes: list[str] = field(default_factory=list)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_TERMINAL = (".", "!", "?", '"', "'", "\u201d", "\u2019")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _source_files(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(".txt") and not name.lower().startswith("readme"):
                yield Path(folder, name)


def load_source(root: Path) -> Source:
    """Headlines and paragraphs of a corpus laid out one article per file: the first
    non-empty line is the headline, each later line of some length is a paragraph."""
    headlines: list[str] = []
    paragraphs: list[str] = []
    for count, path in enumerate(_source_files(root)):
        if count >= MAX_SOURCE_FILES:
            break
        lines = [_CONTROL_RE.sub(" ", line).strip() for line in _decode(path.read_bytes()).splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            continue
        head = lines[0]
        if 2 <= len(head.split()) <= 16 and len(head) <= 120:
            headlines.append(head)
        # Short lines could read as headings or chrome to the parser; keep real paragraphs.
        paragraphs.extend(line for line in lines[1:] if len(line.split()) >= 12 and line.endswith(_TERMINAL))
    if len(headlines) < 20 or len(paragraphs) < 100:
        raise ValueError(f"{root}: too little text to build articles from (need one article per .txt file)")
    return Source(str(root), headlines, paragraphs)


# Our own filler, used when no corpus is available: plain news-like sentences.
_SUBJECTS = (  # noqa: SIM905 - a word list reads better as text
    "The council,The government,Local residents,The minister,The company,Union leaders,The mayor,Police,"
    "The central bank,Engineers,The committee,Teachers,Doctors,Farmers,The club,Investors,The court,"
    "Officials,The opposition,Researchers,Voters,The board,Shop owners,Rail workers"
).split(",")
_VERBS = (  # noqa: SIM905 - a word list reads better as text
    "approved,rejected,questioned,announced,delayed,welcomed,criticised,reviewed,funded,opened,closed,"
    "defended,proposed,cancelled,expanded,reported,investigated,supported,postponed,completed"
).split(",")
_OBJECTS = (  # noqa: SIM905 - a word list reads better as text
    "a new bridge,the housing plan,the annual budget,a flood barrier,the rail link,a school building,"
    "the water supply,a wind farm,the hospital wing,the port expansion,a tax cut,the museum project,"
    "a cycle network,the energy price cap,a trade agreement,the airport runway,the football stadium,"
    "a research centre,the bus timetable,the recycling scheme"
).split(",")
_TAILS = (  # noqa: SIM905 - a word list reads better as text
    "after months of debate,on Tuesday,despite strong objections,in a close vote,earlier this week,"
    "for the second time this year,ahead of the election,following a public inquiry,at a cost of millions,"
    "without giving a reason,under pressure from campaigners,as prices continued to rise"
).split(",")


def filler_source(seed: int = 0) -> Source:
    rng = random.Random(f"filler-{seed}")

    def sentence() -> str:
        return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}."

    paragraphs = [" ".join(sentence() for _ in range(rng.randint(3, 6))) for _ in range(2000)]
    headlines = []
    for _ in range(400):
        subject = rng.choice(_SUBJECTS).removeprefix("The ").capitalize()
        headlines.append(f"{subject} {rng.choice(_VERBS)} {rng.choice(_OBJECTS).removeprefix('the ')}")
    return Source("built-in filler", headlines, paragraphs, ["no corpus given or found: built-in filler text"])


def pick_source(path: str | None, seed: int) -> Source:
    """--from PATH; "builtin" (or a missing default corpus) gives the filler."""
    if path == "builtin":
        return filler_source(seed)
    root = Path(path) if path else DEFAULT_SOURCE
    if not root.is_dir():
        if path:
            raise SystemExit(f"--from {path}: no such folder")
        return filler_source(seed)
    return load_source(root)


# ---------------------------------------------------------------------- articles
@dataclass(slots=True)
class Plan:
    titles: list[str]
    dates: list[datetime]


def _variant(rng: random.Random, headlines: list[str]) -> str:
    """A headline recombined from real ones, with a place or a number for variety."""
    base = rng.choice(headlines)
    roll = rng.random()
    if roll < 0.45:
        other = rng.choice(headlines).split()
        words = base.split()
        cut_a = max(1, len(words) // 2)
        cut_b = max(1, len(other) // 2)
        base = " ".join(words[:cut_a] + other[cut_b:])
    # Page headlines are long (the parser wants six words or more for a teaser's headline).
    decorations = [
        lambda t: f"{rng.choice(PLACES)}: {t}",
        lambda t: f"{t} in {rng.choice(PLACES)}",
        lambda t: f"{t} after {rng.randint(2, 90)} days",
        lambda t: f"{t}, up {rng.randint(2, 60)}%",
        lambda t: f"{t} as {rng.choice(PLACES)} waits",
    ]
    rng.shuffle(decorations)
    title = base if rng.random() < 0.15 else decorations.pop()(base)
    while len(title.split()) < 7 and decorations:
        title = decorations.pop()(title)
    return title


def plan(source: Source, size: int, seed: int) -> Plan:
    rng = random.Random(f"titles-{seed}")
    seen: set[str] = set()
    titles: list[str] = []
    for i in range(size):
        title = ""
        for attempt in range(12):
            candidate = _variant(rng, source.headlines) if attempt < 10 else f"{_variant(rng, source.headlines)} ({i})"
            key = headline_key(candidate)
            if key and key not in seen:
                title = candidate
                break
        else:  # pragma: no cover - the numbered form is unique by construction
            title = f"Report {i} from {rng.choice(PLACES)}"
        seen.add(headline_key(title))
        titles.append(title)
    dates = [FIRST_DAY + timedelta(minutes=rng.randrange(SPAN_DAYS * 24 * 60)) for _ in range(size)]
    return Plan(titles, dates)


def _printed_date(when: datetime) -> str:
    hour = when.hour % 12 or 12
    noon = "AM" if when.hour < 12 else "PM"
    return f"{MONTHS[when.month - 1]} {when.day}, {when.year} {hour}:{when.minute:02d} {noon}"


def _cut_off(paragraph: str, rng: random.Random) -> str:
    """The teaser's opening paragraph, cut mid-sentence as the page does."""
    words = paragraph.split()
    keep = max(22, int(len(words) * rng.uniform(0.6, 0.85)))
    return " ".join(words[:keep]).rstrip(".,;:!?\"'")


def page_text(
    title: str, when: datetime, body: list[str], teaser: tuple[str, str], popular: list[str], picks: list[str]
) -> str:
    words = sum(len(p.split()) for p in body)
    lines = [
        "Edit post",
        title,
        _printed_date(when),
        f"{max(1, round(words / 230))} min read",
        "",
        "This audio is created with AI assistance",
        *body,
        teaser[0],
        teaser[1],
        "",
        "Most popular",
        *popular,
        "Editors' Picks",
    ]
    for pick in picks:
        lines += ["", pick]
    return "\n".join(lines) + "\n"


def _slug(title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())[:7]
    return "-".join(words)[:60] or "article"


def article_path(out: Path, i: int, title: str) -> Path:
    return out / f"{i // PER_FOLDER:04d}" / f"{i:06d}-{_slug(title)}.txt"


def generate(source: Source, size: int, out: Path, seed: int = 0) -> Plan:
    """Write `size` article files under `out` (which should be empty or absent)."""
    if size < 2:
        raise ValueError("size must be at least 2 (articles link to each other)")
    the_plan = plan(source, size, seed)
    titles, dates = the_plan.titles, the_plan.dates
    rng = random.Random(f"bodies-{seed}")
    paragraphs = source.paragraphs

    # The first paragraph doubles as the teaser's opening on the previous page, which the
    # parser recognises only when the cut-off part is 20 words or more.
    openers = [p for p in paragraphs if len(p.split()) >= 36 and p[:1].isupper()] or paragraphs

    def body() -> list[str]:
        return [rng.choice(openers), *rng.sample(paragraphs, rng.randint(4, 11))]

    first_body = body()
    current = first_body
    made: set[Path] = set()
    for i in range(size):
        following = body() if i + 1 < size else first_body
        nxt = (i + 1) % size
        # distinct articles, none of them this one: a page lists each headline once
        others = [k for k in rng.sample(range(size), min(size, 8)) if k != i][:7]
        popular = [titles[k] for k in others[: rng.randint(0, 4)]]
        picks = [titles[k] for k in others[-3:]]
        text = page_text(titles[i], dates[i], current, (titles[nxt], _cut_off(following[0], rng)), popular, picks)
        path = article_path(out, i, titles[i])
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.write_text(text, encoding="utf-8")
        current = following
    return the_plan


# ---------------------------------------------------------------------- query words
def query_words(source: Source) -> dict[str, str]:
    """Words for the query mix, taken from the text itself so any corpus works: the most
    common content word, two less common ones, the most common two-word phrase, and the
    most common word of the titles."""
    counts: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for paragraph in source.paragraphs[:20_000]:
        words = re.findall(r"[a-z]+", paragraph.lower())
        counts.update(w for w in words if len(w) >= 4 and w not in _FUNCTION_WORDS)
        pairs.update(
            (a, b)
            for a, b in itertools.pairwise(words)
            if len(a) >= 4 and len(b) >= 4 and a not in _FUNCTION_WORDS and b not in _FUNCTION_WORDS
        )
    ranked = [w for w, _ in counts.most_common(12)]
    # the corpus's own headlines: the words our title decorations add would be too easy
    title_counts = Counter(
        w
        for t in source.headlines[:20_000]
        for w in re.findall(r"[a-z]+", t.lower())
        if len(w) >= 4 and w not in _FUNCTION_WORDS
    )
    phrase = pairs.most_common(1)[0][0] if pairs else (ranked[0], ranked[1])
    return {
        "common": ranked[0],
        "two": f"{ranked[2]} {ranked[7]}",
        "phrase": f"{phrase[0]} {phrase[1]}",
        "title": title_counts.most_common(1)[0][0],
    }


# ---------------------------------------------------------------------- command line
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--from", dest="source", default=None, help="corpus folder, or 'builtin' for filler")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    started = time.monotonic()
    source = pick_source(args.source, args.seed)
    generate(source, args.size, args.out, args.seed)
    print(
        json.dumps(
            {
                "articles": args.size,
                "out": str(args.out),
                "source": source.name,
                "seconds": round(time.monotonic() - started, 2),
                "queries": query_words(source),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
