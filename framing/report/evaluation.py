"""The evaluation page: gold and prediction side by side, disagreements marked.

It renders what ``framing.agreement.evaluate`` computed; it computes nothing.
"""

from __future__ import annotations

from framing.model import Analysis


def render_evaluation_html(analysis: Analysis, result: dict[str, object], *, gold_name: str) -> str:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(loader=PackageLoader("framing.report", "templates"), autoescape=select_autoescape(["html"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    text = analysis.article.text
    attribution = result["attribution"]
    frames = result["frames"]
    passages = [dict(u, text=text[u["start"]:u["end"]]) for u in attribution["units"]]  # type: ignore[index]
    frame_rows = [dict(u, text=text[u["start"]:u["end"]]) for u in frames["units"]] if frames else []  # type: ignore[index]
    return env.get_template("evaluation.html").render(
        title=analysis.article.title or analysis.article.path or "article",
        gold_name=gold_name,
        attribution=attribution,
        frames=frames,
        passages=passages,
        frame_rows=frame_rows,
    )
