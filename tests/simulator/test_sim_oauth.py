"""Service-account sign-in: the OAuth 2.0 client-credentials token endpoint, bearer tokens on the
APIs, real-time expiry, the token count, reset, request-log redaction, faults and control routes."""

from __future__ import annotations

import base64
import threading
import time
from typing import Any

import httpx
import pytest

import jcsim

FORM = {"grant_type": "client_credentials", "scope": "api"}
CREDENTIALS = (jcsim.DEFAULT_CLIENT_ID, jcsim.DEFAULT_CLIENT_SECRET)
API_ROUTES = [
    ("GET", "/api/systemusers", None),
    ("GET", "/api/v2/usergroups", None),
    ("GET", "/insights/directory/v1/reports", None),
    ("POST", "/insights/directory/v1/events", {"service": ["all"], "start_time": "2026-01-10T00:00:00Z"}),
]


def request_token(
    sim: jcsim.RunningSim, auth: tuple[str, str] | None = CREDENTIALS, data: dict[str, str] | None = None
) -> httpx.Response:
    return httpx.post(sim.token_url, data=FORM if data is None else data, auth=auth)


def token_of(sim: jcsim.RunningSim) -> str:
    response = request_token(sim)
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def call(sim: jcsim.RunningSim, token: str, method: str = "GET", path: str = "/api/systemusers", **kw: Any) -> int:
    headers = {"Authorization": f"Bearer {token}", **kw.pop("headers", {})}
    return httpx.request(method, sim.url + path, headers=headers, **kw).status_code


def assert_oauth_error(response: httpx.Response, status: int, error: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == error
    assert isinstance(body["error_description"], str) and body["error_description"]
    assert jcsim.DEFAULT_CLIENT_SECRET not in response.text


# ------------------------------------------------------------------ token endpoint
def test_token_answer_shape(sim: jcsim.RunningSim) -> None:
    response = request_token(sim)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "scope"}
    assert body["token_type"] == "bearer" and body["scope"] == "api"
    assert body["expires_in"] == 3600 and isinstance(body["expires_in"], int)
    assert len(body["access_token"]) >= 40
    assert "refresh_token" not in body
    assert token_of(sim) != body["access_token"]


def test_scope_may_be_omitted(sim: jcsim.RunningSim) -> None:
    response = request_token(sim, data={"grant_type": "client_credentials"})
    assert response.status_code == 200 and response.json()["scope"] == "api"


def test_expires_in_is_the_lifetime_rounded_up(sim: jcsim.RunningSim) -> None:
    sim.state.token_lifetime = 2.5
    assert request_token(sim).json()["expires_in"] == 3
    sim.state.token_lifetime = 0.2
    assert request_token(sim).json()["expires_in"] == 1


@pytest.mark.parametrize(
    "auth",
    [
        (jcsim.DEFAULT_CLIENT_ID, "not-the-secret"),
        (jcsim.DEFAULT_CLIENT_ID, ""),
        ("no-such-client", jcsim.DEFAULT_CLIENT_SECRET),
        None,
    ],
    ids=["bad-secret", "empty-secret", "unknown-client", "no-auth"],
)
def test_bad_client_credentials_are_401(sim: jcsim.RunningSim, auth: tuple[str, str] | None) -> None:
    response = request_token(sim, auth=auth)
    assert_oauth_error(response, 401, "invalid_client")
    assert response.headers["www-authenticate"] == 'Basic realm="jumpcloud"'
    assert sim.state.tokens_issued == 0


@pytest.mark.parametrize(
    "authorization",
    ["Basic !!!not-base64!!!", "Basic " + base64.b64encode(b"no-colon").decode(), "Bearer abc", "Digest x"],
)
def test_malformed_authorization_is_401(sim: jcsim.RunningSim, authorization: str) -> None:
    response = httpx.post(sim.token_url, data=FORM, headers={"Authorization": authorization})
    assert_oauth_error(response, 401, "invalid_client")
    assert response.headers["www-authenticate"] == 'Basic realm="jumpcloud"'


def test_basic_scheme_is_case_insensitive(sim: jcsim.RunningSim) -> None:
    encoded = base64.b64encode(f"{jcsim.DEFAULT_CLIENT_ID}:{jcsim.DEFAULT_CLIENT_SECRET}".encode()).decode()
    response = httpx.post(sim.token_url, data=FORM, headers={"Authorization": f"basic {encoded}"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"grant_type": "password", "scope": "api"}, "unsupported_grant_type"),
        ({"grant_type": "refresh_token", "refresh_token": "x"}, "unsupported_grant_type"),
        ({"scope": "api"}, "invalid_request"),
        ({"grant_type": "", "scope": "api"}, "invalid_request"),
        ({"grant_type": "client_credentials", "scope": "admin"}, "invalid_scope"),
        ({"grant_type": "client_credentials", "scope": "api admin"}, "invalid_scope"),
        ({"grant_type": "client_credentials", "scope": ""}, "invalid_scope"),
    ],
)
def test_bad_grant_or_scope_is_400(sim: jcsim.RunningSim, data: dict[str, str], error: str) -> None:
    assert_oauth_error(request_token(sim, data=data), 400, error)
    assert sim.state.tokens_issued == 0


