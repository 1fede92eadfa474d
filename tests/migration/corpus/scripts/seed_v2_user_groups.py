"""JumpCloud API v2 example (the jcapi-python README's, with the key from the environment)."""
import os

import jcapiv2
from jcapiv2.rest import ApiException

API_KEY = os.environ["JUMPCLOUD_API_KEY"]
CONTENT_TYPE = "application/json"
ACCEPT = "application/json"

# Set up the configuration object with your API key for authorization
CONFIGURATION = jcapiv2.Configuration()
CONFIGURATION.api_key['x-api-key'] = API_KEY

# Instantiate the API object for the group of endpoints you need to use,
# for instance the user groups API
API_INSTANCE = jcapiv2.UserGroupsApi(jcapiv2.ApiClient(CONFIGURATION))


def get_user_groups():
    """Make an API call to retrieve all user groups."""
    try:
        user_groups = API_INSTANCE.groups_user_list(CONTENT_TYPE, ACCEPT, limit=100)
        for group in user_groups:
            print("group:", group.name)
    except ApiException as err:
        print("Exception when calling UserGroupsApi->groups_user_list: %s\n" % err)


if __name__ == "__main__":
    get_user_groups()
