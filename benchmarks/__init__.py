"""Benchmarks for the jcapi SDK (``make bench`` / ``python -m benchmarks``).

One module per measure; each exposes ``run(quick: bool) -> list[Row]``:

* :mod:`benchmarks.import_time`: cold import of httpx, ``jcapiv2`` and one operation module.
* :mod:`benchmarks.per_call`: overhead of ``sync()`` / ``asyncio()`` against raw httpx + json.
* :mod:`benchmarks.model_parsing`: ``from_dict`` throughput, ours vs the stock templates.
* :mod:`benchmarks.paging`: 10,000 users through ``paginate`` vs a hand loop vs raw httpx.
* :mod:`benchmarks.report_download`: a 200 MB report artifact, ``download_report`` vs raw httpx.
* :mod:`benchmarks.generate_time`: wall time of the whole generation pipeline.

Everything runs against the local simulator (``jcsim``, in a child process on 127.0.0.1) or an
``httpx.MockTransport``; nothing goes to the network. See docs/benchmarks.md.
"""
