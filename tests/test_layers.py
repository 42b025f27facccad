"""The core (parsing, indexing, search, CLI) never imports the TUI."""

from __future__ import annotations

import ast
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path


def test_core_imports_no_textual() -> None:
    code = (
        "import sys\n"
        "import tuiarchive.cli, tuiarchive.archive, tuiarchive.indexer, tuiarchive.parser\n"
        "import tuiarchive.memory, tuiarchive.export\n"
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def _whoosh_importers(package: Path) -> list[str]:
    """The modules of `package` with an import of whoosh anywhere (also inside functions)."""
    importers = []
    for p in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            if any(n == "whoosh" or n.startswith("whoosh.") for n in names):
                importers.append(p.relative_to(package).as_posix())
                break
    return importers


def test_only_the_engine_imports_whoosh(tmp_path: Path) -> None:
    import tuiarchive

    package = Path(tuiarchive.__file__).parent
    importers = _whoosh_importers(package)
    assert importers and all(name.startswith("engine/") for name in importers), importers
    # and the check sees an import anywhere: in a function, as `import whoosh.x as y`
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "m.py").write_text("def f():\n    import whoosh.index as ix\n")
    (tmp_path / "n.py").write_text("from whoosh.query import Term\n")
    (tmp_path / "o.py").write_text("from .whoosh import x\nimport whooshy\n")
    assert _whoosh_importers(tmp_path) == ["n.py", "sub/m.py"]


# ---------------------------------------------------------------------- what each command loads
# A command imports only the part of the core it uses (issue 12): these modules cost tens of
# milliseconds each at every start of the command line.
TUI = ("textual",)
PARSER_RULES = ("tuiarchive.parser.extract", "tuiarchive.parser.lines", "tuiarchive.parser.span")
INDEXING = ("tuiarchive.indexer", "multiprocessing", "tuiarchive.recovery", "rich.progress")
HTML_READERS = ("tuiarchive.formats.html", "trafilatura", "lxml", "warcio", "htmldate", "yaml")
SEARCH = ("tuiarchive.engine", "whoosh", "tuiarchive.archive", "tuiarchive.catalog", "sqlite3")
RICH = ("rich",)  # the CLI writes its few styles itself (tuiarchive/styled.py); rich is for index's progress bar
WHOOSH_UNUSED = ("urllib.request", "http", "email", "ssl", "whoosh.lang.morph_en", "html")  # engine/whoosh_loading.py
WHOOSH_UNUSED += ("tempfile", "calendar", "random", "queue", "_hashlib")
WITHOUT_TYPER = ("typer", "shutil", "bz2", "lzma", "locale")  # typer imports shutil, and locale with subprocess
WITHOUT_TYPER += ("inspect", "ast", "dis", "tokenize")  # typer's; dataclasses' (tuiarchive/__init__.py stands in)
PLAIN_SEARCH_UNUSED = ("csv", "tuiarchive.formats", "tuiarchive.parser")  # csv: for --format csv
NOT_AT_ALL = ("pydantic", "asyncio")  # typer 0.29 converts options through pydantic (pinned below);
# asyncio came with whoosh's cached_property backport (tuiarchive/__init__.py stands in for it)


def _loaded_by(args: list[str], tmp_path: Path) -> tuple[int, str, set[str]]:
    """Run `tuiarchive ARGS` through the typer app in a fresh interpreter: status, output, sys.modules."""
    start = f"from tuiarchive.cli import app\napp({args!r}, prog_name='tuiarchive')\n"
    return _modules_after(start, tmp_path)


def _run_main(args: list[str], tmp_path: Path) -> tuple[int, str, set[str]]:
    """`tuiarchive ARGS` as the installed script runs it (cli.main): status, output, sys.modules."""
    start = f"sys.argv = {['tuiarchive', *args]!r}\nfrom tuiarchive.__main__ import run\nrun()\n"
    return _modules_after(start, tmp_path)


def _modules_after(start: str, tmp_path: Path) -> tuple[int, str, set[str]]:
    """Run `start` (a command) in a fresh interpreter: its exit status, output and the modules it loaded."""
    listing = tmp_path / "modules.json"
    body = "".join(f"    {line}\n" for line in start.splitlines())
    code = (
        "import sys\n"
        "try:\n"
        f"{body}"
        "    status = 0\n"
        "except SystemExit as end:\n"
        "    status = end.code or 0\n"
        "loaded = sorted(sys.modules)\n"
        "import json\n"  # after the listing: the command's own imports only
        f"open({str(listing)!r}, 'w').write(json.dumps(loaded))\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return done.returncode, done.stdout + done.stderr, set(json.loads(listing.read_text()))


def _any_of(modules: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes))


