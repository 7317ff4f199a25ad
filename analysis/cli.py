"""Command line: `python -m analysis quotes|mentions|evaluate PATH...`.

Only argument parsing and printing live here; the library does the work.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from analysis.corpus import AnalysedArticle, analyse_corpus
from analysis.evaluate import evaluate, format_report
from analysis.ingest import DEFAULT_MAX_BYTES, IngestProblem, read_paths
from analysis.records import Article
from analysis.topics import load_topics

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2

DESCRIPTION = """Who said what in Arabic news articles.

PATH may be a .txt file (first non-empty line = title), a folder (read recursively), .jsonl /
.json / .csv records with a 'text' field (and optional title/date/source/url/id), or an .html
page. Unreadable inputs are reported on stderr and skipped; the exit status is 1 when anything
was skipped, 0 otherwise."""

EXAMPLES = """examples:
  python -m analysis quotes seeds/
  python -m analysis mentions seeds/ --topics my_topics.yaml
  python -m analysis evaluate --gold ../shared/gold ../shared/corpus/articles/ --verbose"""


def _articles(paths: list[str], max_bytes: int, problems: list[IngestProblem]
              ) -> Iterator[Article]:
    for item in read_paths(paths, max_bytes=max_bytes):
        if isinstance(item, IngestProblem):
            problems.append(item)
            print(f"qawl: skipped {item}", file=sys.stderr)
        else:
            yield item


def _analyse(args, problems) -> list[AnalysedArticle]:
    topics = load_topics(args.topics)
    return analyse_corpus(_articles(args.paths, args.max_bytes, problems), topics)


def _print_jsonl(rows) -> None:
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=DESCRIPTION,
                                     epilog=EXAMPLES,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(sub):
        sub.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
        sub.add_argument("--topics", metavar="YAML",
                         help="extra topics (same shape as analysis/lexicons/topics.yaml)")
        sub.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                         help="skip files larger than this (default %(default)s)")

    common(commands.add_parser(
        "quotes", help="print quotes as JSON Lines",
        description="One JSON object a line: article, para, speaker, speaker_type, cue, kind, "
                    "content, addressee, topics, start, end (content offsets in the article)."))
    common(commands.add_parser(
        "mentions", help="print topic mentions as JSON Lines",
        description="One JSON object a line: article, para, topic, term, start, end."))
    evaluate_parser = commands.add_parser(
        "evaluate", help="score quotes against gold annotations",
        description="Detection P/R/F1, attribution accuracy and end-to-end P/R/F1, with the "
                    "matching rules of shared/eval/score_quotes.py.")
    common(evaluate_parser)
    evaluate_parser.add_argument("--gold", required=True, metavar="DIR",
                                 help="folder of *.quotes.jsonl gold files")
    evaluate_parser.add_argument("--verbose", action="store_true",
                                 help="list every missed, wrong and extra quote")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    problems: list[IngestProblem] = []
    try:
        results = _analyse(args, problems)
    except (OSError, ValueError) as error:  # a bad --topics file
        print(f"qawl: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "quotes":
        _print_jsonl(q.as_dict() for r in results for q in r.quotes)
    elif args.command == "mentions":
        _print_jsonl(m.as_dict() for r in results for m in r.mentions)
    else:
        try:
            report = evaluate(args.gold, [q for r in results for q in r.quotes])
        except (OSError, ValueError) as error:
            print(f"qawl: {error}", file=sys.stderr)
            return EXIT_USAGE
        print(format_report(report, verbose=args.verbose))
    return EXIT_SKIPPED if problems else EXIT_OK
