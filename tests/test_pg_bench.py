"""benchmarks/postgres.py's options: a run that skips the build measures an archive built earlier."""

from __future__ import annotations

import pytest

from benchmarks import postgres


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--phases", "queries"], "give --work"),
        (["--phases", "queries", "--work", "w", "--engines", "postgresql"], "--url for postgresql"),
        (["--phases", "build,typing"], "--phases: some of build,queries,app,busy"),
    ],
)
def test_phases_without_a_build_need_the_archive_built_earlier(argv, said, capsys):
    with pytest.raises(SystemExit) as stopped:
        postgres.main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "error: --phases" in err and said.split()[-1] in err, err
