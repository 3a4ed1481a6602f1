"""The scoring model: a logistic regression over the comparator levels of `compare.FEATURES`.

    z = INTERCEPT + sum of COEFFICIENTS[level] over the levels that are set
    z += sum of HAN_COEFFICIENTS[level] over them too, when "han_pair" is set (a Chinese name)
    score = 1 / (1 + exp(-z))

The coefficients are not guessed: bench/tune_matching.py fits them on labelled pairs (FEBRL 1 and 2,
and a generated Chinese training set with its own seed) and writes them to `weights.py`, with the
threshold that maximised pairwise F1 on that training data. The score is therefore a match
probability calibrated on the candidate pairs that blocking produces.
"""

from __future__ import annotations

import math

from app.models.matching import weights
from app.models.matching.compare import FEATURES

__all__ = ["DEFAULT_MIN_SCORE", "probability"]

_COEF: tuple[float, ...] = tuple(weights.COEFFICIENTS.get(name, 0.0) for name in FEATURES)
# Pairs with a Chinese name use the sum of both sets (see the module docstring).
_COEF_HAN: tuple[float, ...] = tuple(
    weights.COEFFICIENTS.get(name, 0.0) + weights.HAN_COEFFICIENTS.get(name, 0.0) for name in FEATURES
)
_HAN = FEATURES.index("han_pair")
DEFAULT_MIN_SCORE: float = weights.THRESHOLD


def probability(levels: list[int]) -> float:
    """The calibrated match probability of a pair from its set levels (`compare.compare`)."""
    coefficients = _COEF_HAN if _HAN in levels else _COEF
    z = weights.INTERCEPT
    for k in levels:
        z += coefficients[k]
    if z < -40.0:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
