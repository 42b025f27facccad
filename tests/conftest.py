"""Shared test fixtures.

The corpora in ../shared are publishers' copyright: tests read them where they lie (or copy
them into tmp_path before changing anything) and never commit them. In CI (CI=true) their
absence is a failure; elsewhere the tests that need them are skipped.
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tuiarchive.indexer.workers import WORKER_GC_THRESHOLD

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TUIARCHIVE_SHARED", REPO.parent / "shared"))
SAMPLES = REPO / "samples"
FIXTURE_PAGES = REPO / "tests" / "fixtures" / "pages"


# The files that take longest, handed out to the xdist workers first and in this order
# (pyproject: --dist loadfile --no-loadscope-reorder); the rest follow in their usual order.
# xdist's own order (most tests first) left the one-test kill files for last: one worker ran
# a long file alone after the other had finished.
SLOW_FILES_FIRST = (
    "test_formats_web_pages.py",
    "test_app.py",
    "test_memory.py",
    "test_robustness.py",
    "test_fuzz_search.py",
    "test_kills_late.py",
    "test_fuzz.py",
    "test_formats_containers.py",
    "test_benchmarks_smoke.py",
    "test_evaluation.py",
    "test_pg_engine.py",
    "test_index.py",
    "test_search.py",
    "test_timeline.py",
    "test_benchmarks_startup.py",
)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto`: one worker more than the cores. The app, kill and server tests spend much of
    their time waiting (timers, subprocesses, PostgreSQL), and a third worker fills those waits:
    on 2 cores, 742 tests 2:08 -> 1:41 alone and 3:28 -> 2:51 beside a 2-worker index build.
    PYTEST_XDIST_AUTO_NUM_WORKERS still decides when set."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own hook reads it
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return cores + 1


TEST_GC_THRESHOLD = WORKER_GC_THRESHOLD  # as the indexer's workers


@pytest.hookimpl(tryfirst=True)  # before pytest's own reads --basetemp
def pytest_configure(config: pytest.Config) -> None:
    """The cycle collector runs less often in the test processes: a worker holds what all its
    tests have loaded (textual, the parser's models, hypothesis), and at the default threshold
    (700) its full collections walked it again and again: 4.5 s of 45 s of CPU in test_index,
    test_app, test_formats_web_pages and test_evaluation (-n 0), 1.1 s at 10,000. Collections
    still run (a cycle is still freed); a test about collection calls gc.collect() itself."""
    _a_folder_of_its_own(config)
    gc.set_threshold(TEST_GC_THRESHOLD, 10, 10)
    _one_collection_at_the_end(config)
    _load_hypothesis_profile()


END_COLLECTIONS = 1


def _one_collection_at_the_end(config: pytest.Config) -> None:
    """pytest looks for exceptions raised in finalizers (an "Exception ignored in ..." warning)
    after full collections at the end of each process: five by default, where one finds them
    all here. A worker's first frees what its tests left (~1 M objects, ~1.5 s of CPU) and each
    further one walked the ~360 k objects still alive for nothing (~0.3 s each, freeing 0:
    measured at the end of test_app + test_memory + test_evaluation, -n 0). Under load those
    seconds at a worker's end were long enough for a SIGINT to land in one of them. Per-test
    checks are pytest's as before; a pytest without the key keeps its five."""
    try:
        from _pytest.unraisableexception import gc_collect_iterations_key
    except ImportError:
        return
    config.stash[gc_collect_iterations_key] = END_COLLECTIONS


_ENDED_RUNS_REMOVAL = pytest.StashKey[threading.Thread]()


def _a_folder_of_its_own(config: pytest.Config) -> None:
    """The run's temporary files go in a folder of its own, and the folders of ended runs are
    removed beside the run (tests/run_folders.py): pytest's shared numbered folders were removed
    under a running run by others' clean-up, and removing one after the summary was ~45 s of
    sleep on a busy machine. Not in an xdist worker (its folder is in the controller's), nor when
    the command names a --basetemp."""
    if hasattr(config, "workerinput") or config.option.basetemp:
        return
    from tests.run_folders import new_run_folder, remove_ended_runs, temporary_root

    folder = new_run_folder()
    config.option.basetemp = str(folder / "tmp")  # pytest makes it (and would empty it: not the marker's)
    removal = threading.Thread(target=remove_ended_runs, args=(temporary_root(),), name="ended-runs", daemon=True)
    removal.start()
    config.stash[_ENDED_RUNS_REMOVAL] = removal


def pytest_unconfigure(config: pytest.Config) -> None:
    removal = config.stash.get(_ENDED_RUNS_REMOVAL, None)
    if removal is not None:
        removal.join()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: n for n, name in enumerate(SLOW_FILES_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: a file's tests keep their order


def pytest_collection_finish(session: pytest.Session) -> None:
    if any(getattr(getattr(item, "obj", None), "is_hypothesis_test", False) for item in session.items):
        _hypothesis_random_registered_now()


def _hypothesis_random_registered_now() -> None:
    """hypothesis registers its own random number generator at the first example a process runs, and
    checks it with a full collection and a walk of every object (gc.get_referrers, register_random).
    A worker's first fuzz test came after the app's or the parser's files had filled its heap: the
    same test took 0.7 s of CPU after test_memory against 0.2 s alone (-n 0), 1.5 s in a suite's
    worker. Here, after collection, the heap is small: one example of a test that draws nothing."""
    from hypothesis import given, settings, strategies

    @settings(max_examples=1, database=None, deadline=None)
    @given(strategies.none())
    def draws_nothing(_: None) -> None:
        pass

    draws_nothing()


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip (fail in CI) when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"shared data missing: {path}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


FUZZ_SCALE_VARIABLE = "TUIARCHIVE_FUZZ_SCALE"


# Every property test's example has this deadline: it catches a hang. It is generous because a busy
# machine (CI beside other work, the suite on every core) made 2 s examples take 5.5 s, and
# hypothesis's own 200 ms failed tests that set no deadline of their own (test_parser_pieces, at
# load ~10). Speed is the benchmarks' job. Loaded as hypothesis's default profile at start.
PROPERTY_DEADLINE_S = 30
HYPOTHESIS_PROFILE = "tuiarchive"


def _load_hypothesis_profile() -> None:
    from datetime import timedelta

    from hypothesis import HealthCheck, settings

    settings.register_profile(
        HYPOTHESIS_PROFILE,
        deadline=timedelta(seconds=PROPERTY_DEADLINE_S),
        suppress_health_check=[HealthCheck.too_slow],
    )
    settings.load_profile(HYPOTHESIS_PROFILE)


def fuzz(examples: int):
    """Hypothesis settings for the property tests: `examples` of them (the deadline and health
    checks are the default profile's, above).

    The counts are what every suite run can afford; for a longer hunt, multiply them with
    TUIARCHIVE_FUZZ_SCALE (e.g. `TUIARCHIVE_FUZZ_SCALE=10 python -m pytest tests/test_fuzz*.py`)."""
    from hypothesis import settings

    try:
        scale = float(os.environ.get(FUZZ_SCALE_VARIABLE) or 1)
    except ValueError:
        raise pytest.UsageError(f"{FUZZ_SCALE_VARIABLE} must be a number") from None
    count = max(1, round(examples * scale))
    return settings(max_examples=count)


@pytest.fixture(autouse=True)
def private_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Tests never read or write the user's real data folder (default index, app memory),
    and an index chosen in the environment running the tests does not leak in. A folder of its own
    under the run's temporary folder, not made: the product makes it when it first writes there
    (as for a new user), ~70 tests of ~2,600. Made for every test, these empty folders were ~2,500
    of a run's ~3,500, and a folder costs ~5 ms to remove on the session machines (tests/old_runs.py).
    Named, not numbered: tmp_path_factory.mktemp numbers a folder by listing the run's folder."""
    folder = tmp_path_factory.getbasetemp() / f"user-data-{uuid.uuid4().hex[:16]}"
    monkeypatch.setenv("TUIARCHIVE_DATA", str(folder))
    monkeypatch.delenv("TUIARCHIVE_INDEX", raising=False)
    return folder


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files Archive.article parses (the real parse runs; each call is written down)."""
    import tuiarchive.formats  # here, not at the top: the suite's own start loads no parser

    parse_file = tuiarchive.formats.parse_file
    seen: list[str] = []

    def counted(path: str, *args: object, **kwargs: object) -> object:
        seen.append(Path(path).name)
        return parse_file(path, *args, **kwargs)

    monkeypatch.setattr(tuiarchive.formats, "parse_file", counted)
    return seen


def _run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder every process of the run shares: an xdist worker's own folder is inside it."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def samples_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the shipped samples (read-only for tests), built once per run by the first
    process that asks and copied into each xdist worker's folder (~2 ms, not the ~0.4 s of CPU
    a build took in each of the three workers). The samples lie where they are, so the copy
    names them as a build of its own would."""
    import fcntl

    from tuiarchive.indexer import update_index

    run = _run_folder(tmp_path_factory)
    built = run / "samples-index-built"
    with open(run / "samples-index.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one builder; the others wait for its index
        if not built.is_dir():
            partial = run / f"samples-index-{uuid.uuid4().hex[:8]}"
            update_index(partial, [SAMPLES], workers=1)
            partial.rename(built)  # whole or not there: a build cut off is not taken for one
    index_dir = tmp_path_factory.mktemp("samples-index")
    shutil.copytree(built, index_dir, dirs_exist_ok=True)
    return index_dir


@pytest.fixture
def samples_copy(tmp_path: Path) -> Path:
    """A private copy of the samples that a test may change."""
    target = tmp_path / "articles"
    shutil.copytree(SAMPLES, target)
    return target


@pytest.fixture(scope="session")
def _samples_built_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("samples-built")
    articles = folder / "articles"
    shutil.copytree(SAMPLES, articles)
    from tuiarchive.indexer import update_index

    update_index(folder / "index", [articles], workers=1)
    return articles, folder / "index"


@pytest.fixture
def samples_built(_samples_built_once: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """(articles, index): a copy of the samples a test may change (as samples_copy) and an
    index of it a test may change, as `update_index(index, [articles], workers=1)` leaves them.
    The index is built once per worker and copied for each test (~2 ms, not ~0.4 s of CPU).
    Article ids hash the absolute path, so the articles lie at one path per worker (outside
    tmp_path), put back as shipped (same bytes and mtimes) before each test."""
    articles, built = _samples_built_once
    shutil.rmtree(articles, ignore_errors=True)  # (or moved away by the test before)
    shutil.copytree(SAMPLES, articles)
    index_dir = tmp_path / "ix"
    shutil.copytree(built, index_dir)
    return articles, index_dir


async def settled(pilot, *, rounds: int = 500) -> None:
    """Wait until the app shows what was last asked of it (no search or article on its way,
    no worker running): a state, not a time, so a busy machine only makes it slower."""
    from textual.widgets import Input
    from textual.worker import WorkerCancelled

    app = pilot.app
    for field in app.query(Input):
        field.cursor_blink = False  # a blinking caret is drawn or not by the clock: screens would differ
    for _ in range(rounds):
        await pilot.pause()
        with contextlib.suppress(WorkerCancelled):  # a superseded search winding down: not this wait's
            await app.workers.wait_for_complete()
        await pilot.pause()
        if app.settled and not any(w.is_running for w in app.workers):
            return
        await pilot.pause(0.01)
    raise AssertionError("the app did not settle")


async def until(pilot, condition: Callable[[], bool], rounds: int = 500) -> bool:
    """Whether `condition()` holds, paused for up to `rounds` turns of the app: a screen is pushed or
    popped some turns after its key (the flake watch of session 35, load ~15: the help screen still
    on top right after Escape), so a test waits for the state, not a time."""
    for _ in range(rounds):
        if condition():
            return True
        await pilot.pause()
    return condition()


# ---------------------------------------------------------------------- PostgreSQL
def _no_postgres(reason: str):
    """Skip a test of the PostgreSQL engine with the reason; in CI (CI=true), fail it."""
    message = f"no PostgreSQL server for the tests: {reason}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory):
    """A PostgreSQL server for this test run ($TUIARCHIVE_TEST_PG, else a throwaway cluster:
    under pytest-xdist one for all the workers, in the folder they share; stopped at the end);
    see tests/pg_server.py."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _no_postgres("psycopg is not installed (pip install -e '.[test]')")
    from tests import pg_server as pg

    given = os.environ.get("TUIARCHIVE_TEST_PG")
    with contextlib.ExitStack() as stack:
        try:
            if given:
                server = pg.from_environment(given)
            elif os.environ.get("PYTEST_XDIST_WORKER"):
                server = stack.enter_context(pg.shared(tmp_path_factory.getbasetemp().parent))
            else:
                server = pg.start()
                stack.callback(server.stop)
        except pg.NoServer as exc:
            _no_postgres(str(exc))
        except Exception as exc:  # the given server refused us: say so in one line
            _no_postgres(f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
        yield server


@pytest.fixture
def pg_url(pg_server, _pg_empty_archive: str) -> Iterator[str]:
    """A connection string to a database of its own (dropped afterwards) holding an empty archive:
    the engine's tables as PostgresEngine.create makes them in an empty database, no article (the
    first load still takes the bulk path: it asks whether `articles` is empty). Copied from one made
    once per run (_pg_empty_archive): the schema made again in every such test's database (~1,600
    CREATE INDEX a run, partitions' included) was the biggest part of the server's CPU.
    pg_empty_url is a database with no tables at all."""
    name = pg_server.new_database(copy_of=_pg_empty_archive)
    yield pg_server.url(name)
    with contextlib.suppress(Exception):
        pg_server.drop_database(name)


@pytest.fixture
def pg_empty_url(pg_server) -> Iterator[str]:
    """A connection string to a new, empty database of its own (no tables; dropped afterwards)."""
    name = pg_server.new_database()
    yield pg_server.url(name)
    with contextlib.suppress(Exception):
        pg_server.drop_database(name)


@pytest.fixture(scope="session")
def _pg_empty_archive(pg_server) -> Iterator[str]:
    """The database pg_url copies: made (with rum when the server has it) and given the engine's tables
    by the first worker of the run that asks, as pg_samples is loaded; nobody stays connected to it."""
    from tuiarchive.dburl import DatabaseIndex
    from tuiarchive.engine.postgres.engine import PostgresEngine

    def make_tables(name: str) -> None:
        PostgresEngine.create(DatabaseIndex(pg_server.url(name))).connection.close()

    name = pg_server.database_once("empty-archive", make_tables)
    yield name
    if pg_server.record is None:
        with contextlib.suppress(Exception):
            pg_server.drop_database(name)


def _pg_samples(pg_server, *, rum: bool):
    from tuiarchive.dburl import DatabaseIndex
    from tuiarchive.indexer import update_index

    def fill(name: str) -> None:
        update_index(DatabaseIndex(pg_server.url(name)), [SAMPLES], workers=1)

    # loaded once for the run's workers when they share the server (it goes with the server)
    name = pg_server.database_once(f"samples-rum-{rum}", fill, rum=rum)
    yield DatabaseIndex(pg_server.url(name))
    if pg_server.record is None:
        with contextlib.suppress(Exception):
            pg_server.drop_database(name)


@pytest.fixture(scope="session")
def pg_samples(pg_server):
    """The shipped samples indexed into a database of their own, once per run (read-only
    for tests): the PostgreSQL twin of samples_index. `doc` under RUM when the
    server has the extension (as .ci/run installs it)."""
    yield from _pg_samples(pg_server, rum=True)


@pytest.fixture(scope="session")
def pg_samples_gin(pg_server):
    """pg_samples in a database without the rum extension: `doc` under GIN."""
    yield from _pg_samples(pg_server, rum=False)


@pytest.fixture(scope="session")
def _pg_samples_built_once(pg_server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    from tuiarchive.dburl import DatabaseIndex
    from tuiarchive.indexer import update_index

    folder = tmp_path_factory.mktemp("pg-samples-built")
    articles = folder / "articles"
    shutil.copytree(SAMPLES, articles)
    name = pg_server.new_database()
    update_index(DatabaseIndex(pg_server.url(name)), [articles], workers=1)
    yield articles, name
    with contextlib.suppress(Exception):
        pg_server.drop_database(name)


@pytest.fixture
def pg_samples_built(_pg_samples_built_once: tuple[Path, str], pg_server) -> Iterator[tuple[Path, str]]:
    """(articles, url): samples_built on PostgreSQL: a copy of the samples a test may change
    and a database of its own (dropped afterwards) as `update_index(DatabaseIndex(url),
    [articles], workers=1)` leaves it, copied (CREATE DATABASE ... TEMPLATE) from one built
    once per worker: a load of the samples cost the server ~0.7 s of CPU, a copy ~0.05 s."""
    articles, built = _pg_samples_built_once
    shutil.rmtree(articles, ignore_errors=True)
    shutil.copytree(SAMPLES, articles)
    name = pg_server.new_database(copy_of=built)
    yield articles, pg_server.url(name)
    with contextlib.suppress(Exception):
        pg_server.drop_database(name)


@pytest.fixture(params=["whoosh", "postgresql", "postgresql-gin"])
def any_samples(request):
    """The samples' archive on each engine in turn: a folder (whoosh) or a database (with
    RUM when the server has it, and without)."""
    fixture = {"whoosh": "samples_index", "postgresql": "pg_samples", "postgresql-gin": "pg_samples_gin"}
    return request.getfixturevalue(fixture[request.param])
