"""jcapi-python jcapiv2 ProvidersApi examples, as its docs/ProvidersApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_providers_list_administrators():
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
    api_instance = jcapiv2.ProvidersApi(jcapiv2.ApiClient(configuration))
    provider_id = 'provider_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    fields = ['[]'] # list[str] | The comma separated fields included in the returned records. If omitted, the default list of fields will be returned.  (optional) (default to [])
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = ['[]'] # list[str] | The comma separated fields used to sort the collection. Default sort is ascending, prefix with `-` to sort descending.  (optional) (default to [])

    try:
        # List Provider Administrators
        api_response = api_instance.providers_list_administrators(provider_id, content_type, accept, fields=fields, filter=filter, limit=limit, skip=skip, sort=sort)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling ProvidersApi->providers_list_administrators: %s\n" % e)


def example_providers_post_admins():
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
    api_instance = jcapiv2.ProvidersApi(jcapiv2.ApiClient(configuration))
    provider_id = 'provider_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.ProviderAdminReq() # ProviderAdminReq |  (optional)

    try:
        # Create a new Provider Administrator
        api_response = api_instance.providers_post_admins(provider_id, content_type, accept, body=body)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling ProvidersApi->providers_post_admins: %s\n" % e)
