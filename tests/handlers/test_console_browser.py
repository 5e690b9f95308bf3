"""The staff console in a real browser (Debian chromium, headless) against uvicorn on 127.0.0.1."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest

from tests.helpers.console import PASSWORD, new_case, open_desk, serve_console

CHROMIUM = Path("/usr/bin/chromium")

if not CHROMIUM.exists():
    pytest.skip("Debian chromium not installed: apt-get install chromium", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture()
def console(tmp_path):
    """The console on a real SQLite file with one staff member and one case; yields (base URL, desk, case)."""
    desk = open_desk(f"sqlite:///{tmp_path / 'app.db'}")
    desk.staff.add(username="wang", display_name="王律师", password=PASSWORD)
    case = new_case(desk, "张三", reasons=["group_arrears"], question="干了俩月没给钱咋办",
                    citations=["《劳动合同法》第三十条"],
                    transcript=[("worker", "干了俩月没给钱咋办"), ("bot", "可以先投诉。")],
                    now=desk.clock() - timedelta(hours=3))
    with serve_console(desk.app()) as base:
        yield base, desk, case
    desk.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def log_in(page, base: str, password: str = PASSWORD) -> None:
    page.goto(f"{base}/")
    expect(page).to_have_url(f"{base}/login")
    page.get_by_label("用户名").fill("wang")
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()


def test_staff_member_handles_a_case(console, page, tmp_path):
    base, desk, case = console
    log_in(page, base)
    expect(page).to_have_url(f"{base}/")
    row = page.locator("table.queue tbody tr", has_text=case.number)
    expect(row).to_contain_text("张三")
    expect(row).to_contain_text("紧急")
    expect(row).to_contain_text("待认领")

    row.get_by_role("link", name=case.number).click()
    expect(page).to_have_url(f"{base}/cases/{case.id}")
    expect(page.locator("#packet")).to_contain_text("集体欠薪")
    expect(page.locator("#transcript")).to_contain_text("干了俩月没给钱咋办")

    page.get_by_role("button", name="认领本案件").click()
    expect(page.locator(".flash")).to_have_text("已认领，当事人会收到通知。")
    expect(page.locator("#packet")).to_contain_text("王律师")

    page.get_by_label("回复当事人").fill("您好，我是王律师。请把工资条和聊天记录发给我。")
    page.get_by_role("button", name="发送回复").click()
    expect(page.locator(".flash")).to_have_text("已回复，正在发送给当事人。")
    staff_msg = page.locator(".msg-staff").last
    expect(staff_msg).to_contain_text("请把工资条和聊天记录发给我")
    expect(staff_msg).to_contain_text("待发送")

    with page.expect_download() as info:
        page.get_by_role("link", name="导出 PDF").click()
    pdf = Path(info.value.path()).read_bytes()
    assert info.value.suggested_filename == f"{case.number}.pdf"
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000

    page.get_by_label("结案结果").select_option(label="已提供法律意见")
    page.get_by_label("给当事人的留言").fill("有问题随时再来找我们。")
    page.get_by_role("button", name="结案").click()
    expect(page.locator(".flash")).to_have_text("已结案：已提供法律意见。当事人会收到通知。")
    expect(page.locator(".case-head")).to_contain_text("已结案")
    expect(page.locator("#history")).to_contain_text("王律师 结案：已提供法律意见（有问题随时再来找我们。）")
    expect(page.get_by_role("button", name="发送回复")).to_have_count(0)
    closed = desk.cases.get(case.id)
    assert (closed.status, closed.outcome, closed.assignee_name) == ("closed", "advice_given", "王律师")

    page.get_by_role("link", name="统计").click()
    expect(page.locator("#by-outcome")).to_contain_text("已提供法律意见")
    expect(page.locator("#median")).to_have_text(re.compile(r"\d+\.\d 分钟"))


def test_wrong_password_is_refused(console, page):
    base, _, _ = console
    log_in(page, base, password="not-the-password")
    expect(page.get_by_role("alert")).to_have_text("用户名或密码错误。")
    page.goto(f"{base}/stats")
    expect(page).to_have_url(re.compile(r"/login\?next=%2Fstats$"))


def test_a_form_without_its_csrf_token_is_refused(console, page):
    base, desk, case = console
    log_in(page, base)
    page.goto(f"{base}/cases/{case.id}")
    page.locator("#reply input[name=csrf_token]").evaluate("e => e.remove()")
    page.get_by_label("回复当事人").fill("没有令牌的回复")
    page.get_by_role("button", name="发送回复").click()
    expect(page.get_by_role("heading", name="请求被拒绝")).to_be_visible()
    expect(page.locator("main")).to_contain_text("CSRF")
    assert "没有令牌的回复" not in [m.text for m in desk.cases.messages(case.id)]
    # the same from outside the page: the browser's cookies alone are not enough
    r = page.context.request.post(f"{base}/cases/{case.id}/claim", form={"x": "1"}, max_redirects=0)
    assert r.status == 403
    assert desk.cases.get(case.id).assignee_id is None
