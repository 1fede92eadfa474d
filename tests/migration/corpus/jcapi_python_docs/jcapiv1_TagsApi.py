"""jcapi-python jcapiv1 TagsApi examples, as its docs/TagsApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_tags_delete():
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
    api_instance = jcapiv1.TagsApi(jcapiv1.ApiClient(configuration))
    name = 'name_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)

    try:
        # Delete a Tag
        api_response = api_instance.tags_delete(name, content_type, accept)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling TagsApi->tags_delete: %s\n" % e)


def example_tags_get():
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
    api_instance = jcapiv1.TagsApi(jcapiv1.ApiClient(configuration))
    name = 'name_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    fields = '' # str | Use a space seperated string of field parameters to include the data in the response. If omitted, the default list of fields will be returned.  (optional) (default to )
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = '' # str | Use space separated sort parameters to sort the collection. Default sort is ascending. Prefix with `-` to sort descending.  (optional) (default to )
    filter = 'filter_example' # str | A filter to apply to the query. (optional)

    try:
        # List a Tag
        api_response = api_instance.tags_get(name, content_type, accept, fields=fields, limit=limit, skip=skip, sort=sort, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling TagsApi->tags_get: %s\n" % e)


def example_tags_list():
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
    api_instance = jcapiv1.TagsApi(jcapiv1.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    fields = '' # str | Use a space seperated string of field parameters to include the data in the response. If omitted, the default list of fields will be returned.  (optional) (default to )
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = '' # str | Use space separated sort parameters to sort the collection. Default sort is ascending. Prefix with `-` to sort descending.  (optional) (default to )
    filter = 'filter_example' # str | A filter to apply to the query. (optional)

    try:
        # List All Tags
        api_response = api_instance.tags_list(content_type, accept, fields=fields, limit=limit, skip=skip, sort=sort, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling TagsApi->tags_list: %s\n" % e)


def example_tags_post():
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
    api_instance = jcapiv1.TagsApi(jcapiv1.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv1.Tagpost() # Tagpost |  (optional)

    try:
        # Create a Tag
        api_response = api_instance.tags_post(content_type, accept, body=body)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling TagsApi->tags_post: %s\n" % e)


def example_tags_put():
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
    api_instance = jcapiv1.TagsApi(jcapiv1.ApiClient(configuration))
    name = 'name_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv1.Tagput() # Tagput |  (optional)

    try:
        # Update a Tag
        api_response = api_instance.tags_put(name, content_type, accept, body=body)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling TagsApi->tags_put: %s\n" % e)
