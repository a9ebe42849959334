"""Cross-document entity merging: same person one entity; shared surnames never merge people."""
from chronologist.link.entities import merge_entities
from chronologist.records import Annotations, DocDate, Document, Entity, Role


def _ann(doc_id, *entities):
    return Annotations(document=Document(id=doc_id, text=""), published=DocDate(None, "unknown"),
                       genre="news", entities=list(entities))


def test_same_person_in_two_documents_is_one_entity():
    linked, of = merge_entities([_ann("a", Entity("e1", "Hun Sen", "PERSON", ["Mr. Hun Sen"])),
                                 _ann("b", Entity("e4", "Hun Sen", "PERSON"))])
    assert len(linked) == 1 and of[("a", "e1")] == of[("b", "e4")]


def test_two_people_sharing_a_surname_never_merge():
    linked, of = merge_entities([_ann("a", Entity("e1", "Robert Kennedy", "PERSON")),
                                 _ann("b", Entity("e1", "John Kennedy", "PERSON", roles=[Role("President")]))])
    assert of[("a", "e1")] != of[("b", "e1")]


def test_surname_with_a_role_joins_the_one_who_held_it():
    docs = [_ann("a", Entity("e1", "Robert Kennedy", "PERSON")),
            _ann("b", Entity("e1", "John Kennedy", "PERSON", roles=[Role("President")])),
            _ann("c", Entity("e2", "Kennedy", "PERSON", roles=[Role("President")]))]
    _, of = merge_entities(docs)
    assert of[("c", "e2")] == of[("b", "e1")] != of[("a", "e1")]


def test_alias_in_one_document_is_the_name_in_another():
    docs = [_ann("a", Entity("e1", "Khmer Rouge", "ORG", ["Pol Pot regime"])),
            _ann("b", Entity("e3", "Pol Pot regime", "ORG"))]
    linked, of = merge_entities(docs)
    assert of[("a", "e1")] == of[("b", "e3")] and linked[0].name == "Khmer Rouge"
