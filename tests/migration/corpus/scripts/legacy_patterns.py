"""jcapi-python patterns with no mechanical equivalent: each gets a `# jcapi migrate:` note."""
import jcapiv1
import jcapiv2
from jcapiv1.rest import ApiException

ORG_ID = "5f0c1a2b3c4d5e6f7a8b9c0d"

configuration = jcapiv1.Configuration()
configuration.api_key["x-api-key"] = "YOUR_API_KEY"
configuration.verify_ssl = False
users = jcapiv1.SystemusersApi(jcapiv1.ApiClient(configuration))
tags = jcapiv1.TagsApi(jcapiv1.ApiClient(configuration))
v2_config = jcapiv2.Configuration()
v2_config.api_key["x-api-key"] = "YOUR_API_KEY"
groups = jcapiv2.UserGroupsApi(jcapiv2.ApiClient(v2_config))


def in_a_thread():
    thread = users.systemusers_list("application/json", "application/json", async_req=True)
    return thread.get()


def with_status():
    data, status, headers = users.systemusers_get_with_http_info("5f0c", "application/json", "application/json")
    return status


def count():
    return users.systemusers_list("application/json", "application/json").to_dict()["total_count"]


def user_ids():
    page = users.systemusers_list("application/json", "application/json")
    return [user["id"] for user in page.to_dict()["results"]]


def for_another_org():
    return groups.groups_user_list("application/json", "application/json", x_org_id=ORG_ID)


def old_tags():
    return tags.tags_list("application/json", "application/json")


def status_of(call):
    try:
        return call()
    except ApiException as err:
        return err.status, err.reason
