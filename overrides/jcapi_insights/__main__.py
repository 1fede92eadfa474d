"""``python -m jcapi_insights``: the ``jcapi`` command line (see ``jcapi_insights.cli``)."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
