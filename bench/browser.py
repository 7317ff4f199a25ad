"""What a person waits for: the dashboard in headless Chromium, timed from each action until the
page has settled (the script has finished, no element is stale, the charts are drawn).

    python bench/browser.py --store STORE.duckdb          (a store you built)
    python bench/browser.py --limit 3000                  (builds one of the first N bulk articles)

Prints the seconds of: the first view on a fresh server (the store opened), in a new session
(the server warm) and for a reader coming back (the browser's cache warm), a filter change of
each kind (kind, topic, speaker, search: from the choice of the option the typed text found,
or the Enter after a search), a change of the table's page, selecting a
row until its quote is shown in the reader, opening another tab of charts, the language switch,
and the one-click PNG export.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bulk import DEFAULT_CORPUS, slice_corpus  # noqa: E402
from components.export import chromium_path  # noqa: E402

# The page has settled: the script ran to its end, nothing is left stale, and every chart has
# drawn its plot.
SETTLED = """() => {
  const app = document.querySelector('[data-testid=stApp]');
  return app && app.getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector('[data-stale=true]')
    && document.querySelectorAll('.js-plotly-plot .main-svg').length > 0;
}"""
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(store: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {
        **os.environ,
        "QAWL_CORPUS": str(store),
        "STREAMLIT_SERVER_HEADLESS": "true",
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    }
    command = [sys.executable, "-m", "components.serve", "--server.port", str(port)]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(240):
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                return process, url
        except OSError:
            time.sleep(0.5)
    process.kill()
    sys.exit("the dashboard did not start")


# Counts the script's runs as the page sees them (each time the app's state turns to running),
# so that an action is timed until the run it caused has settled, however quick it was.
COUNT_RUNS = """
window.__qawlRuns = 0;
let qawlState = null;
setInterval(() => {
  const state = document.querySelector('[data-testid=stApp]')?.getAttribute('data-test-script-state');
  if (state === 'running' && qawlState !== 'running') window.__qawlRuns++;
  qawlState = state;
}, 5);
"""


def runs(page) -> int:
    return page.evaluate("() => window.__qawlRuns")


def settle(page, started: float, runs_before: int | None = None) -> float:
    """Seconds from `started` until the page has settled, after a run beyond `runs_before`
    has begun (when given)."""
    if runs_before is not None:
        page.wait_for_function(f"() => window.__qawlRuns > {runs_before}", timeout=600_000, polling="raf")
    page.wait_for_function(SETTLED, timeout=600_000, polling="raf")
    return time.perf_counter() - started


def first_view(browser, url: str, context=None) -> float:
    """Seconds until the page has settled, in a new browser (cold cache) or in `context` (a
    reader coming back: its cache holds the page's scripts)."""
    page = (context or browser).new_page(**({} if context else {"viewport": {"width": 1400, "height": 1000}}))
    page.add_init_script(COUNT_RUNS)
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_selector('[data-testid="stDataFrame"]', timeout=600_000)
    seconds = settle(page, started)
    page.close()
    return seconds


def type_into(page, index: int, text: str) -> None:
    """Type `text` into the index-th filter (its options narrow to those containing it)."""
    box = page.locator('[data-testid="stMultiSelect"]').nth(index)
    box.click()
    page.keyboard.type(text)


def take_first(page) -> None:
    """Take the first option the typed text left, and close the list."""
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")


def clear_filters(page) -> None:
    clear = page.locator('[data-testid="stMultiSelect"] [aria-label="Clear all"]')
    while clear.count():
        before = runs(page)
        clear.first.click()
        settle(page, time.perf_counter(), before)


def timings(browser, url: str, speaker: str) -> dict[str, float]:
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page.add_init_script(COUNT_RUNS)
    page.goto(url)
    page.wait_for_selector('[data-testid="stDataFrame"]', timeout=600_000)
    settle(page, time.perf_counter())
    found: dict[str, float] = {}

    def timed(name: str, action) -> None:
        before = runs(page)
        started = time.perf_counter()
        action()
        found[name] = settle(page, started, before)

    # A filter is timed from the choice of its option (the typing that found it is the
    # reader's own time, not a wait)
    for name, index, text in (("kind", 3, "direct"), ("topic", 1, "Rafah"), ("speaker", 0, speaker)):
        type_into(page, index, text)
        timed(f"filter: {name}", lambda: take_first(page))
    search = page.locator('[data-testid="stTextInput"] input').first
    search.fill("المساعدات")
    timed("filter: search", lambda: search.press("Enter"))
    before = runs(page)
    search.fill("")
    search.press("Enter")
    settle(page, time.perf_counter(), before)
    clear_filters(page)  # (untimed: the next changes start from the whole store)
    step = page.locator('[data-testid="stNumberInput"] button[data-testid="stNumberInputStepUp"]').first
    if step.count():
        timed("next table page", lambda: step.click())
    grid = page.locator('[data-testid="stDataFrame"]').last
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()

    def select_row() -> None:
        page.mouse.click(box["x"] + 15, box["y"] + 52)
        page.wait_for_selector("#qawl-focus", timeout=600_000)

    timed("row → reader", select_row)
    timed("chart tab", lambda: page.get_by_role("tab", name="Over time").click())
    timed("language switch", lambda: page.get_by_text("English", exact=True).first.click())
    page.locator('[data-testid="stSidebar"]').get_by_text("Export").click()
    started = time.perf_counter()
    with page.expect_download(timeout=600_000) as download:
        page.locator('[data-testid="stSidebar"]').get_by_text("speakers.png").click()
    download.value.path()
    found["PNG export (one click)"] = time.perf_counter() - started
    page.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a built store (else one is built)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=3000, help="articles of the store built")
    parser.add_argument("--speaker", default="نتنياهو", help="a speaker typed into the filter")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        store = args.store
        if store is None:
            store = Path(folder) / "bench.duckdb"
            source = Path(folder) / "slice.jsonl"
            articles, _ = slice_corpus(args.corpus, args.limit, source)
            subprocess.run(
                [sys.executable, "-m", "analysis", "build", str(source), "--store", str(store), "--quiet"],
                cwd=ROOT,
                check=False,
            )
            print(f"store: the first {articles} articles of {args.corpus.name}")
        else:
            print(f"store: {store}")
        server, url = start_server(store)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium_path(), args=LAUNCH_ARGS)
                cold = first_view(browser, url)
                warm = first_view(browser, url)
                print(f"first view: {cold:.2f} s on a fresh server, {warm:.2f} s in a new session")
                returning = browser.new_context(viewport={"width": 1400, "height": 1000})
                first_view(browser, url, returning)
                again = first_view(browser, url, returning)
                returning.close()
                print(f"first view of a returning reader (scripts cached): {again:.2f} s")
                for name, seconds in timings(browser, url, args.speaker).items():
                    print(f"{name}: {seconds:.2f} s")
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
