"""The tuiarchive command as a user runs it (typer's CliRunner), exit codes included."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES
from typer.testing import CliRunner

from tuiarchive import __version__
from tuiarchive.archive import Archive
from tuiarchive.cli import app
from tuiarchive.indexer import IndexerLock

BRIDGE = SAMPLES / "2025-01-08-dresk-council-approves-olst-bridge.txt"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_version(runner: CliRunner) -> None:
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_index_exit_codes(runner: CliRunner, tmp_path: Path) -> None:
    good = tmp_path / "good"
    good.mkdir()
    shutil.copy(BRIDGE, good)
    ok = run(runner, "index", good, "--index", tmp_path / "ix")
    assert ok.exit_code == 0
    assert "1 added, 0 updated, 0 removed, 0 unchanged, 0 failed" in ok.stdout

    (good / "empty.txt").write_bytes(b"")
    some_failed = run(runner, "index", "--index", tmp_path / "ix")
    assert some_failed.exit_code == 1
    assert "empty.txt: empty file" in some_failed.stderr

    missing = run(runner, "index", tmp_path / "nope", "--index", tmp_path / "ix")
    assert missing.exit_code == 2
    assert "no such file or folder" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_index_without_roots_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "index", "--index", tmp_path / "fresh")
    assert result.exit_code == 2
    assert "tuiarchive index PATH" in result.stderr


def test_index_location_from_the_environment(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TUIARCHIVE_INDEX", str(tmp_path / "envix"))
    assert run(runner, "index", BRIDGE).exit_code == 0
    assert (tmp_path / "envix" / "catalog.sqlite").exists()


def test_search_json(runner: CliRunner, samples_index: Path) -> None:
    result = run(runner, "search", "astrolabe", "--json", "--limit", "3", "--index", samples_index)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["total"] >= 3 and len(data["hits"]) == 3
    assert all({"id", "title", "published", "snippet", "matches"} <= set(h) for h in data["hits"])
    assert any("astrolabe" in m.lower() for h in data["hits"] for m in h["matches"])


def test_search_sort_and_human_output(runner: CliRunner, samples_index: Path) -> None:
    result = run(runner, "search", "olst", "--sort", "oldest", "-n", "2", "--index", samples_index)
    assert result.exit_code == 0
    assert "matches, by oldest" in result.stdout
    assert "Dresk council approves" in result.stdout  # the oldest article about the Olst


def test_search_words_may_come_as_several_arguments(runner: CliRunner, samples_index: Path) -> None:
    """`tuiarchive search olst council` is `tuiarchive search 'olst council'` (as recollq and
    grep-like habits have it), not a usage error."""
    apart = run(runner, "search", "olst", "council", "--json", "--index", samples_index)
    together = run(runner, "search", "olst council", "--json", "--index", samples_index)
    assert apart.exit_code == together.exit_code == 0
    assert json.loads(apart.stdout) == json.loads(together.stdout)
    assert (
        json.loads(apart.stdout)["total"]
        < json.loads(run(runner, "search", "olst", "--json", "--index", samples_index).stdout)["total"]
    )


def test_bad_query_is_one_line_and_exit_2(runner: CliRunner, samples_index: Path) -> None:
    result = run(runner, "search", "title:(", "--index", samples_index)
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "bad query" in result.stderr


def test_unknown_sort_is_exit_2(runner: CliRunner, samples_index: Path) -> None:
    assert run(runner, "search", "x", "--sort", "best", "--index", samples_index).exit_code == 2


def test_show_by_path_and_id_with_links(runner: CliRunner, samples_index: Path) -> None:
    by_path = run(runner, "show", BRIDGE, "--json", "--index", samples_index)
    assert by_path.exit_code == 0
    data = json.loads(by_path.stdout)
    assert data["title"].startswith("Dresk council approves")
    assert data["related"] and all("in_archive" in r for r in data["related"])
    assert any(r["in_archive"] and r["id"] for r in data["related"])
    by_id = run(runner, "show", data["id"], "--index", samples_index)
    assert by_id.exit_code == 0
    assert "Editors' Picks" in by_id.stdout


def test_show_marks_items_not_in_the_archive(runner: CliRunner, samples_index: Path) -> None:
    # this sample's teaser points at an article that is not in the samples
    path = SAMPLES / "2025-03-10-olst-valley-line-tunnel-boring-machine-starts.txt"
    result = run(runner, "show", path, "--json", "--index", samples_index)
    data = json.loads(result.stdout)
    missing = [r for r in data["related"] if not r["in_archive"]]
    assert [r["headline"] for r in missing] == ["Dresk tram drivers to get 6% pay rise under new deal"]


def test_show_unknown_is_a_clear_error(runner: CliRunner, samples_index: Path) -> None:
    result = run(runner, "show", "0000000000000000", "--index", samples_index)
    assert result.exit_code == 1
    assert "no article" in result.stderr


def test_stats_json(runner: CliRunner, samples_index: Path) -> None:
    result = run(runner, "stats", "--json", "--index", samples_index)
    data = json.loads(result.stdout)
    assert data["articles"] >= 45
    assert data["first_published"].startswith("2025-01")
    assert data["failed"] == 1 and data["failures"][0]["reason"]
    assert data["index_bytes"] > 0


def test_commands_without_an_index(runner: CliRunner, tmp_path: Path) -> None:
    for args in (["search", "x"], ["stats"], ["show", "abc"]):
        result = run(runner, *args, "--index", tmp_path / "none")
        assert result.exit_code == 1
        assert "tuiarchive index PATH" in result.stderr


def test_parse_json_is_what_the_scorer_reads(runner: CliRunner) -> None:
    result = run(runner, "parse", "--json", BRIDGE)
    data = json.loads(result.stdout)
    assert {"title", "published", "author", "read_minutes", "body", "related", "truncated"} <= set(data)
    assert data["published"] == "2025-01-08T07:42"
    assert all({"section", "headline"} <= set(r) for r in data["related"])


def test_parse_a_non_article(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x00\x01\x02" * 100)
    result = run(runner, "parse", path)
    assert result.exit_code == 1
    assert "not an article: binary" in result.stderr


def test_hostile_text_never_reaches_the_terminal(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "evil.txt").write_text(
        "Evil \x1b]0;pwned\x07 headline [bold]here[/bold]\n"
        "March 3, 2025\n"
        "Body with \x1b[31mred\x1b[0m text, a clipboard write \x1b]52;c;ZXZpbA==\x07 "
        "and [link=http://x]link[/link] markup.\n"
        "A second paragraph keeps the article going for the parser to be sure.\n",
        encoding="utf-8",
    )
    ix = tmp_path / "ix"
    assert run(runner, "index", folder, "--index", ix).exit_code == 0
    for args in (["search", "evil", "--index", ix], ["show", folder / "evil.txt", "--index", ix],
                 ["parse", folder / "evil.txt"], ["search", "evil", "--json", "--index", ix]):  # fmt: skip
        result = run(runner, *args)
        assert result.exit_code == 0
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    shown = run(runner, "show", folder / "evil.txt", "--index", ix).stdout
    assert "[bold]here[/bold]" in shown and "[link=http://x]link[/link]" in shown
    json.loads(run(runner, "search", "evil", "--json", "--index", ix).stdout)


# ---------------------------------------------------------------------- where the index lives
@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder outside any checkout, with one article in it."""
    here = tmp_path / "elsewhere"
    (here / "news").mkdir(parents=True)
    shutil.copy(BRIDGE, here / "news")
    monkeypatch.chdir(here)
    return here


