"""Deterministic synthetic customers, purchases, follow-ups and consents (for demos and benchmarks).

Pure logic: no I/O, no Qt, no phonenumbers / pypinyin at generation time. Everything is drawn from a
seeded `random.Random` using only `random()` (and `gammavariate`, which is built on it), so a given
seed and dates always give the same output.

What the data looks like
------------------------
* About 80 % Chinese customers (surnames weighted like the population, a few compound surnames such
  as 欧阳 / 司马 / 诸葛, one- or two-character given names by gender, `NameOrder.EASTERN`) and 20 %
  western ones ("First Last", `NameOrder.WESTERN`).
* Contacts are already normalized and valid: phones in E.164 (Chinese mobiles on real prefixes,
  landlines on real area codes matching the address city, +1 / +44 for western customers), emails
  in lower case, WeChat ids (letter first, 6–20 characters), QQ numbers.
* Chinese addresses are real province / city / district / street combinations; western addresses
  are `free_form`. About 5 % of customers carry a 身份证号 (`SensitiveKind.ID_NUMBER`) that passes
  the GB 11643 checksum, whose region code is a real district code and whose birth date and sex
  digit agree with the customer's `birthday` and `gender`.
* `created_at` ("YYYY-MM-DDTHH:MM:SSZ", UTC) rises with the position in the stream (as auto-increment
  ids would), spread over the window `[start_date, today)`; `start_date` defaults to five years
  before `today`.

Near-duplicates (for testing 查重)
-------------------------------
About 2 % of the generated customers are deliberately the *same person again*, appearing later in
the stream than the original (anywhere later, usually far away). Since contact values are already
normalized, the duplicate is not "the same phone in another format"; instead it is one of:

* the same phone number(s) with the name in traditional characters (陈伟 → 陳偉);
* the same phone number(s) with a one-character homophone typo in the given name (张伟 → 张玮), or,
  for western customers, a nickname (William → Bill) or a letter typo in the family name;
* the same email address with a new phone number and the same name.

Company, address, birthday and ID number are sometimes carried over. `generate_labelled_customers`
yields the ground truth (the 0-based stream index of the original) next to each customer, for
measuring duplicate-detection quality; `generate_customers` yields the same customers without it.

Purchases, follow-ups and consents are generated per customer by the caller, in stream order, from
one shared `random.Random`, e.g.::

    rng = random.Random(7)
    for cid, c in enumerate(generate_customers(1000, seed=7, today=day), start=1):
        purchases = generate_purchases(cid, rng, c.created_at, today=day,
                                       western=c.name_order is NameOrder.WESTERN)

Speed: about 11 µs of CPU per customer and 2 µs per purchase (CPython 3.11), i.e. ~11 s for 1M
customers and ~19 s for their 10M purchases when streamed. Consume the iterator in batches: holding
all 1M `Customer` objects at once needs ~1.7 GB, and CPython's cyclic GC then roughly triples the
time (wrap such a build in `gc.disable()` / `gc.freeze()` if it must be materialized).
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final, TypeVar

from app.models.records import (
    Address,
    Birthday,
    Consent,
    ContactKind,
    ContactPoint,
    Customer,
    FollowUp,
    Gender,
    NameOrder,
    Purchase,
    SensitiveKind,
    SensitiveValue,
)

__all__ = [
    "CONSENT_PURPOSES",
    "DUPLICATE_RATE",
    "FOLLOW_UP_KINDS",
    "ID_NUMBER_RATE",
    "SOURCES",
    "TAGS",
    "WESTERN_RATE",
    "generate_consents",
    "generate_customers",
    "generate_follow_ups",
    "generate_labelled_customers",
    "generate_purchases",
    "id_number_check_char",
]

_T = TypeVar("_T")

WESTERN_RATE: Final = 0.20
"""Share of western customers; the rest are Chinese."""
ID_NUMBER_RATE: Final = 0.05
"""Share of all customers that carry a 身份证号 (only Chinese customers get one)."""
DUPLICATE_RATE: Final = 0.02
"""Share of customers that are a near-duplicate of an earlier customer in the same stream."""
_CANDIDATE_RATE: Final = 0.05  # share of customers remembered as possible originals of a duplicate

SOURCES: Final = ("线上", "线下", "第三方", "转介绍", "展会", "微信")
TAGS: Final = ("VIP", "批发", "零售", "老客户", "潜在", "重点跟进", "团购", "wholesale", "retail")
FOLLOW_UP_KINDS: Final = ("电话", "拜访", "微信", "邮件")
CONSENT_PURPOSES: Final = ("marketing", "partner_sharing")


# --- small helpers -------------------------------------------------------------------------------
def _expand(pairs: Sequence[tuple[_T, int]]) -> tuple[_T, ...]:
    """A weighted table as a flat tuple: picking a uniform index is a weighted choice."""
    out: list[_T] = []
    for value, weight in pairs:
        out.extend([value] * weight)
    return tuple(out)


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """'伟:wei 强:qiang' → (('伟', 'wei'), ('强', 'qiang'))."""
    return tuple((a, b) for a, b in (item.split(":") for item in text.split()))


_ID_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK: Final = "10X98765432"


def id_number_check_char(first17: str) -> str:
    """GB 11643 check character for the first 17 digits of a 身份证号."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def _today(today: datetime.date | None) -> datetime.date:
    return today if today is not None else datetime.date.today()


_DAY_CACHE: dict[int, str] = {}


def _iso_day(ordinal: int) -> str:
    s = _DAY_CACHE.get(ordinal)
    if s is None:
        s = datetime.date.fromordinal(ordinal).isoformat()
        if len(_DAY_CACHE) < 200_000:
            _DAY_CACHE[ordinal] = s
    return s


def _ordinal_of(timestamp: str) -> int:
    return datetime.date.fromisoformat(timestamp[:10]).toordinal()


# fmt: off
# UTC hours weighted like Chinese business hours (UTC+8: 08:00–22:00 local ≈ 00:00–14:00 UTC).
_HOURS: Final = _expand(
    [(f"{h:02d}", w) for h, w in zip(range(24), (
        6, 10, 12, 12, 8, 8, 10, 12, 12, 10, 8, 6, 5, 4, 3, 2, 1, 1, 1, 1, 1, 1, 2, 3), strict=True)]
)
# fmt: on
_MINSEC: Final = tuple(f"{m:02d}:{s:02d}" for m in range(60) for s in range(60))


# --- Chinese names ----------------------------------------------------------------------------------
# fmt: off
# (surname, pinyin, weight per 10 000)
_SURNAME_DATA: Final = (
    ("王", "wang", 710), ("李", "li", 700), ("张", "zhang", 640), ("刘", "liu", 540),
    ("陈", "chen", 460), ("杨", "yang", 310), ("黄", "huang", 250), ("赵", "zhao", 230),
    ("吴", "wu", 210), ("周", "zhou", 210), ("徐", "xu", 170), ("孙", "sun", 150), ("马", "ma", 140),
    ("朱", "zhu", 130), ("胡", "hu", 130), ("郭", "guo", 120), ("何", "he", 120), ("林", "lin", 110),
    ("高", "gao", 110), ("罗", "luo", 110), ("郑", "zheng", 100), ("梁", "liang", 90),
    ("谢", "xie", 80), ("宋", "song", 80), ("唐", "tang", 80), ("许", "xu", 70), ("韩", "han", 70),
    ("冯", "feng", 70), ("邓", "deng", 70), ("曹", "cao", 70), ("彭", "peng", 60), ("曾", "zeng", 60),
    ("肖", "xiao", 60), ("田", "tian", 60), ("董", "dong", 50), ("袁", "yuan", 50), ("潘", "pan", 50),
    ("于", "yu", 50), ("蒋", "jiang", 50), ("蔡", "cai", 50), ("余", "yu", 50), ("杜", "du", 50),
    ("叶", "ye", 50), ("程", "cheng", 50), ("苏", "su", 40), ("魏", "wei", 40), ("吕", "lv", 40),
    ("丁", "ding", 40), ("任", "ren", 40), ("沈", "shen", 40), ("姚", "yao", 40), ("卢", "lu", 40),
    ("姜", "jiang", 40), ("崔", "cui", 30), ("钟", "zhong", 30), ("谭", "tan", 30), ("陆", "lu", 30),
    ("汪", "wang", 30), ("范", "fan", 30), ("金", "jin", 30), ("石", "shi", 30), ("廖", "liao", 30),
    ("贾", "jia", 30), ("夏", "xia", 30), ("韦", "wei", 30), ("付", "fu", 30), ("方", "fang", 30),
    ("白", "bai", 30), ("邹", "zou", 30), ("孟", "meng", 30), ("熊", "xiong", 30), ("秦", "qin", 30),
    ("邱", "qiu", 30), ("江", "jiang", 30), ("尹", "yin", 30), ("薛", "xue", 20), ("闫", "yan", 20),
    ("段", "duan", 20), ("雷", "lei", 20), ("侯", "hou", 20), ("龙", "long", 20), ("史", "shi", 20),
    ("陶", "tao", 20), ("黎", "li", 20), ("贺", "he", 20), ("顾", "gu", 20), ("毛", "mao", 20),
    ("郝", "hao", 20), ("龚", "gong", 20), ("邵", "shao", 20), ("万", "wan", 20), ("钱", "qian", 20),
    ("严", "yan", 20), ("覃", "qin", 20), ("武", "wu", 20), ("戴", "dai", 20), ("莫", "mo", 20),
    ("孔", "kong", 20), ("向", "xiang", 20), ("汤", "tang", 20),
    ("欧阳", "ouyang", 5), ("司马", "sima", 2), ("诸葛", "zhuge", 2), ("上官", "shangguan", 2),
    ("东方", "dongfang", 1),
)
_SURNAMES: Final = _expand([((s, p), w) for s, p, w in _SURNAME_DATA])

