"""``python -m enforcement_rules`` runs the command line."""

import sys

from enforcement_rules.cli import main

if __name__ == "__main__":  # not when a spawned worker process (check --jobs) imports the main module
    sys.exit(main())
