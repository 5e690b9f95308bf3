import pytest

from tests.helpers.botapi import FakeBotAPI


@pytest.fixture()
def api():
    """A local Bot API server on 127.0.0.1 for the real bot to talk to."""
    with FakeBotAPI() as server:
        yield server
