"""jcapi-python jcapiv2 Office365Api examples, as its docs/Office365Api.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_graph_office365_associations_list():
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
    api_instance = jcapiv2.Office365Api(jcapiv2.ApiClient(configuration))
    office365_id = 'office365_id_example' # str | ObjectID of the Office 365 instance.
    targets = ['targets_example'] # list[str] | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List the associations of an Office 365 instance
        api_response = api_instance.graph_office365_associations_list(office365_id, targets, content_type, accept, limit=limit, skip=skip, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling Office365Api->graph_office365_associations_list: %s\n" % e)


def example_graph_office365_associations_post():
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
    api_instance = jcapiv2.Office365Api(jcapiv2.ApiClient(configuration))
    office365_id = 'office365_id_example' # str | ObjectID of the Office 365 instance.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.GraphManagementReq() # GraphManagementReq |  (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Manage the associations of an Office 365 instance
        api_instance.graph_office365_associations_post(office365_id, content_type, accept, body=body, x_org_id=x_org_id)
    except ApiException as e:
        print("Exception when calling Office365Api->graph_office365_associations_post: %s\n" % e)


def example_graph_office365_traverse_user():
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
    api_instance = jcapiv2.Office365Api(jcapiv2.ApiClient(configuration))
    office365_id = 'office365_id_example' # str | ObjectID of the Office 365 suite.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the Users bound to an Office 365 instance
        api_response = api_instance.graph_office365_traverse_user(office365_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling Office365Api->graph_office365_traverse_user: %s\n" % e)


def example_graph_office365_traverse_user_group():
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
    api_instance = jcapiv2.Office365Api(jcapiv2.ApiClient(configuration))
    office365_id = 'office365_id_example' # str | ObjectID of the Office 365 suite.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the User Groups bound to an Office 365 instance
        api_response = api_instance.graph_office365_traverse_user_group(office365_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling Office365Api->graph_office365_traverse_user_group: %s\n" % e)


def example_translation_rules_office365_delete():
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
    api_instance = jcapiv2.Office365Api(jcapiv2.ApiClient(configuration))
    office365_id = 'office365_id_example' # str | 
    id = 'id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)

    try:
        # Deletes a Office 365 translation rule
        api_instance.translation_rules_office365_delete(office365_id, id, content_type, accept)
    except ApiException as e:
        print("Exception when calling Office365Api->translation_rules_office365_delete: %s\n" % e)


def example_translation_rules_office365_get():
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
    api_instance = jcapiv2.Office365Api(jcapiv2.ApiClient(configuration))
    office365_id = 'office365_id_example' # str | 
    id = 'id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)

    try:
        # Gets a specific Office 365 translation rule
        api_response = api_instance.translation_rules_office365_get(office365_id, id, content_type, accept)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling Office365Api->translation_rules_office365_get: %s\n" % e)


def example_translation_rules_office365_list():
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
    api_instance = jcapiv2.Office365Api(jcapiv2.ApiClient(configuration))
    office365_id = 'office365_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    fields = ['[]'] # list[str] | The comma separated fields included in the returned records. If omitted, the default list of fields will be returned.  (optional) (default to [])
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = ['[]'] # list[str] | The comma separated fields used to sort the collection. Default sort is ascending, prefix with `-` to sort descending.  (optional) (default to [])

    try:
        # List all the Office 365 Translation Rules
        api_response = api_instance.translation_rules_office365_list(office365_id, content_type, accept, fields=fields, filter=filter, limit=limit, skip=skip, sort=sort)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling Office365Api->translation_rules_office365_list: %s\n" % e)


def example_translation_rules_office365_post():
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
    api_instance = jcapiv2.Office365Api(jcapiv2.ApiClient(configuration))
    office365_id = 'office365_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.Office365TranslationRuleRequest() # Office365TranslationRuleRequest |  (optional)

    try:
        # Create a new Office 365 Translation Rule
        api_response = api_instance.translation_rules_office365_post(office365_id, content_type, accept, body=body)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling Office365Api->translation_rules_office365_post: %s\n" % e)
