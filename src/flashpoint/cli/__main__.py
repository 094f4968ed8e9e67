"""``python -m flashpoint.cli``: the same as the ``flashpoint`` command."""

import sys

from . import main

sys.exit(main())