def test_repeated_grant_type_is_invalid_request(sim: jcsim.RunningSim) -> None:
    body = "grant_type=client_credentials&grant_type=client_credentials&scope=api"
    response = httpx.post(
        sim.token_url,
        content=body,
        headers={"content-type": "application/x-www-form-urlencoded"},
        auth=CREDENTIALS,
    )
    assert_oauth_error(response, 400, "invalid_request")


def test_a_body_that_is_not_a_form_is_400(sim: jcsim.RunningSim) -> None:
    response = httpx.post(sim.token_url, json=FORM, auth=CREDENTIALS)
    assert_oauth_error(response, 400, "unsupported_grant_type")


def test_client_authentication_is_checked_before_the_grant(sim: jcsim.RunningSim) -> None:
    response = request_token(sim, auth=(jcsim.DEFAULT_CLIENT_ID, "wrong"), data={"grant_type": "password"})
    assert_oauth_error(response, 401, "invalid_client")


def test_account_without_permission_is_403(sim: jcsim.RunningSim) -> None:
    sim.state.add_service_account("svc-readonly", "readonly-secret-000000", permitted=False)
    response = request_token(sim, auth=("svc-readonly", "readonly-secret-000000"))
    assert_oauth_error(response, 403, "access_denied")
    assert "www-authenticate" not in response.headers
    assert_oauth_error(request_token(sim, auth=("svc-readonly", "wrong")), 401, "invalid_client")
    assert sim.state.tokens_issued == 0


def test_an_added_account_gets_tokens_for_its_org(sim: jcsim.RunningSim) -> None:
    other_org = jcsim.MSP_ORG_IDS[1]
    account = sim.state.add_service_account("svc-other", "other-secret-000000", org_id=other_org)
    assert account == jcsim.ServiceAccount("svc-other", "other-secret-000000", other_org, True)
    assert "other-secret" not in repr(account)
    token = request_token(sim, auth=("svc-other", "other-secret-000000")).json()["access_token"]
    assert call(sim, token) == 200
    assert call(sim, token, headers={"x-org-id": other_org}) == 200
    assert call(sim, token, headers={"x-org-id": jcsim.DEFAULT_ORG_ID}) == 404
    assert call(sim, token, headers={"x-org-id": "not-an-org"}) == 400


def test_add_service_account_rejects_bad_credentials(sim: jcsim.RunningSim) -> None:
    for client_id, secret in [("", "s"), ("a:b", "s"), ("svc", "")]:
        with pytest.raises(ValueError):
            sim.state.add_service_account(client_id, secret)
    with pytest.raises(ValueError):
        sim.state.add_service_account("svc", "s", org_id="not-an-org")


def test_get_on_the_token_endpoint_is_405(sim: jcsim.RunningSim) -> None:
    assert httpx.get(sim.token_url, auth=CREDENTIALS).status_code == 405


# ------------------------------------------------------------------ bearer on the APIs
@pytest.mark.parametrize(("method", "path", "body"), API_ROUTES)
def test_bearer_token_is_accepted_like_an_api_key(
    sim: jcsim.RunningSim, method: str, path: str, body: dict[str, Any] | None
) -> None:
    token = token_of(sim)
    headers = {"Authorization": f"Bearer {token}"}
    by_token = httpx.request(method, sim.url + path, headers=headers, json=body)
    by_key = httpx.request(method, sim.url + path, headers={"x-api-key": jcsim.DEFAULT_API_KEY}, json=body)
    assert by_token.status_code == by_key.status_code == 200
    assert by_token.content == by_key.content
    assert call(sim, token, headers={"x-org-id": jcsim.DEFAULT_ORG_ID}) == 200


def test_bearer_scheme_is_case_insensitive(sim: jcsim.RunningSim) -> None:
    token = token_of(sim)
    response = httpx.get(sim.url + "/api/v2/usergroups", headers={"Authorization": f"bearer {token}"})
    assert response.status_code == 200


@pytest.mark.parametrize("authorization", ["Bearer not-a-token", "Bearer"])
def test_unknown_token_is_401_like_a_bad_key(sim: jcsim.RunningSim, authorization: str) -> None:
    bad_key = httpx.get(sim.url + "/api/systemusers", headers={"x-api-key": "not-a-key"})
    bad_token = httpx.get(sim.url + "/api/systemusers", headers={"Authorization": authorization})
    assert bad_token.status_code == bad_key.status_code == 401
    assert bad_token.json() == bad_key.json() == {"message": "Unauthorized"}


