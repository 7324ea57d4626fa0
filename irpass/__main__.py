import sys

from irpass.cli import main

sys.exit(main())
