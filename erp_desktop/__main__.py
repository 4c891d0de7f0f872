"""``python -m erp_desktop`` and the frozen program's entry point."""

import sys

from erp_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
