"""Command line: a thin shell over the core (indexing, store, answer).

Exit status: 0 success; 1 error (nothing changed: bad config, missing index, index busy, model
unavailable); 2 bad usage; 3 the index was updated but some files were skipped (each skip is
reported on one line).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.config import ConfigError, Settings, load_settings

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3

DESCRIPTION = """\
Ask questions of inspection reports and get answers cited to paragraph numbers.
Everything runs offline. With no reports configured, the built-in sample report
(Ofsted, Sefton 2011) is used, so `assistant index` then `assistant ask "..."` just works."""

EPILOG = """\
examples:
  assistant index                               index the configured reports (or the sample)
  assistant index reports/ --index-dir my-index index a folder into another index
  assistant reports                             list what is indexed
  assistant ask "what was the grade for partnership working?"
  assistant ask --json - < questions.txt        one JSON answer per line
  assistant eval questions.jsonl                retrieval and answer quality figures
  assistant judgements --authority Sefton       every grade of one authority, oldest first
  assistant                                     open the terminal app (same as `assistant chat`)

exit status: 0 ok, 1 error, 2 bad usage, 3 index updated but some files skipped"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", metavar="FILE",
                        help="settings file (default: ./config.toml if present)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    index = commands.add_parser(
        "index", help="build or update the index",
        description="Read reports (PDF or text), parse their structure and update the index "
                    "incrementally: unchanged files are skipped, changed ones replaced. With no "
                    "PATH, the configured report paths are indexed (the built-in sample if none) "
                    "and reports whose files are gone are removed. With PATHs, other indexed "
                    "reports are kept unless --prune is given.")
    index.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                       help="report files or folders (searched recursively)")
    index.add_argument("--index-dir", type=Path, help="index folder (default from config.toml)")
    index.add_argument("--prune", action="store_true",
                       help="remove indexed reports that are not among this run's files")
    index.add_argument("--quiet", action="store_true", help="no progress bars")
    index.add_argument("--cluster", metavar="ADDRESS",
                       help="read and embed on this Dask scheduler's workers "
                            "(e.g. tcp://10.0.0.5:8786); they must see the files at the same paths")

    reports = commands.add_parser("reports", help="list the indexed reports",
                                  description="List the indexed reports and their judgements.")
    reports.add_argument("--json", action="store_true", help="print a JSON list")
    reports.add_argument("--index-dir", type=Path, help="index folder (default from config.toml)")

    ask = commands.add_parser(
        "ask", help="ask a question",
        description="Answer a question from the indexed reports, citing paragraph numbers. "
                    "Every quote is checked to be verbatim in the cited paragraph. When the "
                    "reports do not answer, it says so and lists possibly related passages.")
    ask.add_argument("question", metavar="QUESTION", nargs="+",
                     help="the question (quoted, or its words as they come), or - to read one "
                          "question per line from stdin")
    ask.add_argument("--json", action="store_true",
                     help="print one JSON object per question per line")
    ask.add_argument("--index-dir", type=Path, help="index folder (default from config.toml)")
    ask.add_argument("--top-k", type=_at_least_one, metavar="N", help="citations per answer")
    ask.add_argument("--report", metavar="ID", help="only use this report (see `reports`)")

    judgements = commands.add_parser(
        "judgements", help="one table of every report's graded judgements",
        description="List every indexed report's judgements, one row per report and area: "
                    "authority, framework, inspection dates, publication date, lead inspector, "
                    "area (the report's wording and a normalised key), grade, grade number, "
                    "page, paragraph and source. Reports with no grade say what they carry. "
                    "Only the index is read; the model is not loaded.")
    judgements.add_argument("--authority", metavar="NAME", help="only this local authority")
    judgements.add_argument("--area", metavar="TEXT",
                            help="only areas whose wording holds TEXT (or whose key is TEXT)")
    judgements.add_argument("--since", type=int, metavar="YEAR",
                            help="only inspections that ended in YEAR or later")
    judgements.add_argument("--grade", metavar="GRADE",
                            help="only this grade (outstanding, good, requires improvement, "
                                 "adequate, inadequate)")
    table_format = judgements.add_mutually_exclusive_group()
    table_format.add_argument("--csv", action="store_true", help="print CSV")
    table_format.add_argument("--json", action="store_true", help="print a JSON list")
    judgements.add_argument("--index-dir", type=Path,
                            help="index folder (default from config.toml)")

    evaluate = commands.add_parser(
        "eval", help="score answers against questions with gold paragraphs",
        description="Read questions (JSON lines with question, gold_paragraphs, "
                    "answer_must_contain) and print hit@1/3/5, MRR, answer checks and latency.")
    evaluate.add_argument("file", type=Path, metavar="FILE.jsonl")
    evaluate.add_argument("--index-dir", type=Path, help="index folder (default from config.toml)")
    evaluate.add_argument("--verbose", action="store_true", help="print every miss")

    chat = commands.add_parser(
        "chat", help="open the terminal app (also: `assistant` with no command)",
        description="Open the terminal app: ask questions in a conversation, open every "
                    "citation in its report, pin citations and export them as a briefing.")
    chat.add_argument("--index-dir", type=Path, help="index folder (default from config.toml)")
    chat.add_argument("--report", metavar="ID", help="only use this report (see `reports`)")
    return parser


