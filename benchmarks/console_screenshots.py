"""Screenshots of the staff console (login, queue, case, stats) at 1366×768, on made-up cases at a fixed date.

    python benchmarks/console_screenshots.py [--out docs/screenshots]

Needs Debian's chromium (/usr/bin/chromium) and, for Chinese text, a CJK font
(apt-get install fonts-noto-cjk). Everything runs in a temporary directory on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers.console import PASSWORD, Desk, new_case, open_desk, serve_console  # noqa: E402 (after sys.path)

VIEWPORT = {"width": 1366, "height": 768}


def seed(desk: Desk) -> int:
    """A realistic small queue; return the id of the case to show."""
    now = desk.clock()
    wang = desk.staff.add(username="wang", display_name="王律师", password=PASSWORD)
    li = desk.staff.add(username="li", display_name="李律师", password=PASSWORD)
    shown = new_case(
        desk, "张建国", chat_id=1, topic="arrears", reasons=["group_arrears", "deadline"], phone="13812345678",
        facts={"employer": "深圳市某某建筑劳务有限公司", "city": "深圳", "job": "钢筋工，龙岗区某工地",
               "start_date": "2025-03-01", "monthly_wage": "7500", "amount_owed": "22500", "written_contract": "no",
               "social_insurance": "unknown", "evidence": "考勤照片、微信聊天记录、工友名单"},
        question="工地老板拖了我们三个月工资，十几个工友都没拿到，包工头说甲方没给钱，怎么办？",
        answer_text="拖欠工资可以先向当地劳动保障监察大队投诉，也可以申请劳动仲裁……（略）",
        citations=["《劳动合同法》第三十条", "《保障农民工工资支付条例》第二十九条",
                   "《劳动争议调解仲裁法》第二十七条"],
        calculations=[{"title": "仲裁时效", "summary": "自知道权利被侵害之日起一年，劳动关系存续期间欠薪不受此限",
                       "deadline": (now + timedelta(days=20)).date().isoformat()},
                      {"title": "未签书面合同的二倍工资", "summary": "约 7500 元 × 11 个月 = 82500 元"}],
        transcript=[("worker", "工地老板拖了我们三个月工资，十几个工友都没拿到，包工头说甲方没给钱，怎么办？"),
                    ("bot", "先别急。拖欠工资可以向劳动保障监察大队投诉……"),
                    ("worker", "我们已经去找过包工头了，他说再等等。")],
        now=now - timedelta(hours=5),
    )
    desk.cases.claim(shown.id, wang.id, now=now - timedelta(hours=4))
    desk.cases.reply(shown.id, wang.id,
                     "张师傅您好，我是王律师。请把考勤照片和工友名单发给我，我们先整理集体投诉材料。",
                     channel="console", now=now - timedelta(hours=4))
    desk.cases.note(shown.id, wang.id, "涉及十余人，考虑联系区总工会一起处理。")
    desk.cases.set_fact(shown.id, "monthly_wage", "8000", actor=f"staff:{wang.id}", actor_name="王律师")
    others = [
        ("李秀梅", "women", ["pregnancy_dismissal"], 1, None),
        ("王强", "injury", ["serious_injury"], 2, None),
        ("陈小红", "dismissal", [], 26, li.id),
        ("刘洋", "overtime_hours", [], 50, None),
        ("赵磊", "social_insurance", [], 120, li.id),
        ("孙丽", "labor_relation", [], 200, None),
    ]
    for i, (name, topic, reasons, hours, staff_id) in enumerate(others, start=2):
        c = new_case(desk, name, chat_id=i, topic=topic, reasons=reasons, now=now - timedelta(hours=hours))
        if staff_id:
            desk.cases.reply(c.id, staff_id, "收到，我看一下材料。", channel="console",
                             now=now - timedelta(hours=hours) + timedelta(minutes=35 + i * 7))
    for i, outcome in enumerate(["advice_given", "advice_given", "referred_arbitration", "not_eligible"], start=20):
        c = new_case(desk, f"当事人{i}", chat_id=i, topic="arrears" if i % 2 else "contract",
                     now=now - timedelta(days=i))
        desk.cases.reply(c.id, wang.id, "您好。", channel="console",
                         now=now - timedelta(days=i) + timedelta(minutes=90))
        desk.cases.close(c.id, wang.id, outcome)
    return shown.id


def _shrink(path: Path) -> None:
    """A 256-colour palette without dithering: the same crisp UI text at a third of the size."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as img:
        small = img.convert("RGB").quantize(colors=256, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        desk = open_desk(f"sqlite:///{Path(tmp) / 'app.db'}")
        case_id = seed(desk)
        with serve_console(desk.app()) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
            page = browser.new_page(viewport=VIEWPORT)
            page.goto(f"{base}/login")
            page.get_by_label("用户名").fill("wang")
            page.screenshot(path=args.out / "console-login.png")
            page.get_by_label("密码").fill(PASSWORD)
            page.get_by_role("button", name="登录").click()
            page.wait_for_url(f"{base}/")
            page.screenshot(path=args.out / "console-queue.png")
            page.goto(f"{base}/cases/{case_id}")
            page.screenshot(path=args.out / "console-case.png")
            page.screenshot(path=args.out / "console-case-full.png", full_page=True)
            page.goto(f"{base}/stats")
            page.screenshot(path=args.out / "console-stats.png")
            browser.close()
        desk.close()
    for name in sorted(args.out.glob("console-*.png")):
        _shrink(name)
        print(f"{name.relative_to(ROOT) if name.is_relative_to(ROOT) else name}  {name.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
