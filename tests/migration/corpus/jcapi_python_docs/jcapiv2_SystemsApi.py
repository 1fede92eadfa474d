"""jcapi-python jcapiv2 SystemsApi examples, as its docs/SystemsApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_graph_system_associations_list():
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
    api_instance = jcapiv2.SystemsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | ObjectID of the System.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    targets = ['targets_example'] # list[str] | 
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    _date = '_date_example' # str | Current date header for the System Context API (optional)
    authorization = 'authorization_example' # str | Authorization header for the System Context API (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List the associations of a System
        api_response = api_instance.graph_system_associations_list(system_id, content_type, accept, targets, limit=limit, skip=skip, _date=_date, authorization=authorization, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemsApi->graph_system_associations_list: %s\n" % e)


def example_graph_system_associations_post():
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
    api_instance = jcapiv2.SystemsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | ObjectID of the System.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.SystemGraphManagementReq() # SystemGraphManagementReq |  (optional)
    _date = '_date_example' # str | Current date header for the System Context API (optional)
    authorization = 'authorization_example' # str | Authorization header for the System Context API (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Manage associations of a System
        api_instance.graph_system_associations_post(system_id, content_type, accept, body=body, _date=_date, authorization=authorization, x_org_id=x_org_id)
    except ApiException as e:
        print("Exception when calling SystemsApi->graph_system_associations_post: %s\n" % e)


def example_graph_system_member_of():
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
    api_instance = jcapiv2.SystemsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | ObjectID of the System.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    _date = '_date_example' # str | Current date header for the System Context API (optional)
    authorization = 'authorization_example' # str | Authorization header for the System Context API (optional)
    sort = ['[]'] # list[str] | The comma separated fields used to sort the collection. Default sort is ascending, prefix with `-` to sort descending.  (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List the parent Groups of a System
        api_response = api_instance.graph_system_member_of(system_id, content_type, accept, filter=filter, limit=limit, skip=skip, _date=_date, authorization=authorization, sort=sort, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemsApi->graph_system_member_of: %s\n" % e)


def example_graph_system_traverse_command():
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
    api_instance = jcapiv2.SystemsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | ObjectID of the System.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the Commands bound to a System
        api_response = api_instance.graph_system_traverse_command(system_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemsApi->graph_system_traverse_command: %s\n" % e)


def example_graph_system_traverse_policy():
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
    api_instance = jcapiv2.SystemsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | ObjectID of the System.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the Policies bound to a System
        api_response = api_instance.graph_system_traverse_policy(system_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemsApi->graph_system_traverse_policy: %s\n" % e)


def example_graph_system_traverse_user():
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
    api_instance = jcapiv2.SystemsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | ObjectID of the System.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    _date = '_date_example' # str | Current date header for the System Context API (optional)
    authorization = 'authorization_example' # str | Authorization header for the System Context API (optional)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the Users bound to a System
        api_response = api_instance.graph_system_traverse_user(system_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, _date=_date, authorization=authorization, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemsApi->graph_system_traverse_user: %s\n" % e)


def example_graph_system_traverse_user_group():
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
    api_instance = jcapiv2.SystemsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | ObjectID of the System.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    _date = '_date_example' # str | Current date header for the System Context API (optional)
    authorization = 'authorization_example' # str | Authorization header for the System Context API (optional)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the User Groups bound to a System
        api_response = api_instance.graph_system_traverse_user_group(system_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, _date=_date, authorization=authorization, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemsApi->graph_system_traverse_user_group: %s\n" % e)


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
    api_instance = jcapiv2.SystemsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Get System FDE Key
        api_response = api_instance.systems_get_fde_key(system_id, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemsApi->systems_get_fde_key: %s\n" % e)
