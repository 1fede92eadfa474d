"""Query parameters as JumpCloud reads them (jumpcloud-api-notes.md): v2 ``filter`` repeated, v2
``fields`` / ``sort`` comma-joined; v1 ``filter`` repeated, v1 ``fields`` / ``sort`` one space-separated
string. Checked on the wire (a mock transport) and against the simulator, which reads them the same
way and answers 400 to the other forms."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

import jcapiv1
import jcapiv2
import jcsim
from jcapiv1.api.systemusers import systemusers_list
from jcapiv2.api.user_groups import groups_user_list

SENT: list[httpx.Request] = []


def _recorder(body: object) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        SENT.append(request)
        return httpx.Response(200, json=body)

    return httpx.MockTransport(answer)


def _query(request: httpx.Request) -> list[tuple[str, str]]:
    """The decoded query pairs, less the paging defaults every list call sends."""
    return [pair for pair in parse_qsl(urlsplit(str(request.url)).query) if pair[0] not in ("limit", "skip")]


@pytest.fixture(autouse=True)
def _clear() -> None:
    SENT.clear()


def test_v2_filter_repeated_fields_and_sort_comma_joined() -> None:
    client = jcapiv2.connect(api_key="k", base_url="http://jc.test/api/v2", transport=_recorder([]))
    groups_user_list.sync(
        client=client, filter_=["name:eq:a", "description:eq:b"], fields=["name", "id"], sort=["name", "-id"]
    )
    (request,) = SENT
    assert sorted(_query(request)) == sorted(
        [("filter", "name:eq:a"), ("filter", "description:eq:b"), ("fields", "name,id"), ("sort", "name,-id")]
    )
    assert request.url.params.get_list("filter") == ["name:eq:a", "description:eq:b"], "in the order given"


def test_v1_filter_repeated_fields_and_sort_one_space_separated_string() -> None:
    client = jcapiv1.connect(
        api_key="k", base_url="http://jc.test/api", transport=_recorder({"totalCount": 0, "results": []})
    )
    systemusers_list.sync(
        client=client,
        filter_=["department:$eq:IT", "state:$eq:ACTIVATED"],
        fields="username email",
        sort="username -email",
    )
    (request,) = SENT
    assert sorted(_query(request)) == sorted(
        [
            ("filter", "department:$eq:IT"),
            ("filter", "state:$eq:ACTIVATED"),
            ("fields", "username email"),
            ("sort", "username -email"),
        ]
    )


def test_one_value_is_sent_as_is() -> None:
    client = jcapiv2.connect(api_key="k", base_url="http://jc.test/api/v2", transport=_recorder([]))
    groups_user_list.sync(client=client, filter_=["name:eq:a"], sort=["-name"])
    assert sorted(_query(SENT[0])) == [("filter", "name:eq:a"), ("sort", "-name")]


# --- against the simulator ------------------------------------------------------------------


@pytest.fixture(scope="module")
def sim() -> Iterator[jcsim.RunningSim]:
    with jcsim.serve(jcsim.SimState(seed=11)) as running:
        yield running


def test_the_simulator_reads_v2_formats_like_jumpcloud(sim: jcsim.RunningSim) -> None:
    client = jcapiv2.connect(api_key=jcsim.DEFAULT_API_KEY, base_url=sim.url + "/api/v2")
    everything = groups_user_list.sync(client=client, limit=100) or []
    target = everything[1]
    both = groups_user_list.sync(
        client=client, filter_=[f"name:eq:{target.name}", f"id:eq:{target.id}"], fields=["name", "id"]
    )
    assert both is not None and [(g.id, g.name) for g in both] == [(target.id, target.name)]
    assert isinstance(both[0].description, type(jcapiv2.types.UNSET)), "fields= narrowed the answer"
    ordered = groups_user_list.sync(client=client, sort=["-name", "id"], limit=100) or []
    assert [g.name for g in ordered] == sorted((str(g.name) for g in everything), reverse=True)
    nothing = groups_user_list.sync(client=client, filter_=[f"name:eq:{target.name}", "id:eq:none"]) or []
    assert nothing == [], "filters are ANDed"


def test_the_simulator_reads_v1_formats_like_jumpcloud(sim: jcsim.RunningSim) -> None:
    client = jcapiv1.connect(api_key=jcsim.DEFAULT_API_KEY, base_url=sim.url + "/api")
    page = systemusers_list.sync(client=client, sort="-username", fields="username email", limit=100)
    assert page is not None and isinstance(page.results, list)
    names = [str(u.username) for u in page.results]
    assert names == sorted(names, reverse=True)
    assert all(isinstance(u.firstname, type(jcapiv1.types.UNSET)) for u in page.results), "fields= narrowed"


@pytest.mark.parametrize(
    ("path", "query", "message"),
    [
        ("/api/v2/usergroups", [("sort", "name"), ("sort", "-id")], "given 2 times"),
        ("/api/v2/usergroups", [("fields", "name id")], "separates fields with ','"),
        ("/api/v2/usergroups", [("filter", "name:eq:a,description:eq:b")], "one expression per filter"),
        ("/api/v2/usergroups", [("filter[0]", "name:eq:a")], "repeat filter="),
        ("/api/systemusers", [("sort", "username,-email")], "separates fields with ' '"),
        ("/api/systemusers", [("fields", "a"), ("fields", "b")], "given 2 times"),
    ],
)
def test_the_simulator_refuses_the_other_forms(
    sim: jcsim.RunningSim, path: str, query: list[tuple[str, str | int | float | bool | None]], message: str
) -> None:
    with httpx.Client(base_url=sim.url, headers={"x-api-key": jcsim.DEFAULT_API_KEY}) as raw:
        response = raw.get(path, params=query)
    assert response.status_code == 400 and message in response.json()["message"]


def test_v1_indexed_filters_are_accepted(sim: jcsim.RunningSim) -> None:
    """v1 also reads the old ``filter[0]=`` form (jumpcloud-api-notes.md)."""
    with httpx.Client(base_url=sim.url, headers={"x-api-key": jcsim.DEFAULT_API_KEY}) as raw:
        everything = raw.get("/api/systemusers", params={"limit": 100}).json()["results"]
        first = everything[0]["username"]
        response = raw.get("/api/systemusers", params={"filter[0]": f"username:$eq:{first}"})
    assert response.status_code == 200 and [u["username"] for u in response.json()["results"]] == [first]
