"""``jcapi``: Directory Insights reports and events, bulk user jobs and jcapi-python migration.

::

    jcapi report users-to-devices --format csv -o devices.csv
    jcapi bulk-users create new-users.csv --suppress-email
    jcapi events export --since 2026-01-01T00:00:00Z -o events.jsonl --checkpoint state.json
    jcapi migrate my_scripts/ --write

(``python -m jcapi_cli`` is the same program.) Settings come from the environment as for
``connect()``; ``--base-url`` points at another server such as the simulator; the key is never
printed. Progress goes to stderr; ``--json`` prints one JSON document on stdout, failures and
usage errors included. Exit codes (also in ``--help``): 0 ok, 1 failed, 2 usage or
configuration, 3 a bulk job with failed records, 4 timeout (the id to resume is printed),
130 interrupted. docs/reports-and-bulk-jobs.md has the details.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, Literal, NoReturn

from jcapi_insights import __version__
from jcapi_insights.models.report_type import ReportType

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_PARTIAL", "EXIT_TIMEOUT", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_TIMEOUT = 4
EXIT_INTERRUPTED = 130

PROG = "jcapi"
JCAPIV2_INSTALL = 'pip install "git+<repo>#subdirectory=generated/jcapiv2" (or the whole repository)'


class CliError(Exception):
    """A failure to report in one line with an exit code (and extra JSON fields)."""

    def __init__(self, message: str, code: int, **fields: Any) -> None:
        super().__init__(message)
        self.code = code
        self.fields = fields


# --------------------------------------------------------------------------- progress
class Progress:
    """Live progress on a stream: one rewritten line on a TTY, one line per change otherwise."""

    def __init__(self, stream: IO[str], *, tty: bool | None = None, min_interval: float = 0.1) -> None:
        self.stream = stream
        self.tty = stream.isatty() if tty is None else tty
        self.min_interval = min_interval
        self._last_key: object = None
        self._last_draw = 0.0
        self._dirty = False

    def update(self, line: str, key: object, *, force: bool = False) -> None:
        """Show ``line``; on a non-TTY only when ``key`` changed since the last line."""
        if self.tty:
            now = time.monotonic()
            if not force and key == self._last_key and now - self._last_draw < self.min_interval:
                return
            self._last_draw = now
            self._last_key = key
            self.stream.write("\r\x1b[2K" + line)
            self._dirty = True
        else:
            if key == self._last_key:
                return
            self._last_key = key
            self.stream.write(line + "\n")
        self.stream.flush()

    def done(self) -> None:
        """End the live line (TTY) so the next message starts on its own line."""
        if self.tty and self._dirty:
            self.stream.write("\n")
            self.stream.flush()
            self._dirty = False


def _secs(value: float) -> str:
    return f"{value:.1f} s" if value < 10 else f"{value:.0f} s"


def _size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"  # pragma: no cover


# --------------------------------------------------------------------------- arguments
class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors become ``CliError`` (exit 2, and a JSON document with ``--json``)."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see {self.prog} --help)", EXIT_USAGE)


def _version() -> str:
    """``jcapi X (jcapi_insights X, jcapiv1 Y, jcapiv2 Z)``: the packages this command can drive."""
    from importlib import import_module

    packages = [f"jcapi_insights {__version__}"]
    for name in ("jcapiv1", "jcapiv2"):
        try:
            packages.append(f"{name} {import_module(name).__version__}")
        except ImportError:
            packages.append(f"{name} not installed")
    return f"{PROG} {__version__} ({', '.join(packages)})"


def _bulk_columns() -> str:
    try:
        from jcapiv2.bulk_input import USER_FIELDS
    except ImportError:
        return "(install jcapiv2 to see them)"
    return ", ".join(sorted(USER_FIELDS))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (``jcapi --help``)."""
    parser = _Parser(
        prog=PROG,
        description="JumpCloud from the command line: Directory Insights reports and events, bulk user jobs. "
        "Reads JUMPCLOUD_API_KEY (or a service account's JUMPCLOUD_CLIENT_ID and JUMPCLOUD_CLIENT_SECRET), "
        "JUMPCLOUD_ORG_ID and JUMPCLOUD_REGION from the environment.",
        epilog="exit codes: 0 ok, 1 failed, 2 usage/configuration, 3 bulk job with failed records, "
        "4 timeout (resume with the printed id), 130 interrupted",
    )
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    report = sub.add_parser(
        "report",
        help="request a Directory Insights report, wait for it and download it",
        description="Request a report, wait until JumpCloud has generated it, download it. "
        "JumpCloud cannot cancel a report: Ctrl-C or a timeout only stop the waiting "
        "(resume with --resume REPORT_ID).",
        epilog=f"report types: {', '.join(t.value for t in ReportType)}; formats: csv, json",
    )
    report.add_argument("type", nargs="?", help="report type, e.g. users-to-devices (omit with --resume)")
    report.add_argument("--format", choices=("csv", "json"), default="csv", help="artifact format (default csv)")
    report.add_argument("-o", "--output", required=True, help="file (or existing folder) to write the report to")
    report.add_argument("--resume", metavar="REPORT_ID", help="wait for and download a report requested earlier")
    report.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for the report (default 600)")
    report.add_argument("--poll-interval", type=float, default=10.0, help="first poll interval in seconds (default 10)")
    report.add_argument(
        "--base-url", default=None, help="Directory Insights base URL (default: JUMPCLOUD_INSIGHTS_BASE_URL or region)"
    )
    report.add_argument("--json", action="store_true", help="print one JSON document on stdout")

    bulk = sub.add_parser(
        "bulk-users",
        help="create or update users with a bulk job (needs the jcapiv2 package)",
        description="Submit a bulk user job from a CSV or JSON file and wait for every per-user result. "
        "CSV: a header row naming the fields, UTF-8 (a BOM is fine) unless --encoding says otherwise, "
        'delimiter , ; tab or | (detected). JSON: an array of user objects, or {"users": [...]}. '
        "create needs email and username for each user, update needs id.",
        epilog=f"CSV columns (the fields of JumpCloud's user creation): {_bulk_columns()}",
    )
    bulk.add_argument("action", choices=("create", "update", "wait"), help="create, update, or wait for a job")
    bulk.add_argument("source", metavar="FILE|JOB_ID", help="users file (.csv or .json); for wait: the job id")
    bulk.add_argument("--suppress-email", action="store_true", help="do not send JumpCloud's activation emails")
    bulk.add_argument("--encoding", default=None, help="the file's encoding when not UTF-8 (e.g. latin-1)")
    bulk.add_argument("--delimiter", default=None, help="CSV delimiter: , ; | or tab (default: detected)")
    bulk.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for the job (default 600)")
    bulk.add_argument("--poll-interval", type=float, default=2.0, help="first poll interval in seconds (default 2)")
    bulk.add_argument("--batch-size", type=int, default=100, help="users per JumpCloud job (default 100)")
    bulk.add_argument("--base-url", default=None, help="v2 base URL (default: JUMPCLOUD_V2_BASE_URL or region)")
    bulk.add_argument("--json", action="store_true", help="print one JSON document on stdout")

    events = sub.add_parser(
        "events",
        help="export Directory Insights events to JSON lines",
        description="Directory Insights events.",
    )
    events_sub = events.add_subparsers(dest="events_command", metavar="ACTION", required=True)
    export = events_sub.add_parser(
        "export",
        help="write events to JSON lines, resumable with a checkpoint file",
        description="Write the events of some services and a time range as JSON lines (one event a line), "
        "10,000 a request. With --checkpoint a rerun goes on where the last one stopped and writes no event "
        "twice; --follow keeps polling for new events until Ctrl-C.",
    )
    export.add_argument(
        "--service",
        action="append",
        metavar="NAME",
        help="service to export (repeatable or comma-separated; default all)",
    )
    export.add_argument("--since", required=True, help="start time, ISO 8601 (e.g. 2026-01-01T00:00:00Z)")
    export.add_argument("--until", help="end time, ISO 8601 (default: now at the first run, kept in the checkpoint)")
    export.add_argument("-o", "--output", required=True, help="JSON lines file to write, or - for stdout")
    export.add_argument("--checkpoint", metavar="FILE", help="state file: a rerun resumes from it, exactly once")
    export.add_argument("--follow", action="store_true", help="keep polling for new events (until Ctrl-C)")
    export.add_argument("--poll-interval", type=float, default=30.0, help="seconds between polls with --follow (30)")
    export.add_argument("--page-size", type=int, default=10_000, help="events per request, 1..10000 (10000)")
    export.add_argument(
        "--base-url", default=None, help="Directory Insights base URL (default: JUMPCLOUD_INSIGHTS_BASE_URL or region)"
    )
    export.add_argument("--json", action="store_true", help="print one JSON document on stdout")

    migrate = sub.add_parser(
        "migrate",
        help="rewrite jcapi-python code for these packages (needs libcst: the [migrate] extra)",
        description="Rewrite code written for jcapi-python: Configuration/ApiClient become connect(), XxxApi "
        "calls the generated functions, dict bodies models, ApiException JumpCloudError. What cannot be "
        "proven safe gets a '# jcapi migrate: ...' comment with the fix. Prints a unified diff unless --write.",
        epilog="guide: docs/migrating-from-jcapi-python.md; every method: docs/jcapi-python-methods.md",
    )
    migrate.add_argument("paths", nargs="+", metavar="PATH", help="Python files or folders (searched recursively)")
    migrate.add_argument("--write", action="store_true", help="rewrite the files in place instead of printing a diff")
    migrate.add_argument("--json", action="store_true", help="print one JSON summary on stdout instead of the diff")
    return parser


