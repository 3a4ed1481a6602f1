"""Region of a customer (PRODUCT.md §3): Chinese province from the address or the phone's area, else
the country.

Region labels are the full Chinese name of a provincial-level division ("广东省", "北京市",
"广西壮族自治区"), an ISO 3166 alpha-2 country code for anything outside mainland China ("US",
"HK"), or "unknown".

* `province_of(text)` normalises a province as people write it: "广东", "广东省", "Guangdong",
  "guangdong province", "GD" → "广东省".
* `region_from_address(country, province, city, free_form)`: the province field, else the
  prefecture-level city via `CITY_PROVINCE`, else a free-form text that starts with a province or
  city name; an address outside China gives its country.
* `PhoneRegions` resolves E.164 numbers with phonenumbers' offline geocoding data: Chinese numbers
  by a longest-prefix look-up in the geocoder's own table (read once), others by their country,
  cached per number prefix, so a million customers need only a few hundred parser calls.

The tables are hand-written because no maintained Python library maps Chinese province spellings
(short, full, pinyin) and prefecture-level cities to provinces; the city table lists the
prefecture-level cities (地级市) and is only a fallback for addresses whose province is empty.
"""

from __future__ import annotations

from typing import Final

UNKNOWN: Final = "unknown"
CN: Final = "CN"

# (full Chinese name, short name, English name, 2-letter code as in ISO 3166-2:CN)
# fmt: off
PROVINCES: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("北京市", "北京", "Beijing", "BJ"), ("天津市", "天津", "Tianjin", "TJ"), ("河北省", "河北", "Hebei", "HE"),
    ("山西省", "山西", "Shanxi", "SX"), ("内蒙古自治区", "内蒙古", "Inner Mongolia", "NM"),
    ("辽宁省", "辽宁", "Liaoning", "LN"), ("吉林省", "吉林", "Jilin", "JL"),
    ("黑龙江省", "黑龙江", "Heilongjiang", "HL"), ("上海市", "上海", "Shanghai", "SH"),
    ("江苏省", "江苏", "Jiangsu", "JS"), ("浙江省", "浙江", "Zhejiang", "ZJ"), ("安徽省", "安徽", "Anhui", "AH"),
    ("福建省", "福建", "Fujian", "FJ"), ("江西省", "江西", "Jiangxi", "JX"), ("山东省", "山东", "Shandong", "SD"),
    ("河南省", "河南", "Henan", "HA"), ("湖北省", "湖北", "Hubei", "HB"), ("湖南省", "湖南", "Hunan", "HN"),
    ("广东省", "广东", "Guangdong", "GD"), ("广西壮族自治区", "广西", "Guangxi", "GX"),
    ("海南省", "海南", "Hainan", "HI"), ("重庆市", "重庆", "Chongqing", "CQ"), ("四川省", "四川", "Sichuan", "SC"),
    ("贵州省", "贵州", "Guizhou", "GZ"), ("云南省", "云南", "Yunnan", "YN"), ("西藏自治区", "西藏", "Tibet", "XZ"),
    ("陕西省", "陕西", "Shaanxi", "SN"), ("甘肃省", "甘肃", "Gansu", "GS"), ("青海省", "青海", "Qinghai", "QH"),
    ("宁夏回族自治区", "宁夏", "Ningxia", "NX"), ("新疆维吾尔自治区", "新疆", "Xinjiang", "XJ"),
    ("台湾省", "台湾", "Taiwan", "TW"), ("香港特别行政区", "香港", "Hong Kong", "HK"),
    ("澳门特别行政区", "澳门", "Macao", "MO"),
)
# Prefecture-level cities (地级市, without the 市 suffix) by province short name.
_CITIES: Final[dict[str, str]] = {
    "河北": "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水",
    "山西": "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁",
    "内蒙古": "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布",
    "辽宁": "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛",
    "吉林": "长春 吉林 四平 辽源 通化 白山 松原 白城",
    "黑龙江": "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化",
    "江苏": "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁",
    "浙江": "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水",
    "安徽": "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城",
    "福建": "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德",
    "江西": "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶",
    "山东": "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽",
    "河南": "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店",
    "湖北": "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州",
    "湖南": "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底",
    "广东": "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮",
    "广西": "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左",
    "海南": "海口 三亚 三沙 儋州",
    "四川": "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳",
    "贵州": "贵阳 六盘水 遵义 安顺 毕节 铜仁",
    "云南": "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧",
    "西藏": "拉萨 日喀则 昌都 林芝 山南 那曲",
    "陕西": "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛",
    "甘肃": "兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南",
    "青海": "西宁 海东",
    "宁夏": "银川 石嘴山 吴忠 固原 中卫",
    "新疆": "乌鲁木齐 克拉玛依 吐鲁番 哈密",
    "台湾": "台北 新北 桃园 台中 台南 高雄",
}
# fmt: on
_SHORT_TO_FULL: Final = {short: full for full, short, _en, _code in PROVINCES}
ENGLISH: Final[dict[str, str]] = {full: en for full, _short, en, _code in PROVINCES}
CITY_PROVINCE: Final[dict[str, str]] = {
    city: _SHORT_TO_FULL[short] for short, cities in _CITIES.items() for city in cities.split()
}
# the municipalities are their own city
CITY_PROVINCE.update({short: full for full, short, _en, _code in PROVINCES if full.endswith("市")})

_ALIASES: dict[str, str] = {}
for _full, _short, _en, _code in PROVINCES:
    for _alias in (_full, _short, _en.lower(), _en.lower().replace(" ", ""), _code.lower()):
        _ALIASES[_alias] = _full
