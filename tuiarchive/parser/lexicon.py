"""Word lists the parser reads text with: stop words of common languages, and CJK detection.

Stop-word density (the share of a paragraph's words that are function words) tells running
text from menus, headlines and link lists in any of these languages (jusText's observation):
prose is about a third function words, a list of links almost none. The lists are short on
purpose: the most frequent function words carry almost all of the signal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache, reduce
from itertools import repeat
from operator import or_

from ..text import fold
from .lexicon_cjk import CJK_AD_BREAK
from .lexicon_dates import WEEKDAY_AFTER_COMMA
from .thresholds import CJK_CHAR_WEIGHT, PAGE_CACHE

_STOP_WORDS_BY_LANGUAGE = {
    "en": "a about after all also an and any are as at be been but by can could did do for from had has have he "
    "her his how i if in into is it its more most no not of on one or our out she so some than that the their "
    "them then there these they this those to up was we were what when which who will with would you",
    "de": "aber als am an auch auf aus bei bis das dass dem den der des die dies doch du ein eine einem einen "
    "einer es für hat hatte ich ihr im in ist ja kann mit nach nicht noch nur oder sein sich sie sind so um "
    "und uns von vor war wie wir wird zu zum zur über",
    "fr": "à au aux avec ce ces cette dans de des du elle en est et été il ils je la le les leur lui mais me "
    "même ne nous on ou par pas plus pour qu que qui sa se ses son sont sur un une vous y était être",
    "es": "a al como con de del el ella en era es esta este fue ha hay la las le lo los más me mi no nos o "
    "para pero por que se ser sin sobre son su sus también un una y ya",
    "it": "a al alla anche che chi con da dal dalla del della di e è gli ha i il in la le lo ma mi nel nella "
    "non per più questo sono su sua suo tra un una",
    "pt": "a ao as com como da das de do dos e ela ele em entre era foi mais mas na nas no nos não o os ou "
    "para pela pelo por que se sem ser seu sua são também um uma à é",
    "nl": "aan als bij dat de den der die dit door een en er had heeft het hij in is je maar met niet nog "
    "of om ook op te tot uit van voor was wat we werd wordt zich zijn",
    "ru": "а без бы был была были было в вы да для до его ее если же за и из или им их к как когда ко ли "
    "мы на над не но о об он она они от по при с со так также то только у уже что это я",
    "uk": "а аби але б бо був була були в від вона вони все де для до є же з за і із й на не по при про "
    "та також те то у це що як який яка які",
    "pl": "a aby ale bo był była było co czy dla do go i ich jak jako jest już na nie o od po przez się ta "
    "tak te tego to w we z za że",
    "tr": "ama bir bu da de daha den diye en gibi göre her için ile ise kadar ki mi ne o olan olarak ve ya çok şu",
    "id": "ada adalah akan atau bahwa bisa dalam dan dari dengan di ini itu jadi juga kami karena ke kita oleh "
    "pada para saat saya sebagai sudah tersebut tidak untuk yang",  # Indonesian and Malay
}


def words_of(by_language: dict[str, str]) -> frozenset[str]:
    """Every word of a lexicon kept as one space-separated string per language."""
    return frozenset(w for words in by_language.values() for w in words.split())


STOP_WORDS: frozenset[str] = words_of(_STOP_WORDS_BY_LANGUAGE)

# Han, Hiragana, Katakana, Hangul: scripts written without spaces between words
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


_EDGE_PUNCTUATION = "\"'“”‘’«»„()[]{}.,;:!?¿¡…—–-*"


def cjk_chars(text: str) -> int:
    """CJK characters in the text (a quick search first: most text has none)."""
    if text.isascii():  # a flag of the string: no search at all
        return 0
    return len(_CJK_RE.findall(text)) if _CJK_RE.search(text) else 0


def text_chars(text: str) -> int:
    """A paragraph's length as the thresholds in characters of cased scripts read it (TEXT_PARAGRAPH_CHARS): a CJK
    character says about what CJK_CHAR_WEIGHT letters of a cased script say (a word of two characters, no space),
    so that a Japanese paragraph of 60 characters is as much a paragraph as an English one of 180."""
    return len(text) + (CJK_CHAR_WEIGHT - 1) * cjk_chars(text)


@lru_cache(maxsize=PAGE_CACHE)
def plain_words(text: str) -> tuple[str, ...]:
    """The line's words in small letters, stripped of the punctuation at their edges: what its stop words
    and its boilerplate words are counted on (the span stage, the features and the headline scorer ask
    both of the same lines: split once)."""
    # in C (str.strip with its argument repeated: a methodcaller was a third of the time)
    return tuple(map(str.strip, text.lower().split(), repeat(_EDGE_PUNCTUATION)))


_WORD_RE = re.compile(r"\w+")
# \w in an ASCII line is a-z, A-Z, 0-9 and "_": every other byte made a space, the words are what split() keeps
_ASCII_WORD_BYTES = bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(128)) + bytes(128)


@lru_cache(maxsize=PAGE_CACHE)
def lower_words(text: str) -> tuple[str, ...]:
    """The line's words in small letters as _WORD_RE.findall(text.lower()) finds them (runs of \\w): asked of
    the same lines by the notes' tests (how a story was made, its copying terms, a licence, reported speech),
    found once. An ASCII line is read in C, its bytes translated (the pattern was 11 us a line of 400
    characters; this is a fifth of that)."""
    if text.isascii():
        return tuple(text.encode("ascii").lower().translate(_ASCII_WORD_BYTES).decode("ascii").split())
    return tuple(_WORD_RE.findall(text.lower()))


@lru_cache(maxsize=PAGE_CACHE)  # the span stage, the features and the headline scorer ask it of the same lines
def stop_word_density(text: str) -> float:
    """Share of the words that are stop words (0.0 for no words)."""
    words = plain_words(text)
    return sum(map(STOP_WORDS.__contains__, words)) / len(words) if words else 0.0


# Word lists and patterns of the line rules (headline, header, body, related).
# What a browser title puts between the headline and the site's name: "Headline | Site".
TITLE_SEPARATORS = re.compile(
    r"\s+(?:\||–|—|-|::|·|»)\s+"
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff])\s*[_｜|－]\s*(?=[\u3040-\u30ff\u3400-\u9fff])"  # "标题_新闻中心_海港网"
)
# Words that leave a sentence open: a line ending on one runs on into the next.
CONNECTORS = {
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or",
    "but", "as", "that", "which", "who", "than", "into", "onto", "about", "across", "toward",
    "towards", "over", "under", "after", "before", "between", "through", "via", "its", "his",
    "her", "their", "our", "said", "told", "says", "was", "were", "is", "are", "be", "been",
    "has", "have", "had", "reported", "according", "per", "like", "including", "such", "this",
    "these", "those", "some", "more", "most", "whose", "where", "when", "while", "if",
}  # fmt: skip
BULLET_RE = re.compile(r"^(?:[-–•*·▪►]|\d{1,2}[.)])\s")
INLINE_CARD_RE = re.compile(
    r"^((?:read|see) (?:more|also)|related|also read|read next|more)\s*[:|–—-]\s+(.{10,200})$", re.I
)
# A label whose value is the next line ("Category" / "World"): never a headline or an item.
VALUE_LABELS = {
    "category", "author", "authors", "section", "topic", "by", "posted in", "filed in", "filed under",
    "published in", "in", "from", "source", "series", "column", "kicker",
}  # fmt: skip
# The labels of a fact box's rows ("Where: ...", "Tickets: ...", "Born: ..."): a table under the
# text, not a list of headlines with a kicker ("Analysis: ...", "Ferry fares: ...").
FACT_LABELS = {
    "where", "when", "what", "who", "date", "dates", "time", "times", "venue", "location", "address",
    "tickets", "ticket", "price", "prices", "cost", "admission", "entry", "hours", "opening hours",
    "getting there", "directions", "parking", "contact", "phone", "email", "website", "web", "info",
    "more info", "details", "duration", "distance", "capacity", "age", "ages", "born", "died",
    "nationality", "party", "office", "role", "position", "education", "family", "spouse", "children",
    "occupation", "career", "salary", "height", "weight", "population", "area", "founded", "owner",
    "employees", "headquarters", "wo", "wann", "eintritt", "geboren", "partei", "où", "quand", "prix",
    "né", "née", "dónde", "cuándo", "precio", "nacido", "nacida", "waar", "wanneer", "prijs",
}  # fmt: skip
# Words that cannot end a sentence or a headline ("is part of a").
FUNCTION_END = {"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or",
                "that", "as", "into", "than", "its", "their", "his", "her"}  # fmt: skip
DIGIT_RE = re.compile(r"\d")
# (a dash glued to the word before it still splits: "2025-03-04— in Harbour"; a hyphen only between spaces)
# A middle dot or a bullet glued between a name and a date or another name ("Jane Roe·3 March 2025",
# "Jane Roe•Tom Ash"): a mark between them; not inside a word ("Marcel·la", "Col·lell").
_GLUED_MARK = r"(?-i:[·•](?=\d|[A-ZÀ-ÞА-ЯЁ])|(?<=\d)[·•])"  # case matters, whatever the flags
GLUED_MARK_RE = re.compile(_GLUED_MARK)
NAME_DATE_SPLIT = re.compile(
    r"\s*[—–|·•]\s+|\s*[｜／\u3000]\s*|" + _GLUED_MARK + rf"|\s+[-/]\s+|,\s+(?=(?:{WEEKDAY_AFTER_COMMA})\b)",
    re.I,
)
ENDS_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d$")
# A wire dateline opening a paragraph: a place in capitals, maybe a state, maybe the agency, a dash.
DATELINE_LEAD_RE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?"
    r"(?: \((?:[A-Z][\w.]*)(?: [A-Z][\w.]*){0,3}\))? ?[—–-]{1,2} \S"
)
SECTION_BREAK_RE = re.compile(r"^(?:_{3,}|\*(?: ?\*){2,}|#{3}|§)$")  # "___", "* * *": a break inside the text
# "About Jo Ng", "Sobre Ana Lima": the header of a box about the author (or the site), above its text
ABOUT_HEADER_RE = re.compile(
    r"^(?i:about|sobre|über|à propos de|a propos de|acerca de|a proposito di) "
    r"(?P<name>[A-ZÀ-Ý][\w’'.-]+(?: [A-ZÀ-Ý][\w’'.-]+){0,2})$"
)
# "About the author: Jane Roe is ...", "Über den Autor: ...": the label of a note on the author, on its line
AUTHOR_NOTE_LABEL_RE = re.compile(
    r"^(?i:about the (?:author|writer)s?|über (?:den|die) autor(?:in)?|sobre (?:el|la) autora?|"
    r"à propos de l['’]auteure?|a propos de l['’]auteure?|acerca del? autora?|sull['’]aut(?:ore|rice)|"
    r"sobre (?:o|a) autora?)\s*:\s*"
    r"(?P<name>[A-ZÀ-Ý][\w’'.-]+(?: [A-ZÀ-Ý][\w’'.-]+){1,2})\b"
)
# "Jane Roe is a reporter ...", "Ana Ruiz es periodista ...": a note on the author under the text
# (a capitalised name of two or three words, then "is"); the name's words are no stop words.
AUTHOR_NOTE_RE = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w’'.-]+(?: [A-ZÀ-Ý][\w’'.-]+){1,2}"
    r"(?: (?:and|und|et|y|e) [A-ZÀ-Ý][\w’'.-]+(?: [A-ZÀ-Ý][\w’'.-]+){1,2})?)"
    r" (?i:is|are|es|son|est|sont|ist|sind|è|é|sono|são) \w"
)
# The fields of news a writer covers (a note on the writer: "X covers courts and policing", "X schreibt über
# Verkehr", "X cubre educación y vivienda"): what tells a writer's beat from a story's person's doings
NEWS_BEAT_WORDS = words_of(
    {
        "en": "courts policing crime health schools education housing transport politics energy environment climate "
        "business economy finance sport sports culture arts science technology elections immigration justice",
        "de": "verkehr energie politik wirtschaft gesundheit bildung schulen wohnen umwelt klima justiz kultur sport "
        "wissenschaft finanzen kommunalpolitik landespolitik",
        "fr": "politique économie santé éducation logement transports environnement climat justice culture sport "
        "sciences énergie",
        "es": "educación vivienda sanidad salud política economía transporte tribunales justicia cultura deportes "
        "ciencia energía",
        "it": "cronaca politica economia sanità salute scuola istruzione trasporti ambiente clima giustizia cultura "
        "sport scienza energia",
        "pt": "política economia saúde educação habitação moradia transportes ambiente clima justiça cultura esporte "
        "desporto ciência energia",
    }
)
# What a note on the author says they are, in the common languages: "reporter", "periodista", "Redakteurin" ...
WRITER_JOB_WORDS = (
    r"reporter|correspondent|editor|writer|journalist|columnist|contributor"
    r"|periodista|redactora?|corresponsal|reportera|editora|columnista|colaboradora?"
    r"|journaliste|r[ée]dact(?:eur|rice)|correspondante?|chroniqueu(?:r|se)"
    r"|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|reporterin|kolumnist(?:in)?|autorin"
    r"|giornalista|redattore|redattrice|corrispondente|jornalista|repórter|correspondente|verslagge(?:ver|efster)"
    r"|caporedatt(?:ore|rice)|inviat[oa]|cronista|enviad[oa]|envoy[ée]e?"  # a special correspondent, a chief editor
    r"|dziennikar(?:z|ka)|reporterka|korespondent(?:ka)?|redaktor(?:ka)?|publicyst(?:a|ka)"
    r"|корреспондент(?:ка)?|обозреватель|журналист(?:ка)?|редактор"
)
JOURNALIST_RE = re.compile(rf"\b(?:{WRITER_JOB_WORDS})\b", re.I)
# A note on the writer that says what they write ("Jane Roe has written about transport since 2014",
# "Ana Ruiz escribe sobre ...", "Ole Roth schreibt über ..."): a capitalised name, then the verb
# (or two such names joined by "and"; "covers ...", "joined the newsroom in 2019 and writes about ...")
WRITER_NOTE_RE = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w’'.-]+(?: [A-ZÀ-Ý][\w’'.-]+){1,2}"
    r"(?: (?:and|und|et|y|e) [A-ZÀ-Ý][\w’'.-]+(?: [A-ZÀ-Ý][\w’'.-]+){1,2})?)"
    r" (?i:(?:has )?(?:written|reported) (?:about|on|for)|writes (?:about|on|for)|reports (?:on|for)"
    r"|(?:covers?|has covered) [^.]{1,60} for (?:the|our|this) (?:paper|newspaper|site|website|magazine|newsroom)"
    r"|joined (?:the|our) (?:newsroom|paper|newspaper)|escribe sobre|écrit sur|schreibt über|berichtet (?:über|aus)"
    r"|scrive di|escreve sobre)\b"
)
# A writer's label in Chinese or Japanese before the name ("记者", "本报记者", "文", "執筆", "文・写真")
CJK_WRITER_LABEL = (
    r"(?:本报|本報|特约|特約|特派)?(?:记者|記者|通讯员|通訊員)|特派员|特派員|文|撰文|撰稿人?|执笔|執筆|筆者|作者"
    r"|文[・／/](?:写真|图|圖)"
)
# The verbs and objects of a page's buttons in Chinese or Japanese (share, listen, read aloud, copy the link,
# print, follow, collect, comment, subscribe, download, font size): no name is made of them
CJK_BUTTON_WORDS_RE = re.compile(
    r"分享|收听|收聽|朗读|朗讀|播放|点击|點擊|复制|複製|链接|鏈接|打印|列印|关注|關注|收藏|评论|評論|订阅|訂閱"
    r"|转发|轉發|下载|下載|字号|字號|扫码|掃碼|共有|印刷|保存|再生|音声|読み上げ|シェア|ツイート|ブックマーク"
)
KANA_RE = re.compile(r"[\u3040-\u30ff]")
# A reporter's job in Chinese or Japanese: no part of a name ("政治部記者" is a desk's reporter)
CJK_REPORTER_RE = re.compile(r"记者|記者|通讯员|通訊員|特派員|特派员")
# The common notes closing a Chinese or Japanese text, no name ("（敬称略）" honorifics left out, "本报讯" this
# paper's report, "转载请注明出处" credit the source when copying, "未完待续" to be continued, "出典" source)
CJK_CLOSING_NOTE_RE = re.compile(
    r"敬称略|本[报報][讯訊]|[转轉][载載]|待[续續]|未完|[请請]|注明|出[处處典]|[来來]源|引用|参[考照]|參[考照]"
)
# The common Chinese family names (about the hundred commonest, simplified and traditional): a bare line of two or
# three Han characters under a Chinese text is a signature only when it opens on one (review W19: "展开全文",
# "下载客户端", "本文完" are furniture)
ZH_FAMILY_NAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡"
    "余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范範金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶"
    "黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申"
    "欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺"
)
# What a Chinese or Japanese byline says after the name: "reported", "wrote", "photographed" ("林雨晴 报道"): no
# given name
CJK_REPORTED_WORDS = r"报道|報道|撰文|执笔|執筆|摄|攝"
# ... in Chinese or Japanese: a label ("執筆者プロフィール：", "作者简介：") or the job (记者 / 記者) after the name
CJK_WRITER_NOTE_RE = re.compile(
    r"^(?:(?P<label>执笔者|執筆者|筆者|作者|记者)(?:プロフィール|简介|簡介|介绍|紹介)?\s*[：:]\s*)?"
    r"(?P<name>[\u4e00-\u9fff々]{2,5})(?:は|是|[，、,\s　])"
)
# "(Photo: Jane Roe)", "(Chart credit: Harbour Survey)": a labelled note in brackets under the text
LABELLED_NOTE_RE = re.compile(r"^\([A-Z][a-z]+(?: [a-z]+)?: [^()]{2,100}\)$")
# Notes that close an article's text and are its own (closing.with_closing_notes): where it first ran
# ("This essay first appeared in the Harbour Review.", "This interview has been adapted for length."),
# a disclosure ("Disclosure: the writer owns shares in the ferry line."). An update or a correction note
# is no such note: the credit lines end the text before it (captions._CREDIT_RE).
PUBLICATION_NOTE_RE = re.compile(
    r"^(?:this (?:article|story|post|piece|essay|interview) (?:was |is |has been |originally |first )*"
    r"(?:reprinted|republished|adapted|excerpted|syndicated|(?:originally |first )?(?:published|appeared) (?:in|on|by))"
    r"|a version of this (?:article|story|piece) (?:appears|appeared))\b",
    re.I,
)
DISCLOSURE_RE = re.compile(r"^(?:disclaimer|disclosure|affiliate disclosure|ftc)\s*(?::\s*\S|$)", re.I)
# An ad slot's label between paragraphs ("Advertisement", "Story continues below advertisement",
# "Anzeige", "Sponsored"): the text goes on under it (closing._in_text_furniture, stops.is_stop)
AD_SLOT_RE = re.compile(
    r"^(?:advertisement|advertising|advertisment|anzeige|werbung|publicidad|publicité|pubblicità|reklama|"
    r"publicidade|advertentie|an[uú]ncio|"
    r"sponsored(?: content)?|gesponsert|patrocinado|sponsorisé|sponsorizzato|"
    r"(?:the )?(?:story|article) continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?"
    rf"|{CJK_AD_BREAK})\W*$",
    re.I,
)
# A label of an ad slot or a promotion in a few words ("Sponsored feature", "Promoted", "Paid partnership",
# "Advertising"): the words it opens with, in the common languages
AD_LABEL_RE = re.compile(
    r"^(?:sponsored|promoted|paid|partner|advertis\w*|anzeige|werbung|gesponsert|publicidad|patrocinado|"
    r"publicit[ée]|sponsoris[ée]|pubblicit[àa]|sponsorizzato|reklama)\b",
    re.I,
)
# "— Jo Ng (@jong) March 4, 2031": the line that signs a social post quoted in the text
POST_SIGNATURE_RE = re.compile(r"^[—–-] ?[^()]{2,60} \(@\w{1,30}\) (?:\w+\.? \d{1,2}, \d{4}|\d{1,2} \w+ \d{4})$")
# The site's words about itself ("Local journalism for the harbour towns since 1887."), in the common
# languages: no closing sentence of an article's text speaks of the paper, its newsroom, its readers, its
# subscriptions or its advertising ("Notre rédaction couvre la ville chaque jour. Abonnez-vous ...")
SITE_WORDS_RE = re.compile(
    r"\b(?:newsletters?|newspapers?|journalism|readers|advertis\w*|subscri\w*|news"  # en
    r"|periodismo|redacci[oó]n|suscr[ií]b\w*|suscripci[oó]n\w*|bolet[ií]n|noticias|lectores"  # es
    r"|jornalismo|reda[cç][aã]o|assin[ae]\w*|not[ií]cias|leitores"  # pt
    r"|journalisme|r[ée]daction|abonn\w*|lecteurs"  # fr
    r"|journalismus|redaktion|abo|leser|nachrichten"  # de
    r"|giornalismo|redazione|abbonat?\w*|notizie|lettori)\b",  # it
    re.I,
)
# Words any two sentences may share without speaking of the same thing (closing._goes_on)
TOPIC_NEUTRAL_WORDS = frozenset({
    "day", "days", "week", "weeks", "weekly", "month", "months", "year", "years", "time", "times", "today",
    "people", "every", "first", "last", "next", "many", "more", "most", "other", "said", "says",
})  # fmt: skip
# A sentence to the reader in the site's voice ("We hope you enjoyed this story.", "Let us know ...",
# "Your support keeps us going.", "Thank you for reading."), of its things (other stories, the newsroom,
# a free preview, a link "... here.") or offering its services (app, audio, alerts, buttons): its furniture
READER_ASK_RE = re.compile(
    r"\b(?:we|our|ours|us|this (?:story|article|post|piece|page|site)|your support|for reading|"
    r"(?:more|these|those|other|related|similar|free|latest|top) (?:stories|articles|news)|newsroom|"
    r"free (?:preview|trial|access)|subscri\w*|listen|watch|download|apps?|podcasts?|audio|alerts?|click|tap|"
    r"follow|register|log in|sign in|sign up)\b|\bhere[.!]$",
    re.I,
)
# the comments' word in the common languages (related_glued counts replies and reactions with it)
COMMENT_WORDS = r"comments?|comentarios?|comentários?|commentaires?|kommentare?|comment[io]|reacties"
# "View comments (27)", "[ 167 comments ]", "Leave your comment": the comments open below the text
COMMENTS_CONTROL_RE = re.compile(
    r"^[\[(]?\s*(?:(?:view|show|leave|read|see|add|post|load|hide|open)(?: all| the| a| your)?|\d+)?\s*"
    rf"(?:{COMMENT_WORDS})\s*(?:\(\d+\))?\s*[\])]?$"
    # "Enviá tu comentario", "Deixe seu comentário", "Laisser un commentaire", "Kommentar schreiben"
    r"|^(?:env[ií][aá]|dej[aá]|escrib[eií]|deixe|laisser|laissez|lascia|schreibe|schreiben sie)\s+"
    r"(?:tu|un|su|seu|sua|um|votre|un|einen|ihren|il tuo)\s+(?:comentario|comentário|commentaire|commento|kommentar)$"
    r"|^kommentar schreiben$",
    re.I,
)
# "Reply", "Like (12) | Reply | Report", "Antworten": the buttons under a reader's comment
_COMMENT_ACTION = (
    r"(?:reply|report(?: abuse)?|flag|like|recommend|upvote|downvote|respond|antworten|r[ée]pondre|responder)"
    r"(?:\s*\(\d+\))?"
)
COMMENT_ACTIONS_RE = re.compile(rf"^{_COMMENT_ACTION}(?:\s*[|·•]\s*{_COMMENT_ACTION})*$", re.I)
NOTE_RE = re.compile(r"^(?:editor'?s |editors' |ed\. )?note\s*:", re.I)
# A note over a text that points elsewhere (a wiki's hatnote, "For the film, see X (film).", "Not
# to be confused with X", "Main article: X"), or a whole line in brackets ("(See the notes at the
# end.)"): not where the text starts (start.body_start).
POINTER_NOTE_RE = re.compile(
    r"^(?:this (?:article|page|entry) is about\b.{0,150}?\.\s*)?for\b[^.]{1,150}?,\s*see\b"
    r"|^(?:not to be confused with|main articles?:|further information:|see also:)"
    r"|^\([^()]{2,200}\)$|^\[[^\[\]]{2,200}\]$",
    re.I,
)
# A dated correction or update note after the text ("Correction, March 4, 2025: An earlier
# version misstated ..."): the article's own last words, not the furniture after it.
TEXT_NOTE_RE = re.compile(r"^(?:corrections?|clarifications?|updates?|updated)\b[^:]{0,40}:\s+\S", re.I)
# A box of the story's points set above its text under a heading of its own ("Key points", "At a
# glance"): the sentences under it are a summary, not the first paragraph.
SUMMARY_HEADINGS = {
    "highlights",
    "story highlights",
    "key points",
    "key takeaways",
    "takeaways",
    "summary",
    "in brief",
    "at a glance",
    "in short",
    "what you need to know",
}
MEDIA_LABELS = {"video", "watch", "listen", "podcast", "audio", "play", "watch now", "play video"}
STAMP_TAIL_RE = re.compile(
    r"^(?P<name>.+?)(?:\s*[•·|—–]\s*|,\s*|\s+)(?:@\w+|\d+\s*(?:m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)(?:\s+ago)?)$",
    re.I,
)
SHORT_DATE_RE = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}$", re.I)
# A caption line under a name in a byline block ("Headshot of Jane Roe"): no name of its own.
PORTRAIT_PREFIXES = ("headshot of", "photo of", "image of", "portrait of")
# Chrome words that may still label a promo card in the body.
CARD_LABEL_WORDS = {"podcast", "video", "opinion"}
# Site furniture talks to the reader from its first word.
READER_WORDS = {"you", "your", "we", "our", "us"}
# The first and second person in the common languages: a reader's remark speaks so ("I think ...",
# "Ich fahre ...", "Vous avez ..."), another article's headline almost never (words that are also
# common nouns or names left out: "mine", "mon", "ton", "eu").
_PERSON_WORDS_TEXT = (
    "i i'm i've i'd me my we we're we've us our you you're your yours "  # en
    "ich mich mir mein meine meiner wir uns unser unsere du dich dir dein deine euch euer "  # de
    "je j' j'ai moi mes nous notre nos vous votre vos tu toi tes "  # fr
    "yo mí mi mis nosotros nosotras nuestro nuestra nuestros tú te ti tus usted ustedes vosotros "  # es
    "meu minha meus minhas nós nosso nossa você vocês "  # pt
    "io mio mia miei noi nostro nostra voi vostro vostra "  # it
    "ik mij mijn wij jij jou jouw jullie"  # nl
)
PERSON_WORDS = frozenset(_PERSON_WORDS_TEXT.split())
# The site's "we" and the reader's "you" (with forms PERSON_WORDS leaves out): a line holding both is
# the site speaking to its reader ("We need your support", "Nous avons besoin de vous"), no headline
_WE_TEXT = (
    "we we're we've us our ours wir uns unser unsere unseren unserem unserer nous notre nos nosotros nosotras "
    "nuestro nuestra nuestros nuestras nós nosso nossa nossos nossas noi nostro nostra nostri nostre wij ons onze"
)
_YOU_TEXT = (
    "you you're your yours du dich dir dein deine euch euer vous votre vos tu toi tes tú tus usted ustedes "
    "vosotros vuestro vuestra você vocês voi vostro vostra jij jou jouw jullie"
)
WE_WORDS = frozenset(_WE_TEXT.split())
YOU_WORDS = frozenset(_YOU_TEXT.split())
# the word that makes a sentence a request ("Please turn off ...", "Bitte unterstützen Sie ..."): a
# headline reports, it asks the reader nothing
PLEASE_RE = re.compile(r"\b(?:please|bitte|s'il vous plaît|svp|por favor|per favore|alstublieft|alsjeblieft)\b", re.I)
# The stems of the words that mark advertising in the common languages ("Sponsored", "Anzeigen",
# "Contenus partenaires", "Contenido patrocinado", "Advertorial"): an ad widget's header holds one.
AD_WORD_STEMS = (
    "sponsor", "promot", "advert", "partner", "partenai", "patrocin", "publicit", "pubblicit",
    "anzeige", "werbung", "werbe", "reklam", "gesponsert",
)  # fmt: skip
# Words of promotion (boilerplate "promo") that also end a shop's name ("Homewise Deals"): no ad header.
SHOP_WORDS = frozenset({"deals", "coupon"})
# A form's buttons, alone on their line ("Cancel" / "Submit"): the lines just above them are the
# form's options (a survey's, a poll's), never a list of headlines.
FORM_BUTTONS = {
    "submit", "send", "cancel", "vote", "submit feedback", "send feedback", "submit answer",  # en
    "absenden", "senden", "abbrechen", "abstimmen",  # de
    "envoyer", "annuler", "voter",  # fr
    "enviar", "cancelar", "votar",  # es, pt
    "invia", "annulla", "vota",  # it
    "verzenden", "annuleren", "stemmen",  # nl
    "wyślij", "anuluj",  # pl
}  # fmt: skip
# A video teaser's marker above a headline.
VIDEO_LABELS = {"video", "video play button", "watch", "play video", "watch video", "videos"}
# The last word of a news outlet's or picture agency's name: "... for Quanta Magazine".
OUTLET_WORDS = {
    "times", "post", "news", "magazine", "images", "press", "journal", "gazette", "herald", "review",
    "media", "daily", "tribune", "guardian", "observer", "telegraph", "wire", "radio", "tv", "photos",
    "pictures", "chronicle", "standard", "mail", "monthly", "weekly", "agency", "network", "studio", "studios",
}  # fmt: skip
# A picture from the paper's own files, credited by the word alone ("Foto: Jo Ng / archivo", "© Archiv"),
# in the common languages and Dutch.
PICTURE_ARCHIVE_WORDS = {
    "archive", "archives", "file", "file photo", "archiv", "archivbild", "archivfoto", "archivo", "archivio",
    "arquivo", "archief", "archieffoto", "foto de archivo", "foto d'archivio", "photo d'archives",
}  # fmt: skip
# Chrome words that may still name a list of headlines above the article.
SECTION_WORDS = {"world", "news", "latest", "opinion"}
# An author card's button under the name: "Jane Roe" / "Follow".
FOLLOW_WORDS = {"follow", "follow me", "subscribe", "suivre", "seguir", "folgen", "segui"}
# The common words for a picture and its credit, folded (en, de, fr, es, it, pt): a label of one of them
# ("Pic: A", "Bild: A", "Imagen: A") credits a picture, never the writer (review W15)
_PICTURE_WORDS = (
    "pic pics picture pictures photo photos photograph photographs photography image images illustration "
    "illustrations graphic graphics credit credits bild bilder foto fotos fotografie grafik illustrationen "
    "photographie crédit crédits imagen imágenes fotografía fotografías ilustración gráfico immagine immagini "
    "illustrazione imagem imagens ilustração 写真 撮影 图片 圖片 摄影 攝影 図 図版 イラスト 插图 插圖"
)
PICTURE_WORDS = frozenset(_PICTURE_WORDS.split())


# Page furniture as a whole line, in the common languages: skip links, "back to" links, legal and
# help links, menus, search boxes, home links (folded; "&" and "and" are both written out). General
# web vocabulary, never one site's phrase: a headline is never one of these.
_UI_PHRASES_BY_LANGUAGE = {
    "en": "skip to content|skip to main content|skip to navigation|skip to search|skip to footer|jump to content|"
    "go to content|back to overview|back to list|back to news|back to home|back to homepage|back to blog|"
    "back to articles|back to all posts|back to search results|return to top|terms & conditions|"
    "terms and conditions|terms of use|terms of service|privacy policy|privacy notice|cookie policy|"
    "cookie settings|legal notice|imprint|contact us|about us|main menu|search this site|search for:|"
    "homepage|home page|you are here:|rss|rss feed|rss feeds|entries rss|comments rss|entries (rss)|comments (rss)",
    "de": "zum inhalt springen|direkt zum inhalt|zum hauptinhalt springen|zur navigation springen|zur suche springen|"
    "zurück zur übersicht|zurück zur startseite|zurück zur liste|zurück nach oben|nach oben|zurück|"
    "agb|allgemeine geschäftsbedingungen|nutzungsbedingungen|datenschutz|datenschutzerklärung|impressum|"
    "kontakt|hauptmenü|menü|suche|suchen|startseite|sie sind hier:",
    "fr": "aller au contenu|aller au contenu principal|passer au contenu|passer au contenu principal|"
    "retour à l'accueil|retour à la liste|retour aux actualités|retour en haut|retour|"
    "conditions générales|conditions générales d'utilisation|mentions légales|politique de confidentialité|"
    "gestion des cookies|nous contacter|rechercher|recherche|accueil|vous êtes ici :|vous êtes ici:",
    "es": "saltar al contenido|ir al contenido|ir al contenido principal|volver al inicio|volver a la portada|"
    "volver al listado|volver arriba|volver|términos y condiciones|aviso legal|política de privacidad|"
    "política de cookies|contacto|buscar|búsqueda|inicio|portada|usted está aquí:",
    "pt": "pular para o conteúdo|ir para o conteúdo|saltar para o conteúdo|voltar ao início|voltar ao topo|"
    "voltar|termos de uso|termos e condições|política de privacidade|fale conosco|contato|pesquisar|"
    "buscar|início|página inicial",
    "it": "vai al contenuto|salta al contenuto|vai al contenuto principale|torna alla home|torna all'elenco|"
    "torna su|torna indietro|termini e condizioni|condizioni d'uso|informativa sulla privacy|"
    "informativa cookie|note legali|contatti|cerca|ricerca",
    "nl": "naar inhoud springen|ga naar inhoud|direct naar de inhoud|terug naar overzicht|terug naar home|"
    "terug naar boven|terug|algemene voorwaarden|privacybeleid|privacyverklaring|cookiebeleid|zoeken",
    "sv/da/no": "hoppa till innehåll|gå till innehåll|tillbaka till översikten|tillbaka|villkor|integritetspolicy|"
    "sök|gå til indhold|hop til indhold|tilbage til oversigten|tilbake til oversikten|tilbage|tilbake|"
    "søg|søk|personvern|privatlivspolitik",
    "pl": "przejdź do treści|przejdź do głównej treści|powrót do listy|powrót|regulamin|polityka prywatności|"
    "szukaj|strona główna",
    "ru": "перейти к контенту|перейти к содержимому|перейти к содержанию|к содержанию|вернуться к списку|"
    "вернуться на главную|назад к списку|назад|наверх|пользовательское соглашение|политика конфиденциальности|"
    "поиск|поиск:|главная|меню|контакты",
    "tr": "içeriğe geç|içeriğe atla|geri dön|gizlilik politikası|kullanım koşulları|ara|ana sayfa",
    "id": "langsung ke konten|lompat ke konten|kembali|kebijakan privasi|syarat dan ketentuan|cari|beranda|"
    "tentang kami|hubungi kami",
    "ja": "メインコンテンツへ移動|メインコンテンツへスキップ|本文へ移動|本文へスキップ|コンテンツへスキップ|"
    "ページの先頭へ|ページトップへ|トップへ戻る|プライバシーポリシー|利用規約|お問い合わせ|サイトマップ",
    "zh": "跳到主要内容|跳至主要内容|跳到正文|跳至正文|跳过导航|返回顶部|回到顶部|返回首页|隐私政策|使用条款|"
    "联系我们|網站地圖|跳到主要內容|回到頁首|隱私權政策",
    "ko": "본문 바로가기|주요 콘텐츠로 건너뛰기|콘텐츠로 건너뛰기|맨 위로|개인정보처리방침|이용약관",
}
UI_PHRASES: frozenset[str] = frozenset(
    p.casefold().rstrip(" :") for phrases in _UI_PHRASES_BY_LANGUAGE.values() for p in phrases.split("|")
)
_UI_EDGES = " .:!·|>»›"


def is_ui_phrase(text: str) -> bool:
    """A whole line of page furniture in one of the common languages ("Skip to content", "Back to
    overview", "Terms & Conditions")."""
    if len(text) > 60:
        return False
    folded = fold(text).strip(_UI_EDGES)
    if " | " in folded:  # "Privacy | Terms": links side by side
        return all(part.strip(_UI_EDGES) in UI_PHRASES for part in folded.split(" | "))
    return folded in UI_PHRASES


# The first item of a trail of sections, in the common languages: "Home › News › World" (a
# longer word before its prefix).
HOME_WORDS: tuple[str, ...] = (
    "Homepage", "Home", "Startseite", "Accueil", "Inicio", "Início", "Inizio", "Portada", "Главная",
    "Strona główna", "Hem", "Hjem", "Forside", "Etusivu", "Ana Sayfa", "Anasayfa", "Beranda",
)  # fmt: skip


# Words of the boilerplate around an article, by kind: general vocabulary of web pages (in the
# common languages where a word differs), never a phrase of one site. The boundary model reads
# them as features (is there a word of this kind in the line), so no single word decides.
_BOILERPLATE_BY_KIND = {
    "share": "share shares sharing tweet twitter facebook whatsapp linkedin pinterest reddit telegram email "
    "e-mail flipboard compartir partager teilen condividi compartilhar",
    "comments": "comment comments commenting reply replies discussion discussions forum forums moderation "
    "comentario comentarios commentaire commentaires kommentar kommentare commento commenti comentário "
    "comentários",
    "subscribe": "newsletter newsletters subscribe subscribed subscriber subscribers subscription inbox "
    "unsubscribe sign-up signup spam notifications membership donate donation suscríbete suscribirse "
    "abonnez-vous abonnieren iscriviti assine",
    "legal": "copyright © rights reserved licence license licensed licenses creative commons privacy cookies "
    "cookie disclaimer trademark trademarks reproduction derechos droits rechte diritti direitos",
    "related": "related popular trending recommended most-read must-read relacionados relacionadas populares correlati",
    "promo": "advertisement advertising sponsored sponsor promoted affiliate deals coupon publicidad publicité "
    "anzeige werbung pubblicità",
    "credit": "photo photos photograph image images credit credits getty afp ap reuters shutterstock "
    "illustration foto imagen fotos bild",
}
BOILERPLATE_KINDS: tuple[str, ...] = tuple(_BOILERPLATE_BY_KIND)
_BOILERPLATE_WORDS: dict[str, int] = {}
for _bit, _kind in enumerate(BOILERPLATE_KINDS):
    for _word in _BOILERPLATE_BY_KIND[_kind].split():
        _BOILERPLATE_WORDS[_word] = _BOILERPLATE_WORDS.get(_word, 0) | (1 << _bit)


def boilerplate_kinds(tokens: list[str]) -> tuple[int, int]:
    """The kinds of boilerplate word among the tokens, as bits (1 << BOILERPLATE_KINDS.index),
    and how many of the tokens are such words."""
    return _kinds_of(map(str.strip, map(str.lower, tokens), repeat(_EDGE_PUNCTUATION)))


def line_boilerplate_kinds(text: str) -> tuple[int, int]:
    """boilerplate_kinds(text.split()), from the line's plain_words (the words in small letters split
    where the line's are)."""
    return _kinds_of(plain_words(text))


def _kinds_of(words: Iterable[str]) -> tuple[int, int]:
    found = list(filter(None, map(_BOILERPLATE_WORDS.get, words)))  # each word's bits (never 0)
    return (reduce(or_, found), len(found)) if found else (0, 0)


# Bylines of CJK pages: "作者：李明", "记者 李明", "文/李明" (anywhere on a header line; "取材・文：李明",
# "文と写真・李明"), "홍길동 기자"
CJK_BYLINE_RE = re.compile(
    # (after the paper's or agency's name: "本报记者", "江州晨报记者", "新华社记者"; a bar as the mark: "作者｜")
    r"(?:^|[\s|｜・])(?:本报|本報|特约|特約|[\u4e00-\u9fff]{1,8}(?:报|報|网|網|社))?"
    r"(?:作者|记者|記者|撰文|執筆者?|筆者|文(?:と写真|・写真|[/／](?:图|圖))?|写真と文)\s*[:：/／\s・＝=|｜丨]\s*"
    r"(?P<names>[^\s:：/|｜丨]{2,12}(?:[、，,][^\s:：/|｜丨]{2,12}){0,3}"
    # ... or a family name of one character, then a space and the given name ("記者 岡 美咲", "记者：林 雨晴")
    rf"|[\u4e00-\u9fff々](?=[ \u3000](?!{CJK_REPORTED_WORDS})[\u4e00-\u9fff々\u3040-\u30ff]{{1,3}}(?:$|[\s|｜]+\d)))"
    r"|(?:^|\s)(?P<ko>[가-힣]{2,4})\s?기자(?:\s|$)"
    # "山田太郎記者": the name, then the job (not a desk's: "政治部記者", "東京支局記者")
    r"|^(?P<ja>[\u4e00-\u9fff々\u30a0-\u30ff]{1,7}[^\s部局社班])\s?記者$"
    # ... the name written with a space ("小野寺 遥 記者")
    r"|^(?P<jas>[\u4e00-\u9fff々]{1,3}[ \u3000][\u4e00-\u9fff々\u3040-\u30ff]{1,3})[ \u3000]?記者$"
)