_MALE_CHARS: Final = _pairs(
    "伟:wei 强:qiang 磊:lei 军:jun 勇:yong 杰:jie 涛:tao 斌:bin 超:chao 明:ming 刚:gang 平:ping "
    "辉:hui 鹏:peng 华:hua 飞:fei 鑫:xin 波:bo 宇:yu 浩:hao 凯:kai 健:jian 俊:jun 帆:fan 帅:shuai "
    "旭:xu 宁:ning 龙:long 林:lin 阳:yang 建:jian 国:guo 峰:feng 亮:liang 成:cheng 志:zhi 文:wen "
    "东:dong 海:hai 晨:chen 博:bo 子:zi 轩:xuan 睿:rui 航:hang 泽:ze 然:ran 一:yi 诚:cheng 家:jia "
    "嘉:jia 天:tian 晓:xiao 振:zhen 永:yong 新:xin 春:chun 德:de 义:yi 荣:rong 庆:qing 立:li "
    "兵:bing 鸿:hong 铭:ming 骏:jun 毅:yi 琛:chen 昊:hao 宏:hong"
)
_FEMALE_CHARS: Final = _pairs(
    "芳:fang 娜:na 敏:min 静:jing 丽:li 艳:yan 娟:juan 霞:xia 秀:xiu 英:ying 婷:ting 雪:xue 慧:hui "
    "玲:ling 燕:yan 梅:mei 琳:lin 颖:ying 倩:qian 洁:jie 晶:jing 欣:xin 怡:yi 佳:jia 雨:yu 萱:xuan "
    "诗:shi 涵:han 梦:meng 琪:qi 思:si 彤:tong 悦:yue 可:ke 馨:xin 月:yue 瑶:yao 嘉:jia 晓:xiao "
    "宁:ning 丹:dan 莉:li 萍:ping 红:hong 华:hua 玉:yu 兰:lan 凤:feng 云:yun 欢:huan 婉:wan 雅:ya "
    "露:lu 蕾:lei 薇:wei 璐:lu 琦:qi 晴:qing 妍:yan 若:ruo 依:yi 子:zi 一:yi"
)
_ANY_CHARS: Final = _MALE_CHARS + _FEMALE_CHARS
# Homophones used for typo duplicates (same pinyin, different character).
_HOMOPHONES: Final = dict(_pairs(
    "伟:玮 明:铭 丽:莉 静:婧 华:桦 军:君 涛:滔 勇:永 斌:彬 平:萍 辉:晖 飞:菲 宇:雨 浩:皓 凯:楷 "
    "健:建 俊:骏 帆:凡 龙:隆 林:琳 阳:洋 峰:锋 成:诚 志:智 文:雯 东:冬 晨:辰 博:波 轩:萱 天:田 "
    "晓:小 新:欣 荣:蓉 鸿:宏 毅:义 芳:方 娜:纳 敏:民 艳:燕 娟:鹃 霞:夏 秀:琇 英:瑛 婷:庭 雪:学 "
    "慧:惠 玲:铃 燕:艳 琳:林 颖:莹 倩:茜 洁:杰 晶:京 欣:新 怡:宜 佳:嘉 雨:宇 涵:晗 琪:祺 悦:月 "
    "馨:欣 瑶:遥 萍:平 红:虹 玉:钰 兰:岚 云:芸 雅:亚 露:璐 薇:微 晴:清 磊:垒 鹏:朋 刚:钢 子:梓 "
    "一:依 可:珂 思:丝 梦:孟 彤:桐 月:悦 宁:凝 家:佳 嘉:佳 然:冉 睿:瑞 航:杭 泽:则 振:震 永:勇 "
    "春:椿 德:得 义:毅 庆:青 立:力 兵:冰 铭:明 骏:俊 琛:晨 昊:浩 宏:鸿 超:朝 鑫:欣 波:博 旭:煦 "
    "亮:靓 蕾:磊 璐:露 琦:琪 妍:研 欢:焕 婉:琬 凤:枫 国:帼 丹:单 依:怡 秀:绣 诗:师 若:偌"
))
# Simplified → traditional for every character above that differs.
_TRADITIONAL: Final = str.maketrans(dict(_pairs(
    "刘:劉 陈:陳 杨:楊 黄:黃 赵:趙 吴:吳 孙:孫 马:馬 郑:鄭 罗:羅 谢:謝 许:許 韩:韓 冯:馮 邓:鄧 "
    "叶:葉 苏:蘇 吕:呂 卢:盧 钟:鍾 谭:譚 陆:陸 贾:賈 龙:龍 顾:顧 龚:龔 钱:錢 严:嚴 汤:湯 邹:鄒 "
    "张:張 闫:閆 贺:賀 欧:歐 阳:陽 东:東 诸:諸 万:萬 蒋:蔣 邱:邱 "
    "伟:偉 强:強 军:軍 杰:傑 涛:濤 辉:輝 鹏:鵬 华:華 飞:飛 凯:凱 帅:帥 宁:寧 国:國 轩:軒 泽:澤 "
    "诚:誠 晓:曉 丽:麗 艳:艷 颖:穎 洁:潔 诗:詩 梦:夢 悦:悅 瑶:瑤 红:紅 静:靜 刚:剛 兰:蘭 凤:鳳 "
    "云:雲 欢:歡 庆:慶 荣:榮 鸿:鴻 铭:銘 骏:駿 义:義 娟:娟 宏:宏 亮:亮 鑫:鑫 进:進 "
    "玮:瑋 钰:鈺 莹:瑩 铃:鈴 鹃:鵑 钢:鋼 婧:婧 晖:暉 锋:鋒 萱:萱 宾:賓 "
)))

# --- western names --------------------------------------------------------------------------------
_WESTERN_MALE: Final = (
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul", "Andrew", "Joshua",
    "Kevin", "Brian", "George", "Edward", "Peter", "Oliver", "Harry", "Jack", "Samuel", "Henry",
)
_WESTERN_FEMALE: Final = (
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
    "Karen", "Emily", "Emma", "Olivia", "Sophie", "Charlotte", "Amelia", "Laura", "Rachel", "Anna",
    "Grace", "Katherine", "Margaret", "Lucy", "Hannah", "Chloe", "Megan", "Alice", "Victoria",
)
_WESTERN_LAST: Final = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson",
    "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris",
    "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill",
    "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips",
    "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook",
    "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey", "Bell", "Kelly", "Howard", "Ward",
    "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "Hughes", "Price", "Sanders",
    "Foster", "Russell", "Murray", "Fraser", "O'Brien", "McDonald",
)
_NICKNAMES: Final = {
    "William": "Bill", "Robert": "Bob", "Michael": "Mike", "James": "Jim", "Richard": "Rick",
    "Joseph": "Joe", "Thomas": "Tom", "Christopher": "Chris", "Daniel": "Dan", "Matthew": "Matt",
    "Anthony": "Tony", "Steven": "Steve", "Andrew": "Andy", "Joshua": "Josh", "Edward": "Ed",
    "Peter": "Pete", "Samuel": "Sam", "Henry": "Harry", "Elizabeth": "Liz", "Patricia": "Pat",
    "Jennifer": "Jen", "Susan": "Sue", "Jessica": "Jess", "Katherine": "Kate", "Margaret": "Maggie",
    "Barbara": "Barb", "Olivia": "Liv", "Charlotte": "Charlie", "Amelia": "Amy", "Victoria": "Vicky",
    "Rachel": "Rach", "Megan": "Meg", "Alice": "Ally",
}

