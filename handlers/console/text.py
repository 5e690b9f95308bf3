"""What legal-aid staff read in the web console (Chinese: the staff work in Chinese)."""

from __future__ import annotations

TITLE = "法律援助工作台"

# Flash messages after an action, by code. "{arg}" is filled from the flash (a name, a label).
FLASH: dict[str, str] = {
    "logged_out": "已退出登录。",
    "claimed": "已认领，当事人会收到通知。",
    "assigned": "已转交，当事人会收到通知。",
    "replied": "已回复，正在发送给当事人。",
    "noted": "已添加内部备注（当事人看不到）。",
    "info_requested": "已向当事人询问：{arg}",
    "fact_saved": "已更新「{arg}」，修改记录见处理记录。",
    "closed": "已结案：{arg}。当事人会收到通知。",
    # refusals (CaseError codes)
    "not_found": "找不到这个案件。",
    "case_closed": "本案件已结案，不能再操作。",
    "not_staff": "你的账户不能操作案件，请联系管理员。",
    "claimed_by_other": "本案件已由 {arg} 认领。",
    "empty": "内容为空，没有发送。",
    "unknown_fact": "请选择要询问或修改的事实项。",
    "unknown_outcome": "请选择结案结果。",
    "error": "操作没有完成，请重试。",
}
ERROR_FLASHES = frozenset({"not_found", "case_closed", "not_staff", "claimed_by_other", "empty", "unknown_fact",
                           "unknown_outcome", "error"})

# CaseError.code -> flash code
CASE_ERRORS: dict[str, str] = {
    "not_found": "not_found",
    "closed": "case_closed",
    "not_staff": "not_staff",
    "claimed": "claimed_by_other",
    "empty": "empty",
    "unknown_fact": "unknown_fact",
    "unknown_outcome": "unknown_outcome",
}

LOGIN_FAILED = "用户名或密码错误。"
LOGIN_LOCKED = "账户已锁定，请 {minutes} 分钟后再试。"
LOGIN_THROTTLED = "登录尝试过于频繁，请 {seconds} 秒后再试。"
LOGIN_BUSY = "系统繁忙，请稍后再试。"
CSRF_TITLE = "请求被拒绝"
CSRF_MESSAGE = "安全校验失败：请求缺少有效的 CSRF 令牌。请返回上一页，刷新后再试。"
NOT_FOUND = "找不到这个案件。"
PDF_UNAVAILABLE = "PDF 导出暂不可用。"
BAD_REQUEST_TITLE = "请求无效"
BAD_FILTER = "筛选条件无效：请从页面上的选项中选择，或清除筛选条件后再试。"
BAD_REQUEST = "链接或表单中的内容无效，请返回上一页重试。"
ERROR_TITLE = "出错了"
ERROR_MESSAGE = "服务器处理这个请求时出错了，已记录。请稍后重试；如果一直出错，请联系管理员。"

SENDERS = {"worker": "当事人", "bot": "机器人", "staff": "工作人员", "note": "内部备注"}
ACTORS = {"worker": "当事人", "bot": "机器人"}

# History lines by event kind; the fields come from the event's detail.
EVENTS: dict[str, str] = {
    "created": "案件创建（优先级：{priority}{reasons}）",
    "claimed": "{by} 认领了案件",
    "note": "{by} 添加了内部备注",
    "info_requested": "{by} 向当事人询问：{fact}",
    "fact_changed": "{by} 修改了「{fact}」：{old} → {new}",
    "closed": "{by} 结案：{outcome}{note}",
    "reannounced": "紧急案件已等待 {waited_min} 分钟，已在工作群再次提醒",
    "delivery_failed": "消息未能送达（{target}）：{error}",
    "forgotten": "当事人删除了个人数据，记录已匿名化",
    "assigned": "{by} 将案件转交给 {to}",
    "exported": "{by} 导出了案件 PDF（{channel}）",
}
CHANNELS = {"console": "控制台", "telegram": "Telegram"}
TARGETS = {"worker": "当事人", "staff": "工作群"}

STATUS_FILTERS = {"active": "进行中（待认领＋处理中）", "open": "待认领", "claimed": "处理中", "closed": "已结案",
                  "all": "全部"}
