"""Set-up and tasks on a fresh machine that has only Python 3.11+.

    python3 tasks.py run [PATH]   start the dashboard (on seeds/ unless PATH is given)
    python3 tasks.py test         check the code (ruff lint and format, mypy), compile the extractor
                                  when its sources changed, then run the tests (with pytest
                                  arguments: only those tests, no checks, nothing compiled)
    python3 tasks.py compile      compile the extractor with mypyc (nearly twice as fast; needs a
                                  C compiler): analysis builds of an archive use it from then on

Both install uv if it is missing and create .venv from uv.lock first (uv sync --frozen).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def uv() -> list[str]:
    found = shutil.which("uv")
    if found:
        return [found]
    try:
        subprocess.run([sys.executable, "-m", "uv", "--version"], check=True, capture_output=True)
    except (subprocess.CalledProcessError, FileNotFoundError):
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--user", "uv"], check=True)
    return [sys.executable, "-m", "uv"]


def sync() -> None:
    subprocess.run([*uv(), "sync", "--frozen", "--quiet"], cwd=ROOT, check=True)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "compile"):
        print(__doc__)
        return 2
    sync()
    python = str(ROOT / ".venv" / "bin" / "python")
    if argv[0] == "run":
        command = [python, "-m", "components.serve", "--", *argv[1:]]  # (streamlit run app.py)
    elif argv[0] == "compile":
        command = [python, "-c", COMPILE, *argv[1:]]
    else:
        if not argv[1:]:
            # (then the tests run on the compiled extractor, and test_native compares it with the
            # plain Python one; on a machine without a C compiler they run on plain Python)
            steps = [[python, "-m", *check] for check in CHECKS] + [[python, "-c", COMPILE, "--when-changed"]]
            for step in steps:
                if subprocess.run(step, cwd=ROOT).returncode:
                    print(f"tasks.py: {' '.join(step[2:])} failed", file=sys.stderr)
                    return 1
        command = [python, "-m", "pytest", *argv[1:]]
    return subprocess.run(command, cwd=ROOT, env=os.environ.copy()).returncode


# What CI (and `tasks.py test`) checks before the tests: lint, format, types.
CHECKS = (["ruff", "check", "."], ["ruff", "format", "--check", "."], ["mypy"])
COMPILE = "import sys; from analysis.native import main; sys.exit(main(sys.argv[1:]))"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
