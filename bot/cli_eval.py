"""`acta eval` and `acta eval-summary`: measure search (hit@k, MRR) and summaries (ROUGE)."""
from __future__ import annotations

import json
from pathlib import Path

import click

from bot.cli_context import Context, with_overrides


@click.command(name="eval-summary")
@with_overrides
@click.argument("directory", required=False, metavar="[DIR]")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def eval_summary(obj: Context, directory: str | None, as_json: bool) -> None:
    """Measure summaries: ROUGE-1/2/L of Acta's extractive summary against QMSum's human
    summaries (the `general` queries), beside lead-N, random sentences, LexRank and TextRank,
    all at the reference's length. DIR defaults to [eval] dir's qmsum/val."""
    from knowledge import summary_eval
    from knowledge.summary import extract

    root = Path(directory) if directory else obj.config.resolve(obj.config.eval.dir) / "qmsum" / "val"
    results = summary_eval.evaluate(root, {"acta": extract, **summary_eval.BASELINES})
    click.echo(json.dumps(results, indent=2) if as_json else summary_eval.table(results))



@click.command(name="eval")
@with_overrides
@click.argument("directory", required=False, metavar="[DIR]")
@click.option("--per-meeting", is_flag=True, help="Search each query within its own meeting only.")
@click.option("--questions", "questions_file", metavar="FILE", help="Run seed-questions.jsonl-style FILE against the database.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def eval_(obj: Context, directory: str | None, per_meeting: bool, questions_file: str | None, as_json: bool) -> None:
    """Measure search: hit@1/5/10 and MRR on QMSum-style sets and seed questions.

    With DIR (holding meetings.jsonl and queries.jsonl) it indexes those meetings in a temporary
    database. With --questions it asks the current database. With neither it runs the sets in
    [eval] dir: QMSum val (one index, and per meeting) and the seed questions over [eval] corpus."""
    from knowledge import evaluation

    if directory:
        result = evaluation.qmsum(directory, per_meeting=per_meeting)
        click.echo(json.dumps(result) if as_json else _metrics_table([(directory, result)]))
        return
    if questions_file:
        from knowledge.search import Searcher
        with obj.store(create=False) as store:
            result = evaluation.seed_questions(Searcher(store), questions_file)
        _echo_questions(result, as_json)
        return
    root = obj.config.resolve(obj.config.eval.dir)
    rows = [("qmsum/val, one index", evaluation.qmsum(root / "qmsum" / "val")),
            ("qmsum/val, per meeting", evaluation.qmsum(root / "qmsum" / "val", per_meeting=True)),
            ("seed questions", evaluation.seed_questions_on(obj.config.resolve(obj.config.eval.corpus),
                                                            root / "seed-questions.jsonl"))]
    if as_json:
        click.echo(json.dumps({name: {k: v for k, v in r.items() if k != "questions"} for name, r in rows}, indent=2))
    else:
        click.echo(_metrics_table(rows))


def _metrics_table(rows: list[tuple[str, dict]]) -> str:
    lines = ["| set | n | hit@1 | hit@5 | hit@10 | MRR |", "|---|---|---|---|---|---|"]
    for name, r in rows:
        lines.append(f"| {name} | {r['n']} | {r['hit@1']:.3f} | {r['hit@5']:.3f} | {r['hit@10']:.3f} | {r['mrr']:.3f} |")
    return "\n".join(lines)


def _echo_questions(result: dict, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    for q in result["questions"]:
        mark = "ok " if q["answered"] else "MISS"
        answer = "answer ok " if q["answer_right"] else "answer WRONG"
        click.echo(f"{mark} {q['id']} rank {q['rank'] or '-':>2}  {answer}  {q['q']}")
    click.echo(_metrics_table([("questions", result)]))
    click.echo(f"The answer given cites the expected turn first for {result['answers_right']} of {result['n']}.")
