"""A bulk user job: submit users to create, wait, then read every per-user result.

    python examples/bulk_users.py              # simulator, or your org with JUMPCLOUD_API_KEY set

A partial failure is data, not an exception: ``result.failed`` lists each rejected user with
JumpCloud's message. Against the simulator one user is deliberately invalid to show it; against
your org the example only creates users when ``JCAPI_EXAMPLE_CREATE=1`` is set.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sandbox import Sandbox, sandbox

import jcapiv2
from jcapiv2.bulk import BulkJobProgress, create_users, wait_for_bulk_job


def show(progress: BulkJobProgress) -> None:
    """Print the count of records done after each poll."""
    print(f"   {progress.done}/{progress.total} done ({progress.failed} failed) after {progress.elapsed:.1f} s")


def run(box: Sandbox) -> None:
    """Create four users (one with an invalid email on the simulator) and print the outcome of each."""
    if box.sim is None and os.environ.get("JCAPI_EXAMPLE_CREATE") != "1":
        print("skipped: set JCAPI_EXAMPLE_CREATE=1 to create example users in your org")
        return
    client = jcapiv2.connect(**box.connect_args("v2"))
    tag = uuid.uuid4().hex[:6]
    users = [
        {"username": f"example.{tag}.{i}", "email": f"example.{tag}.{i}@example.com", "firstname": f"Example {i}"}
        for i in range(3)
    ]
    if box.sim is not None:
        users.append({"username": f"example.{tag}.bad", "email": "not-an-email"})
    job = create_users(client, users, suppress_email=True)
    print(f"submitted job {job.job_id} ({job.submitted} users)")
    result = wait_for_bulk_job(
        client, job, poll_interval=0.2 if box.sim is not None else 2.0, timeout=300, on_progress=show
    )
    for record in result.succeeded:
        print(f"   created {record.username} (id {record.user_id})")
    for record in result.failed:
        print(f"   FAILED  {record.username}: {record.message}")
    print(f"{len(result.succeeded)} succeeded, {len(result.failed)} failed")
    client.close()


if __name__ == "__main__":
    with sandbox() as box:
        run(box)
