"""careerbot: answers career questions from real, sourced occupation data."""

__version__ = "0.1.0"
