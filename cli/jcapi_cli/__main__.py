"""``python -m jcapi_cli``: the ``jcapi`` command line (see ``jcapi_cli``)."""

from jcapi_cli import main

if __name__ == "__main__":
    raise SystemExit(main())
