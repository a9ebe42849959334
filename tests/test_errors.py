"""Errors cross process boundaries intact: a worker's InputError reaches the report unchanged."""
import pickle

from chronologist.errors import InputError


def test_input_error_survives_pickling_with_its_path_and_reason():
    err = pickle.loads(pickle.dumps(InputError("corpus/a.txt", "not valid UTF-8 (byte 9, line 2)")))
    assert isinstance(err, InputError)
    assert err.path == "corpus/a.txt"
    assert err.reason == "not valid UTF-8 (byte 9, line 2)"
    assert str(err) == "corpus/a.txt: not valid UTF-8 (byte 9, line 2)"