# fmt: on
# --- places ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _District:
    name: str
    code: str  # GB/T 2260 administrative code, used as the 身份证号 region
    streets: tuple[str, ...]


@dataclass(frozen=True)
class _City:
    province: str
    city: str
    short: str  # as used in company names: 杭州
    area_code: str  # landline area code without the trunk 0
    landline_digits: int
    postal4: str
    districts: tuple[_District, ...]


def _districts(text: str) -> tuple[_District, ...]:
    """'西湖区 330106 文三路 文二路; 上城区 …' → districts."""
    out: list[_District] = []
    for part in text.split(";"):
        name, code, *streets = part.split()
        out.append(_District(name, code, tuple(streets)))
    return tuple(out)


# fmt: off
_CITY_DATA: Final = (
    (_City("北京市", "北京市", "北京", "10", 8, "1000", _districts(
        "东城区 110101 王府井大街 东直门内大街 朝阳门北大街; 西城区 110102 西单北大街 金融大街 德胜门外大街;"
        "朝阳区 110105 建国路 望京街 三里屯路 朝阳北路 酒仙桥路; 海淀区 110108 中关村大街 学院路 知春路 上地十街;"
        "丰台区 110106 丰台北路 南三环西路; 通州区 110112 新华大街 运河西大街")), 110),
    (_City("上海市", "上海市", "上海", "21", 8, "2000", _districts(
        "黄浦区 310101 南京东路 淮海中路 西藏中路; 徐汇区 310104 漕溪北路 肇嘉浜路 天钥桥路;"
        "长宁区 310105 虹桥路 天山路 延安西路; 静安区 310106 南京西路 延安中路 共和新路;"
        "杨浦区 310110 四平路 国定路 淞沪路; 闵行区 310112 沪闵路 七莘路;"
        "浦东新区 310115 世纪大道 张杨路 陆家嘴环路 张江路")), 120),
    (_City("广东省", "广州市", "广州", "20", 8, "5100", _districts(
        "越秀区 440104 北京路 环市东路 东风中路; 海珠区 440105 江南大道 新港中路 滨江东路;"
        "天河区 440106 天河路 体育西路 花城大道 中山大道; 白云区 440111 白云大道 机场路;"
        "番禺区 440113 番禺大道 迎宾路")), 80),
    (_City("广东省", "深圳市", "深圳", "755", 8, "5180", _districts(
        "罗湖区 440303 人民南路 东门中路 深南东路; 福田区 440304 深南大道 福华路 华强北路;"
        "南山区 440305 南海大道 科苑路 海德三道; 宝安区 440306 宝安大道 创业一路;"
        "龙岗区 440307 龙岗大道 布吉路")), 90),
    (_City("浙江省", "杭州市", "杭州", "571", 8, "3100", _districts(
        "上城区 330102 解放路 庆春路 延安路; 拱墅区 330105 莫干山路 湖墅南路 丽水路;"
        "西湖区 330106 文三路 文二路 天目山路 古墩路 学院路; 滨江区 330108 江南大道 滨盛路 网商路;"
        "萧山区 330109 市心中路 金城路; 余杭区 330110 文一西路 五常大道")), 70),
    (_City("浙江省", "宁波市", "宁波", "574", 8, "3150", _districts(
        "海曙区 330203 中山西路 解放南路; 江北区 330205 人民路 大庆南路; 鄞州区 330212 天童南路 四明中路")), 30),
    (_City("江苏省", "南京市", "南京", "25", 8, "2100", _districts(
        "玄武区 320102 中山路 北京东路 珠江路; 秦淮区 320104 中华路 太平南路; 建邺区 320105 江东中路 河西大街;"
        "鼓楼区 320106 中山北路 湖南路; 江宁区 320115 双龙大道 天元中路")), 45),
    (_City("江苏省", "苏州市", "苏州", "512", 8, "2150", _districts(
        "虎丘区 320505 狮山路 长江路; 吴中区 320506 东吴北路 宝带西路; 姑苏区 320508 人民路 观前街 干将西路")), 45),
    (_City("四川省", "成都市", "成都", "28", 8, "6100", _districts(
        "锦江区 510104 春熙路 红星路 东大街; 青羊区 510105 人民中路 西御街 光华大道;"
        "金牛区 510106 金府路 蜀汉路; 武侯区 510107 人民南路 科华北路 武侯祠大街; 成华区 510108 建设路 府青路")), 55),
    (_City("湖北省", "武汉市", "武汉", "27", 8, "4300", _districts(
        "江岸区 420102 沿江大道 中山大道; 江汉区 420103 解放大道 江汉路 建设大道; 武昌区 420106 中南路 中北路 武珞路;"
        "洪山区 420111 珞喻路 雄楚大道")), 40),
    (_City("陕西省", "西安市", "西安", "29", 8, "7100", _districts(
        "新城区 610102 解放路 长乐西路; 碑林区 610103 南大街 东大街 友谊西路; 未央区 610112 凤城八路 未央路;"
        "雁塔区 610113 小寨东路 长安南路 高新路")), 30),
    (_City("重庆市", "重庆市", "重庆", "23", 8, "4000", _districts(
        "渝中区 500103 民族路 中山三路 邹容路; 江北区 500105 建新北路 观音桥步行街; 沙坪坝区 500106 汉渝路 小龙坎正街;"
        "九龙坡区 500107 杨家坪正街 科园一路; 南岸区 500108 南坪西路 江南大道; 渝北区 500112 金开大道 新南路")), 45),
    (_City("天津市", "天津市", "天津", "22", 8, "3000", _districts(
        "和平区 120101 南京路 滨江道; 河西区 120103 友谊路 解放南路; 南开区 120104 鞍山西道 卫津路")), 30),
    (_City("湖南省", "长沙市", "长沙", "731", 8, "4100", _districts(
        "芙蓉区 430102 五一大道 八一路; 天心区 430103 黄兴南路 书院路; 岳麓区 430104 麓山南路 桐梓坡路;"
        "开福区 430105 湘江中路 芙蓉中路; 雨花区 430111 韶山中路 万家丽中路")), 30),
    (_City("河南省", "郑州市", "郑州", "371", 8, "4500", _districts(
        "中原区 410102 建设西路 中原中路; 二七区 410103 大学路 航海中路; 金水区 410105 花园路 农业路 经三路")), 30),
    (_City("福建省", "厦门市", "厦门", "592", 7, "3610", _districts(
        "思明区 350203 中山路 湖滨南路 莲前西路; 湖里区 350206 湖里大道 仙岳路; 集美区 350211 集美大道 杏林湾路")), 20),
    (_City("福建省", "福州市", "福州", "591", 8, "3500", _districts(
        "鼓楼区 350102 五四路 杨桥中路 湖东路; 台江区 350103 八一七中路 工业路; 仓山区 350104 则徐大道 南江滨西大道")), 20),
    (_City("山东省", "青岛市", "青岛", "532", 8, "2660", _districts(
        "市南区 370202 香港中路 中山路; 市北区 370203 辽宁路 台东一路; 黄岛区 370211 长江中路 井冈山路;"
        "崂山区 370212 海尔路 深圳路")), 25),
    (_City("山东省", "济南市", "济南", "531", 8, "2500", _districts(
        "历下区 370102 泉城路 经十路 解放路; 市中区 370103 经七路 英雄山路; 槐荫区 370104 经十路 张庄路")), 20),
    (_City("安徽省", "合肥市", "合肥", "551", 8, "2300", _districts(
        "瑶海区 340102 长江东路 胜利路; 庐阳区 340103 长江中路 阜南路; 蜀山区 340104 长江西路 黄山路;"
        "包河区 340111 马鞍山路 徽州大道")), 20),
    (_City("辽宁省", "沈阳市", "沈阳", "24", 8, "1100", _districts(
        "和平区 210102 太原街 中华路; 沈河区 210103 中街路 青年大街; 皇姑区 210105 北陵大街 黄河南大街")), 20),
    (_City("云南省", "昆明市", "昆明", "871", 8, "6500", _districts(
        "五华区 530102 东风西路 青年路; 盘龙区 530103 北京路 白塔路; 官渡区 530111 春城路 民航路")), 15),
)
# fmt: on
_CITIES: Final = _expand(list(_CITY_DATA))
_ALL_DISTRICTS: Final = tuple(d for c, _ in _CITY_DATA for d in c.districts)
_BUILDINGS: Final = ("号", "号", "号", "号", "号", "号院")
_ROOM_PARTS: Final = ("栋", "幢", "单元")

