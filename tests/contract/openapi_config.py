"""openapi-core set up for file bodies under OpenAPI 3.1.

JumpCloud's 3.1 descriptions still declare file downloads the OpenAPI 3.0 way: a non-JSON media type
(application/pdf, image/png, text/csv, ...) whose schema is ``{type: string, format: binary}``. openapi-core
0.23.1 reads such a body as raw ``bytes`` and keeps the 3.0 *format* rules for 3.1 on purpose ("backward
compatibility for byte/binary formats", openapi-core issue #506), but validates ``type`` with plain JSON
Schema 2020-12, where ``bytes`` are no ``string``: every such body fails as "b'...' is not of type 'string'"
(openapi-core issue #854, still open). Here the 3.1 validator gets back the one rule the 3.0 validator
has: raw ``bytes`` pass ``type: string`` where the same schema says ``format: binary`` (and only there).
Everything else about the answer (status, media type, headers, every other schema) is validated as before.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema.validators import extend  # type: ignore[import-untyped,unused-ignore]  # no types-jsonschema here
from jsonschema_path import SchemaPath
from openapi_core import Config
from openapi_core.unmarshalling.schemas import oas31_format_unmarshallers, oas31_types_unmarshaller
from openapi_core.unmarshalling.schemas.factories import SchemaUnmarshallersFactory
from openapi_core.validation.schemas.factories import DialectSchemaValidatorsFactory
from openapi_schema_validator import OAS31_BASE_DIALECT_ID, OAS30ReadValidator, OAS31Validator

_json_schema_type = OAS31Validator.VALIDATORS["type"]


def _type_accepting_raw_binary(validator: Any, types: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    """JSON Schema ``type``, except that raw ``bytes`` are a ``string`` when the schema says ``format: binary``."""
    declared = types if isinstance(types, list) else [types]
    if isinstance(instance, bytes) and "string" in declared and schema.get("format") == "binary":
        return
    yield from _json_schema_type(validator, types, instance, schema)


#: OAS31Validator with the 3.0 validator's rule for raw binary bodies.
OAS31BinaryValidator = extend(OAS31Validator, validators={"type": _type_accepting_raw_binary})


class _BinaryAwareValidatorsFactory(DialectSchemaValidatorsFactory):
    """openapi-core's 3.1 validators factory, with ``OAS31BinaryValidator`` for the OAS 3.1 base dialect."""

    def get_validator_cls(self, spec: SchemaPath, schema: SchemaPath) -> Any:
        cls = super().get_validator_cls(spec, schema)
        return OAS31BinaryValidator if cls is OAS31Validator else cls


# Same arguments as openapi-core's oas31_schema_validators_factory / oas31_schema_unmarshallers_factory.
_validators_factory = _BinaryAwareValidatorsFactory(
    OAS31Validator, OAS31_BASE_DIALECT_ID, format_checker=OAS30ReadValidator.FORMAT_CHECKER
)
_unmarshallers_factory = SchemaUnmarshallersFactory(
    _validators_factory, oas31_types_unmarshaller, format_unmarshallers=oas31_format_unmarshallers
)


def config_for(spec: Mapping[str, Any]) -> Config:
    """The openapi-core configuration for ``spec``: the binary-aware factories for 3.1, the defaults otherwise."""
    if str(spec.get("openapi", "")).startswith("3.1"):
        return Config(
            schema_validators_factory=_validators_factory, schema_unmarshallers_factory=_unmarshallers_factory
        )
    return Config()
