"""jcapi-python jcapiv1 OrganizationsApi examples, as its docs/OrganizationsApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_organization_list():
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
    api_instance = jcapiv1.OrganizationsApi(jcapiv1.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    fields = '' # str | Use a space seperated string of field parameters to include the data in the response. If omitted, the default list of fields will be returned.  (optional) (default to )
    filter = 'filter_example' # str | A filter to apply to the query. (optional)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = '' # str | Use space separated sort parameters to sort the collection. Default sort is ascending. Prefix with `-` to sort descending.  (optional) (default to )
    search = 'search_example' # str | A nested object containing a string `searchTerm` and a list of `fields` to search on. (optional)

    try:
        # Get Organization Details
        api_response = api_instance.organization_list(content_type, accept, fields=fields, filter=filter, limit=limit, skip=skip, sort=sort, search=search)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling OrganizationsApi->organization_list: %s\n" % e)
