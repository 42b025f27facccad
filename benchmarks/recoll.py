"""recoll beside us: recollindex and recollq on a private configuration folder."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from .processes import Run, run_timed, tree_size_mb


class Recoll:
    """recollindex/recollq on a private configuration folder."""

    def __init__(self) -> None:
        self.index_bin = shutil.which("recollindex")
        self.query_bin = shutil.which("recollq")
        self.version = ""
        if self.available:
            probe = subprocess.run([self.query_bin, "-v"], capture_output=True, text=True, check=False)  # type: ignore[list-item]
            self.version = next((ln for ln in (probe.stdout + probe.stderr).splitlines() if "Recoll" in ln), "recoll")

    @property
    def available(self) -> bool:
        return bool(self.index_bin and self.query_bin)

    @staticmethod
    def configure(conf_dir: Path, topdir: Path) -> None:
        shutil.rmtree(conf_dir, ignore_errors=True)
        conf_dir.mkdir(parents=True)
        (conf_dir / "recoll.conf").write_text(f"topdirs = {topdir}\n", encoding="utf-8")

    def index(self, conf_dir: Path) -> Run:
        return run_timed([self.index_bin, "-c", str(conf_dir)])  # type: ignore[list-item]

    def query(self, conf_dir: Path, text: str) -> Run:
        return run_timed([self.query_bin, "-c", str(conf_dir), "-n", "20", text])  # type: ignore[list-item]

    @staticmethod
    def size_mb(conf_dir: Path) -> float:
        return tree_size_mb(conf_dir / "xapiandb")

    @staticmethod
    def count(run: Run) -> int:
        line = next((ln for ln in run.stdout.splitlines() if " results" in ln), "0")
        word = line.split()[0]
        return int(word) if word.isdigit() else 0


def _existing(conf: Path, wanted: bool) -> Path | None:
    """recoll's configuration, when recoll runs and its index was built."""
    return conf if wanted and (conf / "xapiandb").is_dir() else None
