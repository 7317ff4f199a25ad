"""Starting the dashboard: the page is run once before the server answers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from components.serve import warm

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_warming_runs_the_page_on_the_given_path_and_leaves_the_arguments_as_they_were(capsys):
    arguments = list(sys.argv)
    warm(["--server.port", "8599", "--", str(SEEDS)])
    assert sys.argv == arguments
    assert "not warmed" not in capsys.readouterr().err


def test_a_page_that_cannot_be_read_is_reported_by_the_page_not_by_the_warming(tmp_path, capsys):
    damaged = tmp_path / "archive.duckdb"
    damaged.write_bytes(b"not a store")
    warm(["--", str(damaged)])  # (the page shows the problem to its reader; nothing is raised)
    assert "not warmed" not in capsys.readouterr().err


def test_the_extractor_is_loaded_before_the_server_answers():
    # (in a process of its own: in this one another test has loaded the lexicons already)
    probe = (
        "from analysis.cues import cue_lexicon; from analysis.speakers import speaker_lexicon;"
        "from components.loading import load_extractor; load_extractor();"
        "print(cue_lexicon.cache_info().currsize, speaker_lexicon.cache_info().currsize)"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], cwd=SEEDS.parent, capture_output=True, text=True, check=True
    )
    assert found.stdout.split() == ["1", "1"]
