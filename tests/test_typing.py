"""What mypy sees of the public API (a static check, run as a test): paginate() is typed from the plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parent.parent

SNIPPET = """
import jcapiv1
import jcapiv2
from jcapiv1.api.systemusers import systemusers_get, systemusers_list
from jcapiv2.api.user_groups import groups_user_list
from jcapiv2.pagination import paginate, paginate_async

c = jcapiv2.connect()
reveal_type(list(paginate(groups_user_list, client=c)))
reveal_type(jcapiv1.paginate(systemusers_list, client=jcapiv1.connect()))
reveal_type(paginate_async(groups_user_list, client=c))
reveal_type(list(paginate("/applications/selection", client=c)))
paginate(systemusers_get, client=c)
"""


@pytest.mark.slow
def test_paginate_is_typed_by_the_operations_record_type(tmp_path: Path) -> None:
    source = tmp_path / "snippet.py"
    source.write_text(SNIPPET)
    out, err, _status = mypy_api.run(
        [str(source), "--cache-dir", str(ROOT / ".mypy_cache"), "--no-error-summary", "--follow-imports=silent"]
    )
    revealed = [line.split("Revealed type is ", 1)[1] for line in out.splitlines() if "Revealed type is" in line]
    assert revealed == [
        '"list[jcapiv2.models.user_group.UserGroup]"',
        '"jcapiv1.pagination.Pages[jcapiv1.models.system_user_return.SystemUserReturn]"',
        '"jcapiv2.pagination.AsyncPages[jcapiv2.models.user_group.UserGroup]"',
        '"list[Any]"',
    ], out + err
    assert 'Argument 1 to "paginate" has incompatible type Module' in out, "a non-list operation is refused"
