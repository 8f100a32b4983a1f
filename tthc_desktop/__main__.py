"""Allow `python -m tthc_desktop`."""
import sys

from tthc_desktop.cli import main

sys.exit(main())
