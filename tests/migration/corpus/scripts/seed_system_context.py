"""JumpCloud system context authorization example (the jcapi-python README's)."""
import jcapiv2
from jcapiv2.rest import ApiException

# Set headers for System Context Authorization. For detailed instructions on
# how to generate these headers, refer to:
# https://docs.jumpcloud.com/2.0/authentication-and-authorization/system-context
SYSTEM_ID = "YOUR_SYSTEM_ID"
# The current date on the system, e.g. "Thu, 09 Aug 1990 14:25:15 GMT"
SYSTEM_DATE = "YOUR_SYSTEM_DATE"
SYSTEM_SIGNATURE = "YOUR_SYSTEM_SIGNATURE"
SYSTEM_CONTEXT_AUTH = (
    'Signature keyId="system/{}",'
    'headers="request-line date",'
    'algorithm="rsa-sha256",'
    'signature="{}"'
).format(SYSTEM_ID, SYSTEM_SIGNATURE)

CONTENT_TYPE = "application/json"
ACCEPT = "application/json"

# Set up the configuration object
CONFIGURATION = jcapiv2.Configuration()

# Instantiate the API object for the group of endpoints you need to use,
# for instance the systems API
API_INSTANCE = jcapiv2.SystemsApi(jcapiv2.ApiClient(CONFIGURATION))


def get_system_groups():
    """Make an API call to retrieve all system groups this system is a member of."""
    try:
        # Note the System Context Authorization headers are passed as arguments
        system_groups = API_INSTANCE.graph_system_member_of(
            SYSTEM_ID, CONTENT_TYPE, ACCEPT,
            date=SYSTEM_DATE, authorization=SYSTEM_CONTEXT_AUTH,
        )
        print(system_groups)
    except ApiException as err:
        print("Exception when calling systemsAPI->graph_system_member_of: %s\n" % err)


if __name__ == "__main__":
    get_system_groups()
