"""The story's own block of data under its text (tour dates, a league's table, results, opening hours, a poll's
answers) is the text's: the body ends on its last row, in the common languages, whether the copy reads its
heading as text or passes it by. A site's list under a text (headlines with a figure in some, dated
headlines, listicle titles) stays out, even under a heading that shares a word with the story. Every page here
is made up for these tests (no labelled page's words)."""

from __future__ import annotations

import pytest
from madeup import HEAD, LAST, LEAD, MORE

from tuiarchive.parser.datablock import is_data_row
from tuiarchive.parser.extract import extract

_TRAIL = ["", "Share this article", "Facebook", "", "More from Harbour Ledger", "Ferry fares to rise in April",
          "Council approves plan for new lock gates", "Fishing fleet back early as storms close the bay"]  # fmt: skip


def _body(paragraphs: list[str], heading: str, rows: list[str], head: list[str] = HEAD) -> list[str]:
    lines = [*head]
    for p in paragraphs:
        lines += [p, ""]
    lines += [heading, "", *rows, *_TRAIL]
    return extract(lines, title_model=None).body


_BRIDGE = [LEAD, MORE, LAST]
_FR_HEAD = ["Gazette de Brenmouth", "Accueil", "", "Le club de voile remporte la régate d'hiver", "Par Anne Quéré",
            "3 février 2031", ""]  # fmt: skip
_FR = [
    "Le club de voile de Brenmouth a remporté dimanche la régate d'hiver, devant quatre clubs venus de toute la côte, "
    "malgré un vent qui a tourné deux fois pendant la course.",
    "Les équipages ont salué l'organisation de la régate et promis de revenir l'an prochain, quand la course "
    "partira pour la première fois du nouveau ponton.",
]
_IT_HEAD = ["Eco di Sarnova", "Home", "", "Riapre il museo delle saline", "Di Paolo Vetri", "4 aprile 2031", ""]
_IT = [
    "Dopo due anni di lavori riapre sabato il museo delle saline di Sarnova, con nuove sale dedicate agli attrezzi "
    "dei salinari e alle fotografie delle vecchie vasche.",
    "Il direttore ha detto che il museo punta sulle scuole e sulle visite guidate del fine settimana, che saranno "
    "tenute dagli ultimi salinari della città.",
]
_DE_HEAD = ["Kreisblatt Tollby", "Start", "", "Tollby gewinnt das Derby am Kanal", "Von Jan Pohl", "9. März 2031", ""]
_DE = [
    "Der FC Tollby hat das Derby gegen die Kanalstädter mit 3:1 gewonnen und den Abstand zur Spitze der Bezirksliga "
    "auf zwei Punkte verkürzt.",
    "Der Trainer lobte nach dem Spiel die Geduld seiner Mannschaft, die erst in der letzten Viertelstunde zwei Tore "
    "erzielte und damit den Sieg sicherte.",
]
_JA_HEAD = ["湾岸日報", "ホーム", "", "合唱団、夏の港めぐり公演を発表", "記者 佐藤一郎", "2031年5月2日", ""]
_JA = [
    "市民合唱団は木曜日、夏に港町を回る公演を行うと発表した。昨年の公演が好評だったことを受け、会場を増やすという。",
    "団長は本紙の取材に対し、港めぐり公演では地元の漁師の歌も取り上げたいと話した。初日の会場は北港ホール。",
]

_KEPT = [
    (HEAD, _BRIDGE, "Results",  # a heading of no word of the text's: the rows name the text's places
     ["Lindhaven RC 14:02", "Valdenia BC 14:09", "Tollby Oars 14:30"]),
    (HEAD, _BRIDGE, "Bridge opening events",
     ["April 3 – Lindhaven @ North Quay", "April 4 – Lindhaven @ Bridge Square", "April 6 – Tollby @ Lock Street"]),
    (HEAD, _BRIDGE, "Asked when they would first cross the new bridge, residents answered:",
     ["In the first week: 38%", "Within a month: 27%", "Later: 35%"]),
    (_FR_HEAD, _FR, "Classement de la régate d'hiver",
     ["1. Brenmouth 42 pts", "2. Port-Sarn 37 pts", "3. Korsk 31 pts", "4. Valmer 22 pts"]),
    (_IT_HEAD, _IT, "Il museo delle saline in breve",
     ["Apertura: 10.00 - 18.00", "Ingresso: 6 euro, ridotto 3 euro", "Chiuso il lunedì, aperto dal 6 aprile",
      "Via delle Saline 12"]),
    (_DE_HEAD, _DE, "Die Bezirksliga nach dem Derby",  # (a copy passes over it as a name: the rows keep it)
     ["1. SV Kanalstadt 18 12 3 3 39", "2. FC Tollby 18 11 4 3 37", "3. TuS Brenmar 18 10 3 5 33"]),
    (_JA_HEAD, _JA, "夏の港めぐり公演 日程",
     ["7月5日 リンドハーフェン 北港ホール", "7月12日 トルビー 運河会館", "7月19日 サーノウ 灯台広場"]),
]  # fmt: skip


