"""Bad input, crashes and concurrent use: nothing lost, nothing broken, nothing injected."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES, settled
from interrupting import KILLS, index_command, kill_runs_at_each_moment, make_corpus
from typer.testing import CliRunner

from tuiarchive.app.main import ArchiveApp
from tuiarchive.app.outside import viewer_command
from tuiarchive.archive import Archive
from tuiarchive.cli import app as cli_app
from tuiarchive.indexer import IndexerLock, update_index

GOOD = SAMPLES / "2025-01-08-dresk-council-approves-olst-bridge.txt"


# ---------------------------------------------------------------------- bad files
def test_a_batch_of_bad_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    shutil.copy(GOOD, outside / "linked.txt")
    good_names = ["good.txt", "with space.txt", "ünïcödé ✓.txt", "new\nline.txt", "noext"]
    for name in good_names:
        shutil.copy(GOOD, folder / name)
    text = GOOD.read_text(encoding="utf-8")
    (folder / "cp1252.txt").write_bytes(text.replace("€", "EUR").encode("cp1252"))
    (folder / "cp1251.txt").write_bytes(
        ("Новости\nMarch 3, 2025\n" + "Президент заявил, что переговоры продолжатся в пятницу утром. " * 5 + "\n"
         + "Это второй абзац, чтобы текст выглядел как статья и продолжался дальше.\n").encode("cp1251")
    )  # fmt: skip
    (folder / "long-line.txt").write_text("Long line\nMarch 3, 2025\n" + "word " * 220_000 + ".\n", encoding="utf-8")
    bad = {
        "empty.txt": b"",
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(4096),
        "nul.txt": b"text\x00" * 100,
        "undecodable.txt": bytes(range(128, 256)) * 40,
        "only-chrome.txt": b"Home\nNews\nShare\nFacebook\nSubscribe\nSign in\n",
        "no-text.txt": b"Just a headline here\n",
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: 200 MB that costs no disk
    (folder / "loop").symlink_to(folder)  # a symlink loop
    (folder / "out-of-tree.txt").symlink_to(outside / "linked.txt")
    (folder / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    unreadable = folder / "secret.txt"
    shutil.copy(GOOD, unreadable)
    if os.geteuid() != 0:
        unreadable.chmod(0)
    else:  # root reads everything: simulate the refusal the OS gives other users
        real_open = os.open

        def guarded_open(path, *args, **kwargs):
            if str(path) == str(unreadable):
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", guarded_open)

    result = CliRunner().invoke(cli_app, ["index", str(folder), "--index", str(tmp_path / "ix"), "-j", "1"])
    assert result.exit_code == 1
    failed = {
        line.removeprefix("failed: ").rsplit(": ", 1)[0].rsplit("/", 1)[-1]: line
        for line in result.stderr.splitlines()
        if line.startswith("failed: ")
    }
    for name in [*bad, "huge.txt", "broken.txt", "secret.txt"]:
        assert any(name in key for key in failed), name
    assert "too large" in failed["huge.txt"] and "empty file" in failed["empty.txt"]
    assert "permission denied" in failed["secret.txt"] and "binary" in failed["image.txt"]
    assert "broken symbolic link" in failed["broken.txt"]
    assert "\n" not in "".join(failed)  # a newline in a file name is not printed raw
    with Archive(tmp_path / "ix") as archive:
        paths = {Path(h.path).name for h in archive.search("", limit=100).hits}
    expected = {*good_names, "cp1252.txt", "cp1251.txt", "long-line.txt"}
    assert expected <= paths
    assert "out-of-tree.txt" not in paths  # a link out of the indexed folders is not followed by default
    assert "symbolic link leading outside the indexed folders not followed" in result.stderr
    assert "16 failed" not in result.stdout and f"{len(expected)} added" in result.stdout


def test_a_file_deleted_while_indexing_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    folder.mkdir()
    for n in range(5):
        shutil.copy(GOOD, folder / f"{n}.txt")

    def delete_one(done: int, total: int) -> None:
        if done == 0:
            (folder / "4.txt").unlink()  # gone after the scan found it, before it is read

    report = update_index(tmp_path / "ix", [folder], workers=1, progress=delete_one)
    assert report.added == 4
    assert [(Path(p).name, r) for p, r in report.failed] == [("4.txt", "file not found (deleted?)")]


# ---------------------------------------------------------------------- interruptions
def test_killing_the_indexer_never_breaks_the_index(tmp_path: Path) -> None:
    """The first half of the runs killed at each moment of their work (test_kills_late.py has the rest)."""
    kill_runs_at_each_moment(tmp_path, range(0, KILLS // 2))


WORKER_OUTLIVING_ITS_INDEXER = """
import multiprocessing
import os
from tuiarchive.indexer.workers import init_worker

read_end, write_end = os.pipe()
indexer = os.fork()
if indexer == 0:
    indexer_pid = os.getpid()
    if os.fork() == 0:  # a worker whose indexer dies before the worker's set-up runs
        os.close(read_end)
        while os.getppid() == indexer_pid:  # until the kernel has re-parented it
            os.sched_yield()
        started = multiprocessing.Value("i", 0)
        init_worker(counter=None, started=started, inherited_locks=[], indexer_pid=indexer_pid)
        os.write(write_end, b"still running")  # what the set-up must not let happen
    os._exit(0)