_MOBILE_PREFIXES: Final = _expand(  # E.164 up to the 3-digit mobile prefix: +86138
    [(f"+86{p}", 10) for p in range(130, 140)]
    + [(f"+86{p}", 8) for p in (150, 151, 152, 153, 155, 156, 157, 158, 159)]
    + [(f"+86{p}", 10) for p in range(180, 190)]
    + [(f"+86{p}", w) for p, w in ((166, 2), (170, 1), (176, 2), (177, 2), (178, 2), (198, 2), (199, 2))]
)


# Western places: (country, city, region, postcode maker key, phone area prefix(es) in E.164)
@dataclass(frozen=True)
class _WesternCity:
    country: str  # ISO 3166 alpha-2
    city: str
    region: str  # US state, or "" for the UK
    postcodes: tuple[str, ...]  # US: 3-digit ZIP prefixes; UK: outward codes
    phone_prefixes: tuple[str, ...]  # E.164 prefixes for a fixed/area number
    first_digits: str  # allowed first digit of the local number
    local_digits: int
    streets: tuple[str, ...]


# fmt: off
_US_STREETS: Final = ("Main St", "Market St", "Broadway", "Oak Ave", "Pine St", "Maple Ave",
                      "Washington Blvd", "Lake Shore Dr", "Sunset Blvd", "Elm St", "2nd Ave", "Park Ave")
_UK_STREETS: Final = ("High Street", "Station Road", "Church Lane", "Baker Street", "King's Road",
                      "Victoria Road", "Park Lane", "Mill Lane", "Queen Street", "Oxford Road")
_WESTERN_CITIES: Final = _expand([
    (_WesternCity("US", "New York", "NY", ("100", "101", "112"), ("+1212", "+1646", "+1718"),
                  "23456789", 7, _US_STREETS), 14),
    (_WesternCity("US", "San Francisco", "CA", ("941",), ("+1415",), "23456789", 7, _US_STREETS), 8),
    (_WesternCity("US", "Los Angeles", "CA", ("900", "902"), ("+1213", "+1310"), "23456789", 7,
                  _US_STREETS), 8),
    (_WesternCity("US", "Seattle", "WA", ("981",), ("+1206",), "23456789", 7, _US_STREETS), 5),
    (_WesternCity("US", "Chicago", "IL", ("606",), ("+1312",), "23456789", 7, _US_STREETS), 6),
    (_WesternCity("US", "Boston", "MA", ("021",), ("+1617",), "23456789", 7, _US_STREETS), 4),
    (_WesternCity("US", "Austin", "TX", ("787",), ("+1512",), "23456789", 7, _US_STREETS), 3),
    (_WesternCity("GB", "London", "", ("EC1A", "SW1A", "W1D", "NW1", "E1", "SE1"), ("+44207", "+44208", "+44203"),
                  "0123456789", 7, _UK_STREETS), 16),
    (_WesternCity("GB", "Manchester", "", ("M1", "M4", "M15"), ("+44161",), "23456789", 7, _UK_STREETS), 5),
    (_WesternCity("GB", "Birmingham", "", ("B1", "B3", "B15"), ("+44121",), "234567", 7, _UK_STREETS), 4),
    (_WesternCity("GB", "Edinburgh", "", ("EH1", "EH3", "EH8"), ("+44131",), "2345678", 7, _UK_STREETS), 3),
])
# fmt: on
_UK_MOBILE_PREFIXES: Final = ("+4471", "+4472", "+4473", "+4474", "+4475", "+4478", "+44779", "+44797")
_UK_INWARD_LETTERS: Final = "ABDEFGHJLNPQRSTUWXYZ"

# fmt: off
# --- companies, titles, notes -------------------------------------------------------------------
_BRANDS: Final = _pairs(
    "星辰:xingchen 云帆:yunfan 华泰:huatai 鼎盛:dingsheng 恒通:hengtong 瑞丰:ruifeng 金桥:jinqiao "
    "天成:tiancheng 汇通:huitong 宏达:hongda 嘉禾:jiahe 博雅:boya 锦程:jincheng 新元:xinyuan "
    "中和:zhonghe 远航:yuanhang 朗润:langrun 创联:chuanglian 优品:youpin 启明:qiming 盛世:shengshi "
    "四海:sihai 万家:wanjia 东升:dongsheng 银河:yinhe 青禾:qinghe 海纳:haina 德信:dexin 正元:zhengyuan "
    "乐途:letu"
)
_INDUSTRIES: Final = _pairs(
    "贸易:trade 科技:tech 电子:elec 服饰:fashion 食品:food 建材:jiancai 物流:logistics 文化传媒:media "
    "餐饮管理:catering 医疗器械:medical 家居:home 信息技术:it 进出口:imex 电子商务:ec 商贸:trading "
    "茶业:tea 印刷:print 广告:ad 汽车服务:auto 教育咨询:edu"
)
_COMPANY_SUFFIXES: Final = _expand([("有限公司", 70), ("有限责任公司", 10), ("股份有限公司", 6),
                                    ("商行", 5), ("工作室", 4)])
_WESTERN_BRANDS: Final = ("Blue Harbor", "Silver Oak", "Red Maple", "Northwind", "Bright Star",
                          "Evergreen", "Summit", "Pioneer", "Atlas", "Crescent", "Riverside",
                          "Oakridge", "Sunrise", "Greenfield", "Kingsway", "Westbrook", "Stonebridge")
_WESTERN_INDUSTRIES: Final = ("", "", "Trading", "Foods", "Imports", "Logistics", "Design",
                              "Supplies", "Tech", "Home Goods")
_WESTERN_SUFFIXES: Final = ("Ltd.", "Ltd.", "LLC", "Inc.", "Co.", "Group")
_CN_TLDS: Final = (".com", ".com", ".com.cn", ".cn")
_TITLES_CN: Final = ("总经理", "经理", "采购经理", "销售总监", "店长", "老板", "财务", "采购",
                     "行政主管", "董事长", "市场部经理", "副总经理")
_TITLES_WEST: Final = ("Manager", "Purchasing Manager", "CEO", "Director", "Buyer", "Owner",
                       "Sales Director", "Operations Manager")
_NOTES_CN: Final = ("喜欢绿茶，每年春节前订货", "需要开增值税专用发票", "周末不方便接电话，请工作日联系",
                    "老客户介绍，注意维护关系", "对价格敏感，有促销时通知", "送货请先电话联系",
                    "偏好微信沟通", "曾投诉物流慢，已处理", "公司采购，月结", "生日当月赠送小礼品")
_NOTES_WEST: Final = ("Prefers email.", "Ships to the Hong Kong warehouse.", "Net 30 payment terms.",
                      "Met at the Canton Fair.", "Asks for samples before bulk orders.")
_CUSTOM_LEVELS: Final = ("A", "B", "B", "C", "C", "C")
_SOURCES_W: Final = _expand([("线上", 25), ("线下", 25), ("微信", 20), ("转介绍", 15), ("展会", 8),
                             ("第三方", 7)])