def _env(name: str) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or None


def _connect_args(base_url: str | None) -> dict[str, Any]:
    """``connect()`` arguments, after checking credentials are there (the CLI's own wording).

    ``connect()`` reads them from the environment: ``JUMPCLOUD_API_KEY``, or a service account's
    ``JUMPCLOUD_CLIENT_ID`` and ``JUMPCLOUD_CLIENT_SECRET`` (not both kinds)."""
    if not _env("JUMPCLOUD_API_KEY") and not (_env("JUMPCLOUD_CLIENT_ID") or _env("JUMPCLOUD_CLIENT_SECRET")):
        raise CliError(
            "no JumpCloud credentials: set JUMPCLOUD_API_KEY (JumpCloud console > your account > My API Key), "
            "or a service account's JUMPCLOUD_CLIENT_ID and JUMPCLOUD_CLIENT_SECRET",
            EXIT_USAGE,
        )
    return {"base_url": base_url}


def _positive(value: float, name: str) -> None:
    if not value > 0:
        raise CliError(f"{name} must be a positive number of seconds", EXIT_USAGE)


# --------------------------------------------------------------------------- report
def _report(args: argparse.Namespace, err: IO[str]) -> dict[str, Any]:
    from jcapi_insights import reports
    from jcapi_insights.connection import connect
    from jcapi_insights.errors import APIError, ConfigurationError

    _positive(args.timeout, "--timeout")
    _positive(args.poll_interval, "--poll-interval")
    if args.resume and args.type:
        raise CliError("give either a report type or --resume REPORT_ID, not both", EXIT_USAGE)
    if not args.resume and not args.type:
        raise CliError("a report type is required (or --resume REPORT_ID)", EXIT_USAGE)
    if args.type:
        try:
            reports.validate_report_type(args.type)
        except reports.InvalidReportType as exc:
            raise CliError(str(exc), EXIT_USAGE) from None
    output = Path(args.output)
    if not (output if output.is_dir() else output.parent).is_dir():
        raise CliError(f"output folder {str(output.parent)!r} does not exist", EXIT_USAGE)
    try:
        client = connect(**_connect_args(args.base_url or _env("JUMPCLOUD_INSIGHTS_BASE_URL")))
    except ConfigurationError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None

    progress = Progress(err)

    def show(p: reports.ReportProgress) -> None:
        if p.phase == "waiting":
            nxt = f", next check in {_secs(p.next_poll_in)}" if p.next_poll_in else ""
            line = f"report {p.report_id}: {p.status} ({_secs(p.elapsed)} elapsed{nxt})"
            progress.update(line, ("wait", p.status), force=True)
        else:
            total = f" of {_size(p.bytes_total)}" if p.bytes_total is not None else ""
            line = f"report {p.report_id}: downloading {_size(p.bytes_done)}{total}"
            finished = p.bytes_total is not None and p.bytes_done >= p.bytes_total
            key = ("download", "done" if finished else "running")
            progress.update(line, key, force=finished)

    report_id: str | None = args.resume
    try:
        try:
            if report_id is None:
                requested = reports.request_report(client, args.type)
                report_id = str(requested.id)
                progress.update(f"report {report_id}: requested ({args.type})", ("requested",))
            done = reports.wait_for_report(
                client, report_id, timeout=args.timeout, poll_interval=args.poll_interval, on_progress=show
            )
            result = reports.download_report(client, done, format=args.format, dest=output, on_progress=show)
        finally:
            progress.done()
            client.close()
    except reports.ReportTimeout as exc:
        raise CliError(
            f"timed out: report {exc.report_id} is still {exc.status}; resume with: "
            f"{PROG} report --resume {exc.report_id} --format {args.format} -o {args.output}",
            EXIT_TIMEOUT,
            report_id=exc.report_id,
            status=exc.status,
        ) from None
    except reports.ReportError as exc:
        raise CliError(str(exc), EXIT_FAILED, report_id=exc.report_id or report_id) from None
    except KeyboardInterrupt:
        hint = f"; resume with: {PROG} report --resume {report_id} -o {args.output}" if report_id else ""
        raise CliError(f"interrupted{hint}", EXIT_INTERRUPTED, report_id=report_id) from None
    except (APIError, OSError) as exc:
        raise CliError(str(exc), EXIT_FAILED, report_id=report_id) from None
    except Exception as exc:  # httpx errors and the like: one line, not a traceback
        raise CliError(f"{type(exc).__name__}: {exc}", EXIT_FAILED, report_id=report_id) from None
    err.write(f"saved {result.path} ({_size(result.bytes_written)}, report {result.report_id})\n")
    return {
        "report_id": result.report_id,
        "type": reports._type_text(result.report),
        "status": reports.report_status(result.report),
        "format": result.format,
        "path": str(result.path.resolve()) if result.path else None,
        "bytes": result.bytes_written,
    }


