"""The frozen app's entry script: `hearth` with the same commands as the installed one.

freeze_support() runs before the app is imported: a spawned child (the window's
embedding process) is this executable started again, and must not open the window.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from app.__main__ import main

    sys.exit(main())
