"""Whether pay charts can be drawn here: matplotlib is the optional extra `careerbot[charts]`
(the Docker image and scripts/run.sh install it). Without it every other answer still works."""

from functools import cache
from importlib.util import find_spec

CHARTS_MISSING = (
    "Charts are not installed on this server (pip install 'careerbot[charts]'); "
    "the figures are in the answer above."
)


@cache
def charts_installed() -> bool:
    """True when matplotlib can be imported (checked once, without importing it)."""
    return find_spec("matplotlib") is not None
