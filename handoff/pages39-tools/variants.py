import functools
STATE = {}
def apply(name):
    if name == "base":
        return
    from newswire.nlp.boilerplate import html, html_tree, page_kind
    orig_meta = html.page_metadata
    def meta(tree, url):
        page, kind = orig_meta(tree, url)
        STATE["kind"], STATE["url"] = kind, url
        return page, kind
    html.page_metadata = meta
    orig_body = html_tree.trafilatura_body
    opts = {}
    name, _, arg = name.partition(":")
    kinds = {None if k == "none" else k for k in arg.split(",")} if arg else set()
    def untold_page():
        return STATE["kind"] is None and not page_kind.headline_slug(STATE["url"]) and STATE["url"]
    def wanted():
        k = STATE["kind"]
        if k is None:
            return bool(untold_page()) and None in kinds
        return k in kinds
    if name in ("recall", "precision", "notables", "links", "fast", "nofast", "dedup"):
        from trafilatura import bare_extraction as be
        import trafilatura
        def body(tree, url, fast=False):
            if not wanted():
                return orig_body(tree, url, fast)
            extra = {"recall": {"favor_recall": True}, "precision": {"favor_precision": True},
                     "notables": {"include_tables": False}, "links": {"include_links": True},
                     "dedup": {"deduplicate": True}}.get(name, {})
            if name == "fast": fast = True
            if name == "nofast": fast = False
            import newswire.nlp.boilerplate.html_tree as ht
            from newswire.nlp.boilerplate.fallbacks import skipping_idle_fallbacks
            fast = fast or ht.node_count(tree) > ht.MAX_FALLBACK_ELEMENTS
            args = dict(url=url, fast=fast, include_comments=False, include_tables=True,
                        with_metadata=False, output_format="txt")
            args.update(extra)
            with skipping_idle_fallbacks():
                doc = be(tree, **args)
            return getattr(doc, "body", None)
        html.trafilatura_body = body
        return
    if name == "mainkinds":
        html.MAIN_ELEMENT_KINDS = html.MAIN_ELEMENT_KINDS | kinds
        return
    if name.startswith("share"):  # shareVALUE:kinds
        from newswire.nlp.boilerplate import main_element_text as m
        value = float(name[5:])
        orig = m.main_element_body
        def meb(tree, body, url, kind=None):
            if kind in kinds:
                m.MAIN_ELEMENT_SHARE = value
            try:
                return orig(tree, body, url, kind)
            finally:
                m.MAIN_ELEMENT_SHARE = 0.5
        html.main_element_body = meb
        return
    raise SystemExit(f"unknown variant {name}")
