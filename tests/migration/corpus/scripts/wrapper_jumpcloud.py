"""A team's wrapper around jcapi-python, in the style many admin scripts use: one class holding
the API objects of both packages, from-imports, dict bodies and typed results."""
import os
import sys

import jcapiv1 as jc1
from jcapiv1.rest import ApiException as V1ApiException
from jcapiv2 import ApiClient, Configuration, GraphApi, UserGroupsApi
from jcapiv2.rest import ApiException

CT = "application/json"


class JumpCloud:
    def __init__(self, api_key, org_id=""):
        v1_config = jc1.Configuration()
        v1_config.api_key["x-api-key"] = api_key
        self.users_api = jc1.SystemusersApi(jc1.ApiClient(v1_config))

        config = Configuration()
        config.api_key["x-api-key"] = api_key
        client = ApiClient(config)
        self.groups_api = UserGroupsApi(client)
        self.graph_api = GraphApi(client)
        self.org_id = org_id

    def find_user_id(self, username):
        page = self.users_api.systemusers_list(CT, CT, limit=100, x_org_id="")
        for user in page.results:
            if user.username == username:
                return user.id
        return None

    def create_group(self, name):
        try:
            group = self.groups_api.groups_user_post(CT, CT, body={"name": name, "description": "made by a script"}, x_org_id="")
        except ApiException as exc:
            print("could not create %s: %s" % (name, exc.status), file=sys.stderr)
            raise
        return group.id

    def add_member(self, group_id, user_id):
        self.graph_api.graph_user_group_members_post(group_id, CT, CT, body={"op": "add", "type": "user", "id": user_id}, x_org_id="")

    def members(self, group_id):
        return [m.to.id for m in self.graph_api.graph_user_group_members_list(group_id, CT, CT, limit=100)]


if __name__ == "__main__":
    jc = JumpCloud(os.environ["JUMPCLOUD_API_KEY"])
    try:
        user_id = jc.find_user_id(os.environ["SYSTEM_USER_USERNAME"])
    except V1ApiException as exc:
        sys.exit("user lookup failed: %s" % exc)
    group_id = jc.create_group("migrated-group")
    jc.add_member(group_id, user_id)
    print("members:", jc.members(group_id))
