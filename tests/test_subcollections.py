"""The stub answers a sub-collection (a conference's members, a call's events) only when its
parent item exists, as the API does."""

from __future__ import annotations

import base64
import urllib.error
import urllib.request

from generator.stub import Stub

from conftest import SPEC_DIRS


def _get(stub: Stub, path: str) -> int:
    credentials = stub.api.credentials
    token = base64.b64encode(f"{credentials.api_token}:{credentials.api_secret}".encode()).decode()
    request = urllib.request.Request(stub.url + path, headers={"Authorization": f"Basic {token}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_sub_collection_of_an_item_that_does_not_exist_is_a_404():
    stub = Stub(SPEC_DIRS["published"]).start()
    try:
        stub.seed_examples()
        users = f"/v1/users/{stub.api.credentials.user_id}"
        conference = next(e for e in stub.endpoints if e.id == "list_conference_members")
        seeded = conference.examples[0].arguments[0].value
        assert _get(stub, f"{users}/conferences/{seeded}/members") == 200
        assert _get(stub, f"{users}/conferences/conf-nosuchconference/members") == 404
        assert _get(stub, f"{users}/calls/c-nosuchcall/events/ce-x") == 404
    finally:
        stub.close()


def test_the_items_above_an_examples_item_are_seeded_for_the_fetches_libraries_make(tmp_path):
    import shutil

    spec = tmp_path / "spec"
    spec.mkdir()
    # the endpoint, and the gets that make its conference and member items the stub answers
    names = ("play_audio_to_conference_member", "get_conference", "get_conference_member")
    for name in ("_api", *names):
        name += ".yaml"
        shutil.copy(SPEC_DIRS["published"] / name, spec)
    # ids no other example uses: ruby-bandwidth fetches this conference, then this member
    text = (spec / "play_audio_to_conference_member.yaml").read_text("utf-8")
    text = text.replace("conf-7qrj2t3lfixl4cgjcdonkna", "conf-onlyhere")
    (spec / "play_audio_to_conference_member.yaml").write_text(text, "utf-8")
    stub = Stub(spec).start()
    try:
        seeded = stub.seed_examples()
        users = f"/v1/users/{stub.api.credentials.user_id}"
        assert f"{users}/conferences/conf-onlyhere" in seeded
        assert _get(stub, f"{users}/conferences/conf-onlyhere") == 200
        member = next(p for p in seeded if p.startswith(f"{users}/conferences/conf-onlyhere/"))
        assert _get(stub, member) == 200
    finally:
        stub.close()
