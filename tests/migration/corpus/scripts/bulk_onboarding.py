"""Onboard users with a bulk job and wait for every result (jcapi-python BulkJobRequestsApi)."""
import os
import time

import jcapiv2
from jcapiv2.rest import ApiException

configuration = jcapiv2.Configuration()
configuration.api_key["x-api-key"] = os.environ["JUMPCLOUD_API_KEY"]
bulk_api = jcapiv2.BulkJobRequestsApi(jcapiv2.ApiClient(configuration))

NEW_USERS = [
    {"username": "grace.hopper", "email": "grace.hopper@example.com", "firstname": "Grace", "lastname": "Hopper"},
    {"username": "alan.turing", "email": "alan.turing@example.com", "firstname": "Alan", "lastname": "Turing"},
]


def main():
    try:
        job = bulk_api.bulk_users_create("application/json", "application/json", body=[
            {"username": "grace.hopper", "email": "grace.hopper@example.com", "firstname": "Grace"},
            {"username": "alan.turing", "email": "alan.turing@example.com", "firstname": "Alan"},
        ])
    except ApiException as e:
        print("Exception when calling BulkJobRequestsApi->bulk_users_create: %s\n" % e)
        raise
    for _ in range(30):
        results = bulk_api.bulk_users_create_results(job.job_id, "application/json", "application/json", limit=100)
        if results and all(r.status in ("finished", "failed") for r in results):
            break
        time.sleep(0.01)
    for r in results:
        print(r.status, r.meta)


if __name__ == "__main__":
    main()
