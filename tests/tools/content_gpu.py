"""GPU rules of the content checks. Used by check-content.py; standard library only.

- table: the price table has a currency, a checked date, a source in en and zh, 3-4 classes with a
  name, memory and price;
- tasks: a task's gpu names a class of the table, count >= 1, hours > 0, and the task uses or
  teaches gpu-env; when the task's en title, summary, deliverable or shortcut names FP8 or FP4
  (NVFP4, MXFP4), every GPU its class lists runs that format (GPU_FORMATS);
- prices: docs/content.md has, for every GPU class, a line that gives its id, its price as the
  catalogue has it, the provider's price page and the date each figure was read, and the date the
  prices were checked.
"""
import re


def _en(text):
    return text if isinstance(text, str) else (text or {}).get("en", "")


def _is_text(obj):
    return isinstance(obj, dict) and all(str(obj.get(x) or "").strip() for x in ("en", "zh"))


def _by_id(items):
    return {x.get("id"): x for x in items if isinstance(x, dict)}


# GPU named in a GPU class -> (FP8, FP4): whether its tensor cores run the format natively. FP8
# came with Ada (L4, L40S, RTX 40xx) and Hopper; FP4 (NVFP4, MXFP4) with Blackwell.
GPU_FORMATS = {
    "T4": (False, False), "A10": (False, False), "A10G": (False, False), "A40": (False, False),
    "A100": (False, False), "A100 80GB": (False, False), "RTX A4000": (False, False),
    "RTX A6000": (False, False), "RTX 3090": (False, False),
    "L4": (True, False), "L40S": (True, False), "RTX 4090": (True, False),
    "RTX 6000 Ada": (True, False), "H100": (True, False), "H200": (True, False),
    "RTX 5090": (True, True), "RTX PRO 6000": (True, True), "B200": (True, True),
    "B300": (True, True),
}
# number format -> pattern (ignoring case) of a task text that needs it: "fp8" in --kv-cache-dtype
# fp8 counts, FP8_DYNAMIC counts, a version such as FP80 does not
NUMBER_FORMATS = {"FP8": r"(?<![a-z0-9])fp8(?![0-9])",
                  "FP4": r"(?<![a-z0-9])(?:nv|mx)?fp4(?![0-9])"}


def check_gpu_table(gpu):
    if not re.fullmatch(r"[A-Z]{3}", str(gpu.get("currency", ""))):
        yield "/gpu/currency", "expected a currency code such as USD"
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(gpu.get("checked", ""))):
        yield "/gpu/checked", "expected the date the prices were checked, YYYY-MM-DD"
    if not _is_text(gpu.get("source")):
        yield "/gpu/source", "expected where the prices come from, in en and zh"
    classes = gpu.get("classes", [])
    if not 3 <= len(classes) <= 4:
        yield "/gpu/classes", f"{len(classes)} classes, expected 3 or 4"
    for i, c in enumerate(classes):
        price, memory = c.get("price_per_hour"), c.get("memory_gb")
        if not (_is_text(c.get("name")) and isinstance(memory, int) and memory > 0
                and isinstance(price, (int, float)) and price > 0):
            yield f"/gpu/classes/{i}", "a class needs a name in en and zh, memory_gb and a price"


def check_gpu(cat, _):
    gpu = cat.get("gpu") if isinstance(cat.get("gpu"), dict) else {}
    if not gpu:
        yield "/gpu", "missing the GPU price table"
    yield from check_gpu_table(gpu)
    classes = {c.get("id") for c in gpu.get("classes", [])}
    for i, t in enumerate(cat.get("tasks", [])):
        g, p, tid = t.get("gpu"), f"/tasks/{i}/gpu", t.get("id")
        if g is None:
            continue
        if g.get("class") not in classes:
            yield f"{p}/class", f"{tid}: GPU class {g.get('class')} is not in the price table"
        if not (isinstance(g.get("count", 1), int) and g.get("count", 1) >= 1
                and g.get("hours", 0) > 0):
            yield p, f"{tid}: needs a count >= 1 and hours > 0"
        if "gpu-env" not in t.get("uses", []) + t.get("teaches", []):
            yield p, f"{tid}: needs a GPU but neither uses nor teaches gpu-env"
        yield from format_problems(t, _by_id(gpu.get("classes", [])).get(g.get("class")), p)


def format_problems(task, cls, p):
    """Every GPU of the task's class runs each number format (FP8, FP4) its en text asks for."""
    parts = (task.get("title"), task.get("summary"), task.get("deliverable"),
             (task.get("shorten") or {}).get("how"))
    text = " ".join(_en(x) for x in parts)
    needed = [i for i, pattern in enumerate(NUMBER_FORMATS.values())
              if re.search(pattern, text, re.IGNORECASE)]
    if cls is None or not needed:
        return
    names, tid, cid = list(NUMBER_FORMATS), task.get("id"), cls.get("id")
    listed = re.search(r"\(([^()]*)\)", _en(cls.get("name")))
    gpus = [x.strip() for x in listed.group(1).split(",")] if listed else []
    if not gpus:
        yield f"{p}/class", f"{tid}: its text asks for {names[needed[0]]}, but the name of GPU " \
                            f"class {cid} lists no GPUs in parentheses"
    for gpu in gpus:
        if gpu not in GPU_FORMATS:
            yield f"{p}/class", f"{tid}: GPU class {cid} lists {gpu}, which GPU_FORMATS does not " \
                                "know; add whether it runs FP8 and FP4"
            continue
        lacking = [names[i] for i in needed if not GPU_FORMATS[gpu][i]]
        if lacking:
            both, either = " and ".join(lacking), " or ".join(lacking)
            yield f"{p}/class", f"{tid}: its text asks for {both}, but GPU class {cid} lists " \
                                f"{gpu}, which does not run {either}; use a class whose GPUs all do"


DATE = r"\b20\d\d-\d\d-\d\d\b|\b(?:January|February|March|April|May|June|July|August|September" \
       r"|October|November|December) 20\d\d\b"
PRICE_PAGE = r"\b[a-z0-9.-]+\.(?:io|com|ai|net|cloud)/[a-z/-]*pric"


def check_price_sources(cat, doc):
    """Every GPU class has a line in docs/content.md with its price, a price page and a date."""
    if doc is None:
        yield None, "docs/content.md not found: it must say where each GPU price comes from"
        return
    # the list items of the price sources, each joined onto one line
    items = [re.sub(r"\s*\n\s*", " ", m) for m in re.findall(r"^- (.*?)(?=^- |^\s*$)", doc,
                                                             re.M | re.S)]
    gpu = cat.get("gpu") or {}
    if gpu.get("checked") and gpu["checked"] not in doc:
        yield None, f"docs/content.md does not give the date the prices were checked, " \
                    f"{gpu['checked']}"
    for c in gpu.get("classes", []):
        cid, price = c.get("id"), c.get("price_per_hour")
        line = next((x for x in items if x.startswith(f"`{cid}`, $")), None)
        if line is None:
            yield None, f"docs/content.md has no line '- `{cid}`, $PRICE: ...' saying where its " \
                        "price comes from"
            continue
        if not line.startswith(f"`{cid}`, ${price:.2f}:"):
            yield None, f"docs/content.md gives {cid} another price than the catalogue's " \
                        f"{price:.2f}"
        if not re.search(PRICE_PAGE, line) or not re.search(DATE, line):
            yield None, f"docs/content.md: the price of {cid} needs the provider's price " \
                        "page and the date each figure was read"


