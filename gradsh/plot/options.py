"""What a picture is drawn from: the series, and the options the commands take."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np

# Batch runs and transcripts draw at this size, whatever the terminal's: the
# text of a picture must not depend on the window a test runs in.
BATCH_WIDTH, BATCH_HEIGHT = 60, 15


@dataclass
class PlotOptions:
    title: Optional[str] = None
    xlabel: Optional[str] = None
    ylabel: Optional[str] = None
    logx: bool = False
    logy: bool = False
    width: int = BATCH_WIDTH  # the drawing area, in characters
    height: int = BATCH_HEIGHT  # in lines
    color: bool = False
    bins: Optional[int] = None
    out: Optional[str] = None  # --out FILE.png|.svg: a file through Matplotlib
    sized: bool = False  # --size was given (a file's size follows it too)


@dataclass
class Series:
    label: str
    values: np.ndarray  # float64, 1-D
    notes: list[str] = field(default_factory=list)
