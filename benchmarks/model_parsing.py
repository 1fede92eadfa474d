"""Model parsing: ``from_dict`` throughput, ours vs the stock openapi-python-client templates.

Data: 10,000 realistic records from the simulator's seeded data (``jcsim.data``): v1 system
users (``SystemUserReturn``) and v2 user groups (``UserGroup``), as JSON text. The groups'
``"attributes": null`` (real data, which our tolerant reader keeps) is replaced by an object,
since the stock templates cannot read a null there and the comparison needs both to parse. Measured, each
the median of 7 runs (3 with ``--quick``) over all 10,000 records:

* ``json.loads`` of the JSON array alone (the floor any parsing sits on);
* ``Model.from_dict(record)`` for each already-decoded record, with our package;
* the same with the *stock* package: openapi-python-client 0.29.1 run on the same overlaid
  description (``build/specs/<api>.json``) with the same config, ``--meta none`` and *no*
  custom templates, into ``build/bench-stock/`` (cached by a hash of description, config and
  generator version; rebuilt when any changes), imported under its own name via ``sys.path``.

The three run in turn; records/s from the median run; the ratio is the median per-round ratio.

Target: ours >= 2x stock records/s.
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
    """``count`` seeded records shaped as the simulator serves them."""
    from jcsim import data

    now = datetime(2024, 6, 1, tzinfo=UTC)
    if api == "v1":
        out = []
        for n in range(count):
            user = data.user_record(0, n, now)
            user["organization"] = "5f1e0c2a9b8d7e6f5a4b3c2d"
            out.append(user)
        return out
    names = data.USER_GROUP_NAMES
    groups = [data.group_record(0, "user_group", n, f"{names[n % len(names)]} {n}") for n in range(count)]
    for group in groups:  # as described: the stock templates cannot read the real "attributes": null
        if group["attributes"] is None:
            group["attributes"] = {"sudo": {"enabled": False, "withoutPassword": False}}
    return groups


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


def run(quick: bool = False) -> list[Row]:
    repeats = 3 if quick else 7
    rows: list[Row] = []
    for api in APIS:
        name = APIS[api][3]
        measure = f"from_dict {api} {name} x{RECORDS:,}"
        data = records(api)
        text = json.dumps(data)
        ours_cls = model_class(api, stock=False)
        try:
            stock_cls = model_class(api, stock=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            rows.append(unavailable(measure, "records/s", ">= 2.00x", f"stock package not generated: {exc}"))
            continue
        sample = ours_cls.from_dict(data[0])
        assert sample.to_dict() == stock_cls.from_dict(data[0]).to_dict() == data[0], "ours and stock disagree"
        samples = interleaved_samples(
            {
                "json": partial(json.loads, text),
                "ours": partial(parse_all, ours_cls, data),
                "stock": partial(parse_all, stock_cls, data),
            },
            repeats,
        )
        ours, stock, loads = (RECORDS / statistics.median(samples[k]) for k in ("ours", "stock", "json"))
        rows.append(
            ratio_row(
                measure,
                "records/s",
                ours,
                stock,
                op=">=",
                limit=2.0,
                ratio=1 / paired_ratio(samples["ours"], samples["stock"]),
                note=f"baseline: stock templates; json.loads alone {loads:,.0f} records/s",
                extra={"json_loads_records_per_s": loads},
            )
        )
    return rows
