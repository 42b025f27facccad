"""whoosh's Porter stemmer (whoosh.lang.porter.stem), step for step, with each step's regular
expression tried only on words that end as it requires.

whoosh's steps 2 to 4 match `^(.+?)(suffix|suffix|...)$`: the lazy group tries every split of
the word against every suffix, and most words end in none of them. A step whose pattern can
only match a word ending in one of its suffixes (or "e", "ed"/"ing", "y") is skipped when the
word does not (str.endswith with the suffixes, in C); otherwise whoosh's own pattern decides,
as in whoosh. The stems are whoosh's (tests/test_search.py compares them on every word of the
corpora and on made-up ones); indexing learns each new word's stem once, ~20,000 a worker.
"""

from __future__ import annotations

from whoosh.lang import porter

_mgr0, _meq1, _mgr1, _s_v, _c_v = porter._mgr0, porter._meq1, porter._mgr1, porter._s_v, porter._c_v
_ed_ing, _at_bl_iz, _step1b = porter._ed_ing, porter._at_bl_iz, porter._step1b
_step2, _step3, _step5 = porter._step2, porter._step3, porter._step5
_step4_1, _step4_2 = porter._step4_1, porter._step4_2
_step2list, _step3list = porter._step2list, porter._step3list


def _suffixes(pattern) -> tuple[str, ...]:
    """The alternatives of a pattern's last group, `...(a|b|c)$`: what a word it matches ends with."""
    return tuple(pattern.pattern.rsplit("(", 1)[1].removesuffix(")$").split("|"))


# what a word must end with for each step's pattern to match it
_STEP2_ENDS, _STEP3_ENDS, _STEP4_ENDS = _suffixes(_step2), _suffixes(_step3), _suffixes(_step4_1)
_ION_ENDS = ("sion", "tion")  # _step4_2: (s|t)(ion)$
_ED_ING = _suffixes(_ed_ing)


def _tails(suffixes: tuple[str, ...]) -> frozenset[str]:
    """The last two characters of each suffix (all have two or more): a word whose last two are
    none of them ends in none of the suffixes. A slice and a set lookup cost a fifth of
    str.endswith with a tuple, whose arguments are parsed the old way (~650 instructions a call,
    ten calls a word: a third of a stem's instructions)."""
    assert min(map(len, suffixes)) >= 2
    return frozenset(suffix[-2:] for suffix in suffixes)


_STEP2_TAILS, _STEP3_TAILS, _STEP4_TAILS, _ED_ING_TAILS = map(_tails, (_STEP2_ENDS, _STEP3_ENDS, _STEP4_ENDS, _ED_ING))


def stem(w: str) -> str:
    """whoosh.lang.porter.stem(w)."""
    if len(w) < 3:
        return w

    first_is_y = w[0] == "y"
    if first_is_y:
        w = "Y" + w[1:]

    # Step 1a
    if w[-1:] == "s":  # w.endswith("s"), as the other single suffixes below
        if w[-4:] == "sses" or w[-3:] == "ies":
            w = w[:-2]
        elif w[-2] != "s":
            w = w[:-1]

    # Step 1b
    if w[-3:] == "eed":
        if _mgr0.match(w[:-3]):
            w = w[:-1]
    elif w[-2:] in _ED_ING_TAILS and w.endswith(_ED_ING):
        m = _ed_ing.match(w)
        if m:
            stem = m.group(1)
            if _s_v.match(stem):
                w = stem
                if _at_bl_iz.match(w):
                    w += "e"
                elif _step1b.match(w):
                    w = w[:-1]
                elif _c_v.match(w):
                    w += "e"

    # Step 1c
    if w[-1:] == "y":
        stem = w[:-1]
        if _s_v.match(stem):
            w = stem + "i"

    # Step 2
    if w[-2:] in _STEP2_TAILS and w.endswith(_STEP2_ENDS):
        m = _step2.match(w)
        if m:
            stem = m.group(1)
            if _mgr0.match(stem):
                w = stem + _step2list[m.group(2)]

    # Step 3
    if w[-2:] in _STEP3_TAILS and w.endswith(_STEP3_ENDS):
        m = _step3.match(w)
        if m:
            stem = m.group(1)
            if _mgr0.match(stem):
                w = stem + _step3list[m.group(2)]

    # Step 4
    m = _step4_1.match(w) if w[-2:] in _STEP4_TAILS and w.endswith(_STEP4_ENDS) else None
    if m:
        stem = m.group(1)
        if _mgr1.match(stem):
            w = stem
    elif w[-3:] == "ion" and w.endswith(_ION_ENDS):
        m = _step4_2.match(w)
        if m:
            stem = m.group(1) + m.group(2)
            if _mgr1.match(stem):
                w = stem

    # Step 5
    if w[-1:] == "e":
        m = _step5.match(w)
        if m:
            stem = m.group(1)
            if _mgr1.match(stem) or (_meq1.match(stem) and not _c_v.match(stem)):
                w = stem

    if w[-2:] == "ll" and _mgr1.match(w):
        w = w[:-1]

    if first_is_y:
        w = "y" + w[1:]

    return w
