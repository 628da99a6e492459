# SPDX-License-Identifier: Apache-2.0
"""Why a row was rejected or a file refused, as a code with parameters — the UI words them with tr(), the
command line and its rejects CSV with the wording here (Simplified Chinese or English, from the config's
locale). One table, so every reason the importer can give has words in both languages."""

from __future__ import annotations

import locale
import os
from typing import Any

from guide_desk.errors import InvalidInput

# code → (English, 简体中文); the {names} are the reason's parameters.
WORDS: dict[str, tuple[str, str]] = {
    "bad_bytes": ("line {line} is not valid {encoding}: byte 0x{byte} at position {position}",
                  "第 {line} 行不是有效的 {encoding} 文本：第 {position} 个字节 0x{byte}"),
    "unreadable_csv": ("cannot be read as CSV ({detail})", "无法按 CSV 读取（{detail}）"),
    "extra_cells": ("has {cells} cells but the header has {width}", "有 {cells} 个单元格，表头只有 {width} 个"),
    "empty": ("is empty", "为空"),
    "too_long": ("is longer than {max} characters", "超过 {max} 个字符"),
    "bad_phone": ("'{value}' is not a valid phone number", "“{value}”不是有效的手机号"),
    "bad_date": ("'{value}' is not a date like 1990-05-17", "“{value}”不是日期（例如 1990-05-17）"),
    "future_date": ("{value} is in the future", "{value} 是将来的日期"),
    "old_date": ("{value} is before 1900", "{value} 早于 1900 年"),
    "bad_gender": ("'{value}' is not 女/男 (F/M)", "“{value}”不是 女/男"),
    "bad_tier": ("'{value}' is not a tier (Member, Silver, Gold, Platinum)",
                 "“{value}”不是会员等级（普通会员、银卡、金卡、白金卡）"),
    "not_number": ("'{value}' is not a whole number", "“{value}”不是整数"),
    "negative": ("'{value}' is negative", "“{value}”是负数"),
    "not_yes_no": ("'{value}' is not yes or no (是/否)", "“{value}”不是 是/否"),
    "tag_too_long": ("the tag '{tag}' is longer than {max} characters", "标签“{tag}”超过 {max} 个字符"),
    "exclusive_tags": ("holds two tags of one exclusive group", "包含同一单选标签组的两个标签"),
    "too_many_tags": ("would create new tags beyond WeCom's limit of {limit} tags",
                      "新建标签会超过企业微信 {limit} 个标签的上限"),
    "same_in_file": ("same {key} as row {row}", "与第 {row} 行的{key}相同"),
    "two_customers": ("its phone and its WeCom id belong to two different customers",
                      "手机号和企业微信 ID 属于两位不同的客户"),
    "no_match": ("matches no customer here and has no name to create one",
                 "没有匹配的客户，且没有姓名，无法新建"),
    "batch_refused": ("not stored: the database refused it ({detail})", "未保存：数据库拒绝了这一行（{detail}）"),
    "invalid": ("{detail}", "{detail}"),
}
KEY_WORDS = {"phone": ("phone", "手机号"), "wecom": ("WeCom id", "企业微信 ID")}

# File-level refusals (FileRefused.code).
FILE_WORDS: dict[str, tuple[str, str]] = {
    "missing": ("{file} does not exist", "{file} 不存在"),
    "no_header": ("{file} has no header row", "{file} 没有表头行"),
    "header_bytes": ("{file}: line 1 (the headers) is not valid {encoding}: byte 0x{byte} at position {position}",
                     "{file}：第 1 行（表头）不是有效的 {encoding} 文本：第 {position} 个字节 0x{byte}"),
    "header_unreadable": ("{file}: the first row (the headers) cannot be read", "{file}：第一行（表头）无法读取"),
    "not_xlsx": ("{file} is not a readable .xlsx workbook ({detail})", "{file} 不是可读取的 .xlsx 工作簿（{detail}）"),
    "no_sheet": ("{file} has no worksheet", "{file} 没有工作表"),
    "xlsx_too_big": ("{file} unpacks to {size_mb} MB, more than the limit of {limit_mb} MB for a customer file",
                     "{file} 解压后有 {size_mb} MB，超过客户文件 {limit_mb} MB 的上限"),
    "xlsx_too_wide": ("{file}: the sheet reaches cell {cell}, beyond the limit of {limit_rows} rows × "
                      "{limit_columns} columns", "{file}：工作表延伸到单元格 {cell}，超过 {limit_rows} 行 × "
                      "{limit_columns} 列的上限"),
    "too_many_rows": ("{file} has more than {limit} rows; split it into smaller files",
                      "{file} 超过 {limit} 行，请拆分成较小的文件"),
    "no_name_column": ("no column holds the customer's name, phone or WeCom id (columns: {columns})",
                       "没有一列是客户的姓名、手机号或企业微信 ID（各列：{columns}）"),
    "same_field": ("columns '{first}' and '{second}' both map to {field_name}",
                   "“{first}”和“{second}”两列都对应 {field_name}"),
    "name_twice": ("columns '{first}' and '{second}' both give the name; ignore one",
                   "“{first}”和“{second}”两列都是姓名；请忽略其中一列"),
}


class FileRefused(InvalidInput):
    """A whole file (or its column mapping, `field` 'map') cannot be imported; `code` and `params` let the UI
    word why (FILE_WORDS)."""

    def __init__(self, code: str, *, field: str = "file", **params: Any) -> None:
        super().__init__(field, FILE_WORDS[code][0].format(**params))
        self.code = code
        self.params = params


def language_of(setting: str) -> str:
    """'zh_CN' or 'en' for a locale setting of 'system', 'zh_CN' or 'en' (the command line's rule; the UI
    asks Qt)."""
    if setting in ("zh_CN", "en"):
        return setting
    name = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    if not name:
        name = locale.getlocale()[0] or ""
    return "zh_CN" if name.lower().startswith("zh") else "en"


def file_word(exc: FileRefused, language: str = "en") -> str:
    """A file refusal in `language` (the command line's; the UI words them itself)."""
    english, chinese = FILE_WORDS[exc.code]
    try:
        return (chinese if language == "zh_CN" else english).format(**exc.params)
    except (KeyError, IndexError):
        return exc.problem


def word(code: str, params: dict[str, Any], language: str = "en") -> str:
    """A row reason in `language`; an unknown code shows itself rather than failing."""
    english, chinese = WORDS.get(code, ("{detail}", "{detail}"))
    values = dict(params)
    if "key" in values:
        values["key"] = KEY_WORDS.get(values["key"], (values["key"],) * 2)[language == "zh_CN"]
    try:
        return (chinese if language == "zh_CN" else english).format(**values)
    except (KeyError, IndexError):
        return code
