"""The extractor compiled to C with mypyc: the same source, read 1.7–1.9 times as fast.

    python3 tasks.py compile

The hot modules (below) are type-annotated Python that mypyc compiles as they are. The build
goes to `.native/<interpreter>/`, never beside the sources, with a manifest of the digests of the
sources it was made from. Importing `analysis` puts the build in front of the sources only when
every one of them is byte for byte the one compiled — an edited module is never shadowed by an
old build; the package then runs as plain Python, as it also does with QAWL_PURE_PYTHON=1 or
when no build (or no C compiler) is there. `status()` says which runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
# The modules every article passes through (tokens, cues, names, speakers, contents, topics,
# the names an archive learns); the rest (store, CLI, ingest, identity) waits on files and
# DuckDB or runs once per build, where a compiler gains little.
COMPILED = (
    "normalize",
    "lexicon",
    "words",
    "names",
    "segment",
    "cues",
    "speakers",
    "quotes",
    "topics",
    "gazetteer",
    "learn",
    "corpus",
)
BUILD = ROOT / ".native" / f"{sys.implementation.cache_tag}-{sysconfig.get_platform()}"
MANIFEST = BUILD / "sources.json"
GROUP = "qawl_native"  # the shared library of the compiled modules: qawl_native__mypyc
PURE_PYTHON_VARIABLE = "QAWL_PURE_PYTHON"


def source_digests() -> dict[str, str]:
    return {name: hashlib.sha256((PACKAGE / f"{name}.py").read_bytes()).hexdigest() for name in COMPILED}


def build_is_current(manifest: Path = MANIFEST) -> bool:
    """A build exists and was made from the sources as they are now."""
    try:
        made_from = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(made_from, dict) and made_from.get("sources") == source_digests()


def activate(package_path: list[str], manifest: Path = MANIFEST) -> bool:
    """Put a current build in front of the package's sources (called as `analysis` is imported,
    before any of its modules)."""
    if os.environ.get(PURE_PYTHON_VARIABLE) or not build_is_current(manifest):
        return False
    package_path.insert(0, str(BUILD / "analysis"))
    if str(BUILD) not in sys.path:
        sys.path.append(str(BUILD))  # (where the modules find their shared library)
    return True


def is_compiled() -> bool:
    """This process runs the compiled extractor."""
    from analysis import quotes

    return bool(quotes.__file__) and not quotes.__file__.endswith(".py")


def status() -> str:
    """'compiled' when the extractor runs from the build, else why it runs as plain Python."""
    if not is_compiled():
        if os.environ.get(PURE_PYTHON_VARIABLE):
            return f"plain Python ({PURE_PYTHON_VARIABLE} is set)"
        if not MANIFEST.exists():
            return "plain Python (not compiled: python3 tasks.py compile)"
        if not build_is_current():
            return "plain Python (the build is older than the sources: python3 tasks.py compile)"
        return "plain Python (the build was made after this process started)"
    return "compiled (mypyc)"


# The set-up script mypyc runs through setuptools; the modules' paths come in argv.
_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
paths, group, target = sys.argv[1].split(","), sys.argv[2], sys.argv[3]
del sys.argv[1:4]
setup(name="qawl-native", py_modules=[], packages=[],
      ext_modules=mypycify(paths, group_name=group, target_dir=target, multi_file=True))
"""


class BuildFailed(RuntimeError):
    pass


def build(quiet: bool = False) -> Path:
    """Compile the modules into BUILD (a few minutes); the manifest is written last, with the
    digests read before compiling, so a source edited meanwhile leaves the build unused."""
    digests = source_digests()
    work = ROOT / ".native" / "work"
    started = time.perf_counter()
    command = [
        sys.executable,
        "-c",
        _SETUP,
        ",".join(f"analysis/{name}.py" for name in COMPILED),
        GROUP,
        str(work / "c"),
        "build_ext",
        "--build-lib",
        str(BUILD),
        "--build-temp",
        str(work / "temp"),
        "--parallel",
        str(os.cpu_count() or 1),
    ]
    MANIFEST.unlink(missing_ok=True)
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise BuildFailed(f"mypyc could not compile the extractor:\n{(done.stdout + done.stderr)[-3000:]}")
    MANIFEST.write_text(json.dumps({"sources": digests}, indent=1), encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)  # (the generated C and objects: 30 MB, never read again)
    if not quiet:
        print(f"compiled {len(COMPILED)} modules into {BUILD} in {time.perf_counter() - started:.0f} s")
    return BUILD


def missing_toolchain() -> str | None:
    """What this machine lacks to compile (a C compiler, Python's headers), or None."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "no Python headers (Python.h; Debian: python3-dev)"
    return None


def main(argv: list[str]) -> int:
    """`python3 tasks.py compile [--when-changed]`: build; with --when-changed only when the
    sources changed since the last build, and a machine that cannot compile only says so."""
    when_changed = "--when-changed" in argv
    if when_changed and build_is_current():
        return 0
    lacking = missing_toolchain()
    if lacking is not None:
        print(f"qawl: {lacking}: the extractor runs as plain Python (not compiled)", file=sys.stderr)
        return 0 if when_changed else 1
    if when_changed:
        print("qawl: compiling the extractor for these sources (about two minutes)", file=sys.stderr)
    try:
        build()
    except (BuildFailed, OSError) as problem:
        print(f"qawl: {problem}", file=sys.stderr)
        return 1
    return 0
