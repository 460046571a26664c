"""The ``casemask`` command line: scrub text, CSV and JSONL exports of case records.

This module only parses arguments and manages files; reading, CSV and JSONL parsing and the
redaction itself run in Rust (``casemask._casemask._stream``), in parallel and with bounded
memory. Exit status: 0 success, 1 input or output error, 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from typing import Any, List, NoReturn, Optional, Sequence

from . import __version__
from ._casemask import Redactor, _stream
from ._errors import CasemaskError, ConfigError, InputError

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2

_FORMATS = ("text", "csv", "jsonl")
_EXTENSIONS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "text"}

_MAIN_EPILOG = """\
examples:
  casemask redact notes.txt                          redact a text file to stdout
  casemask redact export.csv --columns note -o export.redacted.csv
  casemask redact cases.jsonl --columns notes.text,author.name -o out.jsonl
  cat notes.txt | casemask redact --config cfg.json  read stdin, write stdout
  casemask find export.csv --columns note --json     list what would be masked

exit status: 0 success, 1 input or output error, 2 bad usage or configuration
"""

_REDACT_EPILOG = """\
examples:
  casemask redact export.csv --columns note -o export.redacted.csv
      Mask the identifiers in the "note" column; every other byte of the file (header,
      quoting, other columns, line ends) is kept as it was.
  casemask redact cases.jsonl --columns notes.text,author.name -o out.jsonl
      JSONL: dotted paths into nested objects; a list on the way applies to each item.
  casemask redact notes.txt --config cfg.json > notes.redacted.txt
      Text is redacted a paragraph (blank-line separated block) at a time.

The format comes from the input's extension (.csv, .jsonl, .ndjson; anything else is text)
unless --format is given. Without --columns every CSV column and every JSON string is
redacted. OUTPUT is written to a temporary file and renamed only when complete; it may not
be INPUT. The config file is the JSON configuration shared with the Rust and C libraries,
for example {"known_people": ["Jade Morris"], "operators": {"PERSON": "numbered"}}.
"""

_FIND_EPILOG = """\
examples:
  casemask find notes.txt
      One line per identifier: LINE:COLUMN: LABEL "text".
  casemask find export.csv --columns note --json
      One JSON object per identifier: line, field, start, end (str indices into the field),
      label, score, detector, text.

