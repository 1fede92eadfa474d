# mypy: ignore-errors
# (it imports jcapi-python, whose package names are ours: checked against ours, nothing fits)
"""Child process of ``benchmarks.jcapi_python``: times batches of the old ``jcapi-python`` calls.

Run by the interpreter named in ``JCAPI_PYTHON`` (a virtualenv where jcapi-python's ``jcapiv1`` and
``jcapiv2`` are installed; their import names are ours too, so they cannot share a process). Reads
one line per batch on stdin (``go``), answers the batch's seconds on stdout; ``argv``: base URL,
api (``v1``/``v2``), API key, calls per batch, records per call.
"""

import sys
import time


def main() -> None:
    url, api, key, calls, limit = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    if api == "v1":
        import jcapiv1 as sdk

        configuration = sdk.Configuration()
        configuration.host = url
        configuration.api_key["x-api-key"] = key
        api_client = sdk.SystemusersApi(sdk.ApiClient(configuration))

        def call() -> int:
            return len(api_client.systemusers_list("application/json", "application/json", limit=limit).results)

    else:
        import jcapiv2 as sdk

        configuration = sdk.Configuration()
        configuration.host = url
        configuration.api_key["x-api-key"] = key
        api_client = sdk.UserGroupsApi(sdk.ApiClient(configuration))

        def call() -> int:
            return len(api_client.groups_user_list("application/json", "application/json", limit=limit))

    print(f"ready {call()}", flush=True)
    for line in sys.stdin:
        if line.strip() != "go":
            break
        start = time.perf_counter()
        for _ in range(calls):
            call()
        print(time.perf_counter() - start, flush=True)


if __name__ == "__main__":
    main()
