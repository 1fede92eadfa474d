"""The `make generate` pipeline: pins -> JumpCloud's OpenAPI 3.1 YAML -> overlays -> packages.

Steps, each a module runnable with ``python -m pipeline.<step>``:

1. ``upstream``: locate (or download) the pinned descriptions and check their sha256.
2. ``overlay``: read a description and apply ``specs/overlays/<api>.yaml`` (our declarative fixes).
3. ``build``: run the pinned openapi-python-client, merge ``overrides/``, stamp headers,
   format, verify, and replace ``generated/<folder>`` as a whole.
"""


class PipelineError(Exception):
    """A pipeline step failed; the message names the file, the cause and the fix."""
