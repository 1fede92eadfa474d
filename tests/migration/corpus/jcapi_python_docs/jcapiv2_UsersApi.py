"""jcapi-python jcapiv2 UsersApi examples, as its docs/UsersApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_graph_user_associations_list():
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
    api_instance = jcapiv2.UsersApi(jcapiv2.ApiClient(configuration))
    user_id = 'user_id_example' # str | ObjectID of the User.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    targets = ['targets_example'] # list[str] | 
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List the associations of a User
        api_response = api_instance.graph_user_associations_list(user_id, content_type, accept, targets, limit=limit, skip=skip, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling UsersApi->graph_user_associations_list: %s\n" % e)


def example_graph_user_associations_post():
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
    api_instance = jcapiv2.UsersApi(jcapiv2.ApiClient(configuration))
    user_id = 'user_id_example' # str | ObjectID of the User.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.UserGraphManagementReq() # UserGraphManagementReq |  (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Manage the associations of a User
        api_instance.graph_user_associations_post(user_id, content_type, accept, body=body, x_org_id=x_org_id)
    except ApiException as e:
        print("Exception when calling UsersApi->graph_user_associations_post: %s\n" % e)


def example_graph_user_member_of():
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
    api_instance = jcapiv2.UsersApi(jcapiv2.ApiClient(configuration))
    user_id = 'user_id_example' # str | ObjectID of the User.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = ['[]'] # list[str] | The comma separated fields used to sort the collection. Default sort is ascending, prefix with `-` to sort descending.  (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List the parent Groups of a User
        api_response = api_instance.graph_user_member_of(user_id, content_type, accept, filter=filter, limit=limit, skip=skip, sort=sort, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling UsersApi->graph_user_member_of: %s\n" % e)


def example_graph_user_traverse_application():
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
    api_instance = jcapiv2.UsersApi(jcapiv2.ApiClient(configuration))
    user_id = 'user_id_example' # str | ObjectID of the User.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the Applications bound to a User
        api_response = api_instance.graph_user_traverse_application(user_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling UsersApi->graph_user_traverse_application: %s\n" % e)


def example_graph_user_traverse_directory():
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
    api_instance = jcapiv2.UsersApi(jcapiv2.ApiClient(configuration))
    user_id = 'user_id_example' # str | ObjectID of the User.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the Directories bound to a User
        api_response = api_instance.graph_user_traverse_directory(user_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling UsersApi->graph_user_traverse_directory: %s\n" % e)


def example_graph_user_traverse_g_suite():
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
    api_instance = jcapiv2.UsersApi(jcapiv2.ApiClient(configuration))
    user_id = 'user_id_example' # str | ObjectID of the User.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the G Suite instances bound to a User
        api_response = api_instance.graph_user_traverse_g_suite(user_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling UsersApi->graph_user_traverse_g_suite: %s\n" % e)


def example_graph_user_traverse_ldap_server():
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
    api_instance = jcapiv2.UsersApi(jcapiv2.ApiClient(configuration))
    user_id = 'user_id_example' # str | ObjectID of the User.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the LDAP servers bound to a User
        api_response = api_instance.graph_user_traverse_ldap_server(user_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling UsersApi->graph_user_traverse_ldap_server: %s\n" % e)


def example_graph_user_traverse_office365():
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
    api_instance = jcapiv2.UsersApi(jcapiv2.ApiClient(configuration))
    user_id = 'user_id_example' # str | ObjectID of the User.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the Office 365 instances bound to a User
        api_response = api_instance.graph_user_traverse_office365(user_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling UsersApi->graph_user_traverse_office365: %s\n" % e)


def example_graph_user_traverse_radius_server():
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
    api_instance = jcapiv2.UsersApi(jcapiv2.ApiClient(configuration))
    user_id = 'user_id_example' # str | ObjectID of the User.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the RADIUS Servers bound to a User
        api_response = api_instance.graph_user_traverse_radius_server(user_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling UsersApi->graph_user_traverse_radius_server: %s\n" % e)


def example_graph_user_traverse_system():
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
    api_instance = jcapiv2.UsersApi(jcapiv2.ApiClient(configuration))
    user_id = 'user_id_example' # str | ObjectID of the User.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the Systems bound to a User
        api_response = api_instance.graph_user_traverse_system(user_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling UsersApi->graph_user_traverse_system: %s\n" % e)


def example_graph_user_traverse_system_group():
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
    api_instance = jcapiv2.UsersApi(jcapiv2.ApiClient(configuration))
    user_id = 'user_id_example' # str | ObjectID of the User.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the System Groups bound to a User
        api_response = api_instance.graph_user_traverse_system_group(user_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling UsersApi->graph_user_traverse_system_group: %s\n" % e)


def example_users_send_emails():
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
    api_instance = jcapiv2.UsersApi(jcapiv2.ApiClient(configuration))
    user_id = 'user_id_example' # str | ObjectID of the User.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.Emailrequest() # Emailrequest |  (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Send User Emails
        api_instance.users_send_emails(user_id, content_type, accept, body=body, x_org_id=x_org_id)
    except ApiException as e:
        print("Exception when calling UsersApi->users_send_emails: %s\n" % e)
