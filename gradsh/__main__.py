"""``python -m gradsh``: the same entry point as the ``gradsh`` console script."""
import sys

from gradsh.cli import main

if __name__ == "__main__":
    sys.exit(main())
