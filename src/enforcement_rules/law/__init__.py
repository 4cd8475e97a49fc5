"""The law the rules cite: instruments, citations, Chinese numerals.

Rules import the instrument constants from here: ``CPL.art(64, item=2)``.
"""

from enforcement_rules.law.citations import INSTRUMENTS, Citation, Instrument, Rank, Status, cite, instrument

CPL = INSTRUMENTS["CPL"]
ACL = INSTRUMENTS["ACL"]
ALL = INSTRUMENTS["ALL"]
CIVPL = INSTRUMENTS["CivPL"]
CC = INSTRUMENTS["CC"]
ARL = INSTRUMENTS["ARL"]
ALITL = INSTRUMENTS["ALitL"]
GIR = INSTRUMENTS["GIR"]
OBE = INSTRUMENTS["OBE"]
SUP = INSTRUMENTS["SUP"]
HOL = INSTRUMENTS["HOL"]
SAMR_P = INSTRUMENTS["SAMR-P"]
SAMR_H = INSTRUMENTS["SAMR-H"]
SAMR_G = INSTRUMENTS["SAMR-G"]
MEE_P = INSTRUMENTS["MEE-P"]
PSB_P = INSTRUMENTS["PSB-P"]
PSAPL = INSTRUMENTS["PSAPL"]
PSAPL_2012 = INSTRUMENTS["PSAPL-2012"]
NOISE = INSTRUMENTS["NOISE"]
GB118 = INSTRUMENTS["GB118"]

__all__ = [
    "ACL",
    "ALITL",
    "ALL",
    "ARL",
    "CC",
    "CIVPL",
    "CPL",
    "GB118",
    "GIR",
    "HOL",
    "INSTRUMENTS",
    "MEE_P",
    "NOISE",
    "OBE",
    "PSAPL",
    "PSAPL_2012",
    "PSB_P",
    "SAMR_G",
    "SAMR_H",
    "SAMR_P",
    "SUP",
    "Citation",
    "Instrument",
    "Rank",
    "Status",
    "cite",
    "instrument",
]
