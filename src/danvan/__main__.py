"""Run the ``danvan`` command as ``python -m danvan``."""

import sys

from danvan._cli import main

sys.exit(main())
