"""jcapi-python jcapiv2 GSuiteApi examples, as its docs/GSuiteApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_graph_g_suite_associations_list():
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
    api_instance = jcapiv2.GSuiteApi(jcapiv2.ApiClient(configuration))
    gsuite_id = 'gsuite_id_example' # str | ObjectID of the G Suite instance.
    targets = ['targets_example'] # list[str] | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List the associations of a G Suite instance
        api_response = api_instance.graph_g_suite_associations_list(gsuite_id, targets, content_type, accept, limit=limit, skip=skip, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling GSuiteApi->graph_g_suite_associations_list: %s\n" % e)


def example_graph_g_suite_associations_post():
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
    api_instance = jcapiv2.GSuiteApi(jcapiv2.ApiClient(configuration))
    gsuite_id = 'gsuite_id_example' # str | ObjectID of the G Suite instance.
    body = jcapiv2.GraphManagementReq() # GraphManagementReq |  (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Manage the associations of a G Suite instance
        api_instance.graph_g_suite_associations_post(gsuite_id, body=body, x_org_id=x_org_id)
    except ApiException as e:
        print("Exception when calling GSuiteApi->graph_g_suite_associations_post: %s\n" % e)


def example_graph_g_suite_traverse_user():
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
    api_instance = jcapiv2.GSuiteApi(jcapiv2.ApiClient(configuration))
    gsuite_id = 'gsuite_id_example' # str | ObjectID of the G Suite instance.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the Users bound to a G Suite instance
        api_response = api_instance.graph_g_suite_traverse_user(gsuite_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling GSuiteApi->graph_g_suite_traverse_user: %s\n" % e)


def example_graph_g_suite_traverse_user_group():
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
    api_instance = jcapiv2.GSuiteApi(jcapiv2.ApiClient(configuration))
    gsuite_id = 'gsuite_id_example' # str | ObjectID of the G Suite instance.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the User Groups bound to a G Suite instance
        api_response = api_instance.graph_g_suite_traverse_user_group(gsuite_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling GSuiteApi->graph_g_suite_traverse_user_group: %s\n" % e)


def example_gsuites_get():
    import time
    import jcapiv2
    from jcapiv2.rest import ApiException
    from pprint import pprint

    # create an instance of the API class
    api_instance = jcapiv2.GSuiteApi()
    id = 'id_example' # str | Unique identifier of the GSuite.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Get G Suite
        api_response = api_instance.gsuites_get(id, content_type, accept, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling GSuiteApi->gsuites_get: %s\n" % e)


def example_gsuites_patch():
    import time
    import jcapiv2
    from jcapiv2.rest import ApiException
    from pprint import pprint

    # create an instance of the API class
    api_instance = jcapiv2.GSuiteApi()
    id = 'id_example' # str | Unique identifier of the GSuite.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.GsuitePatchInput() # GsuitePatchInput |  (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Update existing G Suite
        api_response = api_instance.gsuites_patch(id, content_type, accept, body=body, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling GSuiteApi->gsuites_patch: %s\n" % e)


def example_translation_rules_g_suite_delete():
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
    api_instance = jcapiv2.GSuiteApi(jcapiv2.ApiClient(configuration))
    gsuite_id = 'gsuite_id_example' # str | 
    id = 'id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)

    try:
        # Deletes a G Suite translation rule
        api_instance.translation_rules_g_suite_delete(gsuite_id, id, content_type, accept)
    except ApiException as e:
        print("Exception when calling GSuiteApi->translation_rules_g_suite_delete: %s\n" % e)


def example_translation_rules_g_suite_get():
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
    api_instance = jcapiv2.GSuiteApi(jcapiv2.ApiClient(configuration))
    gsuite_id = 'gsuite_id_example' # str | 
    id = 'id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)

    try:
        # Gets a specific G Suite translation rule
        api_response = api_instance.translation_rules_g_suite_get(gsuite_id, id, content_type, accept)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling GSuiteApi->translation_rules_g_suite_get: %s\n" % e)


def example_translation_rules_g_suite_list():
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
    api_instance = jcapiv2.GSuiteApi(jcapiv2.ApiClient(configuration))
    gsuite_id = 'gsuite_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    fields = ['[]'] # list[str] | The comma separated fields included in the returned records. If omitted, the default list of fields will be returned.  (optional) (default to [])
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = ['[]'] # list[str] | The comma separated fields used to sort the collection. Default sort is ascending, prefix with `-` to sort descending.  (optional) (default to [])

    try:
        # List all the G Suite Translation Rules
        api_response = api_instance.translation_rules_g_suite_list(gsuite_id, content_type, accept, fields=fields, filter=filter, limit=limit, skip=skip, sort=sort)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling GSuiteApi->translation_rules_g_suite_list: %s\n" % e)


def example_translation_rules_g_suite_post():
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
    api_instance = jcapiv2.GSuiteApi(jcapiv2.ApiClient(configuration))
    gsuite_id = 'gsuite_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.GSuiteTranslationRuleRequest() # GSuiteTranslationRuleRequest |  (optional)

    try:
        # Create a new G Suite Translation Rule
        api_response = api_instance.translation_rules_g_suite_post(gsuite_id, content_type, accept, body=body)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling GSuiteApi->translation_rules_g_suite_post: %s\n" % e)
