"""``python -m enforcement_rules`` runs the command line."""

import sys

from enforcement_rules.cli import main

sys.exit(main())