@pytest.mark.parametrize("before", [True, False], ids=["--index before the command", "--index after it"])
def test_index_option_is_honoured_in_every_position(runner: CliRunner, elsewhere: Path, before: bool) -> None:
    ix = elsewhere / "my-index"

    def with_index(*args: str) -> list[str]:
        return ["--index", str(ix), *args] if before else [*args, "--index", str(ix)]

    built = run(runner, *with_index("index", "news"))
    assert built.exit_code == 0, built.stderr
    assert (ix / "catalog.sqlite").exists()
    assert not (elsewhere / "index").exists()  # never the current folder's ./index
    found = run(runner, *with_index("search", "olst", "--json"))
    assert found.exit_code == 0 and json.loads(found.stdout)["total"] == 1
    article_id = json.loads(found.stdout)["hits"][0]["id"]
    assert run(runner, *with_index("show", article_id)).exit_code == 0
    stats = run(runner, *with_index("stats"))
    assert stats.exit_code == 0
    assert f"{ix} (from --index)" in stats.stdout


def test_the_command_s_own_index_option_wins(runner: CliRunner, elsewhere: Path) -> None:
    assert run(runner, "index", "news", "--index", elsewhere / "a").exit_code == 0
    result = run(runner, "--index", elsewhere / "nothing", "stats", "--index", elsewhere / "a")
    assert result.exit_code == 0 and "articles      1" in result.stdout