def test_help_loads_no_core(tmp_path: Path) -> None:
    status, output, modules = _loaded_by(["--help"], tmp_path)
    assert status == 0 and "search" in output
    assert _any_of(modules, TUI + PARSER_RULES + INDEXING + HTML_READERS + SEARCH + NOT_AT_ALL + RICH) == []
    assert _any_of(modules, ("platformdirs", "tuiarchive.formats", "tuiarchive.parser", "tuiarchive.model")) == []
    assert _any_of(modules, ("_hashlib", "html.entities")) == []  # OpenSSL's library; a table of 2,000 entities
    assert "importlib.metadata" not in modules  # the version is looked up for --version only


def test_the_commands_annotations_are_objects_not_strings() -> None:
    """typer compiles string annotations again at every start (cli.py's docstring)."""
    from tuiarchive.cli import app

    strings = [
        (info.name, name)
        for info in app.registered_commands
        for name, hint in info.callback.__annotations__.items()
        if isinstance(hint, str)
    ]
    assert strings == []


def test_search_loads_the_engine_only(samples_index: Path, tmp_path: Path) -> None:
    status, output, modules = _loaded_by(["search", "olst", "--index", str(samples_index)], tmp_path)
    assert status == 0 and "matches, by relevance" in output
    assert "tuiarchive.engine" in modules
    assert _any_of(modules, TUI + PARSER_RULES + INDEXING + HTML_READERS + NOT_AT_ALL + RICH + WHOOSH_UNUSED) == []
    assert _any_of(modules, PLAIN_SEARCH_UNUSED) == []
    status, output, modules = _loaded_by(["search", "olst", "--index", str(samples_index), "-f", "csv"], tmp_path)
    assert status == 0 and output.startswith("id,title,")
    assert _any_of(modules, TUI + PARSER_RULES + INDEXING + HTML_READERS + NOT_AT_ALL + RICH + WHOOSH_UNUSED) == []


def test_show_of_a_text_article_loads_no_indexer_or_html_reader(samples_index: Path, tmp_path: Path) -> None:
    status, output, _ = _loaded_by(["search", "olst", "--index", str(samples_index), "--json"], tmp_path)
    article_id = json.loads(output)["hits"][0]["id"]
    status, output, modules = _loaded_by(["show", article_id, "--index", str(samples_index)], tmp_path)
    assert status == 0 and article_id in output
    # the file is the one indexed: the article comes from the index and the catalog (opened.py)
    assert _any_of(modules, PARSER_RULES + TUI + INDEXING + HTML_READERS) == []
    older = tmp_path / "older"  # an index from before those records: the text is parsed again from its file
    shutil.copytree(samples_index, older)
    with sqlite3.connect(older / "catalog.sqlite") as db:
        db.execute("DROP TABLE opened")
    status, output, modules = _loaded_by(["show", article_id, "--index", str(older)], tmp_path)
    assert status == 0 and article_id in output
    assert "tuiarchive.parser.extract" in modules
    assert _any_of(modules, TUI + INDEXING + HTML_READERS) == []
    # parsing (here, and in every indexing worker) loads no inspect, which dataclasses loads to
    # write a signature as the docstring of a class without one (give yours a docstring), nor
    # importlib.resources (with zipfile and tempfile) to read the parser's two JSON files
    status, output, modules = _run_main(["show", article_id, "--index", str(older)], tmp_path)
    assert status == 0 and article_id in output
    assert _any_of(modules, ("inspect", "importlib.resources", "zipfile", "tempfile")) == []


def test_a_reindex_that_finds_nothing_to_do_loads_no_engine(samples_copy: Path, tmp_path: Path) -> None:
    """The no-op re-index stats the files and compares them with the catalog: whoosh and
    multiprocessing are not loaded, the index is not opened (the engine's errors are looked up
    only when a run fails), and nothing is written."""
    index = tmp_path / "ix"
    status, output, modules = _loaded_by(["index", "--index", str(index), "-j", "1", str(samples_copy)], tmp_path)
    assert status in (0, 1) and "tuiarchive.engine" in modules  # 1: some samples are not articles
    before = _files(index)
    status, output, modules = _loaded_by(["index", "--index", str(index)], tmp_path)
    assert status in (0, 1) and output.startswith("0 added, 0 updated, 0 removed, ")
    assert _any_of(modules, ("whoosh", "tuiarchive.engine", "multiprocessing", *TUI, *RICH)) == []
    assert _files(index) == before  # nothing written: no catalog commit, no new checksums.json


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file's size and mtime, the indexer's lock file aside."""
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir() if p.name != "indexer.lock"}


# Runs each (code, argv) of a JSON list in a process of its own, forked from one that has
# imported tuiarchive.cli with the typer app, and the archive and whoosh engine that the
# search, show and stats cases open (what a process loads is the tests above's business:
# here, only what each prints), as `python -c "import sys; sys.argv = argv; from
# tuiarchive.cli import app, main; code"` runs it; prints their [status, stdout, stderr]. One
# interpreter start and import for the 66 runs instead of one each: 6.2 -> 2 s CPU; the
# engine imported once, not in each of the 34 runs that open the index: 4.0 -> 1.4 s.
FORKED_RUNS = """
import gc, json, os, sys, tempfile, traceback
from tuiarchive.cli import app, main
import tuiarchive.archive, tuiarchive.engine.whoosh_engine, tuiarchive.export