def _at_least_one(text: str) -> int:
    """A count of 1 or more, for argparse ("--top-k 0" is a usage error)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            parser.print_help()  # the app needs a terminal; piped, say how to use the CLI
            return EXIT_USAGE
        args = parser.parse_args(["chat"] if argv is None else [*argv, "chat"])
    try:
        settings = load_settings(args.config).with_index_dir(getattr(args, "index_dir", None))
        handler = {"index": cmd_index, "reports": cmd_reports, "ask": cmd_ask,
                   "eval": cmd_eval, "judgements": cmd_judgements,
                   "chat": cmd_chat}[args.command]
        return handler(args, settings)
    except BrokenPipeError:
        sys.stderr.close()  # the reader (e.g. `head`) stopped early: nothing to report
        return EXIT_OK
    except KeyboardInterrupt:
        print("interrupted; the index is unchanged unless a build had finished", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - one line for the user, traceback with --debug
        if args.debug:
            raise
        from assistant.errors import USER_ERRORS

        if not isinstance(exc, (ConfigError, *USER_ERRORS)):
            print(f"error: {type(exc).__name__}: {exc} (run with --debug for details)",
                  file=sys.stderr)
        else:
            print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.indexing import Progress, build_index

    paths = args.paths or list(settings.default_reports)
    prune = args.prune or not args.paths
    progress = Progress()
    if not args.quiet:
        from assistant.progress import BarProgress

        progress = BarProgress()
    try:
        result = build_index(paths, settings, prune=prune, progress=progress,
                             cluster=args.cluster)
    finally:
        progress.close()
    for path, reason in result.skipped:
        print(f"skipped {path}: {reason}", file=sys.stderr)
    print(f"{len(result.added)} added, {len(result.updated)} updated, "
          f"{len(result.unchanged)} unchanged, {len(result.removed)} removed, "
          f"{len(result.skipped)} skipped; {result.chunks_embedded} chunks embedded, "
          f"{result.total_chunks} in the index at {settings.index_dir} "
          f"({result.seconds:.1f} s)")
    return EXIT_SKIPPED if result.skipped else EXIT_OK


def cmd_reports(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.store import load_store

    store = load_store(settings.index_dir)
    summaries = sorted(store.summaries.values(), key=lambda s: s.id)
    if args.json:
        print(json.dumps([s.to_json() for s in summaries], ensure_ascii=False, indent=1))
        return EXIT_OK
    for s in summaries:
        meta = s.metadata
        pages = f"{s.pages} pages, " if s.pages else ""
        print(f"{s.id}  {s.title}")
        print(f"    {pages}{s.paragraphs} numbered paragraphs, {s.chunks} chunks; "
              f"{meta.inspection_dates or meta.published or ''}; "
              f"lead inspector: {meta.lead_inspector or 'not stated'}")
        print(f"    {s.source}")
    print(f"{len(summaries)} reports in {settings.index_dir}")
    return EXIT_OK


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.answer import Assistant
    from assistant.render import render_answer

    # `assistant ask what was the grade for partnership working` is one question
    args.question = " ".join(args.question)
    if not args.question.strip():
        print("error: the question is empty; try: assistant ask \"what was the grade for "
              "partnership working?\"", file=sys.stderr)
        return EXIT_USAGE
    assistant = Assistant(settings)
    questions = ([line.strip() for line in sys.stdin if line.strip()]
                 if args.question == "-" else [args.question])
    for question in questions:
        answer = assistant.ask(question, top_k=args.top_k, report=args.report)
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        else:
            print(render_answer(answer), flush=True)
    return EXIT_OK


def cmd_judgements(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.judgements_table import filter_rows, render_table, table_from_store, to_csv
    from assistant.store import load_store

    rows = filter_rows(table_from_store(load_store(settings.index_dir)),
                       authority=args.authority, area=args.area, since=args.since,
                       grade=args.grade)
    if args.json:
        print(json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=1))
    elif args.csv:
        sys.stdout.write(to_csv(rows))
    else:
        print(render_table(rows))
        reports = len({row.report for row in rows})
        print(f"{len(rows)} judgement{'' if len(rows) == 1 else 's'} from {reports} "
              f"report{'' if reports == 1 else 's'}")
    return EXIT_OK


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.answer import Assistant
    from assistant.evaluation import evaluate, format_summary, read_questions

    questions = read_questions(args.file)
    summary = evaluate(Assistant(settings), questions,
                       on_miss=(lambda line: print(line)) if args.verbose else None)
    print(format_summary(summary))
    return EXIT_OK


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.app import create_app

    create_app(settings, report=args.report).run()
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