# --------------------------------------------------------------------------- bulk users
def _delimiter(value: str | None) -> str | None:
    """``--delimiter``: one character; ``tab`` (or ``\\t``) for a tab."""
    if value is None:
        return None
    value = "\t" if value.lower() in ("tab", "\\t") else value
    if len(value) != 1:
        raise CliError(f"--delimiter must be one character (or 'tab'), got {value!r}", EXIT_USAGE)
    return value


def _bulk(args: argparse.Namespace, err: IO[str]) -> dict[str, Any]:
    try:
        from jcapiv2 import bulk
        from jcapiv2.bulk_input import read_users
        from jcapiv2.connection import connect
        from jcapiv2.errors import APIError, ConfigurationError
    except ImportError:
        raise CliError(
            f"bulk-users needs the jcapiv2 package, which is not installed: {JCAPIV2_INSTALL}", EXIT_USAGE
        ) from None

    _positive(args.timeout, "--timeout")
    _positive(args.poll_interval, "--poll-interval")
    if args.batch_size < 1:
        raise CliError("--batch-size must be 1 or more users", EXIT_USAGE)
    kind: Literal["create", "update"] = "update" if args.action == "update" else "create"
    try:
        users = (
            read_users(args.source, kind=kind, encoding=args.encoding, delimiter=_delimiter(args.delimiter))
            if args.action != "wait"
            else []
        )
        client = connect(**_connect_args(args.base_url or _env("JUMPCLOUD_V2_BASE_URL")))
    except ConfigurationError as exc:  # a users file that cannot be sent as it is, or bad settings
        raise CliError(str(exc), EXIT_USAGE) from None

    progress = Progress(err)

    def show(p: bulk.BulkJobProgress) -> None:
        line = (
            f"bulk job {p.job_id}: {p.done}/{p.total} records done "
            f"({p.succeeded} ok, {p.failed} failed, {_secs(p.elapsed)} elapsed)"
        )
        progress.update(line, (p.done, p.total))

    job_id: str | None = args.source if args.action == "wait" else None
    try:
        try:
            job: str | bulk.BulkJob
            if args.action == "create":
                job = bulk.create_users(client, users, suppress_email=args.suppress_email, batch_size=args.batch_size)
            elif args.action == "update":
                job = bulk.update_users(client, users, suppress_email=args.suppress_email, batch_size=args.batch_size)
            else:
                job = args.source
            if isinstance(job, bulk.BulkJob):
                job_id = job.job_id
                progress.update(f"bulk job {job_id}: submitted {job.submitted} users ({job.kind})", ("submitted",))
            result = bulk.wait_for_bulk_job(
                client, job, timeout=args.timeout, poll_interval=args.poll_interval, on_progress=show
            )
        finally:
            progress.done()
            client.close()
    except (ValueError, TypeError) as exc:
        raise CliError(f"{args.source}: {exc}", EXIT_USAGE) from None
    except bulk.BulkJobTimeout as exc:
        raise CliError(
            f"timed out: bulk job {exc.job_id} has {exc.done}/{exc.total} records done; "
            f"resume with: {PROG} bulk-users wait {exc.job_id}",
            EXIT_TIMEOUT,
            job_id=exc.job_id,
        ) from None
    except KeyboardInterrupt:
        hint = f"; resume with: {PROG} bulk-users wait {job_id}" if job_id else ""
        raise CliError(f"interrupted{hint}", EXIT_INTERRUPTED, job_id=job_id) from None
    except APIError as exc:
        raise CliError(str(exc), EXIT_FAILED, job_id=job_id) from None
    except Exception as exc:  # httpx errors and the like: one line, not a traceback
        raise CliError(f"{type(exc).__name__}: {exc}", EXIT_FAILED, job_id=job_id) from None

    for record in result.failed:
        who = record.username or record.email or record.user_id or record.id
        err.write(f"failed: {who}: {record.message or record.status}\n")
    summary = result.to_json()
    if not result.ok:
        summary["_exit"] = EXIT_PARTIAL
        err.write(
            f"bulk job {result.job_id}: {len(result.failed)} of {len(result.records)} records failed "
            f"({len(result.succeeded)} succeeded)\n"
        )
    else:
        err.write(f"bulk job {result.job_id}: all {len(result.records)} records succeeded\n")
    return summary


