"""The running dashboard in a real headless Chromium (Debian's), driven by Playwright.

What a person sees: charts drawn with Arabic labels in logical order (the browser shapes them),
a filter changed by typing, the share link opened in a fresh page showing the same view,
uploads (a bad file named, the good one analysed), and article text that cannot run script.
Screenshots go to test-output/.
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest

from components.export import chromium_path
from tests.conftest import ROOT, SEED_ARTICLE

pytestmark = pytest.mark.skipif(chromium_path() is None, reason="Chromium is not installed")
playwright = pytest.importorskip("playwright.sync_api")

OUTPUT = ROOT / "test-output"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PRESENTATION_FORMS = range(0xFB50, 0xFF00)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(corpus):
    """The dashboard on `corpus` (a folder, file or store) in a server of its own; its URL."""
    port = free_port()
    env = {
        **os.environ,
        "QAWL_CORPUS": str(corpus),
        "STREAMLIT_SERVER_HEADLESS": "true",
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "components.serve",  # (as `tasks.py run` starts it: streamlit run app.py)
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("the dashboard did not start")
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def server():
    yield from serve(SEED_ARTICLE)


ARCHIVE_ARTICLES = 400


@pytest.fixture(scope="module")
def archive(shared, tmp_path_factory):
    """The dashboard on a store built here from the first few hundred articles of the bulk
    corpus (dated, many speakers: the charts' scale, not the seed's one article)."""
    folder = tmp_path_factory.mktemp("archive")
    articles = folder / "articles.jsonl"
    with gzip.open(shared / "corpus" / "bulk.jsonl.gz", "rt", encoding="utf-8") as corpus:
        articles.write_text("".join(itertools.islice(corpus, ARCHIVE_ARTICLES)), encoding="utf-8")
    store = folder / "archive.duckdb"
    subprocess.run(
        [sys.executable, "-m", "analysis", "build", str(articles), "--store", str(store), "--quiet"],
        cwd=ROOT,
        check=True,
    )
    yield from serve(store)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=chromium_path(), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="ar")
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()


def open_dashboard(page, url):
    page.goto(url)
    page.wait_for_selector('[role="tabpanel"] .js-plotly-plot .main-svg', timeout=90_000)
    page.wait_for_selector('[data-testid="stDataFrame"] [role="gridcell"]', state="attached", timeout=30_000)
    time.sleep(1)


def quote_count(page) -> str:
    return page.locator('[data-testid="stMetricValue"]').nth(1).inner_text()


def screenshot(page, name):
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / name))


def test_dashboard_shows_arabic_charts_table_and_reader(server, page):
    open_dashboard(page, server)
    screenshot(page, "dashboard.png")
    labels = page.locator(".js-plotly-plot text").all_text_contents()
    assert "لويد أوستن" in labels and "مسؤول رفيع بالبنتاغون" in labels  # logical order in DOM
    cells = page.locator('[data-testid="stDataFrame"] [role="gridcell"]').all_inner_texts()
    assert "يوآف غالانت" in cells
    # (a cell with a quotation mark is isolated: FSI…PDI keep its marks at its ends)
    assert any(text.strip("\u2068\u2069").startswith("المفاوضات الرامية للتوصّل") for text in cells)
    visible = page.locator("body").inner_text()
    assert not any(ord(ch) in PRESENTATION_FORMS for ch in visible), "reshaped text on the page"
    page.locator(".qawl-article").scroll_into_view_if_needed()
    screenshot(page, "reader.png")
    assert "بينما نجلس في البنتاغون" in page.locator(".qawl-article").inner_text()
    # The label is drawn with Arabic glyphs joined: its rendered width is narrower than the
    # same letters laid out as isolated forms would be.
    box = page.locator(".js-plotly-plot text", has_text="لويد أوستن").first.bounding_box()
    assert box and box["width"] > 20


def test_charts_draw_with_the_cartesian_bundle_not_streamlits_full_plotly(server, page):
    """The charts' Plotly is the 1.5 MB cartesian bundle from the app's static folder, loaded
    once for the page; Streamlit's 4.7 MB Plotly module is never fetched."""
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    open_dashboard(page, server)
    bundles = [url for url in requested if url.endswith("/app/static/plotly-cartesian.min.js")]
    assert len(bundles) == 1
    assert not [url for url in requested if "PlotlyChart" in url]
    assert page.locator('[role="tabpanel"] .js-plotly-plot').count() == 2


