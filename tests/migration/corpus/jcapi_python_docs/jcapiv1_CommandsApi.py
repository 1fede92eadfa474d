"""jcapi-python jcapiv1 CommandsApi examples, as its docs/CommandsApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_command_file_get():
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
    api_instance = jcapiv1.CommandsApi(jcapiv1.ApiClient(configuration))
    id = 'id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    fields = '' # str | Use a space seperated string of field parameters to include the data in the response. If omitted, the default list of fields will be returned.  (optional) (default to )
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Get a Command File
        api_response = api_instance.command_file_get(id, content_type, accept, fields=fields, limit=limit, skip=skip, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling CommandsApi->command_file_get: %s\n" % e)


def example_commands_delete():
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
    api_instance = jcapiv1.CommandsApi(jcapiv1.ApiClient(configuration))
    id = 'id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Delete a Command
        api_instance.commands_delete(id, content_type, accept, x_org_id=x_org_id)
    except ApiException as e:
        print("Exception when calling CommandsApi->commands_delete: %s\n" % e)


def example_commands_get():
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
    api_instance = jcapiv1.CommandsApi(jcapiv1.ApiClient(configuration))
    id = 'id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    fields = '' # str | Use a space seperated string of field parameters to include the data in the response. If omitted, the default list of fields will be returned.  (optional) (default to )
    filter = 'filter_example' # str | A filter to apply to the query. (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List an individual Command
        api_response = api_instance.commands_get(id, content_type, accept, fields=fields, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling CommandsApi->commands_get: %s\n" % e)


def example_commands_list():
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
    api_instance = jcapiv1.CommandsApi(jcapiv1.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    fields = '' # str | Use a space seperated string of field parameters to include the data in the response. If omitted, the default list of fields will be returned.  (optional) (default to )
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    sort = '' # str | Use space separated sort parameters to sort the collection. Default sort is ascending. Prefix with `-` to sort descending.  (optional) (default to )
    filter = 'filter_example' # str | A filter to apply to the query. (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List All Commands
        api_response = api_instance.commands_list(content_type, accept, skip=skip, fields=fields, limit=limit, sort=sort, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling CommandsApi->commands_list: %s\n" % e)


def example_commands_post():
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
    api_instance = jcapiv1.CommandsApi(jcapiv1.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv1.Command() # Command |  (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Create A Command
        api_response = api_instance.commands_post(content_type, accept, body=body, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling CommandsApi->commands_post: %s\n" % e)


def example_commands_put():
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
    api_instance = jcapiv1.CommandsApi(jcapiv1.ApiClient(configuration))
    id = 'id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv1.Command() # Command |  (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Update a Command
        api_response = api_instance.commands_put(id, content_type, accept, body=body, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling CommandsApi->commands_put: %s\n" % e)