find prints the identifiers themselves: treat its output as personal data.
"""


class _Failure(Exception):
    """An error to report and exit with; the message never contains input content."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"casemask: error: {message}\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="casemask",
        description="Find and mask the identifiers of service users in UK social-care case records.",
        epilog=_MAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"casemask {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("input", nargs="?", metavar="INPUT", help="file to read (default: stdin)")
        p.add_argument("-o", "--output", metavar="OUTPUT", help="file to write (default: stdout)")
        p.add_argument("--format", choices=_FORMATS, help="input format (default: from the extension)")
        p.add_argument(
            "--columns",
            metavar="A,B",
            help="CSV column names or JSONL dotted field paths to process (default: all)",
        )
        p.add_argument("--config", metavar="CFG.json", help="JSON configuration file")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary on stderr")

    redact = commands.add_parser(
        "redact",
        help="mask identifiers",
        description="Mask identifiers in a text, CSV or JSONL file.",
        epilog=_REDACT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(redact)
    find = commands.add_parser(
        "find",
        help="list identifiers without masking them",
        description="List the identifiers casemask would mask, with their positions.",
        epilog=_FIND_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(find)
    find.add_argument("--json", action="store_true", help="print one JSON object per identifier")
    return parser


def _detect_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    for path in (args.input, args.output):
        if path:
            return _EXTENSIONS.get(os.path.splitext(path)[1].lower(), "text")
    return "text"


def _load_redactor(path: Optional[str]) -> Redactor:
    if path is None:
        return Redactor()
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else "not UTF-8 text"
        raise _Failure(f"cannot read config {path}: {reason}", EXIT_USAGE) from None
    try:
        return Redactor.from_json(text)
    except ConfigError as e:
        raise _Failure(f"config {path}: {e}", EXIT_USAGE) from None


def _columns(args: argparse.Namespace, fmt: str) -> Optional[List[str]]:
    if args.columns is None:
        return None
    if fmt == "text":
        raise _Failure("--columns applies to csv and jsonl input only", EXIT_USAGE)
    columns = [c.strip() for c in args.columns.split(",")]
    if not all(columns):
        raise _Failure("--columns has an empty name", EXIT_USAGE)
    return columns


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _new_file_mode(output: str) -> int:
    try:
        return os.stat(output).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _summary(command: str, fmt: str, result: dict[str, Any]) -> str:
    counts = result["counts"]
    unit = "lines" if fmt == "text" else "records"
    n = result["lines"] if fmt == "text" else result["records"]
    if not counts:
        return f"casemask: nothing found in {n} {unit}"
    total = sum(counts.values())
    verb = "masked" if command == "redact" else "found"
    per_label = ", ".join(f"{label} {count}" for label, count in counts.items())
    return f"casemask: {verb} {total} in {n} {unit}: {per_label}"


def _run(args: argparse.Namespace) -> int:
    fmt = _detect_format(args)
    columns = _columns(args, fmt)
    redactor = _load_redactor(args.config)
    find = args.command == "find"
    # The engine draws the bar only after half a second (CASEMASK_PROGRESS_DELAY, in seconds,
    # changes that for the tests), so short runs print nothing but the summary.
    progress = not args.quiet and sys.stderr.isatty()
    input_name = args.input if args.input is not None else "<stdin>"
    if args.input is not None and args.output is not None and _same_file(args.input, args.output):
        raise _Failure(f"refusing to overwrite the input file {args.input}", EXIT_USAGE)

    tmp: Optional[str] = None
    if args.output is not None:
        directory = os.path.dirname(os.path.abspath(args.output))
        try:
            fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(args.output)}.", suffix=".tmp")
            os.close(fd)
        except OSError as e:
            raise _Failure(f"cannot write {args.output}: {e.strerror}", EXIT_INPUT) from None
    else:
        sys.stdout.flush()

    try:
        try:
            result = _stream(
                redactor,
                args.input,
                tmp,
                fmt,
                find=find,
                json=bool(getattr(args, "json", False)),
                columns=columns,
                progress=progress,
            )
        except InputError as e:
            where = input_name
            if e.line is not None:
                where += f":{e.line}"
                if e.column is not None:
                    where += f":{e.column}"
            raise _Failure(f"{where}: {e.reason}", EXIT_INPUT) from None
        except BrokenPipeError:
            raise
        except OSError as e:
            if e.filename is not None and e.filename == tmp:
                raise _Failure(f"cannot write {args.output}: {e.strerror}", EXIT_INPUT) from None
            if e.filename is not None:
                raise _Failure(f"cannot read {e.filename}: {e.strerror}", EXIT_INPUT) from None
            raise _Failure(f"i/o error: {e.strerror or e}", EXIT_INPUT) from None
        if tmp is not None and args.output is not None:
            try:
                os.chmod(tmp, _new_file_mode(args.output))
                os.replace(tmp, args.output)
            except OSError as e:
                raise _Failure(f"cannot write {args.output}: {e.strerror}", EXIT_INPUT) from None
            tmp = None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass

    if not args.quiet:
        print(_summary(args.command, fmt, result), file=sys.stderr)
    return EXIT_OK


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Runs the command line with ``argv`` (default ``sys.argv[1:]``); returns the exit status."""
    args = _build_parser().parse_args(argv)
    try:
        return _run(args)
    except _Failure as e:
        print(f"casemask: error: {e}", file=sys.stderr)
        return e.status
    except BrokenPipeError:
        # The reader went away (`casemask find big.csv | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("casemask: interrupted", file=sys.stderr)
        return 130
    except CasemaskError as e:
        # An internal error (a bug): its message names where, never the data.
        print(f"casemask: error: {e}", file=sys.stderr)
        return EXIT_INPUT
