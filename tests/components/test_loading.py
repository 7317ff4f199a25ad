"""Reading the page's files: analysis progress, and each article once."""

from __future__ import annotations

import json

from components.loading import PROGRESS_STEP, analyse_files


def test_analysis_reports_its_progress_in_articles_done_of_all():
    records = [
        {"id": f"r{k}", "text": f"عنوان {k}\nقال وزير الصحة إن المستشفى رقم {k} بلا وقود."}
        for k in range(PROGRESS_STEP * 2 + 5)
    ]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()
    heard: list[tuple[int, int]] = []
    frames, problems = analyse_files(
        (("upload/feed.jsonl", data),), progress=lambda d, n: heard.append((d, n))
    )
    total = len(records)
    assert heard == [(PROGRESS_STEP, total), (2 * PROGRESS_STEP, total), (total, total)]
    assert len(frames.articles) == total and problems == ()