def test_environment_then_per_user_default(
    runner: CliRunner, elsewhere: Path, private_user_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(runner, "index", "news").exit_code == 0
    assert (private_user_data / "index" / "catalog.sqlite").exists()
    assert not (elsewhere / "index").exists()
    stats = run(runner, "stats", "--json")
    assert json.loads(stats.stdout)["index_reason"] == "per-user default"
    assert "(per-user default)" in run(runner, "stats").stdout

    monkeypatch.setenv("TUIARCHIVE_INDEX", str(elsewhere / "env-index"))
    missing = run(runner, "stats")
    assert missing.exit_code == 1
    assert "from $TUIARCHIVE_INDEX" in missing.stderr and "env-index" in missing.stderr
    # --index still wins over the environment
    assert "(from --index)" in run(runner, "stats", "--index", private_user_data / "index").stdout


def test_a_checkout_uses_its_own_index_folder(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    checkout = tmp_path / "clone"
    (checkout / "index").mkdir(parents=True)
    (checkout / "pyproject.toml").write_text('[project]\nname = "tuiarchive"\n', encoding="utf-8")
    shutil.copytree(SAMPLES, checkout / "samples")
    monkeypatch.chdir(checkout / "samples")  # anywhere inside the checkout
    assert run(runner, "index", BRIDGE).exit_code == 0
    assert (checkout / "index" / "catalog.sqlite").exists()
    assert "(this checkout's index/)" in run(runner, "stats").stdout


# ---------------------------------------------------------------------- the README's promises
README = SAMPLES.parent / "README.md"


def test_the_readme_s_example_queries_find_something_in_the_samples(runner: CliRunner, samples_index: Path) -> None:
    examples = re.findall(r"^tuiarchive search '([^']+)'", README.read_text(encoding="utf-8"), re.M)
    assert examples
    for query in examples:
        result = run(runner, "search", query, "--json", "--index", samples_index)
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["total"] > 0, query


def test_an_empty_query_says_it_lists_newest_first(runner: CliRunner, samples_index: Path) -> None:
    result = run(runner, "search", "", "-n", "3", "--index", samples_index)
    assert result.exit_code == 0
    assert "matches, by newest" in result.stdout
    assert json.loads(run(runner, "search", " ", "--json", "--index", samples_index).stdout)["sort"] == "newest"


def test_an_empty_archive_says_how_to_fill_it(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    (tmp_path / "nothing" / "empty.txt").write_bytes(b"")
    run(runner, "index", tmp_path / "nothing", "--index", tmp_path / "ix")
    result = run(runner, "search", "anything", "--index", tmp_path / "ix")
    assert result.exit_code == 0
    assert "0 matches" in result.stdout
    assert "archive is empty" in result.stderr and "tuiarchive index PATH" in result.stderr


def test_exit_status_2_for_a_missing_file_to_parse(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "parse", tmp_path / "no-such-page.txt")
    assert result.exit_code == 2
    assert "no such file" in result.stderr and "Traceback" not in result.stderr


def test_exit_status_3_while_another_indexer_holds_the_index(runner: CliRunner, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    assert run(runner, "index", BRIDGE, "--index", ix).exit_code == 0
    lock = IndexerLock(ix)
    lock.acquire()  # a live indexer (this process) holds it
    try:
        result = run(runner, "index", "--index", ix)
    finally:
        lock.release()
    assert result.exit_code == 3
    assert "wait for it to finish" in result.stderr


@pytest.mark.parametrize(
    "command",
    [["show", "{id}"], ["show", "{id}", "--json"], ["search", "", "-n", "45"], ["stats"]],
    ids=["show", "show --json", "search", "stats"],
)
def test_a_reader_that_stops_early_is_not_an_error(samples_index: Path, command: list[str]) -> None:
    """`tuiarchive show ID | head -1`: the pipe closes before we finish; exit 0, say nothing."""
    with Archive(samples_index) as archive:
        article_id = archive.search("olst").hits[0].id
    argv = [sys.executable, "-m", "tuiarchive", *(a.format(id=article_id) for a in command), "--index"]
    process = subprocess.Popen([*argv, str(samples_index)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # the reader is gone before the first line is written
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == 0
    assert stderr == b""


@pytest.mark.parametrize(
    "command",
    [["show", "{id}"], ["show", "{id}", "--json"], ["search", "olst"], ["search", "olst", "-f", "csv"], ["stats"]],
    ids=["show", "show --json", "search", "search csv", "stats"],
)
def test_output_that_cannot_be_written_is_one_line(samples_index: Path, command: list[str]) -> None:
    """stdout on a full disk (/dev/full) or closed before we started (`>&-`): one line, status 1,
    no traceback (review F6); the interpreter's last flush of what is left fails no more."""
    with Archive(samples_index) as archive:
        article_id = archive.search("olst").hits[0].id
    args = [
        sys.executable,
        "-m",
        "tuiarchive",
        *(a.format(id=article_id) for a in command),
        "--index",
        str(samples_index),
    ]
    ends = {"closed": 'exec "$@" >&-'}
    if Path("/dev/full").exists():
        ends["full disk"] = 'exec "$@" > /dev/full'
    for name, shell in ends.items():
        done = subprocess.run(["sh", "-c", shell, "sh", *args], capture_output=True, text=True, timeout=60)
        reason = "standard output is closed" if name == "closed" else "No space left on device"
        assert (done.returncode, done.stderr) == (1, f"tuiarchive: cannot write the output: {reason}\n"), name


@pytest.mark.parametrize("command", [["browse"], ["browse", "olst"], []], ids=["browse", "browse QUERY", "alone"])
def test_the_browser_without_a_terminal_is_one_line(samples_index: Path, command: list[str]) -> None:
    """`tuiarchive` or `tuiarchive browse` from a script or cron (no terminal on stdin or stdout):
    one line and status 2, at once; it ran until killed, writing escape codes (review F4)."""
    args = [sys.executable, "-m", "tuiarchive", "--index", str(samples_index), *command]
    done = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30)
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    assert done.stderr == "tuiarchive: the browser needs a terminal; from a script, use `tuiarchive search` or `show`\n"


# ---------------------------------------------------------------------- results out
def test_search_formats(runner: CliRunner, samples_index: Path) -> None:
    as_csv = run(runner, "search", "astrolabe", "--format", "csv", "-n", "50", "--index", samples_index)
    assert as_csv.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    total = json.loads(run(runner, "search", "astrolabe", "--json", "--index", samples_index).stdout)["total"]
    assert len(rows) == total and all(r["id"] and r["title"] for r in rows)
    assert any("Astrolabe" in r["title"] for r in rows)

    as_json = json.loads(run(runner, "search", "astrolabe", "-f", "json", "--index", samples_index).stdout)
    assert as_json["total"] == total and as_json["hits"][0]["id"] == rows[0]["id"]

    as_md = run(runner, "search", "astrolabe", "--format", "md", "--index", samples_index).stdout
    assert as_md.startswith("# Search: `astrolabe`")
    assert f"`{rows[0]['id']}`" in as_md

    bad = run(runner, "search", "astrolabe", "--format", "xml", "--index", samples_index)
    assert bad.exit_code == 2 and "csv, json or md" in bad.stderr


def test_a_connection_string_without_a_host_reaches_the_engine_whole(tmp_path: Path) -> None:
    """--index was a Path, which folds postgresql:///db (a local socket, no host) into
    postgresql:/db; the string now goes to the engine as written, and shows so in errors."""
    from tuiarchive.dburl import mask

    assert mask("postgresql:///db?host=/run/pg&password=pw") == "postgresql:///db?host=%2Frun%2Fpg"
    url = f"postgresql:///nosuchdb?host={tmp_path / 'no-server-here'}&password=Zq9secret"
    result = CliRunner().invoke(app, ["stats", "--index", url])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "postgresql:///nosuchdb" in result.output and "Zq9secret" not in result.output


@pytest.mark.parametrize("command", [["search", "x"], ["index"], ["stats"], ["folders"], ["browse"]])
def test_an_index_that_is_a_file_is_a_usage_error(tmp_path: Path, command: list[str]) -> None:
    """--index naming a file (typer checked this while --index was a Path): one line, status 2,
    and the file is left as it was."""
    a_file = tmp_path / "notes.txt"
    a_file.write_text("my notes\n")
    result = CliRunner().invoke(app, [*command, "--index", str(a_file)])
    assert result.exit_code == 2, result.output
    assert "is a file, not an index folder" in result.output and "Traceback" not in result.output
    assert a_file.read_text() == "my notes\n"


# ---------------------------------------------------------------------- eval (review s33 U16)
def test_eval_with_a_shared_folder_that_is_not_there_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    """A typo in --shared scored only our own fixtures, rc 0, and their "100%" read as the parser's score."""
    result = run(runner, "eval", "--shared", tmp_path / "no-such", "--no-loso")
    assert result.exit_code == 2
    assert "no such folder" in result.stderr and "Traceback" not in result.output
    assert "fixtures/pages" not in result.stdout  # nothing scored
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run(runner, "eval", "--shared", empty, "--no-loso")
    assert result.exit_code == 2 and "no labelled page sets there" in result.stderr


def test_eval_without_the_shared_data_says_only_the_fixtures_were_scored(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A clone with no ../shared beside it (nor $TUIARCHIVE_SHARED): the fixtures are scored, and
    the note says that is all. The checkout is a made-up one with a single invented page."""
    from tuiarchive.parser import evaluate

    checkout = tmp_path / "clone"
    pages = checkout / "tests" / "fixtures" / "pages"
    pages.mkdir(parents=True)
    text = "A sentence of text that runs on for a while, as articles do, and then it ends here. " * 3
    (pages / "a.txt").write_text(f"Headline of the page\n\n{text}\n")
    (pages / "labels.json").write_text('[{"file": "a.txt", "title": "Headline of the page"}]')
    monkeypatch.setattr(evaluate, "_REPO", checkout)  # where the package finds its checkout
    monkeypatch.delenv("TUIARCHIVE_SHARED", raising=False)
    monkeypatch.chdir(checkout)
    result = run(runner, "eval", "--no-loso")
    assert result.exit_code == 0, result.output
    assert "fixtures/pages" in result.stdout
    assert "only our own fixtures were scored" in result.stderr
    shared = tmp_path / "shared" / "corpora" / "page-copies"  # now beside the clone: no note
    shared.mkdir(parents=True)
    (shared / "a.txt").write_text(f"Headline of the page\n\n{text}\n")
    (shared / "labels.json").write_text('[{"file": "a.txt", "title": "Headline of the page"}]')
    result = run(runner, "eval", "--no-loso")
    assert result.exit_code == 0 and "page-copies" in result.stdout
    assert "only our own fixtures" not in result.stderr