os.close(write_end)
os.waitpid(indexer, 0)
print(os.read(read_end, 100).decode() or "exited")  # empty: the worker ended without writing
"""


def test_a_worker_whose_indexer_died_before_it_started_exits() -> None:
    """A kill -9 between forking a worker and the worker's set-up left the worker waiting for
    jobs forever, holding the indexer's stdout open: `index | tee log` never ended (CI hang)."""
    result = subprocess.run(
        [sys.executable, "-c", WORKER_OUTLIVING_ITS_INDEXER], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "exited", result.stderr


WORKER_HANDING_OVER_TO_A_GONE_INDEXER = """
import multiprocessing
import os
from multiprocessing.connection import Pipe
from tuiarchive.indexer.workers import init_worker

results_out, results_in = Pipe(duplex=False)  # the pool's way for a job's result to the indexer
init_worker(counter=None, started=multiprocessing.Value("i", 0), inherited_locks=[], indexer_pid=os.getppid())
results_out.close()  # the indexer's end: the kernel closes it when the indexer is killed
results_in.send((0, 0, (True, "a job's result")))  # as multiprocessing.pool.worker hands it over
print("still running")
"""


def test_a_worker_whose_indexer_is_gone_ends_without_a_traceback() -> None:
    """kill -9 of the indexer closes the results' pipe a moment before the kernel kills its
    workers: a worker handing over a result in between printed BrokenPipeError's traceback
    (seen about once in 15 runs of the kill tests). It ends silently, as by SIGPIPE."""
    result = subprocess.run(
        [sys.executable, "-c", WORKER_HANDING_OVER_TO_A_GONE_INDEXER], capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stdout, result.stderr) == (-signal.SIGPIPE, "", "")


def test_a_second_indexer_exits_with_a_message(tmp_path: Path) -> None:
    shutil.copytree(SAMPLES, tmp_path / "s")
    with IndexerLock(tmp_path / "ix"):
        result = subprocess.run(index_command(tmp_path / "s", tmp_path / "ix"), capture_output=True, text=True)
    assert result.returncode == 3
    assert "another tuiarchive index is running" in result.stderr and "Traceback" not in result.stderr


def test_search_works_while_an_index_run_is_under_way(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    ix = tmp_path / "ix"
    first = make_corpus(corpus / "old", 1)
    update_index(ix, [corpus], workers=1)
    total = first + make_corpus(corpus / "new", 2)  # two jobs, the first committed while searches go on
    reader = Archive(ix)
    proc = subprocess.Popen(index_command(None, ix), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen = []
    try:
        while proc.poll() is None:
            with Archive(ix) as fresh:  # a new reader (the CLI's case)
                seen.append(fresh.search("olst", limit=5).total)
            reader.refresh()  # a long-lived one (the app's case)
            assert reader.search("", limit=1).total >= first
    finally:
        proc.communicate(timeout=120)
    assert proc.returncode == 0
    assert seen and seen == sorted(seen)  # never goes back
    reader.refresh()
    assert reader.count() == total
    reader.close()


def test_an_archive_opened_while_a_commit_removes_the_toc_it_found_opens(samples_index: Path, monkeypatch) -> None:
    """A reader opening the index as a commit replaced its table of contents read the schema
    from the TOC file just removed: 'the index cannot be read ... run tuiarchive index
    --rebuild' for a search during an index run (seen once in test_search_works_while_...)."""
    from whoosh import index as whoosh_index

    real = whoosh_index.FileIndex._current_schema
    gone = iter([True])  # the first read of the schema finds its TOC removed, as a commit does

    def racing(self):
        if next(gone, False):
            raise FileNotFoundError(2, "No such file or directory", "_MAIN_1.toc")
        return real(self)

    monkeypatch.setattr(whoosh_index.FileIndex, "_current_schema", racing)
    with Archive(samples_index) as archive:
        assert archive.search("olst").total > 0


# ---------------------------------------------------------------------- paths
def test_viewer_command_passes_the_path_as_one_argument() -> None:
    path = "/tmp/a b; rm -rf ~ $(reboot) `x`.txt"
    assert viewer_command("less -R", "less", path) == ["less", "-R", path]
    assert viewer_command(None, "less", path) == ["less", path]
    assert viewer_command("", "vi", path) == ["vi", path]
    assert viewer_command("broken 'quote", "vi", path) == ["broken 'quote", path]


async def test_pager_gets_the_indexed_file(tmp_path: Path, samples_index: Path, monkeypatch) -> None:
    from contextlib import nullcontext

    log = tmp_path / "argv.txt"
    pager = tmp_path / "pager.sh"
    pager.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{log}"\n')
    pager.chmod(0o755)
    monkeypatch.setenv("PAGER", str(pager))
    app = ArchiveApp(samples_index)
    monkeypatch.setattr(app, "suspend", nullcontext)  # no terminal to hand over in a headless test
    async with app.run_test() as pilot:
        await settled(pilot)
        ref = app.archive.find(str(GOOD))
        app.open_article(ref.id)
        await settled(pilot)  # the article is open: "o" has a file to hand over
        app.query_one("#results").focus()
        await pilot.press("o")
        await pilot.pause()
    assert log.read_text().splitlines() == [str(GOOD)]


def test_show_refuses_files_that_are_not_indexed(tmp_path: Path, samples_index: Path) -> None:
    stray = tmp_path / "not-indexed.txt"
    shutil.copy(GOOD, stray)
    result = CliRunner().invoke(cli_app, ["show", str(stray), "--index", str(samples_index)])
    assert result.exit_code == 1 and "only indexed files" in result.stderr