def test_token_expires_in_real_time(sim: jcsim.RunningSim) -> None:
    sim.state.token_lifetime = 0.2
    token = token_of(sim)
    assert call(sim, token, path="/api/v2/usergroups") == 200
    time.sleep(0.3)
    assert call(sim, token, path="/api/v2/usergroups") == 401
    assert sim.state.tokens.live() == 0
    assert call(sim, token_of(sim)) == 200


def test_expiry_ignores_the_simulator_clock(sim: jcsim.RunningSim) -> None:
    token = token_of(sim)
    assert isinstance(sim.state.clock, jcsim.SimClock)
    sim.state.clock.advance(7200)
    assert call(sim, token) == 200


def test_api_key_wins_over_a_bearer_token(sim: jcsim.RunningSim) -> None:
    headers = {"x-api-key": jcsim.DEFAULT_API_KEY, "Authorization": "Bearer not-a-token"}
    assert httpx.get(sim.url + "/api/systemusers", headers=headers).status_code == 200
    headers = {"x-api-key": "not-a-key", "Authorization": f"Bearer {token_of(sim)}"}
    assert httpx.get(sim.url + "/api/systemusers", headers=headers).status_code == 401


def test_tokens_of_a_removed_account_stop_working(sim: jcsim.RunningSim) -> None:
    sim.state.add_service_account("svc-temp", "temp-secret-000000")
    token = request_token(sim, auth=("svc-temp", "temp-secret-000000")).json()["access_token"]
    assert call(sim, token) == 200
    del sim.state.service_accounts["svc-temp"]
    assert call(sim, token) == 401


def test_revoke_tokens(sim: jcsim.RunningSim) -> None:
    first, second = token_of(sim), token_of(sim)
    assert sim.state.revoke_tokens(jcsim.DEFAULT_CLIENT_ID) == 2
    assert call(sim, first) == call(sim, second) == 401
    assert sim.state.tokens_issued == 2


# ------------------------------------------------------------------ count, reset, threads
def test_tokens_issued_counts_successes_only(sim: jcsim.RunningSim) -> None:
    assert sim.state.tokens_issued == 0
    token_of(sim)
    token_of(sim)
    request_token(sim, auth=(jcsim.DEFAULT_CLIENT_ID, "wrong"))
    request_token(sim, data={"grant_type": "password"})
    assert sim.state.tokens_issued == 2
    assert httpx.get(sim.url + "/_sim/tokens").json() == {"issued": 2, "live": 2}


def test_reset_forgets_tokens_and_restores_lifetime_and_accounts(sim: jcsim.RunningSim) -> None:
    sim.state.token_lifetime = 5.0
    token = token_of(sim)
    sim.state.add_service_account("svc-extra", "extra-secret-000000")
    sim.state.add_service_account(jcsim.DEFAULT_CLIENT_ID, "changed-secret-0000", permitted=False)
    sim.state.reset()
    assert sim.state.tokens_issued == 0 and sim.state.tokens.live() == 0
    assert sim.state.token_lifetime == 3600.0
    assert set(sim.state.service_accounts) == {jcsim.DEFAULT_CLIENT_ID}
    assert call(sim, token) == 401
    assert request_token(sim).status_code == 200
    assert request_token(sim, auth=("svc-extra", "extra-secret-000000")).status_code == 401


def test_constructor_lifetime_is_what_reset_restores() -> None:
    state = jcsim.SimState(users=1, events=1, token_lifetime=2.0)
    assert state.token_lifetime == 2.0
    state.token_lifetime = 9.0
    state.reset()
    assert state.token_lifetime == 2.0
    assert state.knobs()["token_lifetime"] == 2.0


@pytest.mark.parametrize("seconds", [0, -1.0, float("nan"), float("inf")])
def test_token_lifetime_must_be_positive(seconds: float) -> None:
    with pytest.raises(ValueError):
        jcsim.SimState(users=1, events=1, token_lifetime=seconds)


def test_concurrent_token_requests_are_all_counted(sim: jcsim.RunningSim) -> None:
    tokens: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        with httpx.Client() as client:
            for _ in range(5):
                response = client.post(sim.token_url, data=FORM, auth=CREDENTIALS)
                with lock:
                    tokens.append(response.json()["access_token"])

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(tokens)) == 40
    assert sim.state.tokens_issued == 40 and sim.state.tokens.live() == 40


