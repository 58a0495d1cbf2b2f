"""Committed notebook outputs read the same on every machine: no machine paths, no run timestamps."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from trialink.sources.local import source_name

ROOT = Path(__file__).resolve().parents[1]
_ABSOLUTE = re.compile(r"(?<![A-Za-z0-9_.:/])/(?:home|tmp|root|Users|work|var|private)/")
_TIMESTAMP = re.compile(r'"(?:iopub\.execute_input|iopub\.status\.busy|shell\.execute_reply)"|"start_time"|"end_time"')


def _tracked_outputs() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "notebooks"], cwd=ROOT, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [ROOT / f for f in out.stdout.split() if f.endswith((".ipynb", ".csv", ".json", ".txt"))]


def test_committed_notebook_outputs_hold_no_machine_paths_or_timestamps() -> None:
    files = _tracked_outputs()
    assert any(f.suffix == ".ipynb" for f in files)
    here = str(ROOT.parent)
    offenders = []
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        if here in text or _ABSOLUTE.search(text):
            offenders.append(f"{f.relative_to(ROOT)}: machine path")
        if f.suffix == ".ipynb" and _TIMESTAMP.search(text):
            offenders.append(f"{f.relative_to(ROOT)}: execution timestamp")
    assert offenders == []


def test_a_corpus_file_is_named_relative_to_the_corpus(corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    monkeypatch.setenv("TRIALINK_CORPUS", str(corpus))
    assert source_name(corpus / "ctgov" / "v2" / "NCT00791778.json") == "corpus:ctgov/v2/NCT00791778.json"
    outside = tmp_path / "mine.json"
    assert source_name(outside) == str(outside)
    monkeypatch.delenv("TRIALINK_CORPUS")
    assert source_name(outside) == str(outside)


def test_without_the_setting_a_corpus_beside_the_checkout_is_found_from_its_notebooks_folder(
        corpus: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # As under `make test`, whose notebooks (nbmake) run in notebooks/ with TRIALINK_CORPUS unset:
    # outputs must still name corpus files relative to the corpus, never by a machine path.
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "corpus").symlink_to(corpus, target_is_directory=True)
    (tmp_path / "checkout" / "notebooks").mkdir(parents=True)
    monkeypatch.delenv("TRIALINK_CORPUS", raising=False)
    monkeypatch.chdir(tmp_path / "checkout" / "notebooks")
    f = tmp_path / "shared" / "corpus" / "ctgov" / "v2" / "NCT00791778.json"
    assert source_name(f) == "corpus:ctgov/v2/NCT00791778.json"


def test_records_read_from_the_corpus_carry_corpus_relative_provenance(corpus: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import trialink as tl

    monkeypatch.setenv("TRIALINK_CORPUS", str(corpus))
    (trial,) = list(tl.read_records(corpus / "ctgov" / "v2" / "NCT00791778.json"))
    assert trial.provenance.source == "corpus:ctgov/v2/NCT00791778.json"
    assert os.sep + "shared" not in trial.provenance.source
