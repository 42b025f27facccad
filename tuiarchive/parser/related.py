"""Stage `related`: lists of other articles before the headline and after the body, cleaned."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ..model import RelatedItem
from ..text import fold, headline_key
from . import lines as L
from .chrome import is_list_header, is_paywall_offer
from .cjk_lines import is_cjk_site_note
from .cjk_related import cjk_item_headline, is_cjk_footer_link
from .consent import is_cookie_button
from .dates import is_header_relative_stamp
from .lexicon import READER_WORDS, SECTION_WORDS, STOP_WORDS, VALUE_LABELS
from .names import split_name_date, split_name_date_reversed
from .page import Page, is_card_label, section_name
from .paywalls import is_paywall_line
from .related_ads import site_list_after_ads
from .related_footer import footer_line, footer_top, strip_mark
from .related_glued import counted_word, is_meta_line, without_marks
from .related_items import without_non_headlines
from .related_own import LEAD_IN_WORDS, announced_list, cjk_lead_in, own_bullets
from .related_shapes import (
    POSSESSIVE,
    WORD_EDGES,
    carries_card,
    cjk_item,
    header_words,
    is_credit,
    is_form_options,
    is_item,
    is_link_row,
    is_list_headline,
    link_row_at,
    near_video,
    next_text,
    shaped_and_furniture,
    under_header,
    with_header,
)
from .related_tables import is_table
from .span import measure
from .thresholds import (
    RELATED_BETWEEN_LINES,
    RELATED_CARD_REACH,
    RELATED_HEADER_WORDS,
    RELATED_ITEM_CHARS,
    RELATED_ITEM_SPACES,
    RELATED_MIN_ITEMS,
    RELATED_TEXT_TAIL_CHARS,
)
from .title import opens_with_quotation


def _addresses_reader(text: str) -> bool:
    """Site furniture talks to the reader from its first word: "You can...", "Our team..."."""
    return text.split()[0].lower().strip(",.:") in READER_WORDS


def text_end(page: Page, body: list[str], start: int, end: int) -> int:
    """The line after the body's last paragraph, looked for between the lines `start` and `end`
    where the body was first read (`end` when it is not found there)."""
    last = body[-1].rstrip() if body else ""
    for i in range(min(end, len(page.lines)) - 1, start - 1, -1):
        text = page.lines[i].text.strip()
        if text and last.endswith(text):
            return i + 1
    if start > 0:  # the text was found above where the rules first read it (its densest prose)
        for i in range(start - 1, -1, -1):
            text = page.lines[i].text.strip()
            if len(text) >= RELATED_TEXT_TAIL_CHARS and last.endswith(text):
                return i + 1
    return end


def read_related_outside(
    page: Page, body_end: int, first_end: int | None = None, body: list[str] | None = None
) -> list[RelatedItem]:
    """The page's lists of other articles: those the body's stages found (`page.related`, less
    what turns out to be furniture or part of a list told by its shape), a box of headlines
    between the text's paragraphs (`body`), then the lists outside the body: above the headline,
    then after the text. `first_end`: where the first reading of the body ended, when the text
    was cut short of it."""
    before = _collect_before_title(page)
    earlier, after = _collect_after_body(page, body_end, first_end or body_end)
    found = {fold(r.headline) for r in earlier}
    inside = [r for r in _collect_inside(page, body or [], body_end) if fold(r.headline) not in found]
    return _without_headers(page, [*earlier, *inside, *before, *after])


def _without_headers(page: Page, items: list[RelatedItem]) -> list[RelatedItem]:
    """The items less a list's header in words no rule knows, taken for an item: a line in a
    header's words (`header_words`) that starts a list ("Picked for you" / "Tram fares rise again
    in the new year"): a longer item a few lines below it, none above it (a list's own short item
    has one: "Ferry fares rise again" in a list of cards), and no list header right above or right
    below it (a header's first item; a list's last item over the next list's header)."""
    heads = {fold(r.headline) for r in items if header_words(r.headline)}
    if not heads:
        return items
    names = _names_in_text(page)  # "Korsk tram fares rise again": a headline that starts with a name
    heads = {h for r in items if (h := fold(r.headline)) in heads and _not_named(r.headline, names)}
    taken = {fold(r.headline) for r in items}
    reach = RELATED_BETWEEN_LINES + 1
    over: set[str] = set()
    for i, line in enumerate(page.lines):
        key = fold(line.text.strip())
        if key not in heads:
            continue
        above, below = next_text(page, i, -1), next_text(page, i, 1)
        if any(j is not None and is_list_header(page.text(j)) for j in (above, below)) or under_header(page, i):
            continue  # a header is never right under another one, nor right over one
        if any(fold(page.text(j)) in taken for j in range(max(0, i - reach), i)):
            continue  # an item of the list above it
        last = i  # the last item of the list under it
        for j in range(i + 1, len(page.lines)):
            if j - last > reach:
                break
            if fold(page.text(j)) in taken:
                last = j
        if last > i and carries_card(page, i, last):
            continue  # its date next to it, as each item has: an item
        after = (page.text(j) for j in range(i + 1, min(len(page.lines), i + reach + 1)))
        if any(fold(t) in taken and fold(t) not in heads and len(t.split()) > len(key.split()) for t in after):
            over.add(key)
    return [r for r in items if fold(r.headline) not in over]


def _first_word(text: str) -> str:
    """The first word, folded ("" when it is written as a name is: "NASA", "McBride")."""
    word = POSSESSIVE.sub("", text.split()[0].strip(WORD_EDGES))
    return "" if any(c.isupper() for c in word[1:]) else fold(word)


def _not_named(text: str, names: set[str]) -> bool:
    """The first word of `text` is a function word, or no name the page writes elsewhere."""
    word = _first_word(text)
    return bool(word) and (word in STOP_WORDS or word not in names)


def _names_in_text(page: Page) -> set[str]:
    """The words the page writes with a capital inside a line (a sentence's first word apart), or
    at the start of two different lines or more ("Dresk council ..." / "Dresk ferry ..."): names."""
    inside: set[str] = set()
    starts: Counter[str] = Counter()  # (over distinct lines: a header said twice names nothing)
    for text in {line.text for line in page.lines}:
        words = [
            fold(POSSESSIVE.sub("", w.strip(WORD_EDGES))) for w in text.split() if w.strip(WORD_EDGES)[:1].isupper()
        ]
        first = text.split()[:1]
        if first and first[0].strip(WORD_EDGES)[:1].isupper():
            starts[fold(POSSESSIVE.sub("", first[0].strip(WORD_EDGES)))] += 1
            words = words[1:]
        inside.update(words)
    return inside | {w for w, n in starts.items() if n >= 2}


def _collect_inside(page: Page, body: list[str], end: int) -> list[RelatedItem]:
    """A box of three headlines or more in a row between two paragraphs of the text, under a short
    header or none ("Read more from us:" / three headlines): links to other articles, none of
    them the text's."""
    text = ""  # the text folded, when a run is found (most pages have none: no cost)

    def paragraph(j: int | None, *, ends: bool = True) -> bool:
        """Line `j` is (`ends`: ends) a paragraph of the text; the one under a box need only start one
        (a link inside it may break its sentence over lines: "... had repelled 47 attacks" / "denied")."""
        nonlocal text
        if j is None or len(page.text(j)) < RELATED_TEXT_TAIL_CHARS or (ends and not L.ends_sentence(page.text(j))):
            return False
        text = text or "\n".join(fold(p) for p in body)
        return fold(page.text(j)) in text

    items: list[RelatedItem] = []
    i = page.title_idx + 1
    while i < end:
        run: list[int] = []
        j: int | None = i
        while j is not None and j < end and _could_be_item(page.text(j)):
            run.append(j)
            j = next_text(page, j, 1)
        if len(run) >= RELATED_MIN_ITEMS and not all(is_item(page, k) for k in run):
            run = list(itertools.takewhile(lambda k: is_item(page, k), run))  # (its first lines, if any)
            j = next_text(page, run[-1], 1) if run else None
        if len(run) < RELATED_MIN_ITEMS:
            i = (run[-1] if run else i) + 1
            continue
        above = next_text(page, run[0], -1)
        section = None
        if above is not None and not paragraph(above) and _is_box_header(page.text(above)):
            section, above = section_name(page.text(above)), next_text(page, above, -1)
        between = paragraph(above) and paragraph(j, ends=False)
        if between and not _said_in_the_text(page, run) and not near_video(page, run[0]):
            header, run = with_header(page, run)  # its first line much shorter: its header
            if header is not None and _is_box_header(page.text(header)):
                section = section_name(page.text(header))
            if section is not None:  # with no header, lines between paragraphs are the text's own list
                items.extend(RelatedItem(section or "Related", page.text(k)) for k in run)
        i = run[-1] + 1
    return items


def _could_be_item(text: str) -> bool:
    """The quick part of `is_item` (a headline's length, no full stop): most lines of a text fail it."""
    return (
        RELATED_ITEM_SPACES[0] <= text.count(" ") <= RELATED_ITEM_SPACES[1]
        and len(text) <= RELATED_ITEM_CHARS
        and not text.endswith(".")
    ) or cjk_item(text)


def _said_in_the_text(page: Page, run: list[int]) -> bool:
    """Lines of the text's own in a headline's shape: a table's rows, or questions or quotes, half
    of them or more ("Who pays for the new ferry?", "“Nobody asked us”")."""
    asked = sum(page.text(k).endswith("?") or page.text(k)[:1] in "\"“‘'" for k in run)
    return is_table(page, run) or 2 * asked >= len(run)


def _is_box_header(text: str) -> bool:
    """The header over a box of links in the text: a few words, no sentence ("More on this:"); not
    a sentence announcing the text's own list ("The winners were:", "Films showing this week:")."""
    words = len(text.split())
    if words > RELATED_HEADER_WORDS or L.ends_sentence(text.rstrip(":")) or cjk_lead_in(text):
        return False
    return words < LEAD_IN_WORDS or not measure(text).lead_in


def _collect_before_title(page: Page) -> list[RelatedItem]:
    """Runs of three or more headlines above the headline (carousels, news feeds)."""
    items: list[RelatedItem] = []
    end = page.title_idx
    start = 1 if page.browser_title else 0
    run: list[int] = []
    gap = 0
    runs: list[list[int]] = []
    for i in range(start, end):
        t = page.text(i)
        if L.looks_like_headline(t, min_words=5) or cjk_item(t):
            run.append(i)
            gap = 0
        elif run:
            gap += 1
            stamp = bool(page.date_at(i)) or L.is_chrome(t)
            if gap > 2 or (gap > 1 and not stamp):
                runs.append(run)
                run = []
    if run:
        runs.append(run)
    for found in runs:
        before = next(
            (page.text(k) for k in range(found[0] - 1, max(-1, found[0] - 4), -1) if not L.is_chrome(page.text(k))),
            "",
        )
        if before.endswith("?"):
            continue  # the options of a survey ("2. Did you encounter any technical issues?")
        found = [i for i in found if not near_video(page, i)]
        if len(found) >= 3 and not is_table(page, found) and not is_form_options(page, found):
            # (a table's rows above a wrong headline, a survey's answers are no list)
            header, found = with_header(page, found)  # its first line much shorter: its header
            section = section_name(page.text(header)) if header is not None else _label_before(page, found[0])
            kicker = end - 1 if opens_with_quotation(page.text(end - 1)) else -1  # a quotation right over the headline
            items.extend(RelatedItem(section or "Related", page.text(i)) for i in found if i != kicker)
    return items


def _label_before(page: Page, i: int) -> str | None:
    for j in range(i - 1, max(-1, i - 3), -1):
        t = page.text(j)
        if L.is_related_header(t):
            return section_name(t)
        short = 1 <= len(t.split()) <= 4 and not L.ends_sentence(t) and not any(map(str.isdigit, t))
        if short and (not L.is_chrome(t) or fold(t) in SECTION_WORDS):
            return section_name(t)
    return None


def _collect_after_body(page: Page, body_end: int, first_end: int) -> tuple[list[RelatedItem], list[RelatedItem]]:
    """Sections after the text: explicit ones under a header ("Related", "Most read"), and
    runs of headline-like lines among the furniture; with the items of `page.related` kept
    (`_add_shaped_lists`)."""
    items: list[RelatedItem] = []
    mode = "implicit"
    section = "Related"
    explicit_items: list[str] = []
    explicit_sentences: list[str] = []
    implicit: list[tuple[int, str, str]] = []
    label_pending = False
    last_label: str | None = None
    previous_item = ""
    resume: int | None = None  # where a list of the site's own starts under an ad widget (`mode` "skip")

    def close_explicit() -> None:
        nonlocal explicit_items, explicit_sentences
        if mode == "explicit":
            chosen = explicit_items or explicit_sentences
            if explicit_items and explicit_sentences and len(explicit_sentences) <= 2:
                chosen = explicit_sentences + explicit_items
            items.extend(RelatedItem(section, h) for h in chosen)
        explicit_items, explicit_sentences = [], []

    n = len(page.lines)
    announced = announced_list(page, body_end)
    own = max(own_bullets(page, body_end), announced)
    i = body_end
    shaped_footer = footer_top(page, body_end)  # a footer in words the lexicon does not hold, by its shape
    footer = footer_line(page, body_end) if shaped_footer is None else shaped_footer
    while i < footer:
        t = page.text(i)
        if label_pending:  # the value after "Category", "Author": never an item or header
            label_pending = False
            i += 1
            continue
        if fold(t) in VALUE_LABELS:
            label_pending = True
            i += 1
            continue
        if L.is_related_header(t) and fold(t) != fold(page.title):
            close_explicit()
            mode, section = "explicit", section_name(t)
            previous_item = ""
            i += 1
            continue
        if L.is_tag_header(t):
            close_explicit()
            mode = "tags"
            i += 1
            continue
        if _count_under_item(page, i) or is_meta_line(t):
            i += 1  # "12 comments" under each item: its card's count, no comment thread's header
            continue
        if L.is_skip_header(t):
            close_explicit()
            mode = "skip"
            resume = site_list_after_ads(page, i, n)  # a list of the site's with no header under the ads
            i += 1
            continue
        if mode == "skip" and i != resume:
            i += 1
            continue
        if mode == "skip":
            mode = "implicit"
        if mode == "tags":
            if len(t.split()) <= 6 and not L.ends_sentence(t) and not L.looks_like_headline(t, min_words=7):
                i += 1
                continue
            mode = "implicit"
        if is_paywall_offer(t):
            i += 1
            continue  # "Keep reading with a free trial": the list under it goes on after it
        if L.is_cta(t) or (L.has_ui_pronoun(t) and (mode != "explicit" or _addresses_reader(t))):
            if mode == "explicit":
                close_explicit()
                mode = "implicit"
            i += 1
            continue
        if near_video(page, i):
            i += 1
            continue
        t = L.strip_arrows(t)
        if split_name_date(t) or split_name_date_reversed(t) or is_credit(t):
            i += 1
            continue  # "Jun 17 • Rhea Castel", "by Jo Ng and Eva Holm": a teaser's date and authors
        if mode == "explicit":
            if (is_list_headline(t) or (is_link_row(t) and not link_row_at(page, i))) and not is_card_label(t):
                explicit_items.append(t)
                previous_item = "headline"
            elif L.is_prose(t) and L.ends_sentence(t) and len(t.split()) <= 60 and not L.has_ui_pronoun(t):
                # a sentence right under a headline is its blurb; otherwise it is a teaser
                if previous_item == "headline":
                    previous_item = "blurb"
                elif len(t.split()) <= 20 and explicit_items:
                    explicit_items.append(t)
                    previous_item = "sentence"
                else:
                    explicit_sentences.append(t)
                    previous_item = "sentence"
        elif i < own:
            pass  # the text's own bulleted lines right under its last paragraph, no list of articles
        elif i < first_end:
            pass  # where the text was cut short of its first reading only a list under a header
            # counts: its last lines, a credit or a note under it, comments, references are none
        elif (
            (L.looks_like_headline(t, min_words=5) or cjk_item(t))
            and not link_row_at(page, i)
            and not _over_button(page, i)
        ):
            implicit.append((i, last_label or "Related", t))
        elif 1 <= len(t.split()) <= 4 and not any(map(str.isdigit, t)) and not L.is_name(t):
            last_label = t.rstrip(":")
        i += 1
    close_explicit()
    # A lone headline-like line among furniture is more likely a slogan or a box title.
    loose = [
        RelatedItem(label, headline)
        for k, (pos, label, headline) in enumerate(implicit)
        if any(p != pos and abs(p - pos) <= 10 for p, _, _ in implicit[max(0, k - 1) : k + 2])
    ]
    earlier, items, headers = _add_shaped_lists(page, items, loose, body_end, own)
    if announced > body_end:  # the text's own list: no card, whatever stage took a line of it
        listed = {fold(page.text(i)) for i in range(body_end, announced)}
        earlier = [r for r in earlier if r.section != "Related" or fold(r.headline) not in listed]
    # a list's header is none of its items, nor an item the body stage took ("Europe" over it)
    earlier = [r for r in earlier if r.section != "Related" or fold(r.headline) not in headers]
    return earlier, [item for item in items if fold(item.headline) not in headers]


def _count_under_item(page: Page, i: int) -> bool:
    """Line `i` is a count ("12 comments") under a headline, and the same count of the same thing stands under
    another headline within a card's reach above or below: each card's count, no thread's header."""
    word = counted_word(page.text(i))
    above = next_text(page, i, -1)
    if not word or above is None or not L.looks_like_headline(page.text(above), min_words=4):
        return False
    reach = RELATED_BETWEEN_LINES + 1
    near = [*range(max(0, i - reach), i - 1), *range(i + 2, min(len(page.lines), i + reach + 1))]
    return any(counted_word(page.text(j)) == word for j in near)


def _over_button(page: Page, i: int) -> bool:
    """Line `i` is right over a button ("Tap here", "Subscribe now", "Learn more"): the pitch of a
    box of the site's ("Follow the harbour news on your phone" / "Tap here"), no headline."""
    j = next_text(page, i, 1)
    return j is not None and L.is_cta(page.text(j))


def _video_titles(page: Page, headlines: set[str]) -> set[str]:
    """Those of `headlines` that stand under the headline as a video's title ("Video" above), folded."""
    return {
        fold(t)
        for i in range(page.title_idx + 1, len(page.lines))
        if (t := page.text(i)) in headlines and near_video(page, i)
    }


def _add_shaped_lists(
    page: Page, items: list[RelatedItem], loose: list[RelatedItem], start: int, lists_from: int
) -> tuple[list[RelatedItem], list[RelatedItem], set[str]]:
    """`items` (under a header), `loose` (runs of headlines with none) and the lists told by their
    shape after line `lists_from` (their headers apart): an item the earlier stages took with no header
    (as "Related", in `page.related`) moves into the list it is part of, or out if it is part of
    furniture in a list's shape (advertisements, social posts). Returns the items of `page.related`
    kept (the page is left as it is), the items after the text, and the shaped lists' headers."""
    headers: set[str] = set()
    footer = footer_top(page, lists_from)
    end = footer_line(page, lists_from) if footer is None else footer  # (the lexicon's footer, or its shape)
    lists, furniture = shaped_and_furniture(page, lists_from, end)
    junk = {fold(page.text(i)) for i in furniture}
    # a footer's link the body stage took for a card ("Privacy" / "Advertise with us": a label over a
    # headline's shape)
    junk |= {fold(page.text(i)) for i in range(end, len(page.lines))}
    items = [*items, *(item for item in loose if fold(item.headline) not in junk)]
    earlier = [r for r in page.related if r.section != "Related" or fold(r.headline) not in junk]
    if earlier:  # a video's card the body stage took ("Video" / its title): no article's
        videos = _video_titles(page, {r.headline for r in earlier if r.section == "Related"})
        earlier = [r for r in earlier if r.section != "Related" or fold(r.headline) not in videos]
    # a card the body stage took after where the text ends ("Weather" / "Shop" / a footer's link
    # in a headline's shape): the reading after the text, which knows that region's lists, decides
    # (in a line above: "Related: <headline>" is one)
    inside = "\n".join(fold(page.text(i)) for i in range(min(len(page.lines), start + RELATED_CARD_REACH + 1)))
    taken = {fold(item.headline) for item in items} | {fold(page.text(i)) for shaped in lists for i in shaped.items}
    earlier = [r for r in earlier if r.section != "Related" or (key := fold(r.headline)) in inside or key in taken]
    for shaped in lists:
        if shaped.header is not None:
            section = section_name(page.text(shaped.header))
            headers.add(fold(section))
        else:
            label = _label_before(page, shaped.items[0])
            section = label or "Related"
            if label is not None and fold(section_name(page.text(shaped.items[0] - 1))) == fold(label):
                headers.add(fold(label))  # right above the list (two lines up, it may end the last one)
        keys = {fold(page.text(i)) for i in shaped.items}
        above = page.text(shaped.items[0] - 1)
        if len(above.split()) <= RELATED_HEADER_WORDS:  # a short line right above the list: its header,
            keys.add(fold(above))  # no card the body stage took ("Europe" / "Picked for you" / items)
        earlier = [r for r in earlier if r.section != "Related" or fold(r.headline) not in keys]
        found = {fold(item.headline) for item in (*items, *earlier)}
        items.extend(RelatedItem(section, page.text(i)) for i in shaped.items if fold(page.text(i)) not in found)
    return earlier, items, headers


_LABEL_SPLIT = re.compile(r"\s*[:：]\s*")


def _without_list_label(headline: str) -> str:
    """A headline less a list's name written before it on its line ("See also: <headline>",
    "関連記事：<headline>"); the line as it is when what comes before the colon is no list's name
    ("Report: tram fares ...", "Tram fares: what changes")."""
    # (a headline with no colon is told in C, not split by the pattern tried at each character)
    parts = _LABEL_SPLIT.split(headline, maxsplit=1) if ":" in headline or "：" in headline else [headline]
    if len(parts) == 2 and parts[1] and len(parts[0].split()) <= RELATED_HEADER_WORDS and L.is_related_header(parts[0]):
        return parts[1]
    return headline


# The most words of a relative time printed after an item's headline ("Aktualisiert vor 40 Minuten").
TIME_AFTER_WORDS = 5
# The fewest words of a headline left before it.
HEADLINE_BEFORE_TIME_WORDS = 3
_TIME_SEPARATOR = " \u00b7\u2022|-\u2013\u2014,"


def without_time_after(headline: str) -> str:
    """A headline less the relative time a list prints after it on its line ("Ferry fares to rise 3 hours
    ago", "Freibad öffnet früher · vor 40 Minuten"): the time is the item's, not the headline's words. The
    header's reading of such times in the common languages (dates.is_header_relative_stamp) is asked only of
    the line's last words, never of a line of the list (review W72)."""
    words = headline.split()
    for n in range(min(TIME_AFTER_WORDS, len(words) - HEADLINE_BEFORE_TIME_WORDS), 1, -1):  # the longest first
        if is_header_relative_stamp(" ".join(words[-n:])):
            head = " ".join(words[:-n]).rstrip(_TIME_SEPARATOR)
            return head if len(head.split()) >= HEADLINE_BEFORE_TIME_WORDS else headline
    return headline


def clean_related(page: Page, body: list[str] | None = None) -> list[RelatedItem]:
    """The page's lists as a reader sees them: no item twice in a list, none that is the page's
    own headline or site, an excerpt, a tag or a menu, nor any that is no headline at all
    (related_items: code, a stamp, a comment, a button, the page's own text in `body`)."""
    own = headline_key(page.title)
    site = fold(page.site) if page.site else None
    seen: set[tuple[str, str]] = set()
    out: list[RelatedItem] = []
    site_title = re.compile(rf"(?:^|\s[-|–—]\s){re.escape(page.site)}(?:\s[-|–—]\s|$)", re.I) if page.site else None
    for item in page.related:
        # (a sentence over a list is no header of it: a note of the site's, "この記事は…転載できます。")
        section = "Related" if item.section.endswith((".", "。")) else item.section
        # "2. Ferry crews vote ...", "• Ferry crews vote ...": a list's rank or bullet
        # (a play sign first: "► Ferry crews vote ... 2:41" is a video's mark and length, no bullet)
        headline = strip_mark(without_marks(item.headline.strip()))
        headline = _without_list_label(headline)  # "Related: Ferry crews vote ...": its list's name before it
        headline = without_marks(headline)  # "Related: VIDEO Ferry crews vote ... (2:41)"
        if not headline.isascii():  # "1 港の朝市に露店　03-06": a CJK item's rank and date; a site's link
            if is_cjk_footer_link(headline) or is_cjk_site_note(headline):
                continue
            headline = cjk_item_headline(headline)
        if site_title and site_title.search(headline):
            continue  # "Horizon 24 - International breaking news": the site's own title
        key = headline_key(headline)
        # the same headline may stand in two lists ("Most popular" and "Editors' Picks")
        if not key or key == own or (section, key) in seen or (site and fold(headline) == site):
            continue
        if headline.endswith(("…", "...")) or (len(headline.split()) == 1 and headline.isascii()):
            continue  # an excerpt; one word alone ("harbour", a topic's link) is a tag, no headline (a
            # headline in a script written without spaces is one "word": kept)
        if is_link_row(headline, sure=True):
            continue  # "More | Sport | Business | Culture" read as a card: a menu's links
        if is_paywall_line(headline) or is_cookie_button(headline):
            continue  # "Déjà abonné ? Se connecter", "Aceptar todas las cookies": a paywall's line, a cookie
            # notice's button, in any common language: no headline
        seen.add((section, key))
        out.append(RelatedItem(section, headline))
    # "Ferry crews vote ... 3 hours ago": the item's time on its line, taken off the headlines kept (a section's
    # name with a time, "Local · 3 hours ago", is no headline: without_non_headlines has dropped it)
    return [
        RelatedItem(r.section, without_time_after(r.headline), r.url)
        for r in without_non_headlines(page, out, body or [])
    ]
