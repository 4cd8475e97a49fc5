"""Training exercises: compliant cases built to order, planted defects, answer keys and grading.

- :mod:`~enforcement_rules.training.builders` — :func:`build_case` from :class:`Knobs` and a seed;
- :mod:`~enforcement_rules.training.defects` — ``INJECTORS``: one defect injector per rule code;
- :mod:`~enforcement_rules.training.exercises` — :func:`generate_exercises`; ``sheets`` renders them;
- :mod:`~enforcement_rules.training.grading` — grading answers against a key, and a class summary;
- :mod:`~enforcement_rules.training.references` — reading article references as trainees write them.

Nothing here is imported by ``import enforcement_rules``; the hypothesis strategies live in
:mod:`enforcement_rules.strategies` (an optional extra). See docs/training.md.
"""
