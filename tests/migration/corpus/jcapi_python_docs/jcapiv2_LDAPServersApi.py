"""jcapi-python jcapiv2 LDAPServersApi examples, as its docs/LDAPServersApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_graph_ldap_server_associations_list():
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
    api_instance = jcapiv2.LDAPServersApi(jcapiv2.ApiClient(configuration))
    ldapserver_id = 'ldapserver_id_example' # str | ObjectID of the LDAP Server.
    targets = ['targets_example'] # list[str] | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List the associations of a LDAP Server
        api_response = api_instance.graph_ldap_server_associations_list(ldapserver_id, targets, content_type, accept, limit=limit, skip=skip, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling LDAPServersApi->graph_ldap_server_associations_list: %s\n" % e)


def example_graph_ldap_server_associations_post():
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
    api_instance = jcapiv2.LDAPServersApi(jcapiv2.ApiClient(configuration))
    ldapserver_id = 'ldapserver_id_example' # str | ObjectID of the LDAP Server.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.GraphManagementReq() # GraphManagementReq |  (optional)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Manage the associations of a LDAP Server
        api_instance.graph_ldap_server_associations_post(ldapserver_id, content_type, accept, body=body, x_org_id=x_org_id)
    except ApiException as e:
        print("Exception when calling LDAPServersApi->graph_ldap_server_associations_post: %s\n" % e)


def example_graph_ldap_server_traverse_user():
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
    api_instance = jcapiv2.LDAPServersApi(jcapiv2.ApiClient(configuration))
    ldapserver_id = 'ldapserver_id_example' # str | ObjectID of the LDAP Server.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the Users bound to a LDAP Server
        api_response = api_instance.graph_ldap_server_traverse_user(ldapserver_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling LDAPServersApi->graph_ldap_server_traverse_user: %s\n" % e)


def example_graph_ldap_server_traverse_user_group():
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
    api_instance = jcapiv2.LDAPServersApi(jcapiv2.ApiClient(configuration))
    ldapserver_id = 'ldapserver_id_example' # str | ObjectID of the LDAP Server.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])

    try:
        # List the User Groups bound to a LDAP Server
        api_response = api_instance.graph_ldap_server_traverse_user_group(ldapserver_id, content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling LDAPServersApi->graph_ldap_server_traverse_user_group: %s\n" % e)


def example_ldapservers_get():
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
    api_instance = jcapiv2.LDAPServersApi(jcapiv2.ApiClient(configuration))
    id = 'id_example' # str | Unique identifier of the LDAP server.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Get LDAP Server
        api_response = api_instance.ldapservers_get(id, content_type, accept, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling LDAPServersApi->ldapservers_get: %s\n" % e)


def example_ldapservers_list():
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
    api_instance = jcapiv2.LDAPServersApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    fields = ['[]'] # list[str] | The comma separated fields included in the returned records. If omitted, the default list of fields will be returned.  (optional) (default to [])
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = ['[]'] # list[str] | The comma separated fields used to sort the collection. Default sort is ascending, prefix with `-` to sort descending.  (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List LDAP Servers
        api_response = api_instance.ldapservers_list(content_type, accept, fields=fields, filter=filter, limit=limit, skip=skip, sort=sort, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling LDAPServersApi->ldapservers_list: %s\n" % e)


def example_ldapservers_patch():
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
    api_instance = jcapiv2.LDAPServersApi(jcapiv2.ApiClient(configuration))
    id = 'id_example' # str | Unique identifier of the LDAP server.
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    body = jcapiv2.Body3() # Body3 |  (optional)
    x_api_key = 'x_api_key_example' # str |  (optional)
    x_org_id = 'x_org_id_example' # str |  (optional)

    try:
        # Update existing LDAP server
        api_response = api_instance.ldapservers_patch(id, content_type, accept, body=body, x_api_key=x_api_key, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling LDAPServersApi->ldapservers_patch: %s\n" % e)
