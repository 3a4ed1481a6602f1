"""Writes the import fixtures of this folder (run from the repository root; the outputs are committed):

    .venv/bin/python tests/data/import/make_fixtures.py

Each file imitates one real-world source: Chinese Excel saved as CSV (GB18030, no BOM), Excel's
"Unicode text" (UTF-16 LE with BOM, tab-separated), Excel's "CSV UTF-8" with a `sep=;` line, Big5
from Taiwan/Hong Kong, Windows-1252 western names, Android vCard 2.1 quoted-printable, an iPhone
vCard 3.0 export, vCard 4.0, a truncated vCard, the CSV layouts of Google Contacts (both styles),
Outlook, HubSpot, Salesforce Data Loader and Zoho, a typical Chinese CRM sheet, and an .xlsx with a
merged title row, two-row merged headers and numbers Excel has damaged. The expected import counts
of every file are in tests/unit/services/test_imports.py (FIXTURES).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


CRM_HEADER = ["客户名称", "联系人", "手机", "电话", "微信号", "邮箱", "身份证号", "地址", "客户类型", "客户来源",
              "跟进状态", "最后跟进时间"]


def gb18030_crm() -> None:
    # A character outside GBK (䶮, and 𠀀 from CJK Extension B) in the names; no BOM, as Chinese
    # Excel and WPS save "CSV (逗号分隔)".
    rows = [
        ["2024年客户名单"],
        CRM_HEADER,
        ["星辰贸易有限公司", "刘䶮", "13800138000", "010-65529988", "liuyan88", "liuyan@xingchen.cn",
         "11010519491231002X", "北京市朝阳区建国路88号", "VIP", "展会", "已成交", "2024/3/5"],
        ["𠀀源文化传媒", "张𠀀", "139 0013 9000", "", "", "zhang@yuanwh.com", "440304199003151234",
         "广东省深圳市福田区深南大道1号", "普通", "线上", "跟进中", "2024年4月1日"],
        ["", "王小明", "1380013800", "", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", "", "", "", ""],
        ["合计", "3", "", "", "", "", "", "", "", "", "", ""],
    ]
    write("gb18030_crm.csv", _csv(rows).encode("gb18030"))


def utf16_tab() -> None:
    rows = [["姓名", "手机", "Email", "公司"],
            ["陈静", "18612345678", "chenjing@example.com", "静安咨询"],
            ["Ann Lee", "+852 9123 4567", "ann.lee@example.hk", "Lee & Co"],
            ["周杰", "15012345678", "", ""]]
    write("utf16le_bom.txt", b"\xff\xfe" + _csv(rows, "\t").encode("utf-16-le"))
    write("utf16le_nobom.csv", _csv(rows, ",").encode("utf-16-le"))


def utf8_sep() -> None:
    rows = [["Name", "Mobile", "E-mail", "Notes"],
            ["Müller, Anna", "+49 151 23456789", "anna.mueller@example.de", "Erste Zeile\nzweite Zeile; mit Semikolon"],
            ["李雷", "13711112222", "lilei@example.com", "喜欢绿茶"]]
    write("utf8_bom_sep.csv", b"\xef\xbb\xbf" + ("sep=;\r\n" + _csv(rows, ";")).encode("utf-8"))


def big5() -> None:
    rows = [["姓名", "電話", "電子郵件", "公司", "地址"],
            ["陳大文", "+852 6123 4567", "chan@example.com.hk", "大文貿易公司", "香港九龍彌敦道100號"],
            ["林美玲", "0912345678", "meiling@example.tw", "美玲設計", "台北市信義區市府路1號"],
            ["黃志強", "+886 2 2345 6789", "", "志強電腦", "台北市大安區"]]
    write("big5.csv", _csv(rows).encode("big5"))


def cp1252() -> None:
    rows = [["First Name", "Last Name", "Company", "Email", "Phone"],
            ["Zoë", "Müller", "Café Zürich", "zoe@example.ch", "+41 44 668 18 00"],
            ["François", "Dupré", "Crème & Brûlée SARL", "francois@example.fr", "+33 1 42 68 53 00"],
            ["José", "Núñez", "Señor Ñandú", "jose@example.es", "+34 912 34 56 78"]]
    write("cp1252_western.csv", _csv(rows).encode("cp1252"))


def _qp(text: str) -> str:
    return "".join(f"={b:02X}" for b in text.encode("utf-8"))


def android_21() -> None:
    # Android writes QUOTED-PRINTABLE with soft line breaks every ~75 characters — in the middle of
    # a UTF-8 character's bytes. 欧阳娜娜 is split between "=E5=A8" and "=9C".
    name = _qp("欧阳娜娜")
    cut = name.index("=9C")
    lines = [
        "BEGIN:VCARD", "VERSION:2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + _qp("欧阳") + ";" + _qp("娜娜") + ";;;",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + name[:cut] + "=",
        name[cut:],
        "TEL;CELL:138-0013-8001", "TEL;WORK;VOICE:010 6552 9988", "EMAIL;HOME:nana@example.com",
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + _qp("老客户，喜欢") + "=",
        _qp("红茶"),
        "END:VCARD",
        "BEGIN:VCARD", "VERSION:2.1", "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;" + _qp("小李") + ";;;",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + _qp("小李"), "TEL;CELL;PREF:+86 139 0013 9001",
        "END:VCARD",
    ]
    write("android_21_qp.vcf", ("\r\n".join(lines) + "\r\n").encode("ascii"))


def apple_30() -> None:
    lines = [
        "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.0//EN",
        "N:王;芳;;;", "FN:王芳", "ORG:苹果树咨询;", "TITLE:总经理",
        "item1.TEL;type=pref:138 0013 8002", "item1.X-ABLabel:_$!<Mobile>!$_",
        "item2.TEL:wangfang_wx", "item2.X-ABLabel:微信",
        "item3.EMAIL;type=INTERNET;type=pref:wangfang@example.cn", "item3.X-ABLabel:_$!<Work>!$_",
        "item4.ADR;type=HOME;type=pref:;;建国路88号;北京市;北京;100022;中国", "item4.X-ABLabel:_$!<Home>!$_",
        "BDAY;X-APPLE-OMIT-YEAR=1604:1604-06-15",
        "IMPP;X-SERVICE-TYPE=QQ;type=pref:x-apple:12345678",
        "NOTE:第一行\\n第二行\\, 带逗号",
        "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "N:Smith;John;;;", "FN:John Smith",
        "TEL;type=CELL;type=VOICE;type=pref:+1 (415) 555-2671",
        "BDAY:--06-15", "CATEGORIES:VIP,Golf",
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U",
        " HRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgy",
        "END:VCARD",
    ]
    write("apple_30.vcf", ("\r\n".join(lines) + "\r\n").encode("utf-8"))


def v40() -> None:
    lines = [
        "BEGIN:VCARD", "VERSION:4.0", "FN:赵敏", "N:赵;敏;;;", "GENDER:F",
        'TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:+86-139-0013-9002',
        "EMAIL;TYPE=work:zhaomin@example.org", "BDAY:19920310", "ORG:明教", "UID:urn:uuid:4fbe8971-0bc3-424c-9c26",
        "END:VCARD",
    ]
    write("v40.vcf", ("\r\n".join(lines) + "\r\n").encode("utf-8"))


def truncated() -> None:
    lines = [
        "BEGIN:VCARD", "VERSION:3.0", "FN:完整一", "TEL:13800138003", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "FN:缺少结尾", "TEL:13800138004",
        "BEGIN:VCARD", "VERSION:3.0", "FN:完整二", "EMAIL:two@example.com", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "FN:被截断", "TEL:1380013",
    ]
    write("truncated.vcf", ("\r\n".join(lines)).encode("utf-8"))


def google() -> None:
    new = [["First Name", "Middle Name", "Last Name", "Phonetic First Name", "Nickname", "Organization Name",
            "Organization Title", "Birthday", "Notes", "Labels", "E-mail 1 - Label", "E-mail 1 - Value",
            "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value", "Address 1 - Label",
            "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - Region",
            "Address 1 - Postal Code", "Address 1 - Country"],
           ["Mary", "", "Johnson", "", "Molly", "Acme Inc", "CTO", "1985-07-04", "met at CES", "VIP ::: * myContacts",
            "Work", "mary@acme.com", "Mobile", "+1 650-555-0134 ::: +1 650-555-0135", "", "",
            "Work", "1 Infinite Loop\nCupertino, CA 95014\nUS", "1 Infinite Loop", "Cupertino", "CA", "95014", "US"],
           ["", "", "", "", "", "", "", "", "", "", "", "", "Mobile", "138 0013 8005", "", "", "", "", "", "", "", "",
            ""]]
    write("google_contacts.csv", _csv(new).encode("utf-8"))
    old = [["Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Birthday", "Gender", "Notes",
            "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value",
            "Organization 1 - Type", "Organization 1 - Name", "Organization 1 - Title"],
           ["孙丽", "丽", "", "孙", "", "--03-08", "female", "", "* myContacts ::: 客户", "* Home",
            "sunli@example.com", "Mobile", "+86 186 1234 5670", "", "丽人美容", "店长"],
           ["Bob Brown", "Bob", "", "Brown", "", "", "", "", "* myContacts", "", "", "Work",
            "+44 20 7946 0958", "", "", ""]]
    write("google_contacts_old.csv", _csv(old).encode("utf-8"))


def outlook() -> None:
    header = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
              "Business Street", "Business City", "Business State", "Business Postal Code",
              "Business Country/Region", "Home Street", "Home City", "Business Fax", "Business Phone",
              "Mobile Phone", "Home Phone", "E-mail Address", "E-mail Type", "E-mail Display Name",
              "E-mail 2 Address", "Birthday", "Categories", "Notes", "Priority", "Sensitivity", "Private"]
    rows = [header,
            ["", "Wei", "", "Zhang", "", "Northwind Traders", "Sales", "Manager", "1 Main St", "Seattle", "WA",
             "98052", "United States", "", "", "", "+1 (206) 555-0100", "+1 206 555 0101", "", "wei@northwind.com",
             "SMTP", "Wei Zhang (wei@northwind.com)", "wzhang@gmail.com", "0/0/00", "Business;VIP", "", "Normal",
             "Normal", "False"],
            ["", "Li", "", "Na", "", "", "", "", "", "", "", "", "", "人民路1号", "上海", "", "", "13512345678", "", "",
             "", "", "", "1988-11-02", "", "", "Normal", "Normal", "False"]]
    write("outlook.csv", _csv(rows).encode("utf-8"))


def hubspot() -> None:
    rows = [["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number", "Company Name",
             "Job Title", "Street Address", "City", "State/Region", "Postal Code", "Country/Region",
             "Lifecycle Stage", "Lead Status", "Create Date"],
            ["51", "Olivia", "Chen", "olivia@example.com", "+1 617 555 0199", "", "Chen Labs", "Founder",
             "10 Summer St", "Boston", "MA", "02110", "United States", "customer", "Connected", "2023-01-04 10:00"],
            ["52", "", "", "", "", "", "", "", "", "", "", "", "", "lead", "New", "2023-01-05 11:00"]]
    write("hubspot.csv", _csv(rows).encode("utf-8"))


def salesforce() -> None:
    rows = [["ID", "ACCOUNTID", "FIRSTNAME", "LASTNAME", "TITLE", "PHONE", "MOBILEPHONE", "EMAIL", "MAILINGSTREET",
             "MAILINGCITY", "MAILINGSTATE", "MAILINGPOSTALCODE", "MAILINGCOUNTRY", "LEADSOURCE", "BIRTHDATE",
             "DESCRIPTION"],
            ["0035g00000AbCdEAAV", "0015g00000XyZaBAAV", "Sean", "Forbes", "CFO", "(212) 555-5555", "",
             "sean@edge.com", "312 Constitution Place", "Austin", "TX", "78767", "USA", "Web", "1970-02-14",
             "Key account"],
            ["0035g00000AbCdFAAV", "", "敏", "何", "", "", "+86 137 0000 1111", "hemin@example.cn", "", "", "", "", "",
             "", "", ""]]
    write("salesforce_dataloader.csv", _csv(rows).encode("utf-8"))


def zoho() -> None:
    rows = [["Record Id", "First Name", "Last Name", "Account Name", "Email", "Secondary Email", "Phone", "Mobile",
             "Title", "Mailing Street", "Mailing City", "Mailing State", "Mailing Zip", "Mailing Country",
             "Lead Source", "Date of Birth", "Description", "Tag", "Contact Owner"],
            ["4876876000000409031", "Kris", "Marrier", "King Co", "kris@king.com", "", "555-555-5555", "",
             "Owner", "228 Runamuck Pl", "Baltimore", "MD", "21224", "USA", "Trade Show", "", "", "VIP,Retail",
             "Ada Owner"],
            ["4876876000000409032", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]]
    write("zoho.csv", _csv(rows).encode("utf-8"))


def numbers_csv() -> None:
    # CSV that went through Excel: a phone in scientific notation, a 19-digit id kept as text,
    # a "'0755…" text-marked landline, and an ID number in scientific notation.
    rows = [["客户编号", "姓名", "手机", "身份证号"],
            ["1234567890123456789", "甲", "1.38001E+10", "1.10105E+17"],
            ["9223372036854775807", "乙", "'075586001234", ""],
            ["0000000000000000042", "丙", "13800138006", ""]]
    write("numbers.csv", _csv(rows).encode("utf-8"))


def merged_xlsx() -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "客户"
    ws.append(["2024年第一季度客户登记表"])
    ws.merge_cells("A1:H1")
    ws.append(["客户编号", "姓名", "联系方式", None, None, "生日", "身份证号", "备注"])
    ws.append([None, None, "手机", "座机", "邮箱", None, None, None])
    ws.merge_cells("C2:E2")
    for col in ("A", "B", "F", "G", "H"):
        ws.merge_cells(f"{col}2:{col}3")
    ws.append(["1234567890123456789", "钱多多", 13800138007, 1065529988, "qian@example.com",
               dt.datetime(1990, 3, 5), 110105194912310021, "leading zero lost in 座机; ID as number"])
    ws.append([1234567890123456789, "孙小美", "13800138008", "021-61234567", "", "1991年6月7日", "11010519491231002X",
               "19-digit id typed as a number"])
    ws.append([None, None, None, None, None, None, None, None])
    ws.append(["合计", 2, None, None, None, None, None, None])
    other = wb.create_sheet("Sheet2")
    other.append(["Name", "Phone"])
    other.append(["Second Sheet", "13800138009"])
    buffer = io.BytesIO()
    wb.save(buffer)
    write("merged_headers.xlsx", buffer.getvalue())


def main() -> None:
    for make in (gb18030_crm, utf16_tab, utf8_sep, big5, cp1252, android_21, apple_30, v40, truncated, google,
                 outlook, hubspot, salesforce, zoho, numbers_csv, merged_xlsx):
        make()


if __name__ == "__main__":
    main()
