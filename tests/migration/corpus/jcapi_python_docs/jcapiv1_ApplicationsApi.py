"""jcapi-python jcapiv1 ApplicationsApi examples, as its docs/ApplicationsApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_applications_delete():
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
    api_instance = jcapiv1.ApplicationsApi(jcapiv1.ApiClient(configuration))
    id = 'id_example' # str | 
    content_type = 'content_type_example' # str |  (optional)
    accept = 'accept_example' # str |  (optional)
    x_org_id = 'x_org_id_example' # str |  (optional)

    try:
        # Delete an Application
        api_response = api_instance.applications_delete(id, content_type=content_type, accept=accept, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling ApplicationsApi->applications_delete: %s\n" % e)


def example_applications_get():
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
    api_instance = jcapiv1.ApplicationsApi(jcapiv1.ApiClient(configuration))
    id = 'id_example' # str | 
    content_type = 'content_type_example' # str |  (optional)
    accept = 'accept_example' # str |  (optional)
    x_org_id = 'x_org_id_example' # str |  (optional)

    try:
        # Get an Application
        api_response = api_instance.applications_get(id, content_type=content_type, accept=accept, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling ApplicationsApi->applications_get: %s\n" % e)


def example_applications_list():
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
    api_instance = jcapiv1.ApplicationsApi(jcapiv1.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    fields = 'fields_example' # str | The comma separated fields included in the returned records. If omitted the default list of fields will be returned. (optional)
    limit = 56 # int | The number of records to return at once. (optional)
    skip = 56 # int | The offset into the records to return. (optional)
    sort = 'The comma separated fields used to sort the collection. Default sort is ascending, prefix with - to sort descending.' # str |  (optional) (default to The comma separated fields used to sort the collection. Default sort is ascending, prefix with - to sort descending.)
    filter = 'filter_example' # str | A filter to apply to the query. (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Applications
        api_response = api_instance.applications_list(content_type, accept, fields=fields, limit=limit, skip=skip, sort=sort, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling ApplicationsApi->applications_list: %s\n" % e)


def example_applications_post():
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
    api_instance = jcapiv1.ApplicationsApi(jcapiv1.ApiClient(configuration))
    body = jcapiv1.Application() # Application |  (optional)
    content_type = 'content_type_example' # str |  (optional)
    accept = 'accept_example' # str |  (optional)
    x_org_id = 'x_org_id_example' # str |  (optional)

    try:
        # Create an Application
        api_response = api_instance.applications_post(body=body, content_type=content_type, accept=accept, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling ApplicationsApi->applications_post: %s\n" % e)


def example_applications_put():
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
    api_instance = jcapiv1.ApplicationsApi(jcapiv1.ApiClient(configuration))
    id = 'id_example' # str | 
    body = jcapiv1.Application() # Application |  (optional)
    content_type = 'content_type_example' # str |  (optional)
    accept = 'accept_example' # str |  (optional)
    x_org_id = 'x_org_id_example' # str |  (optional)

    try:
        # Update an Application
        api_response = api_instance.applications_put(id, body=body, content_type=content_type, accept=accept, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling ApplicationsApi->applications_put: %s\n" % e)