# ------------------------------------------------------------------ log and faults
def test_request_log_keeps_no_secret_or_token(sim: jcsim.RunningSim) -> None:
    token = token_of(sim)
    assert call(sim, token) == 200
    httpx.post(sim.token_url + "?client_secret=" + jcsim.DEFAULT_CLIENT_SECRET, data=FORM, auth=CREDENTIALS)
    posts = sim.state.requests_to("POST", "/oauth2/token")
    assert len(posts) == 2
    assert posts[0].headers["authorization"] == "<redacted>"
    assert posts[1].query == "client_secret=%3Credacted%3E"
    gets = sim.state.requests_to("GET", "/api/systemusers")
    assert gets[0].headers["authorization"] == "<redacted>"
    log = httpx.get(sim.url + "/_sim/requests").text
    encoded = base64.b64encode(f"{jcsim.DEFAULT_CLIENT_ID}:{jcsim.DEFAULT_CLIENT_SECRET}".encode()).decode()
    for secret in (jcsim.DEFAULT_CLIENT_SECRET, token, encoded):
        assert secret not in repr(sim.state.requests)
        assert secret not in log


def test_other_query_strings_are_logged_verbatim(sim: jcsim.RunningSim, client: httpx.Client) -> None:
    client.get("/api/systemusers?limit=5&filter=username:$eq:a%20b")
    assert sim.state.requests_to("GET", "/api/systemusers")[0].query == "limit=5&filter=username:$eq:a%20b"


@pytest.mark.faults
@pytest.mark.parametrize(("status", "retry_after"), [(429, 2), (503, None)])
def test_faults_apply_to_the_token_endpoint(sim: jcsim.RunningSim, status: int, retry_after: int | None) -> None:
    sim.state.faults.add("status", status=status, retry_after=retry_after, path_prefix="/oauth2/token")
    failed = request_token(sim)
    assert failed.status_code == status
    assert failed.headers.get("retry-after") == (None if retry_after is None else str(retry_after))
    assert request_token(sim).status_code == 200
    assert len(sim.state.requests_to("POST", "/oauth2/token")) == 2
    assert sim.state.tokens_issued == 1


@pytest.mark.faults
def test_connection_drop_on_the_token_endpoint(sim: jcsim.RunningSim) -> None:
    sim.state.faults.add("reset_before", path_prefix="/oauth2/token")
    with pytest.raises(httpx.TransportError):
        request_token(sim)
    assert request_token(sim).status_code == 200


# ------------------------------------------------------------------ control routes
def test_control_routes(sim: jcsim.RunningSim) -> None:
    base = sim.url + "/_sim"
    added = httpx.post(
        base + "/service-accounts",
        json={"client_id": "svc-ctl", "client_secret": "ctl-secret-000000", "permitted": False},
    )
    assert added.status_code == 201
    assert added.json() == {"client_id": "svc-ctl", "org_id": jcsim.DEFAULT_ORG_ID, "permitted": False}
    assert_oauth_error(request_token(sim, auth=("svc-ctl", "ctl-secret-000000")), 403, "access_denied")
    httpx.post(base + "/service-accounts", json={"client_id": "svc-ctl", "client_secret": "ctl-secret-000000"})
    assert request_token(sim, auth=("svc-ctl", "ctl-secret-000000")).status_code == 200

    assert httpx.post(base + "/token-lifetime", json={"seconds": 2.5}).json() == {"seconds": 2.5}
    assert sim.state.token_lifetime == 2.5
    assert request_token(sim).json()["expires_in"] == 3
    assert httpx.get(base + "/tokens").json() == {"issued": 2, "live": 2}
    assert httpx.delete(base + "/tokens", params={"client_id": "svc-ctl"}).json() == {"revoked": 1}
    assert httpx.get(base + "/tokens").json() == {"issued": 2, "live": 1}
    knobs = httpx.post(base + "/knobs", json={"token_lifetime": 60}).json()
    assert knobs["token_lifetime"] == 60.0 == sim.state.token_lifetime
    assert httpx.delete(base + "/tokens").json() == {"revoked": 1}
    assert httpx.post(base + "/reset").status_code == 204
    assert httpx.get(base + "/tokens").json() == {"issued": 0, "live": 0}
    assert sim.state.token_lifetime == 3600.0


@pytest.mark.parametrize(
    ("route", "body"),
    [
        ("/token-lifetime", {"seconds": "soon"}),
        ("/token-lifetime", {"seconds": 0}),
        ("/token-lifetime", {"seconds": True}),
        ("/token-lifetime", {}),
        ("/knobs", {"token_lifetime": -1}),
        ("/service-accounts", {"client_id": "svc"}),
        ("/service-accounts", {"client_id": "svc", "client_secret": "s", "permitted": "yes"}),
        ("/service-accounts", {"client_id": "a:b", "client_secret": "s"}),
        ("/service-accounts", {"client_id": "svc", "client_secret": "s", "org_id": "acme"}),
    ],
)
def test_control_routes_reject_bad_input(sim: jcsim.RunningSim, route: str, body: dict[str, Any]) -> None:
    assert httpx.post(sim.url + "/_sim" + route, json=body).status_code == 400
    assert sim.state.token_lifetime == 3600.0