# --------------------------------------------------------------------------- events export
def _events(args: argparse.Namespace, err: IO[str]) -> dict[str, Any]:
    from jcapi_insights import events_export
    from jcapi_insights.connection import connect
    from jcapi_insights.errors import APIError, ConfigurationError, PaginationError

    if args.json and args.output == "-":
        raise CliError(
            "--json prints to stdout, which -o - uses for the events: write to a file or drop --json", EXIT_USAGE
        )
    services = [s.strip() for item in (args.service or ["all"]) for s in item.split(",") if s.strip()]
    progress = Progress(err)
    seen: list[events_export.ExportProgress] = []

    def show(p: events_export.ExportProgress) -> None:
        seen[:] = [p]
        upto = f", up to {p.last_timestamp}" if p.last_timestamp else ""
        line = f"events: {p.events_written:,} written ({p.total_events:,} in all), {p.pages} pages{upto}"
        if p.waiting:
            line += f"; waiting {_secs(p.next_poll_in or 0)} for new events"
        progress.update(line, (p.total_events, p.waiting))

    def interrupted_fields() -> dict[str, Any]:
        p = seen[0] if seen else None
        return {
            "events_written": p.events_written if p else 0,
            "total_events": p.total_events if p else None,
            "checkpoint": str(Path(args.checkpoint).resolve()) if args.checkpoint else None,
        }

    kwargs: dict[str, Any] = {
        "services": services,
        "since": args.since,
        "until": args.until,
        "dest": args.output,
        "checkpoint": args.checkpoint,
        "follow": args.follow,
        "poll_interval": args.poll_interval,
        "page_size": args.page_size,
        "on_progress": show,
    }
    try:
        client = connect(**_connect_args(args.base_url or _env("JUMPCLOUD_INSIGHTS_BASE_URL")))
    except ConfigurationError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    try:
        try:
            result = events_export.export_events(client, **kwargs)
        finally:
            progress.done()
            client.close()
    except ConfigurationError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    except KeyboardInterrupt:
        hint = "; rerun the same command to resume" if args.checkpoint else ""
        raise CliError(f"interrupted{hint}", EXIT_INTERRUPTED, **interrupted_fields()) from None
    except (APIError, PaginationError, OSError) as exc:
        hint = " (rerun the same command to resume from the checkpoint)" if args.checkpoint else ""
        raise CliError(f"{exc}{hint}", EXIT_FAILED, **interrupted_fields()) from None
    except Exception as exc:  # httpx errors and the like: one line, not a traceback
        raise CliError(f"{type(exc).__name__}: {exc}", EXIT_FAILED, **interrupted_fields()) from None
    where = str(result.path) if result.path else "stdout"
    err.write(f"wrote {result.events_written:,} events to {where} ({result.total_events:,} in all)\n")
    return result.to_json()


