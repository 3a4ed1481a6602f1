"""Column mapping: which customer field each column of an import file goes to.

`suggest_mapping(headers)` proposes a target per column from Chinese and English header names and
from the export layouts of common tools — Google Contacts (old "Given Name … Phone 1 - Value" and
new "First Name … Phone 1 - Label" styles), Outlook, HubSpot, Salesforce (reports and Data
Loader's upper-case API names such as MOBILEPHONE, MAILINGCITY), Zoho CRM, iPhone/Android vCards
(already field-named by the vCard reader) and typical Chinese CRM/Excel sheets (客户名称, 联系人,
手机, 电话, 微信号, 邮箱, 身份证号, 地址, 客户类型, 客户来源, 跟进状态, 最后跟进时间 …).

A target is a string:

* a field: "name", "family_name", "given_name", "middle_name", "company", "title", "gender",
  "birthday", "phones", "emails", "wechat", "qq", "addresses", "tags", "source", "notes",
  "id_number", "bank_account", "external_id", "last_follow_up";
* an address part, optionally with a group so that Outlook's Business and Home addresses stay
  apart: "street", "city", "province", "district", "postal_code", "country", or "street|home";
* "custom:<name>" — kept as a custom field of that name;
* "" — ignored.

Unknown columns become custom fields named after the header (nothing is silently dropped), except
well-known bookkeeping columns of other tools (row numbers, "Phone 1 - Type", Outlook's "Priority"
…), which are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

__all__ = [
    "ADDRESS_PARTS",
    "FIELD_TARGETS",
    "LIST_TARGETS",
    "is_known_header",
    "normalize_header",
    "suggest_mapping",
    "suggest_target",
    "valid_target",
]

FIELD_TARGETS: Final = (
    "name", "family_name", "given_name", "middle_name", "company", "title", "gender", "birthday",
    "phones", "emails", "wechat", "qq", "addresses", "tags", "source", "notes", "id_number",
    "bank_account", "external_id", "last_follow_up",
)  # fmt: skip
ADDRESS_PARTS: Final = ("street", "city", "province", "district", "postal_code", "country")
LIST_TARGETS: Final = frozenset({"phones", "emails", "wechat", "qq", "addresses", "tags"})
CUSTOM_PREFIX: Final = "custom:"

_STRIP_RE: Final = re.compile(r"[\s_\-.*:：/\\#＃、,，'\"’]+")
_PAREN_RE: Final = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
_NUMBERED_RE: Final = re.compile(
    r"^(phone|email|address|organization|organisation|website|relation|event|im|customfield|externalid|"
    r"significantdate|location|calendarlink)(\d+)(.*)$"
)
_OUTLOOK_ADDRESS_RE: Final = re.compile(
    r"^(business|home|other|mailing|shipping|billing|work|primary|alternate)"
    r"(street\d?|city|state|stateprovince|region|postalcode|zip|zippostalcode|zipcode|country|countryregion|"
    r"pobox|address)$"
)


def normalize_header(text: str) -> str:
    """Lower case, half-width, without parenthesised hints ("邮箱(选填)"), spaces or punctuation."""
    folded = text.translate(_FULLWIDTH).strip()
    folded = _PAREN_RE.sub("", folded) or folded
    return _STRIP_RE.sub("", folded.lower())


_FULLWIDTH: Final = {**{cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}, 0x3000: 0x20}


def _aliases(target: str, *names: str) -> dict[str, str]:
    return {normalize_header(n): target for n in names}


_ALIASES: Final[dict[str, str]] = {
    **_aliases("name", "姓名", "名字", "客户姓名", "客戶姓名", "客戶名稱", "聯繫人", "聯絡人", "聯絡人姓名", "联系人", "联系人姓名", "客户名称", "客户名", "客户", "称呼",
               "会员姓名", "会员名称", "学员姓名", "学生姓名", "顾客姓名", "收货人", "收件人", "全名",
               "name", "full name", "fullname", "contact name", "contact", "display name", "customer name",
               "customer", "client name", "client", "名称"),
    **_aliases("family_name", "姓", "姓氏", "last name", "lastname", "family name", "surname", "last"),
    **_aliases("given_name", "名", "first name", "firstname", "given name", "forename", "first"),
    **_aliases("middle_name", "middle name", "middlename", "additional name"),
    **_aliases("company", "公司", "公司名称", "公司名稱", "單位", "企業名稱", "单位", "工作单位", "单位名称", "企业名称", "企业", "所属公司",
               "客户公司", "机构", "组织", "company", "company name", "companyname", "organization",
               "organisation", "organization name", "account name", "account", "business name",
               "employer"),
    **_aliases("title", "职位", "职务", "職位", "職務", "職稱", "头衔", "岗位", "title", "job title", "jobtitle", "position",
               "organization title", "role"),
    **_aliases("gender", "性别", "性別", "gender", "sex"),
    **_aliases("birthday", "生日", "出生日期", "出生年月日期", "出生年月", "出生年月日", "birthday", "birthdate", "birth date",
               "date of birth", "dob", "bday"),
    **_aliases("phones", "手机", "手机号", "手机号码", "移动电话", "电话", "联系电话", "手機", "手機號碼", "電話", "聯絡電話", "聯繫電話", "行動電話", "市話", "联系方式", "电话号码",
               "座机", "固话", "固定电话", "办公电话", "公司电话", "家庭电话", "工作电话", "联系手机",
               "phone", "phones", "mobile", "mobile phone", "mobilephone", "mobile number", "cell",
               "cell phone", "cellphone", "telephone", "tel", "business phone", "business phone 2",
               "home phone", "home phone 2", "other phone", "primary phone", "company main phone",
               "car phone", "phone number", "mobile phone number", "work phone", "homephone",
               "otherphone", "assistant phone", "asst phone", "radio phone", "main phone"),
    **_aliases("emails", "邮箱", "电子邮箱", "电子邮件", "電子郵件", "電郵", "郵箱", "郵件", "邮件", "邮箱地址", "email", "emails", "e-mail",
               "email address", "e-mail address", "e-mail 2 address", "e-mail 3 address",
               "secondary email", "work email", "personal email", "other email", "mail"),
    **_aliases("wechat", "微信", "微信号", "微信號", "微信id", "微信账号", "wechat", "wechat id", "weixin", "wx",
               "x-wechat"),
    **_aliases("qq", "qq", "qq号", "qq号码", "x-qq"),
    **_aliases("addresses", "地址", "联系地址", "通讯地址", "聯絡地址", "通訊地址", "收货地址", "家庭地址", "公司地址", "办公地址",
               "详细地址", "住址", "所在地", "address", "addresses", "mailing address", "home address",
               "business address", "full address", "postal address", "work address"),
    **_aliases("province", "省", "省份", "所在省份", "所在省", "state", "region", "province",
               "state/province", "state/region", "mailingstate", "mailing state", "mailing state/province",
               "billing state"),
    **_aliases("city", "市", "城市", "所在城市", "所在市", "city", "mailingcity", "mailing city", "town"),
    **_aliases("district", "区", "区县", "县区", "所在区", "district", "county"),
    **_aliases("street", "街道", "街道地址", "street", "street address", "mailingstreet", "mailing street",
               "address line 1", "address 1"),
    **_aliases("postal_code", "邮编", "邮政编码", "zip", "zip code", "zipcode", "postal code", "postcode",
               "mailingpostalcode", "mailing zip/postal code", "mailing zip", "mailing postal code"),
    **_aliases("country", "国家", "国家地区", "国家/地区", "country", "country/region", "mailingcountry",
               "mailing country"),
    **_aliases("tags", "标签", "分组", "標籤", "客戶類型", "客户分组", "客户标签", "客户类型", "客户等级", "客户级别", "会员等级",
               "tags", "tag", "labels", "label", "categories", "category", "group membership", "groups"),
    **_aliases("source", "客户来源", "来源", "客戶來源", "來源", "来源渠道", "渠道", "获客渠道", "lead source", "leadsource",
               "source", "original source", "contact source", "lead source type"),
    **_aliases("notes", "备注", "说明", "描述", "備註", "說明", "备注信息", "notes", "note", "description", "comments",
               "comment", "remarks", "memo"),
    **_aliases("id_number", "身份证", "身份证号", "身份證", "身份證號", "身份證字號", "身份证号码", "证件号码", "证件号", "id number", "id card",
               "id card number", "national id"),
    **_aliases("bank_account", "银行卡", "银行卡号", "银行账号", "银行账户", "bank account", "bank card",
               "account number"),
    **_aliases("external_id", "客户编号", "客户编码", "客户代码", "客户id", "会员编号", "会员卡号", "id",
               "record id", "contact id", "lead id", "external id", "customer id", "customer number",
               "uid", "external_id", "contactid", "recordid"),
    **_aliases("last_follow_up", "最后跟进时间", "最近跟进时间", "上次跟进时间", "最后跟进日期", "最近跟进日期",
               "最后联系时间", "最近联系时间", "last follow up", "last activity date", "last activity",
               "last contacted", "last_follow_up"),
    **_aliases("custom:跟进状态", "跟进状态"),
    **_aliases("", "序号", "编号序号", "行号", "no", "#", "yomi name", "name prefix", "name suffix",
               "initials", "priority", "sensitivity", "private", "billing information", "mileage",
               "directory server", "create date", "created date", "created time", "创建时间", "创建日期",
               "创建人", "更新时间", "修改时间", "最后修改时间", "accountid", "ownerid", "createdbyid",
               "lastmodifiedbyid", "lastmodifieddate", "createddate", "systemmodstamp", "masterrecordid",
               "photo", "file as", "yomi company", "given name yomi", "family name yomi",
               "additional name yomi", "phonetic first name", "phonetic last name", "phonetic middle name",
               "e-mail type", "e-mail display name", "e-mail 2 type", "e-mail 2 display name",
               "e-mail 3 type", "e-mail 3 display name", "isdeleted", "lastactivitydate", "created_at", "updated_at", "verified_at"),
    **_aliases("custom:nickname", "nickname", "昵称"),
}

# Salesforce Data Loader API names (upper-case in exports: FIRSTNAME, MOBILEPHONE …).
_SALESFORCE: Final[dict[str, str]] = {
    "id": "external_id", "firstname": "given_name", "lastname": "family_name", "middlename": "middle_name",
    "name": "name", "title": "title", "phone": "phones", "mobilephone": "phones", "homephone": "phones",
    "otherphone": "phones", "assistantphone": "phones", "email": "emails", "mailingstreet": "street|mailing",
    "mailingcity": "city|mailing", "mailingstate": "province|mailing", "mailingpostalcode": "postal_code|mailing",
    "mailingcountry": "country|mailing", "otherstreet": "street|other", "othercity": "city|other",
    "otherstate": "province|other", "otherpostalcode": "postal_code|other", "othercountry": "country|other",
    "leadsource": "source", "birthdate": "birthday", "description": "notes", "department": "custom:department",
    "company": "company",
}


def _numbered(key: str) -> str | None:
    """Google-style numbered columns: "Phone 1 - Value", "E-mail 2 - Label", "Address 1 - City"."""
    m = _NUMBERED_RE.match(key)
    if m is None:
        return None
    kind, number, rest = m.group(1), m.group(2), m.group(3)
    group = "a" + number
    if rest in ("type", "label", "displayname", "protocol", "service"):
        return ""
    if kind == "phone":
        return "phones" if rest in ("", "value", "number") else ""
    if kind == "email":
        return "emails" if rest in ("", "value", "address") else ""
    if kind == "address":
        parts = {"formatted": "addresses", "": "addresses", "street": "street", "city": "city",
                 "region": "province", "state": "province", "postalcode": "postal_code", "zip": "postal_code",
                 "country": "country", "neighborhood": "district", "extendedaddress": "street"}
        target = parts.get(rest)
        if target is None:
            return ""
        return target + "|" + group
    if kind in ("organization", "organisation"):
        return {"name": "company", "title": "title", "": "company"}.get(rest, "")
    if kind == "externalid":
        return "external_id" if rest in ("", "value") else ""
    return ""


def _outlook_address(key: str) -> str | None:
    m = _OUTLOOK_ADDRESS_RE.match(key)
    if m is None:
        return None
    group, part = m.group(1), m.group(2)
    target = {
        "city": "city", "state": "province", "stateprovince": "province", "region": "province",
        "postalcode": "postal_code", "zip": "postal_code", "zippostalcode": "postal_code", "zipcode": "postal_code",
        "country": "country", "countryregion": "country", "pobox": "street", "address": "addresses",
    }.get(part, "street")
    return target if target == "addresses" else target + "|" + group


def suggest_target(header: str, parent: str = "") -> str | None:
    """The target for one header, or None when it is not recognised (→ a custom field)."""
    if not header.strip():
        return None
    key = normalize_header(header)
    if not key:
        return None
    if key in _ALIASES:
        return _ALIASES[key]
    if header.strip().lower().startswith("custom.") and len(header.strip()) > 7:  # our own CSV exports
        return CUSTOM_PREFIX + header.strip()[7:107]
    if header.strip().isupper() and key in _SALESFORCE:
        return _SALESFORCE[key]
    for rule in (_numbered, _outlook_address):
        found = rule(key)
        if found is not None:
            return found
    if key in _SALESFORCE:
        return _SALESFORCE[key]
    if parent:
        combined = suggest_target(parent + header)
        if combined is not None:
            return combined
    # "手机1", "电话2", "邮箱 (工作)": a known name with a number or qualifier after it
    stripped = re.sub(r"\d+$", "", key)
    if stripped != key and stripped in _ALIASES and _ALIASES[stripped] in LIST_TARGETS:
        return _ALIASES[stripped]
    return None


def is_known_header(cell: str) -> bool:
    """Whether a cell looks like a column name of a customer list (for finding the header row)."""
    if len(cell) > 60:
        return False
    target = suggest_target(cell)
    return target is not None


def suggest_mapping(headers: Sequence[str], parents: Sequence[str] | None = None) -> list[str]:
    """A target per column (see the module docstring); unknown headers become custom fields."""
    parents = list(parents or [""] * len(headers))
    parents += [""] * (len(headers) - len(parents))
    targets: list[str] = []
    for header, parent in zip(headers, parents, strict=True):
        target = suggest_target(header, parent)
        if target is None:
            name = header.strip()
            target = CUSTOM_PREFIX + name[:100] if name else ""
        targets.append(target)
    keys = [normalize_header(h) for h in headers]
    # 客户名称 next to 联系人: the customer "name" is the account (company), the contact the person.
    person = {normalize_header(n) for n in ("联系人", "联系人姓名", "姓名", "contact name", "contact", "full name")}
    if any(k in person for k in keys):
        for j, key in enumerate(keys):
            if key in (normalize_header("客户名称"), normalize_header("客户"), normalize_header("客户名"),
                       normalize_header("名称"), "customername", "client", "clientname") and targets[j] == "name":
                if "company" not in targets:
                    targets[j] = "company"
    # "Name" next to a person name column stays the name; a second "name" column becomes custom.
    return targets


def valid_target(target: str) -> bool:
    if target == "" or target in FIELD_TARGETS:
        return True
    if target.startswith("addresses|"):
        return len(target) <= 50
    if target.startswith(CUSTOM_PREFIX):
        return 0 < len(target) - len(CUSTOM_PREFIX) <= 100
    part, _, group = target.partition("|")
    return part in ADDRESS_PARTS and len(group) <= 40


def mapping_from_template(headers: Sequence[str], template: Mapping[str, str],
                          parents: Sequence[str] | None = None) -> list[str]:
    """Apply a saved template ({header: target}); headers it does not name are suggested."""
    suggested = suggest_mapping(headers, parents)
    by_key = {normalize_header(k): v for k, v in template.items()}
    out: list[str] = []
    for header, guess in zip(headers, suggested, strict=True):
        if header in template:
            out.append(template[header])
        elif normalize_header(header) in by_key:
            out.append(by_key[normalize_header(header)])
        else:
            out.append(guess)
    return out
