"""The case file a lawyer works from: the case packet and a draft arbitration application, as a PDF.

``application`` words the draft 劳动人事争议仲裁申请书 (claims, facts and reasons, evidence, the
commission), ``pdf`` lays the packet and the draft out with reportlab. reportlab is imported only
with ``pdf``; callers that export import ``case_pdf`` lazily.
"""

from bot.casefile.application import (
    DRAFT_BANNER,
    MORE_CLAIMS,
    TBD,
    TO_COMPUTE,
    Application,
    claims,
    commission,
    draft,
    evidence_items,
    facts_and_reasons,
    legal_basis,
)
from bot.casefile.pdf import case_pdf

__all__ = [
    "DRAFT_BANNER",
    "MORE_CLAIMS",
    "TBD",
    "TO_COMPUTE",
    "Application",
    "case_pdf",
    "claims",
    "commission",
    "draft",
    "evidence_items",
    "facts_and_reasons",
    "legal_basis",
]
