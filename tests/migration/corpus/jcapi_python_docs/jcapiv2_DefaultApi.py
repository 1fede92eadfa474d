"""jcapi-python jcapiv2 DefaultApi examples, as its docs/DefaultApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_jc_enrollment_profiles_delete():
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
    api_instance = jcapiv2.DefaultApi(jcapiv2.ApiClient(configuration))
    enrollment_profile_id = 'enrollment_profile_id_example' # str | 

    try:
        # Delete Enrollment Profile
        api_response = api_instance.jc_enrollment_profiles_delete(enrollment_profile_id)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling DefaultApi->jc_enrollment_profiles_delete: %s\n" % e)


def example_jc_enrollment_profiles_get():
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
    api_instance = jcapiv2.DefaultApi(jcapiv2.ApiClient(configuration))
    enrollment_profile_id = 'enrollment_profile_id_example' # str | 
    body = jcapiv2.JcEnrollmentProfile() # JcEnrollmentProfile |  (optional)

    try:
        # Get Enrollment Profile
        api_response = api_instance.jc_enrollment_profiles_get(enrollment_profile_id, body=body)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling DefaultApi->jc_enrollment_profiles_get: %s\n" % e)


def example_jc_enrollment_profiles_list():
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
    api_instance = jcapiv2.DefaultApi(jcapiv2.ApiClient(configuration))
    limit = 10 # int |  (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)

    try:
        # List Enrollment Profiles
        api_response = api_instance.jc_enrollment_profiles_list(limit=limit, skip=skip)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling DefaultApi->jc_enrollment_profiles_list: %s\n" % e)


def example_jc_enrollment_profiles_post():
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
    api_instance = jcapiv2.DefaultApi(jcapiv2.ApiClient(configuration))
    body = jcapiv2.Body1() # Body1 |  (optional)

    try:
        # Create new Enrollment Profile
        api_response = api_instance.jc_enrollment_profiles_post(body=body)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling DefaultApi->jc_enrollment_profiles_post: %s\n" % e)


def example_jc_enrollment_profiles_put():
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
    api_instance = jcapiv2.DefaultApi(jcapiv2.ApiClient(configuration))
    enrollment_profile_id = 'enrollment_profile_id_example' # str | 
    body = jcapiv2.Body2() # Body2 |  (optional)

    try:
        # Update Enrollment Profile
        api_response = api_instance.jc_enrollment_profiles_put(enrollment_profile_id, body=body)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling DefaultApi->jc_enrollment_profiles_put: %s\n" % e)