def test_filter_then_shared_link_opens_the_same_view(server, page, browser):
    open_dashboard(page, server)
    assert quote_count(page) == "18"
    speaker = page.locator('[data-testid="stMultiSelect"]').first
    speaker.click()
    page.keyboard.type("لويد")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=stMetricValue]')[1]?.innerText === '5'", timeout=30_000
    )
    assert "speaker=" in page.url
    page.locator('[data-testid="stMain"] [data-testid="stExpander"] summary').first.click()
    code = page.locator('[data-testid="stMain"] .qawl-link').first
    code.wait_for(timeout=10_000)
    link = code.inner_text().strip()
    assert "speaker=" in link
    screenshot(page, "filtered.png")

    fresh = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    open_dashboard(fresh, link.replace("localhost", "127.0.0.1"))
    assert quote_count(fresh) == "5"
    assert "لويد أوستن" in fresh.locator('[data-testid="stMultiSelect"]').first.inner_text()
    screenshot(fresh, "shared-view.png")
    fresh.context.close()


def test_upload_names_a_bad_file_and_keeps_the_good_one(server, page, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(
        "خبر جديد\nقال وزير الخارجية المصري سامح شكري إن المساعدات لم تصل إلى رفح.", encoding="utf-8"
    )
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    open_dashboard(page, server)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([str(good), str(bad)])
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=stMetricValue]')[0]?.innerText === '2'", timeout=60_000
    )
    warning = page.locator('[data-testid="stAlert"]', has_text="bad.jsonl")
    assert "not JSON" in warning.first.inner_text()
    assert quote_count(page) == "19"
    screenshot(page, "upload.png")


def test_script_in_an_article_shows_as_text_and_never_runs(server, page, tmp_path):
    payload = tmp_path / "xss.txt"
    payload.write_text(
        "عنوان <script>alert('t')</script>\n"
        'قال الوزير <img src=x onerror="alert(\'n\')"> إن "<script>window.qawlHacked=1</script>'
        ' المساعدات لم تصل <b onmouseover=alert(1)>هنا</b>".',
        encoding="utf-8",
    )
    open_dashboard(page, server)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(payload))
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=stMetricValue]')[0]?.innerText === '2'", timeout=60_000
    )
    # Searching its words leaves only the uploaded article's quote, which the reader then shows.
    search = page.locator('[data-testid="stTextInput"] input').first
    search.fill("المساعدات لم تصل")
    search.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('.qawl-article')?.innerText.includes('<script>')", timeout=30_000
    )
    article = page.locator(".qawl-article").inner_text()
    assert "<img src=x onerror=" in article
    assert page.evaluate("() => window.qawlHacked") is None
    assert page.dialogs == []
    screenshot(page, "xss.png")


def test_clicking_a_bar_filters_and_selecting_a_row_opens_the_quote(server, page):
    open_dashboard(page, server)
    bar = page.locator(".js-plotly-plot").first.locator(".bars path").nth(1)  # يوآف غالانت, 3
    time.sleep(2)  # plotly attaches its click handlers after the first draw
    box = bar.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=stMetricValue]')[1]?.innerText === '3'", timeout=30_000
    )
    assert "يوآف غالانت" in page.locator('[data-testid="stMultiSelect"]').first.inner_text()
    # the speaker's page opens above the charts
    profile = page.get_by_text("صفحة المتحدث: يوآف غالانت")
    profile.wait_for(timeout=30_000)
    time.sleep(1)
    profile.scroll_into_view_if_needed()
    # Plotly's toolbar, shown on hover, stands above the chart's title, not over it
    chart = page.locator(".st-key-profile_topics .js-plotly-plot")
    chart.hover()
    toolbar = chart.locator(".modebar").bounding_box()
    title = chart.locator(".gtitle").bounding_box()
    assert toolbar and title and toolbar["y"] + toolbar["height"] <= title["y"]
    screenshot(page, "speaker-page.png")
    grid = page.locator('[data-testid="stDataFrame"]').last  # the quote table, after the page's
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + 52)  # the first row's selection box
    page.wait_for_selector(".qawl-article .qawl-focus", timeout=30_000)
    page.locator(".qawl-article").scroll_into_view_if_needed()
    assert page.get_by_text("لماذا هذا المتحدث:").count() == 1  # the extractor's reason, shown
    screenshot(page, "row-selected.png")


