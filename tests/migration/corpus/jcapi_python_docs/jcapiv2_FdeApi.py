"""jcapi-python jcapiv2 FdeApi examples, as its docs/FdeApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_systems_get_fde_key():
    import time
    import jcapiv2
    from jcapiv2.rest import ApiException
    from pprint import pprint

    # Configure API key authorization: x-api-key
    configuration = jcapiv2.Configuration()
    configuration.api_key['x-api-key'] = 'YOUR_API_KEY'
    # Uncomment below to setup prefix (e.g. Bearer) for API key, if needed
    # configuration.api_key_prefix['x-api-key'] = 'Bearer'

    # create an instance of the API class
    api_instance = jcapiv2.FdeApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Get System FDE Key
        api_response = api_instance.systems_get_fde_key(system_id, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling FdeApi->systems_get_fde_key: %s\n" % e)
