"""Training exercises: compliant cases built to order, planted defects, answer keys and grading."""
