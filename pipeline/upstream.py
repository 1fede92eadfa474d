"""Find, download when missing, and verify the pinned upstream API descriptions.

Usage (the Makefile's first pipeline step)::

    python -m pipeline.upstream --pins specs/pins.json --upstream-dir ../shared/specs/upstream \
        --out build/upstream

Each API's file is taken from ``--upstream-dir``; where it is missing it is downloaded from
the pinned URL into ``--out`` (a temp file renamed once complete). The sha256 is always
checked. Every failure names the file, the cause and the fix, and exits with status 2.
Written by hand because it is twenty lines of hashlib/urllib; no library adds anything.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from pipeline import PipelineError


def sha256_of(path: Path) -> str:
    """The hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def download(url: str, dest: Path, *, timeout: float = 60.0) -> None:
    """Download ``url`` to ``dest`` through a temp file in the same folder; nothing partial stays."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=timeout) as answer:  # noqa: S310 (pinned https URL)
            shutil.copyfileobj(answer, out)
        os.replace(tmp_name, dest)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise PipelineError(
            f"cannot download {dest.name} from {url}: {exc}.\n"
            f"  Fix: put the file in the upstream directory (make UPSTREAM_DIR=/path/to/dir ...), "
            f"or run where that URL is reachable."
        ) from exc


def locate(api: str, pin: dict[str, str], upstream_dir: Path, out_dir: Path) -> Path:
    """Return a verified local copy of one pinned description, downloading it if needed."""
    name = pin["file"]
    path = upstream_dir / name
    if not path.is_file():
        cached = out_dir / name
        if not cached.is_file():
            print(f"upstream: {name} not in {upstream_dir}; downloading the pinned URL", file=sys.stderr)
            download(pin["url"], cached)
        path = cached
    actual = sha256_of(path)
    if actual != pin["sha256"]:
        raise PipelineError(
            f"sha256 mismatch for {path} ({api}):\n"
            f"  pinned:   {pin['sha256']}\n"
            f"  actual:   {actual}\n"
            f"  Fix: if JumpCloud published a new description on purpose, re-pin it: set "
            f'"sha256" (and "url") for "{api}" in specs/pins.json, run `make generate`, and review '
            f"the operation diff it prints. Otherwise restore the pinned file."
        )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pins", type=Path, required=True)
    parser.add_argument("--upstream-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True, help="where downloads and the index go")
    args = parser.parse_args(argv)
    pins = json.loads(args.pins.read_text())["apis"]
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        located = {api: str(locate(api, pin, args.upstream_dir, args.out)) for api, pin in pins.items()}
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    (args.out / "located.json").write_text(json.dumps(located, indent=2, sort_keys=True) + "\n")
    for api, path in located.items():
        print(f"upstream: {api}: {path} (sha256 ok)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
