"""The staff web console over a real database (SQLite file and PostgreSQL), through HTTP."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import time
from datetime import timedelta

import httpx
import pytest
from fastapi.testclient import TestClient

from handlers.console import create_app
from tests.helpers.console import PASSWORD, console_settings, csrf_of, new_case, open_desk
from tests.helpers.paths import REPO_ROOT
from tests.helpers.servers import free_port


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    return f"sqlite:///{tmp_path / 'app.db'}" if request.param == "sqlite" else request.getfixturevalue("postgres_url")


@pytest.fixture()
def desk(database_url):
    """The case service and staff directory on a clock the test moves (from ``tests.helpers.console.NOW``)."""
    d = open_desk(database_url)
    yield d
    d.close()


@pytest.fixture()
def wang(desk):
    return desk.staff.add(username="wang", display_name="王律师", password=PASSWORD)


def client_for(desk) -> TestClient:
    return TestClient(desk.app(), follow_redirects=False)


def login(client: TestClient, username: str = "wang", password: str = PASSWORD):
    form = client.get("/login")
    assert form.status_code == 200
    return client.post("/login", data={"username": username, "password": password, "csrf_token": csrf_of(form.text)})


@pytest.fixture()
def web(desk, wang) -> TestClient:
    """A browser session logged in as 王律师."""
    client = client_for(desk)
    assert login(client).status_code == 303
    return client


def post(client: TestClient, page: str, action: str, **data):
    """Submit a form the way the page does: with the CSRF token the page carries."""
    token = csrf_of(client.get(page).text)
    return client.post(action, data={"csrf_token": token, **data})


def follow(client: TestClient, response) -> str:
    assert response.status_code == 303, response.text
    return client.get(response.headers["location"]).text


def numbers(html: str) -> list[str]:
    return re.findall(r'class="case-link">([A-Z]+-\d{4}-\d{5})<', html)


# ---- login ---------------------------------------------------------------------------------------


def test_login_opens_the_queue_and_sets_a_safe_cookie(desk, wang):
    client = client_for(desk)
    assert client.get("/").headers["location"] == "/login"
    assert client.get("/stats").headers["location"] == "/login?next=%2Fstats"
    r = login(client)
    assert r.status_code == 303 and r.headers["location"] == "/"
    cookie = next(h for h in r.headers.get_list("set-cookie") if h.startswith("console_session="))
    assert "HttpOnly" in cookie and "samesite=lax" in cookie.lower() and "Secure" not in cookie
    page = client.get("/")
    assert page.status_code == 200 and "王律师" in page.text and "案件队列" in page.text
    assert page.headers["cache-control"] == "no-store" and page.headers["x-frame-options"] == "DENY"


def test_secure_cookies_behind_https(desk, wang):
    https = console_settings(secure_cookies=True)
    client = TestClient(desk.app(https), base_url="https://testserver", follow_redirects=False)
    r = login(client)
    cookie = next(h for h in r.headers.get_list("set-cookie") if h.startswith("console_session="))
    assert "Secure" in cookie


def test_wrong_password_and_unknown_user_read_the_same(desk, wang):
    client = client_for(desk)
    wrong = login(client, password="not-the-password")
    unknown = login(client, username="nobody")
    assert wrong.status_code == unknown.status_code == 401
    assert "用户名或密码错误" in wrong.text and "用户名或密码错误" in unknown.text
    assert "console_session" not in client.cookies
    assert client.get("/").status_code == 303


def test_account_locks_after_repeated_failures(desk, wang):
    client = client_for(desk)
    assert "用户名或密码错误" in login(client, password="wrong-1").text
    assert "用户名或密码错误" in login(client, password="wrong-2").text
    third = login(client, password="wrong-3")  # max_failed_logins = 3
    assert "账户已锁定，请 15 分钟后再试" in third.text
    locked = login(client)  # even the right password, for now
    assert locked.status_code == 401 and "账户已锁定，请 15 分钟后再试" in locked.text
    assert client.get("/").status_code == 303


def test_ages_and_sessions_follow_the_console_clock(desk, web):
    case = new_case(desk, now=desk.clock() - timedelta(hours=3))
    assert "3 小时" in web.get("/").text
    desk.clock.advance(timedelta(hours=9))
    assert "12 小时" in web.get(f"/cases/{case.id}").text
    desk.clock.advance(timedelta(hours=3))  # the 12-hour session has ended
    assert web.get("/").headers["location"] == "/login"


def test_login_without_csrf_token_is_refused(desk, wang):
    client = client_for(desk)
    client.get("/login")  # the CSRF cookie is set, but the form field is missing
    r = client.post("/login", data={"username": "wang", "password": PASSWORD})
    assert r.status_code == 403 and "CSRF" in r.text and "请求被拒绝" in r.text
    forged = client.post("/login", data={"username": "wang", "password": PASSWORD, "csrf_token": "forged"})
    assert forged.status_code == 403
    assert "console_session" not in client.cookies


def test_logout_ends_the_session_on_the_server(desk, web):
    token = web.cookies.get("console_session")
    assert desk.staff.session(token) is not None
    page = follow(web, post(web, "/", "/logout"))
    assert "已退出登录" in page and "工作人员登录" in page
    assert desk.staff.session(token) is None
    stale = client_for(desk)
    stale.cookies.set("console_session", token)  # a copied cookie is worthless now
    assert stale.get("/").status_code == 303


# ---- queue ---------------------------------------------------------------------------------------


def test_queue_filters_and_search(desk, web, wang):
    now = desk.clock()
    li = desk.staff.add(username="li", display_name="李律师", password=PASSWORD)
    old = new_case(desk, "赵六", topic="dismissal", chat_id=1, now=now - timedelta(days=10),
                   facts={"employer": "远方物流", "city": "东莞"})
    urgent = new_case(desk, "钱七", reasons=["serious_injury"], topic="injury", chat_id=2, now=now - timedelta(days=1))
    mine = new_case(desk, "孙八", chat_id=3, now=now - timedelta(hours=5))
    theirs = new_case(desk, "周九", chat_id=4, now=now - timedelta(hours=2))
    done = new_case(desk, "吴十", chat_id=5, now=now - timedelta(days=3))
    desk.cases.claim(mine.id, wang.id)
    desk.cases.claim(theirs.id, li.id)
    desk.cases.close(done.id, wang.id, "advice_given")

    def queue(**params) -> list[str]:
        r = web.get("/", params=params)
        assert r.status_code == 200
        return numbers(r.text)

    # default: active cases, urgent first then oldest first
    assert queue() == [urgent.number, old.number, mine.number, theirs.number]
    assert queue(status="closed") == [done.number]
    assert queue(status="all")[-1] == done.number and len(queue(status="all")) == 5
    assert queue(status="open") == [urgent.number, old.number]
    assert queue(priority="urgent") == [urgent.number]
    assert queue(topic="dismissal") == [old.number]
    assert queue(assignee="me") == [mine.number]
    assert queue(assignee="none") == [urgent.number, old.number]
    assert queue(assignee=str(li.id)) == [theirs.number]
    assert queue(older="7") == [old.number]
    assert queue(newer="2") == [urgent.number, mine.number, theirs.number]
    assert queue(q="远方物流") == [old.number]  # a fact
    assert queue(q="钱七") == [urgent.number]  # the worker's name
    assert queue(q=mine.number) == [mine.number]
    assert queue(q="没有这个词") == []
    page = web.get("/", params={"priority": "urgent"}).text
    assert "紧急" in page and "工伤与职业病" in page and "共 1 件" in page
    assert "没有符合条件的案件" in web.get("/", params={"q": "没有这个词"}).text


def test_search_finds_words_in_the_transcript(desk, web):
    a = new_case(desk, "甲", chat_id=1, transcript=[("worker", "老板说下个月一起结，已经拖了三个月")])
    new_case(desk, "乙", chat_id=2)
    assert numbers(web.get("/", params={"q": "拖了三个月"}).text) == [a.number]


# ---- one case ------------------------------------------------------------------------------------


def test_case_page_shows_the_packet(desk, web):
    case = new_case(desk, "张三", reasons=["deadline", "group_arrears"], question="干了俩月没给钱咋办",
                    answer_text="可以向劳动监察大队投诉……",
                    citations=["《劳动合同法》第三十条", "《工资支付暂行规定》第七条"],
                    calculations=[{"title": "仲裁时效", "summary": "自欠薪之日起一年", "deadline": "2099-01-01"}],
                    transcript=[("worker", "干了俩月没给钱咋办"), ("bot", "先别急，可以这样做……")])
    page = web.get(f"/cases/{case.id}").text
    for seen in (case.number, "紧急", "时效30天内届满", "集体欠薪", "拖欠工资", "待认领", "未认领", "张三",
                 "138****5678", "中文", "用人单位/老板", "某某建筑公司", "6000 元", "未提供", "干了俩月没给钱咋办",
                 "《劳动合同法》第三十条", "仲裁时效", "自欠薪之日起一年", "可以向劳动监察大队投诉",
                 "先别急，可以这样做",
                 "当事人", "机器人", "案件创建（优先级：紧急；时效30天内届满、集体欠薪）"):
        assert seen in page, seen
    assert web.get("/cases/99999").status_code == 404


def test_reply_queues_a_delivery_to_the_worker(desk, web, wang):
    case = new_case(desk)
    desk.cases.due_outbox(limit=100)  # lease the creation notices away
    page = follow(web, post(web, f"/cases/{case.id}", f"/cases/{case.id}/reply", text="您好，请把工资条拍照发给我。"))
    assert "已回复，正在发送给当事人" in page
    assert "您好，请把工资条拍照发给我。" in page and "待发送" in page and "王律师（工作人员）" in page
    items = desk.cases.due_outbox(limit=100, now=desk.clock() + timedelta(minutes=5))
    to_worker = [i for i in items if i.target == "worker" and "您好，请把工资条拍照发给我。" in i.text]
    assert len(to_worker) == 1 and to_worker[0].kind == "relay"
    assert desk.cases.get(case.id).assignee_name == "王律师"  # replying claims an unassigned case
    desk.cases.delivered(to_worker[0])  # what the courier does once Telegram accepted it
    page = web.get(f"/cases/{case.id}").text
    assert "已送达" in page and "待发送" not in page


def test_reply_without_csrf_token_is_refused(desk, web):
    case = new_case(desk)
    desk.cases.due_outbox(limit=100)
    r = web.post(f"/cases/{case.id}/reply", data={"text": "伪造的回复"})
    assert r.status_code == 403 and "CSRF" in r.text
    r = web.post(f"/cases/{case.id}/reply", data={"text": "伪造的回复", "csrf_token": "guess"})
    assert r.status_code == 403
    assert not [i for i in desk.cases.due_outbox(limit=100, now=desk.clock() + timedelta(minutes=5))
                if "伪造" in i.text]
    assert "伪造的回复" not in web.get(f"/cases/{case.id}").text


def test_claim_and_a_colleague_who_was_faster(desk, web, wang):
    li = desk.staff.add(username="li", display_name="李律师", password=PASSWORD)
    mine, taken = new_case(desk, chat_id=1), new_case(desk, chat_id=2)
    desk.cases.claim(taken.id, li.id)
    page = follow(web, post(web, f"/cases/{mine.id}", f"/cases/{mine.id}/claim"))
    assert "已认领，当事人会收到通知" in page and "你是本案件的负责人" in page and "王律师 认领了案件" in page
    page = follow(web, post(web, f"/cases/{mine.id}", f"/cases/{taken.id}/claim"))
    assert "本案件已由 李律师 认领" in page and "flash-error" in page
    assert desk.cases.get(taken.id).assignee_name == "李律师"


def test_hand_a_case_to_a_colleague(desk, web, wang):
    li = desk.staff.add(username="li", display_name="李律师", password=PASSWORD)
    case = new_case(desk)
    desk.cases.claim(case.id, wang.id)
    page = web.get(f"/cases/{case.id}").text
    assert "转交给" in page and f'<option value="{li.id}">李律师</option>' in page
    nobody = follow(web, post(web, f"/cases/{case.id}", f"/cases/{case.id}/assign", staff_id=""))
    assert "操作没有完成，请重试" in nobody and "flash-error" in nobody
    page = follow(web, post(web, f"/cases/{case.id}", f"/cases/{case.id}/assign", staff_id=str(li.id)))
    assert "已转交，当事人会收到通知" in page and "王律师 将案件转交给 李律师" in page
    assert desk.cases.get(case.id).assignee_name == "李律师"
    assert any(i.target == "worker" and "李律师 已接手你的案件" in i.text for i in desk.cases.due_outbox())


def test_fact_correction_appears_in_the_history(desk, web):
    case = new_case(desk)
    page = follow(web, post(web, f"/cases/{case.id}", f"/cases/{case.id}/facts", name="monthly_wage", value="6500"))
    assert "已更新「月工资」" in page
    assert "王律师 修改了「月工资」：6000 元 → 6500 元" in page
    assert desk.cases.get(case.id).facts["monthly_wage"] == "6500"
    page = follow(web, post(web, f"/cases/{case.id}", f"/cases/{case.id}/facts", name="written_contract", value="no"))
    assert "王律师 修改了「书面劳动合同」：未提供 → 没有" in page
    assert "请选择要询问或修改的事实项" in follow(web, post(web, f"/cases/{case.id}", f"/cases/{case.id}/facts",
                                                       name="salary", value="1"))


def test_request_info_and_internal_note(desk, web):
    case = new_case(desk)
    desk.cases.due_outbox(limit=100)
    page = follow(web, post(web, f"/cases/{case.id}", f"/cases/{case.id}/request-info", fact="evidence"))
    assert "已向当事人询问：手头的证据" in page and "王律师 向当事人询问：手头的证据" in page
    page = follow(web, post(web, f"/cases/{case.id}", f"/cases/{case.id}/note", text="疑似集体欠薪，先联系工会"))
    assert "已添加内部备注" in page and "疑似集体欠薪，先联系工会" in page and "王律师（内部备注）" in page
    items = desk.cases.due_outbox(limit=100, now=desk.clock() + timedelta(minutes=5))
    assert [i.kind for i in items if i.target == "worker"] == ["ask_fact"]
    assert "证据" in items[0].text and not any("工会" in i.text for i in items)  # notes never leave the desk
    assert "内容为空" in follow(web, post(web, f"/cases/{case.id}", f"/cases/{case.id}/note", text="  "))


def test_close_with_an_outcome(desk, web):
    case = new_case(desk)
    desk.cases.due_outbox(limit=100)
    assert "请选择结案结果" in follow(web, post(web, f"/cases/{case.id}", f"/cases/{case.id}/close", outcome=""))
    page = follow(web, post(web, f"/cases/{case.id}", f"/cases/{case.id}/close", outcome="referred_arbitration",
                            note="请带上工资条去区劳动仲裁院"))
    assert "已结案：已引导申请劳动仲裁" in page and "已结案" in page
    assert "王律师 结案：已引导申请劳动仲裁（请带上工资条去区劳动仲裁院）" in page
    assert f'action="/cases/{case.id}/reply"' not in page  # no more replies on a closed case
    closed = desk.cases.get(case.id)
    assert (closed.status, closed.outcome) == ("closed", "referred_arbitration")
    items = desk.cases.due_outbox(limit=100, now=desk.clock() + timedelta(minutes=5))
    assert any(i.target == "worker" and i.kind == "closed" and "请带上工资条" in i.text for i in items)
    page = follow(web, post(web, f"/cases/{case.id}", f"/cases/{case.id}/reply", text="还在吗"))
    assert "本案件已结案，不能再操作" in page


def test_export_pdf(desk, web):
    case = new_case(desk, question="工资拖欠三个月")
    r = web.get(f"/cases/{case.id}/export.pdf")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert r.content.startswith(b"%PDF") and len(r.content) > 1000
    assert case.number in r.headers["content-disposition"]


def test_stats_page(desk, web, wang):
    t0 = desk.clock() - timedelta(days=2)
    cases = [new_case(desk, f"工人{i}", chat_id=i, topic=topic, now=t0, reasons=reasons)
             for i, (topic, reasons) in enumerate([("arrears", []), ("arrears", []), ("injury", ["serious_injury"]),
                                                   (None, [])])]
    for case, minutes in zip(cases[:3], (10, 20, 60), strict=True):
        desk.cases.reply(case.id, wang.id, "收到", channel="console", now=t0 + timedelta(minutes=minutes))
    desk.cases.close(cases[0].id, wang.id, "advice_given")
    desk.cases.close(cases[1].id, wang.id, "advice_given")
    desk.cases.close(cases[2].id, wang.id, "not_eligible")
    page = web.get("/stats").text

    def row(table: str, label: str) -> list[str]:
        body = re.search(rf'id="{table}">(.*?)</table>', page, re.DOTALL).group(1)
        m = re.search(rf"<th scope=\"row\">{label}</th>(.*?)</tr>", body, re.DOTALL)
        assert m, (table, label)
        return re.findall(r'class="num">([^<]+)<', m.group(1))

    assert re.search(r'id="median">20\.0 分钟', page) and re.search(r'id="mean">30\.0 分钟', page)
    assert "3 / 4 件" in page
    assert row("by-status", "已结案") == ["3"] and row("by-status", "待认领") == ["1"]
    assert row("by-priority", "紧急") == ["1"] and row("by-priority", "普通") == ["3"]
    assert row("by-topic", "拖欠工资") == ["2"] and row("by-topic", "未分类") == ["1"]
    assert row("by-outcome", "已提供法律意见") == ["2", "67%"] and row("by-outcome", "不符合援助条件") == ["1", "33%"]


def test_worker_text_is_escaped_and_personal_data_stays_out_of_logs(desk, web, caplog):
    caplog.set_level(logging.DEBUG)
    case = new_case(desk, "<script>alert(1)</script>", phone="13987654321",
                    transcript=[("worker", "<img src=x onerror=alert(2)>")])
    page = web.get(f"/cases/{case.id}").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page
    follow(web, post(web, f"/cases/{case.id}", f"/cases/{case.id}/reply", text="秘密回复内容"))
    follow(web, post(web, f"/cases/{case.id}", f"/cases/{case.id}/note", text="秘密备注内容"))
    web.get("/", params={"q": "13987654321"})
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith(("handlers", "bot", "uvicorn")))
    assert "replied to case" in ours and "GET / 200" in ours  # the action and the request are logged …
    for secret in ("13987654321", "秘密回复内容", "秘密备注内容", PASSWORD):  # … their content is not
        assert secret not in ours


def test_on_shutdown_runs_when_the_console_stops(desk):
    stopped = []
    app = create_app(cases=desk.cases, staff=desk.staff, settings=desk.settings, clock=desk.clock,
                     on_shutdown=lambda: stopped.append("closed"))
    with TestClient(app) as client:
        assert client.get("/healthz").text == "ok" and stopped == []
    assert stopped == ["closed"]


# ---- command line: staff accounts and the console server -----------------------------------------


def bot_py(data_dir, *args, stdin: str = "", **popen):
    env = {**os.environ, "DATA_DIR": str(data_dir), "COLUMNS": "200"}
    env.pop("DATABASE_URL", None)
    if popen:
        return subprocess.Popen([sys.executable, "bot.py", *args], cwd=REPO_ROOT, env=env, **popen)
    return subprocess.run([sys.executable, "bot.py", *args], cwd=REPO_ROOT, env=env, input=stdin, capture_output=True,
                          text=True, timeout=120, check=False)


def test_staff_accounts_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    short = bot_py(data, "staff", "add", "wang", "--name", "王律师", "--password-stdin", stdin="short\n")
    assert short.returncode == 2 and "error: password: at least 10 characters" in short.stdout
    added = bot_py(data, "staff", "add", "wang", "--name", "王律师", "--telegram-id", "4242", "--password-stdin",
                   stdin=PASSWORD + "\n")
    assert added.returncode == 0 and "added wang (王律师), console login" in added.stdout
    again = bot_py(data, "staff", "add", "wang", "--name", "王律师", "--no-password")
    assert again.returncode == 2 and "error: an account with this username or Telegram id exists" in again.stdout
    assert "Telegram only" in bot_py(data, "staff", "add", "li", "--name", "李律师", "--no-password").stdout
    bad = bot_py(data, "staff", "add", "Bad Name", "--name", "x", "--no-password")
    assert bad.returncode == 2 and "error: username" in bad.stdout
    listing = bot_py(data, "staff", "list").stdout
    assert re.search(r"wang\s+│\s+王律师\s+│\s+4242\s+│\s+yes\s+│\s+yes", listing)
    assert re.search(r"li\s+│\s+李律师\s+│\s+-\s+│\s+no\s+│\s+yes", listing)
    assert bot_py(data, "staff", "passwd", "nobody", "--password-stdin", stdin="x" * 12).returncode == 2

    desk = open_desk(f"sqlite:///{data / 'app.db'}")
    try:
        client = client_for(desk)
        assert login(client).status_code == 303  # the password given on stdin opens the console
        changed = bot_py(data, "staff", "passwd", "wang", "--password-stdin", stdin="another-long-password\n")
        assert changed.returncode == 0
        assert client.get("/").status_code == 303  # a new password ends the old sessions
        assert login(client_for(desk), password="another-long-password").status_code == 303
        assert bot_py(data, "staff", "deactivate", "wang").returncode == 0
        assert "用户名或密码错误" in login(client_for(desk), password="another-long-password").text
    finally:
        desk.close()


def test_console_command_serves_the_console(tmp_path):
    data = tmp_path / "data"
    assert bot_py(data, "staff", "add", "wang", "--name", "王律师", "--password-stdin", stdin=PASSWORD).returncode == 0
    port = free_port()
    proc = bot_py(data, "console", "--port", str(port), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base}/login", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "bot.py console did not start"
                time.sleep(0.2)
        with httpx.Client(base_url=base, follow_redirects=True) as client:
            form = client.get("/login")
            r = client.post("/login", data={"username": "wang", "password": PASSWORD, "csrf_token": csrf_of(form.text)})
            assert r.status_code == 200 and "案件队列" in r.text and "王律师" in r.text
            client.get("/", params={"q": "13812345678"})
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=15)
    assert "GET /login 200" in out and "POST /login 303" in out
    assert "13812345678" not in out  # no query strings (a searched phone number) in the access log
