"""Bar charts of the screening summary as SVG (matplotlib, Agg backend), numbers beside the bars."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
from matplotlib import pyplot as plt
from matplotlib.ticker import MaxNLocator

plt.rcParams["font.family"] = "DejaVu Sans"
plt.rcParams["svg.fonttype"] = "none"  # text stays text: selectable, and small


def bars_svg(labels: list[str], values: list[int], *, color: str = "#1d6f5f") -> str:
    """A horizontal bar chart, one bar per label, its value printed at the bar's end."""
    height = 0.45 * max(len(labels), 1) + 0.6
    fig, ax = plt.subplots(figsize=(7.5, height), dpi=96)
    try:
        y = list(range(len(labels)))[::-1]
        ax.barh(y, values, color=color, height=0.6)
        ax.set_yticks(y, [_short(x) for x in labels], fontsize=9)
        top = max(values or [0]) or 1
        for yy, v in zip(y, values, strict=True):
            ax.text(v + top * 0.01, yy, f"{v:,}".replace(",", " "), va="center", fontsize=9)
        ax.set_xlim(0, top * 1.15)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(axis="x", labelsize=8)
        fig.tight_layout()
        buf = io.StringIO()
        fig.savefig(buf, format="svg")
    finally:
        plt.close(fig)
    svg = buf.getvalue()
    return svg[svg.index("<svg"):]


def bars_image(labels: list[str], values: list[int], **kw) -> str:
    """The chart as a ``data:`` URI for an ``<img>``: the SVG keeps its own styles under the page's CSP."""
    import base64

    return "data:image/svg+xml;base64," + base64.b64encode(bars_svg(labels, values, **kw).encode()).decode()


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
