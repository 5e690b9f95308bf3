"""Numbers the console reads from the address bar and from forms, out of range: a 404 or 422 page with the
security headers, never a 500; and an unexpected failure still answers with the headers and no details."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from tests.helpers.console import PASSWORD, csrf_of, new_case, open_desk

HUGE = (2**31, 2**63, 10**30)  # past PostgreSQL's integer, past SQLite's, past any database's
ACTIONS = ("claim", "assign", "reply", "note", "request-info", "facts", "close")
FORM = {"staff_id": "1", "text": "你好", "fact": "employer", "name": "employer", "value": "某公司",
        "outcome": "resolved"}


@pytest.fixture(params=["sqlite", "postgresql"])
def desk(request, tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    d = open_desk(url)
    yield d
    d.close()


@pytest.fixture()
def web(desk) -> TestClient:
    """王律师's browser, logged in, that sees server errors as the browser would (no exception raised)."""
    desk.staff.add(username="wang", display_name="王律师", password=PASSWORD)
    client = TestClient(desk.app(), follow_redirects=False, raise_server_exceptions=False)
    form = client.get("/login")
    assert client.post("/login", data={"username": "wang", "password": PASSWORD,
                                       "csrf_token": csrf_of(form.text)}).status_code == 303
    return client


def assert_refused_page(response, statuses=(404, 422)) -> None:
    assert response.status_code in statuses, (response.status_code, response.text[:300])
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"
    assert "法律援助工作台" in response.text  # a page of the console, not a bare error


@pytest.mark.parametrize("page", ["/cases/{}", "/cases/{}/export.pdf"])
def test_case_pages_with_an_impossible_number(web, page):
    for value in HUGE:
        assert_refused_page(web.get(page.format(value)))


@pytest.mark.parametrize("action", ACTIONS)
def test_case_actions_with_an_impossible_number(desk, web, action):
    case = new_case(desk)
    token = csrf_of(web.get(f"/cases/{case.id}").text)
    for value in HUGE:
        assert_refused_page(web.post(f"/cases/{value}/{action}", data={"csrf_token": token, **FORM}))
    assert desk.cases.get(case.id).status == "open"  # nothing happened to the real case


@pytest.mark.parametrize("name", ["older", "newer", "assignee"])
def test_queue_filters_out_of_range(web, name):
    for value in (*HUGE, -1):
        r = web.get("/", params={name: str(value)})
        assert_refused_page(r, statuses=(422,))
        assert "筛选条件无效" in r.text


def test_queue_filters_in_range_still_filter(desk, web):
    case = new_case(desk)
    assert case.number in web.get("/", params={"older": "0", "newer": "36500", "assignee": ""}).text


def test_assigning_to_an_impossible_colleague_returns_to_the_case(desk, web):
    case = new_case(desk)
    token = csrf_of(web.get(f"/cases/{case.id}").text)
    for value in HUGE:
        r = web.post(f"/cases/{case.id}/assign", data={"csrf_token": token, "staff_id": str(value)})
        assert r.status_code == 303 and r.headers["location"] == f"/cases/{case.id}"
        assert "操作没有完成，请重试。" in web.get(r.headers["location"]).text
    assert desk.cases.get(case.id).assignee_id is None


def test_an_unexpected_failure_answers_with_the_headers_and_no_details(desk, web):
    new_case(desk)
    with desk.engine.begin() as conn:  # the database loses a table under the running console
        conn.execute(text("ALTER TABLE cases RENAME TO cases_gone"))
    r = web.get("/")
    assert r.status_code == 500
    assert "出错了" in r.text and "cases" not in r.text.replace("案件", "")  # no SQL or table names shown
    assert r.headers["x-frame-options"] == "DENY" and r.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
