"""Made-up stories and page furniture for benchmarks/cjk_wild.py (issue 14, session 42): a third family of CJK page
copies, written afresh after H13 (ja headlines, the body's end and bylines in both languages): other things round
the headline (a kicker line, a breaking-news row, a section's label or path, a date row over it, a picture's caption
over or under it), other trailers (a writer's bio, a contact or tip line, a reprint or copyright line, an editor's
credit, a note), bylines with 記者/文/编辑/撰稿/通讯员/特派員 with and without a mark, several names, the name at the
end in brackets, full-width and half-width figures. Towns, people and events are invented. `held` stories are kept
for the figure on a fresh seed: never looked at while tuning.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WildStory:
    lang: str  # ja, zh-hans, zh-hant
    headline: str
    paragraphs: tuple[str, ...]
    caption: str  # a picture's caption for the story
    held: bool = False


@dataclass(frozen=True)
class WildFurniture:
    sites: tuple[str, ...]
    menus: tuple[str, ...]
    kickers: tuple[str, ...]  # a short line over the headline
    breaking: tuple[str, ...]  # a breaking-news row over the page's headline: {time} and another story
    sections: tuple[str, ...]  # a section's label or its path
    captions: tuple[str, ...]  # a picture's caption: {caption} and {name}
    dates: tuple[str, ...]  # {y} {m} {d} {mm} {dd} {hh} {mi}; upper case for full-width figures
    bylines: tuple[str, ...]  # over the text: {name} (the writer) and {other}
    end_bylines: tuple[str, ...]  # under the text, in brackets
    names: tuple[str, ...]
    trailers: dict[str, tuple[str, ...]]  # by ending: bio, contact, reprint, editor, note
    headers: tuple[str, ...]  # over the list of other stories
    related: tuple[str, ...]
    others: tuple[str, ...]  # another story's headline (the breaking row's)
    browser: tuple[str, ...]  # the browser's title as a page's first line: {headline} and {site}
    subheads: tuple[str, ...]  # a line under the headline: {caption} (what the picture shows)
    bars: tuple[str, ...]  # a row of buttons, a picture count, tags or a read time between headline and date
    footers: tuple[tuple[str, ...], ...]


WILD_STORIES: tuple[WildStory, ...] = (
    WildStory(
        "ja",
        "廃校の体育館が屋内市場に　週末ごとに野菜や雑貨の店並ぶ",
        (
            "昨年春に閉校した北原小学校の体育館が、週末だけ開く屋内市場として生まれ変わった。近くの農家や手芸の"
            "作り手など20余りの店が並び、初日は朝から行列ができた。",
            "市場を企画したのは、同校の卒業生でつくる団体だ。校舎の活用策が決まらないまま傷んでいくのを惜しみ、"
            "市に使用の許可を求めて半年かけて準備した。",
            "体育館のステージでは地元の中学生が吹奏楽を披露し、買い物客が足を止めて聴き入った。",
            "団体の代表の男性は「卒業生だけでなく、地域の人が集まる場所にしていきたい」と話している。",
        ),
        "野菜が並ぶ体育館の市場",
    ),
    WildStory(
        "ja",
        "路線バスに自転車ごと乗車　山あいの町で試行始まる",
        (
            "山あいの緑川町で、路線バスに自転車を載せたまま乗れる試みが始まった。坂の多い町で、帰りだけバスを使い"
            "たいという高校生や観光客の声に応えた。",
            "車内の後方に専用の固定具を取り付け、1便につき2台まで載せられる。追加の料金はかからず、乗車前に運転士"
            "に声をかければよい。",
            "初日に利用した高校2年の女子生徒は「行きは下り坂で楽だけど、帰りがきつかった。本当に助かる」と笑顔を"
            "見せた。",
            "町は半年間の利用状況を見たうえで、対象の路線を広げるかどうか判断する。",
        ),
        "自転車を載せて走るバス",
    ),
    WildStory(
        "ja",
        "港の古い灯台、一般公開へ　百年前のレンズも間近に",
        (
            "明治期に建てられた岬ノ鼻灯台が、来月から月に一度、一般に公開されることになった。普段は立ち入りが"
            "できない塔の上まで、案内付きで上ることができる。",
            "灯台の最上部には、百年以上前に海外から取り寄せられたレンズが今も残る。光を遠くまで届けるための"
            "細かな段が刻まれ、職員が年に数回磨いているという。",
            "公開は地元の保存会が長年求めてきたもので、当日は会員が灯台守の暮らしを紹介する。",
            "保存会の会長は「海を守ってきた灯台の歴史を、子どもたちにも知ってほしい」と語った。",
        ),
        "岬に立つ白い灯台",
        held=True,
    ),
    WildStory(
        "zh-hans",
        "老菜场变身“共享厨房”　年轻人周末来学做家常菜",
        (
            "位于城西的南门菜场经过半年改造，二楼闲置的摊位变成了一间共享厨房，每逢周末都有年轻人报名来学做家常菜。",
            "厨房的老师大多是在菜场摆摊多年的摊主，他们用当天的新鲜食材，手把手教大家切菜、掌握火候。",
            "菜场负责人介绍，开课以来已经举办了四十多场，不少学员下课后还会顺手在楼下买菜回家。",
            "一位刚参加工作的学员说，以前只会点外卖，现在周末也愿意自己下厨，给家人做几道菜。",
        ),
        "学员在共享厨房学做菜",
    ),
    WildStory(
        "zh-hans",
        "湖边村庄办起露天电影节　放映村民自己拍的短片",
        (
            "连日来，地处湖畔的柳塘村每晚都在晒谷场上放映露天电影，附近几个村的村民搬着板凳赶来观看。",
            "今年的电影节有些特别，除了老电影，还放映了十几部由村民用手机拍摄的短片，内容从插秧到婚礼，都是身边事。",
            "负责组织活动的驻村干部说，短片拍摄培训从春天就开始了，年纪最大的作者已经七十岁。",
            "放映结束后，不少村民留下来讨论，有人说明年也要拍一部，记录村里的新变化。",
        ),
        "村民在晒谷场看电影",
    ),
    WildStory(
        "zh-hans",
        "旧铁路桥改成步行道　市民多了一条滨江散步路线",
        (
            "停用多年的江北铁路桥经过改造，近日作为步行道向市民开放，桥上保留了原有的钢轨和枕木。",
            "改造方案由设计团队和周边居民共同商定，桥面加装了护栏和照明，还设置了几处可以休息的观景平台。",
            "开放首日，不少老人专程来到桥上，回忆起当年火车从家门口经过的情景。",
            "有关部门表示，下一步将把步行道与沿江绿道连通，方便市民骑行和散步。",
        ),
        "市民在铁路桥上散步",
        held=True,
    ),
    WildStory(
        "zh-hant",
        "老眷村變身藝術村　駐村創作者帶居民畫牆",
        (
            "位於市郊的明光新村近年陸續遷出住戶，市府將部分空屋整理後開放藝術家進駐，讓老眷村有了新的生氣。",
            "進駐的創作者每月舉辦一次畫牆活動，邀請還住在村裡的長輩一起動手，把記憶中的老故事畫在牆上。",
            "一位住了五十多年的阿嬤說，過去村子愈來愈安靜，現在假日常有年輕人來拍照，她也跟著學會了調顏料。",
            "主辦單位表示，明年將整理居民的口述故事，出版成一本圖文書。",
        ),
        "長輩與創作者一起畫牆",
    ),
    WildStory(
        "zh-hant",
        "偏鄉小學開設划船課　學生在水庫學習水上安全",
        (
            "位於山區的溪口國小今年起開設划船課，每週由教練帶著學生到附近的水庫練習，學習水上安全知識。",
            "校長表示，學校周邊有不少溪流和埤塘，孩子從小就愛玩水，與其禁止，不如教他們認識水的危險與自救方法。",
            "課程所需的船隻和救生衣由地方的划船協會出借，教練也都是義務前來指導。",
            "一名五年級學生說，第一次上船時很緊張，現在已經能和同學合力划到對岸了。",
        ),
        "學生在水庫練習划船",
    ),
    WildStory(
        "zh-hant",
        "市場攤商合開共同廚房　剩食做成便當送弱勢",
        (
            "東興市場的攤商日前合力成立共同廚房，將每天收攤後賣不完的蔬菜和肉品，做成便當送給附近的弱勢家庭。",
            "發起的攤商說，過去剩下的食材只能丟掉，看了很心疼，於是和幾位老闆商量，輪流出人出力。",
            "共同廚房每週煮三天，每次約做八十個便當，由里辦公處協助分送給獨居長輩和清寒學生。",
            "不少熟客知道後也主動捐款或報名當志工，讓這個小小的廚房愈來愈熱鬧。",
        ),
        "攤商在共同廚房做便當",
        held=True,
    ),
)

_JA = WildFurniture(
    sites=("みなと日日新聞", "北野タイムズ", "県央ニュース"),
    menus=("トップ　社会　経済　地域　スポーツ　くらし", "ニュース 地域 文化 天気 動画"),
    kickers=("＜地域の話題＞", "【独自】", "まちの記憶（3）", "［ルポ］", "連載　ふるさとの今"),
    breaking=("速報　{time}　{other}", "【速報】{other}", "ニュース速報 {time} {other}"),
    sections=("社会", "地域 ＞ 北部", "ホーム ＞ ニュース ＞ くらし", "ニュース｜地域"),
    captions=("{caption}（撮影・{name}）", "【写真】{caption}", "{caption}＝{M}月{D}日、{name}撮影"),
    dates=(
        "{y}年{m}月{d}日 {hh}:{mi}",
        "{Y}年{M}月{D}日　{HH}時{MI}分",
        "{y}/{mm}/{dd} {hh}:{mi}",
        "公開日：{y}年{m}月{d}日",
        "{y}.{mm}.{dd}",
    ),
    bylines=(
        "{name}記者",
        "記者　{name}",
        "文・{name}　写真・{other}",
        "特派員 {name}",
        "編集委員　{name}",
        "文：{name}、{other}",
        "通信員　{name}",
        "{name} : ジャーナリスト",
        "[{name}，{site}]",
    ),
    end_bylines=("（{name}）", "（記者・{name}）", "【文・{name}】", "（特派員　{name}）"),
    names=("小野寺 遥", "松岡 颯太", "安西　里奈", "杉浦大輝", "森下 朋美", "水沢 陽介"),
    trailers={
        "bio": (
            "{name}（{age}）　{yy}年入社。地域報道部で農業や教育の取材を担当している。",
            "筆者プロフィール　{name}　フリーライター。旅と食の記事を中心に執筆。",
        ),
        "contact": (
            "ご意見・情報をお寄せください。メール：tips@example.jp",
            "情報提供はこちら　電話 012-345-6789（平日10時～17時）",
        ),
        "reprint": (
            "Copyright © {y} {site} All rights reserved.",
            "記事・写真の無断での複製・転用を禁じます。",
        ),
        "editor": ("（編集・{other}）", "（構成・{other}）"),
        "note": ("＊敬称略", "（この記事は紙面の{m}月{d}日付に掲載されたものです）"),
        "none": (),
    },
    headers=("次に読みたい", "おすすめ記事", "最新ニュース", "一緒に読まれている記事", ""),
    related=(
        "商店街に子ども食堂が開店　週3回の夕食",
        "台風の被害受けた堤防、来月にも復旧",
        "駅前の古書店が閉店へ　創業70年",
        "市民マラソン、過去最多の参加者",
        "高校生が考えた地元食材の弁当を販売",
        "冬の渡り鳥、湖に例年より早く飛来",
        "空き家を改修した宿が人気に",
        "市立図書館で夜の読書会始まる",
    ),
    others=("県内で震度3の地震", "高速道路で一時通行止め", "大雨警報が解除"),
    browser=("{headline}：{site}", "{headline}｜{site}", "{headline} - {site}"),
    subheads=("――{caption}", "〜{caption}〜"),
    bars=(
        "ツイート　シェア　ブックマーク",
        "写真・図版 3枚",
        "#地域　#くらし",
        "この記事は約3分で読めます",
        "有料記事",
    ),
    footers=(
        ("利用規約", "プライバシーポリシー", "© {site}"),
        ("会社概要　お問い合わせ　サイトマップ",),
    ),
)

_ZH_HANS = WildFurniture(
    sites=("江城晚报", "南岸新闻网", "清河日报"),
    menus=("首页　新闻　本地　财经　文旅　视频", "要闻 社会 民生 评论"),
    kickers=("【民生】", "记者蹲点", "特别报道 | 乡村新貌", "〔暖新闻〕"),
    breaking=("快讯　{time}　{other}", "【突发】{other}", "滚动新闻 {time} {other}"),
    sections=("本地新闻", "首页 > 社会 > 民生", "当前位置：首页 > 新闻中心", "社会 | 城事"),
    captions=("{caption}。记者 {name} 摄", "图为{caption}。（资料图）", "▲{caption}　{name}/摄"),
    dates=(
        "{y}年{m}月{d}日 {hh}:{mi}",
        "{Y}-{MM}-{DD}　{HH}:{MI}",
        "{y}-{mm}-{dd} {hh}:{mi}:{ss}",
        "发布时间：{y}年{mm}月{dd}日",
        "{y}/{m}/{d}",
    ),
    bylines=(
        "记者 {name}",
        "记者｜{name}",
        "文/{name}　编辑/{other}",
        "撰稿：{name}",
        "本报记者 {name} 通讯员 {other}",
        "特派记者　{name}",
        "记者 {name} {other}",
    ),
    end_bylines=("（记者 {name}）", "（文/{name}）", "【撰稿：{name}】", "（本报记者 {name}）"),
    names=("周雨辰", "孟晓岚", "邵宇航", "许佳宁", "顾文博", "韩思远"),
    trailers={
        "bio": (
            "作者简介：{name}，自由撰稿人，长期关注城市更新与社区生活。",
            "（作者系某高校新闻学院教师）",
        ),
        "contact": (
            "新闻热线：0571-8888 6666　投稿邮箱：news@example.cn",
            "如您有新闻线索，欢迎拨打本报热线或在后台留言。",
        ),
        "reprint": (
            "本文为{site}原创稿件，转载请注明出处。",
            "版权声明：本网站所刊载信息，未经书面授权不得转载。",
        ),
        "editor": ("（编辑：{other}）", "责编：{other}　审核：{name}"),
        "note": ("注：文中部分人名为化名。", "（本文图片除署名外均由受访者提供）"),
        "none": (),
    },
    headers=("推荐阅读", "相关新闻", "延伸阅读", "为你推荐", ""),
    related=(
        "城区新增三条公交线路　方便市民出行",
        "老旧小区加装电梯提速　年内再开工百台",
        "暑期图书馆延长开放时间",
        "本地草莓进入采摘季",
        "社区医院开设夜间门诊",
        "江滩公园完成提档升级",
        "中小学新学期课后服务全覆盖",
        "夜市经济带火老街人气",
    ),
    others=("多地发布高温预警", "地铁二号线今起调整运营时间", "本市迎来今年首场降雪"),
    browser=("{headline}_{site}", "{headline} - {site}", "{headline}｜{site}"),
    subheads=("——{caption}", "（{caption}）"),
    bars=("分享到：微信 微博 QQ空间", "阅读量 1.2万", "字号 大 中 小", "来源：{site}", "收藏 打印 纠错"),
    footers=(
        ("关于我们 | 联系我们 | 广告服务", "{site} 版权所有"),
        ("网站地图", "违法和不良信息举报"),
    ),
)

_ZH_HANT = WildFurniture(
    sites=("東港日報", "山海新聞網", "中台時報"),
    menus=("首頁　即時　政治　社會　生活　地方", "新聞 地方 生活 影音"),
    kickers=("【獨家】", "地方話題", "專題｜老城新生", "〈記者追蹤〉"),
    breaking=("即時　{time}　{other}", "【快訊】{other}", "最新 {time} {other}"),
    sections=("地方新聞", "首頁 > 生活 > 地方", "地方｜南部", "社會"),
    captions=("{caption}。（記者{name}攝）", "圖／{caption}", "{caption}。圖：{site}提供"),
    dates=(
        "{y}年{m}月{d}日 {hh}:{mi}",
        "{Y}/{MM}/{DD}　{HH}:{MI}",
        "{y}-{mm}-{dd} {hh}:{mi}",
        "發布時間：{y}/{mm}/{dd} {hh}:{mi}",
        "{y}.{m}.{d}",
    ),
    bylines=(
        "記者{name}／{city}報導",
        "記者 {name}",
        "文／{name}",
        "撰文：{name}　攝影：{other}",
        "特派員 {name}",
        "編輯 {name}",
        "記者{name}、{other}／綜合報導",
    ),
    end_bylines=("（記者{name}）", "（文／{name}）", "【撰稿：{name}】", "（記者{name}／{city}報導）"),
    names=("林冠廷", "陳怡蓁", "黃柏翰", "張雅婷", "吳承恩", "蔡佩珊"),
    trailers={
        "bio": (
            "作者簡介：{name}，資深媒體人，關注地方文化與教育議題。",
            "（作者為自由撰稿人）",
        ),
        "contact": (
            "新聞爆料請來信：news@example.tw",
            "讀者投書請寄編輯部信箱，來稿請附真實姓名與聯絡電話。",
        ),
        "reprint": (
            "本網站內容未經授權，不得轉載、公開播送或公開傳輸。",
            "© {y} {site} 版權所有",
        ),
        "editor": ("（責任編輯：{other}）", "（編輯：{other}）"),
        "note": ("註：受訪者要求匿名。", "更多地方新聞，請上{site}官網。"),
        "none": (),
    },
    headers=("延伸閱讀", "相關新聞", "熱門新聞", "推薦閱讀", ""),
    related=(
        "老街夜市週末封街　行人徒步區上路",
        "國中生研發省水裝置獲獎",
        "鄉間小火車恢復行駛",
        "港口漁獲拍賣改採線上",
        "社區圖書室募書千冊",
        "高鐵站接駁公車新增班次",
        "縣立美術館推出兒童導覽",
        "颱風過後果農搶收文旦",
    ),
    others=("北部山區豪雨特報", "國道一號車禍回堵五公里", "今年首波寒流報到"),
    browser=("{headline} - {site}", "{headline}｜{site}", "{headline} | 地方 | {site}"),
    subheads=("——{caption}", "〈{caption}〉"),
    bars=("分享 留言 列印", "字級設定：小 中 大", "#地方 #教育", "瀏覽數 2,345", "來源：{site}"),
    footers=(
        ("關於我們 | 隱私權政策 | 聯絡我們", "© 中台時報"),
        ("廣告刊登　網站地圖",),
    ),
)

WILD_FURNITURE: dict[str, WildFurniture] = {"ja": _JA, "zh-hans": _ZH_HANS, "zh-hant": _ZH_HANT}
CITIES: dict[str, tuple[str, ...]] = {"ja": ("浜松",), "zh-hans": ("江州",), "zh-hant": ("台南", "花蓮", "新竹")}
