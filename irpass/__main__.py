import sys

try:  # an interrupt while the command is still being imported: no traceback either
    from irpass.cli import entry
except KeyboardInterrupt:
    sys.stderr.write("irpass: interrupted\n")
    sys.exit(130)

entry()
