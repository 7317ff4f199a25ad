"""Command line: `python -m analysis quotes|mentions|entities|explain|evaluate|build PATH...`.

Only argument parsing and printing live here; the library does the work.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator

from analysis import native
from analysis.corpus import AnalysedArticle, analyse_corpus
from analysis.evaluate import evaluate, format_report
from analysis.explain import explain_article
from analysis.identity import load_aliases
from analysis.ingest import DEFAULT_MAX_BYTES, IngestProblem, read_paths
from analysis.quotes import ArticleReader
from analysis.records import Article
from analysis.safe_text import printable
from analysis.topics import load_topics

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2
# A build of at least this many articles says so when the extractor ran uncompiled.
COMPILE_HINT_ARTICLES = 1_000

DESCRIPTION = """Who said what in Arabic news articles.

PATH may be a .txt file (first non-empty line = title), a folder (read recursively), .jsonl /
.json / .csv records with a 'text' field (and optional title/date/source/url/id), or an .html
page. Unreadable inputs are reported on stderr (file and line) and skipped. Exit status: 0 when
everything was read, 1 when some inputs or records were skipped, 2 for a usage or fatal error
(one line on stderr: a bad option file, a store another build holds, an unreachable cluster)."""

EXAMPLES = """examples:
  python -m analysis quotes seeds/
  python -m analysis build ../shared/corpus/bulk.jsonl.gz --store corpus.duckdb
  python -m analysis build articles/ --store corpus.duckdb --dask            # LocalCluster
  python -m analysis build articles/ --store corpus.duckdb --scheduler tcp://host:8786
  python -m analysis mentions seeds/ --topics my_topics.yaml
  python -m analysis entities seeds/
  python -m analysis explain ../shared/corpus/articles/MAYADEEN_0140.txt --para 3
  python -m analysis evaluate --gold ../shared/gold ../shared/corpus/articles/ --verbose"""


def _articles(paths: list[str], max_bytes: int, problems: list[IngestProblem]) -> Iterator[Article]:
    for item in read_paths(paths, max_bytes=max_bytes):
        if isinstance(item, IngestProblem):
            problems.append(item)
            print(f"qawl: {item}", file=sys.stderr)
        else:
            yield item


def _analyse(args, problems) -> list[AnalysedArticle]:
    topics = load_topics(args.topics)
    return analyse_corpus(_articles(args.paths, args.max_bytes, problems), topics, load_aliases(args.aliases))


def _print_jsonl(rows) -> None:
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description=DESCRIPTION,
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(sub):
        sub.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
        sub.add_argument(
            "--topics", metavar="YAML", help="extra topics (same shape as analysis/lexicons/topics.yaml)"
        )
        sub.add_argument(
            "--max-bytes",
            type=int,
            default=DEFAULT_MAX_BYTES,
            help="skip files larger than this (default %(default)s)",
        )
        aliases_option(sub)

    def aliases_option(sub):
        sub.add_argument(
            "--aliases",
            metavar="YAML",
            help="sources to merge, keep apart or name (same shape as "
            "analysis/aliases.yaml, whose entries also apply)",
        )

    common(
        commands.add_parser(
            "quotes",
            help="print quotes as JSON Lines",
            description="One JSON object a line: article, para, speaker, speaker_type, cue, kind, "
            "content, addressee, topics, start, end (content offsets in the article).",
        )
    )
    common(
        commands.add_parser(
            "mentions",
            help="print topic mentions as JSON Lines",
            description="One JSON object a line: article, para, topic, term, start, end.",
        )
    )
    common(
        commands.add_parser(
            "entities",
            help="print the people, bodies, outlets and anonymous sources mentioned",
            description="One JSON object a line: article, para, type (person, organization, media, "
            "anonymous), text as written, canonical (the article's fullest name), start, "
            "end (offsets in the article). The recognizer the speaker reader uses.",
        )
    )
    explain_parser = commands.add_parser(
        "explain",
        help="print why each quote has its speaker",
        description="Per quote: the cue and its form, the rule that chose the speaker, the words "
        "the sentence uses for them and how they were resolved, what opened the "
        "content. --json prints one JSON object a line instead.",
    )
    common(explain_parser)
    explain_parser.add_argument(
        "--para", type=int, metavar="N", help="only quotes of paragraph N (0 is the title)"
    )
    explain_parser.add_argument("--json", action="store_true", help="JSON Lines")
    evaluate_parser = commands.add_parser(
        "evaluate",
        help="score quotes against gold annotations",
        description="Detection P/R/F1, attribution accuracy and end-to-end P/R/F1, with the "
        "matching rules of shared/eval/score_quotes.py.",
    )
    common(evaluate_parser)
    evaluate_parser.add_argument(
        "--gold", required=True, metavar="DIR", help="folder of *.quotes.jsonl gold files"
    )
    evaluate_parser.add_argument(
        "--verbose", action="store_true", help="list every missed, wrong and extra quote"
    )
    build_parser_ = commands.add_parser(
        "build",
        help="analyse into a store (only new or changed articles)",
        description="Build or update a DuckDB store of articles, quotes, mentions and speakers. "
        "Articles are keyed by content hash: unchanged ones are not re-analysed, "
        "ones no longer given are removed. Uses all cores unless told otherwise.",
    )
    common(build_parser_)
    build_parser_.add_argument("--store", required=True, metavar="FILE", help="the .duckdb file")
    build_parser_.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="processes to analyse with (default: all cores, %(default)s)",
    )
    build_parser_.add_argument(
        "--dask", action="store_true", help="run on a Dask LocalCluster with --workers workers"
    )
    build_parser_.add_argument(
        "--scheduler", metavar="ADDRESS", help="run on the Dask cluster at this scheduler address"
    )
    build_parser_.add_argument(
        "--batch",
        type=int,
        default=2000,
        metavar="N",
        help="articles written per transaction (default %(default)s)",
    )
    build_parser_.add_argument(
        "--add",
        action="store_true",
        help="only add or update the given articles; keep the store's "
        "others (by default articles no longer given are removed)",
    )
    build_parser_.add_argument("--quiet", action="store_true", help="no progress bar")
    canonical_parser = commands.add_parser(
        "canonicalize",
        help="name a store's speakers anew (after an aliases file changed)",
        description="Give every written speaker of the store its canonical source again, with "
        "the aliases file; nothing is analysed again.",
    )
    canonical_parser.add_argument("--store", required=True, metavar="FILE")
    aliases_option(canonical_parser)
    return parser


def _build(args, problems) -> int:
    from tqdm import tqdm

    from analysis.store import build_files, dask_map, local_map

    if args.scheduler or args.dask:
        mapper = dask_map(args.scheduler, args.workers)
    else:
        mapper = local_map(args.workers)
    bar = None if args.quiet else tqdm(unit=" articles", desc="analysed", file=sys.stderr)

    def progress(done):
        bar.update(done - bar.n)

    def on_problem(problem):
        problems.append(problem)
        print(f"qawl: {problem}", file=sys.stderr)

    topics = load_topics(args.topics).topics if args.topics else None
    report = build_files(
        args.store,
        args.paths,
        mapper,
        None if bar is None else progress,
        batch=max(1, args.batch),
        max_bytes=args.max_bytes,
        on_problem=on_problem,
        remove_missing=not args.add,
        aliases=load_aliases(args.aliases),
        topics=topics,
    )
    if bar is not None:
        bar.close()
    print(
        f"{args.store}: {report.given} articles ({report.analysed} analysed, "
        f"{report.unchanged} unchanged, {report.removed} removed); "
        f"{report.quotes} quotes and {report.mentions} mentions added"
    )
    if report.reread:
        print(f"{report.reread} stored articles read again with the names the archive now teaches")
    if report.analysed >= COMPILE_HINT_ARTICLES and not args.quiet and not native.is_compiled():
        print(
            f"qawl: the extractor ran as {native.status()}; compiled, it reads nearly twice as fast",
            file=sys.stderr,
        )
    if report.partial:
        print(
            f"{report.kept} stored articles kept: {len(report.partial)} inputs could not be "
            f"read completely: " + ", ".join(map(printable, report.partial))
        )
    return EXIT_SKIPPED if problems else EXIT_OK


def _per_article(args, problems) -> int:
    for article in _articles(args.paths, args.max_bytes, problems):
        if args.command == "entities":
            _print_jsonl(m.as_dict() for m in ArticleReader(article).entity_mentions())
            continue
        for explanation in explain_article(article):
            if args.para is not None and explanation.quote.para != args.para:
                continue
            if args.json:
                _print_jsonl([explanation.as_dict()])
            else:
                print("\n".join(explanation.lines()) + "\n")
    return EXIT_SKIPPED if problems else EXIT_OK


def _reasons(args):
    """The rule and resolution of each quote, keyed as `evaluate` sees it."""
    reasons = {}
    for article in _articles(args.paths, args.max_bytes, []):
        for e in explain_article(article):
            q = e.quote
            reasons[(q.article, q.para, q.start)] = f"{e.rule} ({e.rule_text}); {e.resolution}"
    return lambda quote: reasons.get((quote.article, quote.para, quote.start), "")


def _canonicalize(args) -> int:
    from analysis.store import canonicalize

    sources = canonicalize(args.store, load_aliases(args.aliases))
    print(f"{args.store}: {sources} canonical sources")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    problems: list[IngestProblem] = []
    try:
        if args.command == "build":
            load_aliases(args.aliases)
            load_topics(args.topics)
            return _build(args, problems)
        if args.command == "canonicalize":
            return _canonicalize(args)
    except (OSError, ValueError) as error:  # a bad --aliases/--topics file, an unreachable
        # --scheduler, a store path that cannot be made, a full disk
        print(
            f"qawl: {printable(str(error).splitlines()[0] if str(error) else repr(error))}", file=sys.stderr
        )
        return EXIT_USAGE
    except RuntimeError as error:  # analysis.store.StoreError: locked by another build, or
        # not a store
        print(f"qawl: {printable(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    if args.command in ("entities", "explain"):
        return _per_article(args, problems)
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
        why = _reasons(args) if args.verbose else None
        try:
            report = evaluate(args.gold, [q for r in results for q in r.quotes], why)
        except (OSError, ValueError) as error:
            print(f"qawl: {error}", file=sys.stderr)
            return EXIT_USAGE
        print(format_report(report, verbose=args.verbose))
    return EXIT_SKIPPED if problems else EXIT_OK
