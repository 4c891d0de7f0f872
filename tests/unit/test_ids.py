"""Row ids: time-ordered UUIDv7, strictly increasing within a process (rows created together
keep their order when a list breaks ties by id)."""

from erp_desktop.models.base import uuid7


def test_ids_made_in_one_burst_are_unique_increasing_and_version_7():
    ids = [uuid7() for _ in range(20_000)]  # far more than one millisecond's 4,096 counter values
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert {i.version for i in ids} == {7}
    assert {i.variant for i in ids} == {ids[0].variant} and ids[0].variant == "specified in RFC 4122"
