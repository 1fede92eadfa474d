"""jcsim: a local, deterministic imitation of JumpCloud's v1, v2 and Directory Insights APIs
and its service-account token endpoint.

Public entry points: :func:`create_app`, :class:`SimState`, :func:`serve`.
"""

from jcsim.app import SimApp, create_app
from jcsim.clock import SimClock
from jcsim.faults import FAULT_KINDS, Fault, FaultSet
from jcsim.oauth import ServiceAccount
from jcsim.server import RunningSim, serve
from jcsim.state import (
    DEFAULT_API_KEY,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_ORG_ID,
    MSP_API_KEY,
    MSP_ORG_IDS,
    SimState,
)

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_ORG_ID",
    "FAULT_KINDS",
    "MSP_API_KEY",
    "MSP_ORG_IDS",
    "Fault",
    "FaultSet",
    "RunningSim",
    "ServiceAccount",
    "SimApp",
    "SimClock",
    "SimState",
    "create_app",
    "serve",
]
