"""Checks on where jcapi_insights writes files, shared by report downloads and the events export."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["cannot_create_in"]


def cannot_create_in(folder: Path) -> str | None:
    """Why no file can be created (and removed) in ``folder``, or ``None`` when one can: a probe
    file is made and deleted, which catches what permission bits alone do not (read-only mounts,
    ``/proc``, ACLs)."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".jcapi-probe.", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return str(exc.strerror or exc)
    return None
