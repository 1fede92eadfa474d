"""jcapi-python jcapiv1 CommandTriggersApi examples, as its docs/CommandTriggersApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_command_trigger_webhook_post():
    import time
    import jcapiv1
    from jcapiv1.rest import ApiException
    from pprint import pprint

    # Configure API key authorization: x-api-key
    configuration = jcapiv1.Configuration()
    configuration.api_key['x-api-key'] = 'YOUR_API_KEY'
    # Uncomment below to setup prefix (e.g. Bearer) for API key, if needed
    # configuration.api_key_prefix['x-api-key'] = 'Bearer'

    # create an instance of the API class
    api_instance = jcapiv1.CommandTriggersApi(jcapiv1.ApiClient(configuration))
    triggername = 'triggername_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Launch a command via a Trigger
        api_instance.command_trigger_webhook_post(triggername, content_type, accept, x_org_id=x_org_id)
    except ApiException as e:
        print("Exception when calling CommandTriggersApi->command_trigger_webhook_post: %s\n" % e)
