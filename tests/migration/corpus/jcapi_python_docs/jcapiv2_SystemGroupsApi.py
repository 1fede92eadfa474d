"""jcapi-python jcapiv2 SystemGroupsApi examples, as its docs/SystemGroupsApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_graph_system_group_associations_list():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    group_id = 'group_id_example' # str | ObjectID of the System Group.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    targets = ['targets_example'] # list[str] | 
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List the associations of a System Group
        api_response = api_instance.graph_system_group_associations_list(group_id, content_type, accept, targets, limit=limit, skip=skip, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->graph_system_group_associations_list: %s\n" % e)


def example_graph_system_group_associations_post():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    group_id = 'group_id_example' # str | ObjectID of the System Group.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.SystemGroupGraphManagementReq() # SystemGroupGraphManagementReq |  (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Manage the associations of a System Group
        api_instance.graph_system_group_associations_post(group_id, content_type, accept, body=body, x_org_id=x_org_id)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->graph_system_group_associations_post: %s\n" % e)


def example_graph_system_group_member_of():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    group_id = 'group_id_example' # str | ObjectID of the System Group.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = ['[]'] # list[str] | The comma separated fields used to sort the collection. Default sort is ascending, prefix with `-` to sort descending.  (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List the System Group's parents
        api_response = api_instance.graph_system_group_member_of(group_id, content_type, accept, filter=filter, limit=limit, skip=skip, sort=sort, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->graph_system_group_member_of: %s\n" % e)


def example_graph_system_group_members_list():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    group_id = 'group_id_example' # str | ObjectID of the System Group.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List the members of a System Group
        api_response = api_instance.graph_system_group_members_list(group_id, content_type, accept, limit=limit, skip=skip, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->graph_system_group_members_list: %s\n" % e)


def example_graph_system_group_members_post():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    group_id = 'group_id_example' # str | ObjectID of the System Group.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.SystemGroupMembersReq() # SystemGroupMembersReq |  (optional)
    _date = '_date_example' # str | Current date header for the System Context API (optional)
    authorization = 'authorization_example' # str | Authorization header for the System Context API (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Manage the members of a System Group
        api_instance.graph_system_group_members_post(group_id, content_type, accept, body=body, _date=_date, authorization=authorization, x_org_id=x_org_id)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->graph_system_group_members_post: %s\n" % e)


def example_graph_system_group_membership():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    group_id = 'group_id_example' # str | ObjectID of the System Group.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = ['[]'] # list[str] | The comma separated fields used to sort the collection. Default sort is ascending, prefix with `-` to sort descending.  (optional) (default to [])
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List the System Group's membership
        api_response = api_instance.graph_system_group_membership(group_id, content_type, accept, limit=limit, skip=skip, sort=sort, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->graph_system_group_membership: %s\n" % e)


def example_graph_system_group_traverse_policy():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    group_id = 'group_id_example' # str | ObjectID of the System Group.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the Policies bound to a System Group
        api_response = api_instance.graph_system_group_traverse_policy(group_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->graph_system_group_traverse_policy: %s\n" % e)


def example_graph_system_group_traverse_user():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    group_id = 'group_id_example' # str | ObjectID of the System Group.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the Users bound to a System Group
        api_response = api_instance.graph_system_group_traverse_user(group_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->graph_system_group_traverse_user: %s\n" % e)


def example_graph_system_group_traverse_user_group():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    group_id = 'group_id_example' # str | ObjectID of the System Group.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the User Groups bound to a System Group
        api_response = api_instance.graph_system_group_traverse_user_group(group_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->graph_system_group_traverse_user_group: %s\n" % e)


def example_groups_system_delete():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    id = 'id_example' # str | ObjectID of the System Group.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Delete a System Group
        api_instance.groups_system_delete(id, content_type, accept, x_org_id=x_org_id)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->groups_system_delete: %s\n" % e)


def example_groups_system_get():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    id = 'id_example' # str | ObjectID of the System Group.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # View an individual System Group details
        api_response = api_instance.groups_system_get(id, content_type, accept, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->groups_system_get: %s\n" % e)


def example_groups_system_list():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    fields = ['[]'] # list[str] | The comma separated fields included in the returned records. If omitted, the default list of fields will be returned.  (optional) (default to [])
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = ['[]'] # list[str] | The comma separated fields used to sort the collection. Default sort is ascending, prefix with `-` to sort descending.  (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List all System Groups
        api_response = api_instance.groups_system_list(content_type, accept, fields=fields, filter=filter, limit=limit, skip=skip, sort=sort, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->groups_system_list: %s\n" % e)


def example_groups_system_patch():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    id = 'id_example' # str | ObjectID of the System Group.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.SystemGroupData() # SystemGroupData |  (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Partial update a System Group
        api_response = api_instance.groups_system_patch(id, content_type, accept, body=body, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->groups_system_patch: %s\n" % e)


def example_groups_system_post():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.SystemGroupData() # SystemGroupData |  (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Create a new System Group
        api_response = api_instance.groups_system_post(content_type, accept, body=body, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->groups_system_post: %s\n" % e)


def example_groups_system_put():
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
    api_instance = jcapiv2.SystemGroupsApi(jcapiv2.ApiClient(configuration))
    id = 'id_example' # str | ObjectID of the System Group.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.SystemGroupData() # SystemGroupData |  (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Update a System Group
        api_response = api_instance.groups_system_put(id, content_type, accept, body=body, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemGroupsApi->groups_system_put: %s\n" % e)