def test_hostile_link_and_file_names_render_as_text_and_no_developer_menu(server, page, tmp_path):
    """A link whose parameter names hold Markdown shows them as text (no link, no outside
    image fetched); an uploaded file named like a link is named as text; no Deploy button."""
    fetched = []
    page.on(
        "request",
        lambda request: (
            fetched.append(request.url)
            if urllib.parse.urlparse(request.url).hostname == "evil.example"
            else None
        ),
    )
    query = (
        "?%5B%D8%B3%D8%AC%D9%91%D9%84%20%D8%A7%D9%84%D8%AF%D8%AE%D9%88%D9%84%5D"
        "(https%3A%2F%2Fevil.example%2Flogin)=1&!%5B%5D(http%3A%2F%2Fevil.example%2Fpx.png)=1"
    )
    page.goto(server + "/" + query)
    page.wait_for_selector('[data-testid="stMetricValue"]', timeout=60_000)
    notice = page.locator('[data-testid="stAlert"]', has_text="evil.example").first
    notice.wait_for(timeout=30_000)
    assert "evil.example" in notice.inner_text()
    assert page.locator('[data-testid="stAlert"] a[href*="evil"]').count() == 0
    assert page.locator('img[src*="evil"]').count() == 0
    hostile = tmp_path / "[login](https:evil.example)![x](http:evil.example).jsonl"
    hostile.write_text("{oops\n", encoding="utf-8")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(hostile))
    warning = page.locator('[data-testid="stAlert"]', has_text="jsonl")
    warning.first.wait_for(timeout=60_000)
    assert "[login](https:evil.example)" in warning.first.inner_text()
    assert page.locator('[data-testid="stAlert"] a[href*="evil"]').count() == 0
    # A record whose id, title and speaker are HTML links: the charts and table show them as text.
    link = "<a href='https://evil.example/x'>اضغط</a>"
    record = {"id": link, "title": link, "text": 'عنوان\nقال وزير الصحة إن "المساعدات في رفح لم تصل".'}
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(feed))
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=stMetricValue]')[0]?.innerText === '2'", timeout=60_000
    )
    time.sleep(1)
    page.get_by_role("tab", name="Over time").click()  # the timeline names undated articles by id
    page.wait_for_selector('[data-testid="stTabs"] .js-plotly-plot text', timeout=60_000)
    time.sleep(1)
    assert page.locator('a[href*="evil"]').count() == 0
    labels = page.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot text')].map(t => t.textContent)"
    )
    assert any("<a href=" in label for label in labels)  # the record's id shown as text
    assert page.locator("svg a").count() == 0  # and no link drawn in any chart
    assert fetched == []
    screenshot(page, "hostile-link.png")
    assert page.get_by_text("Deploy", exact=True).count() == 0


STREAMLIT_ENGLISH = (
    "Drag and drop",
    "Browse files",
    "per file",
    "Choose options",
    "Press Enter",
    "No results",
)


def test_the_arabic_page_shows_no_english_widget_text(server, page):
    open_dashboard(page, server)
    search = page.locator('[data-testid="stTextInput"] input').first
    search.fill("رفح")  # (Streamlit would say "Press Enter to apply" under it)
    time.sleep(1)
    shown = page.evaluate("() => document.body.innerText")
    assert not [phrase for phrase in STREAMLIT_ENGLISH if phrase in shown]
    button = page.locator('[data-testid="stFileUploaderDropzone"] button')
    assert button.inner_text().strip() == ""  # its English word hidden, the Arabic one drawn
    drawn = button.evaluate("b => getComputedStyle(b, '::after').content")
    assert "اختر ملفات" in drawn
    assert "ميغابايت للملف" in page.locator('[data-testid="stSidebar"]').inner_text()
    screenshot(page, "arabic-widgets.png")


def focus_in_window(page) -> bool:
    return page.evaluate(
        "() => { const r = document.getElementById('qawl-focus')?.getBoundingClientRect();"
        " return !!r && r.top >= 0 && r.bottom <= window.innerHeight; }"
    )


def test_a_selected_quote_is_scrolled_to_outlined_whole_and_has_its_own_link(server, page, browser):
    open_dashboard(page, server)
    grid = page.locator('[data-testid="stDataFrame"]').last
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + 52)  # the first row's selection box
    page.wait_for_selector("#qawl-focus", timeout=30_000)
    page.wait_for_function(
        "() => { const r = document.getElementById('qawl-focus').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }",
        timeout=10_000,
    )  # the page scrolled to the quote (it stood far below the window)
    # one outlined element for a quote within one paragraph, however many marks it holds
    focus = page.locator(".qawl-focus")
    assert focus.count() == 1
    quote_text = focus.inner_text()
    screenshot(page, "quote-focused.png")
    page.get_by_text("رابط هذا الاقتباس").click()
    link = page.locator(".qawl-link").last.inner_text().strip()
    assert "quote=" in link
    assert "quote=" in page.url  # the address bar holds the quote too

    fresh = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    fresh.goto(link)
    fresh.wait_for_selector("#qawl-focus", timeout=90_000)
    fresh.wait_for_function(
        "() => { const r = document.getElementById('qawl-focus').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }",
        timeout=30_000,
    )
    assert fresh.locator(".qawl-focus").inner_text() == quote_text
    screenshot(fresh, "quote-link.png")
    fresh.context.close()


def test_search_words_are_marked_in_the_reader(server, page):
    open_dashboard(page, server + "/?q=" + urllib.parse.quote("المساعدات"))
    marked = page.locator('.qawl-article span[style*="#ffeb3b"]')
    marked.first.wait_for(state="attached", timeout=30_000)
    assert {text.strip() for text in marked.all_inner_texts()} == {"المساعدات"}
    marked.first.scroll_into_view_if_needed()
    screenshot(page, "search-marked.png")