def ended(code):  # the exit status the interpreter gives a SystemExit (a message: said on stderr, 1)
    if code is None or isinstance(code, int):
        return code or 0
    print(code, file=sys.stderr)
    return 1


def run(code, argv):
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    sys.stdout.flush(), sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # ended by the code's SystemExit or exception, as the interpreter ends them
        os.dup2(out.fileno(), 1), os.dup2(err.fileno(), 2)
        sys.argv = argv
        try:
            exec(code, {"app": app, "main": main, "__name__": "__main__"})
            status = 0
        except SystemExit as end:
            status = ended(end.code)
        except BaseException:
            traceback.print_exc()
            status = 1
        sys.stdout.flush(), sys.stderr.flush()
        os._exit(status)  # not the interpreter's tear-down of every module: a third of a run's CPU
    status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    return [status, *(f.seek(0) or f.read().decode() for f in (out, err))]


gc.freeze()  # what is loaded stays out of the children's collections (and their pages shared)
print(json.dumps([run(code, argv) for code, argv in json.load(sys.stdin)]))
"""


def _run_forked(runs: list[tuple[str, list[str]]], env: dict[str, str]) -> list[str]:
    """Each (code, ARGS) run as `tuiarchive ARGS` (FORKED_RUNS) with `env` added: status and output."""
    given = json.dumps([(code, ["tuiarchive", *args]) for code, args in runs])
    done = subprocess.run(
        [sys.executable, "-c", FORKED_RUNS], input=given, capture_output=True, text=True, env={**os.environ, **env}
    )
    assert done.returncode == 0, done.stderr
    return [f"{status}\n{stdout}{stderr}" for status, stdout, stderr in json.loads(done.stdout)]


def test_the_command_named_first_is_built_alone_and_works_the_same(samples_index: Path, tmp_path: Path) -> None:
    """`tuiarchive CMD ...` runs CMD without typer when its command line is plain, else builds
    only CMD (cli.main): each command's --help, a search with --index before or after the
    command, options in every spelling, and the mistakes typer reports, print what the whole
    app prints, with the same status."""

    def run_all(runs: list[tuple[str, list[str]]]) -> list[str]:
        return _run_forked(runs, {"COLUMNS": "100", "TUIARCHIVE_INDEX": str(tmp_path / "none")})

    from tuiarchive.cli import _command_named, app

    names = [info.name for info in app.registered_commands]
    assert len(names) == 9
    index = ["--index", str(samples_index)]
    cases = [[name, "--help"] for name in names]
    cases += [[*index, "search", "olst"], ["search", "olst", *index], [f"--index={samples_index}", "stats", "--json"]]
    cases += [["search"], ["search", "--limit", "x", "olst", *index], ["serch", "olst"], ["--help"]]
    cases += [
        ["search", "-n", "1", "olst", "--sort=newest", "--json", *index],
        ["search", "olst", "-n", "0", *index],  # out of range
        ["search", "olst", "-n1", *index],  # a short option's value attached: click reads it
        ["search", "olst", "extra", *index],
        ["search", "olst", "-n", "1", "-n", "2", *index],
        ["search", "--", "-olst", *index],
        ["search", "olst", "--json=1", *index],
        ["search", "olst", "-f", "xml", *index],
        ["search", "olst", "--index"],
        ["search", "olst", "--version"],
        ["--version", "search", "olst"],
        ["show", "0123456789abcdef", *index],
        ["folders", *index],
        ["stats", *index],
        ["index", "-j", "0", *index],
        ["forget", str(tmp_path / "none"), *index],
        ["parse", str(tmp_path)],
    ]
    answers = iter(run_all([(code, args) for args in cases for code in ("app(prog_name='tuiarchive')", "main()")]))
    for args, whole, lean in zip(cases, answers, answers, strict=True):
        assert lean == whole, args
        assert whole.startswith(("0\n", "1\n", "2\n")), (args, whole)
    assert _command_named(app, ["--index", "x", "search", "y"]).name == "search"
    assert _command_named(app, ["--index=x", "show", "y"]).name == "show"
    assert _command_named(app, ["--help", "search"]) is None and _command_named(app, ["--version"]) is None
    assert _command_named(app, ["serch"]) is None and _command_named(app, ["--index", "search"]) is None


def test_a_plain_command_line_runs_without_typer(samples_index: Path, tmp_path: Path) -> None:
    """search, show and stats as a script runs them: typer (and click within it) is not
    imported, its import and the building of the command cost ~30 ms at every start (issue 12);
    a mistake still goes to typer, which says what it always said."""
    index = ["--index", str(samples_index)]
    status, output, modules = _run_main(["search", "olst", *index], tmp_path)
    assert status == 0 and _any_of(modules, WITHOUT_TYPER + WHOOSH_UNUSED + PLAIN_SEARCH_UNUSED) == []
    status, output, modules = _run_main(["search", "olst", "--json", *index], tmp_path)
    assert status == 0 and _any_of(modules, WITHOUT_TYPER + WHOOSH_UNUSED) == []
    article_id = json.loads(output)["hits"][0]["id"]
    for args in (["show", article_id, *index], [*index, "stats"], ["search", "olst", "-n", "1", "-f", "csv", *index]):
        status, output, modules = _run_main(args, tmp_path)
        assert status == 0 and _any_of(modules, ("typer",)) == [], args
        assert _any_of(modules, TUI + INDEXING + HTML_READERS + NOT_AT_ALL + RICH) == [], args
    status, output, modules = _run_main(["search", "olst", "-n", "0", *index], tmp_path)
    assert status == 2 and "Invalid value for '--limit'" in output and "typer" in modules


def test_help_is_typer_s_text_without_typer(tmp_path: Path) -> None:
    """`tuiarchive --help` and `tuiarchive CMD --help` print typer's help from the same
    declarations without importing typer (commandhelp.py; typer's import and building the app
    were ~20 ms of a ~85 ms --help, issue 12): the same text at every width click wraps to, and
    no module loaded beyond what the command line's own import loads."""
    from tuiarchive.cli import app

    cases = [["--help"], *([info.name, "--help"] for info in app.registered_commands)]
    widths = ("20", "63", "80", "200")  # click: min(width, 80) - 2, at least 50
    # every width from one interpreter: each run sets COLUMNS in its own forked process (one start, not four)
    runs = [(width, args) for width in widths for args in cases]
    sized = [
        (f"import os\nos.environ['COLUMNS'] = {width!r}\n{code}", args)
        for width, args in runs
        for code in ("app()", "main()")
    ]
    answers = iter(_run_forked(sized, {}))
    by_width: dict[str, list[str]] = {}
    for (columns, args), whole, lean in zip(runs, answers, answers, strict=True):
        assert lean == whole, (columns, args)
        assert whole.startswith("0\nUsage: tuiarchive "), (columns, args)
        by_width.setdefault(columns, []).append(whole)
    assert by_width["63"] != by_width["200"]  # each run's width was the one it set
    # what every command loads (the entry point, its pattern cache, the command line)
    _, _, imported = _modules_after("import tuiarchive.__main__, tuiarchive.patterncache, tuiarchive.cli", tmp_path)
    for args in (["--help"], ["search", "--help"], ["browse", "--help"]):
        status, output, modules = _run_main(args, tmp_path)
        assert status == 0 and output.startswith("Usage: tuiarchive "), args
        assert modules - imported == {"tuiarchive.commandhelp", "textwrap"}, args
    # started with stdout closed (`tuiarchive --help >&-`): nothing said, status 0, as typer (click's echo) ends
    for code in ("from tuiarchive.cli import app\napp(['--help'], prog_name='tuiarchive')", _ENTRY_POINT_HELP):
        done = subprocess.run(
            ["sh", "-c", 'exec "$0" -c "$1" >&-', sys.executable, code], capture_output=True, text=True
        )
        assert (done.returncode, done.stderr) == (0, ""), (code, done.stderr)


_ENTRY_POINT_HELP = "import sys\nsys.argv = ['tuiarchive', '--help']\nfrom tuiarchive.__main__ import run\nrun()"


def test_a_reindex_that_finds_nothing_to_do_loads_no_shutil(samples_copy: Path, tmp_path: Path) -> None:
    """As the installed script runs it (no typer, which imports shutil itself): shutil and the
    bz2 and lzma it loads (~2 ms) come only when a run has a folder to remove (issue 12)."""
    index = tmp_path / "ix"
    status, output, modules = _run_main(["index", "--index", str(index), "-j", "1", str(samples_copy)], tmp_path)
    assert status in (0, 1), output
    status, output, modules = _run_main(["index", "--index", str(index)], tmp_path)
    assert status in (0, 1) and output.startswith("0 added, 0 updated, 0 removed, "), output
    assert _any_of(modules, ("shutil", "bz2", "lzma", "typer")) == []
