from irpass.cli import entry

entry()
