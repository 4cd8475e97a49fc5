"""Integrations with the frameworks a case-handling system is built on (docs/presave.md).

- :mod:`enforcement_rules.integrations.sqlalchemy` — refuse a session flush that would break an
  obligation (optional extra: ``pip install 'enforcement-rules[sqlalchemy]'``);
- :mod:`enforcement_rules.integrations.pydantic` — an annotated case type that runs the pre-save check
  while an API layer validates its request.

Nothing here is imported by ``import enforcement_rules``.
"""
