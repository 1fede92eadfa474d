"""jcapi-python jcapiv2 KnowledgeApi examples, as its docs/KnowledgeApi.md shows them (https://github.com/TheJumpCloud/jcapi-python at 35661f1); corpus for `jcapi migrate`."""


def example_knowledge_salesforce_list():
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
    api_instance = jcapiv2.KnowledgeApi(jcapiv2.ApiClient(configuration))
    fields = ['[\"id\",\"body\",\"title\",\"publishedDate\"]'] # list[str] |  (optional) (default to ["id","body","title","publishedDate"])
    filter = ['[]'] # list[str] | Supported operators are: eq, ne, gt, ge, lt, le, between, search, in (optional) (default to [])
    limit = 10 # int | The number of records to return at once. Limited to 100. (optional) (default to 10)
    skip = 0 # int | The offset into the records to return. (optional) (default to 0)
    sort = ['[]'] # list[str] | The comma separated fields used to sort the collection. Default sort is ascending, prefix with `-` to sort descending.  (optional) (default to [])

    try:
        # List Knowledge Articles
        api_response = api_instance.knowledge_salesforce_list(fields=fields, filter=filter, limit=limit, skip=skip, sort=sort)
        pprint(api_response)
    except ApiException as e:
        print("Exception when calling KnowledgeApi->knowledge_salesforce_list: %s\n" % e)