def test_png_export_is_one_click(server, page):
    open_dashboard(page, server)
    page.locator('[data-testid="stSidebar"]').get_by_text("تصدير").click()
    with page.expect_download(timeout=60_000) as download:
        page.locator('[data-testid="stSidebar"]').get_by_text("speakers.png").click()
    assert download.value.path().read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_enter_in_a_filter_takes_one_option_not_all_matches(server, page):
    open_dashboard(page, server)
    kind = page.locator('[data-testid="stMultiSelect"]').nth(3)
    kind.click()
    page.keyboard.type("direct")  # both «مباشر · direct» and «غير مباشر · indirect» contain it
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=stMetricValue]')[1]?.innerText === '8'", timeout=30_000
    )
    assert "indirect" not in kind.inner_text()


def settled(page) -> None:
    """Waits until the script has finished and every chart on the page has drawn."""
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stApp]')?.getAttribute('data-test-script-state')"
        " === 'notRunning' && !document.querySelector('[data-stale=true]')",
        timeout=60_000,
    )
    time.sleep(1)  # (Plotly draws after the script's end)


# A chart's texts (bar numbers, tick labels, titles, legends) and its drawing area, each box.
CHART_TEXT_BOXES = """(plot) => {
  const area = plot.querySelector('.main-svg').getBoundingClientRect();
  const texts = [...plot.querySelectorAll('.main-svg text')].filter((t) => t.textContent.trim());
  return {area: [area.left, area.top, area.right, area.bottom],
          texts: texts.map((t) => { const r = t.getBoundingClientRect();
                                    return [t.textContent, r.left, r.top, r.right, r.bottom]; }),
          ticks: ['.xtick text', '.ytick text'].map((axis) => [...plot.querySelectorAll(axis)]
            .map((t) => { const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })),
          bars: plot.querySelectorAll('.bars .point').length,
          numbers: plot.querySelectorAll('.bars .point text').length};
}"""


def overlap(a, b) -> bool:
    """Two text boxes (left, top, right, bottom) over each other: more than 40 % of the smaller
    covered (an Arabic font's box is much taller than its letters: neighbouring lines' boxes
    touch)."""
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return width > 0 and height > 0 and width * height > 0.4 * smaller


def test_no_chart_number_or_label_is_cut_at_archive_scale(archive, page):
    open_dashboard(page, archive)
    tabs = page.get_by_role("tab")
    for index in range(tabs.count()):
        tabs.nth(index).click()
        settled(page)
        plots = page.locator('[role="tabpanel"]:visible .js-plotly-plot')
        playwright.expect(plots).to_have_count(2, timeout=30_000)  # a tab's second chart may draw later
        for plot in plots.all():
            found = plot.evaluate(CHART_TEXT_BOXES)
            left, top, right, bottom = found["area"]
            cut = [
                text
                for text, x0, y0, x1, y1 in found["texts"]
                if x0 < left - 1 or y0 < top - 1 or x1 > right + 1 or y1 > bottom + 1
            ]
            assert not cut, f"tab {index}: texts beyond the chart: {cut}"
            for boxes in found["ticks"]:  # an axis's labels side by side, none over another
                clashes = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if overlap(a, b)]
                assert not clashes, f"tab {index}: labels over each other: {clashes}"
            assert found["numbers"] == found["bars"], "a bar without its number"
        screenshot(page, f"archive-tab-{index}.png")


def test_a_typed_date_applies_on_enter(archive, page):
    open_dashboard(page, archive)
    articles = page.locator('[data-testid="stMetricValue"]').first.inner_text()
    year = page.locator('[data-testid="stDateInput"] [data-type=year]').first
    year.click()
    page.keyboard.type("2024")  # from October 2023 to October 2024 (the store runs to 2025)
    page.keyboard.press("Enter")
    page.wait_for_function(
        f"() => document.querySelector('[data-testid=stMetricValue]')?.innerText !== '{articles}'",
        timeout=30_000,
    )
    assert "from=" in page.url
    screenshot(page, "date-typed.png")


def test_outlets_are_compared_when_the_comparison_is_opened(archive, page):
    open_dashboard(page, archive)
    chart = page.locator(".st-key-chart_compare .js-plotly-plot")
    assert chart.count() == 0  # (not made nor drawn while closed: the first view is quicker)
    page.get_by_text("مقارنة المصادر الإعلامية").click()
    chart.locator(".main-svg").first.wait_for(timeout=30_000)
    outlets = chart.locator(".xtick text").all_text_contents()
    assert len(outlets) == 2  # the store's two outlets, side by side
    chart.scroll_into_view_if_needed()
    screenshot(page, "outlets-compared.png")
