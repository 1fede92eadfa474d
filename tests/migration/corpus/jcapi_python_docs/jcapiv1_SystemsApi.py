"""jcapi-python jcapiv1 SystemsApi examples, as its docs/SystemsApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_systems_delete():
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
    api_instance = jcapiv1.SystemsApi(jcapiv1.ApiClient(configuration))
    id = 'id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    _date = '_date_example' # str | Current date header for the System Context API (optional)
    authorization = 'authorization_example' # str | Authorization header for the System Context API (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Delete a System
        api_response = api_instance.systems_delete(id, content_type, accept, _date=_date, authorization=authorization, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemsApi->systems_delete: %s\n" % e)


def example_systems_get():
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
    api_instance = jcapiv1.SystemsApi(jcapiv1.ApiClient(configuration))
    id = 'id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    fields = '' # str | Use a space seperated string of field parameters to include the data in the response. If omitted, the default list of fields will be returned.  (optional) (default to )
    filter = 'filter_example' # str | A filter to apply to the query. (optional)
    _date = '_date_example' # str | Current date header for the System Context API (optional)
    authorization = 'authorization_example' # str | Authorization header for the System Context API (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List an individual system
        api_response = api_instance.systems_get(id, content_type, accept, fields=fields, filter=filter, _date=_date, authorization=authorization, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemsApi->systems_get: %s\n" % e)


def example_systems_list():
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
    api_instance = jcapiv1.SystemsApi(jcapiv1.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    fields = '' # str | Use a space seperated string of field parameters to include the data in the response. If omitted, the default list of fields will be returned.  (optional) (default to )
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    search = 'search_example' # str | A nested object containing a string `searchTerm` and a list of `fields` to search on. (optional)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = '' # str | Use space separated sort parameters to sort the collection. Default sort is ascending. Prefix with `-` to sort descending.  (optional) (default to )
    filter = 'filter_example' # str | A filter to apply to the query. (optional)

    try:
        # List All Systems
        api_response = api_instance.systems_list(content_type, accept, fields=fields, limit=limit, x_org_id=x_org_id, search=search, skip=skip, sort=sort, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemsApi->systems_list: %s\n" % e)


def example_systems_put():
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
    api_instance = jcapiv1.SystemsApi(jcapiv1.ApiClient(configuration))
    id = 'id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv1.Systemput() # Systemput |  (optional)
    _date = '_date_example' # str | Current date header for the System Context API (optional)
    authorization = 'authorization_example' # str | Authorization header for the System Context API (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Update a system
        api_response = api_instance.systems_put(id, content_type, accept, body=body, _date=_date, authorization=authorization, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemsApi->systems_put: %s\n" % e)


def example_systems_systemusers_binding_list():
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
    api_instance = jcapiv1.SystemsApi(jcapiv1.ApiClient(configuration))
    id = 'id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    fields = '' # str | Use a space seperated string of field parameters to include the data in the response. If omitted, the default list of fields will be returned.  (optional) (default to )
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = '' # str | Use space separated sort parameters to sort the collection. Default sort is ascending. Prefix with `-` to sort descending.  (optional) (default to )
    filter = 'filter_example' # str | A filter to apply to the query. (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List system user bindings
        api_response = api_instance.systems_systemusers_binding_list(id, content_type, accept, fields=fields, limit=limit, skip=skip, sort=sort, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemsApi->systems_systemusers_binding_list: %s\n" % e)


def example_systems_systemusers_binding_put():
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
    api_instance = jcapiv1.SystemsApi(jcapiv1.ApiClient(configuration))
    id = 'id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv1.Systemuserbindingsput() # Systemuserbindingsput |  (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Update a system's or user's binding
        api_instance.systems_systemusers_binding_put(id, content_type, accept, body=body, x_org_id=x_org_id)
    except ApiException as e:
        print("Exception when calling SystemsApi->systems_systemusers_binding_put: %s\n" % e)
