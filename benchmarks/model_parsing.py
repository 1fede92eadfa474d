"""Model parsing: ``from_dict`` throughput on real-shaped records, vs ``json.loads`` and vs the
stock openapi-python-client templates.

Data: 10,000 real-shaped records (``benchmarks.realistic``): v2 user groups with every documented
attribute, member query, exemptions and suggestion counts, and v1 system users with attributes,
addresses, phone numbers, SSH keys and MFA state, including the ``null``s real answers carry.
Measured, each the median of 7 runs (3 with ``--quick``) over all 10,000 records:

* ``json.loads`` of the JSON array alone (the floor any parsing sits on);
* ``Model.from_dict(record)`` for each already-decoded record, with our package (nested models
  built on first read: see ``deferred``), and the same followed by a read of every field at every
  depth (what a caller that uses everything pays);
* the stock package: openapi-python-client 0.29.1 run on the same overlaid description
  (``build/specs/<api>.json``) with the same config, ``--meta none`` and *no* custom templates,
  into ``build/bench-stock/`` (cached by a hash of description, config and generator version),
  imported under its own name via ``sys.path``. The stock templates cannot read a ``null`` the
  description forbids, so the stock comparison runs on the records with those ``null``s dropped.

Records/s from the median run; ratios are median per-round ratios.

Targets: ours >= 2x stock records/s; ours >= 0.5x ``json.loads`` records/s (issue 15).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import shutil
import statistics
import subprocess
import sys
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks._common import ROOT, Row, interleaved_samples, paired_ratio, ratio_row, unavailable

RECORDS = 10_000
STOCK_DIR = ROOT / "build" / "bench-stock"
APIS = {
    # api: (our package, config file, model module, class, record factory name)
    "v1": ("jcapiv1", "jcapiv1.yaml", "system_user_return", "SystemUserReturn"),
    "v2": ("jcapiv2", "jcapiv2.yaml", "user_group", "UserGroup"),
}


def records(api: str, count: int = RECORDS) -> list[dict[str, Any]]:
    """``count`` real-shaped records (``benchmarks.realistic``), ``null``s included."""
    from benchmarks import realistic
    from jcsim import data

    if api == "v2":
        return [realistic.user_group(n) for n in range(count)]
    now = datetime(2024, 6, 1, tzinfo=UTC)
    out = []
    for n in range(count):
        base = data.user_record(0, n, now)
        base["organization"] = "5f1e0c2a9b8d7e6f5a4b3c2d"
        out.append(realistic.system_user(n, base))
    return out


def without_nulls(value: Any) -> Any:
    """``value`` with every ``null`` member dropped (what the stock templates can read)."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def read_everything(value: Any) -> int:
    """Read every field of a model at every depth (builds what was deferred); returns a count."""
    import attrs

    if attrs.has(type(value)):
        return 1 + sum(read_everything(getattr(value, field.name)) for field in attrs.fields(type(value)))
    if isinstance(value, list):
        return sum(read_everything(v) for v in value)
    return 1


def stock_package(api: str) -> Path:
    """Folder holding ``<package>_stock``, generated with the default templates (cached)."""
    import openapi_python_client

    package, config_name = APIS[api][0], APIS[api][1]
    spec = ROOT / "build" / "specs" / f"{api}.json"
    config = ROOT / "generator-config" / config_name
    if not spec.is_file():
        raise FileNotFoundError(f"{spec.relative_to(ROOT)} is missing: run `make specs` (or `make generate`) first")
    digest = hashlib.sha256(spec.read_bytes() + config.read_bytes())
    digest.update(str(getattr(openapi_python_client, "__version__", "?")).encode())
    home = STOCK_DIR / f"{api}-{digest.hexdigest()[:16]}"
    target = home / f"{package}_stock"
    if (target / "models" / "__init__.py").is_file():
        return home
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(spec),
            "--config",
            str(config),
            "--meta",
            "none",
            "--output-path",
            str(target),
        ],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    return home


def model_class(api: str, *, stock: bool) -> Any:
    """Our (or the stock) model class for ``api``."""
    package, _, module, name = APIS[api]
    if stock:
        home = str(stock_package(api))
        if home not in sys.path:
            sys.path.insert(0, home)
        package += "_stock"
    return getattr(importlib.import_module(f"{package}.models.{module}"), name)


def parse_all(cls: Any, data: list[dict[str, Any]]) -> list[Any]:
    """``cls.from_dict`` of every record."""
    from_dict = cls.from_dict
    return [from_dict(record) for record in data]


def parse_and_read(cls: Any, data: list[dict[str, Any]]) -> int:
    """``cls.from_dict`` of every record, then every field of each read."""
    from_dict = cls.from_dict
    return sum(read_everything(from_dict(record)) for record in data)


def run(quick: bool = False) -> list[Row]:
    repeats = 3 if quick else 7
    rows: list[Row] = []
    for api in APIS:
        name = APIS[api][3]
        data = records(api)
        text = json.dumps(data)
        ours_cls = model_class(api, stock=False)
        assert all(ours_cls.from_dict(r).to_dict() == r for r in data[:50]), "a record does not round-trip"
        samples = interleaved_samples(
            {
                "json": partial(json.loads, text),
                "ours": partial(parse_all, ours_cls, data),
                "ours_read": partial(parse_and_read, ours_cls, data),
            },
            repeats,
        )
        ours, ours_read, loads = (RECORDS / statistics.median(samples[k]) for k in ("ours", "ours_read", "json"))
        rows.append(
            ratio_row(
                f"from_dict {api} {name} x{RECORDS:,} vs json.loads",
                "records/s",
                ours,
                loads,
                op=">=",
                limit=0.5,
                ratio=1 / paired_ratio(samples["ours"], samples["json"]),
                note=f"baseline: json.loads of the same records; every field then read: {ours_read:,.0f} records/s",
                extra={"ours_every_field_read_records_per_s": ours_read},
            )
        )
        measure = f"from_dict {api} {name} x{RECORDS:,} vs stock"
        try:
            stock_cls = model_class(api, stock=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            rows.append(unavailable(measure, "records/s", ">= 2.00x", f"stock package not generated: {exc}"))
            continue
        described = [without_nulls(r) for r in data]
        sample = ours_cls.from_dict(described[0])
        stock_sample = stock_cls.from_dict(described[0])
        assert sample.to_dict() == stock_sample.to_dict() == described[0], "ours and stock disagree"
        samples = interleaved_samples(
            {"ours": partial(parse_all, ours_cls, described), "stock": partial(parse_all, stock_cls, described)},
            repeats,
        )
        ours, stock = (RECORDS / statistics.median(samples[k]) for k in ("ours", "stock"))
        rows.append(
            ratio_row(
                measure,
                "records/s",
                ours,
                stock,
                op=">=",
                limit=2.0,
                ratio=1 / paired_ratio(samples["ours"], samples["stock"]),
                note="baseline: stock templates, on the records without the nulls they cannot read",
            )
        )
    return rows