# --------------------------------------------------------------------------- migrate
def _migrate(args: argparse.Namespace, err: IO[str]) -> dict[str, Any]:
    try:
        from jcapi_cli import migrate
    except ImportError:
        hint = 'jcapi migrate needs libcst: pip install "jcapi[migrate]" (or pip install libcst)'
        raise CliError(hint, EXIT_USAGE) from None
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise CliError(f"no such file or folder: {missing[0]}", EXIT_USAGE)
    diff = io.StringIO()
    summary = migrate.run(args.paths, write=args.write, out=diff, err=err)
    verb = "rewrote" if args.write else "would change"
    err.write(f"{verb} {len(summary['changed'])} of {summary['files']} files; {summary['notes_added']} notes added\n")
    return {**summary, "_stdout": diff.getvalue(), "_exit": EXIT_FAILED if summary["errors"] else EXIT_OK}


# --------------------------------------------------------------------------- main
def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run the CLI; returns the exit code (see the module docstring)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(arguments)
    except CliError as exc:  # a usage error: one line, and with --json one JSON document too
        err.write(parser.format_usage())
        err.write(f"{PROG}: error: {exc}\n")
        if "--json" in arguments:
            out.write(json.dumps({"ok": False, "error": str(exc), "exit_code": exc.code}) + "\n")
        return exc.code
    commands: dict[str, Callable[[argparse.Namespace, IO[str]], dict[str, Any]]] = {
        "report": _report,
        "bulk-users": _bulk,
        "events": _events,
        "migrate": _migrate,
    }
    try:
        document = commands[args.command](args, err)
    except CliError as exc:
        err.write(f"{PROG}: error: {exc}\n")
        if args.json:
            out.write(json.dumps({"ok": False, "error": str(exc), "exit_code": exc.code, **exc.fields}) + "\n")
        return exc.code
    code = int(document.pop("_exit", EXIT_OK))
    text = document.pop("_stdout", "")
    if text and not args.json:
        out.write(text)
    if args.json:
        out.write(json.dumps({"ok": code == EXIT_OK, **document}, indent=2) + "\n")
    return code
