"""``python -m jcsim [--port 8765] [--seed 0] [--users 25]``: serve the simulator in the foreground."""

from __future__ import annotations

import argparse

import uvicorn

from jcsim.clock import SimClock
from jcsim.server import make_config
from jcsim.state import DEFAULT_API_KEY, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, MSP_API_KEY, SimState


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and run uvicorn until interrupted."""
    parser = argparse.ArgumentParser(prog="jcsim", description="Local JumpCloud API simulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--users", type=int, default=25)
    parser.add_argument("--real-time", action="store_true", help="use the real clock instead of a fixed one")
    parser.add_argument("--token-lifetime", type=float, default=3600.0, help="service-account token lifetime (s)")
    args = parser.parse_args(argv)
    state = SimState(
        seed=args.seed, users=args.users, clock=SimClock(real=args.real_time), token_lifetime=args.token_lifetime
    )
    base = f"http://{args.host}:{args.port}"
    print(f"jcsim on {base}  (v1 {base}/api, v2 {base}/api/v2, insights {base}/insights/directory/v1)")
    print(f"api keys: {DEFAULT_API_KEY} (single tenant), {MSP_API_KEY} (multi-tenant, needs x-org-id)")
    print(f"service account: {DEFAULT_CLIENT_ID} / {DEFAULT_CLIENT_SECRET} (token URL {base}/oauth2/token)")
    uvicorn.Server(make_config(state, args.host, args.port)).run()


if __name__ == "__main__":
    main()
