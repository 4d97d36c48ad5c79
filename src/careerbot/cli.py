"""The `careerbot` command: ask, chat, validate, eval, import-profile and run (and --version).

Kept light: aiogram is imported only by `run`, so `careerbot ask` starts fast.
"""

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from careerbot.catalog import CatalogError
from careerbot.charts_support import CHARTS_MISSING, charts_installed
from careerbot.conversation import Context
from careerbot.exit_codes import ExitCode
from careerbot.settings import MissingTokenError, Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from careerbot.answers.model import Answer
    from careerbot.engine import Engine


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, object] = {}
    if getattr(args, "data_dir", None):
        overrides["data_dir"] = args.data_dir
    if getattr(args, "intents_dir", None):
        overrides["intents_dir"] = args.intents_dir
    return load_settings(**overrides)


def _engine(args: argparse.Namespace) -> "Engine":
    from careerbot.engine import Engine

    return Engine.from_settings(_settings(args))


# -- ask ----------------------------------------------------------------------------------
def _batch_lines(stream: TextIO) -> Iterator[tuple[object, str]]:
    """Yield (chat, text) per input line; a plain text line is its own conversation."""
    for number, line in enumerate(stream, 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            record = None
        if isinstance(record, dict) and "chat" in record:
            # A record without a text string keeps its conversation and gets the polite reply
            # to an empty message, never a lost line.
            text = record.get("text")
            yield record["chat"], text if isinstance(text, str) else ""
        elif isinstance(record, dict) and isinstance(record.get("text"), str):
            yield f"line-{number}", record["text"]
        else:
            yield f"line-{number}", line


def cmd_ask(args: argparse.Namespace) -> int:
    engine = _engine(args)
    if args.jsonl:
        contexts: dict[str, Context] = {}
        for chat, text in _batch_lines(sys.stdin):
            key = json.dumps(chat)
            answer, contexts[key] = engine.reply(text, contexts.get(key))
            print(json.dumps(answer.batch_record(chat), ensure_ascii=False), flush=True)
        return ExitCode.OK
    text = " ".join(args.question) if args.question else sys.stdin.read()
    answer, _ = engine.reply(text)
    if args.json:
        print(json.dumps(answer.batch_record(None), ensure_ascii=False))
    else:
        print(answer.plain_text())
    if args.chart:
        return _write_chart(answer, args.chart)
    return ExitCode.OK


def _write_chart(answer: "Answer", path: Path) -> int:
    if answer.chart is None:
        print("careerbot: this answer has no pay figures to chart", file=sys.stderr)
        return ExitCode.FAILED
    if not charts_installed():
        print(f"careerbot: {CHARTS_MISSING}", file=sys.stderr)
        return ExitCode.FAILED
    from careerbot.charts import render_chart

    try:
        path.write_bytes(render_chart(answer.chart))
    except OSError as error:
        print(f"careerbot: cannot write {path}: {error.strerror}", file=sys.stderr)
        return ExitCode.FAILED
    print(f"chart written to {path}", file=sys.stderr)
    return ExitCode.OK


# -- chat ---------------------------------------------------------------------------------
def cmd_chat(args: argparse.Namespace) -> int:
    engine = _engine(args)
    context = Context()
    interactive = sys.stdin.isatty()
    if interactive:
        print("careerbot — ask about a career (pay, duties, outlook, education, AI risk, ...).")
        print("Type a number to pick from a list, and 'quit' to leave.\n")
    while True:
        try:
            text = input("you> " if interactive else "")
        except (EOFError, KeyboardInterrupt):
            print()
            return ExitCode.OK
        if text.strip().lower() in {"quit", "exit", ":q"}:
            return ExitCode.OK
        answer, context = engine.reply(text, context)
        print(answer.plain_text())
        if answer.suggestions:
            print("Next: " + " · ".join(s.label for s in answer.suggestions))
        print()


# -- validate -----------------------------------------------------------------------------
def cmd_validate(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from careerbot.catalog import load_catalog

    catalog = load_catalog(settings.data_dir, settings.intents_dir)
    if catalog.oews is not None:
        from careerbot.catalog.oews import OewsError

        try:
            catalog.oews.load_states()
        except (OewsError, OSError, UnicodeDecodeError) as error:
            raise CatalogError([str(error)]) from None
    from careerbot.engine import Engine
    from careerbot.understanding.matcher import LearnedHook

    # Building the indexes is part of what must work, and training the learned intent model
    # here means the bot starts from a fresh cache after a counsellor edits intents/*.yaml.
    hook = LearnedHook()
    Engine(catalog, learned=hook)
    problems = catalog.profile_problems()
    if problems:
        raise CatalogError(problems)
    examples = sum(len(intent.examples) for intent in catalog.intents.values())
    print(
        f"OK: {len(catalog.occupations)} occupations in {settings.data_dir}, "
        f"{len(catalog.intents)} intents with {examples} example phrasings in "
        f"{settings.intents_dir}, {len(catalog.profiles)} career profiles and "
        f"{len(catalog.titles)} job titles"
    )
    if hook.model is not None:
        print(hook.model.describe())
    return ExitCode.OK


# -- eval ---------------------------------------------------------------------------------
def cmd_eval(args: argparse.Namespace) -> int:
    from careerbot.evaluation import evaluate, load_cases

    engine = _engine(args)
    cases = [case for path in args.files for case in load_cases(path)]
    report = evaluate(engine, cases)
    print(report.to_json() if args.json else report.to_text(show_errors=args.errors))
    if args.min_accuracy is not None and report.accuracy * 100 < args.min_accuracy:
        print(
            f"accuracy {report.accuracy:.1%} is below --min-accuracy {args.min_accuracy}%",
            file=sys.stderr,
        )
        return ExitCode.FAILED
    return ExitCode.OK


# -- import-profile -----------------------------------------------------------------------
def cmd_import_profile(args: argparse.Namespace) -> int:
    from careerbot.catalog.profile_import import ProfileError, import_profile

    settings = _settings(args)
    try:
        target = import_profile(args.file, settings.data_dir)
    except ProfileError as error:
        print(f"{args.file}: {error}", file=sys.stderr)
        return ExitCode.FAILED
    except OSError as error:
        print(f"{args.file}: cannot read the file ({error.strerror})", file=sys.stderr)
        return ExitCode.FAILED
    print(f"wrote {target}; add everyday names under 'aliases:' and run `careerbot validate`")
    return ExitCode.OK


# -- data build ---------------------------------------------------------------------------
def cmd_data_build(args: argparse.Namespace) -> int:
    """Thin adapter: careerbot.sources.build does the work (build-only, needs the 'data' extra)."""
    settings = _settings(args)
    try:
        from careerbot.sources.build import build, default_source
        from careerbot.sources.errors import SourceError
    except ImportError as error:  # openpyxl is a build-only dependency
        print(
            f"careerbot data build needs: pip install 'careerbot[data]' ({error})", file=sys.stderr
        )
        return ExitCode.USAGE
    source = args.source or default_source()
    if not source.is_dir():
        print(f"careerbot: no source folder {source} (pass --source DIR)", file=sys.stderr)
        return ExitCode.USAGE
    try:
        build(source, settings.data_dir)
    except SourceError as error:
        print(f"careerbot: {error}", file=sys.stderr)
        print("careerbot: nothing was written", file=sys.stderr)
        return ExitCode.FAILED
    return ExitCode.OK


# -- run ----------------------------------------------------------------------------------
def cmd_run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    settings.token()  # MissingTokenError before aiogram is even imported
    from careerbot.telegram.app import run

    return run(settings, webhook=args.webhook)


# -- parser -------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="careerbot", description="Answers career questions from real, sourced data."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    folders = argparse.ArgumentParser(add_help=False)
    folders.add_argument("--data-dir", type=Path, help="occupation data (CAREERBOT_DATA_DIR)")
    folders.add_argument("--intents-dir", type=Path, help="intent files (CAREERBOT_INTENTS_DIR)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ask = commands.add_parser("ask", parents=[folders], help="answer one question, or a batch")
    ask.add_argument("question", nargs="*", help="the question (or read it from stdin)")
    ask.add_argument("--json", action="store_true", help="print the answer as one JSON object")
    ask.add_argument("--jsonl", action="store_true", help="batch: JSON lines in, JSON lines out")
    ask.add_argument("--chart", type=Path, metavar="OUT.png", help="also draw the pay chart")
    ask.set_defaults(handler=cmd_ask)

    chat = commands.add_parser("chat", parents=[folders], help="talk to the bot in the terminal")
    chat.set_defaults(handler=cmd_chat)

    validate = commands.add_parser("validate", parents=[folders], help="check data and intents")
    validate.set_defaults(handler=cmd_validate)

    evaluation = commands.add_parser("eval", parents=[folders], help="score a labelled set")
    evaluation.add_argument("files", nargs="+", type=Path, help="questions/dialogues .jsonl")
    evaluation.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluation.add_argument("--errors", action="store_true", help="list every miss")
    evaluation.add_argument("--min-accuracy", type=float, help="exit 1 below this percentage")
    evaluation.set_defaults(handler=cmd_eval)

    profile = commands.add_parser(
        "import-profile", parents=[folders], help="turn a Career Profile Report into data"
    )
    profile.add_argument("file", type=Path)
    profile.set_defaults(handler=cmd_import_profile)

    data = commands.add_parser("data", help="build data/ from the official releases")
    data_commands = data.add_subparsers(dest="data_command", required=True, metavar="STEP")
    data_build = data_commands.add_parser(
        "build", parents=[folders], help="rebuild data/ from O*NET, BLS projections, AI tables"
    )
    data_build.add_argument(
        "--source", type=Path, help="folder of the official releases (default ../shared/data)"
    )
    data_build.set_defaults(handler=cmd_data_build)

    run = commands.add_parser("run", parents=[folders], help="run the Telegram bot")
    run.add_argument("--webhook", action="store_true", help="serve a webhook instead of polling")
    run.set_defaults(handler=cmd_run)
    return parser


def _version() -> str:
    try:
        return version("careerbot")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
        return code
    except MissingTokenError as error:
        print(error, file=sys.stderr)
        return ExitCode.USAGE
    except SettingsError as error:
        print(f"careerbot: bad setting: {error}", file=sys.stderr)
        return ExitCode.USAGE
    except CatalogError as error:
        print(f"careerbot: {len(error.problems)} problem(s) in the data:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return ExitCode.FAILED
    except BrokenPipeError:
        return ExitCode.OK


if __name__ == "__main__":
    raise SystemExit(main())
