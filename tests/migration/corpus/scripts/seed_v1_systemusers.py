"""JumpCloud API v1 example (the jcapi-python README's, with the key and ids from the environment)."""
import os

import jcapiv1
from jcapiv1.rest import ApiException

API_KEY = os.environ["JUMPCLOUD_API_KEY"]
SYSTEM_USER_ID = os.environ["SYSTEM_USER_ID"]
SYSTEM_USER_EMAIL = os.environ["SYSTEM_USER_EMAIL"]
SYSTEM_USER_USERNAME = os.environ["SYSTEM_USER_USERNAME"]
CONTENT_TYPE = "application/json"
ACCEPT = "application/json"

# Set up the configuration object with your API key for authorization
CONFIGURATION = jcapiv1.Configuration()
CONFIGURATION.api_key['x-api-key'] = API_KEY

# Instantiate the API object for the group of endpoints you need to use,
# for instance the system users API
API_INSTANCE = jcapiv1.SystemusersApi(jcapiv1.ApiClient(CONFIGURATION))


def list_users():
    """Make an API call to retrieve all system users."""
    try:
        users = API_INSTANCE.systemusers_list(CONTENT_TYPE, ACCEPT, limit=100)
        print("users:", len(users.results))
    except ApiException as err:
        print("Exception when calling SystemusersApi->systemusers_list: %s\n" % err)


def update_user():
    """Make an API call to update a system user."""
    put_request = jcapiv1.Systemuserput(email=SYSTEM_USER_EMAIL, username=SYSTEM_USER_USERNAME)
    put_request.lastname = "Updated Last Name"
    try:
        user = API_INSTANCE.systemusers_put(SYSTEM_USER_ID, CONTENT_TYPE, ACCEPT, body=put_request)
        print("updated:", user.username, user.lastname)
    except ApiException as err:
        print("Exception when calling SystemusersApi->systemusers_put: %s\n" % err)


if __name__ == "__main__":
    list_users()
    update_user()
