# SPDX-License-Identifier: Apache-2.0
"""Entry script of the frozen app: the same `main` as the `guide-desk` console script."""

import sys

from guide_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