@pytest.mark.parametrize(("head", "text", "heading", "rows"), _KEPT)
def test_the_storys_own_data_under_its_text_is_kept(
    head: list[str], text: list[str], heading: str, rows: list[str]
) -> None:
    body = _body(text, heading, rows, head)
    assert body[-1] == rows[-1]
    assert text[-1] in body


_LEFT_OUT = [
    (_DE_HEAD, _DE, "Wetter in Tollby", ["Heute 12°", "Morgen 9°", "Samstag 11°"]),  # a widget under a place's name
    (HEAD, _BRIDGE, "Latest bridge news",
     ["11 March 2031 – Council approves new lock gates at Tollby", "10 March 2031 – Ferry fares to rise in April",
      "9 March 2031 – Harbour master retires after forty years"]),
    (HEAD, _BRIDGE, "More bridge stories",
     ["Bridge tolls to rise 5% in the spring", "Council pays £2m to finish the arches", "Crews vote on 3-day strike",
      "8 best walks across the harbour"]),
    (_FR_HEAD, _FR, "Autour de la régate",
     ["5 choses à savoir sur la nouvelle régate", "Les ferries augmentent leurs tarifs de 4 % en avril",
      "Le port accueillera 12 paquebots cet été"]),
    (_JA_HEAD, _JA, "港めぐり公演の関連ニュース",
     ["5月1日 フェリー運賃、6月から値上げへ", "4月30日 運河の水門、新設計画を承認", "4月29日 港長が40年勤め退職"]),
]  # fmt: skip


@pytest.mark.parametrize(("head", "text", "heading", "rows"), _LEFT_OUT)
def test_a_sites_list_with_figures_under_a_text_stays_out(
    head: list[str], text: list[str], heading: str, rows: list[str]
) -> None:
    assert _body(text, heading, rows, head)[-1] == text[-1]


def _rows_under(paragraphs: list[str], rows: list[str], head: list[str] = HEAD) -> list[str]:
    lines = [*head]
    for p in paragraphs:
        lines += [p, ""]
    lines[-1:] = rows
    return extract([*lines, *_TRAIL], title_model=None).body


_UNDER = [
    (HEAD, _BRIDGE, ["1. North Quay crew 14:02.6", "2. Lock Street crew 14:09.1", "3. Tollby Oars 14:30.8"]),
    (_DE_HEAD, _DE, ["FC Tollby 3", "SV Kanalstadt 1", "Tore Tollby: Brandes 2, Kruse 1"]),
    (_JA_HEAD, _JA, ["参加したい　64％", "参加しない　22％", "未定　14％"]),
]  # fmt: skip


@pytest.mark.parametrize(("head", "text", "rows"), _UNDER)
def test_rows_of_data_right_under_the_last_paragraph_are_kept(
    head: list[str], text: list[str], rows: list[str]
) -> None:
    assert _rows_under(text, rows, head)[-1] == rows[-1]


@pytest.mark.parametrize(
    "rows",
    [["1. Lindhaven", "2. Tollby", "3. Sarnow", "4. Korsk"],  # numbered names: a list of links
     ["Ferry fares to rise in April", "2 hours ago", "Lock gates approved", "5 hours ago", "Storm closes bay",
      "1 day ago"]],
)  # fmt: skip
def test_numbered_names_or_stamped_headlines_under_the_text_stay_out(rows: list[str]) -> None:
    assert _rows_under(_BRIDGE, rows)[-1] == _BRIDGE[-1]


def test_the_block_ends_on_its_last_row_of_data_not_on_a_headline_with_a_figure_under_it() -> None:
    rows = ["Lindhaven 3", "Tollby 1", "Goals: Brandes 2, Kruse 1"]
    lines = [*HEAD, LEAD, "", MORE, "", LAST, *rows, "Ferry fares to rise 6% in July", "New benches on the quay"]
    assert extract(lines, title_model=None).body[-1] == rows[-1]


@pytest.mark.parametrize(
    "row", ["June 9 – Sarnow @ Harbour Arts Centre", "3 Jo Ng 504 2 1", "Open: 9.30 - 19.00", "250 g flour"]
)
def test_a_row_of_data(row: str) -> None:
    assert is_data_row(row)


@pytest.mark.parametrize(
    "row",
    ["Ferry fares to rise 5% in April", "12 March 2031 – Council approves the lock gates", "7 best harbour walks",
     "Ferry strike: crews to walk out for 3 days", "3月8日 港長が40年勤め退職", "The harbour bridge"],
)  # fmt: skip
def test_a_headline_with_a_figure_is_no_row_of_data(row: str) -> None:
    assert not is_data_row(row)


def test_a_sites_appeal_right_under_a_block_is_not_read_as_text() -> None:
    """A paragraph right under the block is a box's (an appeal to support the site), not the text going on:
    the block does not carry the text into it."""
    appeal = "The Ledger is funded by its readers. Become a supporter and help us keep reporting on the harbour."
    rows = ["Lindhaven 3", "Tollby 1", "Goals: Brandes 2, Kruse 1"]
    body = _body(_BRIDGE, "", [*rows, "", appeal])
    assert appeal not in body
