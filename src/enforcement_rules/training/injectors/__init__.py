"""Defect injectors by rule family, one module per family (mirroring ``rules/``); see ``defects.py``."""
