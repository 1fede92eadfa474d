"""jcapi-python jcapiv2 SystemInsightsApi examples, as its docs/SystemInsightsApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_systeminsights_list_apps():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])

    try:
        # List System Insights Apps
        api_response = api_instance.systeminsights_list_apps(content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_apps: %s\n" % e)


def example_systeminsights_list_battery():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])

    try:
        # List System Insights Battery
        api_response = api_instance.systeminsights_list_battery(content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_battery: %s\n" % e)


def example_systeminsights_list_bitlocker_info():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Bitlocker Info
        api_response = api_instance.systeminsights_list_bitlocker_info(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_bitlocker_info: %s\n" % e)


def example_systeminsights_list_browser_plugins():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Browser Plugins
        api_response = api_instance.systeminsights_list_browser_plugins(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_browser_plugins: %s\n" % e)


def example_systeminsights_list_chrome_extensions():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Chrome Extensions
        api_response = api_instance.systeminsights_list_chrome_extensions(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_chrome_extensions: %s\n" % e)


def example_systeminsights_list_crashes():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])

    try:
        # List System Insights Crashes
        api_response = api_instance.systeminsights_list_crashes(content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_crashes: %s\n" % e)


def example_systeminsights_list_disk_encryption():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Disk Encryption
        api_response = api_instance.systeminsights_list_disk_encryption(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_disk_encryption: %s\n" % e)


def example_systeminsights_list_disk_info():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Disk Info
        api_response = api_instance.systeminsights_list_disk_info(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_disk_info: %s\n" % e)


def example_systeminsights_list_etc_hosts():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Etc Hosts
        api_response = api_instance.systeminsights_list_etc_hosts(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_etc_hosts: %s\n" % e)


def example_systeminsights_list_firefox_addons():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Firefox Addons
        api_response = api_instance.systeminsights_list_firefox_addons(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_firefox_addons: %s\n" % e)


def example_systeminsights_list_groups():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Groups
        api_response = api_instance.systeminsights_list_groups(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_groups: %s\n" % e)


def example_systeminsights_list_ie_extensions():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])

    try:
        # List System Insights IE Extensions
        api_response = api_instance.systeminsights_list_ie_extensions(content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_ie_extensions: %s\n" % e)


def example_systeminsights_list_interface_addresses():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Interface Addresses
        api_response = api_instance.systeminsights_list_interface_addresses(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_interface_addresses: %s\n" % e)


def example_systeminsights_list_kernel_info():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Kernel Info
        api_response = api_instance.systeminsights_list_kernel_info(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_kernel_info: %s\n" % e)


def example_systeminsights_list_launchd():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])

    try:
        # List System Insights Launchd
        api_response = api_instance.systeminsights_list_launchd(content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_launchd: %s\n" % e)


def example_systeminsights_list_logged_in_users():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])

    try:
        # List System Insights Logged-In Users
        api_response = api_instance.systeminsights_list_logged_in_users(content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_logged_in_users: %s\n" % e)


def example_systeminsights_list_logical_drives():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Logical Drives
        api_response = api_instance.systeminsights_list_logical_drives(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_logical_drives: %s\n" % e)


def example_systeminsights_list_mounts():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Mounts
        api_response = api_instance.systeminsights_list_mounts(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_mounts: %s\n" % e)


def example_systeminsights_list_os_version():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights OS Version
        api_response = api_instance.systeminsights_list_os_version(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_os_version: %s\n" % e)


def example_systeminsights_list_patches():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Patches
        api_response = api_instance.systeminsights_list_patches(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_patches: %s\n" % e)


def example_systeminsights_list_programs():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Programs
        api_response = api_instance.systeminsights_list_programs(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_programs: %s\n" % e)


def example_systeminsights_list_safari_extensions():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Safari Extensions
        api_response = api_instance.systeminsights_list_safari_extensions(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_safari_extensions: %s\n" % e)


def example_systeminsights_list_system_apps():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Apps
        api_response = api_instance.systeminsights_list_system_apps(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_apps: %s\n" % e)


def example_systeminsights_list_system_bitlocker_info():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Bitlocker Info
        api_response = api_instance.systeminsights_list_system_bitlocker_info(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_bitlocker_info: %s\n" % e)


def example_systeminsights_list_system_browser_plugins():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Browser Plugins
        api_response = api_instance.systeminsights_list_system_browser_plugins(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_browser_plugins: %s\n" % e)


def example_systeminsights_list_system_chrome_extensions():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Chrome Extensions
        api_response = api_instance.systeminsights_list_system_chrome_extensions(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_chrome_extensions: %s\n" % e)


def example_systeminsights_list_system_controls():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Control
        api_response = api_instance.systeminsights_list_system_controls(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_controls: %s\n" % e)


def example_systeminsights_list_system_disk_encryption():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Disk Encryption
        api_response = api_instance.systeminsights_list_system_disk_encryption(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_disk_encryption: %s\n" % e)


def example_systeminsights_list_system_disk_info():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Disk Info
        api_response = api_instance.systeminsights_list_system_disk_info(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_disk_info: %s\n" % e)


def example_systeminsights_list_system_etc_hosts():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Etc Hosts
        api_response = api_instance.systeminsights_list_system_etc_hosts(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_etc_hosts: %s\n" % e)


def example_systeminsights_list_system_firefox_addons():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Firefox Addons
        api_response = api_instance.systeminsights_list_system_firefox_addons(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_firefox_addons: %s\n" % e)


def example_systeminsights_list_system_groups():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Groups
        api_response = api_instance.systeminsights_list_system_groups(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_groups: %s\n" % e)


def example_systeminsights_list_system_info():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Info
        api_response = api_instance.systeminsights_list_system_info(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_info: %s\n" % e)


def example_systeminsights_list_system_interface_addresses():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Interface Addresses
        api_response = api_instance.systeminsights_list_system_interface_addresses(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_interface_addresses: %s\n" % e)


def example_systeminsights_list_system_kernel_info():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Kernel Info
        api_response = api_instance.systeminsights_list_system_kernel_info(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_kernel_info: %s\n" % e)


def example_systeminsights_list_system_logical_drives():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Logical Drives
        api_response = api_instance.systeminsights_list_system_logical_drives(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_logical_drives: %s\n" % e)


def example_systeminsights_list_system_mounts():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Mounts
        api_response = api_instance.systeminsights_list_system_mounts(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_mounts: %s\n" % e)


def example_systeminsights_list_system_os_version():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System OS Version
        api_response = api_instance.systeminsights_list_system_os_version(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_os_version: %s\n" % e)


def example_systeminsights_list_system_patches():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Patches
        api_response = api_instance.systeminsights_list_system_patches(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_patches: %s\n" % e)


def example_systeminsights_list_system_programs():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Programs
        api_response = api_instance.systeminsights_list_system_programs(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_programs: %s\n" % e)


def example_systeminsights_list_system_safari_extensions():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Safari Extensions
        api_response = api_instance.systeminsights_list_system_safari_extensions(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_safari_extensions: %s\n" % e)


def example_systeminsights_list_system_system_controls():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System System Controls
        api_response = api_instance.systeminsights_list_system_system_controls(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_system_controls: %s\n" % e)


def example_systeminsights_list_system_system_info():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System System Info
        api_response = api_instance.systeminsights_list_system_system_info(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_system_info: %s\n" % e)


def example_systeminsights_list_system_uptime():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Uptime
        api_response = api_instance.systeminsights_list_system_uptime(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_uptime: %s\n" % e)


def example_systeminsights_list_system_users():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    system_id = 'system_id_example' # str | 
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights System Users
        api_response = api_instance.systeminsights_list_system_users(system_id, content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_system_users: %s\n" % e)


def example_systeminsights_list_uptime():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Uptime
        api_response = api_instance.systeminsights_list_uptime(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_uptime: %s\n" % e)


def example_systeminsights_list_usb_devices():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])

    try:
        # List System Insights USB Devices
        api_response = api_instance.systeminsights_list_usb_devices(content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_usb_devices: %s\n" % e)


def example_systeminsights_list_user_groups():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])

    try:
        # List System Insights User Groups
        api_response = api_instance.systeminsights_list_user_groups(content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_user_groups: %s\n" % e)


def example_systeminsights_list_users():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])
    x_org_id = '' # str |  (optional) (default to )

    try:
        # List System Insights Users
        api_response = api_instance.systeminsights_list_users(content_type, accept, limit=limit, skip=skip, filter=filter, x_org_id=x_org_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_users: %s\n" % e)


def example_systeminsights_list_windows_crashes():
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
    api_instance = jcapiv2.SystemInsightsApi(jcapiv2.ApiClient(configuration))
    content_type = 'application/json' # str |  (default to application/json)
    accept = 'application/json' # str |  (default to application/json)
    limit = 10 # int |  (optional) (default to 10)
    x_org_id = '' # str |  (optional) (default to )
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    filter = ['[]'] # list[str] | Supported operators are: eq (optional) (default to [])

    try:
        # List System Insights Windows Crashes
        api_response = api_instance.systeminsights_list_windows_crashes(content_type, accept, limit=limit, x_org_id=x_org_id, skip=skip, filter=filter)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling SystemInsightsApi->systeminsights_list_windows_crashes: %s\n" % e)
