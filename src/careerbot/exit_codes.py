"""The process exit codes of every `careerbot` command, in one place."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    """Done; or stopped cleanly by SIGTERM/SIGINT."""
    FAILED = 1
    """Problems found (bad data, accuracy below the bar) or the bot stopped on an error."""
    USAGE = 2
    """A bad or missing setting or argument: nothing was started."""
