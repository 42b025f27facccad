"""Date words of the common languages: month names, the words a dateline wraps its date in,
the words that mark a later stamp, a published or a source label."""

from __future__ import annotations

import re

# Dates as pages print them, in the common languages: month names (full, genitive, short forms)
# by language, the words a dateline wraps its date in, and the words that mark a later stamp.
_MONTHS_BY_LANGUAGE = {
    "en": "january february march april may june july august september october november december",
    "en-short": "jan feb mar apr may jun jul aug sep oct nov dec",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "fr-short": "janv févr mars avr mai juin juil août sept oct nov déc",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "de-short": "jan feb mär apr mai jun jul aug sep okt nov dez",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "es-short": "ene feb mar abr may jun jul ago sep oct nov dic",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "it-short": "gen feb mar apr mag giu lug ago set ott nov dic",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pt-short": "jan fev mar abr mai jun jul ago set out nov dez",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "nl-short": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da-no": "januar februar marts april mai juni juli august september oktober november desember",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
    "lokakuuta marraskuuta joulukuuta",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "id": "januari februari maret april mei juni juli agustus september oktober november desember",
    "el": "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
    "νοεμβρίου δεκεμβρίου",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
}
MONTH_NUMBERS: dict[str, int] = {"sept": 9, "jänner": 1, "maerz": 3, "setiembre": 9}
for _names in _MONTHS_BY_LANGUAGE.values():
    for _number, _name in enumerate(_names.split(), start=1):
        MONTH_NUMBERS.setdefault(_name, _number)
# Words around a date on a dateline ("Publié le 3 mars 2025 à 11h04", "3 марта 2025 г."):
# not the leftover words that make a line a sentence mentioning a date.
_DATE_FILLER = (
    "published posted updated update last modified on at date time first issued created and the of am pm "
    "a.m. p.m. local "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    # fr de es it pt nl pl ru uk tr: published / updated / on / at / o'clock, weekdays
    "publié publiée le à mis jour en ligne depuis lundi mardi mercredi jeudi vendredi samedi dimanche "
    "veröffentlicht publiziert aktualisiert am um uhr stand "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "publicado actualizado el de a las del lunes martes miércoles jueves viernes sábado domingo "
    "pubblicato aggiornato il alle ore lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "atualizado em às segunda terça quarta quinta sexta feira "
    "gepubliceerd bijgewerkt op om maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "opublikowano zaktualizowano dnia r г года опубликовано обновлено в р опубліковано оновлено о "
    "yayınlanma güncelleme tarihi "
    # a dateline's label of its own: filed, online since, came out, the date of publication (en de fr es pt it pl ru)
    "filed online seit erschienen paru parution publication fecha publicación publicação dal uscito data datum "
    "publikacji aktualizacja дата публикации "
    # the weekdays of pt pl ru (those of the languages above are there)
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo "
    "poniedziałek wtorek środa czwartek piątek sobota niedziela "
    "понедельник вторник среда четверг пятница суббота воскресенье понедельника вторника среды четверга пятницы "
    "субботы воскресенья "
    # zh ja: release time, time, date
    "发稿时间 发布时间 发表时间 更新时间 时间 日期 发布 発行 更新 公開 時 时 点 點 分 "
    "입력 수정 기사입력 최종수정 업데이트 시 분"
)
DATE_FILLER_WORDS = frozenset(_DATE_FILLER.split())
# The last character of a Chinese or Japanese word for a day, a time or a date ("配信日", "发稿时间", "更新日期",
# "掲載日時"): a date's label before the date, no name (review W17)
CJK_TIME_WORD_ENDS = frozenset("日时時间間期")
# Chinese and Japanese labels of a dateline, alone or before a word for the day or the time ("配信日時", "发布时间"):
# published, released, posted, carried, issued, updated, first published
_CJK_DATE_LABELS = (
    "配信 掲載 投稿 公開 公开 発行 发行 發行 发布 發布 發佈 发表 發表 刊登 刊出 更新 最終更新 最后更新 最後更新 "
    "首发 首發 发稿 發稿 登録 作成 出稿 上传 上傳"
)
CJK_DATE_LABELS = frozenset(_CJK_DATE_LABELS.split())
# ... of which these mark a later stamp, not the publication ("更新日：", "最終更新", "更新于", "修改時間"), as
# "Updated" does
CJK_UPDATED_RE = re.compile(r"^[\W_]*(?:最終|最终|最后|最後)?(?:更新|修改|修訂|修订)")
# ... and these the publication's, after an update stamp on the same line ("更新：… 公開：…")
CJK_PUBLISHED_RE = re.compile(r"公開|公开|配信|掲載|投稿|发布|發布|發佈|发表|發表|刊登|首发|首發")
# Weekdays as a dateline shortens them: as often a surname ("Yang Sun", "Ana Sat")
# The weekdays' names that open a date after a byline's comma ("Jana Roth, Freitag, 6. März 2026"), in the
# common languages (English's by their first three letters, as NAME_DATE_SPLIT has read them)
WEEKDAY_AFTER_COMMA = (
    r"(?:mon|tue|wed|thu|fri|sat|sun)\w*|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda|terça|quarta|quinta|sexta"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
)
WEEKDAY_ABBREVIATIONS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})
# A stamp that is not the publication: "Updated", "Mis à jour", "Aktualisiert" ...
UPDATED_WORDS_RE = re.compile(
    r"\b(?:(?:last\s+)?(?:updated?|modified)|mis à jour|aktualisiert|actualizado|aggiornato|atualizado|"
    r"bijgewerkt|zaktualizowano|aktualizacja|обновлено|оновлено|güncellen\w*)\b",
    re.I,
)
# "... Source: Daily Post" after a date: where the dateline's words end
DATE_SOURCE_RE = re.compile(
    r"(?:来源|來源|出处|出典|\b(?:source|quelle|fuente|fonte|источник|джерело)\b)\s*[:：]", re.I
)
PUBLISHED_WORDS_RE = re.compile(
    r"\b(?:published|posted|first published|publié|mis en ligne|veröffentlicht|publicado|pubblicato|gepubliceerd|"
    r"opublikowano|опубликовано|опубліковано|yayınlanma)\b",
    re.I,
)
