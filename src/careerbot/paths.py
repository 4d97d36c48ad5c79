"""Where the shipped data and intents live: the checkout root, or inside the installed wheel."""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT_ROOT = _PACKAGE.parent.parent


def shipped_dir(name: str) -> Path:
    """Return the shipped `data` or `intents` folder (checkout first, then the installed copy)."""
    in_checkout = _CHECKOUT_ROOT / name
    if in_checkout.is_dir() and (_CHECKOUT_ROOT / "pyproject.toml").is_file():
        return in_checkout
    return _PACKAGE / "_shipped" / name
