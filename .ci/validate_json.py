#!/usr/bin/env python3
"""usage: validate_json.py SCHEMA INSTANCE — validates a JSON document against a JSON Schema (2020-12)."""
import json
import sys

import jsonschema

schema_path, instance_path = sys.argv[1:3]
with open(schema_path) as f:
    schema = json.load(f)
with open(instance_path) as f:
    instance = json.load(f)
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
errors = sorted(validator_class(schema).iter_errors(instance), key=lambda e: list(e.path))
for error in errors[:20]:
    print(f"{instance_path}: {'/'.join(map(str, error.path)) or '(root)'}: {error.message}")
if errors:
    sys.exit(1)
print(f"{instance_path} valid against {schema_path}")
