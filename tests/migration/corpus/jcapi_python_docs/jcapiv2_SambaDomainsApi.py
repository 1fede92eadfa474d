"""jcapi-python jcapiv2 SambaDomainsApi examples, as its docs/SambaDomainsApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_ldapservers_samba_domains_delete():
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
    api_instance = jcapiv2.SambaDomainsApi(jcapiv2.ApiClient(configuration))
    ldapserver_id = 'ldapserver_id_example' # str | Unique identifier of the LDAP server.
    id = 'id_example' # str | Unique identifier of the samba domain.
    content_type = 'application/json' # str |  (optional) (default to application/json)
    accept = 'application/json' # str |  (optional) (default to application/json)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Delete Samba Domain
        api_response = api_instance.ldapservers_samba_domains_delete(ldapserver_id, id, content_type=content_type, accept=accept, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SambaDomainsApi->ldapservers_samba_domains_delete: %s\n" % e)


def example_ldapservers_samba_domains_get():
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
    api_instance = jcapiv2.SambaDomainsApi(jcapiv2.ApiClient(configuration))
    ldapserver_id = 'ldapserver_id_example' # str | Unique identifier of the LDAP server.
    id = 'id_example' # str | Unique identifier of the samba domain.
    content_type = 'application/json' # str |  (optional) (default to application/json)
    accept = 'application/json' # str |  (optional) (default to application/json)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Get Samba Domain
        api_response = api_instance.ldapservers_samba_domains_get(ldapserver_id, id, content_type=content_type, accept=accept, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SambaDomainsApi->ldapservers_samba_domains_get: %s\n" % e)


def example_ldapservers_samba_domains_list():
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
    api_instance = jcapiv2.SambaDomainsApi(jcapiv2.ApiClient(configuration))
    ldapserver_id = 'ldapserver_id_example' # str | Unique identifier of the LDAP server.
    content_type = 'application/json' # str |  (optional) (default to application/json)
    accept = 'application/json' # str |  (optional) (default to application/json)
    fields = ['[]'] # list[str] | The comma separated fields included in the returned records. If omitted, the default list of fields will be returned.  (optional) (default to [])
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = ['[]'] # list[str] | The comma separated fields used to sort the collection. Default sort is ascending, prefix with `-` to sort descending.  (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List Samba Domains
        api_response = api_instance.ldapservers_samba_domains_list(ldapserver_id, content_type=content_type, accept=accept, fields=fields, filter=filter, limit=limit, skip=skip, sort=sort, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SambaDomainsApi->ldapservers_samba_domains_list: %s\n" % e)


def example_ldapservers_samba_domains_post():
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
    api_instance = jcapiv2.SambaDomainsApi(jcapiv2.ApiClient(configuration))
    ldapserver_id = 'ldapserver_id_example' # str | Unique identifier of the LDAP server.
    body = jcapiv2.SambaDomainInput() # SambaDomainInput |  (optional)
    content_type = 'application/json' # str |  (optional) (default to application/json)
    accept = 'application/json' # str |  (optional) (default to application/json)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Create Samba Domain
        api_response = api_instance.ldapservers_samba_domains_post(ldapserver_id, body=body, content_type=content_type, accept=accept, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SambaDomainsApi->ldapservers_samba_domains_post: %s\n" % e)


def example_ldapservers_samba_domains_put():
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
    api_instance = jcapiv2.SambaDomainsApi(jcapiv2.ApiClient(configuration))
    ldapserver_id = 'ldapserver_id_example' # str | Unique identifier of the LDAP server.
    id = 'id_example' # str | Unique identifier of the samba domain.
    body = jcapiv2.SambaDomainInput() # SambaDomainInput |  (optional)
    content_type = 'application/json' # str |  (optional) (default to application/json)
    accept = 'application/json' # str |  (optional) (default to application/json)
    x_org_id = '' # str |  (optional) (default to )

    try:
        # Update Samba Domain
        api_response = api_instance.ldapservers_samba_domains_put(ldapserver_id, id, body=body, content_type=content_type, accept=accept, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SambaDomainsApi->ldapservers_samba_domains_put: %s\n" % e)
