"""Benchmark on the bulk corpus: analysis speed, memory, store size, store and page timings.

    python bench/bulk.py [--corpus ../shared/corpus/bulk.jsonl.gz] [--limit N] [--workers N]

Compiles the extractor first when its sources changed (analysis.native) and says whether it runs
compiled. Prints: articles/s and MB/s of the analysis on 1 core and on all cores (a fresh build each),
peak memory of each build, store size, a re-run with nothing changed, the time to open the store
as the dashboard does, and the server-side time of the first view and of a filter change,
measured through Streamlit's AppTest on the built store.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bulk.jsonl.gz"


def slice_corpus(corpus: Path, limit: int | None, target: Path) -> tuple[int, float]:
    """The first `limit` records written to `target` (unless it is the corpus itself);
    (articles, MB of text)."""
    count, chars = 0, 0
    with gzip.open(corpus, "rt", encoding="utf-8") as source, contextlib.ExitStack() as stack:
        out = stack.enter_context(target.open("w", encoding="utf-8")) if target != corpus else None
        for line in source:
            if limit is not None and count >= limit:
                break
            if out is not None:
                out.write(line)
            record = json.loads(line)
            chars += len((record.get("text") or "").encode("utf-8"))
            count += 1
    return count, chars / 1e6


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc), in MB."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
        todo += [int(child) for child in children]
    return total / 1024


def build_command(python: str, paths: list[str], store: Path, workers: int) -> list[str]:
    """The command line of a quiet build of `paths` into `store` by the interpreter `python`."""
    options = ["--store", str(store), "--workers", str(workers), "--quiet"]
    return [python, "-m", "analysis", "build", *paths, *options]


def timed_build(paths: list[str], store: Path, workers: int) -> tuple[float, float, float]:
    """Seconds, CPU seconds and peak resident memory (MB, the build process and its workers
    together, sampled every 50 ms) of one build. (CPU time is what a build costs where the wall
    clock is not: on a shared machine the same build's seconds vary by a third from run to run.)"""
    command = [*build_command(sys.executable, paths, store, workers), "--max-bytes", str(1 << 30)]
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, tree_rss_mb(process.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    # (the build's workers are its children, waited for by it, so counted in its own usage)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime
    # Exit status 1 means some records were skipped (and named on stderr): the corpus has a
    # few records without text.
    if process.returncode not in (0, 1):
        raise RuntimeError(f"build failed with status {process.returncode}")
    return seconds, cpu, peak


def page_timings(store: Path) -> dict[str, float]:
    """Seconds to open the store as the page does, and server time (AppTest) of the first view,
    of a filter change of each kind, and of turning a page of the quote table."""
    from components.data import Corpus

    start = time.perf_counter()
    Corpus.open(store=str(store))
    timings = {"open store": time.perf_counter() - start}

    os.environ["QAWL_CORPUS"] = str(store)
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=1800)
    start = time.perf_counter()
    app.run()
    timings["first view"] = time.perf_counter() - start
    speaker = app.multiselect(key="speaker").options[0]
    for name, change in (
        ("filter: kind", lambda: app.multiselect(key="kind").set_value(["مباشر · direct"])),
        ("filter: topic", lambda: app.multiselect(key="topic").set_value(["رفح · Rafah"])),
        ("filter: speaker", lambda: app.multiselect(key="speaker").set_value([speaker])),
        ("filter: search", lambda: app.text_input(key="q").input("المساعدات")),
        (
            "clear filters",
            lambda: (
                [app.multiselect(key=key).set_value([]) for key in ("kind", "topic", "speaker")]
                and app.text_input(key="q").input("")
            ),
        ),
        ("next table page", lambda: app.number_input[0].increment()),
    ):
        change()
        start = time.perf_counter()
        app.run()
        timings[name] = time.perf_counter() - start
        if app.exception:
            raise RuntimeError(app.exception[0].message)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="only the first N articles (a quick look)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: not found")

    # (as `tasks.py test` does: an archive is analysed by the compiled extractor where it can be)
    from analysis import native

    if native.main(["--when-changed"]):
        sys.exit("the extractor could not be compiled")
    status = [sys.executable, "-c", "from analysis import native; print(native.status())"]
    print(f"extractor: {subprocess.run(status, cwd=ROOT, capture_output=True, text=True).stdout.strip()}")

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        # The whole corpus is built from its own file (so that the re-run reads it again); a
        # slice is written out first.
        source = folder / "slice.jsonl" if args.limit else args.corpus
        articles, megabytes = slice_corpus(args.corpus, args.limit, source)
        print(f"corpus: {articles} articles, {megabytes:.1f} MB of text ({args.corpus.name})")
        for workers in sorted({1, args.workers}):
            store = folder / f"store-{workers}.duckdb"
            seconds, cpu, peak = timed_build([str(source)], store, workers)
            print(
                f"analysis, {workers} core(s): {seconds:.1f} s, {articles / seconds:.0f} "
                f"articles/s, {megabytes / seconds:.2f} MB/s, CPU {cpu:.1f} s "
                f"({articles / cpu:.0f} articles per CPU second), peak memory {peak:.0f} MB"
            )
        size = store.stat().st_size / 1e6
        print(f"store size: {size:.1f} MB")
        seconds, _, _ = timed_build([str(source)], store, args.workers)
        print(f"re-run, nothing changed: {seconds:.1f} s")
        timings = page_timings(store)
        print(
            f"open store: {timings.pop('open store'):.2f} s; dashboard first view (server): "
            f"{timings.pop('first view'):.2f} s"
        )
        print(
            "server time of a change (AppTest): "
            + "; ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in timings.items())
        )


if __name__ == "__main__":
    main()
