"""The `make generate` pipeline: pins -> Swagger 2.0 -> OpenAPI 3 -> overlays -> packages.

Steps, each a module runnable with ``python -m pipeline.<step>``:

1. ``upstream``: locate (or download) the pinned descriptions and check their sha256.
2. conversion: the pinned npm ``swagger2openapi`` (run by the Makefile, not Python).
3. ``overlay``: apply ``specs/overlays/<api>.yaml`` (our declarative fixes) to the converted file.
4. ``build``: run the pinned openapi-python-client, merge ``overrides/``, stamp headers,
   format, verify, and replace ``generated/<folder>`` as a whole.
"""


class PipelineError(Exception):
    """A pipeline step failed; the message names the file, the cause and the fix."""