_ALIASES.update({"shensi": "陕西省", "nei mongol": "内蒙古自治区", "neimenggu": "内蒙古自治区", "xizang": "西藏自治区",
                 "macau": "澳门特别行政区", "hongkong": "香港特别行政区"})
_EN_SUFFIXES: Final = (" province", " sheng", " shi", " municipality", " autonomous region", " city", " sar")
# Longest names first, so "内蒙古自治区" is tried before "内蒙古" and "黑龙江" before nothing shorter.
_PREFIXES: Final = sorted(
    [(name, full) for full, short, _en, _code in PROVINCES for name in (full, short)]
    + [(city + "市", province) for city, province in CITY_PROVINCE.items()]
    + list(CITY_PROVINCE.items()),
    key=lambda pair: -len(pair[0]),
)


def province_of(text: str) -> str | None:
    """The full Chinese name of the province `text` names, or None."""
    key = text.strip().lower()
    if not key:
        return None
    found = _ALIASES.get(key)
    if found is not None:
        return found
    for suffix in _EN_SUFFIXES:
        if key.endswith(suffix):
            return _ALIASES.get(key[: -len(suffix)].strip())
    return None


def province_of_city(city: str) -> str | None:
    name = city.strip()
    if name.endswith("市"):
        name = name[:-1]
    return CITY_PROVINCE.get(name)


def province_at_start(text: str) -> str | None:
    """The province of a Chinese address text that starts with a province or city name
    ("广东深圳市南山区…", "深圳市南山区…")."""
    head = text.strip()[:8]
    for name, province in _PREFIXES:
        if head.startswith(name):
            return province
    return None


def region_from_address(country: str, province: str, city: str, free_form: str) -> tuple[str, str] | None:
    """(region label, the address part that decided it), or None when the address says nothing.
    A country other than CN decides by itself; otherwise province, city, then the free-form text."""
    country = country.strip().upper()
    if country and country != CN:
        if country in ("HK", "MO", "TW"):
            return _SHORT_TO_FULL[{"HK": "香港", "MO": "澳门", "TW": "台湾"}[country]], "country"
        return country, "country"
    found = province_of(province) if province else None
    if found:
        return found, "province"
    found = province_of_city(city) if city else None
    if found:
        return found, "city"
    found = province_at_start(free_form) if free_form else None
    if found:
        return found, "free_form"
    return None


def phone_prefix(e164: str) -> str:
    """The cache key of a number: numbers sharing it share a region."""
    if e164.startswith("+86"):
        national = e164[3:]
        if len(national) == 11 and national[0] == "1" and national[1] in "3456789":
            return e164[:10]  # mobile: +86 and the first 7 digits (号段 + H code)
        if national[:1] in ("1", "2"):
            return e164[:5]  # 2-digit area codes: 10 Beijing, 20–29
        return e164[:6]  # 3-digit area codes
    if e164.startswith("+1"):
        return e164[:5]  # NANP: the area code decides the country
    return e164[:6]


_CN_TABLE: dict[str, str] | None = None


def _cn_table() -> dict[str, str]:
    """Province by number prefix (digits with the 86), from phonenumbers' geocoding data.

    `phonenumbers.geocoder.description_for_number` parses and validates the number and then does a
    longest-prefix look-up in this same table; a million customers have ~100k distinct mobile
    prefixes, so the table is read once (130k Chinese entries, a few hundred distinct descriptions)
    and looked up directly. A test checks the result equals the geocoder's for sample numbers."""
    global _CN_TABLE
    if _CN_TABLE is None:
        from phonenumbers import geodata

        by_description: dict[str, str | None] = {}
        table: dict[str, str] = {}
        for prefix, names in geodata.GEOCODE_DATA.items():
            if not prefix.startswith("86"):
                continue
            text = names.get("zh") or ""
            if text not in by_description:
                by_description[text] = province_at_start(text) if text else None
            found = by_description[text]
            if found is not None:
                table[prefix] = found
        _CN_TABLE = table
    return _CN_TABLE


class PhoneRegions:
    """Region labels of E.164 numbers (one instance per pass).

    A Chinese number gives its province (or "CN" when the data has none) by a direct longest-prefix
    look-up; any other number its country's ISO code (Hong Kong, Macao and Taiwan their
    provincial-level name, as addresses do), cached per `phone_prefix`."""

    def __init__(self) -> None:
        self.cache: dict[str, str | None] = {}
        self.lookups = 0
        self._cn: dict[str, str] | None = None

    def prepare(self) -> None:
        """Read the Chinese prefix table now (a pass does it while another thread reads the vault)."""
        if self._cn is None:
            self._cn = _cn_table()

    def region(self, e164: str) -> str | None:
        if e164.startswith("+86"):
            table = self._cn
            if table is None:
                table = self._cn = _cn_table()
            digits = e164[1:]
            for length in range(min(len(digits), 9), 3, -1):
                found = table.get(digits[:length])
                if found is not None:
                    return found
            return CN if digits.isdigit() else None
        key = phone_prefix(e164)
        try:
            return self.cache[key]
        except KeyError:
            pass
        found = self._lookup(e164)
        self.cache[key] = found
        return found

    def _lookup(self, e164: str) -> str | None:
        import phonenumbers

        self.lookups += 1
        try:
            number = phonenumbers.parse(e164, None)
        except phonenumbers.NumberParseException:
            return None
        code = phonenumbers.region_code_for_number(number)
        if code in ("HK", "MO", "TW"):
            return _SHORT_TO_FULL[{"HK": "香港", "MO": "澳门", "TW": "台湾"}[code]]
        return code or None
