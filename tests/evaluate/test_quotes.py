"""evaluate_quotes on a tiny brat folder written here."""
from chronologist.evaluate.quotes import evaluate_quotes


def test_brat_folder(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    text = "Report\n\n“We will win,” said Maria Alvarez.\n"
    (tmp_path / "text" / "doc.txt").write_text(text, encoding="utf-8")
    s, e = text.index("“"), text.index("”") + 1
    src = text.index("Maria")
    (tmp_path / "attributions" / "doc_ab12.ann").write_text(
        f"T1\tContent {s} {e}\t{text[s:e]}\nT2\tSource {src} {src + 13}\tMaria Alvarez\n"
        f"T3\tCue {src - 5} {src - 1}\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n",
        encoding="utf-8")
    scores = evaluate_quotes(tmp_path)
    assert scores.files == 1 and scores.overlap.tp_gold == 1 and scores.speaker_accuracy == 1.0
    assert "speaker accuracy" in scores.format()
