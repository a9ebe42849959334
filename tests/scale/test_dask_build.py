"""`build --cluster`: the same store as a local build, with parsing on Dask worker processes."""
from __future__ import annotations

import pytest

pytest.importorskip("distributed")

from chronologist.bench.synthetic import make_corpus  # noqa: E402
from chronologist.build import build  # noqa: E402
from chronologist.errors import SetupError  # noqa: E402
from chronologist.scale.dask_build import build_on_cluster  # noqa: E402
from chronologist.store.database import open_store  # noqa: E402

pytestmark = pytest.mark.slow

SPANS = "SELECT doc_id, kind, char_start, char_end, text, label, value FROM spans ORDER BY 1, 2, 3, 4, 5"


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus(folder, 6, seed=5, sentences=8)
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")  # fails alone, with its reason
    return folder


def test_cluster_build_stores_what_a_local_build_stores(cluster, corpus, tmp_path):
    calls = []
    with open_store(tmp_path / "dask.db", create=True) as store:
        report = build_on_cluster(store, [corpus], cluster.scheduler_address,
                                  progress=lambda done, expected, words: calls.append((done, expected, words)))
        dask_spans = store.rows(SPANS)
        assert store.scalar("PRAGMA integrity_check") == "ok"
    with open_store(tmp_path / "local.db", create=True) as store:
        local = build(store, [corpus])
        local_spans = store.rows(SPANS)
    assert sorted(report.added) == sorted(local.added) and len(report.added) == 6
    assert [f.path for f in report.failed] == [f.path for f in local.failed]
    assert report.words == local.words and report.linked
    assert dask_spans == local_spans
    assert calls and calls[-1][0] == 6 and calls[-1][2] == report.words


def test_cluster_rebuild_skips_unchanged_and_prunes(cluster, corpus, tmp_path):
    db = tmp_path / "again.db"
    with open_store(db, create=True) as store:
        build_on_cluster(store, [corpus], cluster.scheduler_address)
        again = build_on_cluster(store, [corpus], cluster.scheduler_address)
        assert again.added == [] and len(again.unchanged) == 6 and not again.linked
        first = sorted(corpus.glob("*.txt"))[0]
        pruned = build_on_cluster(store, [p for p in sorted(corpus.glob("*.txt")) if p != first],
                                  cluster.scheduler_address, prune=True)
        assert pruned.pruned == [first.stem]
        assert len(store.document_ids()) == 5


def test_unreachable_scheduler_is_a_setup_error(tmp_path, corpus, monkeypatch):
    monkeypatch.setattr("chronologist.scale.dask_build.CONNECT_TIMEOUT", 2.0)
    with open_store(tmp_path / "x.db", create=True) as store:
        with pytest.raises(SetupError, match="Dask scheduler"):
            build_on_cluster(store, [corpus], "tcp://127.0.0.1:1")
