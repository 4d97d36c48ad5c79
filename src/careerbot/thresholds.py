"""The matcher's default confidence thresholds (0-100 rapidfuzz-style scores), in one place: the
engine's constructor defaults and the `CAREERBOT_*_THRESHOLD` settings' defaults are these.

Answer at or above ANSWER, offer "did you mean" between SUGGEST and ANSWER, fall back below
SUGGEST. A career question that names no career (and none is being discussed) needs COLD.
"""

ANSWER = 45.0
SUGGEST = 30.0
COLD = 60.0