_SOURCES_WEST_W: Final = _expand([("线上", 40), ("展会", 25), ("转介绍", 15), ("第三方", 15), ("线下", 5)])
_TAGS_CN: Final = ("VIP", "批发", "零售", "老客户", "潜在", "重点跟进", "团购", "零售", "老客户")
_TAGS_WEST: Final = ("VIP", "wholesale", "retail", "wholesale", "批发", "潜在")
_EMAIL_DOMAINS_CN: Final = _expand([("qq.com", 30), ("163.com", 25), ("126.com", 10), ("sina.com", 5),
                                    ("foxmail.com", 5), ("gmail.com", 5), ("outlook.com", 5), ("", 15)])
_EMAIL_DOMAINS_WEST: Final = _expand([("gmail.com", 35), ("outlook.com", 20), ("hotmail.com", 10),
                                      ("yahoo.com", 10), ("", 25)])
# fmt: on
_ALNUM: Final = "abcdefghijklmnopqrstuvwxyz0123456789"
_LOWER: Final = "abcdefghijklmnopqrstuvwxyz"
_MONTH_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# First two digits of a landline subscriber number: 2–8, never 80 (Beijing and Shanghai 800… are
# not valid fixed lines for phonenumbers).
_LANDLINE_HEADS: Final = tuple(str(n) for n in range(20, 90) if n // 10 != 8 or n % 10 != 0)
_DIGIT_FORMATS: Final = tuple(f"%0{n}d" for n in range(16))
_POWERS_OF_TEN: Final = tuple(10.0**n for n in range(16))


# --- the customer generator ---------------------------------------------------------------------
@dataclass(frozen=True)
class _Snapshot:
    """What a later near-duplicate copies from its original (immune to the caller mutating it)."""

    index: int
    western: bool
    family: str
    given: str
    gender: Gender
    phones: tuple[tuple[str, str], ...]  # (value, label)
    email: str
    company: str
    address: Address | None
    birthday: Birthday | None
    id_number: str


class _CustomerFactory:
    def __init__(self, seed: int, start: datetime.date, today: datetime.date) -> None:
        self.rng = random.Random(seed)
        self.r = self.rng.random
        self.today = today
        self.start_ord = start.toordinal()
        self.ndays = today.toordinal() - self.start_ord  # created days: [start, today)
        self.day_strings = [_iso_day(self.start_ord + k) for k in range(self.ndays)]
        self.year = today.year
        self.birthdays: dict[int, Birthday] = {}

    # small draws ------------------------------------------------------------------------------
    def pick(self, seq: Sequence[_T]) -> _T:
        return seq[int(self.r() * len(seq))]

    def digits(self, n: int) -> str:
        return _DIGIT_FORMATS[n] % int(self.r() * _POWERS_OF_TEN[n])

    def timestamp(self, day: str) -> str:
        r = self.r
        return f"{day}T{_HOURS[int(r() * len(_HOURS))]}:{_MINSEC[int(r() * 3600)]}Z"

    # pieces ------------------------------------------------------------------------------------
    def cn_mobile(self) -> str:
        r = self.r
        return _MOBILE_PREFIXES[int(r() * len(_MOBILE_PREFIXES))] + _DIGIT_FORMATS[8] % int(
            r() * 100_000_000.0
        )

    def cn_landline(self, city: _City) -> str:
        head = _LANDLINE_HEADS[int(self.r() * len(_LANDLINE_HEADS))]
        return "+86" + city.area_code + head + self.digits(city.landline_digits - 2)

    def western_phone(self, wc: _WesternCity, mobile: bool) -> str:
        if wc.country == "GB" and mobile:
            prefix = self.pick(_UK_MOBILE_PREFIXES)
            return prefix + self.digits(13 - len(prefix))  # +44 and 10 national digits
        prefix = self.pick(wc.phone_prefixes)
        first = wc.first_digits[int(self.r() * len(wc.first_digits))]
        return prefix + first + self.digits(wc.local_digits - 1)

    def cn_address(self, city: _City) -> tuple[Address, _District]:
        r = self.r
        districts = city.districts
        district = districts[int(r() * len(districts))]
        streets = district.streets
        street = streets[int(r() * len(streets))] + str(1 + int(r() * r() * 800)) + _BUILDINGS[int(r() * 6)]
        if r() < 0.45:
            street += (
                f"{1 + int(r() * 20)}{self.pick(_ROOM_PARTS)}{(1 + int(r() * 30)) * 100 + 1 + int(r() * 6)}室"
            )
        postal = city.postal4 + self.digits(2) if r() < 0.7 else ""
        label = "work" if r() < 0.5 else "home"
        return Address("CN", city.province, city.city, district.name, street, postal, "", label), district

    def western_address(self, wc: _WesternCity) -> Address:
        r = self.r
        number = 1 + int(r() * 2400)
        street = self.pick(wc.streets)
        if wc.country == "US":
            text = f"{number} {street}, {wc.city}, {wc.region} {self.pick(wc.postcodes)}{self.digits(2)}, USA"
        else:
            inward = f"{int(r() * 10)}{self.pick(_UK_INWARD_LETTERS)}{self.pick(_UK_INWARD_LETTERS)}"
            text = f"{1 + number % 300} {street}, {wc.city} {self.pick(wc.postcodes)} {inward}, UK"
        return Address(wc.country, free_form=text, label="work" if r() < 0.6 else "home")

    def birthday(self, full: bool) -> Birthday:
        r = self.r
        month = 1 + int(r() * 12)
        day = 1 + int(r() * _MONTH_DAYS[month - 1])
        year = self.year - 18 - int((r() + r()) * 0.5 * 58) if full else 0  # age 18–75, peak ~47
        key = year * 10_000 + month * 100 + day
        birthday = self.birthdays.get(key)
        if birthday is None:  # Birthday is frozen, so customers can share one instance
            birthday = self.birthdays[key] = Birthday(month, day, year or None)
        return birthday

    def id_number(self, birthday: Birthday, gender: Gender, district: _District | None) -> str:
        r = self.r
        if district is None or r() < 0.4:  # often born elsewhere than where they live now
            district = self.pick(_ALL_DISTRICTS)
        seq = int(r() * 100)
        last = int(r() * 5) * 2  # even: female
        if gender is Gender.MALE or (gender is not Gender.FEMALE and r() < 0.5):
            last += 1
        first17 = (
            f"{district.code}{birthday.year or 1980:04d}{birthday.month:02d}{birthday.day:02d}{seq:02d}{last}"
        )
        return first17 + id_number_check_char(first17)

    def cn_email_local(self, surname_py: str, given_py: str, initials: str) -> str:
        r = self.r
        x = r()
        if x < 0.35:
            local = surname_py + given_py
        elif x < 0.55:
            local = given_py + "." + surname_py
        elif x < 0.75:
            local = initials
        elif x < 0.9:
            local = surname_py + "_" + given_py
        else:
            local = given_py + surname_py
        y = r()
        if y < 0.4:
            local += str(1970 + int(r() * 36))
        elif y < 0.7 or len(local) < 4:
            local += self.digits(1 + int(r() * 3))
        return local

    def wechat_id(self, base: str) -> str:
        r = self.r
        x = r()
        if x < 0.25:
            wid = "wxid_" + "".join(_ALNUM[int(r() * 36)] for _ in range(14))
        elif x < 0.7:
            wid = base + ("_" if r() < 0.3 else "") + self.digits(2 + int(r() * 4))
        else:
            wid = base
        if not wid[0].isalpha():
            wid = _LOWER[int(r() * 26)] + wid
        while len(wid) < 6:
            wid += str(int(r() * 10))
        return wid[:20]

    def qq_number(self) -> str:
        r = self.r
        x = r()
        n = 9 if x < 0.4 else 10 if x < 0.6 else 8 if x < 0.85 else 7 if x < 0.95 else 6
        return str(1 + int(r() * 9)) + self.digits(n - 1)

    def cn_company(self, city: _City) -> tuple[str, str]:
        """(company name, email domain)."""
        r = self.r
        brand, brand_py = self.pick(_BRANDS)
        industry, industry_py = self.pick(_INDUSTRIES)
        name = city.short + brand + industry + _COMPANY_SUFFIXES[int(r() * len(_COMPANY_SUFFIXES))]
        domain = brand_py + ("-" + industry_py if r() < 0.5 else "") + self.pick(_CN_TLDS)
        return name, domain

    def western_company(self, country: str) -> tuple[str, str]:
        brand = self.pick(_WESTERN_BRANDS)
        industry = self.pick(_WESTERN_INDUSTRIES)
        suffix = self.pick(_WESTERN_SUFFIXES)
        name = " ".join(p for p in (brand, industry, suffix) if p)
        tld = ".co.uk" if country == "GB" and self.r() < 0.6 else ".com"
        return name, (brand + industry).replace(" ", "").lower() + tld

    def tags(self, table: Sequence[str]) -> list[str]:
        r = self.r
        x = r()
        if x < 0.45:
            return []
        first = table[int(r() * len(table))]
        if x < 0.85:
            return [first]
        second = table[int(r() * len(table))]
        return [first] if second == first else [first, second]

    # a whole customer --------------------------------------------------------------------------
    def chinese(self, index: int, created_at: str, keep: bool) -> tuple[Customer, _Snapshot | None]:
        r = self.r
        surname, surname_py = _SURNAMES[int(r() * len(_SURNAMES))]
        g = r()
        if g < 0.48:
            gender, chars = Gender.MALE, _MALE_CHARS
        elif g < 0.96:
            gender, chars = Gender.FEMALE, _FEMALE_CHARS
        else:
            gender, chars = Gender.UNKNOWN, _ANY_CHARS
        c1, p1 = chars[int(r() * len(chars))]
        if r() < 0.25:
            given, given_py, initials = c1, p1, surname_py[0] + p1[0]
        else:
            c2, p2 = chars[int(r() * len(chars))]
            given, given_py, initials = c1 + c2, p1 + p2, surname_py[0] + p1[0] + p2[0]
        city = _CITIES[int(r() * len(_CITIES))]

        contacts = [ContactPoint(ContactKind.PHONE, self.cn_mobile(), "", "mobile")]
        if r() < 0.15:
            contacts.append(ContactPoint(ContactKind.PHONE, self.cn_mobile(), "", "mobile"))
        if r() < 0.2:
            contacts.append(ContactPoint(ContactKind.PHONE, self.cn_landline(city), "", "landline"))

        company = ""
        domain = ""
        title = ""
        if r() < 0.6:
            company, domain = self.cn_company(city if r() < 0.75 else _CITIES[int(r() * len(_CITIES))])
            if r() < 0.5:
                title = _TITLES_CN[int(r() * len(_TITLES_CN))]
        elif r() < 0.1:
            title = _TITLES_CN[int(r() * len(_TITLES_CN))]

        qq = self.qq_number() if r() < 0.18 else ""
        email = ""
        if r() < 0.6:
            dom = _EMAIL_DOMAINS_CN[int(r() * len(_EMAIL_DOMAINS_CN))] or domain or "163.com"
            if dom == "qq.com" and (qq or r() < 0.5):
                email = (qq or self.qq_number()) + "@qq.com"
            else:
                email = self.cn_email_local(surname_py, given_py, initials) + "@" + dom
            contacts.append(ContactPoint(ContactKind.EMAIL, email, label="work" if dom == domain else ""))
        if r() < 0.55:
            contacts.append(ContactPoint(ContactKind.WECHAT, self.wechat_id(surname_py + given_py)))
        if qq:
            contacts.append(ContactPoint(ContactKind.QQ, qq))

        addresses: list[Address] = []
        district: _District | None = None
        if r() < 0.85:
            address, district = self.cn_address(city)
            addresses.append(address)

        birthday: Birthday | None = None
        sensitive: dict[SensitiveKind, SensitiveValue] = {}
        id_number = ""
        if r() < ID_NUMBER_RATE / (1.0 - WESTERN_RATE):
            birthday = self.birthday(True)
            id_number = self.id_number(birthday, gender, district)
            sensitive[SensitiveKind.ID_NUMBER] = SensitiveValue(SensitiveKind.ID_NUMBER, id_number)
        elif r() < 0.5:
            birthday = self.birthday(r() < 0.8)

        customer = Customer(
            name=surname + given,
            family_name=surname,
            given_name=given,
            name_order=NameOrder.EASTERN,
            company=company,
            title=title,
            gender=gender,
            birthday=birthday,
            source=_SOURCES_W[int(r() * len(_SOURCES_W))],
            notes=_NOTES_CN[int(r() * len(_NOTES_CN))] if r() < 0.08 else "",
            contacts=contacts,
            addresses=addresses,
            tags=self.tags(_TAGS_CN),
            custom={"客户等级": _CUSTOM_LEVELS[int(r() * 6)]} if r() < 0.1 else {},
            sensitive=sensitive,
            created_at=created_at,
            updated_at=created_at,
        )
        if not keep:
            return customer, None
        return customer, _Snapshot(
            index,
            False,
            surname,
            given,
            gender,
            tuple((c.value, c.label) for c in contacts if c.kind is ContactKind.PHONE),
            email,
            company,
            _copy_address(addresses[0]) if addresses else None,
            birthday,
            id_number,
        )

    def western(self, index: int, created_at: str, keep: bool) -> tuple[Customer, _Snapshot | None]:
        r = self.r
        g = r()
        if g < 0.49:
            gender, first = Gender.MALE, _WESTERN_MALE[int(r() * len(_WESTERN_MALE))]
        elif g < 0.97:
            gender, first = Gender.FEMALE, _WESTERN_FEMALE[int(r() * len(_WESTERN_FEMALE))]
        else:
            gender = Gender.UNKNOWN if r() < 0.7 else Gender.OTHER
            first = (_WESTERN_MALE + _WESTERN_FEMALE)[int(r() * (len(_WESTERN_MALE) + len(_WESTERN_FEMALE)))]
        last = _WESTERN_LAST[int(r() * len(_WESTERN_LAST))]
        lower_first, lower_last = first.lower(), last.lower().replace("'", "")

        expat = r() < 0.15  # lives in China, Chinese mobile and address
        wc = _WESTERN_CITIES[int(r() * len(_WESTERN_CITIES))]
        city = _CITIES[int(r() * len(_CITIES))]
        if expat:
            contacts = [ContactPoint(ContactKind.PHONE, self.cn_mobile(), "", "mobile")]
        else:
            contacts = [ContactPoint(ContactKind.PHONE, self.western_phone(wc, True), label="mobile")]
            if r() < 0.15:
                contacts.append(ContactPoint(ContactKind.PHONE, self.western_phone(wc, False), label="work"))

        company = ""
        domain = ""
        title = ""
        if r() < 0.6:
            company, domain = self.western_company("CN" if expat else wc.country)
            if r() < 0.5:
                title = _TITLES_WEST[int(r() * len(_TITLES_WEST))]

        email = ""
        if r() < 0.6:
            dom = _EMAIL_DOMAINS_WEST[int(r() * len(_EMAIL_DOMAINS_WEST))] or domain or "gmail.com"
            x = r()
            if x < 0.4:
                local = lower_first + "." + lower_last
            elif x < 0.65:
                local = lower_first[0] + lower_last
            elif x < 0.85:
                local = lower_first + lower_last
            else:
                local = lower_first + "_" + lower_last
            if dom != domain and r() < 0.5:
                local += self.digits(2)
            email = local + "@" + dom
            contacts.append(ContactPoint(ContactKind.EMAIL, email, label="work" if dom == domain else ""))
        if r() < (0.5 if expat else 0.2):
            contacts.append(ContactPoint(ContactKind.WECHAT, self.wechat_id(lower_first + lower_last)))

        addresses: list[Address] = []
        if r() < 0.8:
            addresses.append(self.cn_address(city)[0] if expat else self.western_address(wc))
        birthday = self.birthday(r() < 0.7) if r() < 0.4 else None

        customer = Customer(
            name=first + " " + last,
            family_name=last,
            given_name=first,
            name_order=NameOrder.WESTERN,
            company=company,
            title=title,
            gender=gender,
            birthday=birthday,
            source=_SOURCES_WEST_W[int(r() * len(_SOURCES_WEST_W))],
            notes=_NOTES_WEST[int(r() * len(_NOTES_WEST))] if r() < 0.08 else "",
            contacts=contacts,
            addresses=addresses,
            tags=self.tags(_TAGS_WEST),
            created_at=created_at,
            updated_at=created_at,
        )
        if not keep:
            return customer, None
        return customer, _Snapshot(
            index,
            True,
            last,
            first,
            gender,
            tuple((c.value, c.label) for c in contacts if c.kind is ContactKind.PHONE),
            email,
            company,
            _copy_address(addresses[0]) if addresses else None,
            birthday,
            "",
        )

    # near-duplicates ---------------------------------------------------------------------------
    def renamed(self, s: _Snapshot) -> tuple[str, str] | None:
        """(family, given) spelled differently, or None when no variant applies."""
        r = self.r
        if s.western:
            nick = _NICKNAMES.get(s.given)
            if nick is not None and r() < 0.5:
                return s.family, nick
            fam = s.family
            for _ in range(4):
                k = 1 + int(r() * (len(fam) - 1))
                if not fam[k].isalpha():
                    continue
                if r() < 0.5 and k < len(fam) - 1 and fam[k] != fam[k + 1]:
                    typo = fam[:k] + fam[k + 1] + fam[k] + fam[k + 2 :]  # swapped letters
                elif r() < 0.5 and len(fam) > 3:
                    typo = fam[:k] + fam[k + 1 :]  # dropped letter
                else:
                    typo = fam[:k] + fam[k] + fam[k:]  # doubled letter
                if typo != fam and typo.strip("'"):
                    return typo, s.given
            return None
        if r() < 0.5:
            fam_t, given_t = s.family.translate(_TRADITIONAL), s.given.translate(_TRADITIONAL)
            if (fam_t, given_t) != (s.family, s.given):
                return fam_t, given_t
        positions = [k for k, ch in enumerate(s.given) if ch in _HOMOPHONES]
        if positions:
            k = positions[int(r() * len(positions))]
            return s.family, s.given[:k] + _HOMOPHONES[s.given[k]] + s.given[k + 1 :]
        fam_t, given_t = s.family.translate(_TRADITIONAL), s.given.translate(_TRADITIONAL)
        if (fam_t, given_t) != (s.family, s.given):
            return fam_t, given_t
        return None

    def duplicate(self, s: _Snapshot, created_at: str) -> Customer:
        r = self.r
        family, given = s.family, s.given
        contacts: list[ContactPoint] = []
        if s.email and r() < 0.3:
            # same email, a new phone number, same name
            if s.western and not s.phones[0][0].startswith("+86"):
                wc = _WESTERN_CITIES[int(r() * len(_WESTERN_CITIES))]
                phone = self.western_phone(wc, True)
            else:
                phone = self.cn_mobile()
            contacts.append(ContactPoint(ContactKind.PHONE, phone, label="mobile"))
            contacts.append(ContactPoint(ContactKind.EMAIL, s.email))
        else:
            variant = self.renamed(s)
            if variant is not None:
                family, given = variant
            contacts.extend(ContactPoint(ContactKind.PHONE, value, label=label) for value, label in s.phones)
            if s.email and r() < 0.3:
                contacts.append(ContactPoint(ContactKind.EMAIL, s.email))
        addresses: list[Address] = []
        if s.address is not None and r() < 0.5:
            addresses.append(_copy_address(s.address))
        sensitive: dict[SensitiveKind, SensitiveValue] = {}
        if s.id_number and r() < 0.5:
            sensitive[SensitiveKind.ID_NUMBER] = SensitiveValue(SensitiveKind.ID_NUMBER, s.id_number)
        birthday = s.birthday if (sensitive or r() < 0.5) else None
        return Customer(
            name=given + " " + family if s.western else family + given,
            family_name=family,
            given_name=given,
            name_order=NameOrder.WESTERN if s.western else NameOrder.EASTERN,
            company=s.company if r() < 0.5 else "",
            gender=s.gender if r() < 0.7 else Gender.UNKNOWN,
            birthday=birthday,
            source=self.pick(_SOURCES_WEST_W if s.western else _SOURCES_W),
            contacts=contacts,
            addresses=addresses,
            sensitive=sensitive,
            created_at=created_at,
            updated_at=created_at,
        )

    # the stream --------------------------------------------------------------------------------
    def stream(self, count: int) -> Iterator[tuple[Customer, int | None]]:
        r = self.r
        ndays = self.ndays
        day_strings = self.day_strings
        pool: list[_Snapshot] = []
        for i in range(count):
            day = min(ndays - 1, int((i + r()) * ndays / count))
            created_at = self.timestamp(day_strings[day])
            if pool and r() < DUPLICATE_RATE:
                k = int(r() * len(pool))
                snap = pool[k]
                pool[k] = pool[-1]
                pool.pop()
                yield self.duplicate(snap, created_at), snap.index
                continue
            keep = r() < _CANDIDATE_RATE
            if r() < WESTERN_RATE:
                customer, snapshot = self.western(i, created_at, keep)
            else:
                customer, snapshot = self.chinese(i, created_at, keep)
            if snapshot is not None:
                pool.append(snapshot)
            yield customer, None


def _copy_address(a: Address) -> Address:
    return Address(a.country, a.province, a.city, a.district, a.street, a.postal_code, a.free_form, a.label)


def _window(start_date: datetime.date | None, today: datetime.date) -> datetime.date:
    if start_date is None:
        try:
            return today.replace(year=today.year - 5)
        except ValueError:  # 29 February
            return today.replace(year=today.year - 5, day=28)
    if start_date >= today:
        raise ValueError("start_date must be before today")
    return start_date


def generate_labelled_customers(
    count: int,
    seed: int = 1,
    start_date: datetime.date | None = None,
    *,
    today: datetime.date | None = None,
) -> Iterator[tuple[Customer, int | None]]:
    """Like `generate_customers`, with the duplicate ground truth next to each customer.

    The second element is None for an original customer, or the 0-based stream index of the
    customer this one is a near-duplicate of (always an earlier one).
    """
    if count < 0:
        raise ValueError("count must not be negative")
    day = _today(today)
    factory = _CustomerFactory(seed, _window(start_date, day), day)
    return factory.stream(count)


def generate_customers(
    count: int,
    seed: int = 1,
    start_date: datetime.date | None = None,
    *,
    today: datetime.date | None = None,
) -> Iterator[Customer]:
    """`count` synthetic customers, deterministic for (count, seed, start_date, today).

    `created_at` values rise through the window `[start_date, today)`; `start_date` defaults to five
    years before `today`, and `today` to the current date (pass it for output that does not depend
    on the day the generator runs). Ids are left unset (`id=None`).
    """
    return (customer for customer, _ in generate_labelled_customers(count, seed, start_date, today=today))


# --- purchases ----------------------------------------------------------------------------------
# fmt: off
# (Chinese name, English name, CNY price in fen, USD price in cents)
_PRODUCTS: Final = (
    ("西湖龙井茶礼盒", "Longjing tea gift box", 36800, 5900),
    ("碧螺春 250g", "Biluochun tea 250g", 16800, 2600),
    ("普洱茶饼 357g", "Pu'er tea cake 357g", 22800, 3500),
    ("不锈钢保温杯", "Stainless steel vacuum cup", 8900, 1500),
    ("真丝围巾", "Silk scarf", 29900, 4500),
    ("纯棉T恤", "Cotton T-shirt", 7900, 1200),
    ("无线蓝牙耳机", "Wireless earbuds", 19900, 3200),
    ("手机壳", "Phone case", 2990, 600),
    ("办公椅", "Office chair", 69900, 11000),
    ("A4打印纸(箱)", "A4 paper (carton)", 13500, 2200),
    ("月饼礼盒", "Mooncake gift box", 19800, 3000),
    ("坚果大礼包", "Mixed nuts gift pack", 12800, 2000),
    ("橄榄油 1L", "Olive oil 1L", 8990, 1400),
    ("大米 10kg", "Rice 10kg", 6990, 1100),
    ("陶瓷茶具套装", "Ceramic tea set", 45800, 7200),
    ("LED台灯", "LED desk lamp", 11900, 1900),
    ("空气净化器", "Air purifier", 129900, 19900),
    ("扫地机器人", "Robot vacuum", 199900, 29900),
    ("护肤套装", "Skincare set", 39900, 6200),
    ("儿童绘本(套)", "Children's picture books (set)", 15600, 2400),
    ("瑜伽垫", "Yoga mat", 5900, 1000),
    ("电动牙刷", "Electric toothbrush", 24900, 3900),
    ("白酒 500ml", "Baijiu 500ml", 49900, 7800),
    ("红酒礼盒", "Red wine gift box", 58800, 8900),
    ("定制印刷名片(盒)", "Printed business cards (box)", 4800, 800),
)
_QUANTITIES: Final = _expand([(1, 60), (2, 20), (3, 6), (4, 3), (5, 3), (10, 3), (20, 2), (50, 2), (100, 1)])
# One order line = (text, amount in fen / cents), product × weighted quantity, so one draw picks both.
_LINES_CNY: Final = tuple((f"{zh} ×{q}", fen * q) for zh, _, fen, _ in _PRODUCTS for q in _QUANTITIES)
_LINES_USD: Final = tuple((f"{en} ×{q}", cents * q) for _, en, _, cents in _PRODUCTS for q in _QUANTITIES)
_AMOUNTS: dict[int, Decimal] = {}  # fen / cents → Decimal("x.yy"); Decimals are immutable, so shared
_DISCOUNTS: Final = _expand([(100, 70), (95, 10), (90, 10), (88, 5), (80, 5)])
_CHANNELS_CNY: Final = _expand([("门店", 25), ("淘宝", 12), ("京东", 8), ("拼多多", 5), ("微信小程序", 12),
                                ("微信", 10), ("抖音", 6), ("电话订购", 6), ("展会", 3), ("批发市场", 5)])
_CHANNELS_USD: Final = _expand([("阿里巴巴国际站", 35), ("独立站", 25), ("邮件订单", 20), ("展会", 20)])
# fmt: on
_PURCHASE_SHAPE: Final = 0.5  # gamma shape of the per-customer purchase rate: small = more skewed
_CHURN_RATE: Final = 0.3  # share of customers who stopped buying at some point


def generate_purchases(
    customer_id: int,
    rng: random.Random,
    created_at: str,
    mean: float = 10.0,
    *,
    western: bool = False,
    today: datetime.date | None = None,
) -> list[Purchase]:
    """A skewed number of purchases (mean `mean`), sorted by date, dated between `created_at` and today.

    The count is a gamma–rate mixture (many customers with 0–2 purchases, a long tail of heavy
    buyers) whose expectation is exactly `mean`. About 30 % of customers stop buying at some point
    (so 流失 classification has something to find). `western` customers pay in USD for most orders.
    Amounts are `Decimal` with two places.
    """
    if mean <= 0:
        return []
    r = rng.random
    n = int(rng.gammavariate(_PURCHASE_SHAPE, mean / _PURCHASE_SHAPE) + r())
    if n <= 0:
        return []
    last = _today(today).toordinal() - 1  # up to yesterday: no timestamp can lie in the future
    first = min(_ordinal_of(created_at), last)
    if r() < _CHURN_RATE:
        last = first + int(r() * (last - first + 1))
    span = last - first + 1
    days = sorted([first + int(r() * span) for _ in range(n)])
    n_lines = len(_LINES_CNY)
    nd = len(_DISCOUNTS)
    nh = len(_HOURS)
    amounts = _AMOUNTS
    day_cache = _DAY_CACHE
    out: list[Purchase] = []
    append = out.append
    for o in days:
        usd = western and r() < 0.7
        lines = _LINES_USD if usd else _LINES_CNY
        items, cents = lines[int(r() * n_lines)]
        if r() < 0.2:
            items2, cents2 = lines[int(r() * n_lines)]
            items = items + "; " + items2
            cents += cents2
        cents = cents * _DISCOUNTS[int(r() * nd)] // 100
        amount = amounts.get(cents)
        if amount is None:
            amount = Decimal(cents).scaleb(-2)
            if len(amounts) < 200_000:
                amounts[cents] = amount
        day = day_cache.get(o) or _iso_day(o)
        if usd:
            channel = _CHANNELS_USD[int(r() * len(_CHANNELS_USD))]
        else:
            channel = _CHANNELS_CNY[int(r() * len(_CHANNELS_CNY))]
        stamp = f"{day}T{_HOURS[int(r() * nh)]}:{_MINSEC[int(r() * 3600)]}Z"
        append(Purchase(customer_id, day, amount, "USD" if usd else "CNY", items, channel, None, stamp))
    return out


# --- follow-ups ---------------------------------------------------------------------------------
# fmt: off
_FOLLOW_UP_CONTENT: Final = {
    "电话": ("电话回访，客户对上次订单满意", "询问新品价格，已报价", "客户暂无需求，下月再联系",
             "确认收货地址变更", "提醒客户续订"),
    "拜访": ("上门拜访，洽谈年度合作", "送样品，客户反馈良好", "拜访门店，了解销售情况", "节前拜访，赠送礼品"),
    "微信": ("微信发送新品目录", "微信沟通发货时间", "客户微信咨询售后", "发送促销活动信息"),
    "邮件": ("发送报价单", "邮件确认合同条款", "发送对账单", "邮件寄送电子发票"),
}
# fmt: on
_FOLLOW_UP_COUNTS: Final = _expand([(0, 40), (1, 30), (2, 20), (3, 10)])


def generate_follow_ups(
    customer_id: int,
    rng: random.Random,
    created_at: str,
    *,
    today: datetime.date | None = None,
) -> list[FollowUp]:
    """0–3 follow-ups (电话 / 拜访 / 微信 / 邮件) dated between `created_at` and today, sorted by date.

    The latest one often has a `next_contact_date` within the next 30 days; earlier ones sometimes
    have one 3–30 days after their own date.
    """
    r = rng.random
    n = _FOLLOW_UP_COUNTS[int(r() * len(_FOLLOW_UP_COUNTS))]
    if n == 0:
        return []
    today_ord = _today(today).toordinal()
    last = today_ord - 1
    first = min(_ordinal_of(created_at), last)
    span = last - first + 1
    days = sorted([first + int(r() ** 0.5 * span) for _ in range(n)])  # more recent activity
    out: list[FollowUp] = []
    for k, o in enumerate(days):
        kind = FOLLOW_UP_KINDS[int(r() * 4)]
        contents = _FOLLOW_UP_CONTENT[kind]
        next_date: str | None = None
        if k == n - 1:
            if r() < 0.4:
                next_date = _iso_day(today_ord + 1 + int(r() * 30))
        elif r() < 0.3:
            next_date = _iso_day(o + 3 + int(r() * 28))
        out.append(FollowUp(customer_id, _iso_day(o), kind, contents[int(r() * len(contents))], next_date))
    return out


# --- consents -----------------------------------------------------------------------------------
_CONSENT_CHANNELS: Final = ("线上表单", "纸质同意书", "微信", "电话录音", "门店登记")
_WITHDRAW_NOTES: Final = ("客户来电要求停止营销短信", "客户微信退订", "客户要求删除推广信息", "")


def generate_consents(
    customer_id: int,
    rng: random.Random,
    created_at: str,
    *,
    today: datetime.date | None = None,
) -> list[Consent]:
    """Consents for `marketing` (~55 %) and `partner_sharing` (~15 %), about 15 % later withdrawn.

    `granted_at` / `withdrawn_at` are UTC timestamps ("YYYY-MM-DDTHH:MM:SSZ") between `created_at`
    and today; many consents are granted when the customer is created.
    """
    r = rng.random
    out: list[Consent] = []
    last = _today(today).toordinal() - 1
    first = min(_ordinal_of(created_at), last)
    for purpose, rate in (("marketing", 0.55), ("partner_sharing", 0.15)):
        if r() >= rate:
            continue
        channel = _CONSENT_CHANNELS[int(r() * len(_CONSENT_CHANNELS))]
        if r() < 0.6 or first >= last:
            granted_ord, granted = first, created_at
        else:
            granted_ord = first + 1 + int(r() ** 3 * (last - first))
            granted = _stamp(r, granted_ord)
        withdrawn: str | None = None
        note = ""
        if r() < 0.15 and granted_ord < last:
            withdrawn = _stamp(r, granted_ord + 1 + int(r() * (last - granted_ord)))
            note = _WITHDRAW_NOTES[int(r() * len(_WITHDRAW_NOTES))]
        out.append(Consent(customer_id, purpose, channel, granted, withdrawn, note))
    return out


def _stamp(r: Callable[[], float], ordinal: int) -> str:
    return f"{_iso_day(ordinal)}T{_HOURS[int(r() * len(_HOURS))]}:{_MINSEC[int(r() * 3600)]}Z"
